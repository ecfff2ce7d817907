// Release invariant: ReplyGuard's own UI is accessible - axe-core finds no serious or critical
// violation in the popup, the options page, the composer panel and Send guard, the inbox badges and
// the review chip; and the popup is usable by keyboard.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { useExtension } from './setup';
import { openFreshPopup } from './extension-helpers';
import { ORDER_IDS } from '../fixtures/seller-central/scenarios';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; html: string }[];
}

const ext = useExtension();

/** Serious and critical violations; on Seller Central pages only those inside our own UI. */
async function seriousViolations(page: Page, ownUiOnly: boolean): Promise<string[]> {
  // evaluate, not a script tag: extension pages' CSP forbids inline scripts, evaluate is exempt
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(`(async () => {
    const own = (node) => {
      for (let n = node; n; n = n.parentNode || n.host) if (n.hasAttribute && n.hasAttribute('data-rg-ui')) return true;
      return false;
    };
    const result = await axe.run(document, { resultTypes: ['violations'], elementRef: true });
    return result.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !${ownUiOnly} || own(n.element)).map((n) => ({ target: n.target, html: n.html })) }))
      .filter((v) => v.nodes.length);
  })()`)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).slice(0, 2).join(' | ')})`);
}

describe('accessibility (axe-core)', () => {
  it('popup and options have no serious or critical violations', async () => {
    const popup = await openFreshPopup(ext);
    expect(await seriousViolations(popup, false)).toEqual([]);
    const options = await ext.openOptions();
    await options.waitForSelector('input');
    expect(await seriousViolations(options, false)).toEqual([]);
    await popup.close();
    await options.close();
  });

  it('the popup is usable by keyboard: Tab reaches the options link and the thread links', async () => {
    const popup = await openFreshPopup(ext);
    const reached = new Set<string>();
    for (let i = 0; i < 25; i += 1) {
      await popup.keyboard.press('Tab');
      reached.add(await popup.evaluate(() => document.activeElement?.tagName ?? ''));
    }
    expect(reached.has('BUTTON') || reached.has('A')).toBe(true);
    await popup.close();
  });

  it('the composer panel, the Send guard, inbox badges and the review chip have no serious or critical violations', async () => {
    const page = await ext.page();
    await page.goto(`https://sellercentral.amazon.com/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=ATVPDKIKX0DER`);
    await page.locator('kat-radiobutton input').first().check();
    await page.locator('.contact-buyer-text-area kat-textarea textarea').fill('Please leave a 5-star review at www.example-shop.com 😀');
    await page.waitForSelector('[data-rg="composer-panel"][data-rg-block]:not([data-rg-block="0"])');
    expect(await seriousViolations(page, true)).toEqual([]);
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await page.waitForSelector('[data-rg="send-guard"]', { state: 'attached' });
    expect(await seriousViolations(page, true)).toEqual([]);

    await page.goto('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded');
    await expect.poll(() => page.locator('[data-rg="sla-badge"]').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    expect(await seriousViolations(page, true)).toEqual([]);

    await page.goto(`https://sellercentral.amazon.com/orders-v3/order/${ORDER_IDS.deliveredTwoDaysAgo}`);
    await page.waitForSelector('[data-rg="review-reason"]', { timeout: 10_000 });
    expect(await seriousViolations(page, true)).toEqual([]);
    await page.close();
  });
});
