import { describe, expect, it } from 'vitest';
import { parseReport, parseReportJson, reportTitle } from '../../../shared/model';
import { loadFixture, makeReport } from '../../helpers/reports';

const fail = (raw: unknown) => {
  const r = parseReport(raw);
  if (r.ok) throw new Error('accepted');
  return r.error;
};

describe('loading a report', () => {
  it('accepts every sample fixture and the test reports', () => {
    expect(parseReport(makeReport('gip-2021')).ok).toBe(true);
    expect(loadFixture('淮安市人民政府_2024').agency).toBe('淮安市人民政府');
  });

  it('names the bad field in Chinese', () => {
    const r = makeReport('gip-2021') as unknown as Record<string, unknown>;
    const e = fail({ ...r, cells: { 't3.new.total': '12' } });
    expect(e.message).toContain('cells["t3.new.total"]');
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(fail({ ...r, year: 20.5 }).message).toContain('year');
    expect(fail({ ...r, format: 'gip-2030' }).message).toContain('format');
    expect(fail({ ...r, agency: ' ' }).message).toContain('机关名称不能为空');
    expect(fail({ ...r, cells: { 'x.y': 1 } }).message).toContain('单元格编号');
  });

  it('keeps blank and 0 apart through a round trip', () => {
    const r = makeReport('gip-2021');
    r.cells['t3.new.legal'] = null;
    r.cells['t3.new.welfare'] = 0;
    const back = parseReportJson(JSON.stringify(r));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.report.cells['t3.new.legal']).toBeNull();
    expect(back.report.cells['t3.new.welfare']).toBe(0);
  });

  it('refuses a report of a newer schemaVersion, saying so', () => {
    const e = fail({ ...makeReport('gip-2021'), schemaVersion: 2 });
    expect(e.kind).toBe('newer');
    expect(e.message).toContain('更新版本');
  });

  it('reports bad JSON as a syntax problem', () => {
    const r = parseReportJson('{"schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/不是有效的 JSON/);
  });

  it('keeps fields added by later versions of the contract', () => {
    const r = parseReport({ ...makeReport('gip-2021'), reviewer: '张三' });
    expect(r.ok && (r.report as Record<string, unknown>).reviewer).toBe('张三');
  });

  it('derives the title from agency and year when absent', () => {
    expect(reportTitle({ agency: '杭州市科技局', year: 2026 })).toBe('杭州市科技局2026年政府信息公开工作年度报告');
  });
});
