// Settings for content scripts, kept current: open Seller Central tabs follow a change made in
// Options without a reload. The background bumps SETTINGS_CHANGED_KEY in storage.local after every
// change; only the extension can write there.
import { browser } from 'wxt/browser';
import { send } from '../storage/client';
import { DEFAULT_SETTINGS, type Settings } from '../storage/schema';

export const SETTINGS_CHANGED_KEY = 'rg-settings-changed-at';

/** Calls `onSettings` with the current settings, then again after each change, until `signal` aborts. */
export function watchSettings(signal: AbortSignal, onSettings: (settings: Settings) => void): void {
  const load = () =>
    send('settings/get', {})
      .then((s) => !signal.aborted && onSettings(s))
      .catch(() => !signal.aborted && onSettings(DEFAULT_SETTINGS));
  void load();
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_CHANGED_KEY in changes) void load();
  };
  try {
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  } catch {
    // extension context gone: the settings we have stay
  }
}
