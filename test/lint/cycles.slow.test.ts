/** No two source files import each other, directly or round a loop (a type-only import counts). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFiles } from '../helpers/import-graph';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = ['shared', 'main', 'renderer/src'].flatMap((d) => sourceFiles(join(root, d)));

describe('the import graph', () => {
  it('has no cycle in shared/, main/ or renderer/', () => {
    expect(importCycles(importGraph(files)).map((g) => g.map((f) => f.slice(root.length)))).toEqual([]);
  });

  it('finds a purpose-made cycle: the model naming the profiles that name the model', () => {
    const report = join(root, 'shared/model/report.ts');
    const profiles = join(root, 'shared/profiles.ts');
    const probe = (f: string) =>
      f === profiles
        ? "import type { Report } from './model/report';\nexport type R = Report;\n"
        : f === report
          ? "import { PROFILE_IDS } from '../profiles';\nexport const p = PROFILE_IDS;\n"
          : '';
    expect(importCycles(importGraph([report, profiles], probe))).toEqual([[report, profiles].sort()]);
  });
});
