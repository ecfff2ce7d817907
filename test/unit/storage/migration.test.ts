// Invariant: upgrading the database keeps every record (Dexie versions with explicit upgrade steps).
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../../storage/db';
import { listThreads, getReviewState } from '../../../storage/repo';

describe('schema migration v1 -> v2', () => {
  it('turns v1 received/answered times into a message timeline and keeps other tables', async () => {
    const name = 'migration-test';
    await Dexie.delete(name);
    // a database exactly as version 1 wrote it
    const v1 = new Dexie(name);
    v1.version(1).stores({
      threads: '[host+caseId], orderId, lastSeenAt',
      reviewRequests: '++id, [host+orderId], orderId',
      orders: '[host+orderId], orderId',
      settings: 'key',
    });
    await v1.table('threads').bulkAdd([
      { host: 'sellercentral.amazon.de', caseId: 'A', orderId: '302-1111111-2222222', receivedAt: 1000, answeredAt: 5000, estimated: false, firstSeenAt: 900, lastSeenAt: 6000 },
      { host: 'sellercentral.amazon.de', caseId: 'B', receivedAt: 2000, estimated: true, firstSeenAt: 2000, lastSeenAt: 2000 },
    ]);
    await v1.table('reviewRequests').add({ host: 'sellercentral.amazon.de', orderId: '302-1111111-2222222', channel: 'button', at: 7000, source: 'amazon-success' });
    v1.close();

    const db = openDb(name);
    const { threads, invalid } = await listThreads(db);
    expect(invalid).toBe(0);
    const a = threads.find((t) => t.caseId === 'A')!;
    expect(a.messages).toEqual([
      { from: 'buyer', at: 1000, estimated: false },
      { from: 'seller', at: 5000, estimated: false },
    ]);
    expect(a.source).toBe('list');
    expect(a).not.toHaveProperty('receivedAt');
    const b = threads.find((t) => t.caseId === 'B')!;
    expect(b.messages).toEqual([{ from: 'buyer', at: 2000, estimated: true }]);
    expect(b.source).toBe('first-seen');
    expect(b.nrnAt).toEqual([]);
    const review = await getReviewState(db, 'sellercentral.amazon.de', '302-1111111-2222222');
    expect(review.requests).toHaveLength(1);
    expect(db.verno).toBe(2);
    await db.usage.add({ kind: 'nrn', host: 'sellercentral.amazon.de', at: 1 });
    expect(await db.usage.count()).toBe(1);
    db.close();
  });
});
