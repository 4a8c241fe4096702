/**
 * The API contract, written once: the argument schemas of every method, checked by the IPC hub and the browser
 * bridge before any service is called. The method list, the preload and the bridge are derived from these keys;
 * contract-check.ts proves at compile time that each tuple matches the method's signature in types.ts.
 */
import { z } from 'zod';
import { FORMAT_IDS } from '../formats';
import { AGENCY_KINDS, REPORT_ID_PATTERN, reportSchema } from '../model/report';
import { NOTHING_TO_SUM } from '../review/sum';
import { registerBookSchema } from '../tally/book';
import { headerMappingSchema } from '../tally/columns';
import { valueMappingSchema } from '../tally/value-mapping';
import { EXPORT_KIND_IDS } from './export-kinds';
import { MAX_FILE_NAME_CHARS, MAX_IMPORT_BYTES, MAX_PATH_CHARS, reportSizeProblem } from './limits';

const id = z.string().regex(REPORT_ID_PATTERN, { message: '年报编号无效' });

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
/** Bytes of any buffer (z.instanceof would narrow the type to Uint8Array<ArrayBuffer>, not the API's Uint8Array). */
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: '应为文件内容' });
/** One file's bytes, within the import limit. */
const fileBytes = bytes.refine((d) => d.byteLength <= MAX_IMPORT_BYTES, { message: `文件过大（上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）` });
const fileName = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_CHARS, { message: `文件名超过 ${MAX_FILE_NAME_CHARS} 个字符` });
const agency = z.string().trim().min(1, { message: '请填写汇总报告的机关名称' }).max(100);
const registerAgency = z.string().trim().min(1, { message: '请先在“基本信息”中填写机关名称' }).max(100);
const registerYear = z.number().int().min(2008).max(2100);
/** Which report's tables a register is counted for. */
const registerTarget = z.object({ agency: registerAgency, year: registerYear, format: z.enum(FORMAT_IDS) });

/** A history version's file name, as the library lists it. */
export const SNAPSHOT_NAME = /^[\w-]+\.json$/;
const snapshotName = z.string().max(100).regex(SNAPSHOT_NAME, { message: '历史版本名称无效' });

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
  reportSnapshot: z.tuple([id, snapshotName]),
  restoreSnapshot: z.tuple([id, snapshotName]),
  importFile: z.tuple([]),
  importBytes: z.tuple([fileName, fileBytes]),
  exportReport: z.tuple([report, z.enum(EXPORT_KIND_IDS), z.array(z.string().max(1000)).max(1000).optional()]),
  copyWebPage: z.tuple([report]),
  previewReport: z.tuple([report]),
  graphicFigure: z.tuple([report]),
  showInFolder: z.tuple([z.string().min(1).max(MAX_PATH_CHARS)]),
  readyToClose: z.tuple([]),
  reviewFolder: z.tuple([]),
  reviewDropped: z.tuple([
    z
      .array(z.object({ name: z.string().min(1).max(MAX_FILE_NAME_CHARS), data: bytes }))
      .min(1, { message: '没有文件' })
      .max(2000, { message: '一次最多审核 2000 个文件' })
      .refine((fs) => fs.reduce((a, f) => a + f.data.byteLength, 0) <= MAX_DROP_BYTES, { message: `文件合计过大（上限 ${MAX_DROP_BYTES / 1024 / 1024} MB）` }),
  ]),
  reviewStatus: z.tuple([id, z.number().int().min(0)]),
  reviewReport: z.tuple([id, z.string().min(1).max(4096)]),
  reviewExport: z.tuple([id, z.enum(['xlsx', 'pdf']), z.array(z.string().max(200)).max(5000)]),
  reviewSum: z.tuple([id, z.array(z.string().min(1).max(4096)).min(1, { message: NOTHING_TO_SUM }).max(5000), agency]),
  sumLibrary: z.tuple([z.array(id).min(1, { message: NOTHING_TO_SUM }).max(5000), agency]),
  readUnitList: z.tuple([z.string().min(1).max(MAX_FILE_NAME_CHARS), fileBytes]),
  tallyRegister: z.tuple([fileName, fileBytes, registerTarget, headerMappingSchema]),
  tallyKeptRegister: z.tuple([registerTarget]),
  rememberValues: z.tuple([registerAgency, valueMappingSchema]),
  loadRegister: z.tuple([registerAgency, registerYear]),
  saveRegister: z.tuple([registerBookSchema]),
  importRegister: z.tuple([fileName, fileBytes, registerAgency, registerYear]),
  exportRegister: z.tuple([registerBookSchema]),
} as const satisfies Record<string, z.ZodTuple>;

/** Methods that are requests to the main process, as the schemas list them (onMenu is an event subscription). */
export type ApiMethod = keyof typeof API_ARGS;

/** Every API method, in the schemas' order: the hub registers, the preload and the bridge expose exactly these. */
export const API_METHODS = Object.keys(API_ARGS) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(API_ARGS, name);
}

/** The arguments of each method, as its schema delivers them to the service. */
export type ApiArgs = { [M in ApiMethod]: z.output<(typeof API_ARGS)[M]> };

/**
 * A report's line in the library's index, as stored on disk and as listed to the renderer. A report written by a
 * newer version of the app may carry a format or kind this one does not know: it is listed blank, not refused.
 */
export const reportSummarySchema = z.object({
  id: z.string(),
  agency: z.string(),
  year: z.number(),
  format: z.union([z.enum(FORMAT_IDS), z.literal('')]).catch(''),
  agencyKind: z.union([z.enum(AGENCY_KINDS), z.literal('')]).catch(''),
  title: z.string(),
  errors: z.number(),
  warnings: z.number(),
  createdAt: z.string(),
  savedAt: z.string(),
  deletedAt: z.string().optional(),
  /** set when the file was written by a newer version of the app: shown, never saved over */
  newerSchema: z.number().optional(),
});
