/**
 * Our exported .docx carries the report itself in a custom XML part, so importing our own export is lossless
 * (blank versus 0, units, acknowledgements) whatever the visible tables look like after editing in Word.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const REPORT_PART = 'customXml/item1.xml';
const NS = 'urn:nianbao:report';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';

function partXml(json: string): string {
  const b64 = Buffer.from(json, 'utf8').toString('base64');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<report xmlns="${NS}" encoding="base64">${b64}</report>`;
}

/** Adds the report part (and its relationship from the document) to a .docx. */
export function embedReport(docx: Uint8Array, reportJson: string, edit?: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(docx);
  edit?.(files);
  files[REPORT_PART] = strToU8(partXml(reportJson));
  const relsName = 'word/_rels/document.xml.rels';
  const rels = files[relsName] ? strFromU8(files[relsName]) : '';
  if (rels && !rels.includes(REL_TYPE)) {
    files[relsName] = strToU8(rels.replace('</Relationships>', `<Relationship Id="rIdNianbaoReport" Type="${REL_TYPE}" Target="../${REPORT_PART}"/></Relationships>`));
  }
  return zipSync(files, { level: 6 });
}

/** The report JSON text embedded by our export, if this .docx has one. */
export function findEmbeddedReport(files: Record<string, Uint8Array>): string | null {
  for (const [name, data] of Object.entries(files)) {
    if (!/^customXml\/item\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    if (!xml.includes(NS)) continue;
    const m = /<report[^>]*encoding="base64"[^>]*>([A-Za-z0-9+/=\s]*)<\/report>/.exec(xml);
    if (m?.[1]) return Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return null;
}
