/** What the editor shows about the checks: cell marks, section badges, the checks panel, underlines, save labels. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/checks';
import { cellMarks, checksView, saveColor, saveLabel, sectionBadges, textMarks } from '../../../renderer/src/editor/view-model';

const d = (rule: Diagnostic['rule'], severity: Diagnostic['severity'], key: string, cells: string[] = [], extra: Partial<Diagnostic> = {}): Diagnostic => ({
  rule,
  severity,
  key,
  cells,
  message: `${rule} ${key}`,
  ...extra,
});

describe('cell marks', () => {
  const list = [
    d('B1', 'error', 'sum', ['t3.new.total', 't3.new.natural', 't3.new.legal'], { expected: 6 }),
    d('G3', 'warning', 'w', ['t3.new.natural']),
    d('B5', 'error', 't3', ['t3.carried.total']),
    d('B7', 'info', 'i', ['t3.new.other']),
    d('D2', 'warning', 'acked', ['t2.fees.amount']),
  ];

  it('marks every cell an open error or warning involves, the edited one first; never blanks, notes or explained warnings', () => {
    const m = cellMarks(list, { acked: { note: 'x' } }, 't3.new.legal');
    expect([...m.keys()].sort()).toEqual(['t3.new.legal', 't3.new.natural', 't3.new.total']);
    expect(m.get('t3.new.legal')).toMatchObject({ severity: 'error', primary: true });
    expect(m.get('t3.new.total')).toMatchObject({ severity: 'error', primary: false });
    // an error and a warning on one cell: the error's colour, both sentences in the tooltip
    expect(m.get('t3.new.natural')?.messages).toEqual([
      expect.stringMatching(/^B1 sum，应为 6（.+，规则 B1）$/),
      expect.stringMatching(/^G3 w（.+，规则 G3）$/),
    ]);
    expect(m.get('t3.new.natural')?.severity).toBe('error');
  });

  it('keeps the mark objects that did not change, so that only changed cells re-render', () => {
    const first = cellMarks(list, {}, null);
    const again = cellMarks(list, {}, null, first);
    for (const [id, mark] of again) expect(mark).toBe(first.get(id));
    const moved = cellMarks(list, {}, 't3.new.legal', first);
    expect(moved.get('t3.new.legal')).not.toBe(first.get('t3.new.legal'));
    expect(moved.get('t2.fees.amount')).toBe(first.get('t2.fees.amount'));
  });
});

describe('badges, checks panel, underlines, export question', () => {
  const list = [
    d('B1', 'error', 'sum', ['t3.new.total']),
    d('B5', 'error', 't3', ['t3.carried.total', 't3.carried.legal']),
    d('D2', 'warning', 'w1', [], { blocks: [{ section: 'overview', index: 1 }], spans: [{ section: 'overview', index: 1, start: 0, end: 2 }] }),
    d('D2', 'warning', 'w2', [], { blocks: [{ section: 'overview', index: 2 }], spans: [{ section: 'overview', index: 2, start: 3, end: 5 }] }),
    d('G11', 'info', 'n', [], { blocks: [{ section: 'problems', index: 0 }] }),
  ];
  const ack = { w2: { note: '已核对' } };

  it('gives each section its open errors and warnings, not blanks, notes or explained warnings', () => {
    const b = sectionBadges(list, ack);
    expect(b.get('t3')).toEqual({ errors: 1, warnings: 0 });
    expect(b.get('overview')).toEqual({ errors: 0, warnings: 1 });
    expect(b.get('problems')).toEqual({ errors: 0, warnings: 0 });
  });

  it('groups the checks panel by severity, with the blank cells and the explained warnings apart', () => {
    const v = checksView(list, ack);
    expect(v.counts).toMatchObject({ blockingErrors: 1, blankCells: 2, openWarnings: 1, acknowledgedWarnings: 1, infos: 1 });
    expect(v.groups.map((g) => [g.severity, g.list.map((x) => x.key)])).toEqual([
      ['error', ['sum']],
      ['warning', ['w1']],
      ['info', ['n']],
    ]);
    expect(v.acknowledged.map((x) => x.key)).toEqual(['w2']);
    expect(v.allPassed).toBe(false);
    expect(checksView([d('D2', 'warning', 'w2')], ack).allPassed).toBe(true);
  });

  it('underlines the open findings of the open section only', () => {
    expect(textMarks(list, ack, 'overview')).toEqual([{ index: 1, start: 0, end: 2, severity: 'warning', message: 'D2 w1' }]);
    expect(textMarks(list, ack, 'problems')).toEqual([]);
  });
});

describe('save label', () => {
  it('says what happened to the last change, in Chinese', () => {
    expect(saveLabel({ kind: 'saved', at: '' })).toBe('已保存');
    expect(saveLabel({ kind: 'saved', at: '2026-01-02T03:04:05Z' })).toMatch(/^已保存 \d{2}:\d{2}:\d{2}$/);
    expect(saveLabel({ kind: 'saving' })).toBe('保存中…');
    expect(saveLabel({ kind: 'dirty' })).toBe('有改动，即将保存');
    expect(saveLabel({ kind: 'error', message: '磁盘已满' })).toBe('保存失败：磁盘已满');
    expect(saveLabel({ kind: 'readonly' })).toBe('只读');
    expect([saveColor({ kind: 'error', message: '' }), saveColor({ kind: 'saved', at: '' }), saveColor({ kind: 'dirty' })]).toEqual([
      'error',
      'success',
      'default',
    ]);
  });
});
