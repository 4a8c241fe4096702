import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { RegisterStore } from '../../../../main/services/library/registers';
import { testServices } from '../../../helpers/services';
import { checkTables } from '../../../helpers/tally-rules';
import { blankApplication, emptyBook, type BookApplication, type RegisterBook } from '../../../../shared/tally';

const root = mkdtempSync(join(tmpdir(), 'nianbao-register-svc-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
const services = () => testServices(join(root, `case-${n++}`));

const target = { agency: '某区教育局', year: 2025, format: 'gip-2021' as const };

function application(over: Partial<BookApplication>): BookApplication {
  return { ...blankApplication(`a${Math.random()}`, '2025-03-02'), ...over };
}

function keptBook(): RegisterBook {
  const book = emptyBook(target.agency, 2025);
  book.applications.push(
    application({ number: '2025-001', received: '2025-03-14', answered: '2025-04-01', outcome: '（一）予以公开' }),
    application({
      number: '2025-002',
      received: '2025-05-06',
      applicantType: '商业企业',
      answered: '2025-05-20',
      outcome: '（三）不予公开：危及“三安全一稳定”',
    }),
    application({ number: '2024-088', received: '2024-12-20', answered: '2025-01-10', outcome: '（四）无法提供：本机关不掌握相关政府信息' }),
    application({ number: '2025-003', received: '2025-12-29', applicantType: '法律服务机构' }),
  );
  book.cases.push({ id: 'c1', number: 'F1', kind: '行政复议', afterReview: false, received: '2025-03-01', result: '纠正', resultDate: '2025-05-01' });
  return book;
}

describe('the register kept in the app (台账 page)', () => {
  it('is saved, reopened and counted into tables 三 and 四 through the same count as a file', async () => {
    const { api } = await services();
    await api.saveRegister(keptBook());
    const loaded = await api.loadRegister(' 某区 教育局 ', 2025);
    expect(loaded.applications.map((a) => a.number)).toEqual(['2025-001', '2025-002', '2024-088', '2025-003']);
    const t = await api.tallyKeptRegister(target);
    expect(t.tally?.uncounted).toEqual([]);
    const c = t.tally?.cells ?? {};
    expect(c['t3.new.total']).toBe(3);
    expect(c['t3.carried.natural']).toBe(1);
    expect(c['t3.granted.natural']).toBe(1);
    expect(c['t3.denied.safety.commercial']).toBe(1);
    expect(c['t3.unable.not_held.natural']).toBe(1);
    expect(c['t3.forward.legal']).toBe(1);
    expect(c['t4.review.corrected']).toBe(1);
    expect(c['t4.review.total']).toBe(1);
    expect(t.tally && checkTables(t.tally)).toEqual([]);
    expect(t.tally?.sources['t3.granted.natural']).toEqual([expect.objectContaining({ number: '2025-001', received: '2025-03-14', answered: '2025-04-01' })]);
  });

  it('exports as an .xlsx that counts and imports back to the same register', async () => {
    const { api } = await services();
    const book = keptBook();
    const out = await api.exportRegister(book);
    expect(out?.path).toMatch(/某区教育局2025年依申请公开登记台账\.xlsx$/);
    const data = new Uint8Array(readFileSync(out?.path ?? ''));
    const fromFile = await api.tallyRegister('台账.xlsx', data, target, {});
    await api.saveRegister(book);
    expect(fromFile.tally?.cells).toEqual((await api.tallyKeptRegister(target)).tally?.cells);
    const imported = await api.importRegister('台账.xlsx', data, target.agency, 2025);
    expect(imported.problems).toEqual([]);
    const strip = (b: RegisterBook) => ({ ...b, applications: b.applications.map(({ id: _id, ...a }) => a), cases: b.cases.map(({ id: _id, ...c }) => c) });
    expect(strip(imported.book)).toEqual(strip(book));
  });

  it('imports an office register without the applicant column, listing the rows whose dates it cannot read', async () => {
    const { api } = await services();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['序号', '申请日期', '申请人', '申请人类型', '答复日期', '答复结果']);
    ws.addRow([1, '2025年3月4日', '张三丰', '公民', '2025/3/20', '同意公开']);
    ws.addRow([2, '三月五日', '李四光', '公民', '', '']);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await api.importRegister('我的台账.xlsx', data, target.agency, 2025);
    expect(r.book.applications).toEqual([
      expect.objectContaining({ number: '1', received: '2025-03-04', applicantType: '公民', answered: '2025-03-20', outcome: '同意公开' }),
    ]);
    expect(r.problems).toEqual([expect.objectContaining({ sheet: '台账', row: 3, column: '收到日期', value: '三月五日' })]);
    expect(JSON.stringify(r)).not.toMatch(/张三丰|李四光/);
  });

  it('refuses an unreadable register file in one sentence and leaves it as it was', async () => {
    const { api, library } = await services();
    const store = await RegisterStore.open(library.dir);
    const path = store.pathOf(target.agency, 2025);
    writeFileSync(path, '{"version":1,"agency":"某区');
    await expect(api.loadRegister(target.agency, 2025)).rejects.toThrow(/^某区教育局 2025 年的台账文件 .+ 已损坏，未作改动；请从备份恢复该文件$/);
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,"agency":"某区');
  });
});

describe('the sample register in test/fixtures (the README points users to it)', () => {
  it("opens and counts with every row counted, last year's open applications carried and next January's answers carried forward", async () => {
    const { api } = await services();
    const data = new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/tally/示例台账.xlsx')));
    const r = await api.tallyRegister('示例台账.xlsx', data, { agency: '某市某区示例局', year: 2025, format: 'gip-2021' }, {});
    expect(r.tally?.uncounted).toEqual([]);
    const c = r.tally?.cells ?? {};
    expect([c['t3.new.total'], c['t3.carried.total'], c['t3.total.total'], c['t3.forward.total']]).toEqual([14, 2, 14, 2]);
    expect([c['t4.review.upheld'], c['t4.review.pending'], c['t4.suit_after_review.pending'], c['t4.review.total']]).toEqual([1, 1, 1, 2]);
    expect(r.tally?.overdue.map((o) => o.number)).toEqual(['2025-006', '2025-016']);
    expect(r.tally && checkTables(r.tally)).toEqual([]);
  });
});

describe('「从台账统计」in the app', () => {
  async function registerWith(header: string): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('登记');
    ws.addRow(['编号', header, '申请人姓名', '申请人类型', '办结日期', '处理结果']);
    ws.addRow(['A1', '2025-02-10', '王五', '企业', '2025-02-20', '予以公开']);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('names a missing column, counts once the user maps the header, and remembers the mapping for the agency', async () => {
    const { api } = await services();
    const data = await registerWith('来件时间');
    const unmapped = await api.tallyRegister('登记.xlsx', data, target, {});
    expect(unmapped).toMatchObject({ tally: null, problem: '登记.xlsx：工作表“登记”第1行的表头缺少“收到日期”列，无法统计（可在程序中把表头对应到这些列）' });
    expect(unmapped.layouts[0]?.columns.map((c) => [c.header, c.column])).toEqual([
      ['编号', 'number'],
      ['来件时间', null],
      ['申请人姓名', 'applicant'],
      ['申请人类型', 'applicantType'],
      ['办结日期', 'answered'],
      ['处理结果', 'outcome'],
    ]);
    const mapped = await api.tallyRegister('登记.xlsx', data, target, { ' 来件 时间 ': 'received' });
    expect(mapped.tally?.cells['t3.granted.commercial']).toBe(1);
    expect(mapped.layouts[0]?.columns.find((c) => c.header === '来件时间')?.column).toBe('received');
    // Next time (next year's register too) the agency's mapping is applied without asking.
    const again = await api.tallyRegister('登记.xlsx', data, { ...target, agency: '某区 教育局' }, {});
    expect(again.mapping).toEqual({ 来件时间: 'received' });
    expect(again.tally?.cells['t3.new.commercial']).toBe(1);
    expect(JSON.stringify([mapped, again])).not.toContain('王五');
    // Another agency's mapping is its own.
    expect((await api.tallyRegister('登记.xlsx', data, { ...target, agency: '某街道办事处' }, {})).problem).toContain('缺少“收到日期”列');
  });

  it('counts a value the office writes its own way once the user maps it to an official label, for that agency only', async () => {
    const { api } = await services();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('登记');
    ws.addRow(['收到日期', '申请人类型', '答复日期', '办理结果']);
    ws.addRow(['2025-02-10', '村民', '2025-02-20', '已提供']);
    ws.addRow(['2025-02-11', '村民', '2025-02-21', '已 提供']);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const first = await api.tallyRegister('登记.xlsx', data, target, {});
    expect(first.tally?.uncounted.map((u) => [u.row, u.column, u.value])).toEqual([
      [2, '申请人类型', '村民'],
      [3, '申请人类型', '村民'],
    ]);
    await api.rememberValues(target.agency, { applicantType: { 村民: '自然人' }, outcome: {} });
    const second = await api.tallyRegister('登记.xlsx', data, target, {});
    expect(second.tally?.uncounted.map((u) => [u.row, u.column, u.value])).toEqual([
      [2, '办理结果', '已提供'],
      [3, '办理结果', '已 提供'],
    ]);
    await api.rememberValues(target.agency, { applicantType: {}, outcome: { 已提供: '（一）予以公开' } });
    const third = await api.tallyRegister('登记.xlsx', data, target, {});
    expect(third.tally?.uncounted).toEqual([]);
    expect(third.tally?.cells['t3.granted.natural']).toBe(2);
    expect(third.values).toEqual({ applicantType: { 村民: '自然人' }, outcome: { 已提供: '（一）予以公开' } });
    // A mapping can only name a row or column of the table: a label that is none is listed, not counted.
    await api.rememberValues(target.agency, { applicantType: {}, outcome: { 已提供: '随便' } });
    expect((await api.tallyRegister('登记.xlsx', data, target, {})).tally?.uncounted).toHaveLength(2);
    expect((await api.tallyRegister('登记.xlsx', data, { ...target, agency: '某街道办事处' }, {})).tally?.uncounted).toHaveLength(2);
  });

  it("keeps every agency's mappings when one agency maps more values than the file holds (the earliest give way)", async () => {
    const { api, library } = await services();
    await api.tallyRegister('登记.xlsx', await registerWith('来件时间'), { ...target, agency: '乙局' }, { 来件时间: 'received' });
    const many = (from: number) => Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`写法${from + i}`, '（一）予以公开']));
    await api.rememberValues('甲局', { applicantType: {}, outcome: many(0) });
    const after = await api.rememberValues('甲局', { applicantType: {}, outcome: many(300) });
    expect(Object.keys(after.outcome)).toHaveLength(500);
    expect(after.outcome['写法599']).toBe('（一）予以公开');
    const store = await RegisterStore.open(library.dir);
    expect(Object.keys((await store.values('甲局')).outcome)).toHaveLength(500);
    expect(await store.mapping('乙局')).toEqual({ 来件时间: 'received' });
  });

  it('says there is no register kept in the app yet, rather than counting zeros', async () => {
    const { api } = await services();
    await expect(api.tallyKeptRegister(target)).rejects.toThrow('本程序中还没有某区教育局 2025 年的台账；请在“台账”页登记申请，或选择台账文件');
  });
});
