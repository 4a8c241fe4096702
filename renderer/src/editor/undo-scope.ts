/**
 * What an undo or a redo changed, said where the user can see it: the report's history is one for the whole report
 * (so that 撤销 restores a fill from the register or a paste as one step), so a step may change a part the user is
 * not looking at. The editor then moves there and names what changed.
 */
import { NARRATIVE_KEYS, type CompiledFormat } from '../../../shared/formats';
import type { Report } from '../../../shared/model';
import type { EditorSection } from './sections';

const NARRATIVE = NARRATIVE_KEYS;
const TABLE_NAMES: Record<string, string> = { t2: '表二', t3: '表三', t4: '表四' };

export interface UndoneChange {
  /** the parts of the report the step changed, in the editor's order */
  sections: EditorSection[];
  /** one phrase: 表三“（一）予以公开 自然人”等 3 个单元格 */
  text: string;
}

export function undoneChange(before: Report, after: Report, format: CompiledFormat, sectionLabel: (s: EditorSection) => string): UndoneChange | null {
  const cells = [...new Set([...Object.keys(before.cells), ...Object.keys(after.cells)])].filter(
    (id) => (before.cells[id] ?? null) !== (after.cells[id] ?? null),
  );
  const texts = NARRATIVE.filter((k) => before.sections[k] !== after.sections[k] && JSON.stringify(before.sections[k]) !== JSON.stringify(after.sections[k]));
  const meta =
    before.agency !== after.agency ||
    before.year !== after.year ||
    before.title !== after.title ||
    JSON.stringify(before.signoff) !== JSON.stringify(after.signoff);
  const order: EditorSection[] = ['meta', 'preface', 'overview', 't2', 't3', 't4', 'problems', 'other'];
  const tables = [...new Set(cells.map((id) => id.slice(0, 2) as EditorSection))];
  const sections = order.filter((s) => (s === 'meta' && meta) || tables.includes(s) || (texts as EditorSection[]).includes(s));
  if (sections.length === 0) return null;
  const parts: string[] = [];
  for (const t of tables.sort()) {
    const ids = cells.filter((id) => id.startsWith(`${t}.`));
    const first = format.cells.get(ids[0] ?? '')?.name ?? ids[0] ?? '';
    parts.push(`${TABLE_NAMES[t] ?? t}“${first}”${ids.length > 1 ? `等 ${ids.length} 个单元格` : ''}`);
  }
  for (const k of texts) parts.push(`“${sectionLabel(k)}”的文字`);
  if (meta) parts.push('标题与落款');
  return { sections, text: parts.join('、') };
}
