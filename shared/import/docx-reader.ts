/**
 * A .docx (Word, WPS, LibreOffice) read straight from its WordprocessingML into the importer's neutral document:
 * paragraphs with their bold runs, tables with gridSpan/vMerge expanded (merged positions marked), embedded
 * pictures as figures. Reading only what the report needs keeps an import well under the time a general
 * converter takes.
 */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { MERGED, type DocItem } from './document';
import { mergeRuns, type Run } from '../model';
import { base64Of } from './base64';

interface XNode {
  nodeType: number;
  localName: string | null;
  nodeValue: string | null;
  childNodes: ArrayLike<XNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

function kids(n: XNode): XNode[] {
  return Array.from(n.childNodes).filter((c) => c.nodeType === ELEMENT);
}

function child(n: XNode, name: string): XNode | undefined {
  return kids(n).find((c) => c.localName === name);
}

function attr(n: XNode | undefined, name: string): string | null {
  return n?.getAttribute?.(name) ?? null;
}

function on(n: XNode | undefined): boolean {
  if (!n) return false;
  const v = attr(n, 'w:val');
  return v === null || !['0', 'false', 'off', 'none'].includes(v);
}

const MIME: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif' };

export class DocxReader {
  private readonly items: DocItem[] = [];
  private count = 0;
  private readonly rels = new Map<string, string>();

  constructor(private readonly files: Record<string, Uint8Array>) {
    const rels = files['word/_rels/document.xml.rels'];
    if (!rels) return;
    let doc: XNode;
    try {
      // xmldom's complaints about a malformed part would flood the terminal; they are not the user's business.
      doc = new DOMParser({ onError: () => undefined }).parseFromString(strFromU8(rels), 'text/xml') as unknown as XNode;
    } catch {
      // Without its relationships the text still reads; pictures become warnings.
      return;
    }
    const stack: XNode[] = [doc];
    while (stack.length > 0) {
      const n = stack.pop();
      if (!n) continue;
      if (n.localName === 'Relationship') {
        const id = attr(n, 'Id');
        const target = attr(n, 'Target');
        if (id && target) this.rels.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
      }
      stack.push(...kids(n));
    }
  }

  read(): DocItem[] {
    const xml = this.files['word/document.xml'];
    if (!xml) return [];
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(strFromU8(xml), 'text/xml') as unknown as XNode;
    const root = kids(doc).find((c) => c.localName === 'document');
    const body = root ? child(root, 'body') : undefined;
    if (body) this.blocks(body);
    return this.items;
  }

  private where(kind = ''): string {
    return `第${++this.count}段${kind}`;
  }

  private blocks(parent: XNode): void {
    for (const n of kids(parent)) {
      if (n.localName === 'p') this.paragraph(n);
      else if (n.localName === 'tbl') this.table(n);
      else if (n.localName === 'sdt') {
        const content = child(n, 'sdtContent');
        if (content) this.blocks(content);
      }
    }
  }

  /** Runs of a paragraph; a line break inside it starts a new paragraph, as the HTML reader does. */
  private paragraph(p: XNode): void {
    // Emptied in place: a run that breaks the line keeps adding to this same list after the break.
    const runs: Run[] = [];
    const flush = () => {
      const kept = mergeRuns(runs);
      if (kept.some((r) => r.text.trim() !== '')) this.items.push({ kind: 'paragraph', runs: kept, where: this.where() });
      runs.length = 0;
    };
    const walk = (n: XNode): void => {
      for (const c of kids(n)) {
        switch (c.localName) {
          case 'r':
            this.run(c, runs, flush);
            break;
          case 'hyperlink':
          case 'ins':
          case 'smartTag':
          case 'fldSimple':
          case 'customXml':
          case 'sdtContent':
            walk(c);
            break;
          case 'sdt':
            walk(c);
            break;
          default:
            break;
        }
      }
    };
    walk(p);
    flush();
  }

  private run(r: XNode, runs: Run[], flush: () => void): void {
    const props = child(r, 'rPr');
    const b = props ? child(props, 'b') : undefined;
    const bold = b !== undefined && on(b);
    for (const c of kids(r)) {
      if (c.localName === 't') {
        const text = Array.from(c.childNodes)
          .map((t) => (t.nodeType === TEXT ? (t.nodeValue ?? '') : ''))
          .join('');
        runs.push(bold ? { text, bold: true } : { text });
      } else if (c.localName === 'tab') {
        runs.push({ text: '\t' });
      } else if (c.localName === 'br' || c.localName === 'cr') {
        flush();
      } else if (c.localName === 'drawing' || c.localName === 'pict') {
        flush();
        this.picture(c);
      }
    }
  }

  private picture(n: XNode): void {
    let id: string | null = null;
    const find = (x: XNode): void => {
      if (id) return;
      if (x.localName === 'blip') id = attr(x, 'r:embed');
      else if (x.localName === 'imagedata') id = attr(x, 'r:id');
      kids(x).forEach(find);
    };
    find(n);
    const target = id ? this.rels.get(id) : undefined;
    const data = target ? this.files[target] : undefined;
    const ext = target?.split('.').pop()?.toLowerCase() ?? '';
    const mime = MIME[ext];
    const src = data && mime ? `data:${mime};base64,${base64Of(data)}` : '';
    this.items.push({ kind: 'figure', src, caption: '', where: this.where('（图片）') });
  }

  private cellText(tc: XNode): string {
    const parts: string[] = [];
    const walk = (n: XNode): void => {
      for (const c of kids(n)) {
        if (c.localName === 't')
          parts.push(
            Array.from(c.childNodes)
              .map((t) => t.nodeValue ?? '')
              .join(''),
          );
        else walk(c);
      }
    };
    walk(tc);
    return parts
      .join('')
      .replace(/[\s\u00A0\u3000]+/g, ' ')
      .trim();
  }

  /** Rows of the grid; a vMerge continuation or the extra columns of a gridSpan are MERGED positions. */
  private table(tbl: XNode): void {
    const rows: string[][] = [];
    for (const tr of kids(tbl).filter((c) => c.localName === 'tr')) {
      const row: string[] = [];
      const trPr = child(tr, 'trPr');
      const before = Number(attr(trPr ? child(trPr, 'gridBefore') : undefined, 'w:val') ?? 0) || 0;
      for (let i = 0; i < before; i++) row.push(MERGED);
      for (const tc of kids(tr).filter((c) => c.localName === 'tc')) {
        const pr = child(tc, 'tcPr');
        const span = Math.max(1, Math.min(50, Number(attr(pr ? child(pr, 'gridSpan') : undefined, 'w:val') ?? 1) || 1));
        const vMerge = pr ? child(pr, 'vMerge') : undefined;
        const continues = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
        row.push(continues ? MERGED : this.cellText(tc));
        for (let i = 1; i < span; i++) row.push(MERGED);
      }
      if (row.some((c) => c !== MERGED && c.trim() !== '')) rows.push(row);
    }
    if (rows.length > 0) this.items.push({ kind: 'table', rows, where: this.where('（表格）') });
  }
}
