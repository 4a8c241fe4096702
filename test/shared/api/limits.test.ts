/**
 * Payload limits at the IPC boundary: sizes no real report reaches are refused with one Chinese sentence naming
 * the place, before any service runs; the largest real report passes.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../../main/services/api-dispatch';
import { MAX_DEPTH, MAX_LIST_ITEMS, MAX_RECORD_ENTRIES, MAX_TEXT_CHARS, reportSizeProblem } from '../../../shared/api/limits';
import type { Block } from '../../../shared/model';
import { FIXTURES, loadFixture, makeReport } from '../../helpers/reports';
import { testServices } from '../../helpers/services';

async function setup() {
  const { api, library, dir } = await testServices(mkdtempSync(join(tmpdir(), 'nianbao-limits-')));
  return { api, library, dir: join(dir, 'data') };
}

const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

describe('payload limits', () => {
  it('100 000 paragraphs are refused in Chinese, naming the section, and nothing is written', async () => {
    const { api, dir, library } = await setup();
    const report = makeReport('gip-2021');
    const huge = { ...report, sections: { ...report.sections, overview: Array.from({ length: 100_000 }, () => para('段落')) } };
    const r = await dispatchApiCall(api, 'createReport', [huge]);
    expect(r).toEqual({
      ok: false,
      message: `年报内容超出上限：正文“一、总体情况”有 100 000 项（上限 ${MAX_LIST_ITEMS.toLocaleString('en-US').replace(/,/g, ' ')}），请检查是否误粘贴了大量内容`,
    });
    expect(library.list()).toEqual([]);
    expect(readdirSync(join(dir, 'reports'))).toEqual([]);
  });

  it('a 5 MB string is refused wherever it is: a paragraph, the agency, an unknown field', async () => {
    const { api } = await setup();
    const big = '字'.repeat(5 * 1024 * 1024);
    const report = makeReport('gip-2021');
    const created = await dispatchApiCall(api, 'createReport', [report]);
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: string }).id : '';
    const inParagraph = { ...report, sections: { ...report.sections, problems: [para('正常'), para(big)] } };
    expect(await dispatchApiCall(api, 'saveReport', [id, inParagraph])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^年报内容超出上限：正文“.*存在的主要问题.*”第 2 段有 5 242 880 个字符（上限 20 000）/),
    });
    expect(await dispatchApiCall(api, 'saveReport', [id, { ...report, agency: big }])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^年报内容超出上限：机关名称有/),
    });
    expect(await dispatchApiCall(api, 'exportReport', [{ ...report, extra: { note: big } }, 'docx'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^年报内容超出上限：字段“extra\.note”有/),
    });
    expect(await dispatchApiCall(api, 'saveReport', [id, { ...report, acknowledgements: { k: { note: big } } }])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^年报内容超出上限：警告说明有/),
    });
    expect((await api.loadReport(id)).report).toEqual(report);
  });

  it('deep nesting and huge tables are refused without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(reportSizeProblem({ ...makeReport('gip-2021'), extra: deep })).toMatch(new RegExp(`嵌套超过 ${MAX_DEPTH} 层`));
    const cells = Object.fromEntries(Array.from({ length: MAX_RECORD_ENTRIES + 1 }, (_, i) => [`t2.x${i}`, 0]));
    expect(reportSizeProblem({ ...makeReport('gip-2021'), cells })).toMatch(/^年报内容超出上限：表格数据有/);
  });

  it('every real report, and text right at the limit, pass', () => {
    const names = readdirSync(join(FIXTURES, 'reports')).filter((n) => n.endsWith('.json'));
    expect(names.length).toBeGreaterThan(3);
    for (const n of names) expect(reportSizeProblem(loadFixture(n.replace(/\.json$/, ''))), n).toBeNull();
    const report = makeReport('gip-2021');
    expect(reportSizeProblem({ ...report, sections: { ...report.sections, overview: [para('字'.repeat(MAX_TEXT_CHARS))] } })).toBeNull();
  });
});
