/** word-extractor ships no types; only what the .doc reader uses is declared. */
declare module 'word-extractor' {
  interface WordDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: Buffer): Promise<WordDocument>;
  }
}

declare module 'word-extractor/lib/filters.js' {
  const filters: { clean: (text: string) => string };
  export default filters;
}
