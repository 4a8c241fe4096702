/**
 * What a saved version (历史版本) holds that the report now does not, and the other way round: the title and
 * 落款, every cell that differs (named as the checks name it) and every part whose text differs. What the history
 * dialog shows before a version is restored, so a user sees what restoring would bring back.
 */
import { getFormat, NARRATIVE_KEYS, partTitle, type NarrativeSectionKey } from '../formats';
import { blockText, cellValue, reportTitle, type Report } from './report';

export interface CellChange {
  id: string;
  name: string;
  version: number | null;
  now: number | null;
}

export interface TextChange {
  key: NarrativeSectionKey;
  label: string;
  version: string;
  now: string;
}

export interface VersionChanges {
  /** the title, agency, year, format and 落款 date where they differ, as printed */
  fields: { label: string; version: string; now: string }[];
  cells: CellChange[];
  texts: TextChange[];
}

const partText = (r: Report, key: NarrativeSectionKey): string => r.sections[key].map(blockText).join('\n');

export function versionChanges(version: Report, now: Report): VersionChanges {
  const fields = [
    { label: '标题', version: reportTitle(version), now: reportTitle(now) },
    { label: '年度', version: `${version.year}年`, now: `${now.year}年` },
    { label: '格式', version: getFormat(version.format).def.name, now: getFormat(now.format).def.name },
    { label: '成文日期', version: version.signoff?.date ?? '未填', now: now.signoff?.date ?? '未填' },
  ].filter((f) => f.version !== f.now);
  const format = getFormat(now.format);
  const ids = [...format.cells.keys()];
  for (const id of Object.keys(version.cells)) if (!format.cells.has(id)) ids.push(id);
  const cells = ids.flatMap((id) => {
    const [a, b] = [cellValue(version, id), cellValue(now, id)];
    return a === b ? [] : [{ id, name: format.cells.get(id)?.name ?? getFormat(version.format).cells.get(id)?.name ?? id, version: a, now: b }];
  });
  const texts = NARRATIVE_KEYS.flatMap((key) => {
    const [a, b] = [partText(version, key), partText(now, key)];
    return a === b ? [] : [{ key, label: partTitle(now.format, key), version: a, now: b }];
  });
  return { fields, cells, texts };
}
