/**
 * Output paths of the command line: an output must have the extension of what is written into it and must not be
 * one of the inputs, so a slip of the keyboard (`export r.json --docx r.json`) never replaces a report.
 */
import { realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { UserError } from '../services/errors';

export type OutputKind = 'json' | 'docx' | 'pdf' | 'html' | 'xlsx' | 'zip';

/** The file a path names, through symbolic links when it exists, compared without case where the disk ignores it. */
function identity(path: string): string {
  let full = resolve(path);
  try {
    full = realpathSync.native(full);
  } catch {
    // Not there yet: it cannot be a link to an input.
  }
  return process.platform === 'win32' || process.platform === 'darwin' ? full.toLowerCase() : full;
}

export function checkOutputPath(option: string, out: string, kind: OutputKind, inputs: readonly string[]): void {
  if (extname(out).toLowerCase() !== `.${kind}`) throw new UserError(`${option} ${out}：输出文件应以 .${kind} 结尾（见 nianbao --help）`);
  const target = identity(out);
  const same = inputs.find((i) => identity(i) === target);
  if (same !== undefined) throw new UserError(`${option} ${out} 就是输入文件 ${same}，写入会覆盖它；请换一个输出文件名`);
}
