// Popup state: the dashboard and this tab's health, fetched from the background.
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import { send } from '../../storage/client';
import type { Dashboard } from '../../storage/protocol';
import type { HealthEntry } from '../../storage/schema';

interface PopupState {
  dashboard: Dashboard | null;
  health: HealthEntry[];
  error: string | null;
  load(): Promise<void>;
}

async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

export const usePopupStore = create<PopupState>((set) => ({
  dashboard: null,
  health: [],
  error: null,
  async load() {
    try {
      const [dashboard, health] = await Promise.all([send('dashboard/get', {}), send('health/get', { tabId: await activeTabId() })]);
      set({ dashboard, health: health.entries, error: null });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
}));
