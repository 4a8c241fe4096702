/**
 * What the command line refuses, each with exit 2 and one Chinese line: outputs that would replace an input or
 * have the wrong extension, unreadable inputs, a missing browser, malformed options and extra arguments.
 */
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { fixturePath } from '../../helpers/reports';
import { runCli } from '../../helpers/cli';

/** Reading a file whose name holds this is refused as a locked-down file is (root ignores chmod, so it is simulated). */
const UNREADABLE = 'unreadable-by-me';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const readFile = ((path: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
    if (String(path).includes(UNREADABLE))
      return Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' }));
    return (real.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof real.readFile;
  return { ...real, readFile, default: { ...real, readFile } };
});

const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-refusals-'));
const report = join(dir, 'r.json');
copyFileSync(fixturePath('淮安市人民政府_2024'), report);
const original = readFileSync(report, 'utf8');

const cli = runCli;

/** Exit 2, nothing on stdout, one Chinese line on stderr without English words or a stack. */
async function refused(args: string[], pattern: RegExp): Promise<void> {
  const r = await cli(...args);
  expect(r.code, args.join(' ')).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
  expect(r.err).toMatch(pattern);
  expect(
    r.err.replace(
      /[\w./\\:-]*[/\\][\w./\\:-]*|--?[\w-]+|\.\w+|nianbao|check|import|export|new|REPORT\.json|FILE|NIANBAO_CHROMIUM|PDF|Chromium|Edge|Chrome/g,
      '',
    ),
  ).not.toMatch(/[A-Za-z]{3,}/);
}

afterEach(() => {
  delete process.env.NIANBAO_CHROMIUM;
});

describe('outputs that would replace an input', () => {
  it('export REPORT.json --docx REPORT.json is refused and the report is untouched', async () => {
    await refused(['export', report, '--docx', report], /--docx .*输出文件应以 \.docx 结尾/);
    await refused(['export', report, '--pdf', report], /输出文件应以 \.pdf 结尾/);
    await refused(['export', report, '--docx', join(dir, 'out.pdf')], /应以 \.docx 结尾/);
    expect(readFileSync(report, 'utf8')).toBe(original);
  });

  it('new --from P.json --out P.json is refused, also through another spelling of the path or a link', async () => {
    await refused(['new', '--from', report, '--year', '2025', '--out', report], /就是输入文件.*会覆盖/);
    await refused(
      ['new', '--from', report, '--year', '2025', '--out', join(dir, '.', '..', 'nianbao-cli-refusals-x', '..', dir.split(/[/\\]/).pop() ?? '', 'r.json')],
      /就是输入文件/,
    );
    const link = join(dir, 'link.json');
    symlinkSync(report, link);
    await refused(['new', '--from', report, '--year', '2025', '--out', link], /就是输入文件/);
    await refused(['new', '--from', report, '--year', '2025', '--out', join(dir, 'new.docx')], /应以 \.json 结尾/);
    expect(readFileSync(report, 'utf8')).toBe(original);
  });

  it('import R.json --out R.json is refused; a different .json is written', async () => {
    await refused(['import', report, '--out', report], /就是输入文件/);
    await refused(['import', report, '--out', join(dir, 'x.txt')], /应以 \.json 结尾/);
    const out = join(dir, 'copy.json');
    expect((await cli('import', report, '--out', out)).code).toBe(0);
    expect(readFileSync(report, 'utf8')).toBe(original);
  });
});

describe('inputs and tools that cannot be used', () => {
  it('an unreadable input (EACCES) is one Chinese sentence naming the file', async () => {
    const locked = join(dir, `${UNREADABLE}.json`);
    writeFileSync(locked, original);
    await refused(['check', locked], new RegExp(`^没有权限读取文件：.*${UNREADABLE}\\.json`));
    await refused(['import', locked], /^没有权限读取文件/);
    await refused(['new', '--from', locked, '--year', '2025'], /^没有权限读取文件/);
  });

  it("a browser that is not there, or does not start, is said in Chinese instead of Playwright's English", async () => {
    process.env.NIANBAO_CHROMIUM = join(dir, 'no-such-browser');
    await refused(['export', report, '--pdf', join(dir, 'a.pdf')], /^环境变量 NIANBAO_CHROMIUM 指定的浏览器 .*no-such-browser 不存在/);
    const notABrowser = join(dir, 'not-a-browser.sh');
    writeFileSync(notABrowser, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    process.env.NIANBAO_CHROMIUM = notABrowser;
    await refused(['export', report, '--pdf', join(dir, 'b.pdf')], /^无法启动浏览器 .*not-a-browser\.sh 生成 PDF/);
  }, 60_000);
});

describe('options and arguments', () => {
  it('--version prints the version', async () => {
    const r = await cli('--version');
    expect(r).toEqual({ code: 0, out: `${packageJson.version}\n`, err: '' });
  });

  it('--json=yes is refused with how to write it', async () => {
    await refused(['check', report, '--json=yes'], /^选项 --json 不带取值，请只写 --json/);
    await refused(['export', report, '--docx', join(dir, 'c.docx'), '--no-signoff=1'], /^选项 --no-signoff 不带取值/);
    await refused(['check', report, '--prior'], /^选项 --prior 后面缺少取值/);
  });

  it('extra positional arguments are refused instead of ignored', async () => {
    await refused(['check', report, report], /^check 命令只接受一个文件 REPORT\.json，多出了/);
    await refused(['export', report, join(dir, 'd.docx')], /^export 命令只接受一个文件/);
    await refused(['import', report, '第二个.json'], /^import 命令只接受一个文件 FILE，多出了“第二个\.json”/);
    await refused(['new', report, '--from', report, '--year', '2025'], /^new 命令不接受文件参数/);
  });
});
