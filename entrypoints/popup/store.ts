// Popup state: the dashboard and this tab's health, fetched from the background.
//
// React's first render: the last dashboard this popup showed is kept in the extension page's
// localStorage and rendered at once (marked as updating), so a large history never leaves the popup
// blank while the background answers; the fresh one replaces it as soon as it arrives. (The frame
// before React, painted from markup, is snapshot.ts.)
import { create } from 'zustand';
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { send } from '../../storage/client';
import { dashboardSchema, type Dashboard } from '../../storage/protocol';
import type { HealthEntry } from '../../storage/schema';
import { LAST_DASHBOARD_KEY } from '../../lib/popup-memory';

/** the popup shows at most this many threads per list; the cached copy keeps no more */
export const LIST_LIMIT = 50;
const STALE_RETRY_MS = 500;

interface PopupState {
  dashboard: Dashboard | null;
  /** full list lengths (a remembered dashboard keeps only the first LIST_LIMIT of each) */
  counts: { overdue: number; atRisk: number } | null;
  /** the dashboard on screen is the remembered one, the fresh one is on its way */
  stale: boolean;
  health: HealthEntry[];
  error: string | null;
  load(): Promise<void>;
}

const rememberedSchema = z.object({ dashboard: dashboardSchema, counts: z.object({ overdue: z.number(), atRisk: z.number() }) });
type Remembered = z.infer<typeof rememberedSchema>;

function rememberedDashboard(): Remembered | null {
  try {
    const raw = localStorage.getItem(LAST_DASHBOARD_KEY);
    if (!raw) return null;
    const parsed = rememberedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const countsOf = (d: Dashboard) => ({ overdue: d.overdue.length, atRisk: d.atRisk.length });

function remember(dashboard: Dashboard) {
  try {
    const small = { ...dashboard, overdue: dashboard.overdue.slice(0, LIST_LIMIT), atRisk: dashboard.atRisk.slice(0, LIST_LIMIT) };
    localStorage.setItem(LAST_DASHBOARD_KEY, JSON.stringify({ dashboard: small, counts: countsOf(dashboard) } satisfies Remembered));
  } catch {
    // storage full or unavailable: the next popup waits for the background instead
  }
}

/** The tab the popup speaks of: the active tab of the last focused window. */
export async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

export const usePopupStore = create<PopupState>((set, get) => {
  const remembered = rememberedDashboard();
  return {
    dashboard: remembered?.dashboard ?? null,
    counts: remembered?.counts ?? null,
    stale: remembered !== null,
    health: [],
    error: null,
    async load() {
      // health answers at once; the dashboard may take longer over a large history
      const health = send('health/get', { tabId: await activeTabId() })
        .then((h) => set({ health: h.entries }))
        .catch(() => undefined);
      try {
        const dashboard = await send('dashboard/get', {});
        set({ dashboard, counts: countsOf(dashboard), stale: dashboard.stale, error: null });
        remember(dashboard);
        // the background answered from its cache while rebuilding: fetch the fresh one right after
        if (dashboard.stale) setTimeout(() => void get().load(), STALE_RETRY_MS);
      } catch (error) {
        set({ error: error instanceof Error ? error.message : String(error) });
      }
      await health;
    },
  };
});
