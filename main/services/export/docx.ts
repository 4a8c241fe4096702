/**
 * The .docx in the official layout, built with `docx` from the same format grid and layout profile as the print
 * HTML. Merges are written explicitly (vMerge restart/continue with their gridSpan) because docx's own rowSpan
 * loses the gridSpan of continued cells; the report itself rides along in a custom XML part.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
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
import { getFormat, gridParts, rowCoverage, rowGroups, type GridCell, type PrintedGrid, type TableCuts } from '../../../shared/formats';
import {
  charPitchPt,
  columnWidthsMm,
  DRAFT_MARK,
  figureSizePx,
  GBT9704,
  isRunIn,
  MM_PER_PT,
  signoffDate,
  signoffIndents,
  CELL_PADDING_PT,
  tableFontPt,
  tableLinePt,
  tableSpacingPt,
  gridPitchTwips,
  titleLines,
  type FontRole,
  type LayoutProfile,
} from '../../../shared/layout';
import { printedCellValue, reportTitle, type Block, type Report } from '../../../shared/model';
import { embedReport } from '../import/docx-embed';
import { pruneStyles, settingsWithoutCompression, STYLE, stylesXml } from './docx-styles';
import { decodeDataUrl } from './image-size';

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
const ptToTwips = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => Math.round(pt * 2);

/** A4 in twips, exactly as Word writes it (convertMillimetersToTwip(210) would give 11905). */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

function font(p: LayoutProfile, role: FontRole): IRunOptions['font'] {
  const digits = p.fonts.digits[0] ?? 'Times New Roman';
  // hint eastAsia: characters both scripts share (“ ” ‘ ’ ……) print in the CJK font, a full cell wide.
  return { ascii: digits, hAnsi: digits, eastAsia: p.fonts[role][0] ?? '宋体', cs: digits, hint: 'eastAsia' };
}

function run(p: LayoutProfile, role: FontRole, text: string, sizePt: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: font(p, role), size: halfPoints(sizePt), ...extra });
}

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A paragraph of a style from docx-styles; spacing, indent and keep-with-next come from the style. */
function styled(
  style: string,
  children: ParagraphChild[],
  extra: { alignment?: Alignment; indentRightPt?: number; spacingPt?: { before?: number; after?: number } } = {},
): Paragraph {
  const spacing = extra.spacingPt;
  return new Paragraph({
    style,
    children,
    ...(spacing ? { spacing: { before: ptToTwips(spacing.before ?? 0), after: ptToTwips(spacing.after ?? 0) } } : {}),
    ...(extra.alignment ? { alignment: extra.alignment } : {}),
    ...(extra.indentRightPt === undefined ? {} : { indent: { right: ptToTwips(extra.indentRightPt) } }),
  });
}

const HEADING_STYLE = { 2: STYLE.heading2, 3: STYLE.heading3, 4: STYLE.heading4 } as const;
const HEADING_ROLE: Readonly<Record<2 | 3 | 4, FontRole>> = { 2: 'heading2', 3: 'heading3', 4: 'body' };

function headingRun(p: LayoutProfile, level: 2 | 3 | 4, text: string): TextRun {
  const bold = level === 3 || (level === 2 && p.heading2Bold);
  return run(p, HEADING_ROLE[level], text, p.sizesPt.body, { bold });
}

function blocksParagraphs(blocks: readonly Block[], p: LayoutProfile): Paragraph[] {
  const out: Paragraph[] = [];
  const size = p.sizesPt.body;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    const next = blocks[i + 1];
    if (b.kind === 'heading' && isRunIn(b) && next?.kind === 'paragraph') {
      out.push(styled(STYLE.body, [headingRun(p, b.level, b.text), ...next.runs.map((r) => run(p, 'body', r.text, size, { bold: r.bold === true }))]));
      i++;
      continue;
    }
    switch (b.kind) {
      case 'heading':
        out.push(styled(HEADING_STYLE[b.level], [headingRun(p, b.level, b.text)]));
        break;
      case 'paragraph':
        out.push(
          styled(
            STYLE.body,
            b.runs.map((r) => run(p, 'body', r.text, size, { bold: r.bold === true })),
          ),
        );
        break;
      case 'figure': {
        const img = decodeDataUrl(b.src);
        if (img) {
          const size = figureSizePx(img.width, img.height, p);
          out.push(
            new Paragraph({
              style: STYLE.caption,
              keepNext: true,
              spacing: { line: 240, lineRule: LineRuleType.AUTO },
              children: [new ImageRun({ type: img.type, data: img.data, transformation: size })],
            }),
          );
        } else {
          // Only in a draft: a missing picture is an export error.
          out.push(new Paragraph({ style: STYLE.caption, keepNext: true, children: [run(p, 'body', '（图片待补）', size)] }));
        }
        out.push(styled(STYLE.caption, [run(p, 'body', b.caption, size)]));
        break;
      }
    }
  }
  return out;
}

