/** The argument schemas of every API method, checked by the IPC hub before any service is called. */
import { z } from 'zod';
import { reportSchema } from '../model/report';
import type { API_METHODS } from './channels';

const id = z.string().regex(/^[0-9a-f-]{36}$/, { message: '年报编号无效' });
const MAX_IMPORT = 50 * 1024 * 1024;
const MAX_DROP = 500 * 1024 * 1024;
const agency = z.string().trim().min(1, { message: '请填写汇总报告的机关名称' }).max(100);

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
  exportReport: z.tuple([reportSchema, z.enum(['docx', 'pdf'])]),
  showInFolder: z.tuple([z.string().min(1).max(4096)]),
  readyToClose: z.tuple([]),
  reviewFolder: z.tuple([]),
  reviewDropped: z.tuple([
    z
      .array(z.object({ name: z.string().min(1).max(260), data: z.instanceof(Uint8Array) }))
      .min(1, { message: '没有文件' })
      .max(2000, { message: '一次最多审核 2000 个文件' })
      .refine((fs) => fs.reduce((a, f) => a + f.data.byteLength, 0) <= MAX_DROP, { message: '文件合计过大（上限 500 MB）' }),
  ]),
  reviewStatus: z.tuple([id, z.number().int().min(0)]),
  reviewReport: z.tuple([id, z.string().min(1).max(4096)]),
  reviewExport: z.tuple([id, z.enum(['xlsx', 'pdf']), z.array(z.string().max(200)).max(5000)]),
  reviewSum: z.tuple([id, z.array(z.string().min(1).max(4096)).min(1, { message: '请先勾选要汇总的报告' }).max(5000), agency]),
  sumLibrary: z.tuple([z.array(id).min(1, { message: '请先勾选要汇总的报告' }).max(5000), agency]),
  readUnitList: z.tuple([
    z.string().min(1).max(260),
    z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_IMPORT, { message: '文件过大（上限 50 MB）' }),
  ]),
} as const satisfies Record<(typeof API_METHODS)[number], z.ZodTuple>;
