// One clock for the whole extension. Tests shift it with an offset kept in storage.local (only the
// extension itself can write there, so a page cannot make deadlines lie); nobody else sets it.
import { browser } from 'wxt/browser';

export const CLOCK_OFFSET_KEY = 'rg-clock-offset-ms';
let offsetMs = 0;
let started: Promise<void> | null = null;

export function now(): number {
  return Date.now() + offsetMs;
}

/** Load the offset once and follow changes. Safe to call many times. */
export function initClock(): Promise<void> {
  started ??= (async () => {
    try {
      const stored = await browser.storage.local.get(CLOCK_OFFSET_KEY);
      const value = stored[CLOCK_OFFSET_KEY];
      offsetMs = typeof value === 'number' && Number.isFinite(value) ? value : 0;
      browser.storage.onChanged.addListener((changes, area) => {
        if (area !== 'local' || !(CLOCK_OFFSET_KEY in changes)) return;
        const next = changes[CLOCK_OFFSET_KEY]?.newValue;
        offsetMs = typeof next === 'number' && Number.isFinite(next) ? next : 0;
      });
    } catch {
      offsetMs = 0;
    }
  })();
  return started;
}