const BORDER = (p: LayoutProfile) => ({ style: BorderStyle.SINGLE, size: Math.round(p.tableBorderPt * 8), color: '000000' });

function cellParagraph(cell: GridCell, report: Report, p: LayoutProfile, sizePt: number, linePt: number): Paragraph {
  const children: TextRun[] = [];
  if (cell.cellId) {
    children.push(run(p, 'table', printedCellValue(report, cell.cellId), sizePt));
  } else {
    if (cell.text) children.push(run(p, cell.role === 'note' ? 'note' : 'table', cell.text, sizePt));
    if (cell.note) children.push(run(p, 'note', cell.note, sizePt));
  }
  const left = cell.role === 'label' || cell.role === 'heading';
  return new Paragraph({
    style: STYLE.table,
    children,
    alignment: left && !cell.vertical ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { line: ptToTwips(linePt), lineRule: LineRuleType.EXACT },
  });
}

/**
 * Between the parts of a cut table (table-breaks.ts), a paragraph one point tall: Word needs one to keep two
 * tables apart. It ends the page with the first part; the next part, its block kept together row by row, cannot
 * fit there and starts the next page, as in the PDF. No hard page break: text added in Word before the table moves
 * the parts along instead of leaving a page nearly empty.
 */
const CUT_PARAGRAPH_PT = 1;

function cutParagraph(): Paragraph {
  return new Paragraph({
    style: STYLE.table,
    spacing: { before: 0, after: 0, line: ptToTwips(CUT_PARAGRAPH_PT), lineRule: LineRuleType.EXACT },
    run: { size: halfPoints(CUT_PARAGRAPH_PT) },
  });
}

/** A table as Word tables, one for each part it is cut into. */
function tablesOf(grid: PrintedGrid, report: Report, p: LayoutProfile, cuts: readonly number[] | undefined): (Table | Paragraph)[] {
  return gridParts(grid, cuts).flatMap((part, k) => (k > 0 ? [cutParagraph(), tableOf(part, report, p)] : [tableOf(part, report, p)]));
}

/** The grid as Word rows: every position covered, merges as explicit gridSpan + vMerge restart/continue. */
function tableOf(grid: PrintedGrid, report: Report, p: LayoutProfile): Table {
  const widths = columnWidthsMm(grid, p).map(mmToTwips);
  const sizePt = tableFontPt(grid.table, p);
  const border = BORDER(p);
  const borders = { top: border, bottom: border, left: border, right: border };
  const spanWidth = (col: number, span: number): number => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  // Word breaks a table only between row groups: every row but a group's last keeps with the next, as do the
  // header rows, which also keep the heading above with the first group.
  const lastOfGroup = new Set(rowGroups(grid).map((g) => g[g.length - 1]));
  const margins = {
    top: ptToTwips(CELL_PADDING_PT.top),
    bottom: ptToTwips(CELL_PADDING_PT.bottom),
    left: ptToTwips(CELL_PADDING_PT.horizontal),
    right: ptToTwips(CELL_PADDING_PT.horizontal),
  };
  const rows = rowCoverage(grid).map((covering, r) => {
    const cells = covering.map(({ placed: { cell, col, colSpan, rowSpan }, starts }) => {
      const width = { size: spanWidth(col, colSpan), type: WidthType.DXA };
      const columnSpan = colSpan > 1 ? colSpan : undefined;
      if (!starts) return new TableCell({ children: [new Paragraph({})], columnSpan, verticalMerge: VerticalMergeType.CONTINUE, borders, width });
      return new TableCell({
        children: [cellParagraph(cell, report, p, sizePt, tableLinePt(grid.table, p))],
        columnSpan,
        verticalMerge: rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
        verticalAlign: VerticalAlignTable.CENTER,
        textDirection: cell.vertical ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : undefined,
        borders,
        margins,
        width,
      });
    });
    return new TableRow({ children: cells, cantSplit: true, keepNext: !lastOfGroup.has(r), tableHeader: r < grid.headerRows ? true : undefined });
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
        style: STYLE.footer,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(p, 'pageNumber'), size: halfPoints(size) })],
      }),
    ],
  });
}

