// Settings for content scripts, fast and kept current. The background keeps a validated copy of the
// settings in storage.local (only the extension can write there) on start and after every change, so
// a Seller Central page reads them without waking the background (a cold service worker took 0.5-2 s
// on this machine before the first badge) and open tabs follow a change made in Options without a reload.
import { browser } from 'wxt/browser';
import { send } from '../storage/client';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../storage/schema';

export const SETTINGS_SNAPSHOT_KEY = 'rg-settings';

function parse(value: unknown): Settings | null {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The settings: the stored copy, else the background's answer, else the defaults. */
export async function currentSettings(): Promise<Settings> {
  try {
    const stored = parse((await browser.storage.local.get(SETTINGS_SNAPSHOT_KEY))[SETTINGS_SNAPSHOT_KEY]);
    if (stored) return stored;
  } catch {
    // storage unavailable (context gone): ask the background
  }
  return send('settings/get', {}).catch(() => DEFAULT_SETTINGS);
}

/** Calls `onSettings` with the current settings, then after each change, until `signal` aborts. */
export function watchSettings(signal: AbortSignal, onSettings: (settings: Settings) => void): void {
  void currentSettings().then((settings) => !signal.aborted && onSettings(settings));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_SNAPSHOT_KEY in changes) || signal.aborted) return;
    onSettings(parse(changes[SETTINGS_SNAPSHOT_KEY]?.newValue) ?? DEFAULT_SETTINGS);
  };
  try {
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  } catch {
    // extension context gone: the settings we have stay
  }
}

/** Background side: writes the stored copy. */
export function publishSettings(settings: Settings): Promise<void> {
  return browser.storage.local.set({ [SETTINGS_SNAPSHOT_KEY]: settings });
}
