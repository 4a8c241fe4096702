/**
 * The report as exchanged (docs/spec/interchange.md §1): a zod schema, so every file, IPC payload and import is
 * validated the same way. Cells hold number | null; null (or an absent key) is blank and never equals 0.
 */
import { z } from 'zod';
import { AGENCY_KINDS, FORMAT_IDS, NARRATIVE_KEYS, type AgencyKind, type NarrativeSectionKey } from '../formats/types';
import { PROFILE_IDS } from '../profiles';

export const CURRENT_SCHEMA_VERSION = 1;

export const runSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
});

/** Set on text carried over from last year's report until the user edits or confirms it (roll-forward). */
const unreviewed = z.boolean().optional();

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(2), z.literal(3), z.literal(4)]), text: z.string(), unreviewed }),
  z.object({ kind: z.literal('paragraph'), runs: z.array(runSchema), unreviewed }),
  z.object({
    kind: z.literal('figure'),
    /** a data: URL; empty when the source only had the caption (the picture is still to be supplied) */
    src: z.string().refine((s) => s === '' || s.startsWith('data:image/'), { message: '图片必须是 data:image/… 形式的内嵌图片' }),
    caption: z.string(),
  }),
]);

export const CELL_ID_PATTERN = /^t[234](\.[a-z_]+)+$/;

/** A report's id in the library (a UUID), also its file name there: `<id>.json`. */
const REPORT_ID = '[0-9a-f-]{36}';
export const REPORT_ID_PATTERN = new RegExp(`^${REPORT_ID}$`);
export const REPORT_FILE_PATTERN = new RegExp(`^(${REPORT_ID})\\.json$`);

export const cellsSchema = z.record(
  z.string().regex(CELL_ID_PATTERN, { message: '单元格编号应形如 t3.new.total' }),
  z.number().refine(Number.isFinite, { message: '必须是有限数字' }).nullable(),
);

export const sectionsSchema = z.object({
  preface: z.array(blockSchema).default([]),
  overview: z.array(blockSchema).default([]),
  problems: z.array(blockSchema).default([]),
  other: z.array(blockSchema).default([]),
});

/** Every narrative part, empty. */
export function emptySections(): { [K in NarrativeSectionKey]: Block[] } {
  return Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, []])) as unknown as { [K in NarrativeSectionKey]: Block[] };
}

export const sourceSchema = z
  .object({
    agency: z.string(),
    file: z.string(),
    year: z.number().int().optional(),
    /** the input's own cells, so a summed cell can list what each input contributed */
    cells: cellsSchema.optional(),
  })
  .loose();

export { AGENCY_KINDS, type AgencyKind } from '../formats/types';

/** How many import notes a report keeps, and how long each part of one may be (the schema's and the import's). */
export const IMPORT_NOTE_LIMITS = { notes: 2000, where: 200, message: 2000 } as const;

export const reportSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    format: z.enum(FORMAT_IDS),
    year: z.number().int().min(2008).max(2200),
    agency: z.string().trim().min(1, { message: '机关名称不能为空' }),
    agencyKind: z.enum(AGENCY_KINDS),
    title: z.string().optional(),
    sections: sectionsSchema.default(emptySections),
    cells: cellsSchema.default({}),
    units: z.record(z.string(), z.enum(['元', '万元'])).optional(),
    /** the check profile (shared/profiles.ts); absent = 全国默认 */
    profile: z.enum(PROFILE_IDS, { message: `检查配置应为 ${PROFILE_IDS.join('、')} 之一` }).optional(),
    signoff: z
      .object({
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 YYYY-MM-DD' })
          .optional(),
      })
      .loose()
      .optional(),
    /** warnings the user confirmed, with the explanation saved in the report (keyed by diagnostic key) */
    acknowledgements: z.record(z.string(), z.object({ note: z.string(), at: z.string().optional() })).optional(),
    /** a summed report (interchange.md §6): each input's agency and file, with its figures for the tooltips */
    sources: z.array(sourceSchema).optional(),
    /**
     * what the import said needs checking, where in the source: kept with the report until the user dismisses
     * them in the editor (interchange.md §1, added field)
     */
    importNotes: z
      .array(z.object({ where: z.string().max(IMPORT_NOTE_LIMITS.where), message: z.string().max(IMPORT_NOTE_LIMITS.message) }))
      .max(IMPORT_NOTE_LIMITS.notes)
      .optional(),
  })
  // Fields added by later versions of the contract are kept, not dropped.
  .loose();

export type Run = z.infer<typeof runSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Cells = z.infer<typeof cellsSchema>;
export type Report = z.infer<typeof reportSchema>;
export type ReportSource = z.infer<typeof sourceSchema>;
export type SectionBlocks = z.infer<typeof sectionsSchema>;
// The schema's parts are NARRATIVE_KEYS: a part added to one and not the other fails the typecheck here.
export const SECTION_PARTS_MATCH: [keyof SectionBlocks] extends [NarrativeSectionKey]
  ? [NarrativeSectionKey] extends [keyof SectionBlocks]
    ? true
    : never
  : never = true;

/** How the report's subject is named wherever the user chooses it (新建年报, 导入, 标题与落款). */
export const AGENCY_KIND_LABEL: Record<AgencyKind, string> = {
  department: '部门（本机关）',
  government: '人民政府（含考核、评议、追责）',
};

/** The subject a form control's value names; anything else is a department's report. */
export function agencyKindOf(value: string): AgencyKind {
  return value === 'government' ? 'government' : 'department';
}

export function cellValue(report: Pick<Report, 'cells'>, id: string): number | null {
  const v = report.cells[id];
  return v === undefined ? null : v;
}

/** The title as printed: the one given, else derived from agency and year (formats.md §3). */
export function reportTitle(report: Pick<Report, 'title' | 'agency' | 'year'>): string {
  return report.title?.trim() || derivedTitle(report.agency, report.year);
}

export function derivedTitle(agency: string, year: number): string {
  return `${agency}${year}年政府信息公开工作年度报告`;
}

/** Adjacent runs of the same weight joined, empty ones dropped: the one shape every reader and the editor write. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold) last.text += r.text;
    else out.push(r.bold ? { text: r.text, bold: true } : { text: r.text });
  }
  return out;
}

export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return block.runs.map((r) => r.text).join('');
    case 'figure':
      return block.caption;
  }
}
