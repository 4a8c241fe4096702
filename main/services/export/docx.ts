/**
 * The .docx in the official layout, built with `docx` from the same format grid and layout profile as the print
 * HTML. Merges are written explicitly (vMerge restart/continue with their gridSpan) because docx's own rowSpan
 * loses the gridSpan of continued cells; the report itself rides along in a custom XML part.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { getFormat, type GridCell, type PrintedGrid } from '../../../shared/formats';
import { columnWidthsMm, GBT9704, signoffDate, tableFontPt, textWidthMm, titleLines, type FontRole, type LayoutProfile } from '../../../shared/layout';
import { printedCellValue, reportTitle, type Block, type Report } from '../../../shared/model';
import { embedReport } from '../docx-embed';
import { decodeDataUrl } from './image-size';

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
const ptToTwips = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => Math.round(pt * 2);

/** A4 in twips, exactly as Word writes it (convertMillimetersToTwip(210) would give 11905). */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

function font(p: LayoutProfile, role: FontRole): IRunOptions['font'] {
  const digits = p.fonts.digits[0] ?? 'Times New Roman';
  return { ascii: digits, hAnsi: digits, eastAsia: p.fonts[role][0] ?? '宋体', cs: digits };
}

function run(p: LayoutProfile, role: FontRole, text: string, sizePt: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: font(p, role), size: halfPoints(sizePt), ...extra });
}

function bodyParagraph(p: LayoutProfile, children: ParagraphChild[], extra: { indent?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: extra.alignment ?? AlignmentType.JUSTIFIED,
    indent: extra.indent === false ? undefined : { firstLine: ptToTwips(p.sizesPt.body * 2) },
    spacing: { line: ptToTwips(p.linePitchPt), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  });
}

function blockParagraphs(b: Block, p: LayoutProfile): Paragraph[] {
  const size = p.sizesPt.body;
  switch (b.kind) {
    case 'heading': {
      const role: FontRole = b.level === 2 ? 'heading2' : 'heading3';
      const bold = b.level === 3 || (b.level === 2 && p.heading2Bold);
      return [bodyParagraph(p, [run(p, role, b.text, size, { bold })])];
    }
    case 'paragraph':
      return [bodyParagraph(p, b.runs.map((r) => run(p, 'body', r.text, size, { bold: r.bold === true })))];
    case 'figure': {
      const out: Paragraph[] = [];
      const img = decodeDataUrl(b.src);
      if (img) {
        const maxPx = (textWidthMm(p) / 25.4) * 96;
        const scale = Math.min(1, maxPx / img.width);
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new ImageRun({ type: img.type, data: img.data, transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) } })],
          }),
        );
      } else {
        out.push(bodyParagraph(p, [run(p, 'body', '（图片待补）', size)], { indent: false, alignment: AlignmentType.CENTER }));
      }
      out.push(bodyParagraph(p, [run(p, 'body', b.caption, size)], { indent: false, alignment: AlignmentType.CENTER }));
      return out;
    }
  }
}

const BORDER = (p: LayoutProfile) => ({ style: BorderStyle.SINGLE, size: Math.round(p.tableBorderPt * 8), color: '000000' });

function cellParagraph(cell: GridCell, report: Report, p: LayoutProfile, sizePt: number): Paragraph {
  const children: TextRun[] = [];
  if (cell.cellId) {
    children.push(run(p, 'table', printedCellValue(report, cell.cellId), sizePt));
  } else {
    if (cell.text) children.push(run(p, cell.role === 'note' ? 'note' : 'table', cell.text, sizePt));
    if (cell.note) children.push(run(p, 'note', cell.note, sizePt));
  }
  const left = cell.role === 'label' || cell.role === 'heading';
  return new Paragraph({ children, alignment: left && !cell.vertical ? AlignmentType.LEFT : AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } });
}

