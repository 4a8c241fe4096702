/**
 * Packaging: electron-builder's configuration names the installers we ship, and `electron-builder --dir` (with a
 * stub Electron distribution, since the real one cannot be downloaded here) produces an app.asar that holds the
 * main and preload bundles, the renderer and the assets, and no tests, sources or node_modules.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();

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
    writeFileSync(join(dist, 'electron'), '#!/bin/sh\nexit 0\n');
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
    expect(files.filter((f) => f.startsWith('/test') || f.startsWith('/node_modules') || f.startsWith('/shared') || f.startsWith('/main/') || f.endsWith('.ts') || f.endsWith('.tsx'))).toEqual([]);
  }, 200_000);
});
