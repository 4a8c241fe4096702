import { describe, expect, it } from 'vitest';
import { getFormat } from '../../../shared/formats';
import { pasteSummary, planPaste } from '../../../renderer/src/editor/paste';

const f = getFormat('gip-2021');

describe('a block pasted from Excel or WPS', () => {
  it('with the label column copied too, puts each row under its own label, not one column to the right', () => {
    const tsv = [
      '\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '（一）予以公开\t12\t2\t0\t0\t0\t0\t14',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t2\t0\t0\t0\t0\t0\t2',
      '（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1',
      '\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0',
    ].join('\n');
    const plan = planPaste(tsv, f, 't3', 't3.new.natural');
    expect(plan.changes['t3.granted.natural']).toBe(12);
    expect(plan.changes['t3.granted.total']).toBe(14);
    expect(plan.changes['t3.partial.natural']).toBe(2);
    expect(plan.changes['t3.denied.secret.total']).toBe(1);
    expect(plan.changes['t3.denied.law.natural']).toBe(0);
    expect(plan.changes['t3.new.natural']).toBeUndefined();
    expect(plan).toMatchObject({ byLabel: 4, ignoredRows: 1, skipped: [] });
    expect(pasteSummary(plan)).toBe('已粘贴 28 个单元格，其中 4 行按行名对应，1 行是表头或不是本表的行，未粘贴。');
  });

  it('without labels, fills from the focused cell; says which cells it skipped and why, and takes a dash as 0', () => {
    const plan = planPaste('12件\t2\t—\t/\t0\t十二\t14\n', f, 't3', 't3.granted.natural');
    expect(plan.changes).toEqual({
      't3.granted.commercial': 2,
      't3.granted.research': 0,
      't3.granted.welfare': 0,
      't3.granted.legal': 0,
      't3.granted.total': 14,
    });
    expect(plan.skipped.map((s) => [s.cell, s.text])).toEqual([
      ['（一）予以公开 自然人', '12件'],
      ['（一）予以公开 其他', '十二'],
    ]);
    expect(pasteSummary(plan)).toMatch(
      /^已粘贴 5 个单元格，2 个“—”或“\/”按 0 填入，跳过 2 个：“（一）予以公开 自然人”的“12件”（.+）；“（一）予以公开 其他”的“十二”（.+）。$/,
    );
  });
});
