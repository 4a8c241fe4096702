/**
 * IPC channel names, one per API method, with a common prefix, and the envelope every answer travels in. Kept free
 * of zod so the sandboxed preload stays small; the method list is derived from the schemas (schemas.ts).
 */
import type { ApiMethod } from './schemas';

export const API_PREFIX = 'nianbao:';
export const MENU_CHANNEL = 'nianbao-menu';

export function channel(method: ApiMethod): string {
  return `${API_PREFIX}${method}`;
}

/** What crosses IPC: a value or a Chinese message, so the renderer shows the message and not Electron's wrapper. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; message: string };
