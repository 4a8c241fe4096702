/** What the official format asks of each section, shown as guidance beside it (formats.md §3). */
import { NARRATIVE_KEYS, type FormatDefinition } from '../../../shared/formats';
import type { Report } from '../../../shared/model';

/** The fields of the report the guidance reads (the rest changes while typing, and the guidance does not). */
type GuidedReport = Pick<Report, 'agencyKind' | 'year' | 'sources'>;

export function guidance(section: string, def: FormatDefinition, report: GuidedReport): string[] {
  const summed = summedGuidance(section, report);
  return summed ? [summed, ...sectionGuidance(section, def, report)] : sectionGuidance(section, def, report);
}

/** A 汇总 report's tables are the sum of its sources; its text is still to be written from theirs. */
function summedGuidance(section: string, report: GuidedReport): string | null {
  const n = report.sources?.length ?? 0;
  if (n === 0) return null;
  if ((NARRATIVE_KEYS as readonly string[]).includes(section)) {
    return `本报告的表格由${n}份报告（${report.sources?.map((s) => s.agency).join('、')}）逐格相加生成，正文留空：请根据各单位报告概括撰写本部分，数字以汇总后的表格为准。`;
  }
  return `本表由${n}份报告逐格相加生成；将鼠标停在单元格上可查看各单位的数字。`;
}

function sectionGuidance(section: string, def: FormatDefinition, report: GuidedReport): string[] {
  switch (section) {
    case 'preface':
      return ['前言一般写明：编制依据（《中华人民共和国政府信息公开条例》）、统计期限（1月1日至12月31日）、发布网址和联系方式。'];
    case 'overview': {
      const aspects = def.overviewAspects.filter((a) => !a.governmentOnly || report.agencyKind === 'government');
      return [
        `总体情况应覆盖${aspects
          .filter((a) => !a.governmentOnly)
          .map((a) => `“${a.label}”`)
          .join('、')}五个方面，以文字为主，可附必要的图表。`,
        ...(report.agencyKind === 'government' ? ['人民政府的年报还应在“监督保障”中写明工作考核、社会评议和责任追究结果情况（条例第五十条第（四）项）。'] : []),
        '正文中引用的申请数、办理结果、复议诉讼数应与表三、表四一致。',
      ];
    }
    case 't2':
      return ['按第二十条各项填写本机关主动公开的数量；没有的填 0，不要留空。', '收费金额单位为万元，最多4位小数。县级及以下机关无权制定规章，规章栏应为 0。'];
    case 't3':
      return [
        `${def.t3.balanceNote}：本表每一列都须满足“本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理”。`,
        '部分公开的申请只计入（二），不再计入其他情形；每件申请只计入一种办理结果。',
        '可从 Excel 或 WPS 表格复制一块数据，在起始单元格粘贴。',
      ];
    case 't4':
      return ['每组的总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。复议机关作为共同被告的行政诉讼，由原行为机关统计。'];
    case 'problems':
      return ['写明存在的主要问题和相应的改进措施；不要照搬上年内容（“内容雷同”会被追责）。'];
    case 'other':
      return report.year >= 2021
        ? [
            '须说明本年收取信息处理费的情况（件数、金额），未收取的写明“未收取”或“0元”；仅写“无”不符合要求。',
            '还可报告落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开等情况。',
          ]
        : ['其他需要报告的事项。'];
    default:
      return [];
  }
}
