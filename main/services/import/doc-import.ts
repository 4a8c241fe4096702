/**
 * Word 97–2003 binary files (.doc, and WPS's .wps in the same format) read with word-extractor into the
 * neutral document. word-extractor turns the cell marks (\x07) into tabs, which loses where rows end; its cleaning
 * step is replaced, before it loads, by one that keeps them, and rows are rebuilt from the marks: a row ends with
 * two marks (its last cell's and the row's own), so a text cell after an empty mark starts a new row.
 */
import { assembleReport, type ImportResult } from '../../../shared/import';
import type { DocItem } from '../../../shared/import/document';
import type WordExtractor from 'word-extractor';
import type OleCompoundDoc from 'word-extractor/lib/ole-compound-doc.js';
import type AllocationTable from 'word-extractor/lib/ole-allocation-table.js';
import { UserError } from '../errors';

const CELL = '\uE007';

type Extractor = typeof WordExtractor;
let loading: Promise<Extractor> | null = null;

function loadExtractor(): Promise<Extractor> {
  loading ??= (async () => {
    const filters = (await import('word-extractor/lib/filters.js')).default;
    const original = filters.clean;
    filters.clean = (text: string) => original(text.replaceAll(String.fromCharCode(7), CELL));
    guardCorruptFiles((await import('word-extractor/lib/ole-compound-doc.js')).default, (await import('word-extractor/lib/ole-allocation-table.js')).default);
    return (await import('word-extractor')).default;
  })();
  return loading;
}

/**
 * A damaged file can make word-extractor follow a sector chain in a circle, or read a chain longer than the file,
 * and fill memory; chains are cut where they repeat, and reads beyond the file's size are refused.
 */
function guardCorruptFiles(Doc: typeof OleCompoundDoc, Table: typeof AllocationTable): void {
  Table.prototype.getSecIdChain = function (this: AllocationTable, start: number): number[] {
    const ids: number[] = [];
    const seen = new Set<number>();
    for (let id = start; id > -1 && !seen.has(id) && ids.length <= this._table.length; id = this._table[id] ?? -1) {
      seen.add(id);
      ids.push(id);
    }
    return ids;
  };
  const within = (doc: OleCompoundDoc, bytes: number) => bytes <= (doc._reader.buffer?.().length ?? Infinity) + 4096;
  const readSectors = Doc.prototype._readSectors;
  Doc.prototype._readSectors = function (this: OleCompoundDoc, ids: number[]) {
    if (!within(this, ids.length * this._header.secSize)) return Promise.reject(new Error('sector chain beyond the file'));
    return readSectors.call(this, ids);
  };
  const readShort = Doc.prototype._readShortSectors;
  Doc.prototype._readShortSectors = function (this: OleCompoundDoc, ids: number[]) {
    if (!within(this, ids.length * this._header.shortSecSize)) return Promise.reject(new Error('sector chain beyond the file'));
    return readShort.call(this, ids);
  };
}

const NUMERIC = /^[\s\d.,，．\-—–－/／%万元件个项次]*$/;
/** A line that is surely a paragraph of its own, not a line inside a cell: a section title or a sentence. */
const PARAGRAPH = /^[一二三四五六七八九十]+、|[。；]$/;

/**
 * Paragraphs and tables from the body text with its cell marks. A row ends with a paragraph mark right after a
 * cell mark, or with a second cell mark; the second is told from an empty cell by what follows: a label after
 * the row's figures starts a new row.
 */
export function docItems(body: string): DocItem[] {
  const items: DocItem[] = [];
  let count = 0;
  let rows: string[][] | null = null;
  let row: string[] = [];
  let lines: string[] = [];
  let afterCell = false;
  const endRow = () => {
    if (row.some((c) => c !== '')) rows?.push(row);
    row = [];
  };
  const endTable = () => {
    endRow();
    if (rows && rows.length > 0) items.push({ kind: 'table', rows, where: `第${++count}段（表格）` });
    rows = null;
  };
  const paragraph = (text: string) => {
    if (text !== '') items.push({ kind: 'paragraph', runs: [{ text }], where: `第${++count}段` });
  };
  let unit = '';
  for (const ch of body + '\n') {
    if (ch !== CELL && ch !== '\n') {
      unit += ch;
      continue;
    }
    const text = unit.trim();
    unit = '';
    if (ch === '\n') {
      if (rows && afterCell && text === '' && lines.length === 0) {
        endRow();
      } else if (rows && text !== '' && !PARAGRAPH.test(text) && text.length <= 50) {
        lines.push(text);
      } else {
        if (rows) {
          for (const l of lines) paragraph(l);
          lines = [];
          endTable();
        }
        paragraph(text);
      }
      afterCell = false;
      continue;
    }
    rows ??= [];
    const content = [...lines, text].join('');
    lines = [];
    afterCell = true;
    const hasFigures = row.some((c) => c !== '' && NUMERIC.test(c));
    if (content !== '' && !NUMERIC.test(content) && hasFigures) endRow();
    row.push(content);
  }
  if (rows) {
    for (const l of lines) paragraph(l);
    endTable();
  }
  return items;
}

export async function importDoc(data: Uint8Array, name: string): Promise<ImportResult> {
  const Extractor = await loadExtractor();
  let body: string;
  try {
    body = (await new Extractor().extract(Buffer.from(data))).getBody({ filterUnicode: false });
  } catch {
    throw new UserError(`${name}：无法读取这个旧版 Word（.doc/.wps）文件：文件已加密、已损坏，或不是 Word 文档；请在 Word/WPS 中另存为 .docx 后再导入`);
  }
  if (body.replace(/[\s\uE007]/g, '').length === 0) throw new UserError(`${name}：Word 文档中没有文字`);
  return assembleReport(docItems(body));
}
