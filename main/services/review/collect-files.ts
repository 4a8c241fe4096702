/** The report files a reviewer's paths hold: folders are walked recursively, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const REVIEW_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.docx', '.doc', '.wps', '.pdf', '.json'];

export interface Collected {
  files: string[];
  /** paths that could not be read, each with one Chinese sentence */
  problems: { file: string; message: string }[];
}

/** Office lock files (~$报告.docx) and hidden files are never reports. */
function isCandidate(name: string): boolean {
  return !name.startsWith('~$') && !name.startsWith('.') && REVIEW_EXTENSIONS.includes(extname(name).toLowerCase());
}

export async function collectReviewFiles(paths: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const problems: Collected['problems'] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: dir, message: `${dir}：无法读取文件夹（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.')) await walk(p);
      } else if (e.isFile() && isCandidate(e.name)) add(p);
    }
  }
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      problems.push({ file: p, message: `找不到文件或文件夹：${p}` });
      continue;
    }
    // A file named explicitly is reviewed whatever its extension: the importer recognises it by content.
    if (s.isDirectory()) await walk(p);
    else add(p);
  }
  return { files, problems };
}
