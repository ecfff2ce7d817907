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
    /** the cached dashboard when nothing changed in the last minute; otherwise a fresh one */
    async get(now: number): Promise<Dashboard> {
      if (building) return building;
      if (value && !dirty && now - value.now < FRESH_FOR_MS && now >= value.now) return value;
      return rebuild(now);
    },
  };
}

export type DashboardCache = ReturnType<typeof createDashboardCache>;
