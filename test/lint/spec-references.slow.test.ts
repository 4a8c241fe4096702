/**
 * The sources cite the specifications by path and section (`docs/spec/checks.md`, `docs/spec/formats.md §§3–6`):
 * every cited file exists in docs/spec/, none is cited by the old paths (`spec/…`, `../shared/spec/…`), and every
 * section after a `§` is a heading of the file it names. The specs number their headings (`## 3.`, `### 3.1` in
 * formats, interchange and layout; `## A.` … `## K.` in checks), so the sections can be checked exactly. Every rule
 * of the catalogue in shared/checks/rules.ts is named in checks.md, or listed below with the reason it is not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../shared/checks/rules';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SPEC_DIR = join(root, 'docs/spec');
/** The runtime folders whose sources are scanned. */
const SCANNED = ['shared', 'main', 'renderer'];

/**
 * Rules the project added to the catalogue without an id of checks.md. checks.md §K ends: "Profiles (P1) may add: a
 * maximum length of 一、总体情况 …, required statements, the publication deadline" but gives those additions no id;
 * the app checks them as G15 and G16 (shared/checks/profile-rules.ts, the figures in shared/profiles.ts).
 */
const PROJECT_RULES: Readonly<Record<string, string>> = {
  G15: 'the P1 length limit of 一、总体情况 (checks.md §K names it, without an id)',
  G16: 'the P1 required statements (checks.md §K names them, without an id)',
};

/** The section ids of one spec: `## 3. …` → 3, `### 3.1 …` → 3.1, `## A. …` → A. */
function headings(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const line of markdown.split('\n')) {
    const m = /^#{2,6}\s+(\d+(?:\.\d+)*|[A-Z])\.?\s/.exec(line);
    if (m?.[1]) ids.add(m[1]);
  }
  return ids;
}

/** Each spec file of docs/spec/ (`checks.md` …) with its section ids. */
function readSpecs(): Map<string, Set<string>> {
  const specs = new Map<string, Set<string>>();
  for (const name of readdirSync(SPEC_DIR).filter((n) => n.endsWith('.md'))) specs.set(name, headings(readFileSync(join(SPEC_DIR, name), 'utf8')));
  return specs;
}

interface SpecReference {
  file: string;
  line: number;
  /** the reference as written, e.g. `docs/spec/formats.md §§3–6` */
  text: string;
}
interface Finding extends SpecReference {
  problem: string;
}

const SECTION = String.raw`(?:\d+(?:\.\d+)*|[A-Z](?![A-Za-z]))`;
const SECTIONS = String.raw`§§?${SECTION}(?:[–-]${SECTION})?`;
/**
 * A markdown file named with an optional path and optional sections: `spec/checks.md`, `../shared/spec/layout.md §3`,
 * `interchange.md §4, §6`. Groups: the path before the name, the name, the sections.
 */
const REFERENCE = new RegExp(String.raw`(?<![\w./-])((?:[\w.-]+/)*)([\w-]+\.md)((?:\s*${SECTIONS}(?:\s*(?:,|、|and)\s*${SECTIONS})*)?)`, 'g');

/** The section ids a `§` list names: `§§3–6` → 3, 4, 5, 6; `§B, §C` → B, C; `§3.1` → 3.1. */
function sectionIds(sections: string): string[] {
  const ids: string[] = [];
  for (const [, from, to] of sections.matchAll(new RegExp(`§§?(${SECTION})(?:[–-](${SECTION}))?`, 'g'))) {
    if (!from) continue;
    if (to && /^\d+$/.test(from) && /^\d+$/.test(to)) for (let n = Number(from); n <= Number(to); n++) ids.push(String(n));
    else ids.push(from, ...(to ? [to] : []));
  }
  return ids;
}

/**
 * The problems of the spec references in one source text. A path ending in `spec/NAME.md` must be `docs/spec/NAME.md`
 * and name a file of `specs`; a spec named without a path (`interchange.md §6`, common in comments) is checked for
 * its sections only. Other markdown files, and a bare README.md, are not spec references.
 */
function scanSpecReferences(
  file: string,
  source: string,
  specs: ReadonlyMap<string, ReadonlySet<string>>,
): { references: SpecReference[]; findings: Finding[] } {
  const references: SpecReference[] = [];
  const findings: Finding[] = [];
  for (const m of source.matchAll(REFERENCE)) {
    const [whole, path = '', name = '', sections = ''] = m;
    const isPath = path === 'spec/' || path.endsWith('/spec/');
    if (!isPath && (path !== '' || name === 'README.md' || !specs.has(name))) continue;
    const ref: SpecReference = { file, line: source.slice(0, m.index).split('\n').length, text: whole.trim() };
    references.push(ref);
    if (isPath && path !== 'docs/spec/') {
      findings.push({ ...ref, problem: `old path "${path}${name}": the specs are docs/spec/${name}` });
      continue;
    }
    const ids = specs.get(name);
    if (!ids) {
      findings.push({ ...ref, problem: `docs/spec/${name} does not exist` });
      continue;
    }
    for (const id of sectionIds(sections)) if (!ids.has(id)) findings.push({ ...ref, problem: `${name} has no section ${id}` });
  }
  return { references, findings };
}

