/** Rules that compare with the prior year's report: X1–X6 and C4. */
import { cellId, getFormat, type CompiledFormat } from '../formats';
import { DEP_META, DEP_SECTIONS, cellName, diag, fmt, priorValue, profileOf, sectionText, v, type CheckContext, type CheckUnit } from './context';
import { textSimilarity } from './similarity';
import type { Diagnostic } from './types';

function priorLabel(ctx: CheckContext): string {
  return `${ctx.prior?.year ?? ''}年报告`;
}

function carryOverUnits(format: CompiledFormat): CheckUnit[] {
  return format.carryOver.map(({ carried: id, forward: from }) => {
    return {
      deps: [id],
      run(ctx) {
        if (!ctx.prior) return [];
        const before = priorValue(ctx, from);
        const now = v(ctx, id);
        if (before === null || now === before) return [];
        const pf = getFormat(ctx.prior.format);
        return [
          diag('X1', {
            cells: [id],
            message: `${cellName(format, id)}${now === null ? '未填写' : `填写为${fmt(now)}`}，${priorLabel(ctx)}“${cellName(pf, from)}”为${fmt(before)}${now === null ? '' : `，相差${fmt(Math.abs(before - now))}`}`,
            expected: before,
            actual: now,
          }),
        ];
      },
    };
  });
}

function stockUnits(format: CompiledFormat): CheckUnit[] {
  // Only a format with stock rows (现行有效件数, the 2021 format) has the identity.
  if (format.stocks.length === 0) return [];
  const units: CheckUnit[] = [];
  for (const { row, issued, repealed, valid } of format.stocks) {
    const rowLabel = format.cells.get(valid)?.rowLabels.join('') ?? row;
    units.push({
      deps: [issued, repealed, valid],
      run(ctx) {
        if (!ctx.prior || ctx.prior.format !== format.def.id) return [];
        const [pv, i, r, n] = [priorValue(ctx, valid), v(ctx, issued), v(ctx, repealed), v(ctx, valid)];
        const out: Diagnostic[] = [];
        if (pv !== null && i !== null && r !== null && n !== null && pv + i - r !== n) {
          out.push(
            diag('X2', {
              cells: [valid, issued, repealed],
              message: `${rowLabel}：${priorLabel(ctx)}现行有效${fmt(pv)}+本年制发${fmt(i)}−本年废止${fmt(r)}=${fmt(pv + i - r)}，本年现行有效件数填写为${fmt(n)}，相差${fmt(Math.abs(pv + i - r - n))}；如有修订、重新发布等情况请说明`,
              expected: pv + i - r,
              actual: n,
            }),
          );
        }
        if (pv !== null && i !== null && r !== null && r > pv + i) {
          out.push(
            diag('C4', {
              cells: [repealed],
              message: `${rowLabel}：本年废止${fmt(r)}件，多于上年现行有效${fmt(pv)}件与本年制发${fmt(i)}件之和${fmt(pv + i)}`,
              expected: pv + i,
              actual: r,
            }),
          );
        }
        return out;
      },
    });
  }
  units.push({
    deps: [DEP_META],
    run(ctx) {
      if (!ctx.prior || ctx.prior.format === format.def.id) return [];
      return [
        diag('X3', {
          cells: format.stocks.map((st) => st.valid),
          key: 'first-2021',
          message: `${priorLabel(ctx)}使用2019年版格式（“对外公开总数量”），与本年“现行有效件数”口径不同，跨年存量衔接（X2）不适用`,
        }),
      ];
    },
  });
  return units;
}

function itemCountUnits(format: CompiledFormat): CheckUnit[] {
  if (format.def.id !== 'gip-2019') return [];
  const rows = format.def.t2.blocks.flatMap((b) => (b.columns.some((c) => c.key === 'prev') ? b.rows.map((r) => r.key) : []));
  return rows.map((row) => {
    const prev = cellId('t2', row, 'prev');
    const delta = cellId('t2', row, 'delta');
    return {
      deps: [prev],
      run(ctx) {
        if (!ctx.prior || ctx.prior.format !== 'gip-2019') return [];
        const [pp, pd, now] = [priorValue(ctx, prev), priorValue(ctx, delta), v(ctx, prev)];
        if (pp === null || pd === null || now === null || pp + pd === now) return [];
        return [
          diag('X4', {
            cells: [prev],
            message: `${cellName(format, prev)}填写为${fmt(now)}，${priorLabel(ctx)}上一年项目数量${fmt(pp)}+本年增/减${fmt(pd)}=${fmt(pp + pd)}`,
            expected: pp + pd,
            actual: now,
          }),
        ];
      },
    };
  });
}

/**
 * The parts X5 compares with last year's: the format's narrative sections (一、五、六). 前言 is not among them: its
 * standard opening (根据《条例》…) is the same every year by design.
 */
export function reuseCheckedParts(format: CompiledFormat): string[] {
  return format.def.sections.filter((s) => s.kind === 'narrative').map((s) => s.key);
}

function reuseUnit(format: CompiledFormat): CheckUnit {
  const checked = new Set(reuseCheckedParts(format));
  const sections = format.def.sections.filter((s) => checked.has(s.key));
  return {
    deps: [DEP_SECTIONS, DEP_META],
    run(ctx) {
      if (!ctx.prior) return [];
      // The threshold is the profile's: 宿迁's monitoring deducts above 50 %, the national default is 85 %.
      const profile = profileOf(ctx);
      const out: Diagnostic[] = [];
      for (const s of sections) {
        if (s.kind !== 'narrative') continue;
        const now = sectionText(ctx.report, s.key);
        const before = sectionText(ctx.prior, s.key);
        if (now.replace(/\s/g, '').length < 20) continue;
        const sim = textSimilarity(now, before);
        if (sim < profile.x5Threshold) continue;
        out.push(
          diag('X5', {
            cells: [],
            blocks: [{ section: s.key, index: 0 }],
            key: s.key,
            message: `“${s.title}”与${priorLabel(ctx)}的相似度为${Math.round(sim * 100)}%（${profile.name}以${Math.round(profile.x5Threshold * 100)}%为限）；内容雷同是〔2021〕30号点名追责的问题，请按本年实际重写`,
          }),
        );
      }
      return out;
    },
  };
}

function sameAgencyUnit(): CheckUnit {
  return {
    deps: [DEP_META],
    run(ctx) {
      const p = ctx.prior;
      if (!p) return [];
      const r = ctx.report;
      const problems: string[] = [];
      if (p.agency !== r.agency) problems.push(`机关名称由“${p.agency}”变为“${r.agency}”`);
      if (p.agencyKind !== r.agencyKind) problems.push('报告主体类型（部门/人民政府）与上年不同');
      if (p.format !== r.format && p.year >= 2021) problems.push('所用格式与上年不同');
      if (r.year !== p.year + 1) problems.push(`对比的不是上一年度（本年${r.year}，对比${p.year}）`);
      if (problems.length === 0) return [];
      return [diag('X6', { cells: [], key: 'agency', message: `与${priorLabel(ctx)}比较：${problems.join('；')}；口径变化须在报告中说明` })];
    },
  };
}

export function crossYearUnits(format: CompiledFormat): CheckUnit[] {
  return [...carryOverUnits(format), ...stockUnits(format), ...itemCountUnits(format), reuseUnit(format), sameAgencyUnit()];
}
