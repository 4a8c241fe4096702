/**
 * Rules that hold the text against the tables: D1–D3, D5–D8 (always warnings). With the rules on the report as a
 * document (document-rules.ts: G2, G3, G5, G6 and F4) and on the text itself (text-rules.ts: G10–G14), the narrative
 * units of the engine.
 */
import { cellId, getFormat, type CompiledFormat, type NarrativeSectionKey } from '../formats';
import { blockText } from '../model/report';
import { findFees, findRates, findZeroClaims, percentText, ratePrintsAs, type ClaimKind, type RateClaim } from './claims';
import { DEP_META, DEP_SECTION, NARRATIVE_KEYS, diag, fmt, placeOf, v, type CheckContext, type CheckUnit } from './context';
import { documentUnits } from './document-rules';
import { textUnits } from './text-rules';
import { t3Categories, t3Deps, t3GroupTotal, t3RowTotal } from './table-rules';
import { quotedFigures, type FigureKind, type QuotedFigure } from './text-figures';
import type { Diagnostic, TextSpan } from './types';

/** Figures are parsed once per version of the sections, not once per rule or per keystroke in a cell. */
const figureCache = new WeakMap<object, QuotedFigure[]>();
function figures(ctx: CheckContext): QuotedFigure[] {
  let f = figureCache.get(ctx.report.sections);
  if (!f) {
    f = quotedFigures(ctx.report);
    figureCache.set(ctx.report.sections, f);
  }
  return f;
}

const spanOf = (x: { block: { section: NarrativeSectionKey; index: number }; start: number; end: number }): TextSpan => ({
  section: x.block.section,
  index: x.block.index,
  start: x.start,
  end: x.end,
});

const OFFICE_SCOPE = /(办公室|办公厅|政府办|本机关|本单位|我局|我委|我办|本局|本委)/;
const REGION_SCOPE = /全(市|区|县|省|州|盟|旗|镇|乡)/;

interface Comparison {
  rule: 'D1' | 'D2' | 'D3';
  kind: FigureKind;
  what: string;
  cells: string[];
  /** the table values the quote may legitimately mean */
  values(ctx: CheckContext): (number | null)[];
}

function comparisons(format: CompiledFormat): Comparison[] {
  const t3 = format.def.t3;
  const { new: newRow, carried: carriedRow } = format.t3Named;
  const total = (row: string): string => cellId('t3', row, 'total');
  const rowT = (row: string) => (ctx: CheckContext) => t3RowTotal(ctx, row);
  const out: Comparison[] = [
    {
      rule: 'D1',
      kind: 'received',
      what: `表三“${newRow.label}”总计`,
      cells: [total(newRow.key), total(carriedRow.key)],
      values: (ctx) => {
        const n = t3RowTotal(ctx, newRow.key);
        const c = t3RowTotal(ctx, carriedRow.key);
        return [n, n === null || c === null ? null : n + c];
      },
    },
    { rule: 'D1', kind: 'closed', what: `表三“${t3.total.label}”总计`, cells: [total(t3.total.key)], values: (ctx) => [rowT(t3.total.key)(ctx)] },
    {
      rule: 'D1',
      kind: 'carried',
      what: `表三“${carriedRow.label}”总计`,
      cells: [total(carriedRow.key)],
      values: (ctx) => [rowT(carriedRow.key)(ctx)],
    },
    { rule: 'D1', kind: 'forward', what: `表三“${t3.forward.label}”总计`, cells: [total(t3.forward.key)], values: (ctx) => [rowT(t3.forward.key)(ctx)] },
  ];
  const cats = t3Categories(format);
  const kinds: Record<string, FigureKind> = {
    granted: 'granted',
    partial: 'partial',
    denied: 'denied',
    unable: 'unable',
    rejected: 'rejected',
    other: 'other',
  };
  for (const g of cats) {
    const kind = kinds[g.key];
    if (!kind) continue;
    out.push({ rule: 'D2', kind, what: `表三“${g.label}”总计列`, cells: g.rows.map(total), values: (ctx) => [t3GroupTotal(ctx, g.rows)] });
  }
  const granted = cats.filter((g) => g.key === 'granted' || g.key === 'partial');
  out.push({
    rule: 'D2',
    kind: 'granted_partial',
    what: `表三“${granted.map((g) => g.label).join('”+“')}”总计列`,
    cells: granted.flatMap((g) => g.rows.map(total)),
    values: (ctx) => [
      t3GroupTotal(
        ctx,
        granted.flatMap((g) => g.rows),
      ),
    ],
  });
  const t4 = format.def.t4;
  const totalKey = format.t4Total.key;
  const review = t4.groups.filter((g) => g.parent !== 'suit').map((g) => cellId('t4', g.key, totalKey));
  const suits = t4.groups.filter((g) => g.parent === 'suit').map((g) => cellId('t4', g.key, totalKey));
  const sum = (ids: string[]) => (ctx: CheckContext) => {
    const xs = ids.map((id) => v(ctx, id)).filter((x): x is number => x !== null);
    return [xs.length ? xs.reduce((a, b) => a + b, 0) : null];
  };
  out.push({ rule: 'D3', kind: 'review', what: `表四“${t4.reviewLabel}”总计`, cells: review, values: sum(review) });
  out.push({ rule: 'D3', kind: 'suit', what: `表四“${t4.suitLabel}”两项总计之和`, cells: suits, values: sum(suits) });
  return out;
}

