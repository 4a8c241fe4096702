/** Opening the built app in Chromium through the browser bridge, with per-test data and export folders. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowserApp, type BridgedApp } from '../../main/browser/bridge';

export const ROOT = process.cwd();
/**
 * Screenshots go to a temporary folder so that a test run leaves the tree clean; `npm run docs:screens` points this
 * at docs/screens to refresh the README's images.
 */
export const SCREENS = process.env.NIANBAO_SCREENS_DIR ? join(ROOT, process.env.NIANBAO_SCREENS_DIR) : join(tmpdir(), 'nianbao-screens');

export function folders(): { dataDir: string; exportDir: string } {
  const base = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  const exportDir = join(base, 'exports');
  mkdirSync(exportDir);
  return { dataDir: join(base, 'data'), exportDir };
}

export async function launch(dirs: { dataDir: string; exportDir: string }): Promise<BridgedApp> {
  const app = await openBrowserApp({ ...dirs, rendererDir: join(ROOT, 'out', 'renderer'), headless: true });
  const errors: string[] = [];
  app.page.on('pageerror', (e) => errors.push(e.message));
  (app as BridgedApp & { errors: string[] }).errors = errors;
  return app;
}

export function pageErrors(app: BridgedApp): string[] {
  return (app as BridgedApp & { errors?: string[] }).errors ?? [];
}

/** Pastes text into the focused element the way a spreadsheet's copy arrives (text/plain with tabs). */
export async function pasteText(app: BridgedApp, selector: string, text: string): Promise<void> {
  await app.page.locator(selector).focus();
  await app.page.evaluate(
    ([sel, t]) => {
      const el = document.querySelector(sel ?? '');
      const data = new DataTransfer();
      data.setData('text/plain', t ?? '');
      el?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [selector, text],
  );
}
