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

declare module 'word-extractor/lib/ole-compound-doc.js' {
  export default class OleCompoundDoc {
    _reader: { buffer?(): Buffer };
    _header: { secSize: number; shortSecSize: number };
    _readSectors(secIds: number[]): Promise<Buffer>;
    _readShortSectors(secIds: number[]): Promise<Buffer>;
  }
}

declare module 'word-extractor/lib/ole-allocation-table.js' {
  export default class AllocationTable {
    _table: number[];
    getSecIdChain(startSecId: number): number[];
  }
}
