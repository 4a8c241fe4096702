/** The services behind the renderer's API, with the host's dialogs faked. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, exportFileName } from '../../../main/services/app-services';
import { dispatchApiCall } from '../../../main/services/api-dispatch';
import { buildDocx } from '../../../main/services/export/docx';
import type { PdfPrinter } from '../../../main/services/export/pdf';
import { Library } from '../../../main/services/library/library';
import { loadFixture, makeReport } from '../../helpers/reports';

/** Prints nothing; its document answers no script, so tables are left uncut. */
const noPdf: PdfPrinter = {
  print: async () => new Uint8Array(),
  open: (_html, use) => use({ evaluate: async () => null, print: async () => new Uint8Array() }),
  png: async () => new Uint8Array(),
  close: async () => undefined,
};

async function services() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-svc-'));
  const shown: string[] = [];
  const library = await Library.open(join(dir, 'data'));
  const api = createServices({
    library,
    version: 'test',
    printer: () => noPdf,
    dialogs: { chooseImportFile: async () => null, chooseExportPath: async (name) => join(dir, name), chooseReviewFolder: async () => null, showInFolder: (p) => void shown.push(p) },
  });
  return { api, dir, shown };
}

describe('services', () => {
  it('names the export after the title, without characters Windows refuses', () => {
    expect(exportFileName({ ...makeReport('gip-2021'), title: '某局:2025/年报?' }, 'docx')).toBe('某局_2025_年报_.docx');
  });

  it('shows in the folder only what this session exported', async () => {
    const { api, dir, shown } = await services();
    await expect(api.showInFolder('/etc/passwd')).rejects.toThrow(/本次导出/);
    const out = await api.exportReport(loadFixture('淮安市人民政府_2024'), 'docx');
    expect(out?.path).toBe(join(dir, '淮安市人民政府2024年政府信息公开工作年度报告.docx'));
    await api.showInFolder(out?.path ?? '');
    expect(shown).toEqual([out?.path]);
    expect(readdirSync(dir)).toContain('淮安市人民政府2024年政府信息公开工作年度报告.docx');
  });

  it('imports bytes the page read from a file, and returns null when a dialog is cancelled', async () => {
    const { api } = await services();
    const docx = await buildDocx(loadFixture('杭州市科技局_2020'));
    const outcome = await api.importBytes('杭州.docx', docx);
    expect(outcome.report).toEqual(loadFixture('杭州市科技局_2020'));
    expect(await api.importFile()).toBeNull();
  });

  it('dispatches a call only with valid arguments, answering in Chinese', async () => {
    const { api } = await services();
    expect(await dispatchApiCall(api, 'loadReport', ['nope'])).toMatchObject({ ok: false, message: expect.stringContaining('年报编号无效') });
    expect(await dispatchApiCall(api, 'importBytes', ['a.txt', 'not bytes'])).toMatchObject({ ok: false });
    expect(await dispatchApiCall(api, 'listReports', [])).toEqual({ ok: true, value: [] });
  });
});
