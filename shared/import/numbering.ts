/**
 * The numbers that open a heading in a report's narrative (layout.md: 一、 （一） 1. （1）), as the importers read
 * them: a line that starts with one is a heading or a paragraph of its own, never the run-on of the line before.
 */
const SECTION_NUMBER = /^[一二三四五六七八九十]+、/;

export const HEADING_NUMBERS: readonly [RegExp, 2 | 3 | 4][] = [
  [/^[（(][一二三四五六七八九十]+[）)]/, 2],
  [/^\d+[.．、](?!\d)/, 3],
  [/^[（(]\d+[）)]/, 4],
];

export const startsNumbered = (text: string): boolean => SECTION_NUMBER.test(text) || HEADING_NUMBERS.some(([re]) => re.test(text));
