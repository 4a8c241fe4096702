/**
 * `npm start` on a PC where Electron's runtime cannot be downloaded: a Chinese explanation with the ways forward
 * and a non-zero exit, instead of Electron's English stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { locateElectron, runElectronInstaller, WAYS_FORWARD } from '../../../main/build/start';

const run = promisify(execFile);

/** An `electron` package folder as npm leaves it when the postinstall download failed: no path.txt, no dist/. */
function brokenPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-electron-pkg-'));
  writeFileSync(
    join(dir, 'install.js'),
    "console.error('Error: getaddrinfo ENOTFOUND github.com\\n    at GetAddrInfoReqWrap.onlookup'); process.exitCode = 1;\n",
  );
  return dir;
}

describe('npm start without Electron’s runtime', () => {
  it('explains in Chinese that the download failed, with the three ways forward', () => {
    const pkg = brokenPackage();
    expect(runElectronInstaller(pkg)).toBe(false);
    const r = locateElectron(pkg, {}, () => runElectronInstaller(pkg), 'linux');
    expect(r.ok).toBe(false);
    const message = r.ok ? '' : r.message;
    expect(message.split('\n')[0]).toBe('无法启动桌面程序：这台电脑上还没有 Electron 运行时，联网下载（约 100 MB，只需一次）也没有成功，可能是不能访问外网。');
    expect(message).toContain(WAYS_FORWARD);
    for (const way of ['安装版', 'ELECTRON_OVERRIDE_DIST_PATH', 'npm run app:browser']) expect(message).toContain(way);
    expect(message).not.toMatch(/Error|ENOTFOUND|\bat /);
  });

  it('names the Electron release to fetch by hand, as the package records it', () => {
    const pkg = brokenPackage();
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.1.0' }));
    const r = locateElectron(pkg, {}, () => false, 'win32');
    expect(r.ok ? '' : r.message).toContain(
      '所需版本：Electron 45.1.0（发布页 https://github.com/electron/electron/releases/tag/v45.1.0 中的 electron-v45.1.0-win32-',
    );
  });

  it('names the folder when ELECTRON_OVERRIDE_DIST_PATH points where there is no Electron', () => {
    const pkg = brokenPackage();
    let installs = 0;
    const r = locateElectron(pkg, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/no-electron-here' }, () => ++installs > 0, 'win32');
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^无法启动桌面程序：环境变量 ELECTRON_OVERRIDE_DIST_PATH 指向的文件夹 \/opt\/no-electron-here 中没有 Electron 程序 electron\.exe/,
      ),
    });
    expect(installs).toBe(0);
  });

  it('uses the runtime where it is: an override folder, or the package’s dist without downloading again', () => {
    const pkg = brokenPackage();
    const unpacked = mkdtempSync(join(tmpdir(), 'nianbao-electron-dist-'));
    writeFileSync(join(unpacked, 'electron'), '');
    expect(locateElectron(pkg, { ELECTRON_OVERRIDE_DIST_PATH: unpacked }, () => false, 'linux')).toEqual({ ok: true, path: join(unpacked, 'electron') });
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    let installs = 0;
    expect(locateElectron(pkg, {}, () => ++installs > 0, 'linux')).toEqual({ ok: true, path: join(pkg, 'dist', 'electron') });
    expect(installs).toBe(0);
  });

  it('the script itself exits non-zero with the Chinese text on stderr and no stack', async () => {
    const failed: { code?: number; stdout: string; stderr: string } = await run(
      process.execPath,
      ['--import', 'tsx', join(process.cwd(), 'main', 'build', 'start.ts')],
      {
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'nianbao-no-electron') },
      },
    ).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^无法启动桌面程序：/);
    expect(failed.stderr).toContain('npm run app:browser');
    expect(failed.stderr).not.toMatch(/Error|\n\s+at /);
  });

  it('npm run app:browser, the way forward, says in Chinese when the browser does not start', async () => {
    const failed: { code?: number; stderr: string } = await run(process.execPath, ['--import', 'tsx', join(process.cwd(), 'main', 'browser', 'start.ts')], {
      env: { ...process.env, NIANBAO_CHROMIUM: '/bin/true', NIANBAO_DATA_DIR: mkdtempSync(join(tmpdir(), 'nianbao-browser-data-')) },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      '无法启动浏览器 /bin/true 打开年报编制助手；请确认它是能正常打开的 Chromium、Edge 或 Chrome，或用环境变量 NIANBAO_CHROMIUM 指定另一个浏览器\n',
    );
  }, 60_000);
});
