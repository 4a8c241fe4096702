/** Bytes as base64, for a data: URL, where there is no Buffer (the renderer) as well as in Node. */
export function base64Of(bytes: Uint8Array): string {
  let out = '';
  // Chunks keep String.fromCharCode's argument list short for a large picture.
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}
