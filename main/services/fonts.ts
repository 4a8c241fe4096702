/**
 * Which of the layout's fonts this machine has. The official fonts (仿宋_GB2312, 方正小标宋简体 …) are on most office
 * PCs but not on every machine; when one is missing the next in the profile's list stands in, and the user is
 * told which.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FontRole, LayoutProfile } from '../../shared/layout';

const run = promisify(execFile);

const ROLE_LABEL: Readonly<Record<FontRole, string>> = {
  title: '标题',
  body: '正文',
  heading1: '一级标题',
  heading2: '二级标题',
  heading3: '三级标题',
  table: '表格',
  note: '表格注释',
  pageNumber: '页码',
  digits: '数字',
};

let cache: Promise<Set<string>> | null = null;

/** Font family names installed on this machine (fontconfig on Linux and macOS, the registry on Windows). */
export function installedFamilies(): Promise<Set<string>> {
  cache ??= (async () => {
    const names = new Set<string>();
    try {
      if (process.platform === 'win32') {
        const keys = ['HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts', 'HKCU\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts'];
        for (const key of keys) {
          const { stdout } = await run('reg', ['query', key], { windowsHide: true }).catch(() => ({ stdout: '' }));
          for (const line of stdout.split(/\r?\n/)) {
            const m = /^\s+(.+?)\s+REG_\w+\s/.exec(line);
            if (m?.[1]) for (const part of m[1].replace(/\s*\((TrueType|OpenType)\)\s*$/, '').split('&')) names.add(part.trim());
          }
        }
      } else {
        const { stdout } = await run('fc-list', [':', 'family'], { maxBuffer: 16 * 1024 * 1024 });
        for (const line of stdout.split('\n')) for (const part of line.split(',')) if (part.trim()) names.add(part.trim());
      }
    } catch {
      // No way to list fonts: say nothing rather than claim every font is missing.
    }
    return names;
  })();
  return cache;
}

export interface FontSubstitution {
  roles: FontRole[];
  roleLabels: string[];
  wanted: string;
  /** the family that stands in, or null when none of the list is installed */
  used: string | null;
}

export async function fontSubstitutions(p: LayoutProfile): Promise<FontSubstitution[]> {
  const have = await installedFamilies();
  if (have.size === 0) return [];
  const out: FontSubstitution[] = [];
  for (const role of Object.keys(p.fonts) as FontRole[]) {
    const list = p.fonts[role];
    const wanted = list[0];
    if (!wanted || have.has(wanted)) continue;
    const used = list.find((f) => have.has(f)) ?? null;
    const same = out.find((s) => s.wanted === wanted && s.used === used);
    if (same) {
      same.roles.push(role);
      same.roleLabels.push(ROLE_LABEL[role]);
    } else {
      out.push({ roles: [role], roleLabels: [ROLE_LABEL[role]], wanted, used });
    }
  }
  return out;
}

/**
 * What the substitutions mean, in one sentence for an office worker: the official fonts are missing here, the PDF
 * looks slightly different from the official document, the Word file is fine on a PC that has them.
 */
export function substitutionSummary(subs: readonly FontSubstitution[]): string | null {
  const wanted = [...new Set(subs.map((s) => s.wanted))];
  if (wanted.length === 0) return null;
  return `这台电脑缺少公文规定的 ${wanted.length} 种字体，导出时用相近的字体代替：PDF 和在本机打印的字形与正式公文略有不同，Word 文件在装有规定字体的电脑上打开会按规定显示`;
}

export function describeSubstitution(s: FontSubstitution): string {
  const roles = s.roleLabels.join('、');
  return s.used ? `字体“${s.wanted}”（${roles}）未安装，以“${s.used}”代替` : `字体“${s.wanted}”（${roles}）未安装，且没有可代替的字体，将使用系统默认字体`;
}
