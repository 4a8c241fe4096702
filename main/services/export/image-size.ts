/** Pixel size of an embedded PNG, JPEG or GIF, read from its header, to scale figures in the DOCX. */
export interface ImageInfo {
  type: 'png' | 'jpg' | 'gif';
  width: number;
  height: number;
  data: Buffer;
}

export function decodeDataUrl(src: string): ImageInfo | null {
  const m = /^data:image\/(png|jpe?g|gif);base64,(.*)$/s.exec(src);
  if (!m?.[2]) return null;
  const data = Buffer.from(m[2], 'base64');
  const type = m[1] === 'png' ? 'png' : m[1] === 'gif' ? 'gif' : 'jpg';
  const size = type === 'png' ? pngSize(data) : type === 'gif' ? gifSize(data) : jpegSize(data);
  return size ? { type, data, ...size } : null;
}

function pngSize(b: Buffer): { width: number; height: number } | null {
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function gifSize(b: Buffer): { width: number; height: number } | null {
  if (b.length < 10 || b.toString('ascii', 0, 3) !== 'GIF') return null;
  return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
}

function jpegSize(b: Buffer): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    i += 2 + len;
  }
  return null;
}
