/**
 * 图解: a one-page graphic reading of the year's figures, drawn from the report's cells (and earlier years' reports
 * where the library holds them) so it can never disagree with the tables. Charts are Apache ECharts rendered to SVG
 * on the server side (no DOM needed: the same code runs in Node and the renderer). A blank cell is never drawn as
 * 0: it is left out and the page names it.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { cellId, getFormat, type CompiledFormat, type T3CategoryRow, type T3LeafRow } from '../formats';
import { formatCellValue, printedCellValue } from '../model/numbers';
import { cellValue, reportTitle, type Report } from '../model/report';
import { titleLinesWithin } from '../layout/profile';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, SVGRenderer]);

/** Official, restrained colours: deep red, then greys and a muted red. */
export const GRAPHIC_COLOURS = ['#9b1c1c', '#7a7a7a', '#c8665e', '#b3b3b3', '#5a5a5a', '#e0b4ae'] as const;
const RED = GRAPHIC_COLOURS[0];
const INK = '#333333';
const GREY = '#767676';
const FONT = 'Microsoft YaHei, PingFang SC, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif';

export const GRAPHIC_WIDTH = 1080;

/** One number on the graphic: its label and the cells it is read from. */
export interface Figure {
  label: string;
  value: number | null;
  cells: string[];
}

interface Chart {
  id: string;
  width: number;
  height: number;
  option: Record<string, unknown>;
  /** figures of this chart that are blank, named under it */
  missing: string[];
  /** one line of text under the chart (zero slices, amounts) */
  note?: string;
  /** a small heading over the chart */
  caption?: string;
}

interface Panel {
  title: string;
  charts: Chart[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "一、本年新收…" → "本年新收…"; "（七）总计" → "总计": the numbering belongs to the table, not to a chart. */
const unnumbered = (label: string): string => label.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, '');

function figure(report: Report, label: string, cells: string[]): Figure {
  const values = cells.map((id) => cellValue(report, id));
  // A sum with a blank part is unknown: it is named as missing, never completed with 0.
  const value = values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
  return { label, value, cells };
}

const base = (): Record<string, unknown> => ({
  animation: false,
  color: [...GRAPHIC_COLOURS],
  textStyle: { fontFamily: FONT, color: INK, fontSize: 13 },
});

const valueLabel = {
  show: true,
  color: INK,
  fontSize: 13,
  formatter: (p: { value: unknown }) => formatCellValue(typeof p.value === 'number' ? p.value : null),
};

const missingOf = (figs: readonly Figure[]): string[] => figs.filter((f) => f.value === null).map((f) => f.label);

/** Bars per category, one series per column; blank cells are gaps, not zeros. */
function groupedBars(
  id: string,
  width: number,
  height: number,
  categories: string[],
  series: { name: string; figures: Figure[] }[],
  horizontal = false,
): Chart {
  const catAxis = {
    type: 'category',
    data: categories,
    axisTick: { show: false },
    axisLabel: { color: INK, fontSize: 13, interval: 0, width: horizontal ? 150 : 120, overflow: 'break' },
  };
  const valAxis = { type: 'value', axisLabel: { show: false }, splitLine: { lineStyle: { color: '#eeeeee' } } };
  return {
    id,
    width,
    height,
    missing: series.flatMap((s) => missingOf(s.figures)),
    option: {
      ...base(),
      legend: series.length > 1 ? { top: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: INK, fontSize: 12 } } : { show: false },
      grid: { left: horizontal ? 160 : 16, right: horizontal ? 90 : 16, top: series.length > 1 ? 40 : 16, bottom: horizontal ? 8 : 44 },
      xAxis: horizontal ? valAxis : catAxis,
      yAxis: horizontal ? { ...catAxis, inverse: true } : valAxis,
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        barMaxWidth: 36,
        label: { ...valueLabel, position: horizontal ? 'right' : 'top' },
        data: s.figures.map((f) => f.value),
      })),
    },
  };
}

