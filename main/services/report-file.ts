/** Reading and writing report JSON files (the interchange form) with clear Chinese errors. */
import { readFile, stat } from 'node:fs/promises';
import { parseReportJson, type Report } from '../../shared/model';
import { UserError } from './errors';
import { writeFileDurable } from './library/durable-file';

/** Report files are small; anything larger is not one and is refused before it is read into memory. */
export const MAX_REPORT_JSON_BYTES = 20 * 1024 * 1024;

export async function readInputFile(path: string, maxBytes: number, expected = '一份年报'): Promise<Buffer> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new UserError(`${path}：不是文件`);
    size = s.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(readProblem(path, e));
  }
  if (size > maxBytes) {
    throw new UserError(`${path}：文件过大（${(size / 1024 / 1024).toFixed(1)} MB，上限 ${Math.round(maxBytes / 1024 / 1024)} MB），不像是${expected}`);
  }
  try {
    return await readFile(path);
  } catch (e) {
    // stat needs only the folder's permission; reading the file itself can still be refused.
    throw new UserError(readProblem(path, e));
  }
}

function readProblem(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `找不到文件：${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取文件：${path}`;
  if (code === 'EBUSY') return `文件 ${path} 正被其他程序占用，请关闭后重试`;
  if (code === 'EISDIR') return `${path}：不是文件`;
  if (code === 'ENOTDIR') return `找不到文件：${path}（路径中有一段不是文件夹）`;
  if (code === 'EMFILE' || code === 'ENFILE') return `打开的文件过多，暂时无法读取 ${path}，请稍后重试`;
  // Other system codes are the system's words, not the user's: the sentence says what failed and where.
  return `无法读取文件 ${path}，请确认文件存在且可以打开`;
}

export async function readReportFile(path: string): Promise<Report> {
  const data = await readInputFile(path, MAX_REPORT_JSON_BYTES);
  const result = parseReportJson(data.toString('utf8'));
  if (!result.ok) throw new UserError(`${path}：${result.error.message}`);
  return result.report;
}

export function reportToJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Writes an exported file (Word, PDF, web page, workbook), with one Chinese sentence when it cannot. The file
 * appears whole or not at all (written beside it, then renamed): Word, a sync client or a test
 * reading the folder never opens half a file, and a crash mid-write leaves the previous export in place.
 */
export async function writeOutputFile(path: string, data: Uint8Array): Promise<void> {
  try {
    await writeFileDurable(path, data, { syncDir: false });
  } catch (e) {
    throw new UserError(`无法写入 ${path}：${writeProblem(e)}`);
  }
}

function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  // Windows locks a file that Word, WPS or Excel has open.
  if (code === 'EBUSY' || code === 'EPERM') return '文件可能正在 Word、WPS 或 Excel 中打开，请关闭后重试';
  if (code === 'EACCES') return '没有写入这个文件夹的权限';
  if (code === 'ENOENT' || code === 'ENOTDIR') return '文件夹不存在';
  if (code === 'ENOSPC') return '磁盘空间已满';
  if (code === 'EISDIR') return '这是一个文件夹';
  if (code === 'EROFS') return '这个位置是只读的';
  if (code === 'ENAMETOOLONG') return '文件名或路径太长';
  return '写入失败，请换一个文件夹再试';
}
