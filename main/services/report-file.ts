/** Reading and writing report JSON files (the interchange form) with clear Chinese errors. */
import { readFile, stat } from 'node:fs/promises';
import { parseReportJson, type Report } from '../../shared/model';
import { UserError } from './errors';

/** Report files are small; anything larger is not one and is refused before it is read into memory. */
export const MAX_REPORT_JSON_BYTES = 20 * 1024 * 1024;

export async function readInputFile(path: string, maxBytes: number): Promise<Buffer> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new UserError(`${path}：不是文件`);
    size = s.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`找不到文件：${path}`);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`没有权限读取文件：${path}`);
    throw new UserError(`无法读取文件 ${path}：${(e as Error).message}`);
  }
  if (size > maxBytes) {
    throw new UserError(`${path}：文件过大（${(size / 1024 / 1024).toFixed(1)} MB，上限 ${Math.round(maxBytes / 1024 / 1024)} MB），不像是一份年报`);
  }
  return readFile(path);
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
