// Where an attached image is read, seen from the background. Chrome: an offscreen document (a service
// worker has no canvas and cannot start tesseract's worker), made on the first image and closed after
// a minute without images. Firefox: the background is a page, so it reads the image itself.
import { browser } from 'wxt/browser';
import type { ImageReading, ParsedRequestOf } from '../../storage/protocol';
import { offscreenReplySchema, type OffscreenRequest } from './channel';

type ReadRequest = ParsedRequestOf<'image/read'>;
const OFFSCREEN_PATH = 'offscreen.html';
const CLOSE_AFTER_MS = 60_000;
/** the background's own limit, above the reader's (OCR gives up at 20 s) */
export const READ_TIMEOUT_MS = 30_000;

export function createImageReader(): (request: ReadRequest) => Promise<ImageReading> {
  if (import.meta.env.FIREFOX) return readHere;
  return readOffscreen;
}

async function readHere(request: ReadRequest): Promise<ImageReading> {
  const { readImage, base64ToBytes } = await import('./reader');
  return readImage(base64ToBytes(request.base64), request.type, { baseUrl: browser.runtime.getURL('/'), ocr: request.ocr });
}

let creating: Promise<void> | null = null;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight = 0;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(`/${OFFSCREEN_PATH}`);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType], documentUrls: [url] });
  if (existing.length) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: 'Reads the text and QR codes in an image the seller attaches (OCR in a worker), inside the extension',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

function scheduleClose(): void {
  clearTimeout(closeTimer);
  closeTimer = setTimeout(() => {
    if (inFlight === 0) void browser.offscreen.closeDocument().catch(() => undefined);
  }, CLOSE_AFTER_MS);
}

async function readOffscreen(request: ReadRequest): Promise<ImageReading> {
  inFlight++;
  clearTimeout(closeTimer);
  try {
    await ensureOffscreen();
    const message: OffscreenRequest = { rgOffscreen: 1, type: 'image/read', payload: request };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const raw: unknown = await Promise.race([
      browser.runtime.sendMessage(message),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from the image reader after ${READ_TIMEOUT_MS} ms`)), READ_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    const reply = offscreenReplySchema.safeParse(raw);
    if (!reply.success) throw new Error('the image reader gave no valid answer');
    if (!reply.data.ok) throw new Error(reply.data.error);
    return reply.data.reading;
  } finally {
    inFlight--;
    scheduleClose();
  }
}
