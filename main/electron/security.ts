/**
 * Electron's security checklist applied once to the session and to every web contents: no permissions, no
 * navigation away from the app, no new windows, no <webview>, no request leaving the packaged files.
 */
import { tmpdir } from 'node:os';
import { normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppUrl } from './app-protocol';
import type { ElectronDeps, SessionLike, WebContentsLike } from './deps';

export { isAppUrl };

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The temporary print files of the PDF export (see electron-pdf.ts). */
export const PRINT_DIR_PREFIX = 'nianbao-print-';

/** Whether a URL is a file inside one of those folders, checked on the normalised path (no `..` escapes). */
export function isPrintUrl(url: string): boolean {
  let path: string;
  try {
    path = normalize(fileURLToPath(new URL(url)));
  } catch {
    return false;
  }
  const rel = relative(tmpdir(), path);
  const [folder, ...rest] = rel.split(sep);
  return !!folder && folder.startsWith(PRINT_DIR_PREFIX) && rest.length > 0;
}

export function hardenSession(session: SessionLike, rendererDir: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed = isAppUrl(url, rendererDir) || isPrintUrl(url) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:');
    callback(allowed ? {} : { cancel: true });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
}

export function hardenContents(contents: WebContentsLike, rendererDir: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererDir)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, rendererDir)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every web contents the app ever creates gets the same treatment. */
export function hardenApp(electron: Pick<ElectronDeps, 'app'>, rendererDir: string): void {
  electron.app.on('web-contents-created', (_event, contents) => hardenContents(contents, rendererDir));
}
