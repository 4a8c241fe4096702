/** `nianbao export --html / --graphic`: the web page reads back through the importer, the 图解 is a PNG or a PDF. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/services/import/import-file';
import { fixturePath, loadFixture } from '../../helpers/reports';
import { runCli } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-publish-'));

const cli = runCli;

describe('nianbao export --html', () => {
  it.each(['杭州市科技局_2020', '淮安市人民政府_2024'])('%s: writes the web page, which imports back with every cell equal', async (name) => {
    const html = join(dir, `${name}.html`);
    const r = await cli('export', fixturePath(name), '--html', html);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`已导出：${html}`);
    const fixture = loadFixture(name);
    const { report } = await importFile(html);
    expect(report.cells).toEqual(fixture.cells);
    expect(report.format).toBe(fixture.format);
  });
});

describe('nianbao export --graphic', () => {
  it('writes the 图解 as a PNG at twice the page resolution', async () => {
    const png = join(dir, 'graphic.png');
    const r = await cli('export', fixturePath('淮安市人民政府_2024'), '--graphic', png);
    expect(r.code).toBe(0);
    const data = readFileSync(png);
    expect(data.subarray(1, 4).toString()).toBe('PNG');
    expect(data.readUInt32BE(16)).toBe(2160);
    expect(data.readUInt32BE(20)).toBeGreaterThan(2000);
  }, 60_000);

  it('writes the 图解 as a one-page PDF whose text carries the numbers', async () => {
    const pdf = join(dir, 'graphic.pdf');
    const r = await cli('export', fixturePath('淮安市人民政府_2024'), '--graphic', pdf);
    expect(r.code).toBe(0);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    const report = loadFixture('淮安市人民政府_2024');
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
    expect(text).toContain(String(report.cells['t3.new.total']));
  }, 60_000);

  it('adds the year-by-year trend from --prior reports', async () => {
    const pdf = join(dir, 'trend.pdf');
    const r = await cli('export', fixturePath('淮安市洪泽区人民政府_2024'), '--graphic', pdf, '--prior', fixturePath('淮安市洪泽区人民政府_2023'));
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toContain('近2年对比');
    expect(text).toContain('2023年');
    // Without a 图解, the year before still checks the report as the editor does (the draft decision).
    const lone = await cli(
      'export',
      fixturePath('淮安市洪泽区人民政府_2024'),
      '--html',
      join(dir, 'x.html'),
      '--prior',
      fixturePath('淮安市洪泽区人民政府_2023'),
    );
    expect(lone.code).toBe(0);
  }, 60_000);

  it('says which figures are blank and refuses a file that is neither PNG nor PDF', async () => {
    const bad = await cli('export', fixturePath('淮安市人民政府_2024'), '--graphic', join(dir, 'graphic.svg'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('图解只能导出为 .png 或 .pdf 文件');
    const partial = await cli('export', fixturePath('国家新闻出版署_2022_部分（仅表二）'), '--graphic', join(dir, 'partial.png'));
    expect(partial.code).toBe(0);
    expect(partial.err).toMatch(/图解中有 \d+ 项数字未填写，未画出/);
  }, 60_000);
});

describe('personal data and what is published', () => {
  it('refuses the web page, the 图解 and the 数据包 while a finding is unmasked, and writes them once the user vouches for each', async () => {
    const fixture = loadFixture('淮安市人民政府_2024');
    const withId = {
      ...fixture,
      sections: {
        ...fixture.sections,
        problems: [...fixture.sections.problems, { kind: 'paragraph' as const, runs: [{ text: '申请人（身份证号11010519491231002X）对答复不服。' }] }],
      },
    };
    const file = join(dir, 'with-id.json');
    writeFileSync(file, JSON.stringify(withId));
    for (const [flag, out] of [
      ['--html', 'p.html'],
      ['--graphic', 'p.png'],
      ['--kirogov', 'p.kirogov.zip'],
    ] as const) {
      const r = await cli('export', file, flag, join(dir, out));
      expect(r.code, flag).toBe(2);
      expect(r.err.trim()).toBe(
        `报告中有 1 处疑似个人信息未遮蔽（第一处：“五、存在的主要问题及改进情况”第${fixture.sections.problems.length + 1}段：疑似身份证号码“1＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊X”），网页版、图解和报送数据包不会带着它们导出；请先遮蔽，或核实可以公开后逐项确认（命令行用 --publish-personal）`,
      );
      expect(existsSync(join(dir, out))).toBe(false);
    }
    // Word and PDF are the office's own drafts for sign-off: not held back.
    expect((await cli('export', file, '--docx', join(dir, 'p.docx'))).code).toBe(0);
    const vouched = await cli('export', file, '--html', join(dir, 'p.html'), '--publish-personal');
    expect(vouched.code).toBe(0);
    expect(readFileSync(join(dir, 'p.html'), 'utf8')).toContain('11010519491231002X');
  }, 60_000);
});
