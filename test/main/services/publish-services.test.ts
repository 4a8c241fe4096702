/** 网页版 and 图解 through the renderer's API: export kinds, the clipboard, the figure and last years' trend. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../main/services/app-services';
import { dispatchApiCall } from '../../../main/services/api-dispatch';
import type { PdfPrinter } from '../../../main/services/export/printer';
import { importHtml } from '../../../shared/import';
import { loadFixture } from '../../helpers/reports';
import { testServices } from '../../helpers/services';

/** Records what it was asked to draw instead of starting a browser. */
function recordingPrinter() {
  const pngs: { html: string; width: number; height: number }[] = [];
  const printer: PdfPrinter = {
    print: async () => new TextEncoder().encode('%PDF-1.7'),
    open: (_html, use) => use({ evaluate: async () => null, print: async () => new TextEncoder().encode('%PDF-1.7') }),
    png: async (html, width, height) => {
      pngs.push({ html, width, height });
      return new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    },
    close: async () => undefined,
  };
  return { printer, pngs };
}

async function services(withClipboard = true) {
  const { printer, pngs } = recordingPrinter();
  const clipboard: { html: string; text: string }[] = [];
  const copy = (d: { html: string; text: string }) => void clipboard.push(d);
  const made = await testServices(mkdtempSync(join(tmpdir(), 'nianbao-pub-')), { printer, ...(withClipboard ? { clipboard: copy } : {}) });
  return { ...made, pngs, clipboard };
}

describe('publishing through the API', () => {
  it('names each export kind with its extension, the 图解 marked as such', () => {
    const r = loadFixture('淮安市人民政府_2024');
    expect(exportFileName(r, 'html')).toBe('淮安市人民政府2024年政府信息公开工作年度报告.html');
    expect(exportFileName(r, 'graphic-png')).toBe('淮安市人民政府2024年政府信息公开工作年度报告（图解）.png');
    expect(exportFileName(r, 'graphic-pdf')).toBe('淮安市人民政府2024年政府信息公开工作年度报告（图解）.pdf');
  });

  it('exports the web page, which imports back with every cell equal', async () => {
    const { api } = await services();
    const fixture = loadFixture('淮安市人民政府_2024');
    const out = await api.exportReport(fixture, 'html');
    expect(importHtml(readFileSync(out?.path ?? '', 'utf8')).report.cells).toEqual(fixture.cells);
  });

  it('copies the paste version to the clipboard as HTML and plain text', async () => {
    const { api, clipboard } = await services();
    const fixture = loadFixture('杭州市科技局_2020');
    await api.copyWebPage(fixture);
    expect(clipboard).toHaveLength(1);
    const [copied] = clipboard;
    expect(copied?.html).not.toMatch(/<html|<style|<script/);
    expect(copied?.html).toMatch(/<table[^>]* border="1"/);
    expect(importHtml(`<body>${copied?.html ?? ''}</body>`).report.cells).toEqual(fixture.cells);
    expect(copied?.text.split('\n')[0]).toBe('杭州市科技局2020年政府信息公开年度报告');
  });

  it('says so in one Chinese sentence where no clipboard can be written', async () => {
    const { api } = await services(false);
    await expect(api.copyWebPage(loadFixture('杭州市科技局_2020'))).rejects.toThrow('此运行环境无法写入剪贴板，请改用“导出网页版”');
  });

  it('draws the 图解 with the earlier years of the same agency from the library, as a figure for the narrative', async () => {
    const { api, library, pngs } = await services();
    const prior = loadFixture('淮安市人民政府_2024');
    await library.create({ ...prior, year: 2023 });
    await library.create({ ...prior, agency: '别的机关', year: 2022 });
    const figure = await api.graphicFigure(prior);
    expect(figure).toMatchObject({ kind: 'figure', caption: '2024年政府信息公开工作图解' });
    expect(figure.src).toMatch(/^data:image\/png;base64,iVBORw/);
    const drawn = pngs[0]?.html ?? '';
    expect(drawn).toContain('chart-trend');
    expect(drawn).toContain('2023年');
    expect(drawn).not.toContain('2022年');
    expect(pngs[0]?.width).toBe(1080);
  });

  it('accepts only the known export kinds', async () => {
    const { api } = await services();
    expect(await dispatchApiCall(api, 'exportReport', [loadFixture('淮安市人民政府_2024'), 'svg'])).toMatchObject({ ok: false });
    expect(await dispatchApiCall(api, 'copyWebPage', [{}])).toMatchObject({ ok: false });
  });
});
