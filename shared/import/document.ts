/**
 * The neutral form every reader (text, HTML, DOCX) produces before a report is assembled: paragraphs with their
 * bold runs, and tables as rows of cell texts with merged cells expanded into empty cells.
 */
import type { Run } from '../model/report';

export type DocItem =
  | { kind: 'paragraph'; runs: Run[]; where: string }
  | { kind: 'table'; rows: string[][]; where: string }
  | { kind: 'figure'; src: string; caption: string; where: string };

export interface ImportWarning {
  /** where in the source it was found: "第12行", "表三第5行" */
  where: string;
  message: string;
}

export function paragraphText(item: DocItem): string {
  if (item.kind === 'paragraph') return item.runs.map((r) => r.text).join('');
  if (item.kind === 'figure') return item.caption;
  return item.rows.map((r) => r.join('\t')).join('\n');
}
