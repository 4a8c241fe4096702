/** The command line as interchange.md §4 fixes it: output streams, exit codes, Chinese messages. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkReport, draftClause, draftReasons } from '../../../shared/checks';
import { FIXTURES, fixturePath, loadFixture } from '../../helpers/reports';
import { runCli } from '../../helpers/cli';
import { COMMANDS } from '../../../main/cli/commands';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));

const cli = runCli;

describe('nianbao check', () => {
  it('prints the two B3 errors of 洪泽 2023 in Chinese and exits 1', async () => {
    const r = await cli('check', fixturePath('淮安市洪泽区人民政府_2023'));
    expect(r.code).toBe(1);
    // the third is B5: the sub-items of its one-row （六） are not printed, so they are blank
    expect(r.out).toContain('错误 3 项');
    expect(r.out).toContain('[B3] 行政复议：结果维持+结果纠正+其他结果+尚未审结=11，总计填写为0，相差11');
    expect(r.out).toContain('[B3] 行政诉讼·复议后起诉');
    expect(r.err).toBe('');
  });

  it('prints one JSON object with --json', async () => {
    const r = await cli('check', fixturePath('淮安市洪泽区人民政府_2023'), '--json');
    const parsed = JSON.parse(r.out) as { ok: boolean; diagnostics: { rule: string; severity: string; cells: string[]; expected?: number }[] };
    expect(parsed.ok).toBe(false);
    const b3 = parsed.diagnostics.filter((d) => d.rule === 'B3');
    expect(b3[0]).toMatchObject({
      severity: 'error',
      expected: 11,
      actual: 0,
      cells: ['t4.review.total', 't4.review.upheld', 't4.review.corrected', 't4.review.other', 't4.review.pending'],
    });
  });

  it('gives the words of a text diagnostic as spans in --json (洪泽区 2024: （三） run into the paragraph before)', async () => {
    const r = await cli('check', fixturePath('淮安市洪泽区人民政府_2024'), '--json');
    const parsed = JSON.parse(r.out) as { diagnostics: { rule: string; blocks?: unknown[]; spans?: unknown[] }[] };
    const g10 = parsed.diagnostics.find((d) => d.rule === 'G10');
    expect(g10?.spans?.[0]).toEqual({ section: 'overview', index: 3, start: 0, end: 3 });
    expect(g10?.blocks?.[0]).toEqual({ section: 'overview', index: 3 });
  });

  it('exits 0 on a report without errors, and adds the cross-year rules with --prior', async () => {
    const prior = fixturePath('宿迁市_2023_全市汇总_仅表格');
    const ok = await cli('check', fixturePath('宿迁市_2024_全市汇总_仅表格'), '--prior', prior, '--json');
    const parsed = JSON.parse(ok.out) as { diagnostics: { rule: string }[] };
    expect(parsed.diagnostics.some((d) => d.rule === 'X1')).toBe(false);
    // A 2023 report that carried forward one application more than the 2024 report took over (natural persons 119
    // and total 122 for the 118 and 121 the 2024 report carries over): only the cross-year rule can see it, so it
    // must appear with --prior and not without.
    const sq2024 = fixturePath('宿迁市_2024_全市汇总_仅表格');
    const other = join(dir, 'sq-2023-forward.json');
    const sq2023 = JSON.parse(readFileSync(prior, 'utf8')) as { cells: Record<string, number | null> };
    writeFileSync(other, JSON.stringify({ ...sq2023, cells: { ...sq2023.cells, 't3.forward.natural': 119, 't3.forward.total': 122 } }));
    type Checked = { diagnostics: { rule: string; cells: string[]; expected?: number; actual?: number | null }[] };
    const withPrior = await cli('check', sq2024, '--prior', other, '--json');
    const x1 = (JSON.parse(withPrior.out) as Checked).diagnostics.filter((d) => d.rule === 'X1');
    expect(x1).toEqual([
      expect.objectContaining({ cells: ['t3.carried.natural'], expected: 119, actual: 118 }),
      expect.objectContaining({ cells: ['t3.carried.total'], expected: 122, actual: 121 }),
    ]);
    const alone = await cli('check', sq2024, '--json');
    expect((JSON.parse(alone.out) as Checked).diagnostics.filter((d) => d.rule.startsWith('X'))).toEqual([]);
    const human = await cli('check', sq2024, '--prior', other);
    expect(human.out).toContain('[X1]');
    const clean = await cli('check', fixturePath('淮安市人民政府_2024'));
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('没有错误');
  });

  it('exits 2 with one Chinese line on stderr and nothing on stdout for unusable input', async () => {
    const badJson = join(dir, 'bad.json');
    writeFileSync(badJson, '{"schemaVersion": 1, "format": "gip-2021", ');
    const badSchema = join(dir, 'schema.json');
    writeFileSync(
      badSchema,
      JSON.stringify({ schemaVersion: 1, format: 'gip-2021', year: 2025, agency: 'X', agencyKind: 'department', cells: { 't3.new.total': 'x' } }),
    );
    for (const args of [
      ['check', join(dir, 'missing.json')],
      ['check', badJson],
      ['check', badSchema],
      ['check'],
      ['check', badJson, '--bogus'],
      ['frobnicate'],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await cli('check', badSchema)).err).toContain('cells["t3.new.total"]');
  });

  it('lists the commands with --help, every option the parser takes among them, and refuses what the table lacks', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('nianbao check REPORT.json [--prior PRIOR.json] [--json]');
    expect(r.out).toContain('nianbao import FILE');
    // The help is written from the table the parser reads: each command's options are in its usage lines.
    for (const c of COMMANDS) {
      const usage = r.out.slice(r.out.indexOf(`  nianbao ${c.name} `), r.out.indexOf('退出码', r.out.indexOf(`  nianbao ${c.name} `)));
      for (const o of c.options) expect(usage, `${c.name} --${o.name}`).toContain(`--${o.name}`);
    }
    expect((await cli('sum', 'a.json')).err.trim()).toBe('缺少参数：--agency NAME（见 nianbao --help）');
    expect((await cli('check', 'a.json', '--xlsx', 'b.xlsx')).err.trim()).toBe('check 命令不认识选项 --xlsx（见 nianbao --help）');
  });
});

describe('nianbao import', () => {
  it('writes the report JSON to --out and reports what it could not place on stderr', async () => {
    const out = join(dir, 'hz.json');
    const r = await cli('import', `${FIXTURES}samples/淮安市洪泽区人民政府_2023.txt`, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('其他法律行政止公开');
    const written = JSON.parse(readFileSync(out, 'utf8')) as { cells: Record<string, number | null>; importNotes?: { where: string; message: string }[] };
    expect(written.cells['t4.review.upheld']).toBe(10);
    // The same notes go into the file, for the editor to list until they are checked.
    expect(written.importNotes?.some((n) => n.message.includes('其他法律行政止公开'))).toBe(true);
  });

  it('exits 2 on a file that is no report', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, '会议纪要\n今天讨论了食堂的菜单。\n');
    const r = await cli('import', path);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
  });
});

describe('the installed bin', () => {
  it('runs through node and keeps stdout and stderr apart', async () => {
    const bin = join(process.cwd(), 'bin', 'nianbao.js');
    const ok = await run(process.execPath, [bin, 'check', fixturePath('淮安市人民政府_2024'), '--json']);
    expect(JSON.parse(ok.stdout).ok).toBe(true);
    const failed: { code?: number; stdout: string } = await run(process.execPath, [bin, 'check', fixturePath('淮安市洪泽区人民政府_2023')]).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('[B3]');
  });
});

describe('nianbao export', () => {
  it('writes DOCX and PDF of a report with errors, saying it is a draft and which fonts stand in', async () => {
    const docx = join(dir, 'hz.docx');
    const pdf = join(dir, 'hz.pdf');
    const r = await cli('export', fixturePath('淮安市洪泽区人民政府_2023'), '--docx', docx, '--pdf', pdf);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    // The reasons the editor gives before exporting, in the same words (shared/checks/draft.ts).
    const report = loadFixture('淮安市洪泽区人民政府_2023');
    expect(r.err).toContain(`注意：报告${draftClause(draftReasons(report, checkReport(report)))}，已按草稿导出，每页标有“草稿”，定稿前请改正`);
    expect(r.err).toContain(`已导出：${docx}`);
    expect(r.err).toContain(`已导出：${pdf}`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('exits 2 without an output file or with an unknown profile', async () => {
    expect((await cli('export', fixturePath('淮安市人民政府_2024'))).code).toBe(2);
    const bad = await cli('export', fixturePath('淮安市人民政府_2024'), '--docx', join(dir, 'x.docx'), '--profile', 'beijing');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('不认识的版式');
  });
});