function t2Panel(report: Report, f: CompiledFormat): Panel {
  const [first, ...others] = f.def.t2.blocks;
  const charts: Chart[] = [];
  if (first) {
    charts.push(
      groupedBars(
        't2-documents',
        600,
        300,
        first.rows.map((r) => r.label),
        first.columns.map((c) => ({ name: c.label, figures: first.rows.map((r) => figure(report, `${r.label}${c.label}`, [cellId('t2', r.key, c.key)])) })),
      ),
    );
  }
  const decisions = others.flatMap((b) => b.columns.filter((c) => c.key === 'decisions').flatMap((c) => b.rows.map((r) => ({ row: r, col: c }))));
  const decisionFigures = decisions.map(({ row, col }) => figure(report, `${row.label}${col.label}`, [cellId('t2', row.key, col.key)]));
  const decisionLabel = decisions[0]?.col.label ?? '';
  // Amounts and other counts of the later blocks are read out as text: a bar of 万元 beside counts would mislead.
  const extras = others.flatMap((b) =>
    b.columns.filter((c) => c.key !== 'decisions' && c.key !== 'prev' && c.kind !== 'signed').flatMap((c) => b.rows.map((r) => ({ row: r, col: c }))),
  );
  const extraFigures = extras.map(({ row, col }) => {
    const id = cellId('t2', row.key, col.key);
    const fig = figure(report, `${row.label}${col.label}`, [id]);
    return { fig, text: fig.value === null ? '' : `${row.label}${col.label}：${printedCellValue(report, id)}` };
  });
  const chart = groupedBars(
    't2-decisions',
    440,
    300,
    decisions.map((d) => d.row.label),
    [{ name: decisionLabel, figures: decisionFigures }],
    true,
  );
  chart.missing.push(...missingOf(extraFigures.map((e) => e.fig)));
  const note = extraFigures
    .map((e) => e.text)
    .filter(Boolean)
    .join('；');
  if (note) chart.note = note;
  charts.push(chart);
  const title = f.def.sections.find((s) => s.key === 't2')?.title ?? '';
  return { title, charts };
}

function isCategory(row: T3LeafRow | T3CategoryRow): row is T3CategoryRow {
  return 'items' in row;
}

function t3Panel(report: Report, f: CompiledFormat): Panel {
  const t3 = f.def.t3;
  const flow = [
    ...t3.intake.map((r) => figure(report, unnumbered(r.label), [cellId('t3', r.key, 'total')])),
    figure(report, `${unnumbered(t3.outcomeLabel)}（${unnumbered(t3.total.label)}）`, [cellId('t3', t3.total.key, 'total')]),
    figure(report, unnumbered(t3.forward.label), [cellId('t3', t3.forward.key, 'total')]),
  ];
  const flowChart = groupedBars(
    't3-flow',
    520,
    300,
    flow.map((x) => x.label),
    [{ name: '', figures: flow }],
    true,
  );
  (flowChart.option.grid as Record<string, number>).left = 200;
  ((flowChart.option.yAxis as Record<string, unknown>).axisLabel as Record<string, unknown>).width = 190;

  const outcomes = t3.outcomes.map((r) => {
    if (!isCategory(r)) return figure(report, r.label, [cellId('t3', r.key, 'total')]);
    const fig = figure(
      report,
      r.label,
      r.items.map((i) => cellId('t3', `${r.key}.${i.key}`, 'total')),
    );
    const partly = fig.value === null && fig.cells.some((id) => cellValue(report, id) !== null);
    return partly ? { ...fig, label: `${r.label}（部分细项未填写）` } : fig;
  });
  const drawn = outcomes.filter((o) => o.value !== null && o.value > 0);
  const zeros = outcomes.filter((o) => o.value === 0);
  const pie: Chart = {
    id: 't3-outcomes',
    width: 520,
    height: 300,
    missing: missingOf(outcomes),
    option: {
      ...base(),
      series: [
        {
          type: 'pie',
          radius: ['32%', '56%'],
          center: ['50%', '52%'],
          avoidLabelOverlap: true,
          label: { formatter: '{b}\n{c}', color: INK, fontSize: 13, lineHeight: 18 },
          labelLine: { length: 10, length2: 12 },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
          data: drawn.map((o) => ({ name: o.label, value: o.value })),
        },
      ],
    },
  };
  if (zeros.length) pie.note = `为 0：${zeros.map((z) => z.label).join('、')}`;
  const title = f.def.sections.find((s) => s.key === 't3')?.title ?? '';
  return { title, charts: [flowChart, pie] };
}