/** The .ts and .tsx files under the scanned folders, repository-relative. */
function sourceFiles(): string[] {
  const files: string[] = [];
  for (const folder of SCANNED) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
      if (/\.tsx?$/.test(entry) && !entry.split(/[\\/]/).includes('node_modules'))
        files.push(
          relative(root, join(root, folder, entry))
            .split('\\')
            .join('/'),
        );
    }
  }
  return files.sort();
}

function scanTree(specs: ReadonlyMap<string, ReadonlySet<string>>): { references: SpecReference[]; findings: Finding[] } {
  const references: SpecReference[] = [];
  const findings: Finding[] = [];
  for (const file of sourceFiles()) {
    const result = scanSpecReferences(file, readFileSync(join(root, file), 'utf8'), specs);
    references.push(...result.references);
    findings.push(...result.findings);
  }
  return { references, findings };
}

const show = (findings: Finding[]) => findings.map((f) => `${f.file}:${f.line}: ${f.text}: ${f.problem}`);

describe('the specifications in docs/spec', () => {
  it('are the four spec files, each with numbered headings the section check can read', () => {
    for (const name of ['checks.md', 'formats.md', 'interchange.md', 'layout.md']) expect(existsSync(join(SPEC_DIR, name)), name).toBe(true);
    const specs = readSpecs();
    expect([...(specs.get('checks.md') ?? [])]).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']));
    expect([...(specs.get('formats.md') ?? [])]).toEqual(expect.arrayContaining(['1', '2', '2.1', '3', '3.1', '9', '10']));
    expect([...(specs.get('interchange.md') ?? [])]).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', '6', '7']));
    expect([...(specs.get('layout.md') ?? [])]).toEqual(expect.arrayContaining(['1', '2', '3', '4']));
  });
});

describe('source comments cite the specifications where they are', () => {
  const specs = readSpecs();
  const { references, findings } = scanTree(specs);

  it('finds the references of shared/, main/ and renderer/ (the scan is not vacuous)', () => {
    expect(references.filter((r) => r.text.startsWith('docs/spec/')).length).toBeGreaterThanOrEqual(10);
    expect(references.some((r) => r.text === 'docs/spec/formats.md §§3–6' && r.file === 'shared/formats/common.ts')).toBe(true);
  });

  it('every docs/spec/NAME.md names a file that exists in docs/spec', () => {
    expect(show(findings.filter((f) => f.problem.endsWith('does not exist')))).toEqual([]);
  });

  it('no reference uses the old paths spec/NAME.md or ../shared/spec/NAME.md', () => {
    expect(show(findings.filter((f) => f.problem.startsWith('old path')))).toEqual([]);
  });

  it('every section after § is a heading of the spec it names', () => {
    expect(show(findings.filter((f) => f.problem.includes('has no section')))).toEqual([]);
  });

  it('has no other finding', () => {
    expect(show(findings)).toEqual([]);
  });
});

describe('the scan catches what it is for', () => {
  const specs = readSpecs();
  const problems = (source: string) => scanSpecReferences('probe.ts', source, specs).findings.map((f) => f.problem);

  it('a path to a spec file that does not exist', () => {
    expect(problems('/** see docs/spec/tables.md */')).toEqual(['docs/spec/tables.md does not exist']);
  });

  it('the old paths, with or without ../shared/', () => {
    expect(problems('// the rules of spec/checks.md\n')).toEqual(['old path "spec/checks.md": the specs are docs/spec/checks.md']);
    expect(problems('/* ../shared/spec/layout.md §3 */')).toEqual(['old path "../shared/spec/layout.md": the specs are docs/spec/layout.md']);
  });

  it('a section that is not a heading, numbered or lettered, in a path or a bare name', () => {
    expect(problems('// docs/spec/formats.md §42')).toEqual(['formats.md has no section 42']);
    expect(problems('// docs/spec/formats.md §3.9')).toEqual(['formats.md has no section 3.9']);
    expect(problems('// docs/spec/checks.md §Z')).toEqual(['checks.md has no section Z']);
    expect(problems('// interchange.md §4, §8')).toEqual(['interchange.md has no section 8']);
    expect(problems('// docs/spec/layout.md §§3–6')).toEqual(['layout.md has no section 5', 'layout.md has no section 6']);
  });

  it('accepts the references as the sources write them, and ignores other markdown files', () => {
    const good = [
      '/** docs/spec/formats.md §§3–6. Full-width */',
      '// (docs/spec/checks.md P1): the thresholds',
      '// docs/spec/interchange.md §4. Exit 0',
      '// checks.md §B, §C and layout.md §3',
      '// formats.md §3.1; README.md §9; GB/T 9704-2012 §7.5',
    ];
    for (const line of good) expect(problems(line), line).toEqual([]);
  });
});

describe('the rule catalogue and checks.md', () => {
  const checks = readFileSync(join(SPEC_DIR, 'checks.md'), 'utf8');
  const named = (id: string) => new RegExp(`(?<![A-Za-z0-9])${id}(?![0-9])`).test(checks);

  it('every rule id of shared/checks/rules.ts is named in checks.md or listed as added by the project', () => {
    expect(RULE_IDS.filter((id) => !named(id) && !(id in PROJECT_RULES))).toEqual([]);
  });

  it('the list of project-added rules holds only catalogue rules that checks.md does not name', () => {
    const ids: readonly string[] = RULE_IDS;
    expect(Object.keys(PROJECT_RULES).filter((id) => !ids.includes(id) || named(id))).toEqual([]);
  });
});
