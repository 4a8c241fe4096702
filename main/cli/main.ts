/**
 * `nianbao`: the command line of docs/spec/interchange.md §4. Exit 0 success, 1 errors found (check), 2 unusable
 * input; problems go to stderr as one Chinese line and nothing to stdout.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { UserError } from '../services/errors';
import type { runCheck as RunCheck } from './check-command';
import type { runImport as RunImport } from './import-command';
import type { runExport as RunExport } from './export-command';
import type { runNew as RunNew } from './new-command';
import type { runReview as RunReview } from './review-command';
import type { runSum as RunSum } from './sum-command';
import type { runTally as RunTally } from './tally-command';
import { processIo, type Io } from './output';
import { checkOutputPath } from './paths';

// Each command's module (and the libraries it needs) loads only when that command runs, so `nianbao --help`
// starts at once from the bundle.
const runCheck: typeof RunCheck = async (...a) => (await import('./check-command')).runCheck(...a);
const runImport: typeof RunImport = async (...a) => (await import('./import-command')).runImport(...a);
const runExport: typeof RunExport = async (...a) => (await import('./export-command')).runExport(...a);
const runNew: typeof RunNew = async (...a) => (await import('./new-command')).runNew(...a);
const runReview: typeof RunReview = async (...a) => (await import('./review-command')).runReview(...a);
const runSum: typeof RunSum = async (...a) => (await import('./sum-command')).runSum(...a);
const runTally: typeof RunTally = async (...a) => (await import('./tally-command')).runTally(...a);

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
                             [--html OUT.html] [--graphic OUT.png|OUT.pdf [--prior EARLIER.json ...]]
                             [--kirogov OUT.kirogov.zip] [--publish-personal]
      按公文版式（GB/T 9704）导出 Word 和 PDF；有错误的报告也可导出（按草稿，并提示）；缺少官方字体时说明代替字体。
      不给 --profile 时按报告的检查配置选版式（全国默认 gbt9704，江苏（宿迁监测）jiangsu）。
      --html 导出网页版（单个 HTML 文件，表格为带合并单元格的网页表格，手机上可左右滑动）；
      --graphic 导出一页图解（PNG 或 PDF，数字均取自表格，未填写的数字不画出并注明）；
      每个 --prior 加一份往年的报告，图解中增加逐年对比。
      --kirogov 导出报送数据包（kirogov-package/1.0：source.pdf、source.md、source.json，仅 2021 年版格式），
      主管部门的年报数据中心（KIROGOVCOMPARE）可直接读入，无需再解析。
      正文有疑似个人信息（G13，nianbao check 列出）时不导出网页版、图解和数据包；逐项核实可以公开后加 --publish-personal。
      PDF、PNG 用本机的 Chromium、Edge 或 Chrome 生成（可用环境变量 NIANBAO_CHROMIUM 指定）。
      退出码：0 已导出，2 输入无法使用。
  nianbao new --from PRIOR.json --year N [--out REPORT.json]
      以上一年度的年报为模板生成 N 年度的年报：上年“结转下年度继续办理”填入本年“上年结转”，其余数字留空，
      正文作为待审阅的草稿，正文中的年份改动只列出待确认，不自动替换。
      退出码：0 已生成，2 输入无法使用。
  nianbao review PATH... [--json] [--xlsx OUT.xlsx]
      审核一批年报：读取路径中的全部年报文件（文件夹逐级查找；.txt .html .docx .doc .wps .pdf .json），
      逐份运行全部检查，同一机关上一年度的报告也在其中时加上跨年度检查；读不了的文件列出原因，不中断。
      --json 输出机器可读结果；--xlsx 写出工作簿（“汇总”每份报告一行，“问题清单”每个问题一行）。
      退出码：0 全部导入且没有错误，1 有错误或有文件无法导入，2 没有可用的文件。
  nianbao sum REPORT... --agency NAME [--out SUM.json]
      把同一年度、同一格式的多份年报逐格相加，生成 NAME 的汇总年报（全市汇总、本级政府等），正文留空。
      退出码：0 已汇总，2 输入无法使用（年度或格式不一致、文件有误）。
  nianbao tally REGISTER --year N [--cases CASES] [--into REPORT.json] [--prior PRIOR.json] [--agency NAME]
                           [--out OUT.json] [--json]
      把本机关的依申请公开登记台账（.xlsx .xls .et .ods .csv）统计为 N 年度的表三，同一工作簿（或 --cases 给出的
      文件）中有行政复议、行政诉讼案件表时一并统计表四；--into 只替换该年报的表三、表四，其余内容保留；--prior 把
      上年报告的“结转下年度继续办理”与本年“上年结转”逐列对照；无法统计的行逐条注明工作表、行号和列；
      --json 输出 { report, uncounted, overdue, … }。台账只读取，不会被改动；申请人姓名不会出现在任何输出中。
      退出码：0 全部统计，1 有行未统计（报告照样写出），2 输入无法使用。
  nianbao --help
      显示本说明。
  nianbao --version
      显示版本号。
`;

class UsageError extends UserError {}

function need(positionals: string[], index: number, what: string): string {
  const v = positionals[index];
  if (!v) throw new UsageError(`缺少参数：${what}（见 nianbao --help）`);
  return v;
}

/** Parses a command's options; `positionals` names the arguments it takes, and any more are refused. */
/** `positionals` names the files a command takes, or is 'many' for a command that takes any number of them. */
function parse(command: string, argv: string[], options: NonNullable<ParseArgsConfig['options']>, positionals: readonly string[] | 'many') {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const option = /'(-{1,2}[^' ]+)/.exec((e as Error).message)?.[1] ?? '';
    const name = option.replace(/^-+/, '').split('=')[0] ?? '';
    const known = options[name];
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && known?.type === 'boolean') {
      throw new UsageError(`选项 --${name} 不带取值，请只写 --${name}（见 nianbao --help）`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && known) throw new UsageError(`选项 --${name} 后面缺少取值（见 nianbao --help）`);
    throw new UsageError(option ? `${command} 命令不认识选项 ${option}（见 nianbao --help）` : `${command} 命令的参数有误（见 nianbao --help）`);
  }
  if (positionals === 'many') return parsed;
  const extra = parsed.positionals.slice(positionals.length);
  if (extra.length > 0) {
    const takes = positionals.length ? `只接受一个文件 ${positionals.join(' ')}` : '不接受文件参数（请用选项指定文件）';
    throw new UsageError(`${command} 命令${takes}，多出了“${extra.join(' ')}”（见 nianbao --help）`);
  }
  return parsed;
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
      case '--version':
      case '-v':
      case 'version':
        io.out(packageJson.version);
        return 0;
      case 'check': {
        const { values, positionals } = parse(command, rest, { prior: { type: 'string' }, json: { type: 'boolean' } }, ['REPORT.json']);
        const prior = typeof values.prior === 'string' ? values.prior : undefined;
        return await runCheck({ report: need(positionals, 0, 'REPORT.json'), json: values.json === true, ...(prior ? { prior } : {}) }, io);
      }
      case 'import': {
        const { values, positionals } = parse(command, rest, { out: { type: 'string' } }, ['FILE']);
        const out = typeof values.out === 'string' ? values.out : undefined;
        const file = need(positionals, 0, 'FILE');
        if (out) checkOutputPath('--out', out, 'json', [file]);
        return await runImport({ file, ...(out ? { out } : {}) }, io);
      }
      case 'export': {
        const { values, positionals } = parse(
          command,
          rest,
          {
            docx: { type: 'string' },
            pdf: { type: 'string' },
            html: { type: 'string' },
            graphic: { type: 'string' },
            kirogov: { type: 'string' },
            'publish-personal': { type: 'boolean' },
            prior: { type: 'string', multiple: true },
            profile: { type: 'string' },
            'no-signoff': { type: 'boolean' },
          },
          ['REPORT.json'],
        );
        const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
        const docx = str('docx');
        const pdf = str('pdf');
        const html = str('html');
        const graphic = str('graphic');
        const kirogov = str('kirogov');
        const profile = str('profile');
        const report = need(positionals, 0, 'REPORT.json');
        const priors = Array.isArray(values.prior) ? values.prior.filter((p): p is string => typeof p === 'string') : [];
        const inputs = [report, ...priors];
        if (docx) checkOutputPath('--docx', docx, 'docx', inputs);
        if (pdf) checkOutputPath('--pdf', pdf, 'pdf', inputs);
        if (html) checkOutputPath('--html', html, 'html', inputs);
        if (kirogov) checkOutputPath('--kirogov', kirogov, 'zip', inputs);
        return await runExport(
          {
            report,
            signoff: values['no-signoff'] !== true,
            ...(docx ? { docx } : {}),
            ...(pdf ? { pdf } : {}),
            ...(html ? { html } : {}),
            ...(graphic ? { graphic } : {}),
            ...(kirogov ? { kirogov } : {}),
            ...(values['publish-personal'] === true ? { publishPersonal: true } : {}),
            ...(priors.length > 0 ? { prior: priors } : {}),
            ...(profile ? { profile } : {}),
          },
          io,
        );
      }
      case 'new': {
        const { values } = parse(command, rest, { from: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } }, []);
        if (typeof values.from !== 'string') throw new UsageError('缺少参数：--from PRIOR.json（见 nianbao --help）');
        if (typeof values.year !== 'string') throw new UsageError('缺少参数：--year N（见 nianbao --help）');
        const out = typeof values.out === 'string' ? values.out : undefined;
        if (out) checkOutputPath('--out', out, 'json', [values.from]);
        return await runNew({ from: values.from, year: Number(values.year), ...(out ? { out } : {}) }, io);
      }
      case 'review': {
        const { values, positionals } = parse(command, rest, { json: { type: 'boolean' }, xlsx: { type: 'string' } }, 'many');
        const xlsx = typeof values.xlsx === 'string' ? values.xlsx : undefined;
        need(positionals, 0, 'PATH');
        if (xlsx) checkOutputPath('--xlsx', xlsx, 'xlsx', positionals);
        return await runReview({ paths: positionals, json: values.json === true, ...(xlsx ? { xlsx } : {}) }, io);
      }
      case 'sum': {
        const { values, positionals } = parse(command, rest, { agency: { type: 'string' }, out: { type: 'string' } }, 'many');
        if (typeof values.agency !== 'string') throw new UsageError('缺少参数：--agency NAME（见 nianbao --help）');
        const out = typeof values.out === 'string' ? values.out : undefined;
        need(positionals, 0, 'REPORT');
        if (out) checkOutputPath('--out', out, 'json', positionals);
        return await runSum({ reports: positionals, agency: values.agency, ...(out ? { out } : {}) }, io);
      }
      case 'tally': {
        const { values, positionals } = parse(
          command,
          rest,
          {
            year: { type: 'string' },
            cases: { type: 'string' },
            into: { type: 'string' },
            prior: { type: 'string' },
            agency: { type: 'string' },
            out: { type: 'string' },
            json: { type: 'boolean' },
          },
          ['REGISTER'],
        );
        const register = need(positionals, 0, 'REGISTER');
        if (typeof values.year !== 'string') throw new UsageError('缺少参数：--year N（见 nianbao --help）');
        const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
        const [cases, into, prior, agency, out] = [str('cases'), str('into'), str('prior'), str('agency'), str('out')];
        if (out) checkOutputPath('--out', out, 'json', [register, ...[cases, into, prior].filter((f): f is string => !!f)]);
        return await runTally(
          {
            register,
            year: Number(values.year),
            json: values.json === true,
            ...(cases ? { cases } : {}),
            ...(into ? { into } : {}),
            ...(prior ? { prior } : {}),
            ...(agency ? { agency } : {}),
            ...(out ? { out } : {}),
          },
          io,
        );
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
