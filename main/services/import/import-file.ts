/**
 * Importing a file of any supported kind into a report. The reader is chosen by content first and extension
 * second, so a Word file renamed .txt is still read as Word, and a binary renamed .txt is refused.
 */
import { extname } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/api/limits';
import { parseReportJson } from '../../../shared/model';
import { assembleReport, importHtml, importText, ImportError, type ImportResult } from '../../../shared/import';
import { layoutPdf, textAmount } from '../../../shared/import/pdf-layout';
import { readPdfPages } from './pdf-text';
import { importDocx } from './docx-import';
import { importDoc } from './doc-import';
import { findAttachedReport } from '../export/pdf-embed';
import { decodeText } from '../../../shared/import/decode-text';
import { UserError } from '../errors';
import { readInputFile } from '../report-file';

export { MAX_IMPORT_BYTES };

export type SourceKind = 'json' | 'text' | 'html' | 'docx' | 'doc' | 'pdf';

export function sniffKind(data: Uint8Array, path: string): SourceKind {
  const ext = extname(path).toLowerCase();
  if (data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46) return 'pdf';
  // Word files are recognised by their zip or OLE signature, whatever their name says.
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return 'doc';
  if ((data[0] === 0x50 && data[1] === 0x4b) || ext === '.docx') return 'docx';
  if (ext === '.doc' || ext === '.wps') return 'doc';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(data.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (ext === '.json' || head.startsWith('{')) return 'json';
  if (ext === '.html' || ext === '.htm' || /^<(!doctype html|html|head|body|meta|div|p|table)\b/i.test(head)) return 'html';
  return 'text';
}

export async function importBuffer(data: Uint8Array, path: string): Promise<ImportResult> {
  const kind = sniffKind(data, path);
  try {
    if (kind === 'docx') return await importDocx(data, path);
    if (kind === 'doc') return await importDoc(data, path);
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

/**
 * Our own PDFs carry the report and are read back losslessly; any other PDF with a text layer (Word's or WPS's
 * 另存为 PDF, a browser's print) is rebuilt from its text and ruling lines.
 */
async function importPdf(data: Uint8Array, path: string): Promise<ImportResult> {
  let attached: string | null = null;
  try {
    attached = await findAttachedReport(data);
  } catch {
    // A PDF pdf-lib cannot open may still be readable by pdf.js; it says so if not.
  }
  if (attached) {
    const r = parseReportJson(attached);
    if (r.ok) return { report: r.report, warnings: [] };
  }
  const pages = await readPdfPages(data, path);
  if (textAmount(pages) < 20) {
    throw new UserError(`${path}：这个 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字；请导入同一报告的 Word、网页版本或可复制文字的 PDF`);
  }
  const imported = assembleReport(layoutPdf(pages));
  if (attached) imported.warnings.unshift({ where: path, message: 'PDF 内嵌的年报数据无法读取，已按页面上的表格和文字导入' });
  return imported;
}
