// Amazon's inbox JSON is not served here (rgfx_api=404): this file tests the page readers alone;
// inbox-markup-*.test.ts test the JSON path on every markup.
// Invariant: an open Seller Central tab follows a settings change made in Options without a reload -
// a shorter internal reply target re-colours the inbox badges at once.
import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';
import { withExactTime } from './inbox-helpers';
import { CASE } from '../fixtures/seller-central/scenarios';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };

const ext = useExtension();

describe('live settings', () => {
  it('a new internal reply target reaches an open inbox tab', async () => {
    const page = await ext.page();
    await page.goto('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&rgfx_api=404');
    const badge = page.locator(`[data-rg="sla-badge"][data-thread-id="${CASE.ONTRACK}"]`);
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    await withExactTime(page, 'Bob', CASE.ONTRACK);
    await expect.poll(() => badge.getAttribute('data-state'), { timeout: 10_000 }).toBe('on-track');
    const options = await ext.openOptions();
    // the thread is 2 h old: past a 1 h target
    expect((await options.evaluate(() => chrome.runtime.sendMessage({ rg: 1, type: 'settings/set', payload: { internalSlaHours: 1 } }))).ok).toBe(true);
    await expect.poll(() => badge.getAttribute('data-state'), { timeout: 10_000 }).toBe('at-risk');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await options.close();
    await page.close();
  });
});
