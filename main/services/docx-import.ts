/**
 * Reading a .docx from Word, WPS or LibreOffice: our own export's embedded report when present, otherwise the
 * visible document, turned into HTML by mammoth (merged cells, bold runs and images kept) for the HTML reader.
 */
import mammoth from 'mammoth';
import { importHtml, type ImportResult } from '../../shared/import';
import { parseReportJson } from '../../shared/model';
import { findEmbeddedReport } from './docx-embed';
import { UserError } from './errors';
import { assertZip, readZipEntries } from './zip-guard';

export async function importDocx(data: Uint8Array, name: string): Promise<ImportResult> {
  assertZip(data, name);
  const parts = readZipEntries(data, (n) => /^customXml\/item\d+\.xml$/.test(n) || n === 'word/document.xml');
  if (!parts['word/document.xml']) throw new UserError(`${name}：不是 Word 文档（缺少 word/document.xml）`);
  const embedded = findEmbeddedReport(parts);
  if (embedded) {
    const r = parseReportJson(embedded);
    if (r.ok) return { report: r.report, warnings: [] };
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(data) });
    html = result.value;
  } catch (e) {
    throw new UserError(`${name}：无法读取 Word 文档内容（${(e as Error).message}）`);
  }
  const imported = importHtml(html);
  if (embedded) imported.warnings.unshift({ where: name, message: '文档内嵌的年报数据无法读取，已按文档中可见的表格和文字导入' });
  return imported;
}
