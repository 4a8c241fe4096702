/** 图解: every number on the graphic is read from the cells, and a blank cell is named, never drawn as 0. */
import { describe, expect, it } from 'vitest';
import { getFormat } from '../../../shared/formats';
import type { Report } from '../../../shared/model';
import { buildGraphic } from '../../../shared/publish/graphic';
import { loadFixture } from '../../helpers/reports';

/** The texts of one chart of the SVG: from its group's start to the next chart (or the footer). */
function chartTexts(svg: string, id: string): string[] {
  const start = svg.indexOf(`<g id="chart-${id}">`);
  expect(start, id).toBeGreaterThanOrEqual(0);
  const next = svg.indexOf('<g id="chart-', start + 1);
  const part = svg.slice(start, next < 0 ? undefined : next);
  return [...part.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

const numbers = (texts: string[]): number[] =>
  texts
    .filter((t) => /^-?\d+(?:\.\d+)?$/.test(t))
    .map(Number)
    .sort((a, b) => a - b);
const sorted = (xs: (number | null | undefined)[]): number[] => xs.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);

function expectReadBack(report: Report, history: Report[] = []): string {
  const f = getFormat(report.format);
  const { svg } = buildGraphic(report, history);
  const c = (id: string) => report.cells[id];
  const [docs] = f.def.t2.blocks;
  expect(numbers(chartTexts(svg, 't2-documents'))).toEqual(
    sorted((docs?.rows ?? []).flatMap((r) => docs?.columns.map((col) => c(`t2.${r.key}.${col.key}`)) ?? [])),
  );
  const decisions = f.cellIds.filter((id) => id.startsWith('t2.') && id.endsWith('.decisions'));
  expect(numbers(chartTexts(svg, 't2-decisions'))).toEqual(sorted(decisions.map(c)));
  // Amounts (万元, 采购总金额) are read out as text beside their label, never drawn as a bar among counts.
  for (const id of f.cellIds.filter((x) => x.startsWith('t2.') && (f.cells.get(x)?.kind === 'wan' || f.cells.get(x)?.kind === 'amount'))) {
    const v = c(id);
    if (typeof v === 'number')
      expect(chartTexts(svg, 't2-decisions').join('')).toContain(`${f.cells.get(id)?.rowLabels.join('')}${f.cells.get(id)?.columnLabels.join('')}：${v}`);
  }
  const t3 = f.def.t3;
  const flow = [...t3.intake.map((r) => r.key), t3.total.key, t3.forward.key].map((k) => c(`t3.${k}.total`));
  expect(numbers(chartTexts(svg, 't3-flow'))).toEqual(sorted(flow));
  // The outcome split: every non-zero outcome is a labelled slice, the zeros are named in one line under it.
  const outcomes = t3.outcomes.map((r) => ('items' in r ? r.items.map((i) => `t3.${r.key}.${i.key}.total`) : [`t3.${r.key}.total`]));
  const sums = outcomes.map((ids) => (ids.some((id) => c(id) === null || c(id) === undefined) ? null : ids.reduce((a, id) => a + (c(id) ?? 0), 0)));
  const pieTexts = chartTexts(svg, 't3-outcomes');
  expect(numbers(pieTexts)).toEqual(sorted(sums.filter((s) => s !== 0)));
  t3.outcomes.forEach((r, i) => {
    if (sums[i] === 0) expect(pieTexts.join('')).toContain(r.label);
  });
  const t4 = f.cellIds.filter((id) => id.startsWith('t4.'));
  expect(numbers(chartTexts(svg, 't4-cases'))).toEqual(sorted(t4.map(c)));
  return svg;
}

describe('图解', () => {
  it.each(['淮安市人民政府_2024', '杭州市科技局_2020', '上海市人民政府办公厅_2019', '宿迁市_2024_全市汇总_仅表格'])(
    '%s: the numbers read back from the SVG text equal the cells',
    (name) => {
      expectReadBack(loadFixture(name));
    },
  );

  it('draws the year-by-year trend from the earlier reports in the library', () => {
    const prior = loadFixture('淮安市洪泽区人民政府_2023');
    const report = loadFixture('淮安市洪泽区人民政府_2024');
    const svg = expectReadBack(report, [prior]);
    const suits = (r: Report) => (r.cells['t4.suit_direct.total'] ?? 0) + (r.cells['t4.suit_after_review.total'] ?? 0);
    const expected: [string, (r: Report) => number | null | undefined][] = [
      ['本年新收政府信息公开申请数量', (r) => r.cells['t3.new.total']],
      ['行政复议', (r) => r.cells['t4.review.total']],
      ['行政诉讼', suits],
    ];
    expected.forEach(([name, value], i) => {
      const texts = chartTexts(svg, `trend-${i}`);
      expect(texts).toEqual(expect.arrayContaining([name, '2023年', '2024年']));
      expect(numbers(texts)).toEqual(sorted([prior, report].map(value)));
    });
  });

  it('has no trend without an earlier year', () => {
    expect(buildGraphic(loadFixture('淮安市人民政府_2024')).svg).not.toContain('chart-trend');
  });

  it('names the blank cells instead of drawing them as 0', () => {
    const full = loadFixture('淮安市人民政府_2024');
    const report: Report = {
      ...full,
      cells: { ...full.cells, 't3.carried.total': null, 't4.review.upheld': null, 't3.denied.secret.total': null, 't2.licensing.decisions': null },
    };
    const g = buildGraphic(report);
    expect(g.missing).toEqual(
      expect.arrayContaining(['行政许可本年处理决定数量', '上年结转政府信息公开申请数量', '（三）不予公开（部分细项未填写）', '行政复议结果维持']),
    );
    expect(g.missing).toHaveLength(4);
    const top = chartTexts(g.svg.replace('<g id="missing">', '<g id="chart-missing">'), 'missing').join('');
    expect(top).toContain('4 项数字未填写');
    expect(top).toContain('不按 0 计');
    expect(chartTexts(g.svg, 't3-flow').join('')).toContain('未填写，未画出：上年结转政府信息公开申请数量');
    // The blank figures are absent from the labels, not shown as 0.
    expectReadBack(report);
    expect(numbers(chartTexts(g.svg, 't2-decisions'))).toEqual(sorted([full.cells['t2.penalty.decisions'], full.cells['t2.coercion.decisions']]));
  });

  it('an empty report draws no number at all', () => {
    const full = loadFixture('淮安市人民政府_2024');
    const g = buildGraphic({ ...full, cells: {} });
    for (const id of ['t2-documents', 't2-decisions', 't3-flow', 't3-outcomes', 't4-cases']) expect(numbers(chartTexts(g.svg, id))).toEqual([]);
    expect(g.missing.length).toBeGreaterThan(20);
  });

  it('splits a title too long for the page into the agency and the rest, as the printed title is', () => {
    const report = { ...loadFixture('淮安市人民政府_2024'), agency: '淮安市洪泽区人民政府高良涧街道办事处社会事业局', title: undefined };
    const texts = [...buildGraphic(report).svg.matchAll(/<text[^>]*font-size="30"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(['淮安市洪泽区人民政府高良涧街道办事处社会事业局', '2024年政府信息公开工作年度报告']);
  });
});
