/**
 * The review as a workbook (interchange.md §6): sheet 汇总 a row per report with its indicators and the folder's
 * quartiles, sheet 问题清单 a row per diagnostic or import problem. Headers frozen, filters on, widths set.
 */
import { SEVERITY_LABEL, RULES } from '../../../shared/checks';
import { getFormat } from '../../../shared/formats';
import { INDICATORS, spread, VETO_RULES, type ReviewEntry, type ReviewedReport } from '../../../shared/review';
import { writeOutputFile } from '../report-file';
import type { CellValue, Workbook, Worksheet } from 'exceljs';

interface Column {
  header: string;
  width: number;
  /** Excel number format */
  numFmt?: string;
}

/** Columns from their headers and widths, in order. */
function columns(widths: Readonly<Record<string, number>>): Column[] {
  return Object.entries(widths).map(([header, width]) => ({ header, width }));
}

function rateFmt(kind: 'count' | 'rate'): string {
  return kind === 'rate' ? '0.0%' : '0';
}

/** A sheet under a header row that stays in view, in bold, with filters on. */
function headedSheet(wb: Workbook, name: string, cols: readonly Column[]): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** A row of 汇总 without a report's figures: blank text and number cells up to the indicators. */
function figurelessRow(first: string, file: string, imported: string, indicators: readonly (number | null)[]): CellValue[] {
  return [first, null, '', file, imported, null, null, ...VETO_RULES.map(() => null), null, '', ...indicators];
}

const SPREAD_STATS = [
  ['最小值', 'min'],
  ['下四分位数', 'q1'],
  ['中位数', 'median'],
  ['上四分位数', 'q3'],
  ['最大值', 'max'],
] as const;

function addSummarySheet(wb: Workbook, entries: readonly ReviewEntry[]): void {
  const sum = headedSheet(wb, '汇总', [
    ...columns({ 机关: 30, 年度: 8, 格式: 22, 文件: 40, 导入: 10, 错误: 8, 警告: 8 }),
    ...VETO_RULES.map((v) => ({ header: v.label, width: 10 })),
    ...columns({ 导入提示: 10, 对照上年: 10 }),
    ...INDICATORS.map((d) => ({ header: d.label, width: 14, numFmt: rateFmt(d.kind) })),
  ]);
  for (const e of entries) {
    if (e.imported) {
      sum.addRow([
        e.agency,
        e.year,
        getFormat(e.format).def.name,
        e.file,
        '已导入',
        e.errors,
        e.warnings,
        ...VETO_RULES.map((v) => e.veto[v.rule]),
        e.importWarnings.length,
        e.priorFile ? '是' : '否',
        ...INDICATORS.map((d) => e.indicators[d.id]),
      ]);
    } else {
      sum.addRow(
        figurelessRow(
          '',
          e.file,
          '无法导入',
          INDICATORS.map(() => null),
        ),
      );
    }
  }
  // The folder's spread of each indicator, below the table so the filter range stays clean.
  sum.addRow([]);
  const reports = entries.filter((e): e is ReviewedReport => e.imported);
  for (const [label, key] of SPREAD_STATS) {
    const row = sum.addRow(
      figurelessRow(
        label,
        '',
        '',
        INDICATORS.map((d) => spread(reports.map((r) => r.indicators[d.id]))?.[key] ?? null),
      ),
    );
    row.font = { italic: true };
  }
}

function addIssuesSheet(wb: Workbook, entries: readonly ReviewEntry[]): void {
  const issues = headedSheet(
    wb,
    '问题清单',
    columns({ 机关: 30, 年度: 8, 文件: 40, 级别: 8, 规则: 8, 规则名称: 34, 说明: 80, 单元格: 28, 应为: 10, 实为: 10 }),
  );
  for (const e of entries) {
    if (!e.imported) {
      issues.addRow(['', null, e.file, '无法导入', '', '', e.importError, '', null, null]);
      continue;
    }
    for (const d of e.diagnostics) {
      issues.addRow([
        e.agency,
        e.year,
        e.file,
        SEVERITY_LABEL[d.severity],
        d.rule,
        RULES[d.rule].name,
        d.message,
        d.cells.join(' '),
        d.expected ?? null,
        d.actual ?? null,
      ]);
    }
    for (const w of e.importWarnings) issues.addRow([e.agency, e.year, e.file, '导入提示', '', '', w, '', null, null]);
  }
  issues.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
}

export async function reviewWorkbook(entries: readonly ReviewEntry[]): Promise<Uint8Array> {
  // Loaded on demand: the workbook writer is large and most commands never need it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报编制助手';
  addSummarySheet(wb, entries);
  addIssuesSheet(wb, entries);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export async function writeReviewWorkbook(path: string, entries: readonly ReviewEntry[]): Promise<void> {
  await writeOutputFile(path, await reviewWorkbook(entries));
}
