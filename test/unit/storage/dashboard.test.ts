// The popup's numbers come from stored observations with the clock's own rules: overdue and at-risk
// lists, CRT (NRN excluded, late replies and old open messages count as late), sweet-spot orders.
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../../storage/db';
import { buildDashboard } from '../../../storage/dashboard';
import { recordReviewRequest, upsertOrder, upsertThreads } from '../../../storage/repo';

const NOW = Date.UTC(2026, 10, 28, 18);
const H = 3_600_000;
const HOST = 'sellercentral.amazon.com';
const thread = (caseId: string, messages: { from: 'buyer' | 'seller'; at: number }[], nrnAt: number[] = []) => ({
  host: HOST, caseId, messages, nrnAt, source: 'thread' as const, firstSeenAt: NOW, lastSeenAt: NOW,
});

describe('buildDashboard', () => {
  it('lists overdue and at-risk threads and estimates CRT from what was observed', async () => {
    await Dexie.delete('dash-test');
    const db = openDb('dash-test');
    await upsertThreads(db, [
      thread('fast', [{ from: 'buyer', at: NOW - 50 * H }, { from: 'seller', at: NOW - 48 * H }]),
      thread('slow', [{ from: 'buyer', at: NOW - 80 * H }, { from: 'seller', at: NOW - 50 * H }]),
      thread('nrn', [{ from: 'buyer', at: NOW - 40 * H }], [NOW - 39 * H]),
      thread('overdue', [{ from: 'buyer', at: NOW - 30 * H }]),
      thread('at-risk', [{ from: 'buyer', at: NOW - 21 * H }]),
      thread('fresh', [{ from: 'buyer', at: NOW - 1 * H }]),
    ]);
    await upsertOrder(db, { host: HOST, orderId: '111-0000002-0000002', marketplaceId: 'ATVPDKIKX0DER', earliestDelivery: NOW - 9 * 24 * H, latestDelivery: NOW - 9 * 24 * H, updatedAt: NOW });
    await upsertOrder(db, { host: HOST, orderId: '111-0000005-0000005', marketplaceId: 'ATVPDKIKX0DER', earliestDelivery: NOW - 10 * 24 * H, latestDelivery: NOW - 10 * 24 * H, updatedAt: NOW });
    await recordReviewRequest(db, { host: HOST, orderId: '111-0000005-0000005', channel: 'message', at: NOW - H, source: 'message-sent' });

    const d = await buildDashboard(db, NOW);
    expect(d.overdue.map((t) => t.caseId)).toEqual(['overdue']);
    expect(d.atRisk.map((t) => t.caseId)).toEqual(['at-risk']);
    // decided: fast (on time), slow (late), overdue (open > 24 h, late); nrn excluded, at-risk/fresh
    // undecided. Two answered messages are not enough for a figure yet
    expect(d.crt.find((w) => w.window === 7)).toMatchObject({ counted: 3, late: 2, value: null, zone: null });
    expect(d.overdue[0]!.marketplace).toBe('US'); // the host's marketplace when the record names none
    // three more answered on time: now a figure
    await upsertThreads(db, ['a', 'b', 'c'].map((id) => thread(id, [{ from: 'buyer', at: NOW - 60 * H }, { from: 'seller', at: NOW - 59 * H }])));
    expect((await buildDashboard(db, NOW)).crt.find((w) => w.window === 7)).toMatchObject({ counted: 6, late: 2, value: 66.7, zone: 'red' });
    expect(d.sweetSpot.map((o) => o.orderId)).toEqual(['111-0000002-0000002']);
    db.close();
  });
});
