// Talking to the running extension from a test: protocol messages from an extension page, the
// extension clock, and the popup's health card.
import type { Launched } from './harness';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
};

export interface ProtocolReply<T = Record<string, unknown>> {
  ok: boolean;
  data: T;
  error?: string;
}

/** One protocol message sent the way the popup sends it (from a fresh popup page, closed after). */
export async function sendFromPopup<T = Record<string, unknown>>(ext: Launched, type: string, payload: unknown): Promise<ProtocolReply<T>> {
  const popup = await ext.openPopup();
  const reply = await popup.evaluate(([t, p]) => chrome.runtime.sendMessage({ rg: 1, type: t, payload: p }), [type, payload] as const);
  await popup.close();
  return reply as ProtocolReply<T>;
}

/** Moves the extension's clock (not the page's): the background and content scripts read this key. */
export async function setClockOffset(ext: Launched, ms: number) {
  await ext.serviceWorker.evaluate((offset) => chrome.storage.local.set({ 'rg-clock-offset-ms': offset }), ms);
}

export async function clearClockOffset(ext: Launched) {
  await ext.serviceWorker.evaluate(() => chrome.storage.local.remove('rg-clock-offset-ms'));
}

/** surface -> status, as the popup's health card shows it now (a fresh popup each time). */
export async function healthInPopup(ext: Launched): Promise<Record<string, string>> {
  const popup = await ext.openPopup();
  await popup.waitForSelector('[data-rg="health"]');
  const entries = await popup.$$eval('[data-rg="health"] [data-rg-surface]', (els: Element[]) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-rg-surface'), el.getAttribute('data-status')])),
  );
  await popup.close();
  return entries as Record<string, string>;
}

/**
 * A popup showing what the background answered now: React has mounted and replaced both the snapshot
 * of the last popup and its remembered dashboard (each marked "updating" until then).
 */
export async function openFreshPopup(ext: Launched) {
  const popup = await ext.openPopup();
  await popup.waitForSelector('[data-rg="crt"]', { timeout: 15_000 });
  await popup.waitForSelector('[data-rg="popup-stale"]', { state: 'detached', timeout: 15_000 });
  return popup;
}
