import { describe, expect, it } from 'vitest';
import { getFormat } from '../../../shared/formats';
import {
  readRegisterSheets,
  tally,
  tallySheets,
  readOutcome,
  readDate,
  dueDate,
  CALENDAR_YEARS,
  outcomeChoices,
  applicantChoices,
  readApplicantType,
  readCaseKind,
  readCaseResult,
  CASE_KIND_CHOICES,
  CASE_RESULT_CHOICES,
  type SheetGrid,
} from '../../../shared/tally';

const HEADER = ['序号', '收到日期', '申请人类型', '申请人姓名', '申请内容', '答复日期', '办理结果', '理由'];

function grid(rows: (string | number | null | { date: string })[][]): SheetGrid {
  return { name: '台账', firstRow: 1, rows: [['某局2025年政府信息公开申请登记台账'], [], HEADER, ...rows] };
}

function count(rows: (string | number | null | { date: string })[][], year = 2025) {
  const read = readRegisterSheets([grid(rows)]);
  return tally(read.applications, null, { year, asOf: '2026-06-30' });
}

describe('counting a register into table 三', () => {
  it('counts new, carried, outcomes and forward by applicant column, in every form of date', () => {
    const t = count([
      [1, '2025-03-14', '自然人', '张三', '某文件', '2025/4/1', '予以公开', ''],
      [2, { date: '2025-05-06' }, '企业', '某公司', '某文件', '2025年5月20日', '不予公开', '涉及商业秘密'],
      [3, '2024.12.20', '公民', '李四', '某文件', '20250110', '无法提供', '本机关不掌握相关政府信息'],
      [4, 20251225, '律师', '王五', '某文件', null, null, null],
      [5, '2024-11-01', '个人', '赵六', '某文件', '2024-11-20', '予以公开', ''],
      [6, '2026-01-03', '个人', '钱七', '某文件', null, null, null],
    ]);
    expect(t.uncounted).toEqual([]);
    expect(t.cells['t3.new.natural']).toBe(1);
    expect(t.cells['t3.new.commercial']).toBe(1);
    expect(t.cells['t3.new.legal']).toBe(1);
    expect(t.cells['t3.new.total']).toBe(3);
    expect(t.cells['t3.carried.natural']).toBe(1);
    expect(t.cells['t3.granted.natural']).toBe(1);
    expect(t.cells['t3.denied.third_party.commercial']).toBe(1);
    expect(t.cells['t3.unable.not_held.natural']).toBe(1);
    expect(t.cells['t3.total.total']).toBe(3);
    expect(t.cells['t3.forward.legal']).toBe(1);
    expect(t.cells['t3.forward.total']).toBe(1);
    expect(t.sources['t3.granted.natural']?.[0]).toMatchObject({ row: 4, number: '1', received: '2025-03-14' });
  });

  it('lists rows it cannot count with their sheet row number and never prints the applicant', () => {
    const t = count([
      [1, '2025-13-01', '自然人', '张三', '', '', '', ''],
      [2, '2025-03-01', '外国人', '李四', '', '', '', ''],
      [3, '2025-03-01', '自然人', '王五', '', '2025-03-05', '不予处理', ''],
      [4, '2025-03-01', '自然人', '赵六', '', '2025-03-05', '部分公开 不予公开', ''],
    ]);
    expect(t.uncounted.map((u) => [u.row, u.column])).toEqual([
      [4, '收到日期'],
      [5, '申请人类型'],
      [6, '办理结果'],
      [7, '办理结果'],
    ]);
    expect(JSON.stringify(t)).not.toMatch(/张三|李四|王五|赵六/);
    expect(t.counted.applications).toBe(0);
  });

  it('maps outcome texts to exactly one row or refuses', () => {
    expect(readOutcome('gip-2021', '不予处理 重复申请')).toEqual({ ok: true, value: { row: 'rejected.repeat' } });
    expect(readOutcome('gip-2021', '其他处理 申请人逾期不补正')).toEqual({ ok: true, value: { row: 'other.no_correction' } });
    expect(readOutcome('gip-2019', '申请人逾期不补正')).toEqual({ ok: true, value: { row: 'other' } });
    expect(readOutcome('gip-2021', '申请人撤回申请')).toMatchObject({ ok: true, value: { row: 'other.other' } });
    expect(readOutcome('gip-2021', '不予公开').ok).toBe(false);
    expect(readOutcome('gip-2021', '同意').ok).toBe(false);
    expect(readDate('2025年3月14日')).toEqual({ ok: true, value: '2025-03-14' });
    expect(readDate('2025-02-30').ok).toBe(false);
  });

  it('A1, B1 and B2 hold on every counted table (random registers)', () => {
    const types = ['自然人', '企业', '科研机构', '社会公益组织', '律师事务所', '其他组织'];
    const outcomes = ['予以公开', '部分公开', '不予公开 国家秘密', '无法提供 信息不存在', '不予处理 信访', '其他处理 逾期未缴费', '重复申请'];
    const f = getFormat('gip-2021');
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let trial = 0; trial < 30; trial++) {
      const rows = Array.from({ length: 60 }, (_, i) => {
        const received = `${2024 + rnd(3)}-${String(1 + rnd(12)).padStart(2, '0')}-${String(1 + rnd(28)).padStart(2, '0')}`;
        const answered =
          rnd(4) === 0 ? null : `${received.slice(0, 4) === '2026' ? 2026 : Number(received.slice(0, 4)) + rnd(2)}-${String(1 + rnd(12)).padStart(2, '0')}-28`;
        return [
          i + 1,
          received,
          types[rnd(types.length)] ?? '',
          'X',
          '',
          answered && answered >= received ? answered : null,
          outcomes[rnd(outcomes.length)] ?? '',
          '',
        ];
      });
      const t = count(rows);
      for (const c of f.t3Columns) {
        const v = (r: string) => t.cells[`t3.${r}.${c}`] ?? 0;
        expect(v('new') + v('carried')).toBe(v('total') + v('forward'));
      }
      for (const rel of f.sums.filter((s) => s.rule !== 'B3')) {
        expect(rel.parts.reduce((a, p) => a + (t.cells[p] ?? 0), 0)).toBe(t.cells[rel.target]);
      }
    }
  });
});