function textVsTableUnit(format: CompiledFormat): CheckUnit {
  const comps = comparisons(format);
  const deps = [
    DEP_SECTION('preface'),
    DEP_SECTION('overview'),
    DEP_META,
    ...t3Deps(
      format,
      format.t3Rows.map((r) => r.id),
    ),
    ...format.cellIds.filter((id) => id.startsWith('t4.')),
  ];
  return {
    deps,
    run(ctx) {
      const out: Diagnostic[] = [];
      const figs = figures(ctx);
      if (figs.length === 0) return out;
      for (const c of comps) {
        for (const f of figs) {
          if (f.kind !== c.kind) continue;
          const values = c.values(ctx);
          const first = values[0];
          if (first === null || first === undefined) continue;
          if (values.some((x) => x === f.value)) continue;
          out.push(
            // D6: a count written in words is checked like digits, under its own id so the reader sees why.
            diag(f.inWords ? 'D6' : c.rule, {
              cells: c.cells,
              spans: [spanOf(f)],
              key: `${f.block.section}#${f.block.index}:${f.kind}`,
              message: `正文“${f.quote}”为${fmt(f.value)}件，${c.what}为${fmt(first)}件，相差${fmt(Math.abs(f.value - first))}`,
              expected: first,
              actual: f.value,
            }),
          );
          const office = OFFICE_SCOPE.test(f.before);
          if (c.kind === 'received' && ctx.report.agencyKind === 'government' && office) {
            out.push(
              diag('D5', {
                cells: c.cells,
                spans: [spanOf(f)],
                key: `${f.block.section}#${f.block.index}:scope`,
                message: `正文“${f.before.slice(-8)}${f.quote}”按办公室本级口径，表格为${fmt(first)}件；请统一口径并在前言说明统计范围`,
              }),
            );
          }
        }
      }
      if (ctx.report.agencyKind === 'department') {
        for (const f of figs) {
          const m = REGION_SCOPE.exec(f.before);
          if (!m || f.kind !== 'received') continue;
          out.push(
            diag('D5', {
              cells: [],
              spans: [spanOf(f)],
              key: `${f.block.section}#${f.block.index}:region`,
              message: `本报告是部门年报，正文却按“${m[0]}”口径叙述（“${f.quote}”）；部门年报应只统计本机关`,
            }),
          );
        }
      }
      return out;
    },
  };
}

const comparisonCache = new Map<string, Comparison[]>();
function comparisonsOf(format: CompiledFormat): Comparison[] {
  let c = comparisonCache.get(format.def.id);
  if (!c) {
    c = comparisons(format);
    comparisonCache.set(format.def.id, c);
  }
  return c;
}

/**
 * The table value a quoted figure of this kind stands for: the reading the quote matches ("收到3646件" may be
 * 新收 + 上年结转), else the first; `reading` picks a given one, for last year's report.
 */
function tableValue(ctx: CheckContext, kind: FigureKind, quoted?: number, reading?: number): { value: number | null; what: string; reading: number } | null {
  const c = comparisonsOf(ctx.format).find((x) => x.kind === kind);
  if (!c) return null;
  const values = c.values(ctx);
  const i =
    reading ??
    Math.max(
      0,
      values.findIndex((x) => x !== null && x === quoted),
    );
  return { value: values[i] ?? null, what: i === 0 ? c.what : `${c.what}（含上年结转）`, reading: i };
}

function eachTextBlock(
  ctx: CheckContext,
  sections: readonly NarrativeSectionKey[],
  fn: (text: string, section: NarrativeSectionKey, index: number) => void,
): void {
  for (const section of sections) ctx.report.sections[section].forEach((b, index) => b.kind !== 'figure' && fn(blockText(b), section, index));
}

