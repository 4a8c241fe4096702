/**
 * The importers as the packaged app runs them: bundled by esbuild into CommonJS with the main bundle's options,
 * loaded with require, reading a PDF (pdf.js is ESM-only) and a .docx.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAIN_BUNDLE_OPTIONS } from '../../../main/build/bundle';
import type { importBuffer as ImportBuffer } from '../../../main/services/import/import-file';
import { buildDocx } from '../../../main/services/export/docx';
import { ChromiumPdfPrinter } from '../../../main/services/export/chromium-printer';
import { printHtml } from '../../../shared/layout';
import { loadFixture } from '../../helpers/reports';

const entry = fileURLToPath(new URL('../../../main/services/import/import-file.ts', import.meta.url));

describe('the bundled importers', () => {
  it('read our own printed PDF (without its attachment) and a .docx from the CommonJS bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-bundle-'));
    const outfile = join(dir, 'import.cjs');
    await build({ ...MAIN_BUNDLE_OPTIONS, entryPoints: [entry], outfile });
    writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
    const bundled = createRequire(outfile)(outfile) as { importBuffer: typeof ImportBuffer };
    const fixture = loadFixture('淮安市人民政府_2024');
    const printer = new ChromiumPdfPrinter();
    try {
      const pdf = await printer.print(printHtml(fixture));
      const { report } = await bundled.importBuffer(pdf, '淮安.pdf');
      expect(report.cells).toEqual(fixture.cells);
    } finally {
      await printer.close();
    }
    const { report } = await bundled.importBuffer(await buildDocx(fixture), '淮安.docx');
    expect(report).toEqual(fixture);
  }, 60_000);
});
