/**
 * A picture fitted to print on insert: no figure prints wider than the type area (156 mm), so anything beyond
 * 300 dpi at that width is never seen on paper, yet it would be saved with every autosave and written into every
 * DOCX and PDF. The browser's own decoder and canvas scale it (no library needed for a plain resize); a photo
 * becomes a JPEG, a drawing or screenshot stays a PNG when that keeps it small.
 */

/** The type area's width (GB/T 9704: 156 mm) at 300 dpi. */
export const PRINT_WIDTH_PX = Math.round((156 / 25.4) * 300);
/** Pictures larger than this are refused before decoding (a phone photo is 3–12 MB). */
export const MAX_IMAGE_FILE_BYTES = 40 * 1024 * 1024;
/** Pixels decoded at most (a 12 000 × 8 000 scan), so a crafted file cannot exhaust memory. */
const MAX_PIXELS = 100_000_000;
/** A PNG kept as PNG up to this size after scaling; beyond it, a JPEG. */
const PNG_KEEP_BYTES = 1.5 * 1024 * 1024;
/** A file already this small and narrow enough is kept as it is. */
const SMALL_BYTES = 1024 * 1024;

export interface FittedImage {
  src: string;
  /** what was done, for the user (null: kept as it was) */
  note: string | null;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('无法读取图片'));
    reader.readAsDataURL(blob);
  });
}

function encode(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('无法压缩图片'))), type, quality));
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function fitImage(file: File): Promise<FittedImage> {
  if (!/^image\/(png|jpeg|gif)$/.test(file.type)) throw new Error('只能插入 PNG、JPEG 或 GIF 图片');
  if (file.size > MAX_IMAGE_FILE_BYTES) throw new Error(`图片文件过大（${mb(file.size)}，上限 ${mb(MAX_IMAGE_FILE_BYTES)}），请先在看图软件中缩小`);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error('无法读取这张图片（文件已损坏，或不是图片）');
  }
  try {
    const { width, height } = bitmap;
    if (width * height > MAX_PIXELS) throw new Error(`图片像素过多（${width}×${height}），请先在看图软件中缩小`);
    if (width <= PRINT_WIDTH_PX && file.size <= SMALL_BYTES) return { src: await dataUrl(file), note: null };
    const scale = Math.min(1, PRINT_WIDTH_PX / width);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('无法压缩图片');
    ctx.imageSmoothingQuality = 'high';
    // JPEG has no transparency: a white page shows through as it would on paper.
    ctx.fillStyle = '#fff';
    if (file.type !== 'image/png') ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    let out = file.type === 'image/png' ? await encode(canvas, 'image/png') : null;
    if (!out || out.size > PNG_KEEP_BYTES) {
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      out = await encode(canvas, 'image/jpeg', 0.85);
    }
    if (out.size >= file.size && scale === 1) return { src: await dataUrl(file), note: null };
    return {
      src: await dataUrl(out),
      note: `图片已按打印需要缩小：${width}×${height} → ${canvas.width}×${canvas.height} 像素（打印宽 156 毫米时 300 dpi），${mb(file.size)} → ${mb(out.size)}`,
    };
  } finally {
    bitmap.close();
  }
}
