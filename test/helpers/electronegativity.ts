/**
 * Electronegativity (Doyensec's Electron security scanner) over the app's source tree: the Electron shell, the
 * renderer with its HTML and the shared code, together, so the global checks (navigation limits, permission
 * handler, CSP) see the whole app. Used by test/main/electron/electronegativity.slow.test.ts and `npm run electronegativity`.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScanIssue {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  manualReview: boolean;
}

export interface ScanResult {
  issues: ScanIssue[];
  /** files the scanner could not parse: each would hide findings */
  errors: string[];
  checks: number;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview?: boolean;
}
type Runner = (options: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: { file: string }[]; globalChecks: number; atomicChecks: number }>;

export async function scanApp(root = process.cwd()): Promise<ScanResult> {
  const tree = mkdtempSync(join(tmpdir(), 'nianbao-electronegativity-'));
  for (const part of ['main', 'shared', 'renderer/src', 'renderer/index.html', 'package.json']) cpSync(join(root, part), join(tree, part), { recursive: true });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const electronVersion = (pkg.devDependencies.electron ?? '').replace(/^[^\d]*/, '');
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity') as Runner;
  // The scanner logs progress and an update check; its result is what counts.
  const log = console.log;
  console.log = () => undefined;
  try {
    const r = await run({ input: tree, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] });
    return {
      issues: r.issues.map((i) => ({
        id: i.id,
        severity: i.severity.name,
        confidence: i.confidence.name,
        file: i.file,
        line: i.location.line,
        manualReview: i.manualReview === true,
      })),
      errors: r.errors.map((e) => e.file),
      checks: r.globalChecks + r.atomicChecks,
    };
  } finally {
    console.log = log;
  }
}
