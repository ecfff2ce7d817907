// Invariant: a database from a newer ReplyGuard (the seller downgraded) still opens - Dexie 4 adopts
// the higher version and adds what our schema lacks - and every record this version can read is kept;
// the ones it cannot read are skipped and counted (the popup says how many), never thrown at a feature.
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../../storage/db';
import { getReviewState, getSettings, listThreads } from '../../../storage/repo';

describe('foreign-version database', () => {
  it('opens, keeps what validates and counts what it cannot read', async () => {
    const name = 'foreign-version-test';
    await Dexie.delete(name);
    const future = new Dexie(name);
    future.version(9).stores({
      threads: '[host+caseId], orderId, lastSeenAt',
      reviewRequests: '++id, [host+orderId], orderId',
      settings: 'key',
      somethingNew: '++id',
    });
    const at = 1_800_000_000_000;
    await future.table('threads').bulkAdd([
      { host: 'sellercentral.amazon.com', caseId: 'ok', messages: [{ from: 'buyer', at, estimated: false }], nrnAt: [], source: 'thread', firstSeenAt: at, lastSeenAt: at },
      { host: 'sellercentral.amazon.com', caseId: 'future-shape', timeline: { v: 9 } },
    ]);
    await future.table('reviewRequests').add({ host: 'sellercentral.amazon.com', orderId: '111-1111111-1111111', channel: 'button', at, source: 'amazon-success' });
    await future.table('settings').put({ key: 'settings', value: { internalSlaHours: 14 } });
    future.close();

    const db = openDb(name);
    const { threads, invalid } = await listThreads(db);
    expect(threads.map((t) => t.caseId)).toEqual(['ok']);
    expect(invalid).toBe(1);
    expect((await getReviewState(db, 'sellercentral.amazon.com', '111-1111111-1111111')).requests).toHaveLength(1);
    expect((await getSettings(db)).internalSlaHours).toBe(14);
    // tables our schema has and the newer one lacked are there to write to
    await db.orders.put({ host: 'sellercentral.amazon.com', orderId: 'o', updatedAt: at });
    expect(await db.orders.count()).toBe(1);
    db.close();
  });
});
