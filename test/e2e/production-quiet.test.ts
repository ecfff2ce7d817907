// Nothing of ours in Seller Central's own timeline or DOM in a production build: the timing marks and
// the composer's check-time attribute exist only in instrumented builds (`npm run bench`), so a day of
// inbox ticks leaves no ~86,000 entries in the page's performance timeline.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { slaBadges } from './inbox-helpers';
import { openContactBuyer, typeMessage } from './composer-helpers';
import { MARKETPLACE, ORDER_IDS } from '../fixtures/seller-central/scenarios';

const ext = useExtension();
const page = useSharedPage(ext);

describe('a production build stays quiet', () => {
  it('leaves no timing marks in the inbox page and no check-time attribute on the composer', async () => {
    await page.goto('https://sellercentral.amazon.com/messaging/inbox?fi=responseNeeded');
    await expect.poll(async () => Object.keys(await slaBadges(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(2_500); // two ticks of the shared ticker
    expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('rg:')).length)).toBe(0);

    await openContactBuyer(page, 'sellercentral.amazon.com', ORDER_IDS.sweetSpot, MARKETPLACE.US);
    await typeMessage(page, 'Hello, your parcel left our warehouse today.');
    expect(await page.locator('[data-rg="composer-panel"]').getAttribute('data-rg-check-ms')).toBeNull();
  });
});
