/**
 * Packaging: electron-builder's configuration names the installers we ship, and `electron-builder --dir` (with a
 * stub Electron distribution, since the real one cannot be downloaded here) produces an app.asar that holds the
 * main and preload bundles, the renderer and the assets, and no tests, sources or node_modules; the packed binary's
 * fuses, read back with @electron/fuses, are those of the security checklist.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();

/**
 * A stand-in for the Electron binary that carries a fuse wire as the real one does: the sentinel, wire version 1,
 * the wire's length, then one byte per fuse with Electron's defaults ('1' on, '0' off) in FuseV1Options order.
 */
function stubElectronBinary(): Buffer {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const defaults = '101100011'; // RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, ASAR integrity off, only-ASAR off, V8 snapshot off, file:// privileges on, WASM trap handlers on
  return Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 0\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, defaults.length]),
    Buffer.from(defaults),
    Buffer.from('\n'),
  ]);
}

describe('electron-builder', () => {
  it('is configured for 年报编制助手: Windows NSIS and portable, Linux AppImage and deb', () => {
    const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^productName: 年报编制助手$/m);
    for (const target of ['nsis', 'portable', 'AppImage', 'deb']) expect(yml).toMatch(new RegExp(`^\\s+- ${target}$`, 'm'));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; dependencies?: Record<string, string> };
    expect(pkg.main).toBe('out/main.cjs');
    // Everything the app runs is bundled; nothing from node_modules needs to ship.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
  });

  it('packages an app.asar with main, preload, renderer and assets, and no tests or sources', async () => {
    const work = mkdtempSync(join(tmpdir(), 'nianbao-pack-'));
    const dist = join(work, 'electron-dist');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dist);
    writeFileSync(join(dist, 'electron'), stubElectronBinary());
    chmodSync(join(dist, 'electron'), 0o755);
    writeFileSync(join(dist, 'version'), '45.5.0');
    const out = join(work, 'release');
    await run(
      join(root, 'node_modules', '.bin', 'electron-builder'),
      ['--dir', '--linux', `-c.electronDist=${dist}`, '-c.electronVersion=45.5.0', `-c.directories.output=${out}`],
      { cwd: root, env: { ...process.env, CI: 'true' }, timeout: 180_000 },
    );
    const { stdout } = await run(join(root, 'node_modules', '.bin', 'asar'), ['list', join(out, 'linux-unpacked', 'resources', 'app.asar')]);
    const files = stdout.split('\n').filter(Boolean);
    for (const f of ['/package.json', '/out/main.cjs', '/out/preload.cjs', '/out/renderer/index.html', '/assets/fontconfig/65-nianbao-official-fonts.conf']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('/out/renderer/assets/') && f.endsWith('.js'))).toBe(true);
    // Worker threads load their script from disk: the review worker sits unpacked beside app.asar.
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(out, 'linux-unpacked', 'resources', 'app.asar.unpacked', 'out', 'review-worker.cjs'))).toBe(true);
    expect(
      files.filter(
        (f) =>
          f.startsWith('/test') ||
          f.startsWith('/node_modules') ||
          f.startsWith('/shared') ||
          f.startsWith('/main/') ||
          f.endsWith('.ts') ||
          f.endsWith('.tsx'),
      ),
    ).toEqual([]);

    const wire = await getCurrentFuseWire(join(out, 'linux-unpacked', 'nianbao'));
    const fuse = (o: FuseV1Options) => wire[o];
    expect(fuse(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE);
    expect(fuse(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE);
    expect(fuse(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE);
    expect(fuse(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE);
    expect(fuse(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE);
    expect(fuse(FuseV1Options.EnableCookieEncryption)).toBe(FuseState.ENABLE);
    expect(fuse(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(FuseState.DISABLE);
    // Fuses not named in the configuration keep Electron's defaults.
    expect(fuse(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot)).toBe(FuseState.DISABLE);
  }, 200_000);
});
