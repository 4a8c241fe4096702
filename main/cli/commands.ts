/**
 * The commands of `nianbao` (docs/spec/interchange.md §4) as one table: what each takes, what it does and its exit
 * codes. The parser reads its options from here and `nianbao --help` is written from it, so the two cannot differ.
 */
export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  /** what the value stands for in the usage line: "OUT.docx" */
  value?: string;
  /** given more than once */
  multiple?: boolean;
  /** the command refuses to run without it */
  required?: boolean;
}

export interface CommandSpec {
  name: string;
  /** the files it takes, in the usage line: ["REPORT.json"]; `many` takes any number of the one named */
  files: readonly string[];
  many?: boolean;
  options: readonly OptionSpec[];
  /** what it does, one line of the help each */
  about: readonly string[];
  exit: string;
}

const str = (name: string, value: string, more: Partial<OptionSpec> = {}): OptionSpec => ({ name, type: 'string', value, ...more });
const flag = (name: string): OptionSpec => ({ name, type: 'boolean' });

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    files: ['REPORT.json'],
    options: [str('prior', 'PRIOR.json'), flag('json')],
    about: ['运行全部勾稽与合规检查；--prior 加上跨年度检查（上年结转等）；--json 输出机器可读结果。'],
    exit: '0 无错误，1 有错误，2 输入无法使用。',
  },
  {
    name: 'import',
    files: ['FILE'],
    options: [str('out', 'REPORT.json')],
    about: [
      '把已发布的年报读成年报 JSON：从网页或 PDF 复制的 .txt、网页 .html、Word/WPS 的 .docx、旧版 Word 的',
      '.doc/.wps、有文字层的 .pdf（Word/WPS 另存、浏览器打印；扫描件无法读取）、本程序导出的 .docx/.pdf 或 .json；',
      '无法对应的内容在标准错误中逐条说明位置，也写入年报（importNotes），编辑器中列出直到核对完。',
    ],
    exit: '0 已导入，2 输入无法使用。',
  },
  {
    name: 'export',
    files: ['REPORT.json'],
    options: [
      str('docx', 'OUT.docx'),
      str('pdf', 'OUT.pdf'),
      str('profile', 'gbt9704|jiangsu'),
      flag('no-signoff'),
      str('html', 'OUT.html'),
      str('graphic', 'OUT.png|OUT.pdf'),
      str('prior', 'EARLIER.json', { multiple: true }),
      str('kirogov', 'OUT.kirogov.zip'),
      flag('publish-personal'),
    ],
    about: [
      '按公文版式（GB/T 9704）导出 Word 和 PDF；有错误的报告也可导出（按草稿，并提示）；缺少官方字体时说明代替字体。',
      '不给 --profile 时按报告的检查配置选版式（全国默认 gbt9704，江苏（宿迁监测）jiangsu）。',
      '--html 导出网页版（单个 HTML 文件，表格为带合并单元格的网页表格，手机上可左右滑动）；',
      '--graphic 导出一页图解（PNG 或 PDF，数字均取自表格，未填写的数字不画出并注明）；',
      '每个 --prior 加一份往年的报告：其中上一年度的用于跨年度检查（与编辑器一样决定是否按草稿导出），图解中增加逐年对比。',
      '--kirogov 导出报送数据包（kirogov-package/1.0：source.pdf、source.md、source.json，仅 2021 年版格式），',
      '主管部门的年报数据中心（KIROGOVCOMPARE）可直接读入，无需再解析。',
      '正文有疑似个人信息（G13，nianbao check 列出）时不导出网页版、图解和数据包；逐项核实可以公开后加 --publish-personal。',
      'PDF、PNG 用本机的 Chromium、Edge 或 Chrome 生成（可用环境变量 NIANBAO_CHROMIUM 指定）。',
    ],
    exit: '0 已导出，2 输入无法使用。',
  },
  {
    name: 'new',
    files: [],
    options: [str('from', 'PRIOR.json', { required: true }), str('year', 'N', { required: true }), str('out', 'REPORT.json')],
    about: [
      '以上一年度的年报为模板生成 N 年度的年报：上年“结转下年度继续办理”填入本年“上年结转”，其余数字留空，',
      '正文作为待审阅的草稿，正文中的年份改动只列出待确认，不自动替换。',
    ],
    exit: '0 已生成，2 输入无法使用。',
  },
  {
    name: 'review',
    files: ['PATH'],
    many: true,
    options: [flag('json'), str('xlsx', 'OUT.xlsx')],
    about: [
      '审核一批年报：读取路径中的全部年报文件（文件夹逐级查找；.txt .html .docx .doc .wps .pdf .json），',
      '逐份运行全部检查，同一机关上一年度的报告也在其中时加上跨年度检查；读不了的文件列出原因，不中断。',
      '--json 输出机器可读结果；--xlsx 写出工作簿（“汇总”每份报告一行，“问题清单”每个问题一行）。',
    ],
    exit: '0 全部导入且没有错误，1 有错误或有文件无法导入，2 没有可用的文件。',
  },
  {
    name: 'sum',
    files: ['REPORT'],
    many: true,
    options: [str('agency', 'NAME', { required: true }), str('out', 'SUM.json')],
    about: ['把同一年度、同一格式的多份年报逐格相加，生成 NAME 的汇总年报（全市汇总、本级政府等），正文留空。'],
    exit: '0 已汇总，2 输入无法使用（年度或格式不一致、文件有误）。',
  },
  {
    name: 'tally',
    files: ['REGISTER'],
    options: [
      str('year', 'N', { required: true }),
      str('cases', 'CASES'),
      str('into', 'REPORT.json'),
      str('prior', 'PRIOR.json'),
      str('agency', 'NAME'),
      str('out', 'OUT.json'),
      flag('json'),
    ],
    about: [
      '把本机关的依申请公开登记台账（.xlsx .xls .et .ods .csv）统计为 N 年度的表三，同一工作簿（或 --cases 给出的',
      '文件）中有行政复议、行政诉讼案件表时一并统计表四；--into 只替换该年报的表三、表四，其余内容保留；--prior 把',
      '上年报告的“结转下年度继续办理”与本年“上年结转”逐列对照；无法统计的行逐条注明工作表、行号和列；',
      '--json 输出 { report, uncounted, overdue, … }。台账只读取，不会被改动；申请人姓名不会出现在任何输出中。',
    ],
    exit: '0 全部统计，1 有行未统计（报告照样写出），2 输入无法使用。',
  },
];

