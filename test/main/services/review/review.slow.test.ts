/** Reviewing a folder of reports (interchange.md §6): every file kind, errors on the right report, nothing fatal. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewPaths } from '../../../../main/services/review/review';
import { writeReviewWorkbook } from '../../../../main/services/review/workbook';
import type { ReviewEntry, ReviewedReport } from '../../../../shared/review';
import { makeReviewFolder, type ReviewFolder } from '../../../helpers/review-folder';
import type { makeReport } from '../../../helpers/reports';
import { runCli } from '../../../helpers/cli';

let folder: ReviewFolder;
let entries: ReviewEntry[];
const out = mkdtempSync(join(tmpdir(), 'nianbao-review-'));

beforeAll(async () => {
  folder = await makeReviewFolder(join(out, '收件'));
  entries = (await reviewPaths([folder.dir], { threads: 2 })).entries;
}, 180_000);

const byName = (name: string) => entries.find((e) => basename(e.file) === name);

const cli = runCli;

describe('reviewPaths', () => {
  it('imports every report file in the folder and its subfolders, .json .docx .html .txt alike, and nothing else', () => {
    expect(entries.map((e) => basename(e.file)).sort()).toEqual([...Object.keys(folder.expected), folder.corrupt].sort());
    for (const [name, want] of Object.entries(folder.expected)) {
      const e = byName(name);
      expect(e, name).toMatchObject({ imported: true, agency: want.agency, year: want.year });
    }
  });

  it('finds each known error on the report that has it, and only there', () => {
    for (const [name, want] of Object.entries(folder.expected)) {
      const e = byName(name) as ReviewedReport;
      const errorRules = [...new Set(e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule))];
      expect(errorRules, name).toEqual(want.error ? [want.error] : []);
      expect(e.errors, name).toBe(e.diagnostics.filter((d) => d.severity === 'error').length);
    }
    expect(
      Object.entries(folder.expected)
        .filter(([name]) => (byName(name) as ReviewedReport).veto.G14 > 0)
        .map(([name]) => name),
    ).toEqual(['乙局_2025.html']);
    const bing = byName('丙局_2025.txt') as ReviewedReport;
    expect(bing.diagnostics.find((d) => d.rule === 'B3')?.message).toContain('行政诉讼·未经复议直接起诉');
  });

  it('runs the cross-year rules where the same agency’s previous year is present: X1 on 甲局 2025', () => {
    const jia = byName('甲局_2025.docx') as ReviewedReport;
    expect(basename(jia.priorFile ?? '')).toBe('甲局_2024.json');
    expect(jia.diagnostics.find((d) => d.rule === 'X1')).toMatchObject({ severity: 'error', expected: 2, actual: 1 });
    expect((byName('丁局_2025.json') as ReviewedReport).priorFile).toBeUndefined();
  });

  it('lists a corrupt file with its Chinese reason and goes on', () => {
    const bad = byName(folder.corrupt);
    expect(bad?.imported).toBe(false);
    if (bad && !bad.imported) {
      expect(bad.importError).toContain(folder.corrupt);
      expect(bad.importError).toMatch(/[\u4e00-\u9fff]/);
      expect(bad.importError.split('\n')).toHaveLength(1);
    }
    expect(entries.at(-1)?.file).toBe(bad?.file);
  });

  it('gives the same results in worker threads as in-process', async () => {
    const single = (await reviewPaths([folder.dir], { threads: 1 })).entries;
    expect(single).toEqual(entries);
  });
});

describe('review workbook', () => {
  it('has 汇总 (a row per report, with indicators and quartiles) and 问题清单 (a row per problem), frozen and filtered', async () => {
    const path = join(out, '审核结果.xlsx');
    await writeReviewWorkbook(path, entries);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '问题清单']);
    const sum = wb.getWorksheet('汇总')!;
    const header = (sum.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['机关', '年度', '错误', '警告', '依申请公开总量', '予以公开率', '复议纠错率', '诉讼纠错率']));
    expect(sum.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sum.autoFilter).toBeTruthy();
    expect(sum.getColumn(1).width).toBeGreaterThan(20);
    const rows = Array.from({ length: sum.rowCount - 1 }, (_, i) => (sum.getRow(i + 2).values as unknown[]).slice(1));
    const yi = rows.find((r) => r[0] === '某某市乙局');
    expect(yi?.[header.indexOf('错误')]).toBe(1);
    expect([yi?.[header.indexOf('个人信息')], yi?.[header.indexOf('旧版格式')]]).toEqual([0, 1]);
    expect(yi?.[header.indexOf('依申请公开总量')]).toBe(6);
    expect(rows.some((r) => r[4] === '无法导入' && String(r[3]).endsWith(folder.corrupt))).toBe(true);
    expect(rows.find((r) => r[0] === '中位数')?.[header.indexOf('依申请公开总量')]).toBe(6);

    const issues = wb.getWorksheet('问题清单')!;
    expect(issues.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(issues.autoFilter).toBeTruthy();
    const list = Array.from({ length: issues.rowCount - 1 }, (_, i) => (issues.getRow(i + 2).values as unknown[]).slice(1));
    const x1 = list.find((r) => r[4] === 'X1');
    expect(x1?.slice(0, 2)).toEqual(['某某市甲局', 2025]);
    expect(x1?.[3]).toBe('错误');
    expect(list.some((r) => r[3] === '无法导入' && String(r[6]).includes(folder.corrupt))).toBe(true);
  });
});

describe('nianbao review and sum', () => {
  it('review --json prints one object as §6 says and exits 1 when a report has errors', async () => {
    const r = await cli('review', folder.dir, '--json', '--xlsx', join(out, 'cli.xlsx'));
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { reports: Record<string, unknown>[]; summary: Record<string, number> };
    expect(parsed.summary).toEqual({ files: 6, imported: 5, withErrors: 3 });
    const yi = parsed.reports.find((x) => String(x.file).endsWith('乙局_2025.html'));
    expect(yi).toMatchObject({ agency: '某某市乙局', year: 2025, format: 'gip-2021', imported: true, errors: 1, veto: { G13: 0, G14: 1 } });
    expect((yi?.diagnostics as { rule: string; cells: string[] }[])[0]).toMatchObject({ rule: 'B3', cells: expect.arrayContaining(['t4.review.total']) });
    expect(parsed.reports.find((x) => x.imported === false)).toMatchObject({ importError: expect.stringContaining(folder.corrupt) });
    expect(readFileSync(join(out, 'cli.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('review prints a Chinese list by agency and year; exits 0 for a clean folder and 2 when nothing is usable', async () => {
    const text = await cli('review', join(folder.dir, '丁局_2025.json'), join(folder.dir, '甲局_2024.json'));
    expect(text.code).toBe(0);
    expect(text.out).toContain('共 2 个文件：导入 2 份报告，其中 0 份有错误');
    expect(text.out).toContain('某某市丁局 2025年');
    const yi = await cli('review', join(folder.dir, '区县', '乙局_2025.html'));
    expect(yi.out).toContain('错误 1 项，警告 2 项，其中旧版格式 1 处');
    const none = await cli('review', join(out, '不存在的文件夹'));
    expect(none.code).toBe(2);
    expect(none.out).toBe('');
    expect(none.err.trim().split('\n')).toHaveLength(1);
  });

  it('sum writes the summed report with its sources; mixed years exit 2 with one Chinese line', async () => {
    const target = join(out, '汇总.json');
    const r = await cli('sum', join(folder.dir, '丁局_2025.json'), join(folder.dir, '区县', '乙局_2025.html'), '--agency', '某某市人民政府', '--out', target);
    expect(r.code).toBe(0);
    const sum = JSON.parse(readFileSync(target, 'utf8')) as ReturnType<typeof makeReport>;
    expect(sum.agency).toBe('某某市人民政府');
    expect(sum.cells['t3.new.total']).toBe(12);
    expect(sum.sources?.map((s) => s.agency)).toEqual(['某某市丁局', '某某市乙局']);
    const mixed = await cli('sum', join(folder.dir, '丁局_2025.json'), join(folder.dir, '甲局_2024.json'), '--agency', '某某市');
    expect(mixed.code).toBe(2);
    expect(mixed.out).toBe('');
    expect(mixed.err).toContain('只能汇总同一年度的报告');
    expect((await cli('sum', join(folder.dir, '丁局_2025.json'))).err).toContain('--agency');
  });
});
