/**
 * The renderer is loaded from `app://nianbao/…`, served by `protocol.handle` from the packaged renderer folder
 * only, instead of `file://` (which would give the page the whole disk's origin). Paths are decoded and
 * normalised before they are checked: a `..` segment, encoded or not, a backslash or a NUL is refused.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { ElectronDeps } from './deps';

export const APP_SCHEME = 'app';
export const APP_HOST = 'nianbao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * The file an app URL names inside `rendererDir`, or null when the URL is not one of the app's files: another
 * scheme or host, credentials or a port, an undecodable path, a `..` segment, a backslash or a NUL.
 */
export function appFilePath(url: string, rendererDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.hostname !== APP_HOST || u.port || u.username || u.password) return null;
  // The raw path is checked as well as the parsed one: the parser folds plain `..` but not `%2e%2e`.
  const raw = /^[a-z]+:\/\/[^/]*(\/[^?#]*)?/i.exec(url)?.[1] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(u.pathname);
    if (decodeURIComponent(raw) !== decoded) return null;
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(rendererDir, relativePath));
  const rel = relative(rendererDir, full);
  if (!rel || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return full;
}

/** Whether a URL is one of the app's own pages or files (after normalisation, see appFilePath). */
export function isAppUrl(url: string, rendererDir: string): boolean {
  return appFilePath(url, rendererDir) !== null;
}

/** Answers one request of the app scheme from the renderer folder; anything else is 404, never another file. */
export async function serveAppRequest(url: string, rendererDir: string, csp: string): Promise<Response> {
  const path = appFilePath(url, rendererDir);
  if (!path) return new Response('', { status: 404 });
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    return new Response('', { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Must run before the app is ready: the scheme is standard (relative URLs, an origin for 'self') and secure. */
export function registerAppScheme(electron: Pick<ElectronDeps, 'protocol'>): void {
  electron.protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function handleAppScheme(electron: Pick<ElectronDeps, 'protocol'>, rendererDir: string, csp: string): void {
  electron.protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir, csp));
}
