/**
 * One rule for a draft (shared/checks/draft.ts): the editor asks with these reasons before exporting, and the
 * exporter stamps 草稿 for them and says the same words (test/main/cli/cli.slow.test.ts reads the exporter's notice).
 */
import { describe, expect, it } from 'vitest';
import { checkReport, draftClause, draftReasons, isDraft } from '../../../shared/checks';
import type { Report } from '../../../shared/model';
import { makeReport } from '../../helpers/reports';

const reasonsOf = (r: Report) => draftReasons(r, checkReport(r));

describe('what makes an export a draft', () => {
  it('a complete report is final; blank cells alone make a draft, said as cells to fill', () => {
    const full = makeReport('gip-2021');
    expect(isDraft(reasonsOf(full))).toBe(false);
    const blanks = { ...full, cells: { ...full.cells, 't2.rules.issued': null, 't2.rules.repealed': null } };
    const r = reasonsOf(blanks);
    expect(isDraft(r)).toBe(true);
    expect(r.errors.some((d) => d.message.includes('未填写'))).toBe(false);
    expect(draftClause(r)).toMatch(/^还有 2 个单元格未填写（没有的填0）/);
  });

  it('an error, a blank and a figure without its picture each count, in one clause', () => {
    const full = makeReport('gip-2021');
    const r: Report = {
      ...full,
      cells: { ...full.cells, 't4.review.total': (full.cells['t4.review.total'] ?? 0) + 1, 't2.rules.issued': null },
      sections: { ...full.sections, overview: [...full.sections.overview, { kind: 'figure', src: '', caption: '公开平台示意图' }] },
    };
    const reasons = reasonsOf(r);
    expect(reasons.missingFigures).toEqual(['“一、总体情况”中的图“公开平台示意图”还没有图片']);
    expect(draftClause(reasons)).toMatch(
      /^还有 1 项错误（如：行政复议：.*）、1 个单元格未填写（没有的填0）、1 张图没有图片（如：“一、总体情况”中的图“公开平台示意图”还没有图片）$/,
    );
  });
});
