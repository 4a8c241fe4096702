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
/** Files dropped on the 审核 page at once: a county's or a city's reports, with room to spare. */
const MAX_DROP_BYTES = 10 * MAX_IMPORT_BYTES;
const agency = z.string().trim().min(1, { message: '请填写汇总报告的机关名称' }).max(100);

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
  reviewFolder: z.tuple([]),
  reviewDropped: z.tuple([
    z
      .array(z.object({ name: z.string().min(1).max(MAX_FILE_NAME_CHARS), data: z.instanceof(Uint8Array) }))
      .min(1, { message: '没有文件' })
      .max(2000, { message: '一次最多审核 2000 个文件' })
      .refine((fs) => fs.reduce((a, f) => a + f.data.byteLength, 0) <= MAX_DROP_BYTES, { message: `文件合计过大（上限 ${MAX_DROP_BYTES / 1024 / 1024} MB）` }),
  ]),
  reviewStatus: z.tuple([id, z.number().int().min(0)]),
  reviewReport: z.tuple([id, z.string().min(1).max(4096)]),
  reviewExport: z.tuple([id, z.enum(['xlsx', 'pdf']), z.array(z.string().max(200)).max(5000)]),
  reviewSum: z.tuple([id, z.array(z.string().min(1).max(4096)).min(1, { message: '请先勾选要汇总的报告' }).max(5000), agency]),
  sumLibrary: z.tuple([z.array(id).min(1, { message: '请先勾选要汇总的报告' }).max(5000), agency]),
  readUnitList: z.tuple([
    z.string().min(1).max(MAX_FILE_NAME_CHARS),
    z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_IMPORT_BYTES, { message: `文件过大（上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）` }),
  ]),
} as const satisfies Record<(typeof API_METHODS)[number], z.ZodTuple>;
