/** Rules that read the narrative: D1–D3, D5 (text against tables, always warnings), F4, G2, G3, G5, G6. */
import type { CompiledFormat, NarrativeSectionKey } from '../formats';
import { derivedTitle } from '../model/report';
import { DEP_META, DEP_SECTIONS, diag, fmt, sectionText, v, type CheckContext, type CheckUnit } from './context';
import { t3Categories, t3Deps, t3GroupTotal, t3RowTotal } from './table-rules';
import { quotedFigures, type FigureKind, type QuotedFigure } from './text-figures';
import type { Diagnostic } from './types';

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
  const [newRow, carriedRow] = t3.intake;
  const total = (row: string): string => `t3.${row}.total`;
  const rowT = (row: string) => (ctx: CheckContext) => t3RowTotal(ctx, row);
  const out: Comparison[] = [
    {
      rule: 'D1',
      kind: 'received',
      what: `表三“${newRow?.label}”总计`,
      cells: [total(newRow?.key ?? 'new'), total(carriedRow?.key ?? 'carried')],
      values: (ctx) => {
        const n = t3RowTotal(ctx, newRow?.key ?? 'new');
        const c = t3RowTotal(ctx, carriedRow?.key ?? 'carried');
        return [n, n === null || c === null ? null : n + c];
      },
    },
    { rule: 'D1', kind: 'closed', what: `表三“${t3.total.label}”总计`, cells: [total(t3.total.key)], values: (ctx) => [rowT(t3.total.key)(ctx)] },
    {
      rule: 'D1',
      kind: 'carried',
      what: `表三“${carriedRow?.label}”总计`,
      cells: [total(carriedRow?.key ?? 'carried')],
      values: (ctx) => [rowT(carriedRow?.key ?? 'carried')(ctx)],
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
    values: (ctx) => [t3GroupTotal(ctx, granted.flatMap((g) => g.rows))],
  });
  const t4 = format.def.t4;
  const totalKey = t4.outcomes[t4.outcomes.length - 1]?.key ?? 'total';
  const review = t4.groups.filter((g) => g.parent !== 'suit').map((g) => `t4.${g.key}.${totalKey}`);
  const suits = t4.groups.filter((g) => g.parent === 'suit').map((g) => `t4.${g.key}.${totalKey}`);
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
  const deps = [DEP_SECTIONS, DEP_META, ...t3Deps(format, format.t3Rows.map((r) => r.id)), ...format.cellIds.filter((id) => id.startsWith('t4.'))];
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
            diag(c.rule, {
              cells: c.cells,
              blocks: [f.block],
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
                blocks: [f.block],
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
              blocks: [f.block],
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

const SECTION_OF: Record<string, NarrativeSectionKey> = { overview: 'overview', problems: 'problems', other: 'other' };

function sectionsUnit(format: CompiledFormat): CheckUnit {
  const narrative = format.def.sections.filter((s) => s.kind === 'narrative');
  return {
    deps: [DEP_SECTIONS],
    run(ctx) {
      const out: Diagnostic[] = [];
      for (const s of narrative) {
        const key = SECTION_OF[s.key];
        if (!key) continue;
        if (sectionText(ctx.report, key).trim() === '') {
          out.push(diag('G2', { cells: [], blocks: [{ section: key, index: 0 }], key, message: `“${s.title}”没有内容；年报须包含全部六个部分` }));
        }
      }
      return out;
    },
  };
}

function aspectsUnit(format: CompiledFormat): CheckUnit {
  const aspects = format.def.overviewAspects;
  return {
    deps: [DEP_SECTIONS, DEP_META],
    run(ctx) {
      const text = sectionText(ctx.report, 'overview');
      if (text.trim() === '') return [];
      const out: Diagnostic[] = [];
      for (const a of aspects) {
        if (a.governmentOnly && ctx.report.agencyKind !== 'government') continue;
        if (a.evidence.some((w) => text.includes(w))) continue;
        out.push(
          diag(a.governmentOnly ? 'F4' : 'G3', {
            cells: [],
            blocks: [{ section: 'overview', index: 0 }],
            key: a.key,
            message: a.governmentOnly
              ? `人民政府的年报应在“监督保障”中报告${a.label}，“一、总体情况”中未见相关内容`
              : `“一、总体情况”未见“${a.label}”方面的内容${a.heading ? `（建议设小标题“${a.heading}”）` : ''}`,
          }),
        );
      }
      return out;
    },
  };
}

/** From 2021 on, 六 must state the 信息处理费 (国办函〔2020〕109号); a bare "无。" does not. */
const FEE_EVIDENCE = /(信息处理费|处理费|收费|收取)/;
const FEE_FROM_YEAR = 2021;

function feesUnit(): CheckUnit {
  return {
    deps: [DEP_SECTIONS, DEP_META],
    run(ctx) {
      if (ctx.report.year < FEE_FROM_YEAR) return [];
      const text = sectionText(ctx.report, 'other');
      if (FEE_EVIDENCE.test(text)) return [];
      const bare = /^\s*无[。.]?\s*$/.test(text);
      return [
        diag('G5', {
          cells: [],
          blocks: [{ section: 'other', index: 0 }],
          key: 'other',
          message: `${bare ? '“六、其他需要报告的事项”只写了“无”' : '“六、其他需要报告的事项”未说明信息处理费'}；应写明本年收取信息处理费的件数和金额，未收取的写明“未收取”或“0元”`,
        }),
      ];
    },
  };
}

function titleUnit(): CheckUnit {
  return {
    deps: [DEP_META],
    run(ctx) {
      const { title, agency, year } = ctx.report;
      if (!title?.trim()) return [];
      const expected = derivedTitle(agency, year);
      const compact = title.replace(/\s+/g, '');
      if (compact === expected) return [];
      const problems: string[] = [];
      // "2019年上海市人民政府办公厅政府信息公开工作年度报告": the format puts the agency first (checks.md G6).
      if (compact.startsWith(`${year}年${agency}`)) problems.push('年份写在了机关名称之前');
      const years = [...compact.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
      if (years.length === 0) problems.push('缺少年份');
      else if (!years.includes(year)) problems.push(`年份不是${year}年`);
      if (compact.includes(`${year}年度政府信息公开`)) problems.push(`“${year}年度”应为“${year}年”`);
      if (!compact.includes('政府信息公开工作年度报告')) problems.push('应为“政府信息公开工作年度报告”');
      if (!compact.includes(agency)) problems.push(`未使用机关全称“${agency}”`);
      if (problems.length === 0) problems.push('写法与规范不同');
      return [diag('G6', { cells: [], key: 'title', message: `标题“${title}”${problems.join('，')}；规范标题为“${expected}”` })];
    },
  };
}

export function narrativeUnits(format: CompiledFormat): CheckUnit[] {
  return [textVsTableUnit(format), sectionsUnit(format), aspectsUnit(format), feesUnit(), titleUnit()];
}