describe('table 四 and deadlines', () => {
  it('counts cases received in the year by their result as known on 31 December', () => {
    const cases: SheetGrid = {
      name: '复议诉讼',
      firstRow: 1,
      rows: [
        ['编号', '类别', '是否经复议', '收到日期', '结果', '结果日期'],
        ['F1', '行政复议', '', '2025-03-01', '维持', '2025-05-01'],
        ['F2', '行政复议', '', '2025-09-01', '撤销', '2026-01-10'],
        ['S1', '行政诉讼', '是', '2025-04-01', '驳回起诉', '2025-08-01'],
        ['S2', '行政诉讼', '否', '2025-04-01', '审理中', ''],
        ['S3', '行政诉讼', '', '2024-04-01', '维持', '2025-01-10'],
      ],
    };
    const register = grid([[1, '2025-03-14', '自然人', '张三', '', '2025-04-01', '予以公开', '']]);
    const { tally: t } = tallySheets('台账.xlsx', [register, cases], null, { year: 2025, asOf: '2026-01-01' });
    expect(t.casesRead).toBe(true);
    expect(t.cells['t4.review.upheld']).toBe(1);
    expect(t.cells['t4.review.pending']).toBe(1);
    expect(t.cells['t4.review.total']).toBe(2);
    expect(t.cells['t4.suit_after_review.other']).toBe(1);
    expect(t.cells['t4.suit_direct.pending']).toBe(1);
    expect(t.cells['t4.suit_direct.total']).toBe(1);
  });

  it('counts 20 working days over the holidays, 40 when extended, and says when a year has no calendar', () => {
    // 2025-09-26 (Fri): 国庆中秋 1–8 October off, 28 September and 11 October worked.
    expect(dueDate({ received: '2025-09-26', extended: false, pausedDays: 0 })).toEqual({ ok: true, value: '2025-10-30' });
    expect(dueDate({ received: '2025-03-03', extended: true, pausedDays: 0 })).toEqual({ ok: true, value: '2025-04-28' });
    const late = dueDate({ received: `${CALENDAR_YEARS.to}-12-20`, extended: false, pausedDays: 0 });
    expect(late.ok).toBe(false);
  });
});

describe('the choices the 台账 page offers', () => {
  it('reads every offered outcome back to its own row of table 三, and every applicant type to its column, in both formats', () => {
    for (const id of ['gip-2019', 'gip-2021'] as const) {
      const f = getFormat(id);
      const choices = outcomeChoices(id);
      expect(choices.length).toBe(f.t3Rows.filter((r) => r.outcome && r.id !== f.t3Named.total.key).length);
      for (const c of choices) expect(readOutcome(id, c.label), c.label).toEqual({ ok: true, value: { row: c.row } });
      expect(applicantChoices(id).map((label) => readApplicantType(f, label))).toEqual(f.t3Applicants.map((key) => ({ ok: true, value: key })));
    }
    for (const kind of CASE_KIND_CHOICES) expect(readCaseKind(kind, false).ok).toBe(true);
    for (const result of CASE_RESULT_CHOICES) expect(readCaseResult(result).ok).toBe(true);
  });
});