/** D7: percentages and rates against the ratios of the table figures they name. */
function ratesUnit(format: CompiledFormat): CheckUnit {
  const t3 = format.def.t3;
  const newKey = format.t3Named.new.key;
  const carriedKey = format.t3Named.carried.key;
  const t4 = format.def.t4;
  const reviewGroups = t4.groups.filter((g) => g.parent !== 'suit').map((g) => g.key);
  const suitGroups = t4.groups.filter((g) => g.parent === 'suit').map((g) => g.key);
  const sum = (ctx: CheckContext, ids: string[]): number | null => {
    const xs = ids.map((id) => v(ctx, id));
    return xs.some((x) => x === null) ? null : xs.reduce<number>((a, b) => a + (b ?? 0), 0);
  };
  const deps = [
    DEP_SECTION('preface'),
    DEP_SECTION('overview'),
    ...t3Deps(
      format,
      format.t3Rows.map((r) => r.id),
    ),
    ...format.cellIds.filter((id) => id.startsWith('t4.')),
  ];

  function share(ctx: CheckContext, r: RateClaim): Diagnostic | null {
    const f = r.figure;
    if (!f) return null;
    const num = tableValue(ctx, f.kind);
    const closed = t3RowTotal(ctx, t3.total.key);
    const fresh = t3RowTotal(ctx, newKey);
    const carried = t3RowTotal(ctx, carriedKey);
    if (!num || num.value === null || closed === null) return null;
    const dens = [closed, fresh, fresh !== null && carried !== null ? fresh + carried : null].filter((d): d is number => d !== null && d > 0);
    if (dens.length === 0 || dens.some((d) => ratePrintsAs((num.value ?? 0) / d, r.printed, r.decimals))) return null;
    const pct = closed > 0 ? percentText(num.value / closed, r.decimals) : '—';
    return diag('D7', {
      cells: [...(comparisonsOf(format).find((c) => c.kind === f.kind)?.cells ?? []), cellId('t3', t3.total.key, 'total')],
      spans: [spanOf(r)],
      key: `${r.block.section}#${r.block.index}:share:${f.kind}`,
      message: `正文“${r.quote}”与表格不符：${num.what}为${fmt(num.value)}件，占表三“${t3.total.label}”${fmt(closed)}件的${pct}`,
      expected: closed > 0 ? Math.round((num.value / closed) * 100 * 10 ** r.decimals) / 10 ** r.decimals : null,
      actual: r.printed,
    });
  }

  function correction(ctx: CheckContext, r: RateClaim): Diagnostic | null {
    const groups = r.group === 'suit' ? suitGroups : reviewGroups;
    const corrected = sum(
      ctx,
      groups.map((g) => cellId('t4', g, 'corrected')),
    );
    const total = sum(
      ctx,
      groups.map((g) => cellId('t4', g, format.t4Total.key)),
    );
    const pending = sum(
      ctx,
      groups.map((g) => cellId('t4', g, 'pending')),
    );
    if (corrected === null || total === null || total === 0) return null;
    const dens = [total, pending === null ? 0 : total - pending].filter((d) => d > 0);
    if (dens.some((d) => ratePrintsAs(corrected / d, r.printed, r.decimals))) return null;
    const label = r.group === 'suit' ? t4.suitLabel : t4.reviewLabel;
    return diag('D7', {
      cells: groups.flatMap((g) => [cellId('t4', g, 'corrected'), cellId('t4', g, format.t4Total.key)]),
      spans: [spanOf(r)],
      key: `${r.block.section}#${r.block.index}:correction:${r.group ?? ''}`,
      message: `正文“${r.quote}”与表四不符：${label}结果纠正${fmt(corrected)}件、总计${fmt(total)}件，纠错率为${percentText(corrected / total, r.decimals)}`,
      expected: Math.round((corrected / total) * 100 * 10 ** r.decimals) / 10 ** r.decimals,
      actual: r.printed,
    });
  }

  function yearOnYear(ctx: CheckContext, r: RateClaim): Diagnostic | null {
    const f = r.figure;
    // A change on last year needs last year's report; without it there is nothing to compare.
    if (!f || !ctx.prior) return null;
    const now = tableValue(ctx, f.kind, f.value);
    const before = now && tableValue({ report: ctx.prior, format: getFormat(ctx.prior.format) }, f.kind, undefined, now.reading);
    if (!now || now.value === null || !before || before.value === null || before.value === 0) return null;
    const change = (now.value - before.value) / before.value;
    const sameSign = change === 0 ? r.printed === 0 : Math.sign(change) === r.direction;
    if ((sameSign || r.printed === 0) && ratePrintsAs(Math.abs(change), r.printed, r.decimals)) return null;
    return diag('D7', {
      cells: comparisonsOf(format).find((c) => c.kind === f.kind)?.cells ?? [],
      spans: [spanOf(r)],
      key: `${r.block.section}#${r.block.index}:yoy:${f.kind}`,
      message: `正文“${r.quote}”与表格不符：${now.what}本年${fmt(now.value)}件，${ctx.prior.year}年${fmt(before.value)}件，${change >= 0 ? '增长' : '下降'}${percentText(Math.abs(change), r.decimals)}`,
      expected: Math.round(change * 100 * 10 ** r.decimals) / 10 ** r.decimals,
      actual: r.printed * (r.direction ?? 1),
    });
  }

  return {
    deps,
    run(ctx) {
      const figs = figures(ctx);
      const out: Diagnostic[] = [];
      eachTextBlock(ctx, ['preface', 'overview'], (text, section, index) => {
        for (const r of findRates(text, { section, index }, figs)) {
          const d = r.kind === 'share' ? share(ctx, r) : r.kind === 'yoy' ? yearOnYear(ctx, r) : correction(ctx, r);
          if (d) out.push(d);
        }
      });
      return out;
    },
  };
}

