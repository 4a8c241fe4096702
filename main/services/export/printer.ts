/**
 * The printer port: what the exporter needs from a browser engine to lay out and print the print HTML. Two engines
 * implement it: Electron's printToPDF on a hidden window in the app (main/electron/electron-pdf.ts), and the
 * system's Chromium, Edge or Chrome through playwright-core on the command line, in browser mode and in tests
 * (chromium-printer.ts).
 */
/** A document loaded for printing, open to scripts until it is printed. */
export interface PrintSession {
  /** runs a script expression in the document and returns its value */
  evaluate(expression: string): Promise<unknown>;
  print(): Promise<Uint8Array>;
}

export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  /** loads `html` (fonts ready), lets `use` work on it, then lets it go */
  open<T>(html: string, use: (session: PrintSession) => Promise<T>): Promise<T>;
  /** a PNG of a page exactly `width` × `height` CSS pixels, drawn at twice that resolution (crisp when printed) */
  png(html: string, width: number, height: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Pixel density of the PNGs: 2 × CSS pixels. */
export const PNG_SCALE = 2;
