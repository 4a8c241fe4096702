/** 复制网页版 and the 图解's PNG in the Electron shell, against the typed fake electron module. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../main/electron/app';
import { ElectronPdfPrinter } from '../../../main/electron/electron-pdf';
import { channel } from '../../../shared/api/channels';
import { createFakeElectron, FakeBrowserWindow } from '../../helpers/fake-electron';
import { loadFixture } from '../../helpers/reports';

describe('publishing in the app', () => {
  it('writes the web page to the system clipboard as text/html and text/plain', async () => {
    const electron = createFakeElectron(mkdtempSync(join(tmpdir(), 'nianbao-glue-')));
    await startApp(electron, { outDir: join(process.cwd(), 'out') });
    const win = FakeBrowserWindow.created[0];
    const copy = electron.handlers.get(channel('copyWebPage'));
    expect(await copy?.({ senderFrame: win?.webContents.mainFrame ?? null }, loadFixture('淮安市人民政府_2024'))).toEqual({ ok: true });
    expect(electron.clipboardWrites).toHaveLength(1);
    expect(electron.clipboardWrites[0]?.['text/html']).toMatch(/<table[^>]* border="1"/);
    expect(electron.clipboardWrites[0]?.['text/plain']).toContain('淮安市人民政府2024年政府信息公开工作年度报告');
  });

  it('captures the PNG on a hidden sandboxed window twice the page size, zoomed to match', async () => {
    const electron = createFakeElectron(tmpdir());
    const png = await new ElectronPdfPrinter(electron).png('<!DOCTYPE html><title>图解</title><svg></svg>', 1080, 1400);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const win = FakeBrowserWindow.created[0];
    expect(win?.options).toMatchObject({ show: false, width: 2160, height: 2800, useContentSize: true, enableLargerThanScreen: true });
    expect(win?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, zoomFactor: 2 });
    expect(win?.destroyed).toBe(true);
  });
});
