export * from './document';
export { assembleReport, agencyKindOf, ImportError, settleWithPrior, type ImportResult } from './assemble';
export { readText, parseRuns } from './text-reader';
export { readHtml } from './html-reader';
export { labelKey, unnumberedKey } from './labels';

import { assembleReport, type ImportResult } from './assemble';
import { readText } from './text-reader';
import { readHtml } from './html-reader';

export function importText(text: string): ImportResult {
  return assembleReport(readText(text));
}

export function importHtml(html: string): ImportResult {
  return assembleReport(readHtml(html));
}
