// Text in an image (tesseract.js), everything from the extension's own files: the worker script, the
// wasm core and the English traineddata are copied into the build under /ocr/ (wxt.config.ts); no CDN.
// One worker, made on the first image and dropped after a minute idle (it holds ~100 MB of wasm memory)
// or when a read runs past its time (terminating is the only way to stop tesseract mid-page).
import { createWorker, OEM, type Worker } from 'tesseract.js';

export const OCR_FILES = {
  worker: 'ocr/worker.min.js',
  core: 'ocr/tesseract-core-simd-lstm.js',
  lang: 'ocr',
} as const;

const IDLE_MS = 60_000;

export class OcrTimeout extends Error {
  override name = 'OcrTimeout';
}

let worker: Promise<Worker> | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;

function drop(): void {
  const w = worker;
  worker = null;
  void w?.then((x) => x.terminate()).catch(() => undefined);
}

/** how long the last engine start took (reported once, with the first read after it) */
let startMs = 0;

function getWorker(baseUrl: string): Promise<Worker> {
  if (worker) return worker;
  const started = performance.now();
  worker = createWorker('eng', OEM.LSTM_ONLY, {
    workerPath: baseUrl + OCR_FILES.worker,
    corePath: baseUrl + OCR_FILES.core,
    langPath: baseUrl + OCR_FILES.lang,
    // a blob: worker would need blob: in the extension's CSP; the file itself is ours
    workerBlobURL: false,
    gzip: true,
    // the traineddata is a local file: nothing to cache in IndexedDB
    cacheMethod: 'none',
  }).then(
    (w) => {
      startMs = performance.now() - started;
      return w;
    },
    (error: unknown) => {
      worker = null;
      throw error;
    },
  );
  return worker;
}

/** Recognize the text on a canvas; rejects with OcrTimeout after timeoutMs (and drops the worker). */
export async function recognizeText(image: OffscreenCanvas | Blob, baseUrl: string, timeoutMs: number): Promise<{ text: string; engineMs: number }> {
  clearTimeout(idle);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OcrTimeout(`no text after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const w = await Promise.race([getWorker(baseUrl), timeout]);
    const engineMs = startMs;
    startMs = 0;
    const result = await Promise.race([w.recognize(image, { rotateAuto: true }), timeout]);
    return { text: result.data.text ?? '', engineMs };
  } catch (error) {
    if (error instanceof OcrTimeout) drop();
    throw error;
  } finally {
    clearTimeout(timer);
    clearTimeout(idle);
    idle = setTimeout(drop, IDLE_MS);
  }
}

/** Warm the engine (worker, core, language) without reading anything. */
export function warmOcr(baseUrl: string): void {
  clearTimeout(idle);
  void getWorker(baseUrl).catch(() => undefined);
}
