import { mkdtempSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../../main/services/report-file';

describe('writing an exported file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-write-'));

  it('names a missing folder in one Chinese sentence, with no English system text', async () => {
    const path = join(dir, '没有这个文件夹', '年报.docx');
    await expect(writeOutputFile(path, new Uint8Array([1]))).rejects.toThrow(`无法写入 ${path}：文件夹不存在`);
  });

  it('replaces an earlier export whole, leaving no temporary file beside it', async () => {
    const path = join(dir, '年报.html');
    await writeOutputFile(path, new TextEncoder().encode('旧'));
    await writeOutputFile(path, new TextEncoder().encode('新的一份'));
    expect(readFileSync(path, 'utf8')).toBe('新的一份');
    expect(readdirSync(dir).filter((f) => f.includes('年报.html'))).toEqual(['年报.html']);
  });

  it('says when the target is a folder', async () => {
    const path = join(dir, '年报.pdf');
    mkdirSync(path);
    await expect(writeOutputFile(path, new Uint8Array([1]))).rejects.toThrow(/^无法写入 .*：这是一个文件夹$/);
  });
});
