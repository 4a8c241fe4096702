/** The work done for one file of a review, in a worker thread or in-process: import it, then run every check. */
import { checkReport, type Diagnostic } from '../../../shared/checks';
import type { Report } from '../../../shared/model';
import { UserError } from '../errors';
import { importFile } from '../import/import-file';

export type FileOutcome = { ok: true; report: Report; importWarnings: string[]; diagnostics: Diagnostic[] } | { ok: false; error: string };

export async function importAndCheck(file: string): Promise<FileOutcome> {
  try {
    const { report, warnings } = await importFile(file);
    return { ok: true, report, importWarnings: warnings.map((w) => `${w.where}：${w.message}`), diagnostics: checkReport(report) };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, error: e.message };
    return { ok: false, error: `${file}：文件无法读取，可能已损坏（${e instanceof Error ? e.message : String(e)}）` };
  }
}
