// The popup's first frame comes before React: the markup of the last fresh popup is painted by a tiny
// entry script, marked as updating, then replaced by React in one commit. Here React's chunk is held
// back (aborted) to see that frame on its own, then let through to see the swap.
import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';
import { openFreshPopup, sendFromPopup } from './extension-helpers';

const ext = useExtension();
const HOUR = 3_600_000;

function overdueThread(caseId: string, hoursAgo: number) {
  const at = Date.now() - hoursAgo * HOUR;
  return { host: 'sellercentral.amazon.com', caseId, orderId: '111-0000002-0000002', buyerAlias: `Buyer of ${caseId}`, messages: [{ from: 'buyer', at }], source: 'thread', firstSeenAt: at, lastSeenAt: Date.now() };
}

const ids = (popup: Awaited<ReturnType<typeof openFreshPopup>>) =>
  popup.locator('[data-rg="overdue-list"] [data-rg-thread]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-thread-id')));

describe('popup first frame', () => {
  it('paints the last popup before React loads, marked as updating; React replaces it', async () => {
    const threads = Array.from({ length: 12 }, (_, i) => overdueThread(`FIRST-${String(i).padStart(2, '0')}`, 30 + i));
    expect((await sendFromPopup(ext, 'threads/upsert', { threads })).ok).toBe(true);
    const fresh = await openFreshPopup(ext);
    const freshIds = await ids(fresh);
    expect(freshIds).toHaveLength(12);
    await fresh.close();

    // React's chunk never arrives: what shows is the snapshot alone
    const mountChunk = /\/chunks\/mount-[\w-]+\.js$/;
    await ext.context.route(mountChunk, (route) => route.abort());
    const held = await ext.openPopup();
    await held.waitForSelector('[data-rg="popup-load-failed"]');
    expect(await ids(held)).toEqual(freshIds.slice(0, 8));
    expect(await held.locator('.rg-count').first().textContent()).toBe('12');
    expect(await held.locator('[data-rg="health"] li').count()).toBe(0);
    expect(await held.locator('[data-rg="popup-load-failed"]').textContent()).toMatch(/could not load/i);
    // the "updating" mark is gone with React: nothing is on its way
    expect(await held.locator('[data-rg="popup-stale"]').count()).toBe(0);
    await held.close();
    await ext.context.unroute(mountChunk);

    const next = await openFreshPopup(ext);
    expect(await next.locator('[data-rg="overdue-list"]').count()).toBe(1);
    expect(await ids(next)).toEqual(freshIds);
    expect(await next.locator('[data-rg="health"] li').count()).toBeGreaterThan(0);
    await next.close();
  });
});
