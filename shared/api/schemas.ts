/** The argument schemas of every API method, checked by the IPC hub before any service is called. */
import { z } from 'zod';
import { reportSchema } from '../model/report';
import type { API_METHODS } from './channels';
import { EXPORT_KIND_IDS } from './export-kinds';
import { MAX_FILE_NAME_CHARS, MAX_IMPORT_BYTES, MAX_PATH_CHARS, reportSizeProblem } from './limits';

const id = z.string().regex(/^[0-9a-f-]{36}$/, { message: '年报编号无效' });

/** Marks an issue whose message is a whole sentence for the user, shown as it is. */
export const USER_MESSAGE = 'userMessage';

/** A report from the renderer: sizes checked before anything else, so an oversized payload is never parsed deeper. */
const report = z
  .unknown()
  .superRefine((v, ctx) => {
    const problem = reportSizeProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { [USER_MESSAGE]: true } });
  })
  .pipe(reportSchema);

export const API_ARGS = {
  appInfo: z.tuple([]),
  libraryNotices: z.tuple([]),
  listReports: z.tuple([]),
  loadReport: z.tuple([id]),
  createReport: z.tuple([report]),
  saveReport: z.tuple([id, report]),
  removeReport: z.tuple([id]),
  restoreReport: z.tuple([id]),
  purgeReport: z.tuple([id]),
  reportHistory: z.tuple([id]),
  restoreSnapshot: z.tuple([id, z.string().max(100).regex(/^[\w-]+\.json$/)]),
  importFile: z.tuple([]),
  importBytes: z.tuple([
    z.string().min(1).max(MAX_FILE_NAME_CHARS, { message: `文件名超过 ${MAX_FILE_NAME_CHARS} 个字符` }),
    z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_IMPORT_BYTES, { message: `文件过大（上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）` }),
  ]),
  exportReport: z.tuple([report, z.enum(EXPORT_KIND_IDS)]),
  copyWebPage: z.tuple([report]),
  graphicFigure: z.tuple([report]),
  showInFolder: z.tuple([z.string().min(1).max(MAX_PATH_CHARS)]),
  readyToClose: z.tuple([]),
} as const satisfies Record<(typeof API_METHODS)[number], z.ZodTuple>;
