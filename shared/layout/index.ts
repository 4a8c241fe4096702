export * from './profile';
export { printHtml, printCss, columnWidthsMm, tableFontPt, isRunIn, signoffIndents, DRAFT_MARK, type PrintOptions } from './print-html';
