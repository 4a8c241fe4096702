/**
 * The `kirogov-package/1.0` data package: what a 主管部门's annual-report data centre (KIROGOVCOMPARE) loads without
 * parsing — the report's PDF, a Markdown rendering and `source.json`, whose tables name every figure by that
 * system's keys. Only the figures are translated here, from our cell ids through one table; the texts are the
 * report's own. The schema is public (src/schemas/kirogov-package/1.0/source.schema.json of that repository).
 */
import { getFormat, placeCells, type PrintedGrid } from '../formats';
import { printedCellValue } from '../model/numbers';
import { blockText, cellValue, reportTitle, type Block, type Report } from '../model/report';
import { signoffDate } from '../layout/profile';

export const KIROGOV_ENTRIES = { pdf: 'source.pdf', markdown: 'source.md', json: 'source.json' } as const;

/** The receiving system takes a package by this ending of its file name. */
export const KIROGOV_FILE_ENDING = '.kirogov.zip';

/**
 * Where each of our table cells goes in `parsed_json`: table 二 and 四 by whole cell id, table 三 by row and column
 * (its keys nest a column's figures under the applicant). Only the 2021 format has this shape.
 */
const T2_PATHS: Readonly<Record<string, readonly string[]>> = {
  't2.rules.issued': ['regulations', 'made'],
  't2.rules.repealed': ['regulations', 'repealed'],
  't2.rules.valid': ['regulations', 'valid'],
  't2.normative.issued': ['normativeDocuments', 'made'],
  't2.normative.repealed': ['normativeDocuments', 'repealed'],
  't2.normative.valid': ['normativeDocuments', 'valid'],
  't2.licensing.decisions': ['licensing', 'processed'],
  't2.penalty.decisions': ['punishment', 'processed'],
  't2.coercion.decisions': ['coercion', 'processed'],
  't2.fees.amount': ['fees', 'amount'],
};

const T3_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  natural: ['naturalPerson'],
  commercial: ['legalPerson', 'commercial'],
  research: ['legalPerson', 'research'],
  welfare: ['legalPerson', 'social'],
  legal: ['legalPerson', 'legal'],
  other_org: ['legalPerson', 'other'],
  total: ['total'],
};

const T3_ROWS: Readonly<Record<string, readonly string[]>> = {
  new: ['newReceived'],
  carried: ['carriedOver'],
  granted: ['results', 'granted'],
  partial: ['results', 'partialGrant'],
  'denied.secret': ['results', 'denied', 'stateSecret'],
  'denied.law': ['results', 'denied', 'lawForbidden'],
  'denied.safety': ['results', 'denied', 'safetyStability'],
  'denied.third_party': ['results', 'denied', 'thirdPartyRights'],
  'denied.internal': ['results', 'denied', 'internalAffairs'],
  'denied.process': ['results', 'denied', 'processInfo'],
  'denied.enforcement': ['results', 'denied', 'enforcementCase'],
  'denied.query': ['results', 'denied', 'adminQuery'],
  'unable.not_held': ['results', 'unableToProvide', 'noInfo'],
  'unable.create': ['results', 'unableToProvide', 'needCreation'],
  'unable.unclear': ['results', 'unableToProvide', 'unclear'],
  'rejected.petition': ['results', 'notProcessed', 'complaint'],
  'rejected.repeat': ['results', 'notProcessed', 'repeat'],
  'rejected.publication': ['results', 'notProcessed', 'publication'],
  'rejected.mass': ['results', 'notProcessed', 'massiveRequests'],
  'rejected.confirm': ['results', 'notProcessed', 'confirmInfo'],
  'other.no_correction': ['results', 'other', 'overdueCorrection'],
  'other.no_fee': ['results', 'other', 'overdueFee'],
  'other.other': ['results', 'other', 'otherReasons'],
  total: ['results', 'totalProcessed'],
  forward: ['results', 'carriedForward'],
};

const T4_GROUPS: Readonly<Record<string, string>> = { review: 'review', suit_direct: 'litigationDirect', suit_after_review: 'litigationPostReview' };
const T4_OUTCOMES: Readonly<Record<string, string>> = { upheld: 'maintain', corrected: 'correct', other: 'other', pending: 'unfinished', total: 'total' };

/** The package's place of one cell of a 2021-format report: the section it is in and the keys down to it. */
export function kirogovPath(id: string): { section: 'table_2' | 'table_3' | 'table_4'; keys: readonly string[] } | null {
  const [table, ...rest] = id.split('.');
  if (table === 't2') {
    const keys = T2_PATHS[id];
    return keys ? { section: 'table_2', keys } : null;
  }
  const column = rest.pop() ?? '';
  const row = rest.join('.');
  if (table === 't3') {
    const c = T3_COLUMNS[column];
    const r = T3_ROWS[row];
    return c && r ? { section: 'table_3', keys: [...c, ...r] } : null;
  }
  if (table === 't4') {
    const g = T4_GROUPS[row];
    const o = T4_OUTCOMES[column];
    return g && o ? { section: 'table_4', keys: [g, o] } : null;
  }
  return null;
}

