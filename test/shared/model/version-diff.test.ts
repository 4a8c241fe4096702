/** What the history dialog says a version holds against the report now. */
import { describe, expect, it } from 'vitest';
import { versionChanges } from '../../../shared/model/version-diff';
import { loadFixture, withCells } from '../../helpers/reports';

describe('a history version against the report now', () => {
  it('names each differing cell as the checks do, each part whose text differs, and the title and date', () => {
    const now = loadFixture('上海市人民政府办公厅_2019');
    const version = {
      ...withCells(now, { 't3.new.natural': (now.cells['t3.new.natural'] ?? 0) + 5 }),
      title: '旧标题',
      sections: { ...now.sections, problems: [{ kind: 'paragraph' as const, runs: [{ text: '旧的问题段落。' }] }] },
    };
    const c = versionChanges(version, now);
    expect(c.cells.map((x) => [x.id, x.version, x.now])).toEqual([
      ['t3.new.natural', (now.cells['t3.new.natural'] ?? 0) + 5, now.cells['t3.new.natural'] ?? null],
    ]);
    expect(c.cells[0]?.name).toMatch(/自然人/);
    expect(c.texts.map((t) => t.label)).toEqual(['五、存在的主要问题及改进情况']);
    expect(c.fields.map((f) => f.label)).toEqual(['标题']);
    expect(versionChanges(now, now)).toEqual({ fields: [], cells: [], texts: [] });
  });
});
