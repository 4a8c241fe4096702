/** `npm run bench:tally`: a 10 000-row .xlsx register read and counted into tables 三 and 四 (target ≤ 1 s median). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tallyFiles } from '../../main/services/tally/tally-file';
import { median, row, timeAsync } from './measure';

const ROWS = 10_000;
const TYPES = ['自然人', '企业', '科研机构', '社会公益组织', '律师事务所', '其他组织'];
const OUTCOMES = [
  ['予以公开', ''],
  ['部分公开', ''],
  ['不予公开', '商业秘密'],
  ['无法提供', '信息不存在'],
  ['不予处理', '重复申请'],
  ['其他处理', '逾期不补正'],
];

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-tally-'));
try {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['某局政府信息公开申请登记台账']);
  ws.addRow(['编号', '收到日期', '申请人类型', '申请人', '申请内容', '答复日期', '办理结果', '理由']);
  for (let i = 0; i < ROWS; i++) {
    const received = new Date(Date.UTC(2025, i % 12, 1 + (i % 27)));
    const answered = i % 9 === 0 ? null : new Date(received.getTime() + (5 + (i % 20)) * 86_400_000);
    const [outcome, reason] = OUTCOMES[i % OUTCOMES.length] ?? ['予以公开', ''];
    ws.addRow([`2025-${i}`, received, TYPES[i % TYPES.length], `申请人${i}`, '某项政府信息', answered, answered ? outcome : '', answered ? reason : '']);
  }
  ws.getColumn(2).numFmt = 'yyyy-mm-dd';
  ws.getColumn(6).numFmt = 'yyyy-mm-dd';
  const path = join(dir, '台账.xlsx');
  await wb.xlsx.writeFile(path);
  const before = process.memoryUsage().rss;
  let counted = 0;
  const times = await timeAsync(5, async () => {
    const { tally } = await tallyFiles(path, undefined, { year: 2025, asOf: '2026-03-31' });
    counted = tally.counted.applications;
  });
  const rss = process.memoryUsage().rss;
  console.log(`台账 ${ROWS} 行，统计 ${counted} 件`);
  console.log(row(`${ROWS}-row .xlsx register read and counted (median of ${times.length})`, median(times), '≤ 1000 ms'));
  console.log(
    `memory: rss ${(rss / 1024 / 1024).toFixed(0)} MB (before counting ${(before / 1024 / 1024).toFixed(0)} MB), heap used ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
