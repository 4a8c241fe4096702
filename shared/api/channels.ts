/**
 * IPC channel names, one per API method, with a common prefix. Kept free of zod so the sandboxed preload stays
 * small; the payload schemas live in schemas.ts on the main side.
 */
import type { ApiMethod } from './types';

export const API_PREFIX = 'nianbao:';
export const MENU_CHANNEL = 'nianbao-menu';

export const API_METHODS = [
  'appInfo',
  'libraryNotices',
  'listReports',
  'loadReport',
  'createReport',
  'saveReport',
  'removeReport',
  'restoreReport',
  'purgeReport',
  'reportHistory',
  'restoreSnapshot',
  'importFile',
  'importBytes',
  'exportReport',
  'copyWebPage',
  'graphicFigure',
  'showInFolder',
  'readyToClose',
  'reviewFolder',
  'reviewDropped',
  'reviewStatus',
  'reviewReport',
  'reviewExport',
  'reviewSum',
  'sumLibrary',
  'readUnitList',
] as const satisfies readonly ApiMethod[];

export function channel(method: ApiMethod): string {
  return `${API_PREFIX}${method}`;
}

/** What crosses IPC: a value or a Chinese message, so the renderer shows the message and not Electron's wrapper. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; message: string };