function t4Panel(report: Report, f: CompiledFormat): Panel {
  const t4 = f.def.t4;
  const chart = groupedBars(
    't4-cases',
    GRAPHIC_WIDTH - 40,
    300,
    t4.groups.map((g) => (g.parent === 'suit' ? `${t4.suitLabel}·${g.label}` : g.label)),
    t4.outcomes.map((o) => ({
      name: o.label,
      figures: t4.groups.map((g) => figure(report, `${g.parent === 'suit' ? `${t4.suitLabel}·` : ''}${g.label}${o.label}`, [cellId('t4', g.key, o.key)])),
    })),
  );
  ((chart.option.xAxis as Record<string, unknown>).axisLabel as Record<string, unknown>).width = 320;
  const title = f.def.sections.find((s) => s.key === 't4')?.title ?? '';
  return { title, charts: [chart] };
}

/** The lines of the year-by-year trend, each read from cells that both formats share. */
function trendSeries(f: CompiledFormat): { name: string; cells: string[] }[] {
  const t4 = f.def.t4;
  const suits = t4.groups.filter((g) => g.parent === 'suit');
  const review = t4.groups.filter((g) => g.parent !== 'suit');
  return [
    { name: unnumbered(f.t3Named.new.label), cells: [cellId('t3', f.t3Named.new.key, 'total')] },
    ...review.map((g) => ({ name: g.label, cells: [cellId('t4', g.key, f.t4Total.key)] })),
    { name: t4.suitLabel, cells: suits.map((g) => cellId('t4', g.key, f.t4Total.key)) },
  ];
}

function trendPanel(report: Report, history: readonly Report[], f: CompiledFormat): Panel | null {
  const years = [...history.filter((h) => h.year < report.year), report]
    .sort((a, b) => a.year - b.year)
    .filter((r, i, all) => all.findIndex((x) => x.year === r.year) === i)
    .slice(-6);
  if (years.length < 2) return null;
  const series = trendSeries(f);
  // One small chart per measure, each on its own scale: applications run to thousands, lawsuits to a handful.
  const width = Math.floor((GRAPHIC_WIDTH - 40) / series.length);
  const charts = series.map((s, i): Chart => {
    const chart = groupedBars(
      `trend-${i}`,
      width,
      260,
      years.map((r) => `${r.year}年`),
      [{ name: s.name, figures: years.map((r) => figure(r, `${r.year}年${s.name}`, s.cells)) }],
    );
    chart.caption = s.name;
    chart.option.grid = { left: 16, right: 16, top: 40, bottom: 30 };
    chart.option.color = [GRAPHIC_COLOURS[i % GRAPHIC_COLOURS.length]];
    return chart;
  });
  return { title: `近${years.length}年对比`, charts };
}

