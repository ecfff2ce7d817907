// Foundation invariants in real Chromium with the built extension: it loads; each surface attaches and
// reports `ok` on its fixture page and `not-found` when the markup is gone ("say when you are blind");
// SPA navigation re-attaches; a record written from a content script reaches Dexie (background) and the
// popup reads it back.
import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';
import { healthInPopup } from './extension-helpers';
import { CASE } from '../fixtures/seller-central/scenarios';

// the popup page is an extension page: chrome.* is there
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const ext = useExtension();

async function waitForHealth(surface: string, status: string) {
  await expect.poll(async () => (await healthInPopup(ext))[surface], { timeout: 15_000, interval: 500 }).toBe(status);
}

describe('foundation', () => {
  it('loads the extension and answers the protocol from an extension page', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const popup = await ext.openPopup();
    const version = await popup.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({ rg: 1, type: 'ping', payload: {} });
      return reply;
    });
    expect(version).toEqual({ ok: true, data: { version: expect.any(String) } });
    const bad = await popup.evaluate(() => chrome.runtime.sendMessage({ rg: 1, type: 'nope', payload: {} }));
    expect(bad).toEqual({ ok: false, error: 'unknown message type "nope"' });
    await popup.close();
  });

  it('attaches the composer checker on Contact Buyer and reports ok', async () => {
    const page = await ext.page();
    await page.goto('https://sellercentral.amazon.com/messaging/contact?orderID=111-0000002-0000002&marketplaceID=ATVPDKIKX0DER');
    await page.locator('kat-radiobutton').first().click();
    await page.bringToFront();
    await waitForHealth('composer', 'ok');
    await page.close();
  });

  it('reports not-found when the page lacks what the feature needs', async () => {
    const page = await ext.page();
    await page.goto('https://sellercentral.amazon.com/orders-v3/order/111-0000002-0000002?rgfx_break=1');
    await page.bringToFront();
    await waitForHealth('review-guard', 'not-found');
    await page.close();
  });

  it('re-attaches after SPA navigation in the inbox', async () => {
    const page = await ext.page();
    await page.goto(`https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.ONTRACK}`);
    await page.bringToFront();
    await waitForHealth('inbox', 'ok');
    const before = await page.evaluate(() => performance.getEntriesByType('navigation').length);
    const href = page.url();
    await page.locator('.thread-link', { hasText: 'Carla' }).click();
    await expect.poll(() => page.url()).not.toBe(href);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(before);
    await waitForHealth('inbox', 'ok');
    await page.close();
  });
});
