/**
 * Reading a .docx from Word, WPS or LibreOffice: our own export's embedded report when present, otherwise the
 * visible document (paragraphs, bold runs, merged tables, pictures) through the same assembly as every source.
 */
import { assembleReport, ImportError, type ImportResult } from '../../../shared/import';
import { DocxReader } from '../../../shared/import/docx-reader';
import { parseReportJson } from '../../../shared/model';
import { findEmbeddedReport, resolveMediaRefs } from './docx-embed';
import { UserError } from '../errors';
import { assertZip, readZipEntries } from './zip-guard';

export async function importDocx(data: Uint8Array, name: string): Promise<ImportResult> {
  assertZip(data, name);
  let parts: Record<string, Uint8Array>;
  try {
    parts = readZipEntries(data, (n) => /^customXml\/item\d+\.xml$/.test(n) || n.startsWith('word/'));
  } catch {
    throw new UserError(`${name}：Word 文档已损坏（其中的内容无法解压），请在 Word/WPS 中打开修复并另存后再导入`);
  }
  if (!parts['word/document.xml']) throw new UserError(`${name}：不是 Word 文档（缺少正文部分）`);
  const embedded = findEmbeddedReport(parts);
  if (embedded) {
    const { json, missing } = resolveMediaRefs(embedded, parts);
    const r = parseReportJson(json);
    if (r.ok) {
      const warnings = missing
        ? [{ where: name, message: `文档中已找不到${missing}张图片（可能在 Word 中删除或替换了），对应的图留空，请在编辑器中补上图片` }]
        : [];
      return { report: r.report, warnings };
    }
  }
  let items;
  try {
    items = new DocxReader(parts).read();
  } catch {
    throw new UserError(`${name}：Word 文档的正文已损坏，无法读取，请在 Word/WPS 中打开修复并另存后再导入`);
  }
  let imported: ImportResult;
  try {
    imported = assembleReport(items);
  } catch (e) {
    if (e instanceof ImportError) throw new UserError(`${name}：${e.message}`);
    throw e;
  }
  if (embedded) imported.warnings.unshift({ where: name, message: '文档内嵌的年报数据无法读取，已按文档中可见的表格和文字导入' });
  return imported;
}
