import { basename } from 'node:path';
import { blankReport } from '../../shared/rollover';
import { applyTally, compareCarryOver, type Tally, type Uncounted, type Overdue } from '../../shared/tally';
import type { Report } from '../../shared/model';
import { UserError } from '../services/errors';
import { readReportFile, reportToJson, writeOutputFile } from '../services/report-file';
import { tallyFiles } from '../services/tally/tally-file';
import type { Io } from './output';

export interface TallyArgs {
  register: string;
  year: number;
  cases?: string;
  into?: string;
  prior?: string;
  agency?: string;
  out?: string;
  json: boolean;
}

/** Where a register row is, as every message names it. */
export function rowPlace(r: { sheet: string; row: number }): string {
  return `工作表“${r.sheet}”第${r.row}行`;
}

export function uncountedLine(u: Uncounted): string {
  return `未统计：${rowPlace(u)}“${u.column}”列${u.value ? `“${u.value}”` : ''}——${u.reason}`;
}

export function overdueLine(o: Overdue): string {
  const n = o.number ? `编号 ${o.number}，` : '';
  return `超过答复期限：${rowPlace(o)}（${n}${o.received} 收到，应在 ${o.due} 前答复，${o.answered ? `${o.answered} 才答复` : '尚未答复'}）`;
}

function summaryLine(t: Tally): string {
  const cases = t.casesRead ? `、行政复议和行政诉讼案件 ${t.counted.cases} 件` : '';
  return `已统计 ${t.year} 年：申请 ${t.counted.applications} 件${cases}${t.uncounted.length ? `；${t.uncounted.length} 行未统计，请在台账中改正后重新统计` : ''}`;
}

export async function runTally(args: TallyArgs, io: Io): Promise<number> {
  if (!Number.isInteger(args.year) || args.year < 2008 || args.year > 2200) throw new UserError('--year 应为年份，例如 --year 2025');
  const into = args.into ? await readReportFile(args.into) : undefined;
  if (into && into.year !== args.year) throw new UserError(`${args.into} 是 ${into.year} 年的年报，与 --year ${args.year} 不一致`);
  const prior = args.prior ? await readReportFile(args.prior) : undefined;
  const { tally } = await tallyFiles(args.register, args.cases, { year: args.year, ...(into ? { format: into.format } : {}) });

  let base: Report;
  if (into) base = args.agency ? { ...into, agency: args.agency } : into;
  else {
    if (!args.agency) io.err(`提示：没有给出 --agency，机关名称暂写作“（未填写机关名称）”，请在年报中改正`);
    base = blankReport(args.agency ?? '（未填写机关名称）', 'department', args.year);
  }
  const report = applyTally(base, tally);
  const carryOver = prior ? compareCarryOver(tally, prior) : [];

  for (const u of tally.uncounted) io.err(uncountedLine(u));
  for (const n of tally.notes) io.err(`提示：${n}`);
  for (const d of carryOver) io.err(`警告：${d.message}`);
  for (const o of tally.overdue) io.err(overdueLine(o));
  io.err(summaryLine(tally));

  const json = reportToJson(report);
  if (args.out) {
    await writeOutputFile(args.out, new TextEncoder().encode(json));
    io.err(`已写入 ${basename(args.out)}`);
  }
  if (args.json) {
    io.out(
      JSON.stringify(
        {
          report,
          uncounted: tally.uncounted,
          overdue: tally.overdue,
          notes: tally.notes,
          carryOver: carryOver.map(({ column, carried, forward, applications, message }) => ({ column, carried, forward, applications, message })),
          counted: tally.counted,
        },
        null,
        2,
      ),
    );
  } else if (!args.out) io.out(json);
  return tally.uncounted.length > 0 ? 1 : 0;
}
