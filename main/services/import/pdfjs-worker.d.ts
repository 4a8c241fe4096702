/** pdf.js ships no types for its worker module; the PDF reader and the 版式预览 only hand it to pdf.js as `globalThis.pdfjsWorker`. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
