/**
 * Opening a .docx safely: it must be a zip (an encrypted Word file or an old .doc is an OLE container), and the
 * sizes its directory declares are checked before anything is inflated, so a zip bomb is refused cheaply.
 */
import { unzipSync } from 'fflate';
import { UserError } from '../errors';

export const ZIP_LIMITS = { entries: 5000, totalBytes: 150 * 1024 * 1024, entryBytes: 100 * 1024 * 1024, ratio: 200 };

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function assertZip(data: Uint8Array, name: string): void {
  if (OLE.every((b, i) => data[i] === b)) {
    throw new UserError(`${name}：文件已加密，或是旧版 Word（.doc）格式；请在 Word/WPS 中解除密码并另存为 .docx 后再导入`);
  }
  if (!(data[0] === 0x50 && data[1] === 0x4b)) throw new UserError(`${name}：不是有效的 .docx 文件（文件已损坏或不是 Word 文档）`);
  let entries = 0;
  let total = 0;
  try {
    unzipSync(data, {
      filter(file) {
        entries++;
        total += file.originalSize;
        if (entries > ZIP_LIMITS.entries) throw new UserError(`${name}：压缩包内文件过多，不像是一份 Word 文档`);
        if (file.originalSize > ZIP_LIMITS.entryBytes || total > ZIP_LIMITS.totalBytes) {
          throw new UserError(`${name}：解压后过大（可能是“压缩炸弹”），已拒绝导入`);
        }
        if (file.size > 0 && file.originalSize / file.size > ZIP_LIMITS.ratio && file.originalSize > 10 * 1024 * 1024) {
          throw new UserError(`${name}：压缩比异常（可能是“压缩炸弹”），已拒绝导入`);
        }
        return false;
      },
    });
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${name}：不是有效的 .docx 文件（压缩结构已损坏）`);
  }
}

/** Inflates the entries whose names pass `want`, after assertZip has vetted the sizes. */
export function readZipEntries(data: Uint8Array, want: (name: string) => boolean): Record<string, Uint8Array> {
  return unzipSync(data, { filter: (f) => want(f.name) });
}
