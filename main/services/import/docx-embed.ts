/**
 * Our exported .docx carries the report itself in a custom XML part, so importing our own export is lossless
 * (blank versus 0, units, acknowledgements) whatever the visible tables look like after editing in Word. A picture
 * is stored once: the part names it by the digest of the document's own copy in word/media.
 */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const REPORT_PART = 'customXml/item1.xml';
const NS = 'urn:nianbao:report';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';

function partXml(json: string): string {
  const b64 = Buffer.from(json, 'utf8').toString('base64');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<report xmlns="${NS}" encoding="base64">${b64}</report>`;
}

/** A picture of the report, in the part, as the digest of the document's copy of it. */
const MEDIA_REF = 'nianbao-media:sha256:';
const DATA_URL = /"data:image\/(png|jpe?g|gif);base64,([A-Za-z0-9+/=]+)"/g;
const MEDIA_REF_JSON = /"nianbao-media:sha256:([0-9a-f]{64})"/g;

const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function mediaByDigest(files: Record<string, Uint8Array>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) if (name.startsWith('word/media/')) out.set(digest(data), name);
  return out;
}

/** The report's pictures that the document holds byte for byte, named by digest instead of carried again. */
function withMediaRefs(reportJson: string, files: Record<string, Uint8Array>): string {
  const media = mediaByDigest(files);
  return reportJson.replace(DATA_URL, (whole, _type: string, b64: string) => {
    const d = digest(Buffer.from(b64, 'base64'));
    return media.has(d) ? `"${MEDIA_REF}${d}"` : whole;
  });
}

const MEDIA_TYPE: Readonly<Record<string, string>> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', gif: 'gif' };

/**
 * The part's picture references turned back into the pictures, from the document's word/media. A picture no longer
 * there (deleted in Word, the file saved by a tool that renamed it) is left blank, and `missing` counts it.
 */
export function resolveMediaRefs(reportJson: string, files: Record<string, Uint8Array>): { json: string; missing: number } {
  const media = mediaByDigest(files);
  let missing = 0;
  const json = reportJson.replace(MEDIA_REF_JSON, (_whole, d: string) => {
    const name = media.get(d);
    const data = name ? files[name] : undefined;
    const type = name ? MEDIA_TYPE[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] : undefined;
    if (!data || !type) {
      missing++;
      return '""';
    }
    return `"data:image/${type};base64,${Buffer.from(data).toString('base64')}"`;
  });
  return { json, missing };
}

/** Adds the report part (and its relationship from the document) to a .docx. */
export function embedReport(docx: Uint8Array, reportJson: string, edit?: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(docx);
  edit?.(files);
  files[REPORT_PART] = strToU8(partXml(withMediaRefs(reportJson, files)));
  const relsName = 'word/_rels/document.xml.rels';
  const rels = files[relsName] ? strFromU8(files[relsName]) : '';
  if (rels && !rels.includes(REL_TYPE)) {
    files[relsName] = strToU8(
      rels.replace('</Relationships>', `<Relationship Id="rIdNianbaoReport" Type="${REL_TYPE}" Target="../${REPORT_PART}"/></Relationships>`),
    );
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
