/** Word files: made by LibreOffice from a published page, and broken in the ways files arrive broken. */
import { mkdtempSync, readFileSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8, unzipSync } from 'fflate';
import { buildDocx } from '../../../main/services/export/docx';
import { describe, expect, it, vi } from 'vitest';
import { importBuffer, importFile } from '../../../main/services/import/import-file';
import { convertWithLibreOffice } from '../../helpers/libreoffice';
import { publishedHtml } from '../../helpers/published-html';
import { FIXTURES, loadFixture } from '../../helpers/reports';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-docx-'));

describe('.docx import', () => {
  it.each(['上海市人民政府办公厅_2019', '淮安市人民政府_2024', '杭州市科技局_2020'])(
    '%s: a .docx made by LibreOffice from the noisy page imports with every cell equal',
    async (name) => {
      const fixture = loadFixture(name);
      const docx = await convertWithLibreOffice(publishedHtml(fixture), `${name}.html`, 'docx');
      const { report } = await importBuffer(docx, `${name}.docx`);
      expect(report.format).toBe(fixture.format);
      expect(report.agency).toBe(fixture.agency);
      expect(report.cells).toEqual(fixture.cells);
    },
    60_000,
  );

  it('reads tables typed as paragraphs with tabs between the cells (a .txt opened in Word and saved), and says when a table gives no figures', async () => {
    const txt = readFileSync(`${FIXTURES}samples/淮安市人民政府_2024.txt`);
    const { report, warnings } = await importBuffer(await convertWithLibreOffice(txt, '淮安市人民政府_2024.txt', 'docx'), 'r.docx');
    expect(report.cells).toEqual(loadFixture('淮安市人民政府_2024').cells);
    expect(warnings.filter((w) => w.message.includes('没有读到表格中的数字'))).toEqual([]);
    // The same document with table 四's figures gone: the user is told, not left with a blank table.
    const blanked = txt.toString('utf8').replace(/(## 四、[^\n]*\n)[\s\S]*?(?=## 五、)/, '$1（表格为图片）\n\n');
    const gone = await importBuffer(await convertWithLibreOffice(Buffer.from(blanked), 'gone.txt', 'docx'), 'gone.docx');
    expect(gone.warnings.map((w) => w.message)).toContainEqual(
      '“四、政府信息公开行政复议、行政诉讼情况”下没有读到表格中的数字（表格可能是图片，或不是表格形式），该表各栏为空白，请对照原文填写',
    );
  }, 60_000);

  it('reads bold run-ins and pictures from the visible document', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGM4IScHRww4OQD1xwwxB+utmQAAAABJRU5ErkJggg==';
    const fixture = loadFixture('淮安市人民政府_2024');
    const report = {
      ...fixture,
      sections: {
        ...fixture.sections,
        overview: [
          { kind: 'paragraph' as const, runs: [{ text: '（一）主动公开情况。', bold: true }, { text: '全年主动公开政府信息5500余条。' }] },
          { kind: 'figure' as const, src: png, caption: '图 1 主动公开信息数量' },
        ],
      },
    };
    const files = unzipSync(await buildDocx(report));
    delete files['customXml/item1.xml'];
    const { report: back } = await importBuffer(zipSync(files), 'r.docx');
    expect(back.sections.overview).toEqual(report.sections.overview);
    expect(back.cells).toEqual(fixture.cells);
  });

  it("stores a picture once (the embedded report names the document's copy), reads it back whole, and says when it is gone", async () => {
    // A photo-sized picture: noise does not compress, so a second copy would show in the file size.
    const noise = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 2654435761) >>> 24));
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0, 64, 0, 96, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]),
      noise,
      Buffer.from([0xff, 0xd9]),
    ]);
    const fixture = loadFixture('淮安市人民政府_2024');
    const src = `data:image/jpeg;base64,${jpeg.toString('base64')}`;
    const report = { ...fixture, sections: { ...fixture.sections, overview: [{ kind: 'figure' as const, src, caption: '图 1 现场照片' }] } };
    const docx = await buildDocx(report);
    expect(docx.byteLength).toBeLessThan(jpeg.byteLength * 1.5);
    const files = unzipSync(docx);
    expect(new TextDecoder().decode(files['customXml/item1.xml'])).not.toContain('data:image');
    const { report: back, warnings } = await importBuffer(docx, 'r.docx');
    expect(back.sections.overview).toEqual(report.sections.overview);
    expect(warnings).toEqual([]);
    for (const name of Object.keys(files)) if (name.startsWith('word/media/')) delete files[name];
    const gone = await importBuffer(zipSync(files), 'gone.docx');
    expect(gone.report.sections.overview).toEqual([{ kind: 'figure', src: '', caption: '图 1 现场照片' }]);
    expect(gone.report.cells).toEqual(fixture.cells);
    expect(gone.warnings.map((w) => w.message)).toEqual(['文档中已找不到1张图片（可能在 Word 中删除或替换了），对应的图留空，请在编辑器中补上图片']);
  });

  it('refuses an encrypted Word file or a broken OLE file with a clear message', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    await expect(importBuffer(ole, '年报.docx')).rejects.toThrow(/^年报\.docx：无法读取这个旧版 Word（\.doc\/\.wps）文件：文件已加密、已损坏/);
  });

  it('refuses a corrupt .docx', async () => {
    const corrupt = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]);
    await expect(importBuffer(corrupt, '年报.docx')).rejects.toThrow(/不是有效的 \.docx/);
    const notWord = zipSync({ 'hello.txt': strToU8('hi') });
    await expect(importBuffer(notWord, '年报.docx')).rejects.toThrow(/不是 Word 文档/);
  });

  it('refuses a zip bomb without inflating it', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(120 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    await expect(importBuffer(bomb, 'bomb.docx')).rejects.toThrow(/压缩炸弹/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a 200 MB file before reading it', async () => {
    const path = join(dir, 'big.docx');
    writeFileSync(path, 'PK');
    truncateSync(path, 200 * 1024 * 1024);
    await expect(importFile(path)).rejects.toThrow(/文件过大/);
  });
});

