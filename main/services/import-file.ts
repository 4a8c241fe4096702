/**
 * Importing a file of any supported kind into a report. The reader is chosen by content first and extension
 * second, so a Word file renamed .txt is still read as Word, and a binary renamed .txt is refused.
 */
import { extname } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/api/limits';
import { parseReportJson } from '../../shared/model';
import { importHtml, importText, ImportError, type ImportResult } from '../../shared/import';
import { importDocx } from './docx-import';
import { findAttachedReport } from './export/pdf-embed';
import { decodeText } from './decode-text';
import { UserError } from './errors';
import { readInputFile } from './report-file';

export { MAX_IMPORT_BYTES };

export type SourceKind = 'json' | 'text' | 'html' | 'docx' | 'pdf';

export function sniffKind(data: Uint8Array, path: string): SourceKind {
  const ext = extname(path).toLowerCase();
  if (data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46) return 'pdf';
  // Word files are recognised by their zip or OLE signature, whatever their name says.
  if ((data[0] === 0x50 && data[1] === 0x4b) || (data[0] === 0xd0 && data[1] === 0xcf) || ext === '.docx') return 'docx';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (ext === '.json' || head.startsWith('{')) return 'json';
  if (ext === '.html' || ext === '.htm' || /^<(!doctype html|html|head|body|meta|div|p|table)\b/i.test(head)) return 'html';
  return 'text';
}

export async function importBuffer(data: Uint8Array, path: string): Promise<ImportResult> {
  const kind = sniffKind(data, path);
  try {
    if (kind === 'docx') return await importDocx(data, path);
    if (kind === 'pdf') return await importPdf(data, path);
    if (kind === 'html') return importHtml(decodeText(data, path));
    if (kind === 'json') {
      const r = parseReportJson(decodeText(data, path));
      if (!r.ok) throw new UserError(`${path}：${r.error.message}`);
      return { report: r.report, warnings: [] };
    }
    return importText(decodeText(data, path));
  } catch (e) {
    if (e instanceof ImportError) throw new UserError(`${path}：${e.message}`);
    throw e;
  }
}

export async function importFile(path: string): Promise<ImportResult> {
  const data = await readInputFile(path, MAX_IMPORT_BYTES);
  return importBuffer(data, path);
}

/** Only our own PDFs can be read back (they carry the report); a published PDF's text must be copied out first. */
async function importPdf(data: Uint8Array, path: string): Promise<ImportResult> {
  let attached: string | null;
  try {
    attached = await findAttachedReport(data);
  } catch (e) {
    throw new UserError(`${path}：PDF 文件已损坏或无法读取（${(e as Error).message}）`);
  }
  if (!attached) {
    throw new UserError(`${path}：这个 PDF 不是本程序导出的，无法直接导入；请在 PDF 阅读器中全选复制文字，保存为 .txt 后导入，或导入同一报告的 Word/网页版本`);
  }
  const r = parseReportJson(attached);
  if (!r.ok) throw new UserError(`${path}：PDF 中的年报数据无法读取：${r.error.message}`);
  return { report: r.report, warnings: [] };
}
