/** Reports built for tests: a complete, consistent report of either format, and the real sample fixtures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getFormat, type FormatId } from '../../shared/formats';
import { parseReportJson, type Block, type Report } from '../../shared/model';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixturePath(name: string): string {
  return `${FIXTURES}reports/${name}.json`;
}

export function loadFixture(name: string): Report {
  const r = parseReportJson(readFileSync(fixturePath(name), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.report;
}

const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const h = (text: string): Block => ({ kind: 'heading', level: 2, text });

/** Table 三 of the test report, per row: [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]. */
const T3: Record<string, number[]> = {
  new: [5, 1, 0, 0, 0, 0, 6],
  carried: [1, 0, 0, 0, 0, 0, 1],
  granted: [3, 1, 0, 0, 0, 0, 4],
  partial: [1, 0, 0, 0, 0, 0, 1],
  'denied.secret': [1, 0, 0, 0, 0, 0, 1],
  total: [5, 1, 0, 0, 0, 0, 6],
  forward: [1, 0, 0, 0, 0, 0, 1],
};

/** A complete report that passes every single-report rule, for a department or a people's government. */
export function makeReport(format: FormatId, kind: Report['agencyKind'] = 'department'): Report {
  const f = getFormat(format);
  const cells: Record<string, number | null> = {};
  for (const id of f.cellIds) cells[id] = 0;
  f.t3Columns.forEach((c, i) => {
    for (const [row, values] of Object.entries(T3)) cells[`t3.${row}.${c}`] = values[i] ?? 0;
  });
  Object.assign(cells, { 't4.review.upheld': 1, 't4.review.pending': 1, 't4.review.total': 2 });
  if (format === 'gip-2021') {
    Object.assign(cells, {
      't2.normative.issued': 3,
      't2.normative.repealed': 1,
      't2.normative.valid': 12,
      't2.licensing.decisions': 120,
      't2.fees.amount': 1.25,
    });
  } else {
    Object.assign(cells, { 't2.normative.made': 3, 't2.normative.published': 3, 't2.normative.total': 40, 't2.licensing.prev': 10, 't2.licensing.delta': -2 });
  }
  const year = format === 'gip-2021' ? 2025 : 2020;
  const agency = kind === 'government' ? '某某市某某区人民政府' : '某某市教育局';
  return {
    schemaVersion: 1,
    format,
    year,
    agency,
    agencyKind: kind,
    sections: {
      preface: [p(`本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为${year}年1月1日至12月31日。`)],
      overview: [
        h('（一）主动公开情况'),
        p('全年主动公开政府信息1200条。'),
        h('（二）依申请公开情况'),
        p('全年共受理政府信息公开申请6件，上年结转1件，答复6件，结转下年度继续办理1件。其中予以公开4件，部分公开1件，不予公开1件。行政复议2件。'),
        h('（三）政府信息管理情况'),
        p('落实公开属性源头认定。'),
        h('（四）政府信息公开平台建设情况'),
        p('优化政府网站政务公开专栏。'),
        h('（五）政府信息公开监督保障情况'),
        p('将政务公开纳入年度工作考核，开展社会评议，未发生责任追究情况。'),
      ],
      problems: [p('一是公开深度不够。下一步将加强政策解读，提升依申请办理质量。')],
      other: [p('本年度未收取信息处理费。')],
    },
    cells,
  };
}

/** A copy with some cells changed. */
export function withCells(report: Report, cells: Record<string, number | null>): Report {
  return { ...report, cells: { ...report.cells, ...cells } };
}
