export * from './document';
export { assembleReport, agencyKindOf, ImportError, type ImportResult } from './assemble';
export { readText, parseRuns } from './text-reader';
export { labelKey, unnumberedKey } from './labels';

import { assembleReport, type ImportResult } from './assemble';
import { readText } from './text-reader';

export function importText(text: string): ImportResult {
  return assembleReport(readText(text));
}
