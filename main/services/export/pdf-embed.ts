/**
 * Our exported PDF carries the report as an attached file (PDF embedded files, as e-invoices do), so that
 * importing our own PDF is lossless like importing our DOCX. Other PDFs have no such attachment.
 */
import { PDFDict, PDFDocument, PDFName, PDFArray, PDFString, PDFHexString, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

export const PDF_ATTACHMENT = 'nianbao-report.json';

export async function attachReport(pdf: Uint8Array, reportJson: string): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every 100 objects by default; a tagged PDF has thousands, so never yield.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Infinity });
  await doc.attach(new TextEncoder().encode(reportJson), PDF_ATTACHMENT, {
    mimeType: 'application/json',
    description: '年报编制助手的年报数据（再次导入时使用）',
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
