// The dashboard over a large history (100,000 threads) takes longer than a popup may wait for its first
// paint, so the background keeps the last one: rebuilt after changes (debounced by the caller) and on
// the minute alarm, served at once while fresh.
import type { ReplyGuardDb } from './db';
import type { Dashboard } from './protocol';
import { buildDashboard } from './dashboard';

const FRESH_FOR_MS = 60_000;

export function createDashboardCache(db: ReplyGuardDb) {
  let value: Dashboard | null = null;
  let dirty = true;
  let building: Promise<Dashboard> | null = null;

  async function rebuild(now: number): Promise<Dashboard> {
    dirty = false;
    building = buildDashboard(db, now);
    try {
      value = await building;
      return value;
    } finally {
      building = null;
    }
  }

  return {
    invalidate() {
      dirty = true;
    },
    rebuild,
    /**
     * Fresh: the cached dashboard. Stale (a change, or older than a minute): the cached one at once
     * while a rebuild runs in the background - the popup polls and picks it up - unless there is none.
     */
    async get(now: number): Promise<Dashboard> {
      if (value && !dirty && now - value.now < FRESH_FOR_MS && now >= value.now) return value;
      if (value && now >= value.now) {
        if (!building) void rebuild(now).catch(() => undefined);
        return { ...value, stale: true };
      }
      return building ?? rebuild(now);
    },
  };
}

export type DashboardCache = ReturnType<typeof createDashboardCache>;
