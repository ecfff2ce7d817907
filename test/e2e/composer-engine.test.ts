// The composer's engine (the checker: most of the composer's code) is a file of its own that only a page
// with a composer loads (entrypoints/composer.content/engine-handoff.ts): every Seller Central page runs
// the content script, and with the engine inside it each page load paid over a second of main-thread
// script (s34). Invariant: no composer, no engine; a composer page loads it once and checks.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './setup';
import { panelState, textarea, typeMessage } from './composer-helpers';

const ext = useExtension();

async function visit(url: string, then?: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await ext.page();
  const engine: string[] = [];
  page.on('request', (r) => {
    if (/^chrome-extension:\/\/[^/]+\/composer-engine\.js$/.test(r.url())) engine.push(r.url());
  });
  await page.goto(url);
  // the content scripts run at document_idle, and the orders readers settle within a second
  await page.waitForTimeout(1_500);
  await then?.(page);
  await page.close();
  return engine;
}

describe('the composer engine', () => {
  it('is not loaded on pages without a composer (Manage Orders, an order, the orders list)', async () => {
    for (const url of ['https://sellercentral.amazon.com/orders-v3?page=1', 'https://sellercentral.amazon.com/orders-v3/order/111-0000002-0000002', 'https://sellercentral.amazon.de/orders-v3?page=1']) {
      expect(await visit(url), url).toEqual([]);
    }
  });

  it('is loaded on Contact Buyer, and the composer checks', async () => {
    const loads = await visit('https://sellercentral.amazon.com/messaging/contact?orderID=111-0000002-0000002&marketplaceID=ATVPDKIKX0DER', async (page) => {
      await page.locator('kat-radiobutton input').first().check();
      await page.waitForSelector('[data-rg="composer-panel"]');
      await typeMessage(page, 'Visit www.lampenhaus-shop.de for spare parts.');
      expect((await panelState(page)).rows.map((r) => r.rule)).toContain('url');
      expect(await textarea(page).inputValue()).toBe('Visit www.lampenhaus-shop.de for spare parts.');
    });
    // Chrome asks for the per-session URL (use_dynamic_url) and may also show the fixed one it maps to
    expect(loads.length).toBeGreaterThanOrEqual(1);
    expect(loads.length).toBeLessThanOrEqual(2);
  });
});
