import { rollForward } from '../../shared/rollover';
import { UserError } from '../services/errors';
import { readReportFile, reportToJson, writeOutputFile } from '../services/report-file';
import type { Io } from './output';

export interface NewArgs {
  from: string;
  year: number;
  out?: string;
}

export async function runNew(args: NewArgs, io: Io): Promise<number> {
  if (!Number.isInteger(args.year) || args.year < 2019 || args.year > 2200) throw new UserError('--year 应为年度，如 2026');
  const prior = await readReportFile(args.from);
  if (args.year <= prior.year) throw new UserError(`新年度（${args.year}）应晚于上年报告的年度（${prior.year}）`);
  const { report, mentions, notes } = rollForward(prior, args.year);
  for (const n of notes) io.err(`说明：${n}`);
  for (const m of mentions) io.err(`待确认：正文“…${m.context}…”中的“${m.from}”是否改为“${m.to}”`);
  const json = reportToJson(report);
  if (args.out) {
    await writeOutputFile(args.out, Buffer.from(json));
    io.err(`已生成：${report.agency} ${report.year}年，写入 ${args.out}（上年结转已按上年“结转下年度继续办理”填好，其余数字留空待填，正文为待审阅草稿）`);
  } else {
    io.out(json);
  }
  return 0;
}
