/**
 * The neutral form every reader (text, HTML, DOCX) produces before a report is assembled: paragraphs with their
 * bold runs, and tables as rows of cell texts with merged cells expanded into empty cells.
 */
import type { Run } from '../model/report';

export type DocItem =
  | { kind: 'paragraph'; runs: Run[]; where: string }
  /**
   * loose: empty cells were lost (text on one line), so the figures are in order but their columns unknown;
   * glued: the text runs cells together ("0000000" is seen in it), so a row's figures are its cells run together
   */
  | { kind: 'table'; rows: string[][]; where: string; loose?: boolean; glued?: boolean }
  | { kind: 'figure'; src: string; caption: string; where: string };

/**
 * Stands in a table row where a merged cell (rowspan/colspan) covers the position, so that readers can tell it
 * from a cell that is really empty. Plain text cannot say which is which; HTML and DOCX can.
 */
export const MERGED = '\u0000merged';

export interface ImportWarning {
  /** where in the source it was found: "第12行", "表三第5行" */
  where: string;
  message: string;
}

export function paragraphText(item: DocItem): string {
  if (item.kind === 'paragraph') return item.runs.map((r) => r.text).join('');
  if (item.kind === 'figure') return item.caption;
  return item.rows.map((r) => r.filter((c) => c !== MERGED).join('\t')).join('\n');
}
