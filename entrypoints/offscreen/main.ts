// Chrome's offscreen document: reads attached images (QR codes, OCR) for the background, which opens
// this page on the first image and closes it after a minute without one. Answers only the background's
// offscreen envelope (lib/image-text/channel.ts); every other message is left to its own listener.
import { browser } from 'wxt/browser';
import { offscreenRequestSchema, type OffscreenReply } from '../../lib/image-text/channel';
import { base64ToBytes, readImage } from '../../lib/image-text/reader';

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // only the extension's own background (no tab) speaks this envelope
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const request = offscreenRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  const { payload } = request.data;
  readImage(base64ToBytes(payload.base64), payload.type, { baseUrl: browser.runtime.getURL('/'), ocr: payload.ocr })
    .then(
      (reading): OffscreenReply => ({ ok: true, reading }),
      (error: unknown): OffscreenReply => ({ ok: false, error: String(error).slice(0, 1000) }),
    )
    .then(sendResponse);
  return true;
});
