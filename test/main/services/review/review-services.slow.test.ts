/** The 审核 services the app calls: dropped files, polling, the report, exports, 汇总 into the library, unit lists. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReviewStatus } from '../../../../shared/api';
import { dispatchApiCall } from '../../../../main/services/api-dispatch';
import { ChromiumPdfPrinter } from '../../../../main/services/export/chromium-printer';
import { publishedHtml } from '../../../helpers/published-html';
import { pdfText, tempPdf } from '../../../helpers/poppler';
import { agencyReport } from '../../../helpers/review-folder';
import { testServices } from '../../../helpers/services';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-review-svc-'));
const printer = new ChromiumPdfPrinter();
afterAll(() => printer.close());

const setup = () => testServices(mkdtempSync(join(dir, 'case-')), { printer });

async function finished(api: Awaited<ReturnType<typeof setup>>['api'], s: ReviewStatus): Promise<ReviewStatus> {
  let status = s;
  while (!status.finished) {
    await new Promise((r) => setTimeout(r, 50));
    status = await api.reviewStatus(status.runId, 0);
  }
  return status;
}

const bytes = (s: string) => new TextEncoder().encode(s);
/** "某某县教育局\r\n某某县财政局\r\n" as Notepad on a Chinese Windows saves it (GBK). */
const GBK_LIST = new Uint8Array([
  196, 179, 196, 179, 207, 216, 189, 204, 211, 253, 190, 214, 13, 10, 196, 179, 196, 179, 207, 216, 178, 198, 213, 254, 190, 214, 13, 10,
]);

describe('审核 services', () => {
  it('reviews dropped files in the background, then exports the 问题清单 as .xlsx and as a printable PDF', async () => {
    const { api } = await setup();
    const started = await api.reviewDropped([
      { name: '甲局.json', data: bytes(JSON.stringify(agencyReport('某某县甲局'))) },
      { name: '乙局.html', data: bytes(publishedHtml(agencyReport('某某县乙局', 2025, { 't4.review.total': 9 }))) },
      { name: '说明.txt', data: bytes('会议纪要：讨论食堂菜单。') },
    ]);
    expect(started).toMatchObject({ label: '拖入的 3 个文件', finished: false });
    const s = await finished(api, started);
    expect(s.entries.map((e) => (e.imported ? `${e.agency}:${e.errors}` : 'failed'))).toEqual(['某某县甲局:0', '某某县乙局:1', 'failed']);
    // The dropped copies are removed once read; the reports stay available from memory.
    await expect.poll(() => existsSync(dirname(s.entries[0]?.file ?? ''))).toBe(false);
    expect((await api.reviewReport(s.runId, s.entries[0]?.file ?? '')).agency).toBe('某某县甲局');
    expect(await dispatchApiCall(api, 'reviewDropped', [[]])).toMatchObject({ ok: false, message: expect.stringContaining('没有文件') });

    const xlsx = await api.reviewExport(s.runId, 'xlsx', ['某某县丙局']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx?.path ?? '') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单']);

    const pdf = await api.reviewExport(s.runId, 'pdf', ['某某县丙局']);
    const text = (await pdfText(tempPdf(readFileSync(pdf?.path ?? '')))).replace(/\s+/g, '');
    expect(text).toContain('年报审核问题清单');
    expect(text).toContain('未报送单位：某某县丙局');
    expect(text).toContain('行政复议：结果维持+结果纠正+其他结果+尚未审结=2，总计填写为9');
    expect(text).toContain('无法导入');
  }, 120_000);

  it('sums reviewed reports into the library with their sources, and refuses mixed years in one Chinese sentence', async () => {
    const { api, library } = await setup();
    const s = await finished(
      api,
      await api.reviewDropped([
        { name: '甲局.json', data: bytes(JSON.stringify(agencyReport('某某县甲局'))) },
        { name: '乙局.json', data: bytes(JSON.stringify(agencyReport('某某县乙局'))) },
        { name: '丙局.json', data: bytes(JSON.stringify(agencyReport('某某县丙局', 2024))) },
      ]),
    );
    const files = s.entries.map((e) => e.file);
    const outcome = await api.reviewSum(
      s.runId,
      files.filter((f) => !f.endsWith('丙局.json')),
      '某某县人民政府',
    );
    const { report } = await library.load(outcome.summary.id);
    expect(report).toMatchObject({ agency: '某某县人民政府', agencyKind: 'government', year: 2025 });
    expect(report.cells['t3.new.total']).toBe(12);
    expect(report.sources?.map((x) => [x.agency, x.file])).toEqual([
      ['某某县甲局', '甲局.json'],
      ['某某县乙局', '乙局.json'],
    ]);
    const mixed = await dispatchApiCall(api, 'reviewSum', [s.runId, files, '某某县人民政府']);
    expect(mixed).toEqual({ ok: false, message: expect.stringMatching(/^只能汇总同一年度的报告：/) });
    const none = await dispatchApiCall(api, 'reviewSum', [s.runId, [], '某某县人民政府']);
    expect(none).toMatchObject({ ok: false, message: expect.stringContaining('请先勾选要汇总的报告') });

    const again = await api.sumLibrary([outcome.summary.id, (await library.create(agencyReport('某某县丁局'))).id], '某某市');
    expect((await library.load(again.summary.id)).report.cells['t3.new.total']).toBe(18);
  }, 60_000);

  it('reads a unit list from .xlsx (first column, header skipped) and from a GBK .txt', async () => {
    const { api } = await setup();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    for (const row of [
      ['单位名称', '联系人'],
      ['某某县教育局', '张三'],
      ['某某县民政局', '李四'],
      ['', ''],
    ])
      ws.addRow(row);
    const xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await api.readUnitList('名单.xlsx', xlsx)).toEqual(['某某县教育局', '某某县民政局']);
    expect(await api.readUnitList('名单.txt', GBK_LIST)).toEqual(['某某县教育局', '某某县财政局']);
    const bad = await dispatchApiCall(api, 'readUnitList', ['名单.docx', bytes('x')]);
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('单位名单请用 .txt') });
  });
});
