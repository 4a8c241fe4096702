export * from './profile';
export { printHtml, printCss, columnWidthsMm, tableFontPt, tableLinePt, tableSpacingPt, CELL_PADDING_PT, isRunIn, signoffIndents, printedTextByRole, DRAFT_MARK, type PrintOptions } from './print-html';
