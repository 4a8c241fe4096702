export * from './profile';
export { printHtml, printBody, printCss, probeCss, PROBE_STYLE_ID, columnWidthsMm, tableFontPt, tableLinePt, tableSpacingPt, CELL_PADDING_PT, isRunIn, signoffIndents, printedTextByRole, DRAFT_MARK, type PrintOptions } from './print-html';
export { nextCut, cutsInsideBlocks, cutSlackPt, textHeightPt, probeLayoutSchema, type ProbeLayout } from './table-breaks';
