export * from './profile';
export {
  printHtml,
  printBody,
  printCss,
  probeCss,
  PROBE_STYLE_ID,
  PX_PT,
  tableFontPt,
  tableLinePt,
  tableSpacingPt,
  CELL_PADDING_PT,
  isRunIn,
  figureSizePx,
  signoffIndents,
  printedTextByRole,
  DRAFT_MARK,
  type PrintOptions,
} from './print-html';
export { TABLE_SHAPES, columnWidthsMm, columnWidthsEm, labelColumns, type TableShape } from './table-shape';
export { nextCut, cutsInsideBlocks, cutSlackPt, probeLayoutSchema, type ProbeLayout } from './table-breaks';
