import { describe, expect, it } from 'vitest';
import { parseCellInput } from '../../../shared/model';

const ok = (text: string, kind: Parameters<typeof parseCellInput>[1] = 'count') => {
  const r = parseCellInput(text, kind);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const bad = (text: string, kind: Parameters<typeof parseCellInput>[1] = 'count') => {
  const r = parseCellInput(text, kind);
  if (r.ok) throw new Error(`accepted ${text}`);
  return r.message;
};

describe('parseCellInput: what people type or paste', () => {
  it('reads full-width digits, thousands separators and stray spaces', () => {
    expect(ok('１２')).toBe(12);
    expect(ok('1,234')).toBe(1234);
    expect(ok('１，２３４')).toBe(1234);
    expect(ok(' 3 119 ')).toBe(3119);
    expect(ok('\u3000７\u00A0')).toBe(7);
  });

  it('keeps blank and 0 apart', () => {
    expect(ok('')).toBeNull();
    expect(ok('   ')).toBeNull();
    expect(ok('0')).toBe(0);
    expect(ok('-0', 'signed')).toBe(0);
  });

  it('rejects text, with a Chinese message', () => {
    expect(bad('十二')).toMatch(/不是数字/);
    expect(bad('12a')).toMatch(/不是数字/);
    expect(bad('1,23')).toMatch(/不是数字/);
  });

  it('allows negatives only for the 2019 本年增/减', () => {
    expect(bad('-3')).toMatch(/负数/);
    expect(bad('－3', 'wan')).toMatch(/负数/);
    expect(ok('-7', 'signed')).toBe(-7);
    expect(ok('－３', 'signed')).toBe(-3);
  });

  it('rejects decimals in counts but takes 万元 with up to 4 decimals', () => {
    expect(bad('2.5')).toMatch(/小数/);
    expect(bad('2.5', 'signed')).toMatch(/小数/);
    expect(ok('12.0')).toBe(12);
    expect(ok('59237.2449', 'wan')).toBe(59237.2449);
    expect(ok('7,730.28', 'wan')).toBe(7730.28);
    expect(bad('1.23456', 'wan')).toMatch(/4位小数/);
    expect(ok('１２．５', 'amount')).toBe(12.5);
  });
});
