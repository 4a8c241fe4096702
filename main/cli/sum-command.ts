import { sumReports, type SumInput } from '../../shared/review';
import { importFile } from '../services/import/import-file';
import { reportToJson, writeOutputFile } from '../services/report-file';
import type { Io } from './output';

export interface SumArgs {
  reports: string[];
  agency: string;
  out?: string;
}

export async function runSum(args: SumArgs, io: Io): Promise<number> {
  const inputs: SumInput[] = [];
  for (const file of args.reports) {
    const { report } = await importFile(file);
    inputs.push({ report, file });
  }
  const result = sumReports(inputs, args.agency);
  for (const w of result.warnings) io.err(`汇总提示：${w}`);
  const json = reportToJson(result.report);
  if (args.out) {
    await writeOutputFile(args.out, Buffer.from(json));
    io.err(`已汇总 ${inputs.length} 份报告：${result.report.agency} ${result.report.year}年，写入 ${args.out}`);
  } else {
    io.out(json);
  }
  return 0;
}