// The claims depend on the text alone: a keystroke in a table re-checks them against the cells without reading
// every section again.
const claimCache = new WeakMap<object, { claims: ReturnType<typeof findZeroClaims>; fees: ReturnType<typeof findFees> }>();
function zeroClaimsIn(ctx: CheckContext): { claims: ReturnType<typeof findZeroClaims>; fees: ReturnType<typeof findFees> } {
  let c = claimCache.get(ctx.report.sections);
  if (!c) {
    const found: { claims: ReturnType<typeof findZeroClaims>; fees: ReturnType<typeof findFees> } = { claims: [], fees: [] };
    eachTextBlock(ctx, NARRATIVE_KEYS, (text, section, index) => {
      found.claims.push(...findZeroClaims(text, { section, index }));
      found.fees.push(...findFees(text, { section, index }));
    });
    claimCache.set(ctx.report.sections, found);
    c = found;
  }
  return c;
}

/** D8: "未收到…申请", "未发生行政复议", "均已办结", "未收取信息处理费" against the tables and the rest of the text. */
function zeroClaimsUnit(format: CompiledFormat): CheckUnit {
  const { new: newRow, forward } = format.t3Named;
  const newTotal = cellId('t3', newRow.key, 'total');
  const forwardTotal = cellId('t3', forward.key, 'total');
  const t4 = format.def.t4;
  const reviewIds = t4.groups.filter((g) => g.parent !== 'suit').map((g) => cellId('t4', g.key, format.t4Total.key));
  const suitIds = t4.groups.filter((g) => g.parent === 'suit').map((g) => cellId('t4', g.key, format.t4Total.key));
  const total = (ctx: CheckContext, ids: string[]): number => ids.reduce((a, id) => a + (v(ctx, id) ?? 0), 0);
  const deps = [...NARRATIVE_KEYS.map(DEP_SECTION), newTotal, forwardTotal, ...reviewIds, ...suitIds];
  return {
    deps,
    run(ctx) {
      const out: Diagnostic[] = [];
      const { claims, fees } = zeroClaimsIn(ctx);
      const seen = new Set<string>();
      const push = (kind: ClaimKind, c: (typeof claims)[number], cells: string[], contradiction: string) => {
        let key = `${c.block.section}#${c.block.index}:${kind}`;
        while (seen.has(key)) key += '+';
        seen.add(key);
        out.push(diag('D8', { cells, spans: [spanOf(c)], key, message: `正文“${c.quote}”，但${contradiction}` }));
      };
      for (const c of claims) {
        if (c.kind === 'no-applications') {
          const n = v(ctx, newTotal) ?? 0;
          if (n > 0) push(c.kind, c, [newTotal], `表三“${newRow.label}”总计为${fmt(n)}件`);
        } else if (c.kind === 'no-review') {
          const n = total(ctx, reviewIds);
          if (n > 0) push(c.kind, c, reviewIds, `表四“${t4.reviewLabel}”总计为${fmt(n)}件`);
        } else if (c.kind === 'no-suit') {
          const n = total(ctx, suitIds);
          if (n > 0) push(c.kind, c, suitIds, `表四“${t4.suitLabel}”总计为${fmt(n)}件`);
        } else if (c.kind === 'all-closed') {
          const n = v(ctx, forwardTotal) ?? 0;
          if (n > 0) push(c.kind, c, [forwardTotal], `表三“${forward.label}”总计为${fmt(n)}件；有结转的应写明“结转下年度继续办理${fmt(n)}件”`);
        } else {
          const fee = fees[0];
          if (fee) push(c.kind, c, [], `${placeOf(format, fee.block.section, fee.block.index)}写有“${fee.quote}”`);
        }
      }
      return out;
    },
  };
}

export function narrativeUnits(format: CompiledFormat): CheckUnit[] {
  return [textVsTableUnit(format), ratesUnit(format), zeroClaimsUnit(format), ...documentUnits(format), ...textUnits(format)];
}
