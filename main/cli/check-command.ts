import { getFormat } from '../../shared/formats';
import { checkReport, publishedCounts, SEVERITY_LABEL, summarize, type Diagnostic, type Severity } from '../../shared/checks';
import { reportTitle, type Report } from '../../shared/model';
import { readReportFile } from '../services/report-file';
import type { Io } from './output';

export interface CheckArgs {
  report: string;
  prior?: string;
  json: boolean;
}

/** The diagnostic as `check --json` prints it (interchange.md §4). */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  const o: Record<string, unknown> = { rule: d.rule, severity: d.severity, cells: d.cells, message: d.message };
  if (d.expected !== undefined) o.expected = d.expected;
  if (d.actual !== undefined) o.actual = d.actual;
  if (d.blocks) o.blocks = d.blocks;
  if (d.spans) o.spans = d.spans;
  o.key = d.key;
  return o;
}

export function formatDiagnosticsText(report: Report, diagnostics: Diagnostic[], prior?: Report): string {
  const lines = [reportTitle(report), `格式：${getFormat(report.format).def.name}`];
  if (prior) lines.push(`对照上年报告：${reportTitle(prior)}`);
  const order: Severity[] = ['error', 'warning', 'info'];
  for (const s of order) {
    const list = diagnostics.filter((d) => d.severity === s);
    if (list.length === 0) continue;
    lines.push('', `${SEVERITY_LABEL[s]} ${list.length} 项：`);
    list.forEach((d, i) => lines.push(`  ${i + 1}. [${d.rule}] ${d.message}`));
  }
  const { errors, warnings } = publishedCounts(summarize(diagnostics));
  lines.push(
    '',
    errors > 0
      ? `结论：有 ${errors} 项错误${warnings ? `、${warnings} 项警告` : ''}，改正错误后才能作为定稿发布。`
      : warnings > 0
        ? `结论：没有错误；有 ${warnings} 项警告，请逐项核对或说明。`
        : '结论：全部检查通过。',
  );
  return lines.join('\n');
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const report = await readReportFile(args.report);
  const prior = args.prior ? await readReportFile(args.prior) : undefined;
  const diagnostics = checkReport(report, prior ? { prior } : {});
  const ok = publishedCounts(summarize(diagnostics)).errors === 0;
  if (args.json) io.out(JSON.stringify({ ok, diagnostics: diagnostics.map(diagnosticJson) }, null, 2));
  else io.out(formatDiagnosticsText(report, diagnostics, prior));
  return ok ? 0 : 1;
}
