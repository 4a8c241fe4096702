/** Where a diagnostic belongs in the editor's navigator: a table, a narrative section, or the title page. */
import type { Diagnostic } from '../../../shared/checks';

export type EditorSection = 'meta' | 'preface' | 'overview' | 't2' | 't3' | 't4' | 'problems' | 'other';

export function sectionOf(d: Diagnostic): EditorSection {
  const cell = d.cells[0];
  if (cell) return cell.slice(0, 2) as EditorSection;
  const block = d.blocks?.[0];
  if (block) return block.section;
  return 'meta';
}