/** Why a report cannot be packaged, in one sentence, or null when it can. */
export function kirogovRefusal(report: Report): string | null {
  if (report.format !== 'gip-2021') {
    return `kirogov 数据包只收 2021 年版格式（国办公开办函〔2021〕30号）的年报，本报告是${getFormat(report.format).def.name}，表格的项目对不上`;
  }
  return null;
}

type Tree = { [key: string]: Tree | number | null };

function put(tree: Tree, keys: readonly string[], value: number | null): void {
  let node = tree;
  keys.slice(0, -1).forEach((k) => {
    const next = node[k];
    node = next !== null && typeof next === 'object' ? next : (node[k] = {});
  });
  node[keys[keys.length - 1] ?? ''] = value;
}

const plainText = (blocks: readonly Block[]): string => blocks.map(blockText).join('\n');

/** `parsed_json`: the six sections in order; every figure a number, a blank cell null (never 0, never a string). */
export function kirogovParsedJson(report: Report): { sections: Record<string, unknown>[] } {
  const f = getFormat(report.format);
  const tables: Record<'table_2' | 'table_3' | 'table_4', Tree> = { table_2: {}, table_3: {}, table_4: {} };
  for (const id of f.cellIds) {
    const place = kirogovPath(id);
    if (place) put(tables[place.section], place.keys, cellValue(report, id));
  }
  const dataKey = { t2: ['table_2', 'activeDisclosureData'], t3: ['table_3', 'tableData'], t4: ['table_4', 'reviewLitigationData'] } as const;
  return {
    sections: f.def.sections.map((s) => {
      if (s.kind === 'narrative') return { type: 'text', title: s.title, content: plainText(report.sections[s.key]) };
      const [type, key] = dataKey[s.key];
      return { type, title: s.title, [key]: tables[type] };
    }),
  };
}

const cellText = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * A printed table as one Markdown table: every grid column a column, a merged label repeated in each row it spans
 * (so each row reads on its own), the header rows joined column by column.
 */
export function gridMarkdown(report: Report, grid: PrintedGrid): string[] {
  const matrix: string[][] = grid.rows.map(() => Array.from({ length: grid.columns }, () => ''));
  for (const p of placeCells(grid)) {
    const text = p.cell.cellId ? printedCellValue(report, p.cell.cellId) : `${p.cell.text ?? ''}${p.cell.note ?? ''}`;
    for (let r = p.row; r < Math.min(p.row + p.rowSpan, grid.rows.length); r++) {
      for (let c = p.col; c < p.col + p.colSpan; c++) {
        const row = matrix[r];
        // A label spread across columns is written once, in its first column.
        if (row && (c === p.col || r < grid.headerRows)) row[c] = cellText(text);
      }
    }
  }
  // Markdown needs one header row: a table printed without one (二 starts with its first block's heading) lends it.
  const headerRows = Math.max(1, grid.headerRows);
  const header = Array.from({ length: grid.columns }, (_, c) =>
    [
      ...new Set(
        matrix
          .slice(0, headerRows)
          .map((row) => row[c] ?? '')
          .filter(Boolean),
      ),
    ].join(' / '),
  );
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...matrix.slice(headerRows).map(line)];
}

/** `source.md`: the report as Markdown — title, 前言, the six sections with their tables, the 落款. */
export function kirogovMarkdown(report: Report): string {
  const f = getFormat(report.format);
  const out: string[] = [`# ${reportTitle(report)}`, ''];
  const blocks = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.kind === 'heading') out.push(`${'#'.repeat(b.level + 1)} ${b.text}`, '');
      else if (b.kind === 'paragraph') out.push(b.runs.map((r) => (r.bold ? `**${r.text}**` : r.text)).join(''), '');
      else out.push(`［图：${b.caption}］`, '');
    }
  };
  blocks(report.sections.preface);
  for (const s of f.def.sections) {
    out.push(`## ${s.title}`, '');
    if (s.kind === 'narrative') blocks(report.sections[s.key]);
    else out.push(...gridMarkdown(report, f.grids[s.key]), '');
  }
  if (report.signoff?.date) out.push(report.agency, '', signoffDate(report.signoff.date), '');
  return out.join('\n');
}

export interface KirogovHashes {
  pdfSha256: string;
  markdownSha256: string;
}

/** `source.json` for a package whose PDF and Markdown have the given SHA-256 digests. */
export function kirogovSourceJson(report: Report, hashes: KirogovHashes, generator: { name: string; version: string }): Record<string, unknown> {
  return {
    schema_version: '1.0',
    package_version: '1.0',
    generator,
    source: {
      pdf_filename: KIROGOV_ENTRIES.pdf,
      markdown_filename: KIROGOV_ENTRIES.markdown,
      pdf_sha256: hashes.pdfSha256,
      markdown_sha256: hashes.markdownSha256,
      organization_name: report.agency,
      // The schema takes 2000–2100; a year outside it is left out rather than bent.
      report_year: report.year >= 2000 && report.year <= 2100 ? report.year : null,
      report_title: reportTitle(report),
    },
    parsed_json: kirogovParsedJson(report),
  };
}
