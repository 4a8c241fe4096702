/**
 * The library's index file (index.json): a summary of each report and what its counts were computed from. It
 * only summarises the report files, so a damaged one is rebuilt from them, never trusted or silently dropped.
 */
import { z } from 'zod';
import { reportSummarySchema } from '../../../shared/api/schemas';
import type { ReportSummary } from '../../../shared/api/types';

/**
 * `checked`: for each report, the app version and a digest of the file its summary was computed from (and of its
 * year before: counts.ts). A file byte for byte the same, opened by the same version, was already validated and
 * checked: its summary stands.
 */
const indexSchema = z.object({
  version: z.literal(1),
  reports: z.record(z.string(), reportSummarySchema),
  checked: z.record(z.string(), z.string()).optional(),
});
export type IndexData = z.infer<typeof indexSchema>;

export const emptyIndex = (): IndexData => ({ version: 1, reports: {} });

/** The durable file's check of what it read: the index as written, or the first reason it is not. */
export function indexFileValidator(raw: unknown): { ok: true; value: IndexData } | { ok: false; reason: string } {
  const r = indexSchema.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, reason: r.error.issues[0]?.message ?? '格式不正确' };
}

/** The entry of a report whose file told nothing yet: filled in from the file as it is read. */
export function blankSummary(id: string): ReportSummary {
  const now = new Date().toISOString();
  return { id, agency: '', year: 0, format: '', agencyKind: '', title: '', errors: 0, warnings: 0, createdAt: now, savedAt: now };
}
