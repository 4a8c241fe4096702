/**
 * The review as a workbook (interchange.md §6): sheet 汇总 a row per report with its indicators and the folder's
 * quartiles, sheet 问题清单 a row per diagnostic or import problem. Headers frozen, filters on, widths set.
 */
import { SEVERITY_LABEL, RULES } from '../../../shared/checks';
import { getFormat } from '../../../shared/formats';
import { INDICATORS, spread, VETO_RULES, type ReviewEntry, type ReviewedReport } from '../../../shared/review';
import { writeOutputFile } from '../report-file';

interface Column {
  header: string;
  width: number;
  /** Excel number format */
  numFmt?: string;
}

function rateFmt(kind: 'count' | 'rate'): string {
  return kind === 'rate' ? '0.0%' : '0';
}

export async function reviewWorkbook(entries: readonly ReviewEntry[]): Promise<Uint8Array> {
  // Loaded on demand: the workbook writer is large and most commands never need it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报编制助手';
  const reports = entries.filter((e): e is ReviewedReport => e.imported);

  const summaryCols: Column[] = [
    { header: '机关', width: 30 },
    { header: '年度', width: 8 },
    { header: '格式', width: 22 },
    { header: '文件', width: 40 },
    { header: '导入', width: 10 },
    { header: '错误', width: 8 },
    { header: '警告', width: 8 },
    ...VETO_RULES.map((v) => ({ header: v.label, width: 10 })),
    { header: '导入提示', width: 10 },
    { header: '对照上年', width: 10 },
    ...INDICATORS.map((d) => ({ header: d.label, width: 14, numFmt: rateFmt(d.kind) })),
  ];
  const sum = wb.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  sum.columns = summaryCols.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
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
      sum.addRow(['', null, '', e.file, '无法导入', null, null, ...VETO_RULES.map(() => null), null, '', ...INDICATORS.map(() => null)]);
    }
  }
  sum.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: summaryCols.length } };
  // The folder's spread of each indicator, below the table so the filter range stays clean.
  sum.addRow([]);
  const stats = [
    ['最小值', 'min'],
    ['下四分位数', 'q1'],
    ['中位数', 'median'],
    ['上四分位数', 'q3'],
    ['最大值', 'max'],
  ] as const;
  for (const [label, key] of stats) {
    const row = sum.addRow([
      label,
      null,
      '',
      '',
      '',
      null,
      null,
      ...VETO_RULES.map(() => null),
      null,
      '',
      ...INDICATORS.map((d) => spread(reports.map((r) => r.indicators[d.id]))?.[key] ?? null),
    ]);
    row.font = { italic: true };
  }
  sum.getRow(1).font = { bold: true };

  const issues = wb.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  const issueCols: Column[] = [
    { header: '机关', width: 30 },
    { header: '年度', width: 8 },
    { header: '文件', width: 40 },
    { header: '级别', width: 8 },
    { header: '规则', width: 8 },
    { header: '规则名称', width: 34 },
    { header: '说明', width: 80 },
    { header: '单元格', width: 28 },
    { header: '应为', width: 10 },
    { header: '实为', width: 10 },
  ];
  issues.columns = issueCols.map((c) => ({ header: c.header, width: c.width }));
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
  issues.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: issueCols.length } };
  issues.getRow(1).font = { bold: true };
  issues.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export async function writeReviewWorkbook(path: string, entries: readonly ReviewEntry[]): Promise<void> {
  await writeOutputFile(path, await reviewWorkbook(entries));
}
