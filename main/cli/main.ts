/**
 * `nianbao`: the command line of spec/interchange.md §4. Exit 0 success, 1 errors found (check), 2 unusable
 * input; problems go to stderr as one Chinese line and nothing to stdout.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../services/errors';
import { runCheck } from './check-command';
import { runImport } from './import-command';
import { runExport } from './export-command';
import { runNew } from './new-command';
import { processIo, type Io } from './output';

export const HELP = `nianbao — 政府信息公开工作年度报告编制助手（命令行）

用法：
  nianbao check REPORT.json [--prior PRIOR.json] [--json]
      运行全部勾稽与合规检查；--prior 加上跨年度检查（上年结转等）；--json 输出机器可读结果。
      退出码：0 无错误，1 有错误，2 输入无法使用。
  nianbao import FILE [--out REPORT.json]
      把已发布的年报读成年报 JSON：从网页或 PDF 复制的 .txt、网页 .html、Word/WPS 的 .docx、旧版 Word 的
      .doc/.wps、有文字层的 .pdf（Word/WPS 另存、浏览器打印；扫描件无法读取）、本程序导出的 .docx/.pdf 或 .json；
      无法对应的内容在标准错误中逐条说明位置。
      退出码：0 已导入，2 输入无法使用。
  nianbao export REPORT.json [--docx OUT.docx] [--pdf OUT.pdf] [--profile gbt9704|jiangsu] [--no-signoff]
      按公文版式（GB/T 9704）导出 Word 和 PDF；有错误的报告也可导出（按草稿，并提示）；缺少官方字体时说明代替字体。
      PDF 用本机的 Chromium、Edge 或 Chrome 生成（可用环境变量 NIANBAO_CHROMIUM 指定）。
      退出码：0 已导出，2 输入无法使用。
  nianbao new --from PRIOR.json --year N [--out REPORT.json]
      以上一年度的年报为模板生成 N 年度的年报：上年“结转下年度继续办理”填入本年“上年结转”，其余数字留空，
      正文作为待审阅的草稿，正文中的年份改动只列出待确认，不自动替换。
      退出码：0 已生成，2 输入无法使用。
  nianbao --help
      显示本说明。
`;

class UsageError extends UserError {}

function need(positionals: string[], index: number, what: string): string {
  const v = positionals[index];
  if (!v) throw new UsageError(`缺少参数：${what}（见 nianbao --help）`);
  return v;
}

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const m = /'(-{1,2}[^']+)'/.exec((e as Error).message);
    throw new UsageError(m ? `不认识的选项 ${m[1]}（见 nianbao --help）` : `参数有误：${(e as Error).message}`);
  }
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP);
        return 0;
      case 'check': {
        const { values, positionals } = parse(rest, { prior: { type: 'string' }, json: { type: 'boolean' } });
        const prior = typeof values.prior === 'string' ? values.prior : undefined;
        return await runCheck({ report: need(positionals, 0, 'REPORT.json'), json: values.json === true, ...(prior ? { prior } : {}) }, io);
      }
      case 'import': {
        const { values, positionals } = parse(rest, { out: { type: 'string' } });
        const out = typeof values.out === 'string' ? values.out : undefined;
        return await runImport({ file: need(positionals, 0, 'FILE'), ...(out ? { out } : {}) }, io);
      }
      case 'export': {
        const { values, positionals } = parse(rest, {
          docx: { type: 'string' },
          pdf: { type: 'string' },
          profile: { type: 'string' },
          'no-signoff': { type: 'boolean' },
        });
        const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
        const docx = str('docx');
        const pdf = str('pdf');
        const profile = str('profile');
        return await runExport(
          {
            report: need(positionals, 0, 'REPORT.json'),
            signoff: values['no-signoff'] !== true,
            ...(docx ? { docx } : {}),
            ...(pdf ? { pdf } : {}),
            ...(profile ? { profile } : {}),
          },
          io,
        );
      }
      case 'new': {
        const { values } = parse(rest, { from: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } });
        if (typeof values.from !== 'string') throw new UsageError('缺少参数：--from PRIOR.json（见 nianbao --help）');
        if (typeof values.year !== 'string') throw new UsageError('缺少参数：--year N（见 nianbao --help）');
        const out = typeof values.out === 'string' ? values.out : undefined;
        return await runNew({ from: values.from, year: Number(values.year), ...(out ? { out } : {}) }, io);
      }
      default:
        throw new UsageError(`不认识的命令“${command}”（见 nianbao --help）`);
    }
  } catch (e) {
    if (e instanceof UserError) {
      io.err(e.message);
      return 2;
    }
    io.err(`内部错误：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
