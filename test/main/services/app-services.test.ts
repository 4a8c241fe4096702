/** The services behind the renderer's API, with the host's dialogs faked. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../main/services/app-services';
import { dispatchApiCall } from '../../../main/services/api-dispatch';
import { buildDocx } from '../../../main/services/export/docx';
import { checkReport, draftClause, draftReasons, isDraft } from '../../../shared/checks';
import { getFormat } from '../../../shared/formats';
import { FIXTURES, loadFixture, makeReport, withCells } from '../../helpers/reports';
import { testServices } from '../../helpers/services';

async function services() {
  return testServices(mkdtempSync(join(tmpdir(), 'nianbao-svc-')));
}

describe('services', () => {
  it('names the export after the title, without characters Windows refuses', () => {
    expect(exportFileName({ ...makeReport('gip-2021'), title: '某局:2025/年报?' }, 'docx')).toBe('某局_2025_年报_.docx');
  });

  it('shows in the folder only what this session exported', async () => {
    const { api, dir, shown } = await services();
    await expect(api.showInFolder('/etc/passwd')).rejects.toThrow(/本次导出/);
    const out = await api.exportReport(loadFixture('淮安市人民政府_2024'), 'docx');
    expect(out?.path).toBe(join(dir, '淮安市人民政府2024年政府信息公开工作年度报告.docx'));
    await api.showInFolder(out?.path ?? '');
    expect(shown).toEqual([out?.path]);
    expect(readdirSync(dir)).toContain('淮安市人民政府2024年政府信息公开工作年度报告.docx');
  });

  it('exports and previews as a draft a report whose only errors are cross-year, when its year before is in the library, as the editor asks', async () => {
    const { api, library } = await services();
    const report = loadFixture('淮安市人民政府_2024');
    const first = getFormat(report.format).carryOver[0];
    if (!first) throw new Error('the 2021 format carries 结转 over');
    // Last year's 结转下年度 two more than this year's 上年结转: X1, an error only with the year before at hand.
    const prior = withCells({ ...report, year: 2023 }, { [first.forward]: (report.cells[first.carried] ?? 0) + 2 });
    expect(isDraft(draftReasons(report, checkReport(report)))).toBe(false);
    const clean = await api.exportReport(report, 'docx');
    expect(clean?.notices.filter((n) => n.includes('草稿'))).toEqual([]);
    expect((await api.previewReport(report)).draft).toBeNull();
    await library.create(prior);
    const reasons = draftReasons(report, checkReport(report, { prior }));
    expect(
      checkReport(report, { prior })
        .filter((d) => d.severity === 'error')
        .map((d) => d.rule),
    ).toContain('X1');
    const drafted = await api.exportReport(report, 'docx');
    expect(drafted?.notices).toContain(`报告${draftClause(reasons)}，已按草稿导出，每页标有“草稿”，定稿前请改正`);
    expect((await api.previewReport(report)).draft).toBe(`报告${draftClause(reasons)}，导出时每页标有“草稿”`);
  });

  it('imports bytes the page read from a file, and returns null when a dialog is cancelled', async () => {
    const { api } = await services();
    const docx = await buildDocx(loadFixture('杭州市科技局_2020'));
    const outcome = await api.importBytes('杭州.docx', docx);
    expect(outcome.report).toEqual(loadFixture('杭州市科技局_2020'));
    expect(await api.importFile()).toBeNull();
  });

  it("settles 二's figures run together with the agency's last year in the library (X2), and only then", async () => {
    const text = readFileSync(join(FIXTURES, 'real/平潭综合实验区交通与建设局_2021.txt'), 'utf8')
      .replaceAll('交通与建设局2021年度政府信息公开工作年度报告', '交通与建设局2022年度政府信息公开工作年度报告')
      .replace('行政规范性文件0012', '行政规范性文件3152');
    const normative = ['issued', 'repealed', 'valid'].map((c) => `t2.normative.${c}`);
    const alone = await (await services()).api.importBytes('抓取.txt', new Uint8Array(Buffer.from(text)));
    // 3|1|52, 3|15|2 and 31|5|2 all fit the table alone: blank, with a note naming the row.
    expect(normative.map((id) => alone.report.cells[id])).toEqual([null, null, null]);
    expect(alone.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('表二“行政规范性文件”一行的数字连在一起（“3152”）'));
    const { api } = await services();
    await api.createReport({ ...withCells(makeReport('gip-2021'), { 't2.normative.valid': 50 }), agency: '平潭综合实验区交通与建设局', year: 2021 });
    const withPrior = await api.importBytes('抓取.txt', new Uint8Array(Buffer.from(text)));
    // 现行有效 52 = 50 + 制发 3 − 废止 1: the one cut that carries last year's stock on.
    expect(normative.map((id) => withPrior.report.cells[id])).toEqual([3, 1, 52]);
    expect(withPrior.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^表二有 \d+ 行.*并与2021年报告的现行有效件数衔接（X2）唯一确定/));
    expect(withPrior.warnings.map((w) => w.message).filter((m) => m.includes('“3152”'))).toEqual([]);
  });

  it('dispatches a call only with valid arguments, answering in Chinese', async () => {
    const { api } = await services();
    expect(await dispatchApiCall(api, 'loadReport', ['nope'])).toMatchObject({ ok: false, message: expect.stringContaining('年报编号无效') });
    expect(await dispatchApiCall(api, 'importBytes', ['a.txt', 'not bytes'])).toMatchObject({ ok: false });
    expect(await dispatchApiCall(api, 'listReports', [])).toEqual({ ok: true, value: [] });
  });
});
