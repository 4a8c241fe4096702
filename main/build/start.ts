/**
 * `npm start`: finds Electron's runtime before anything else, builds, then starts the app. Electron's own launcher
 * downloads the runtime on first use and, where it cannot (an intranet PC), ends in an English stack trace; here
 * the user is told in Chinese what happened and the ways forward, and the exit code is non-zero.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ElectronLookup = { ok: true; path: string } | { ok: false; message: string };

export const WAYS_FORWARD = [
  '可以这样继续：',
  '  1. 使用打包好的安装版：在能联网的电脑上运行 npm run dist，把生成的安装程序拷到这台电脑安装；',
  '  2. 在能联网的电脑上下载与本程序相同版本的 Electron 并解压，拷到这台电脑，设置环境变量 ELECTRON_OVERRIDE_DIST_PATH 指向解压的文件夹后再运行 npm start；',
  '  3. 运行 npm run app:browser，在本机的 Chromium、Edge 或 Chrome 中使用同样的界面和数据。',
].join('\n');

/** The runtime's executable inside its folder, as Electron's own installer names it. */
function defaultBinary(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** The Electron release this checkout needs, as its package records it, for someone fetching it by hand. */
function neededRelease(packageDir: string, platform: NodeJS.Platform): string {
  let version: unknown;
  try {
    version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version?: unknown }).version;
  } catch {
    return '';
  }
  if (typeof version !== 'string') return '';
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  const os = platform === 'win32' ? 'win32' : platform === 'darwin' ? 'darwin' : 'linux';
  return `\n所需版本：Electron ${version}（发布页 https://github.com/electron/electron/releases/tag/v${version} 中的 electron-v${version}-${os}-${arch}.zip）`;
}

/**
 * Where Electron's runtime is, resolved as the `electron` package resolves it (path.txt, ELECTRON_OVERRIDE_DIST_PATH),
 * downloading it with the package's own installer when it is missing; never throws.
 */
export function locateElectron(
  packageDir: string,
  env: NodeJS.ProcessEnv,
  install: () => boolean,
  platform: NodeJS.Platform = process.platform,
): ElectronLookup {
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, recorded || defaultBinary(platform));
    if (existsSync(binary)) return { ok: true, path: binary };
    return {
      ok: false,
      message: `无法启动桌面程序：环境变量 ELECTRON_OVERRIDE_DIST_PATH 指向的文件夹 ${override} 中没有 Electron 程序 ${recorded || defaultBinary(platform)}，请确认它是解压好的 Electron 文件夹。\n${WAYS_FORWARD}${neededRelease(packageDir, platform)}`,
    };
  }
  const installed = () => {
    const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const binary = name ? join(packageDir, 'dist', name) : '';
    return binary && existsSync(binary) ? binary : null;
  };
  const present = installed();
  if (present) return { ok: true, path: present };
  const downloaded = install() ? installed() : null;
  if (downloaded) return { ok: true, path: downloaded };
  return {
    ok: false,
    message: `无法启动桌面程序：这台电脑上还没有 Electron 运行时，联网下载（约 100 MB，只需一次）也没有成功，可能是不能访问外网。\n${WAYS_FORWARD}${neededRelease(packageDir, platform)}`,
  };
}

/** Runs the electron package's installer quietly (its failure is an English stack); true when it succeeded. */
export function runElectronInstaller(packageDir: string): boolean {
  process.stderr.write('正在下载 Electron 运行时（约 100 MB，只需一次）……\n');
  const r = spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 15 * 60_000 });
  return r.status === 0;
}

async function main(): Promise<void> {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const lookup = locateElectron(packageDir, process.env, () => runElectronInstaller(packageDir));
  if (!lookup.ok) {
    process.stderr.write(`${lookup.message}\n`);
    process.exitCode = 1;
    return;
  }
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const { buildIfStale } = await import('./out-freshness');
  await buildIfStale(root);
  const child = spawn(lookup.path, [root], { stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
