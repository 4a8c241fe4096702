import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { convertManyWithLibreOffice } from '../../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-tally-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('登记台账');
  ws.addRow(['某区教育局2025年政府信息公开申请登记台账']);
  ws.mergeCells('A1:H1');
  ws.addRow(['编号', '收到日期', '申请人类型', '申请人', '申请内容', '答复日期', '答复结果', '具体情形']);
  ws.addRow(['2025-001', new Date(Date.UTC(2025, 2, 14)), '自然人', '张三丰', '招生文件', new Date(Date.UTC(2025, 3, 1)), '予以公开', '']);
  ws.addRow(['2025-002', '2025/5/6', '公司', '某某科技有限公司', '合同', '2025年5月20日', '不予公开', '第三方合法权益']);
  ws.addRow(['2024-088', '2024.12.20', '公民', '李四光', '档案', '2025-01-10', '无法提供', '信息不存在']);
  ws.addRow(['2025-003', '2025-12-29', '律师', '王律师', '处罚决定', '', '', '']);
  ws.addRow(['2025-004', '2025-07-01', '个人', '赵钱孙', '规划', '2025-07-15', '同意', '']);
  ws.getColumn(2).numFmt = 'yyyy-mm-dd';
  ws.getColumn(6).numFmt = 'yyyy-mm-dd';
  const cases = wb.addWorksheet('复议诉讼');
  cases.addRow(['案号', '类别', '收到日期', '结果', '结果日期']);
  cases.addRow(['F1', '行政复议', '2025-03-01', '维持', '2025-05-01']);
  cases.addRow(['S1', '行政诉讼（复议后起诉）', '2025-04-01', '审理中', '']);
  const path = join(dir, '台账.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

describe('nianbao tally', () => {
  it('counts an .xlsx register with a merged title into tables 三 and 四, listing the row it cannot count', async () => {
    const path = await workbook();
    const r = await runCli('tally', path, '--year', '2025', '--agency', '某区教育局', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as { report: { cells: Record<string, number>; agency: string }; uncounted: { sheet: string; row: number; column: string }[] };
    expect(out.uncounted).toEqual([expect.objectContaining({ sheet: '登记台账', row: 7, column: '办理结果' })]);
    const c = out.report.cells;
    expect(c['t3.new.total']).toBe(3);
    expect(c['t3.carried.natural']).toBe(1);
    expect(c['t3.granted.natural']).toBe(1);
    expect(c['t3.denied.third_party.commercial']).toBe(1);
    expect(c['t3.unable.not_held.natural']).toBe(1);
    expect(c['t3.forward.legal']).toBe(1);
    expect(c['t4.review.upheld']).toBe(1);
    expect(c['t4.suit_after_review.pending']).toBe(1);
    expect(r.out + r.err).not.toMatch(/张三丰|某某科技|李四光|王律师|赵钱孙/);
  });

  it('counts the same register saved by LibreOffice Calc as .xls and .ods, and an .xls renamed .et as WPS names it', async () => {
    const xlsx = readFileSync(await workbook());
    const [xls] = await convertManyWithLibreOffice([{ data: xlsx, name: '台账97.xlsx' }], 'xls');
    const [ods] = await convertManyWithLibreOffice([{ data: xlsx, name: '台账ods.xlsx' }], 'ods');
    const first = await runCli('tally', join(dir, '台账.xlsx'), '--year', '2025', '--agency', '甲', '--json');
    const expected = (JSON.parse(first.out) as { report: { cells: unknown } }).report.cells;
    for (const [name, data] of [
      ['台账.xls', xls],
      ['台账.et', xls],
      ['台账.ods', ods],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, data ?? Buffer.alloc(0));
      const r = await runCli('tally', path, '--year', '2025', '--agency', '甲', '--json');
      expect(r.code, `${name}: ${r.err}`).toBe(1);
      const out = JSON.parse(r.out) as { report: { cells: unknown }; uncounted: { row: number }[] };
      expect(out.report.cells, name).toEqual(expected);
      expect(
        out.uncounted.map((u) => u.row),
        name,
      ).toEqual([7]);
    }
  }, 120_000);

  it('reads a GBK .csv and --into keeps the rest of the report', async () => {
    const path = join(dir, 'reg.csv');
    // 收到日期,申请人类型,申请人姓名,答复日期,办理结果 and one row, saved in GBK as Excel does on a Chinese PC.
    const gbk = Buffer.from(readFileSync(new URL('../../fixtures/tally/gbk.csv', import.meta.url)));
    writeFileSync(path, gbk);
    const into = join(dir, 'into.json');
    const report = {
      schemaVersion: 1,
      format: 'gip-2021',
      year: 2025,
      agency: '某局',
      agencyKind: 'department',
      sections: { preface: [], overview: [{ kind: 'paragraph', runs: [{ text: '保留的正文' }] }], problems: [], other: [] },
      cells: { 't2.rules.issued': 3 },
    };
    writeFileSync(into, JSON.stringify(report));
    const out = join(dir, 'out.json');
    const r = await runCli('tally', path, '--year', '2025', '--into', into, '--out', out);
    expect(r.err).not.toMatch(/张三/);
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as typeof report & { cells: Record<string, number> };
    expect(written.cells['t2.rules.issued']).toBe(3);
    expect(written.cells['t3.granted.natural']).toBe(1);
    expect(written.sections.overview).toEqual(report.sections.overview);
  });

  it('refuses a file that is no register in one Chinese sentence', async () => {
    const path = join(dir, 'notes.csv');
    writeFileSync(path, '姓名,电话\r\n张三,123\r\n');
    const r = await runCli('tally', path, '--year', '2025');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/找不到台账的表头/);
    expect(r.err).not.toMatch(/张三|Error|at /);
  });
});
