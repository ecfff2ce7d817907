// Per-tab health of each surface, kept in the background. Mirrored to storage.session so a restarted
// service worker still knows what the open tabs reported.
import { browser } from 'wxt/browser';
import type { HealthEntry } from '../../storage/schema';

type TabHealth = { url: string | null; entries: Record<string, HealthEntry>; at: number };

const KEY = 'rg-health';
let cache: Record<number, TabHealth> | null = null;

async function load(): Promise<Record<number, TabHealth>> {
  if (cache) return cache;
  try {
    const stored = await browser.storage.session.get(KEY);
    cache = (stored[KEY] as Record<number, TabHealth> | undefined) ?? {};
  } catch {
    cache = {};
  }
  return cache;
}

async function persist(): Promise<void> {
  try {
    await browser.storage.session.set({ [KEY]: cache ?? {} });
  } catch {
    // session storage unavailable (older browser): memory only
  }
}

export async function reportHealth(tabId: number, url: string | null, entry: HealthEntry): Promise<void> {
  const all = await load();
  const tab = all[tabId] ?? { url, entries: {}, at: entry.at };
  // a new page in the tab starts a new report
  if (url && tab.url && new URL(url).pathname !== new URL(tab.url).pathname) tab.entries = {};
  tab.url = url ?? tab.url;
  tab.entries[entry.surface] = entry;
  tab.at = entry.at;
  all[tabId] = tab;
  await persist();
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await load();
  delete all[tabId];
  await persist();
}

export async function healthOf(tabId: number | undefined): Promise<{ tabId: number | null; url: string | null; entries: HealthEntry[] }> {
  const all = await load();
  let id = tabId !== undefined && all[tabId] ? tabId : undefined;
  if (id === undefined) {
    // fall back to the tab that reported most recently
    const latest = Object.entries(all).sort((a, b) => b[1].at - a[1].at)[0];
    id = latest ? Number(latest[0]) : undefined;
  }
  if (id === undefined) return { tabId: null, url: null, entries: [] };
  const tab = all[id]!;
  return { tabId: id, url: tab.url, entries: Object.values(tab.entries) };
}
