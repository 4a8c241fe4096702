/** Reading and writing report JSON files (the interchange form) with clear Chinese errors. */
import { readFile, stat } from 'node:fs/promises';
import { parseReportJson, type Report } from '../../shared/model';
import { UserError } from './errors';
import { readProblem, writeProblem } from './file-problems';
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
