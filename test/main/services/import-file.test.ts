import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBuffer, importFile } from '../../../main/services/import/import-file';
import { FIXTURES } from '../../helpers/reports';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-'));

describe('importing files', () => {
  it('reads a GBK-encoded text file as well as UTF-8', async () => {
    const utf8 = await importFile(`${FIXTURES}samples/淮安市洪泽区人民政府_2023.txt`);
    const gbk = await importFile(`${FIXTURES}encodings/洪泽_2023_gbk.txt`);
    expect(gbk.report).toEqual(utf8.report);
  });

  it('reads a UTF-16 text file (Notepad\'s "Unicode") as well', async () => {
    const utf8 = await importFile(`${FIXTURES}samples/淮安市洪泽区人民政府_2023.txt`);
    const text = readFileSync(`${FIXTURES}samples/淮安市洪泽区人民政府_2023.txt`, 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await importBuffer(le, '洪泽.txt')).report).toEqual(utf8.report);
  });

  it('refuses a binary file renamed .txt with a clear message', async () => {
    const bin = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    await expect(importBuffer(bin, 'report.txt')).rejects.toThrow(/不是文本文件/);
  });

  it('refuses a file that is too large before reading it', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    const { truncateSync } = await import('node:fs');
    truncateSync(path, 200 * 1024 * 1024);
    await expect(importFile(path)).rejects.toThrow(/文件过大/);
  });

  it('says when the file does not exist', async () => {
    await expect(importFile(join(dir, 'missing.txt'))).rejects.toThrow(/找不到文件/);
  });

  it('reads a report JSON, validating it', async () => {
    await expect(importBuffer(Buffer.from('{"schemaVersion":1}'), 'r.json')).rejects.toThrow(/字段/);
  });
});
