/** The argument schemas of every API method, checked by the IPC hub before any service is called. */
import { z } from 'zod';
import { reportSchema } from '../model/report';
import type { API_METHODS } from './channels';
import { EXPORT_KIND_IDS } from './export-kinds';

const id = z.string().regex(/^[0-9a-f-]{36}$/, { message: '年报编号无效' });
const MAX_IMPORT = 50 * 1024 * 1024;

export const API_ARGS = {
  appInfo: z.tuple([]),
  libraryNotices: z.tuple([]),
  listReports: z.tuple([]),
  loadReport: z.tuple([id]),
  createReport: z.tuple([reportSchema]),
  saveReport: z.tuple([id, reportSchema]),
  removeReport: z.tuple([id]),
  restoreReport: z.tuple([id]),
  purgeReport: z.tuple([id]),
  reportHistory: z.tuple([id]),
  restoreSnapshot: z.tuple([id, z.string().regex(/^[\w-]+\.json$/)]),
  importFile: z.tuple([]),
  importBytes: z.tuple([
    z.string().min(1).max(260),
    z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_IMPORT, { message: '文件过大（上限 50 MB）' }),
  ]),
  exportReport: z.tuple([reportSchema, z.enum(EXPORT_KIND_IDS)]),
  copyWebPage: z.tuple([reportSchema]),
  graphicFigure: z.tuple([reportSchema]),
  showInFolder: z.tuple([z.string().min(1).max(4096)]),
  readyToClose: z.tuple([]),
} as const satisfies Record<(typeof API_METHODS)[number], z.ZodTuple>;
