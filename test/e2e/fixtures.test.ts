// The fixtures themselves behave like Seller Central (without the extension): Katal shadow roots,
// SPA navigation without reload, re-rendered rows, both review flows, no egress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlain } from './harness';

let browser: Awaited<ReturnType<typeof launchPlain>>;
beforeAll(async () => {
  browser = await launchPlain();
});
afterAll(async () => browser?.close());

describe('fixture Seller Central', () => {
  it('Contact Buyer: composer appears after a reason, kat-textarea has an open shadow textarea', async () => {
    const page = await browser.page();
    await page.goto('https://sellercentral.amazon.com/messaging/contact?orderID=111-0000002-0000002&marketplaceID=ATVPDKIKX0DER');
    expect(await page.locator('.contact-buyer-text-area kat-textarea').count()).toBe(0);
    await page.locator('kat-radiobutton input').first().check();
    const hasShadowTextarea = await page.locator('.contact-buyer-text-area kat-textarea').evaluate((el) => !!el.shadowRoot?.querySelector('textarea'));
    expect(hasShadowTextarea).toBe(true);
    await page.locator('.contact-buyer-text-area kat-textarea textarea').fill('Hello');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    expect(await page.evaluate(() => (window as unknown as { __rgFixture: { sent: string[] } }).__rgFixture.sent)).toEqual(['Hello']);
    await page.close();
  });

  it('Inbox: opening a thread is a pushState navigation that re-renders the panes', async () => {
    const page = await browser.page();
    await page.goto('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded');
    const firstTextarea = await page.locator('kat-textarea').count();
    expect(firstTextarea).toBe(0);
    await page.locator('.thread-link', { hasText: 'Carla' }).click();
    expect(page.url()).toContain('cc=CASE-ATRISK');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await expect.poll(() => page.locator('.reply-box kat-textarea').count()).toBe(1);
    await page.close();
  });

  it('Order details: new and legacy Request a Review markup, greyed when Amazon says no', async () => {
    const page = await browser.page();
    await page.goto('https://sellercentral.amazon.com/orders-v3/order/111-0000002-0000002');
    await expect.poll(() => page.locator('[data-test-id="plugin-button-requestAReview"] a').count()).toBe(1);
    await page.goto('https://sellercentral.amazon.com/orders-v3/order/111-0000004-0000004?rgfx_markup=legacy');
    await expect.poll(() => page.locator('span[data-test-id="request-a-review-button"] > span > a').getAttribute('aria-disabled')).toBe('true');
    await page.goto('https://sellercentral.amazon.com/orders-v3/order/111-0000007-0000007');
    await page.waitForSelector('[data-test-id="order-details-header-action-buttons"]');
    expect(await page.locator('[data-test-id="plugin-button-requestAReview"]').count()).toBe(0);
    await page.close();
  });

  it('Orders list: pagination re-renders rows without a reload', async () => {
    const page = await browser.page();
    await page.goto('https://sellercentral.amazon.com/orders-v3?page=1');
    const first = await page.locator('#orders-table tbody tr').first().textContent();
    await page.locator('.pagination-controls li.a-last a').click();
    expect(page.url()).toContain('page=2');
    expect(await page.locator('#orders-table tbody tr').first().textContent()).not.toBe(first);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await page.close();
  });

  it('Review page: success, error on load, error only after Yes', async () => {
    const page = await browser.page();
    await page.goto('https://sellercentral.amazon.com/messaging/reviews?orderId=111-0000003-0000003&marketplaceId=ATVPDKIKX0DER');
    await page.locator('kat-button[label="Yes"] button').click();
    await expect.poll(() => page.locator('kat-alert[variant="success"]').textContent()).toContain('A review will be requested');
    expect(browser.state.solicited.has('111-0000003-0000003')).toBe(true);
    await page.goto('https://sellercentral.amazon.com/messaging/reviews?orderId=111-0000004-0000004&marketplaceId=ATVPDKIKX0DER');
    await expect.poll(() => page.locator('.ayb-request-review-error-description').textContent()).toContain('outside the 5-30 day range');
    await page.goto('https://sellercentral.amazon.com/messaging/reviews?orderId=111-0000005-0000005&marketplaceId=ATVPDKIKX0DER');
    await page.locator('kat-button[label="Yes"] button').click();
    await expect.poll(() => page.locator('.ayb-request-review-error-description').textContent()).toContain('already requested');
    await page.close();
  });

  it('aborts and records any request to a non-Seller-Central host', async () => {
    const page = await browser.page();
    await page.goto('https://sellercentral.amazon.com/orders-v3/order/111-0000002-0000002');
    await page.evaluate(() => fetch('https://example.com/x').catch(() => null));
    expect(browser.state.blocked).toContain('https://example.com/x');
    await page.close();
  });
});
