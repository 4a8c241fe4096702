/** The Electron glue against a fake electron module: window options, IPC hub, security, and the real bundles. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleMain } from '../../../main/build/bundle';
import { startApp, startFailure } from '../../../main/electron/app';
import { menuTemplate } from '../../../main/electron/menu';
import { ElectronPdfPrinter } from '../../../main/electron/electron-pdf';
import { existsSync } from 'node:fs';
import { CSP } from '../../../main/electron/security';
import { channel } from '../../../shared/api/channels';
import { API_METHODS } from '../../../shared/api/schemas';
import { createFakeElectron, FakeBrowserWindow, preventable, type FakeElectron } from '../../helpers/fake-electron';
import { makeReport } from '../../helpers/reports';

const outDir = join(process.cwd(), 'out');

async function started(): Promise<{ electron: FakeElectron; win: FakeBrowserWindow }> {
  const electron = createFakeElectron(mkdtempSync(join(tmpdir(), 'nianbao-glue-')));
  await startApp(electron, { outDir });
  const win = FakeBrowserWindow.created[0];
  if (!win) throw new Error('no window');
  return { electron, win };
}

describe('main window', () => {
  it('is created with the security settings of Electron’s checklist and the preload bundle', async () => {
    const { win } = await started();
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(win.options.webPreferences.preload).toBe(join(outDir, 'preload.cjs'));
    expect(win.options.title).toBe('年报编制助手');
    expect(win.loaded).toBe('app://nianbao/index.html');
  });

  it('has the Chinese menu with 新建、打开、导入、导出 DOCX、导出 PDF、撤销、重做、关于', async () => {
    const { electron } = await started();
    const labels = (electron.menu ?? []).flatMap((m) => [m.label, ...(m.submenu ?? []).map((s) => s.label)]);
    for (const l of [
      '文件',
      '编辑',
      '视图',
      '帮助',
      '新建年报…',
      '打开年报库',
      '导入已发布的年报…',
      '导出 DOCX…',
      '导出 PDF…',
      '撤销',
      '重做',
      '关于年报编制助手',
    ]) {
      expect(labels).toContain(l);
    }
    const sent: string[] = [];
    const undo = menuTemplate((c) => sent.push(c))
      .flatMap((m) => m.submenu ?? [])
      .find((i) => i.label === '撤销');
    undo?.click?.();
    expect(sent).toEqual(['undo']);
  });
});

describe('IPC hub', () => {
  it('registers one prefixed channel per API method', async () => {
    const { electron } = await started();
    expect([...electron.handlers.keys()].sort()).toEqual(API_METHODS.map((m) => channel(m)).sort());
    expect([...electron.handlers.keys()].every((c) => c.startsWith('nianbao:'))).toBe(true);
  });

  it('answers the app’s own window and refuses a foreign sender', async () => {
    const { electron, win } = await started();
    const list = electron.handlers.get(channel('listReports'));
    expect(await list?.({ senderFrame: win.webContents.mainFrame })).toEqual({ ok: true, value: [] });
    const foreign = await list?.({ senderFrame: { url: 'https://example.com/' } });
    expect(foreign).toMatchObject({ ok: false });
    expect((foreign as { message: string }).message).toContain('拒绝');
    expect(await list?.({ senderFrame: null })).toMatchObject({ ok: false });
  });

  it('rejects a malformed payload before any service runs', async () => {
    const { electron, win } = await started();
    const event = { senderFrame: win.webContents.mainFrame };
    const save = electron.handlers.get(channel('saveReport'));
    expect(await save?.(event, '../../etc/passwd', makeReport('gip-2021'))).toMatchObject({ ok: false });
    const create = electron.handlers.get(channel('createReport'));
    const bad = await create?.(event, { ...makeReport('gip-2021'), cells: { 't3.new.total': 'many' } });
    expect(bad).toMatchObject({ ok: false });
    expect((bad as { message: string }).message).toContain('参数无效');
    const good = await create?.(event, makeReport('gip-2021'));
    expect(good).toMatchObject({ ok: true, value: { agency: '某某市教育局' } });
  });
});

describe('security', () => {
  it('blocks navigation away from the app, redirects, new windows and <webview>', async () => {
    const { electron, win } = await started();
    const wc = win.webContents;
    electron.appEvents.emit('web-contents-created', {}, wc);
    const away = preventable();
    wc.emit('will-navigate', away, 'https://example.com/');
    expect(away.prevented).toBe(true);
    const inside = preventable();
    wc.emit('will-navigate', inside, 'app://nianbao/index.html#/editor');
    expect(inside.prevented).toBe(false);
    // file:// is no longer the app, even for the renderer's own files; a `..` segment is not inside the app.
    for (const url of [
      `file://${join(outDir, 'renderer', 'index.html')}`,
      'app://nianbao/%2e%2e/main.cjs',
      'app://nianbao/assets/..%2f..%2fmain.cjs',
      'app://evil/index.html',
    ]) {
      const e = preventable();
      wc.emit('will-navigate', e, url);
      expect(e.prevented, url).toBe(true);
    }
    const redirect = preventable();
    wc.emit('will-redirect', redirect, 'http://10.0.0.1/');
    expect(redirect.prevented).toBe(true);
    const webview = preventable();
    wc.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
    expect(wc.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission, cancels requests leaving the packaged files and sets a strict CSP', async () => {
    const { electron } = await started();
    let granted: boolean | null = null;
    electron.sessionHooks.permission?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(electron.sessionHooks.permissionCheck?.()).toBe(false);
    const verdict = (url: string) => {
      let r: { cancel?: boolean } = {};
      electron.sessionHooks.beforeRequest?.({ url }, (x) => (r = x));
      return r.cancel === true;
    };
    expect(verdict('https://cdn.example.com/x.js')).toBe(true);
    expect(verdict('app://nianbao/assets/index.js')).toBe(false);
    expect(verdict(`file://${join(outDir, 'renderer', 'assets', 'index.js')}`)).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(verdict(`file://${join(tmpdir(), 'nianbao-print-x', 'report.html')}`)).toBe(false);
    expect(verdict(`file://${join(tmpdir(), 'nianbao-print-x')}/../../etc/passwd`)).toBe(true);
    expect(verdict(`file://${join(tmpdir(), 'nianbao-print-x')}/%2e%2e/%2e%2e/etc/passwd`)).toBe(true);
    let headers: Record<string, string[]> | undefined;
    electron.sessionHooks.headers?.({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers?.['Content-Security-Policy']).toEqual([CSP]);
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).not.toContain('unsafe-eval');
  });

  it('flushes pending saves before quitting', async () => {
    const { electron, win } = await started();
    const created = await electron.handlers.get(channel('createReport'))?.({ senderFrame: win.webContents.mainFrame }, makeReport('gip-2021'));
    const { id } = (created as { value: { id: string } }).value;
    // The index is written 200 ms after a change; quitting must not wait for that timer nor lose the entry.
    let indexAtQuit = '';
    void electron.quitted.then(() => (indexAtQuit = readFileSync(join(electron.app.getPath('userData'), 'index.json'), 'utf8')));
    const quit = preventable();
    electron.appEvents.emit('before-quit', quit);
    expect(quit.prevented).toBe(true);
    expect(electron.quitCalls).toBe(0);
    await electron.quitted;
    expect(electron.quitCalls).toBe(1);
    expect(indexAtQuit).toContain(id);
  });
});

describe('start-up failures', () => {
  it('says in one Chinese sentence why the data folder cannot be opened, never a stack', async () => {
    const base = mkdtempSync(join(tmpdir(), 'nianbao-glue-'));
    writeFileSync(join(base, 'file'), 'x');
    const electron = createFakeElectron(join(base, 'file', 'data'));
    const boxes: string[] = [];
    electron.dialog.showErrorBox = (_title, content) => void boxes.push(content);
    await startApp(electron, { outDir });
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatch(/^数据文件夹 .*file\/data 无法写入（ENOTDIR）/);
    expect(startFailure(Object.assign(new Error('EIO: i/o error, scandir'), { code: 'EIO' }), '/data')).toBe(
      '数据文件夹 /data 无法打开（EIO）；请检查它的权限和磁盘空间，已有的年报不会被改动',
    );
  });
});

describe('the app:// protocol', () => {
  it('registers app as a privileged scheme before ready and serves only the renderer files, with the CSP', async () => {
    const rendererDir = join(mkdtempSync(join(tmpdir(), 'nianbao-proto-')), 'out');
    mkdirSync(join(rendererDir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'renderer', 'index.html'), '<!doctype html><title>年报</title>');
    writeFileSync(join(rendererDir, 'renderer', 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(join(rendererDir, 'main.cjs'), 'secret main bundle');
    const electron = createFakeElectron(mkdtempSync(join(tmpdir(), 'nianbao-glue-')));
    await startApp(electron, { outDir: rendererDir });
    expect(electron.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const serve = electron.protocolHandlers.get('app');
    if (!serve) throw new Error('app scheme not handled');
    const get = async (url: string) => {
      const r = await serve(new Request(url));
      return { status: r.status, type: r.headers.get('content-type'), csp: r.headers.get('content-security-policy'), body: await r.text() };
    };
    expect(await get('app://nianbao/index.html')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      csp: CSP,
      body: '<!doctype html><title>年报</title>',
    });
    expect(await get('app://nianbao/assets/index.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    for (const url of [
      'app://nianbao/../main.cjs',
      'app://nianbao/%2e%2e/main.cjs',
      'app://nianbao/assets/%2E%2E/%2E%2E/main.cjs',
      'app://nianbao/assets/..%2F..%2Fmain.cjs',
      'app://nianbao/assets%5C..%5C..%5Cmain.cjs',
      'app://nianbao/%00index.html',
      'app://nianbao/%E0%A4%A',
      'app://other/index.html',
      'app://nianbao:8080/index.html',
      'app://nianbao/missing.js',
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(r.body, url).toBe('');
    }
  });

  it('accepts IPC only from the app:// page, not from a file:// page of the same files', async () => {
    const { electron, win } = await started();
    const list = electron.handlers.get(channel('listReports'));
    expect(win.webContents.mainFrame.url).toBe('app://nianbao/index.html');
    expect(await list?.({ senderFrame: win.webContents.mainFrame })).toMatchObject({ ok: true });
    (win.webContents.mainFrame as { url: string }).url = `file://${join(outDir, 'renderer', 'index.html')}`;
    expect(await list?.({ senderFrame: win.webContents.mainFrame })).toMatchObject({ ok: false });
    (win.webContents.mainFrame as { url: string }).url = 'app://nianbao/%2e%2e/x.html';
    expect(await list?.({ senderFrame: win.webContents.mainFrame })).toMatchObject({ ok: false });
  });
});

describe('PDF in the app', () => {
  it('prints on a hidden sandboxed window from a temporary file, then cleans up', async () => {
    const electron = createFakeElectron(tmpdir());
    const pdf = await new ElectronPdfPrinter(electron).print('<!DOCTYPE html><title>x</title><p>年报</p>');
    expect(new TextDecoder().decode(pdf)).toContain('%PDF');
    const win = FakeBrowserWindow.created[0];
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(win?.loaded).toMatch(/nianbao-print-[^/]+\/report\.html$/);
    expect(win?.webContents.printOptions).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    expect(win?.destroyed).toBe(true);
    expect(existsSync(win?.loaded ?? '')).toBe(false);
  });

  it('runs the table probe’s scripts in the window it then prints, and removes it afterwards', async () => {
    const electron = createFakeElectron(tmpdir());
    const pdf = await new ElectronPdfPrinter(electron).open('<!DOCTYPE html><title>x</title><p>年报</p>', async (session) => {
      expect(await session.evaluate('document.title')).toBe(true);
      return session.print();
    });
    expect(new TextDecoder().decode(pdf)).toContain('%PDF');
    const win = FakeBrowserWindow.created.at(-1);
    expect(win?.webContents.scripts).toEqual(['document.fonts.ready.then(() => true)', 'document.title']);
    expect(win?.destroyed).toBe(true);
  });
});

describe('the built bundles', () => {
  const built = join(mkdtempSync(join(tmpdir(), 'nianbao-out-')), 'out');
  beforeAll(async () => {
    await bundleMain(built);
  }, 60_000);

  function requireWithFake(file: string, fake: FakeElectron): void {
    const mod = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
    const original = mod._load;
    mod._load = (request, parent, isMain) => (request === 'electron' ? fake : original(request, parent, isMain));
    try {
      Module.createRequire(import.meta.url)(file);
    } finally {
      mod._load = original;
    }
  }

  it('main.cjs starts the app under the fake: window, menu and every channel', async () => {
    const fake = createFakeElectron(mkdtempSync(join(tmpdir(), 'nianbao-bundle-')));
    const loaded = FakeBrowserWindow.nextLoad();
    requireWithFake(join(built, 'main.cjs'), fake);
    await loaded;
    expect(FakeBrowserWindow.created[0]?.options.webPreferences.sandbox).toBe(true);
    expect(FakeBrowserWindow.created[0]?.options.webPreferences.preload).toBe(join(built, 'preload.cjs'));
    expect(fake.handlers.size).toBe(API_METHODS.length);
    expect(fake.menu).not.toBeNull();
  });

  it('preload.cjs exposes window.nianbao with every API method', () => {
    const fake = createFakeElectron(tmpdir());
    requireWithFake(join(built, 'preload.cjs'), fake);
    const api = fake.exposed.get('nianbao') as Record<string, unknown>;
    for (const m of [...API_METHODS, 'onMenu']) expect(typeof api[m], m).toBe('function');
  });
});