describe('.docx broken inside', () => {
  const fixture = loadFixture('淮安市人民政府_2024');

  it('says in one Chinese sentence that corrupt compressed data makes the document unreadable', async () => {
    const files = unzipSync(await buildDocx(fixture));
    delete files['customXml/item1.xml'];
    const docx = Buffer.from(zipSync(files, { level: 6 }));
    const name = Buffer.from('word/document.xml');
    const at = docx.indexOf(name);
    const start = at + name.length + docx.readUInt16LE(at - 2);
    const seen = new Set<string>();
    for (let k = 0; k < 20; k++) {
      const copy = Buffer.from(docx);
      for (let i = 0; i < 4; i++) {
        const at2 = start + 200 + k * 97 + i * 13;
        copy[at2] = (copy[at2] ?? 0) ^ 0x5a;
      }
      const outcome = await importBuffer(copy, '年报.docx').then(
        () => 'imported',
        (e: Error) => e.message,
      );
      seen.add(outcome);
      expect(outcome).not.toMatch(/invalid|内部错误|[A-Za-z]{6,}/);
    }
    expect([...seen].some((m) => m.startsWith('年报.docx：'))).toBe(true);
  });

  it('reads a document whose relationships part is malformed, without flooding the terminal', async () => {
    const files = unzipSync(await buildDocx(fixture));
    delete files['customXml/item1.xml'];
    files['word/_rels/document.xml.rels'] = strToU8(`<Relationships>${'<Relationship Id="a" <<< & '.repeat(1000)}`);
    const writes: string[] = [];
    const spies = [vi.spyOn(process.stderr, 'write'), vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
    for (const s of spies) s.mockImplementation((chunk: unknown) => Boolean(writes.push(String(chunk))));
    try {
      const { report } = await importBuffer(zipSync(files), '年报.docx');
      expect(report.cells).toEqual(fixture.cells);
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(writes).toEqual([]);
  });
});
