/** The rule catalogue of docs/spec/checks.md: ids, default severity and the Chinese name shown to users. */

export type Severity = 'error' | 'warning' | 'info';

export const RULES = {
  A1: { severity: 'error', name: '表三列勾稽关系（第一项+第二项=第三项+第四项）' },
  B1: { severity: 'error', name: '表三横向合计（总计=各申请人之和）' },
  B2: { severity: 'error', name: '表三纵向合计（（七）总计=各办理结果之和）' },
  B3: { severity: 'error', name: '表四复议、诉讼总计' },
  B4: { severity: 'error', name: '表三、表四只能填非负整数' },
  B5: { severity: 'error', name: '表格不能留空（没有的填0）' },
  B7: { severity: 'info', name: '办理结果分类小计' },
  B8: { severity: 'error', name: '无申请时表三应全为0' },
  C1: { severity: 'error', name: '表二数值类型' },
  C2: { severity: 'warning', name: '收费金额单位（万元）' },
  C3: { severity: 'warning', name: '规章制定权限' },
  C4: { severity: 'warning', name: '本年废止件数不超过可废止数' },
  C5: { severity: 'warning', name: '采购总金额单位' },
  D1: { severity: 'warning', name: '正文申请数与表三一致' },
  D2: { severity: 'warning', name: '正文办理结果与表三一致' },
  D3: { severity: 'warning', name: '正文复议、诉讼数与表四一致' },
  D5: { severity: 'warning', name: '统计口径' },
  D6: { severity: 'warning', name: '正文中文数字与表格一致' },
  D7: { severity: 'warning', name: '正文百分比、比率与表格一致' },
  D8: { severity: 'warning', name: '正文“没有”“均已办结”等说法与表格一致' },
  F4: { severity: 'warning', name: '人民政府年报须含考核、评议、追责情况' },
  G1: { severity: 'warning', name: '公开期限' },
  G2: { severity: 'error', name: '六个部分齐全' },
  G3: { severity: 'warning', name: '总体情况覆盖五个方面' },
  G5: { severity: 'warning', name: '其他事项须说明信息处理费' },
  G6: { severity: 'warning', name: '报告标题' },
  G9: { severity: 'error', name: '表格栏目与格式一致' },
  G10: { severity: 'warning', name: '提纲：部分标题与小标题编号' },
  G11: { severity: 'info', name: '文字校对：重复字词、半角标点、括号引号配对、段末标点' },
  G12: { severity: 'warning', name: '公文字体（GB 2312）打印不了的字' },
  G13: { severity: 'error', name: '个人信息：身份证号、手机号、银行卡号、邮箱、申请人姓名' },
  G14: { severity: 'warning', name: '正文沿用旧版格式的文号或栏目' },
  G15: { severity: 'warning', name: '总体情况篇幅超过检查配置的上限' },
  G16: { severity: 'warning', name: '检查配置要求的说明' },
  X1: { severity: 'error', name: '上年结转与上年报告的结转下年度一致' },
  X2: { severity: 'warning', name: '规章、行政规范性文件现行有效件数跨年衔接' },
  X3: { severity: 'info', name: '首个2021年版年度' },
  X4: { severity: 'warning', name: '项目数量跨年衔接（2019年版）' },
  X5: { severity: 'warning', name: '内容与上年雷同' },
  X6: { severity: 'warning', name: '机关、口径与格式跨年一致' },
} as const satisfies Record<string, { severity: Severity; name: string }>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };
