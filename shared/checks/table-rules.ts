/** The rules on the tables alone: A1, B1–B5, B7, B8, C1–C3, C5, G9. */
import { FORMAT_DEFINITIONS, FORMAT_IDS, cellId, getFormat, type CompiledFormat, type TableKey, type ValueKind } from '../formats';
import { valueProblem } from '../model/numbers';
import { CELL_ID_PATTERN } from '../model/report';
import { DEP_FOREIGN_CELL, DEP_META, cellName, checkSum, diag, fmt, tableName, v, type CheckContext, type CheckUnit } from './context';
import type { Diagnostic } from './types';

const t3 = (row: string, col: string): string => cellId('t3', row, col);

function cellsOf(format: CompiledFormat, table: TableKey): string[] {
  return format.cellIds.filter((id) => format.cells.get(id)?.table === table);
}

/** The value of a table 三 row in the 总计 column, falling back to the applicants' sum when 总计 is blank. */
export function t3RowTotal(ctx: CheckContext, row: string): number | null {
  const total = v(ctx, t3(row, 'total'));
  if (total !== null) return total;
  let sum: number | null = null;
  for (const c of ctx.format.t3Applicants) {
    const x = v(ctx, t3(row, c));
    if (x !== null) sum = (sum ?? 0) + x;
  }
  return sum;
}

/** Σ of a group of table 三 rows in the 总计 column (B7 subtotals); null when all are blank. */
export function t3GroupTotal(ctx: CheckContext, rows: readonly string[]): number | null {
  let sum: number | null = null;
  for (const r of rows) {
    const x = t3RowTotal(ctx, r);
    if (x !== null) sum = (sum ?? 0) + x;
  }
  return sum;
}

export function t3Deps(format: CompiledFormat, rows: readonly string[]): string[] {
  return rows.flatMap((r) => format.t3Columns.map((c) => t3(r, c)));
}

/** The outcome rows of each category, keyed by category: denied → [denied.secret, …]. */
export function t3Categories(format: CompiledFormat): { key: string; label: string; rows: string[] }[] {
  const out: { key: string; label: string; rows: string[] }[] = [];
  for (const row of format.t3Rows) {
    if (!row.outcome) continue;
    const key = row.category?.key ?? row.id;
    const label = row.category?.label ?? row.label;
    const last = out[out.length - 1];
    if (last && last.key === key) last.rows.push(row.id);
    else out.push({ key, label, rows: [row.id] });
  }
  return out;
}

/** B4 covers every table; in 二 the same problem is also C1, the table's own rule (checks.md §B, §C). */
function typeUnit(format: CompiledFormat, table: TableKey): CheckUnit {
  const ids = cellsOf(format, table);
  const rules = table === 't2' ? (['B4', 'C1'] as const) : (['B4'] as const);
  return {
    deps: ids,
    run(ctx) {
      const out: Diagnostic[] = [];
      for (const id of ids) {
        const x = v(ctx, id);
        if (x === null) continue;
        const kind = format.cells.get(id)?.kind ?? 'count';
        const problem = valueProblem(x, kind);
        if (!problem) continue;
        for (const rule of rules) out.push(diag(rule, { cells: [id], message: `${cellName(format, id)}：${problem}（填写为${x}）` }));
      }
      return out;
    },
  };
}

function blankUnit(format: CompiledFormat, table: TableKey): CheckUnit {
  const ids = cellsOf(format, table);
  return {
    deps: ids,
    run(ctx) {
      const blank = ids.filter((id) => v(ctx, id) === null);
      if (blank.length === 0) return [];
      const first = blank[0] ?? '';
      const where = blank.length === 1 ? `“${cellName(format, first)}”` : `“${cellName(format, first)}”等${blank.length}个单元格`;
      return [
        diag('B5', {
          cells: blank,
          key: table,
          message: `${tableName(format, table)}：${where}未填写；没有发生的事项请填0，不要留空`,
        }),
      ];
    },
  };
}

function t3Units(format: CompiledFormat): CheckUnit[] {
  const units: CheckUnit[] = [];
  const def = format.def.t3;
  const colLabel = (c: string): string => def.columns.find((x) => x.key === c)?.label ?? c;
  const categories = t3Categories(format);
  const totalLabel = colLabel('total');

  // B1: 总计 = Σ applicants, each row.
  for (const { target, parts, along } of format.sums.filter((r) => r.rule === 'B1')) {
    const scope = format.cells.get(target)?.rowLabels.join(' ') ?? along;
    units.push({
      deps: [target, ...parts],
      run: (ctx) => checkSum(ctx, { rule: 'B1', scope, partsText: format.t3Applicants.map(colLabel).join('+'), parts, target, targetLabel: totalLabel }),
    });
  }

  // B2: （七）总计 = Σ outcome rows, each column.
  for (const { target, parts, along: c } of format.sums.filter((r) => r.rule === 'B2')) {
    units.push({
      deps: [target, ...parts],
      run: (ctx) =>
        checkSum(ctx, {
          rule: 'B2',
          scope: `${colLabel(c)}列`,
          partsText: categories.map((g) => g.label).join('+'),
          parts,
          target,
          targetLabel: def.total.label,
        }),
    });
  }
  // A1: 一+二 = （七）+四, each column (the format's compiled balances).
  for (const { along: c, left, right } of format.balances) {
    const { new: ia, carried: ib } = format.t3Named;
    const [a = '', b = ''] = left;
    const [total = '', fwd = ''] = right;
    units.push({
      deps: [a, b, total, fwd],
      run(ctx) {
        const vals = [a, b, total, fwd].map((id) => v(ctx, id));
        // One side not begun at all (a fresh year with only 上年结转 filled) has nothing to balance against yet;
        // otherwise blanks count as 0, as in the other sums, and B5 names them.
        if ((vals[0] === null && vals[1] === null) || (vals[2] === null && vals[3] === null)) return [];
        const [va, vb, vt, vf] = vals.map((x) => x ?? 0) as [number, number, number, number];
        const lhs = va + vb;
        const rhs = vt + vf;
        if (lhs === rhs) return [];
        return [
          diag('A1', {
            cells: [fwd, total, a, b],
            message: `${colLabel(c)}列：${ia.label}+${ib.label}=${fmt(lhs)}，${def.total.label}+${def.forward.label}=${fmt(rhs)}，相差${fmt(Math.abs(lhs - rhs))}`,
            expected: lhs,
            actual: rhs,
          }),
        ];
      },
    });
  }

  // B7: subtotals of the categories with sub-items, in the 总计 column (they feed the narrative rules).
  for (const g of categories) {
    if (g.rows.length < 2) continue;
    units.push({
      deps: t3Deps(format, g.rows),
      run(ctx) {
        const s = t3GroupTotal(ctx, g.rows);
        if (s === null) return [];
        return [diag('B7', { cells: g.rows.map((r) => t3(r, 'total')), key: g.key, message: `${g.label}小计（总计列）：${fmt(s)}件`, expected: s })];
      },
    });
  }

  // B8: no applications at all → every cell of 三 is 0.
  const all = cellsOf(format, 't3');
  units.push({
    deps: all,
    run(ctx) {
      const [n, c] = [format.t3Named.new, format.t3Named.carried].map((r) => v(ctx, t3(r.key, 'total')));
      if (n !== 0 || c !== 0) return [];
      const nonZero = all.filter((id) => {
        const x = v(ctx, id);
        return x !== null && x !== 0;
      });
      if (nonZero.length === 0) return [];
      return [
        diag('B8', {
          cells: nonZero,
          key: 't3',
          message: `本年新收和上年结转均为0，表三其余各栏也应为0；“${cellName(format, nonZero[0] ?? '')}”等${nonZero.length}处不为0`,
        }),
      ];
    },
  });
  return units;
}

