// Invariant: the popup never waits for a dashboard rebuild when it has one to show: a stale dashboard
// is served at once while the fresh one is built in the background.
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../../storage/db';
import { createDashboardCache } from '../../../storage/dashboard-cache';
import { upsertThreads } from '../../../storage/repo';

const NOW = 1_800_000_000_000;
const HOUR = 3_600_000;

describe('dashboard cache', () => {
  it('serves the cached dashboard, then the stale one at once while rebuilding after a change', async () => {
    await Dexie.delete('cache-test');
    const db = openDb('cache-test');
    const cache = createDashboardCache(db);
    const first = await cache.get(NOW);
    expect(first.overdue).toHaveLength(0);
    expect(await cache.get(NOW + 1000)).toBe(first);

    await upsertThreads(db, [
      { host: 'sellercentral.amazon.com', caseId: 'late', messages: [{ from: 'buyer', at: NOW - 30 * HOUR }], source: 'thread', firstSeenAt: NOW, lastSeenAt: NOW },
    ]);
    cache.invalidate();
    const stale = await cache.get(NOW + 2000);
    expect(stale).toEqual({ ...first, stale: true }); // no waiting, and marked so the popup asks again
    await expect.poll(async () => (await cache.get(NOW + 3000)).overdue.map((t) => t.caseId)).toEqual(['late']);
    db.close();
  });

  it('builds one when it has none yet', async () => {
    await Dexie.delete('cache-test-2');
    const db = openDb('cache-test-2');
    const dashboard = await createDashboardCache(db).get(NOW);
    expect(dashboard.now).toBe(NOW);
    db.close();
  });
});
