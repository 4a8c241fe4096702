/**
 * Our exported PDF carries the report as an attached file (PDF embedded files, as e-invoices do), so that
 * importing our own PDF is lossless like importing our DOCX. Other PDFs have no such attachment.
 */
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFArray, PDFString, PDFHexString, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

export const PDF_ATTACHMENT = 'nianbao-report.json';
const DESCRIPTION = '年报编制助手的年报数据（再次导入时使用）';

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
const utf16Hex = (s: string): string => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`;

/**
 * The attachment as an incremental update appended to Chromium's PDF: the file, its file specification and a
 * new catalog naming it, with an xref section pointing back to Chromium's. Re-writing the whole PDF with pdf-lib
 * takes longer than Chromium takes to print it. Null when the PDF is not shaped as expected (pdf-lib then does it).
 */
function appendAttachment(pdf: Uint8Array, reportJson: string): Uint8Array | null {
  const tail = latin1(pdf.subarray(Math.max(0, pdf.length - 1024)));
  const end = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!end?.[1] || !end[2]) return null;
  const size = Number(/\/Size (\d+)/.exec(end[1])?.[1]);
  const root = Number(/\/Root (\d+) 0 R/.exec(end[1])?.[1]);
  const info = /\/Info (\d+) 0 R/.exec(end[1])?.[1];
  const prev = Number(end[2]);
  if (!size || !root) return null;
  // The catalog's offset from Chromium's xref table: "xref\n0 N\n" then 20-byte entries.
  const xref = latin1(pdf.subarray(prev, prev + 64));
  const head = /^xref\s+0 (\d+)\s*\n/.exec(xref);
  if (!head || Number(head[1]) !== size) return null;
  const entryAt = prev + head[0].length + 20 * root;
  const offset = Number(latin1(pdf.subarray(entryAt, entryAt + 10)));
  const catalog = /^\d+ 0 obj\s*<<([\s\S]*)>>\s*endobj/.exec(latin1(pdf.subarray(offset, offset + 4096)).split('endobj')[0] + 'endobj');
  if (!catalog?.[1] || !catalog[1].includes('/Catalog') || catalog[1].includes('/Names')) return null;

  const data = Buffer.from(reportJson, 'utf8');
  const packed = deflateSync(data);
  const file = size;
  const spec = size + 1;
  const parts: Buffer[] = [];
  let at = pdf.length;
  const offsets = new Map<number, number>();
  const push = (num: number, chunks: (string | Buffer)[]): void => {
    offsets.set(num, at);
    for (const c of chunks) {
      const b = typeof c === 'string' ? Buffer.from(c, 'latin1') : c;
      parts.push(b);
      at += b.length;
    }
  };
  push(file, [
    `\n${file} 0 obj\n<</Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode /Length ${packed.length} /Params <</Size ${data.length}>>>> stream\n`,
    packed,
    '\nendstream\nendobj\n',
  ]);
  push(spec, [
    `${spec} 0 obj\n<</Type /Filespec /F (${PDF_ATTACHMENT}) /UF ${utf16Hex(PDF_ATTACHMENT)} /Desc ${utf16Hex(DESCRIPTION)} /AFRelationship /Data /EF <</F ${file} 0 R>>>>\nendobj\n`,
  ]);
  push(root, [`${root} 0 obj\n<<${catalog[1]}\n/Names <</EmbeddedFiles <</Names [(${PDF_ATTACHMENT}) ${spec} 0 R]>>>>>>\nendobj\n`]);
  const entry = (n: number): string => `${String(offsets.get(n) ?? 0).padStart(10, '0')} 00000 n \n`;
  const xrefAt = at;
  parts.push(
    Buffer.from(
      `xref\n0 1\n0000000000 65535 f \n${root} 1\n${entry(root)}${file} 2\n${entry(file)}${entry(spec)}trailer\n<</Size ${spec + 1} /Root ${root} 0 R${info ? ` /Info ${info} 0 R` : ''} /Prev ${prev}>>\nstartxref\n${xrefAt}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat([pdf, ...parts]);
}

export async function attachReport(pdf: Uint8Array, reportJson: string): Promise<Uint8Array> {
  const appended = appendAttachment(pdf, reportJson);
  if (appended) return new Uint8Array(appended.buffer, appended.byteOffset, appended.byteLength);
  // pdf-lib yields to the event loop every 100 objects by default; a tagged PDF has thousands, so never yield.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Infinity });
  await doc.attach(new TextEncoder().encode(reportJson), PDF_ATTACHMENT, {
    mimeType: 'application/json',
    description: DESCRIPTION,
  });
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}

function nameOf(v: unknown): string | null {
  if (v instanceof PDFString || v instanceof PDFHexString) return v.decodeText();
  return null;
}

/** The report JSON attached by our export, or null. */
export async function findAttachedReport(pdf: Uint8Array): Promise<string | null> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const files = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = files?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!list) return null;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    if (nameOf(list.lookup(i)) !== PDF_ATTACHMENT) continue;
    const spec = list.lookupMaybe(i + 1, PDFDict);
    const ef = spec?.lookupMaybe(PDFName.of('EF'), PDFDict);
    const stream = ef?.lookup(PDFName.of('F'));
    if (stream instanceof PDFRawStream) return new TextDecoder().decode(decodePDFRawStream(stream).decode());
  }
  return null;
}