function t4Units(format: CompiledFormat): CheckUnit[] {
  const t4 = format.def.t4;
  const partsText = t4.outcomes
    .filter((o) => o !== format.t4Total)
    .map((o) => o.label)
    .join('+');
  return format.sums
    .filter((r) => r.rule === 'B3')
    .map(({ target, parts, along }) => {
      const g = t4.groups.find((x) => x.key === along);
      const scope = g?.parent === 'suit' ? `${t4.suitLabel}·${g.label}` : (g?.label ?? along);
      return {
        deps: [target, ...parts],
        run: (ctx) => checkSum(ctx, { rule: 'B3', scope, partsText, parts, target, targetLabel: format.t4Total.label }),
      };
    });
}

/** Levels that cannot make 规章 (立法法): counties, districts, townships and their departments. */
const BELOW_PREFECTURE = /(县|乡|镇|街道|旗|(?<!自治)区)/;

/** A unit for each cell of 二 of one value kind, reading the cell and the report's agency. */
function t2KindUnits(format: CompiledFormat, kind: ValueKind, check: (ctx: CheckContext, id: string, x: number | null) => Diagnostic[]): CheckUnit[] {
  return cellsOf(format, 't2')
    .filter((id) => format.cells.get(id)?.kind === kind)
    .map((id) => ({ deps: [id, DEP_META], run: (ctx) => check(ctx, id, v(ctx, id)) }));
}

function t2Units(format: CompiledFormat): CheckUnit[] {
  const rules = cellsOf(format, 't2').filter((id) => id.startsWith('t2.rules.'));
  return [
    ...t2KindUnits(format, 'wan', (ctx, id, x) => {
      const limit = ctx.report.agencyKind === 'government' ? 10_000_000 : 1_000_000;
      if (x === null || x <= limit) return [];
      return [
        diag('C2', {
          cells: [id],
          message: `${cellName(format, id)}填写为${fmt(x)}万元（即${fmt(x / 10000)}亿元），数额异常，是否误按“元”填写？`,
        }),
      ];
    }),
    {
      deps: [...rules, DEP_META],
      run(ctx) {
        if (!BELOW_PREFECTURE.test(ctx.report.agency)) return [];
        const nonZero = rules.filter((id) => (v(ctx, id) ?? 0) !== 0);
        if (nonZero.length === 0) return [];
        return [
          diag('C3', {
            cells: nonZero,
            message: `${ctx.report.agency}属县级及以下机关，无权制定规章；“${cellName(format, nonZero[0] ?? '')}”等应为0（本级政府的规范性文件请填入行政规范性文件栏）`,
          }),
        ];
      },
    },
    ...t2KindUnits(format, 'amount', (ctx, id, x) => {
      if (x === null || x === 0 || ctx.report.units?.[id]) return [];
      return [diag('C5', { cells: [id], message: `${cellName(format, id)}未注明单位，请选择“元”或“万元”` })];
    }),
  ];
}

/** Which format (if any) a foreign cell id belongs to, to say "沿用了2019年版的栏目". */
function foreignLabel(format: CompiledFormat, id: string): string {
  for (const other of FORMAT_IDS) {
    if (other === format.def.id) continue;
    const info = getFormat(other).cells.get(id);
    if (info) return `“${info.name}”是${FORMAT_DEFINITIONS[other].name}的栏目，${format.def.name}中没有`;
  }
  return `单元格 ${id} 不属于${format.def.name}`;
}

function g9Unit(format: CompiledFormat): CheckUnit {
  return {
    deps: [DEP_FOREIGN_CELL],
    run(ctx) {
      const out: Diagnostic[] = [];
      for (const [id, x] of Object.entries(ctx.report.cells)) {
        if (format.cells.has(id) || x === null || !CELL_ID_PATTERN.test(id)) continue;
        out.push(diag('G9', { cells: [id], message: `${foreignLabel(format, id)}（值为${x}），请改填到本格式的对应栏目` }));
      }
      return out;
    },
  };
}

export function tableUnits(format: CompiledFormat): CheckUnit[] {
  return [
    typeUnit(format, 't2'),
    typeUnit(format, 't3'),
    typeUnit(format, 't4'),
    ...t3Units(format),
    ...t4Units(format),
    ...t2Units(format),
    blankUnit(format, 't2'),
    blankUnit(format, 't3'),
    blankUnit(format, 't4'),
    g9Unit(format),
  ];
}
