export * from './profile';
export { printHtml, printCss, columnWidthsMm, tableFontPt, type PrintOptions } from './print-html';
