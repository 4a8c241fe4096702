/**
 * bin/nianbao.js: runs the bundle when it is at least as new as every source, and the TypeScript sources
 * otherwise (a fresh clone before `npm install`'s prepare, a source edited since the last build).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundleCli } from '../../../main/build/bundle';
import { HELP } from '../../../main/cli/main';
import { makeReport } from '../../helpers/reports';

const run = promisify(execFile);
const bin = join(process.cwd(), 'bin', 'nianbao.js');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bin-'));

function nianbao(bundle: string, ...args: string[]) {
  return run(process.execPath, [bin, ...args], { env: { ...process.env, NIANBAO_CLI_BUNDLE: bundle } });
}

describe('bin/nianbao.js', () => {
  it('uses a bundle newer than the sources, and the sources when the bundle is older or missing', async () => {
    const fake = join(dir, 'fake.cjs');
    writeFileSync(fake, 'exports.main = async () => { process.stdout.write("来自打包文件\\n"); return 0; };');
    expect((await nianbao(fake, '--help')).stdout).toBe('来自打包文件\n');
    const old = new Date('2001-01-01');
    utimesSync(fake, old, old);
    expect((await nianbao(fake, '--help')).stdout).toBe(HELP);
    expect((await nianbao(join(dir, 'missing.cjs'), '--help')).stdout).toBe(HELP);
  });

  it('runs the real bundle, review workers included', async () => {
    const out = join(dir, 'out');
    await bundleCli(out);
    expect((await nianbao(join(out, 'cli.cjs'), '--help')).stdout).toBe(HELP);
    const reports = join(dir, 'reports');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(reports);
    // Enough files for the pool to start worker threads, which must load review-worker.cjs beside the bundle.
    for (const agency of ['某某县教育局', '某某县民政局', '某某县财政局', '某某县司法局', '某某县审计局'])
      writeFileSync(join(reports, `${agency}.json`), JSON.stringify({ ...makeReport('gip-2021'), agency }));
    const r = await nianbao(join(out, 'cli.cjs'), 'review', reports, '--json');
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 5, imported: 5, withErrors: 0 });
  }, 120_000);
});