/** The widest usage line before it continues on the next, indented under the command's first option. */
const USAGE_WIDTH = 112;

function optionUsage(o: OptionSpec): string {
  const text = `--${o.name}${o.value ? ` ${o.value}` : ''}${o.multiple ? ' ...' : ''}`;
  return o.required ? text : `[${text}]`;
}

function usageLines(c: CommandSpec): string[] {
  const head = `  nianbao ${c.name}${c.files.map((f) => ` ${f}${c.many ? '...' : ''}`).join('')}`;
  const lines = [head];
  const indent = ' '.repeat(head.length);
  for (const part of c.options.map(optionUsage)) {
    const last = lines.length - 1;
    const line = lines[last] ?? '';
    if (line.length + 1 + part.length > USAGE_WIDTH && line.trim() !== '') lines.push(`${indent} ${part}`);
    else lines[last] = `${line} ${part}`;
  }
  return lines;
}

/** `nianbao --help`, written from the table. */
export function helpText(commands: readonly CommandSpec[] = COMMANDS): string {
  const body = commands.flatMap((c) => [...usageLines(c), ...c.about.map((l) => `      ${l}`), `      退出码：${c.exit}`]);
  return [
    'nianbao — 政府信息公开工作年度报告编制助手（命令行）',
    '',
    '用法：',
    ...body,
    '  nianbao --help',
    '      显示本说明。',
    '  nianbao --version',
    '      显示版本号。',
    '',
  ].join('\n');
}

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
