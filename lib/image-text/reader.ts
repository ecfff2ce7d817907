// Reads an attached image in the extension's own pages (Chrome: the offscreen document; Firefox: the
// background page): QR codes with jsqr, text with tesseract.js. Never in Seller Central's page and
// never from a web-accessible file. Bytes in, text and payloads out; every failure is a status.
import type { ImageReading } from '../../storage/protocol';
import { imageHeader, MAX_IMAGE_PIXELS } from './dimensions';
import { findQrCodes } from './qr';

export interface ReadOptions {
  /** the extension's base URL (runtime.getURL('/')), where /ocr/ holds the engine */
  baseUrl: string;
  ocr: boolean;
  /** OCR gives up after this long (the worker is dropped: tesseract cannot be interrupted) */
  ocrTimeoutMs?: number;
}

/** QR codes are looked for at most at this size (jsqr's cost grows with the pixels; a code that
 *  matters to a buyer is large on the image, so it survives the reduction) */
const QR_MAX_SIDE = 1200;
/** OCR runs at most at this size: text in an attachment is readable well below it */
const OCR_MAX_SIDE = 2400;
/** small images (a logo) are enlarged for OCR up to this size: tesseract wants ~20 px letters */
const OCR_MIN_SIDE = 1000;

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function canvasFrom(bitmap: ImageBitmap, scale: number): OffscreenCanvas {
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  // transparent pixels read as black: put the image on white (a logo on a transparent PNG)
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  return canvas;
}

export async function readImage(bytes: Uint8Array, type: string, options: ReadOptions): Promise<ImageReading> {
  const started = performance.now();
  const done = (status: ImageReading['status'], rest: Partial<ImageReading> = {}): ImageReading => ({
    status,
    text: '',
    qr: [],
    ms: Math.round(performance.now() - started),
    ...rest,
  });
  const header = imageHeader(bytes);
  if (header && header.width * header.height > MAX_IMAGE_PIXELS) {
    return done('too-large', { width: header.width, height: header.height });
  }
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: type || 'application/octet-stream' });
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    bitmap = null;
  }
  if (!bitmap) {
    // TIFF: the browser cannot decode it, tesseract's own decoder can (text only, no QR)
    if (header?.format === 'tiff' && options.ocr) return ocrOnly(blob, header, options, done);
    return done('corrupt', { detail: header ? `${header.format} that does not decode` : 'not an image' });
  }
  const { width, height } = bitmap;
  if (width * height > MAX_IMAGE_PIXELS) {
    bitmap.close();
    return done('too-large', { width, height });
  }
  try {
    const long = Math.max(width, height);
    const qrScale = Math.min(1, QR_MAX_SIDE / long);
    const ocrScale = long > OCR_MAX_SIDE ? OCR_MAX_SIDE / long : long < OCR_MIN_SIDE ? Math.min(3, OCR_MIN_SIDE / long) : 1;
    // the engine starts (worker, wasm, language) while the QR codes are looked for here
    const ocrModule = options.ocr ? import('./ocr') : null;
    void ocrModule?.then((m) => m.warmOcr(options.baseUrl));
    const qrStarted = performance.now();
    const qrCanvas = canvasFrom(bitmap, qrScale);
    const pixels = qrCanvas.getContext('2d')!.getImageData(0, 0, qrCanvas.width, qrCanvas.height);
    const codes = findQrCodes(pixels.data, pixels.width, pixels.height);
    const qr = [...new Set(codes.map((c) => c.data))];
    const qrMs = Math.round(performance.now() - qrStarted);
    if (!ocrModule) return done('read', { qr, width, height, detail: `qr ${qrMs} ms` });

    // OCR on the image without its QR codes: their modules are no text, and cost tesseract seconds
    const ocrCanvas = canvasFrom(bitmap, ocrScale);
    const ctx = ocrCanvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    const k = ocrScale / qrScale;
    for (const { box } of codes) ctx.fillRect(box.x * k, box.y * k, box.width * k, box.height * k);
    const { recognizeText, OcrTimeout } = await ocrModule;
    const ocrStarted = performance.now();
    try {
      const { text, engineMs } = await recognizeText(ocrCanvas, options.baseUrl, options.ocrTimeoutMs ?? 20_000);
      const detail = `qr ${qrMs} ms, ocr ${Math.round(performance.now() - ocrStarted)} ms${engineMs ? ` (engine start ${Math.round(engineMs)} ms)` : ''}`;
      return done('read', { qr, text: text.slice(0, 100_000), width, height, detail });
    } catch (error) {
      // the QR codes were read: keep them, and say the text could not be
      return done(error instanceof OcrTimeout ? 'timeout' : 'failed', { qr, width, height, detail: `qr ${qrMs} ms: ${String(error)}`.slice(0, 500) });
    }
  } finally {
    bitmap.close();
  }
}

async function ocrOnly(blob: Blob, header: { width: number; height: number }, options: ReadOptions, done: (s: ImageReading['status'], r?: Partial<ImageReading>) => ImageReading): Promise<ImageReading> {
  const { recognizeText, OcrTimeout } = await import('./ocr');
  try {
    const { text } = await recognizeText(blob, options.baseUrl, options.ocrTimeoutMs ?? 20_000);
    return done('read', { text: text.slice(0, 100_000), width: header.width, height: header.height });
  } catch (error) {
    return done(error instanceof OcrTimeout ? 'timeout' : 'corrupt', { width: header.width, height: header.height, detail: String(error).slice(0, 500) });
  }
}