/** The draft mark printed at the head of every page. */
function draftHeader(p: LayoutProfile): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, children: [run(p, 'heading1', [...DRAFT_MARK].join('　'), p.sizesPt.body)] })] });
}

export interface DocxOptions {
  profile?: LayoutProfile;
  signoff?: boolean;
  /** the report still has errors: every page carries 草稿 */
  draft?: boolean;
  /** rows at which a table is cut, found by laying the PDF out; without them a merged block stays on one page */
  cuts?: TableCuts;
}

export async function buildDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const p = options.profile ?? GBT9704;
  const f = getFormat(report.format);
  const title = reportTitle(report);
  const children: (Paragraph | Table)[] = [];
  for (const line of titleLines(title, report.agency, p)) children.push(styled(STYLE.title, [run(p, 'title', line, p.sizesPt.title)]));
  children.push(styled(STYLE.body, []));
  children.push(...blocksParagraphs(report.sections.preface, p));
  // A table has the room above and below it that the PDF gives it: after the heading before it, before what follows.
  const around = tableSpacingPt(p);
  let afterTable = false;
  for (const s of f.def.sections) {
    const spacingPt = { before: afterTable ? around.after : 0, after: s.kind === 'table' ? around.before : 0 };
    children.push(styled(STYLE.heading1, [run(p, 'heading1', s.title, p.sizesPt.body)], spacingPt.before || spacingPt.after ? { spacingPt } : {}));
    if (s.kind === 'narrative') children.push(...blocksParagraphs(report.sections[s.key], p));
    else children.push(...tablesOf(f.grids[s.key], report, p, options.cuts?.[s.key]));
    afterTable = s.kind === 'table';
  }
  const date = report.signoff?.date;
  if (options.signoff !== false && date) {
    const d = signoffDate(date);
    const at = signoffIndents(report.agency, d);
    const pitch = charPitchPt(p);
    children.push(styled(STYLE.signoff, []));
    children.push(styled(STYLE.signoff, [run(p, 'body', report.agency, p.sizesPt.body)], { indentRightPt: at.agency * pitch }));
    children.push(styled(STYLE.signoff, [run(p, 'body', d, p.sizesPt.body)], { indentRightPt: at.date * pitch }));
  }

  const { page } = p;
  // The footer's line box is one em tall: its middle, where the 一字线 is drawn, sits pageNumberGapMm below the 版心.
  const footerMm = page.bottomMm - p.pageNumberGapMm - (p.sizesPt.pageNumber * MM_PER_PT) / 2;
  const header = options.draft ? draftHeader(p) : undefined;
  const doc = new Document({
    title,
    creator: '年报编制助手',
    description: `${report.agency}${report.year}年政府信息公开工作年度报告（${f.def.name}）`,
    evenAndOddHeaderAndFooters: true,
    externalStyles: stylesXml(p),
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
              footer: mmToTwips(footerMm),
              header: mmToTwips(page.topMm - 15),
            },
          },
          // GB/T 9704 §5.2.3: 22 lines of 28 characters; charSpace is the pitch's difference from 16 pt in 1/4096 pt.
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: gridPitchTwips(p),
            charSpace: Math.round((charPitchPt(p) - p.sizesPt.body) * 4096),
          },
        },
        ...(header ? { headers: { default: header, even: header } } : {}),
        footers: { default: footer(p, 'odd'), even: footer(p, 'even') },
        children,
      },
    ],
  });
  return embedReport(new Uint8Array(await Packer.toBuffer(doc)), JSON.stringify(report), (files) => {
    pruneStyles(files);
    settingsWithoutCompression(files);
  });
}