/** The grid as Word rows: every position covered, merges as explicit gridSpan + vMerge restart/continue. */
function tableOf(grid: PrintedGrid, report: Report, p: LayoutProfile): Table {
  const widths = columnWidthsMm(grid, p).map(mmToTwips);
  const sizePt = tableFontPt(grid.table, p);
  const border = BORDER(p);
  const borders = { top: border, bottom: border, left: border, right: border };
  const spanWidth = (col: number, span: number): number => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const carry: ({ left: number; span: number } | undefined)[] = [];
  const rows = grid.rows.map((gridRow, r) => {
    const cells: TableCell[] = [];
    const queue = [...gridRow];
    let col = 0;
    while (col < grid.columns) {
      const c = carry[col];
      if (c && c.left > 0) {
        cells.push(new TableCell({ children: [new Paragraph({})], columnSpan: c.span, verticalMerge: VerticalMergeType.CONTINUE, borders, width: { size: spanWidth(col, c.span), type: WidthType.DXA } }));
        c.left--;
        col += c.span;
        continue;
      }
      const cell = queue.shift();
      if (!cell) break;
      const span = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      if (rowSpan > 1) carry[col] = { left: rowSpan - 1, span };
      cells.push(
        new TableCell({
          children: [cellParagraph(cell, report, p, sizePt)],
          columnSpan: span > 1 ? span : undefined,
          verticalMerge: rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
          verticalAlign: VerticalAlignTable.CENTER,
          textDirection: cell.vertical ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : undefined,
          borders,
          margins: { top: 20, bottom: 20, left: 40, right: 40 },
          width: { size: spanWidth(col, span), type: WidthType.DXA },
        }),
      );
      col += span;
    }
    return new TableRow({ children: cells, cantSplit: true, tableHeader: r < grid.headerRows ? true : undefined });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
  });
}

function footer(p: LayoutProfile, side: 'odd' | 'even'): Footer {
  const size = p.sizesPt.pageNumber;
  const indent = ptToTwips(size);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(p, 'pageNumber'), size: halfPoints(size) })],
      }),
    ],
  });
}

/** Width of a line in characters: CJK 1, Latin and digits ½ (to centre the 落款 name over the date). */
function charWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
}

export interface DocxOptions {
  profile?: LayoutProfile;
  signoff?: boolean;
}

export async function buildDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const p = options.profile ?? GBT9704;
  const f = getFormat(report.format);
  const title = reportTitle(report);
  const children: (Paragraph | Table)[] = [];
  for (const line of titleLines(title, report.agency, p)) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: ptToTwips(p.sizesPt.titleLine), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [run(p, 'title', line, p.sizesPt.title)],
      }),
    );
  }
  children.push(bodyParagraph(p, [], { indent: false }));
  for (const b of report.sections.preface) children.push(...blockParagraphs(b, p));
  for (const s of f.def.sections) {
    children.push(bodyParagraph(p, [run(p, 'heading1', s.title, p.sizesPt.body)]));
    if (s.kind === 'narrative') for (const b of report.sections[s.key]) children.push(...blockParagraphs(b, p));
    else children.push(tableOf(f.grids[s.key], report, p));
  }
  const date = report.signoff?.date;
  if (options.signoff !== false && date) {
    const d = signoffDate(date);
    const dateIndent = p.sizesPt.body * 4;
    const nameIndent = dateIndent + ((charWidth(d) - charWidth(report.agency)) / 2) * p.sizesPt.body;
    children.push(bodyParagraph(p, [], { indent: false }));
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: ptToTwips(Math.max(0, nameIndent)) }, spacing: { line: ptToTwips(p.linePitchPt), lineRule: LineRuleType.EXACT }, children: [run(p, 'body', report.agency, p.sizesPt.body)] }));
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: ptToTwips(dateIndent) }, spacing: { line: ptToTwips(p.linePitchPt), lineRule: LineRuleType.EXACT }, children: [run(p, 'body', d, p.sizesPt.body)] }));
  }

  const { page } = p;
  const doc = new Document({
    title,
    creator: '年报编制助手',
    description: `${report.agency}${report.year}年政府信息公开工作年度报告（${f.def.name}）`,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(p, 'body'), size: halfPoints(p.sizesPt.body) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
            margin: {
              top: mmToTwips(page.topMm),
              bottom: mmToTwips(page.bottomMm),
              left: mmToTwips(page.leftMm),
              right: mmToTwips(page.rightMm),
              footer: mmToTwips(page.bottomMm - p.pageNumberGapMm) - ptToTwips(p.sizesPt.pageNumber * 1.3),
              header: mmToTwips(15),
            },
          },
        },
        footers: { default: footer(p, 'odd'), even: footer(p, 'even') },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return embedReport(new Uint8Array(buffer), JSON.stringify(report));
}
