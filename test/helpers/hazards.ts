/**
 * Reports carrying what real reports carry and layouts trip on (issue 11): a 150-character URL in the 前言, a
 * 40-character agency name, a year-first title, curly quotes, run-in （一） headings, and an 一 long enough that
 * table 三 has to break across pages. Built from the 淮安 2024 sample so every table is filled.
 */
import type { Block, Report } from '../../shared/model';
import { loadFixture } from './reports';

/** 150 characters without a break opportunity, as a 专栏 address is pasted. */
export const LONG_URL = `https://www.huaian.gov.cn/col/col1229573478/art/2025/3/31/art_1229573478_${'4'.repeat(40)}${'x'.repeat(150 - 115)}.html`;

/** 40 characters. */
export const LONG_AGENCY = '淮安市淮阴区经济技术开发区管理委员会综合保税区产业发展和科技创新服务中心办公室';

const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const h = (level: 2 | 3 | 4, text: string): Block => ({ kind: 'heading', level, text });

const FILLER = '围绕群众关切，持续做好重点领域信息公开，及时发布政策文件、规划计划、财政预决算和重大项目等信息，并配套开展政策解读，“应公开尽公开”落到实处。';

export function hazardReport(): Report {
  const base = loadFixture('淮安市人民政府_2024');
  return {
    ...base,
    agency: LONG_AGENCY,
    agencyKind: 'department',
    sections: {
      ...base.sections,
      preface: [
        p(
          `本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2024年1月1日至12月31日。本报告电子版可在本机关门户网站政府信息公开专栏查阅（${LONG_URL}），如有疑问请与本机关办公室联系。`,
        ),
      ],
      overview: [
        h(2, '（一）主动公开情况'),
        p(FILLER.repeat(3)),
        h(3, '1.规范性文件'),
        p(FILLER.repeat(2)),
        h(4, '（1）制定情况'),
        p(FILLER),
        h(2, '（二）依申请公开情况'),
        p(FILLER.repeat(2)),
        h(2, '（三）政府信息管理情况'),
        p(FILLER.repeat(4)),
        h(2, '（四）政府信息公开平台建设情况'),
        p(FILLER.repeat(3)),
        // Run in: a heading ending in 。 starts the paragraph that follows it.
        h(2, '（五）政府信息公开监督保障情况。'),
        p(FILLER.repeat(2)),
      ],
    },
    signoff: { date: '2025-01-20' },
  };
}

/** The same report titled year first, as 上海 2019 titles its report. */
export function yearFirstReport(): Report {
  return { ...hazardReport(), agency: '上海市人民政府办公厅', title: '2019年上海市人民政府办公厅政府信息公开工作年度报告' };
}
