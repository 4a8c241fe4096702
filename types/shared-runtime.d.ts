// The few web-standard globals that both runtimes of shared/ (the renderer and Node) provide. The shared tsconfig
// has neither the DOM nor Node's types, so that nothing else slips in; these are declared here, one by one.

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare const TextDecoder: { prototype: TextDecoder; new (label?: string, options?: TextDecoderOptions): TextDecoder };

/** Latin-1 text to base64 (a data: URL of a picture read from a .docx). */
declare function btoa(data: string): string;
