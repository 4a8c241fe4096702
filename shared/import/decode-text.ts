/**
 * Text files from Chinese office PCs come in UTF-8 or GB18030 (GBK). Binary data renamed to .txt is refused
 * rather than imported as garbage.
 */
import { UserError } from '../errors';

export function decodeText(data: Uint8Array, name: string): string {
  // Notepad's "Unicode" is UTF-16 with a byte-order mark.
  const utf16 = data[0] === 0xff && data[1] === 0xfe ? 'utf-16le' : data[0] === 0xfe && data[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(data.subarray(2));
    } catch {
      throw new UserError(`${name}：UTF-16 编码的文本已损坏，无法读取`);
    }
  }
  const sample = data.subarray(0, 64 * 1024);
  if (sample.includes(0)) throw new UserError(`${name}：不是文本文件（含有二进制内容）`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(data);
    } catch {
      throw new UserError(`${name}：无法识别文字编码（既不是 UTF-8 也不是 GBK）`);
    }
  }
  let controls = 0;
  for (const ch of text.slice(0, 65536)) {
    const c = ch.charCodeAt(0);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b)) controls++;
  }
  if (controls > 16) throw new UserError(`${name}：不是文本文件（含有大量控制字符）`);
  return text.replace(/^\uFEFF/, '');
}