function renderChart(c: Chart): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: c.width, height: c.height });
  try {
    chart.setOption(c.option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Breaks Chinese text into lines of at most `perLine` characters, preferably after a 、 or ； so no figure is cut from its label. */
function wrap(text: string, perLine: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const piece of text.split(/(?<=[、；])/)) {
    if (line && line.length + piece.length > perLine) {
      out.push(line);
      line = '';
    }
    line += piece;
    while (line.length > perLine) {
      out.push(line.slice(0, perLine));
      line = line.slice(perLine);
    }
  }
  if (line) out.push(line);
  return out;
}

function textLines(lines: string[], x: number, y: number, size: number, colour: string, lineHeight = size * 1.5): string {
  return lines.map((l, i) => `<text x="${x}" y="${(y + i * lineHeight).toFixed(1)}" font-size="${size}" fill="${colour}">${esc(l)}</text>`).join('');
}

export interface Graphic {
  svg: string;
  width: number;
  height: number;
  /** figures left out because their cells are blank */
  missing: string[];
}

/** The 图解 of a report as one SVG document; `history` may hold earlier years' reports of the same agency. */
export function buildGraphic(report: Report, history: readonly Report[] = []): Graphic {
  const f = getFormat(report.format);
  const panels = [t2Panel(report, f), t3Panel(report, f), t4Panel(report, f)];
  const trend = trendPanel(report, history, f);
  if (trend) panels.push(trend);
  const missing = panels.flatMap((p) => p.charts.flatMap((c) => c.missing));

  const W = GRAPHIC_WIDTH;
  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${W}" height="8" fill="${RED}"/>`);
  let y = 64;
  // 30 px characters: a title longer than the page is split as the printed one is (agency, then the rest).
  const title = reportTitle(report);
  const lines = titleLinesWithin(title, report.agency, Math.floor((W - 80) / 30));
  lines.forEach((line, i) => {
    parts.push(`<text x="${W / 2}" y="${y + i * 40}" font-size="30" font-weight="bold" fill="${RED}" text-anchor="middle">${esc(line)}</text>`);
  });
  y += (lines.length - 1) * 40;
  y += 34;
  parts.push(`<text x="${W / 2}" y="${y}" font-size="15" fill="${GREY}" text-anchor="middle">${esc('图解 · 数字均取自本报告的表格')}</text>`);
  y += 18;
  parts.push(`<line x1="40" y1="${y}" x2="${W - 40}" y2="${y}" stroke="${RED}" stroke-width="1.5"/>`);
  y += 12;
  if (missing.length > 0) {
    const lines = wrap(`报告中有 ${missing.length} 项数字未填写，图中未画出（不按 0 计）：${missing.join('、')}`, 64);
    parts.push(`<g id="missing">${textLines(lines, 40, y + 18, 15, RED)}</g>`);
    y += 18 + lines.length * 22;
  }
  for (const p of panels) {
    y += 24;
    parts.push(`<rect x="20" y="${y}" width="5" height="24" fill="${RED}"/>`);
    parts.push(`<text x="34" y="${y + 19}" font-size="20" font-weight="bold" fill="${INK}">${esc(p.title)}</text>`);
    y += 36;
    let x = 20;
    let rowHeight = 0;
    for (const c of p.charts) {
      if (x + c.width > W - 10) {
        y += rowHeight;
        x = 20;
        rowHeight = 0;
      }
      const svg = renderChart(c).replace(/^<svg /, `<svg x="${x}" y="${y}" `);
      let h = c.height;
      const below: string[] = [];
      if (c.note) below.push(textLines(wrap(c.note, Math.floor(c.width / 14)), x + 16, y + h + 14, 13, GREY, 19));
      h += c.note ? wrap(c.note, Math.floor(c.width / 14)).length * 19 + 4 : 0;
      if (c.missing.length) {
        const lines = wrap(`未填写，未画出：${c.missing.join('、')}`, Math.floor(c.width / 14));
        below.push(textLines(lines, x + 16, y + h + 14, 13, RED, 19));
        h += lines.length * 19 + 4;
      }
      const caption = c.caption ? `<text x="${x + c.width / 2}" y="${y + 18}" font-size="15" fill="${INK}" text-anchor="middle">${esc(c.caption)}</text>` : '';
      parts.push(`<g id="chart-${c.id}">${caption}${svg}${below.join('')}</g>`);
      x += c.width;
      rowHeight = Math.max(rowHeight, h);
    }
    y += rowHeight;
  }
  y += 30;
  parts.push(`<line x1="40" y1="${y}" x2="${W - 40}" y2="${y}" stroke="#cccccc" stroke-width="1"/>`);
  y += 26;
  parts.push(
    `<text x="${W / 2}" y="${y}" font-size="14" fill="${GREY}" text-anchor="middle">${esc(`${report.agency} · ${report.year}年政府信息公开工作年度报告图解`)}</text>`,
  );
  y += 24;
  const height = Math.ceil(y);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="${FONT}"><rect width="${W}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width: W, height, missing };
}

/** The graphic as a page of its own size, for Chromium to screenshot (PNG) or print (PDF). */
export function graphicHtml(g: Graphic): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>图解</title>
<style>@page { size: ${g.width}px ${g.height}px; margin: 0; } html, body { margin: 0; padding: 0; background: #fff; } svg { display: block; }</style>
</head><body>${g.svg.replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /, '<svg ')}</body></html>`;
}
