/**
 * The figures a reviewing office compares across its agencies, defined once for the 审核 page, the workbook and
 * `nianbao review`. A rate whose denominator is 0 or blank has no value (null), never 0.
 */
import { cellId } from '../formats';
import { cellValue, type Report } from '../model';

export type IndicatorId = 'requests' | 'grantRate' | 'reviewCorrectionRate' | 'suitCorrectionRate';

export interface IndicatorDef {
  id: IndicatorId;
  label: string;
  /** how it is computed, shown as the column's note */
  note: string;
  kind: 'count' | 'rate';
  compute(report: Pick<Report, 'cells'>): number | null;
}

const c = (r: Pick<Report, 'cells'>, id: string): number | null => cellValue(r, id);

function ratio(num: number | null, den: number | null): number | null {
  if (num === null || den === null || den <= 0) return null;
  return num / den;
}

function sum(values: (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0);
}

/** 结果纠正 over the cases decided this year (维持 + 纠正 + 其他; 尚未审结 are not yet decided). */
function correctionRate(r: Pick<Report, 'cells'>, groups: readonly string[]): number | null {
  const corrected = sum(groups.map((g) => c(r, cellId('t4', g, 'corrected'))));
  const decided = sum(groups.flatMap((g) => ['upheld', 'corrected', 'other'].map((k) => c(r, cellId('t4', g, k)))));
  return ratio(corrected, decided);
}

export const INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'requests',
    label: '依申请公开总量',
    note: '表三“本年新收政府信息公开申请数量”总计',
    kind: 'count',
    compute: (r) => c(r, 't3.new.total'),
  },
  {
    id: 'grantRate',
    label: '予以公开率',
    note: '表三“予以公开”总计 ÷ 办理结果“总计”',
    kind: 'rate',
    compute: (r) => ratio(c(r, 't3.granted.total'), c(r, 't3.total.total')),
  },
  {
    id: 'reviewCorrectionRate',
    label: '复议纠错率',
    note: '表四行政复议“结果纠正” ÷（结果维持＋结果纠正＋其他结果）',
    kind: 'rate',
    compute: (r) => correctionRate(r, ['review']),
  },
  {
    id: 'suitCorrectionRate',
    label: '诉讼纠错率',
    note: '表四行政诉讼（未经复议直接起诉＋复议后起诉）“结果纠正” ÷（结果维持＋结果纠正＋其他结果）',
    kind: 'rate',
    compute: (r) => correctionRate(r, ['suit_direct', 'suit_after_review']),
  },
];

export type IndicatorValues = Record<IndicatorId, number | null>;

export function indicatorsOf(report: Pick<Report, 'cells'>): IndicatorValues {
  const out = {} as IndicatorValues;
  for (const d of INDICATORS) out[d.id] = d.compute(report);
  return out;
}

export interface Spread {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Quartiles by linear interpolation between order statistics (the spreadsheet QUARTILE.INC rule). */
export function spread(values: readonly (number | null)[]): Spread | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const q = (p: number): number => {
    const pos = (xs.length - 1) * p;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo);
  };
  return { count: xs.length, min: xs[0]!, q1: q(0.25), median: q(0.5), q3: q(0.75), max: xs[xs.length - 1]! };
}

export function formatIndicator(def: Pick<IndicatorDef, 'kind'>, value: number | null): string {
  if (value === null) return '—';
  return def.kind === 'rate' ? `${(value * 100).toFixed(1)}%` : String(Math.round(value * 100) / 100);
}
