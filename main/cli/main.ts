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
import { commandSpec, helpText } from './commands';

// Each command's module (and the libraries it needs) loads only when that command runs, so `nianbao --help`
// starts at once from the bundle.
const runCheck: typeof RunCheck = async (...a) => (await import('./check-command')).runCheck(...a);
const runImport: typeof RunImport = async (...a) => (await import('./import-command')).runImport(...a);
const runExport: typeof RunExport = async (...a) => (await import('./export-command')).runExport(...a);
const runNew: typeof RunNew = async (...a) => (await import('./new-command')).runNew(...a);
const runReview: typeof RunReview = async (...a) => (await import('./review-command')).runReview(...a);
const runSum: typeof RunSum = async (...a) => (await import('./sum-command')).runSum(...a);
const runTally: typeof RunTally = async (...a) => (await import('./tally-command')).runTally(...a);

export const HELP = helpText();

class UsageError extends UserError {}

function need(positionals: string[], index: number, what: string): string {
  const v = positionals[index];
  if (!v) throw new UsageError(`缺少参数：${what}（见 nianbao --help）`);
  return v;
}

/**
 * Parses a command's arguments as its entry in COMMANDS says: its options, its files (one each, or any number),
 * and the options it cannot run without. Anything else is refused in one sentence.
 */
function parse(command: string, argv: string[]) {
  const spec = commandSpec(command);
  if (!spec) throw new UsageError(`不认识的命令“${command}”（见 nianbao --help）`);
  const options: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
    spec.options.map((o) => [o.name, o.multiple ? { type: o.type, multiple: true } : { type: o.type }]),
  );
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
  const first = spec.files[0];
  if (first) need(parsed.positionals, 0, first);
  if (!spec.many) {
    const extra = parsed.positionals.slice(spec.files.length);
    if (extra.length > 0) {
      const takes = spec.files.length ? `只接受一个文件 ${spec.files.join(' ')}` : '不接受文件参数（请用选项指定文件）';
      throw new UsageError(`${command} 命令${takes}，多出了“${extra.join(' ')}”（见 nianbao --help）`);
    }
  }
  for (const o of spec.options) {
    if (o.required && parsed.values[o.name] === undefined) throw new UsageError(`缺少参数：--${o.name} ${o.value ?? ''}（见 nianbao --help）`);
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
        const { values, positionals } = parse(command, rest);
        const prior = typeof values.prior === 'string' ? values.prior : undefined;
        return await runCheck({ report: need(positionals, 0, 'REPORT.json'), json: values.json === true, ...(prior ? { prior } : {}) }, io);
      }
      case 'import': {
        const { values, positionals } = parse(command, rest);
        const out = typeof values.out === 'string' ? values.out : undefined;
        const file = need(positionals, 0, 'FILE');
        if (out) checkOutputPath('--out', out, 'json', [file]);
        return await runImport({ file, ...(out ? { out } : {}) }, io);
      }
      case 'export': {
        const { values, positionals } = parse(command, rest);
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
        const { values } = parse(command, rest);
        if (typeof values.from !== 'string' || typeof values.year !== 'string') throw new UsageError('缺少参数（见 nianbao --help）');
        const out = typeof values.out === 'string' ? values.out : undefined;
        if (out) checkOutputPath('--out', out, 'json', [values.from]);
        return await runNew({ from: values.from, year: Number(values.year), ...(out ? { out } : {}) }, io);
      }
      case 'review': {
        const { values, positionals } = parse(command, rest);
        const xlsx = typeof values.xlsx === 'string' ? values.xlsx : undefined;
        need(positionals, 0, 'PATH');
        if (xlsx) checkOutputPath('--xlsx', xlsx, 'xlsx', positionals);
        return await runReview({ paths: positionals, json: values.json === true, ...(xlsx ? { xlsx } : {}) }, io);
      }
      case 'sum': {
        const { values, positionals } = parse(command, rest);
        if (typeof values.agency !== 'string') throw new UsageError('缺少参数：--agency NAME（见 nianbao --help）');
        const out = typeof values.out === 'string' ? values.out : undefined;
        need(positionals, 0, 'REPORT');
        if (out) checkOutputPath('--out', out, 'json', positionals);
        return await runSum({ reports: positionals, agency: values.agency, ...(out ? { out } : {}) }, io);
      }
      case 'tally': {
        const { values, positionals } = parse(command, rest);
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
