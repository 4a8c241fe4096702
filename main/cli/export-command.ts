import { exportReport, profileById } from '../services/export';
import { ChromiumPdfPrinter } from '../services/export/chromium-printer';
import { priorYearOf } from '../../shared/review/review';
import { UserError } from '../services/errors';
import { readReportFile } from '../services/report-file';
import packageJson from '../../package.json' with { type: 'json' };
import type { Io } from './output';

export interface ExportArgs {
  report: string;
  docx?: string;
  pdf?: string;
  html?: string;
  graphic?: string;
  /** the kirogov-package/1.0 ZIP */
  kirogov?: string;
  /** earlier years' reports: the year before for the cross-year checks, all of them for the 图解's trend */
  prior?: string[];
  profile?: string;
  signoff: boolean;
  /** the user checked every G13 finding (listed by nianbao check) and publishes them as they are */
  publishPersonal?: boolean;
}

export async function runExport(args: ExportArgs, io: Io): Promise<number> {
  if (!args.docx && !args.pdf && !args.html && !args.graphic && !args.kirogov) {
    throw new UserError('请用 --docx、--pdf、--html、--graphic 或 --kirogov 指定要导出的文件（见 nianbao --help）');
  }
  const report = await readReportFile(args.report);
  const history = await Promise.all((args.prior ?? []).map((p) => readReportFile(p)));
  // The year before, found among them as the library finds it, checks the report as the editor does.
  const prior = priorYearOf(
    history.map((r, i) => ({ ...r, id: String(i) })),
    report.agency,
    report.year,
  );
  const printer = new ChromiumPdfPrinter();
  try {
    const outcome = await exportReport(
      report,
      {
        ...(args.docx ? { docx: args.docx } : {}),
        ...(args.pdf ? { pdf: args.pdf } : {}),
        ...(args.html ? { html: args.html } : {}),
        ...(args.kirogov ? { kirogov: args.kirogov, version: packageJson.version } : {}),
        ...(args.publishPersonal ? { confirmedPersonal: 'all' as const } : {}),
        ...(args.graphic ? { graphic: args.graphic, history } : {}),
        ...(prior ? { prior } : {}),
        ...(args.profile ? { profile: profileById(args.profile) } : {}),
        signoff: args.signoff,
      },
      () => printer,
    );
    for (const n of outcome.notices) io.err(`注意：${n}`);
    for (const d of outcome.fontDetails) io.err(`  ${d}`);
    for (const w of outcome.written) io.err(`已导出：${w}`);
    return 0;
  } finally {
    await printer.close();
  }
}
