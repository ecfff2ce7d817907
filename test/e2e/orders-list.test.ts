// Review-window pills on Manage Orders, in Chromium against the fixture Seller Central. Invariants: one
// pill per row in both layouts (table, cards in a shadow root) saying where the order stands; pills
// survive pagination re-renders; the extension sends nothing (no solicitation request at all); the
// delivery windows read here reach the popup's sweet-spot list.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { clearClockOffset, openFreshPopup, sendFromPopup, setClockOffset } from './extension-helpers';
import { ORDER_IDS } from '../fixtures/seller-central/scenarios';

const ext = useExtension();
const page = useSharedPage(ext);

const LIST = 'https://sellercentral.amazon.com/orders-v3';

/** order id -> pill text, read through open shadow roots (the cards layout keeps rows in one) */
async function pills(): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('[data-rg="review-pill"]')) out[el.getAttribute('data-order-id') ?? '?'] = el.textContent ?? '';
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot && !host.hasAttribute('data-rg-ui')) visit(host.shadowRoot);
    };
    visit(document);
    return out;
  });
}

async function rowCount(): Promise<number> {
  return page.evaluate(() => {
    const table = document.querySelectorAll('#orders-table > tbody > tr').length;
    let cards = 0;
    for (const host of document.querySelectorAll('*')) if (host.shadowRoot && !host.hasAttribute('data-rg-ui')) cards += host.shadowRoot.querySelectorAll('.order-card').length;
    return table + cards;
  });
}

describe('orders list pills', () => {
  it('table layout: one pill per row with the window state', async () => {
    await page.goto(LIST);
    await expect.poll(async () => Object.keys(await pills()).length, { timeout: 10_000 }).toBe(await rowCount());
    const byId = await pills();
    expect(byId[ORDER_IDS.sweetSpot]).toBe('sweet spot');
    expect(byId[ORDER_IDS.deliveredTwoDaysAgo]).toBe('review window opens in 3 days');
    expect(byId[ORDER_IDS.unknownDelivery]).toBe('delivery date unknown');
  });

  it('oldest orders first: a closed window says so', async () => {
    await page.goto(`${LIST}?sort=order_date_asc`);
    await expect.poll(async () => (await pills())[ORDER_IDS.tooLate], { timeout: 10_000 }).toBe('review window closed');
  });

  it('pills survive pagination re-renders and follow the new rows', async () => {
    await page.goto(LIST);
    await expect.poll(async () => Object.keys(await pills()).length, { timeout: 10_000 }).toBe(await rowCount());
    const first = Object.keys(await pills());
    await page.locator('.pagination-controls li.a-last a').click();
    await expect.poll(() => page.url()).toContain('page=2');
    await expect.poll(async () => {
      const now = Object.keys(await pills());
      return now.length === (await rowCount()) && now.every((id) => !first.includes(id));
    }, { timeout: 10_000 }).toBe(true);
    // a row whose delivery was 25+ days ago shows the closing countdown or the closed state
    expect(Object.values(await pills()).every((text) => /review window|sweet spot|closes in|requested|delivery date unknown/.test(text))).toBe(true);
  });

  it('cards layout in a shadow root gets pills too', async () => {
    await page.goto(`${LIST}?rgfx_layout=cards`);
    await expect.poll(async () => Object.keys(await pills()).length, { timeout: 10_000 }).toBe(await rowCount());
    expect((await pills())[ORDER_IDS.sweetSpot]).toBe('sweet spot');
  });

  it('a stored request shows "requested"; nothing is sent in bulk', async () => {
    await sendFromPopup(ext, 'review/record', { host: 'sellercentral.amazon.com', orderId: ORDER_IDS.alreadyRequested, channel: 'button', at: Date.now(), source: 'amazon-success' });
    const before = ext.state.requests.length;
    await page.goto(LIST);
    await expect.poll(async () => (await pills())[ORDER_IDS.alreadyRequested], { timeout: 10_000 }).toBe('requested');
    // the list makes no solicitation call and no POST at all
    const during = ext.state.requests.slice(before);
    expect(during.filter((r) => r.url.includes('/solicitations/') || r.method === 'POST')).toEqual([]);
  });

  it('the popup lists the sweet-spot orders the list page saw, each linking to the order', async () => {
    // the orders the list page stored invalidate the background's dashboard: a fresh popup shows them
    const popup = await openFreshPopup(ext);
    const link = popup.locator(`[data-rg="sweet-spot-list"] [data-rg-order="${ORDER_IDS.sweetSpot}"] a`);
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    expect(await link.getAttribute('href')).toBe(`https://sellercentral.amazon.com/orders-v3/order/${ORDER_IDS.sweetSpot}`);
    expect(await popup.locator(`[data-rg="sweet-spot-list"] [data-rg-order="${ORDER_IDS.tooLate}"]`).count()).toBe(0);
    await popup.close();
  });

  it('says when it is blind: no order rows -> orders-list health not-found', async () => {
    await page.goto(`${LIST}?rgfx_break=1`);
    await page.bringToFront();
    const popup = await ext.openPopup();
    const status = () => popup.locator('[data-rg="health"] [data-rg-surface="orders-list"]').getAttribute('data-status');
    await expect.poll(async () => {
      await popup.reload();
      return status();
    }, { timeout: 15_000, interval: 1000 }).toBe('not-found');
    await popup.close();
  });

  it('follows the extension clock: 25 days later the sweet-spot order shows a closed window', async () => {
    const DAY = 86_400_000;
    await setClockOffset(ext, 25 * DAY);
    try {
      await page.goto(LIST);
      await expect.poll(async () => (await pills())[ORDER_IDS.sweetSpot], { timeout: 10_000 }).toBe('review window closed');
    } finally {
      await clearClockOffset(ext);
    }
  });
});
