/** The report 新建年报 creates: blank, rolled forward from a prior year in the library, or an imported file as corrected. */
import type { ImportOutcome, ReportSummary } from '../../../shared/api/types';
import { agencyKindOf, type AgencyKind, type Report } from '../../../shared/model';
import { withProfile, type ProfileId } from '../../../shared/profiles';
import { blankReport, rollForward } from '../../../shared/rollover';
import { api } from '../api';

export type StartMode = 'blank' | 'prior' | 'file';

/** What the dialog asks for a blank or rolled-forward report (the format follows the year). */
export interface ReportBasics {
  agency: string;
  kind: AgencyKind;
  year: number;
}

/** A prior report's agency and kind, and the year after it: what a report made from it as template starts with. */
export function followingYear(prior: ReportSummary): ReportBasics {
  return { agency: prior.agency, kind: agencyKindOf(prior.agencyKind), year: prior.year + 1 };
}

export interface NewReportChoice {
  mode: StartMode;
  fields: ReportBasics;
  priorId: string;
  imported: ImportOutcome | null;
  /** the imported report with the user's corrections; null while a field is not usable */
  corrected: Report | null;
  /** null: not chosen here, so a template's or an imported file's own profile stays */
  profile: ProfileId | null;
}

async function startingReport({ mode, fields, priorId, imported, corrected }: NewReportChoice): Promise<{ report: Report; message?: string }> {
  const { agency, kind, year } = fields;
  if (mode === 'file') {
    if (!imported) throw new Error('请先选择要导入的文件');
    if (!corrected) throw new Error('请填写机关全称和四位数的年度');
    return { report: corrected };
  }
  if (mode === 'prior') {
    const loaded = await api().loadReport(priorId);
    if (year <= loaded.report.year) throw new Error(`新年度应晚于${loaded.report.year}年`);
    const rolled = rollForward({ ...loaded.report, agency: agency.trim() || loaded.report.agency, agencyKind: kind }, year);
    const mentions = rolled.mentions.length ? `正文中有 ${rolled.mentions.length} 处年份待确认（“与上年对照”）` : '';
    return { report: rolled.report, message: [...rolled.notes, mentions].filter(Boolean).join('；') };
  }
  if (!agency.trim()) throw new Error('请填写机关全称');
  return { report: blankReport(agency.trim(), kind, year) };
}

/** Creates the chosen report in the library; the message joins what roll-forward and the library have to say. */
export async function createNewReport(choice: NewReportChoice): Promise<{ id: string; message: string }> {
  const { report, message } = await startingReport(choice);
  const summary = await api().createReport(choice.profile ? withProfile(report, choice.profile) : report);
  return { id: summary.id, message: [message, summary.notice].filter(Boolean).join('；') };
}
