// The popup tells the truth about a fresh install and helps learn unknown markup: CRT says "not
// enough data" instead of 0.0 % red, thread rows name their marketplace, and "Copy page structure"
// gives the current Seller Central page's skeleton with no buyer text, name or id in it.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { openFreshPopup } from './extension-helpers';
import { slaBadges } from './inbox-helpers';

const ext = useExtension();
const page = useSharedPage(ext);

describe('popup on a fresh install', () => {
  it('shows no CRT figure yet, and names the marketplace of each listed thread', async () => {
    await page.goto('https://sellercentral.amazon.com/messaging/inbox?fi=responseNeeded&rgfx_markup=grid');
    await expect.poll(async () => Object.keys(await slaBadges(page)).length, { timeout: 15_000 }).toBeGreaterThan(5);
    const popup = await openFreshPopup(ext);
    const crt = popup.locator('[data-rg="crt"]');
    expect(await crt.getAttribute('data-zone')).toBe('no-data');
    expect(await crt.getAttribute('data-value')).toBeNull();
    await expect.poll(() => popup.locator('[data-rg="overdue-list"] [data-rg-thread]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const markets = await popup.locator('[data-rg-thread]').evaluateAll((els) => els.map((e) => e.getAttribute('data-marketplace')));
    expect(markets.length).toBeGreaterThan(0);
    expect(markets.every((m) => m === 'US' || m === 'DE')).toBe(true);
    await popup.close();
  });

  it('copies the page structure of the Seller Central tab without any buyer text, name or id', async () => {
    await page.bringToFront();
    const popup = await openFreshPopup(ext);
    await popup.locator('[data-rg="copy-structure"]').click();
    await popup.locator('[data-rg="copy-structure-status"]').waitFor({ timeout: 10_000 });
    const text = await popup.locator('[data-rg="structure-text"]').inputValue();
    expect(text).toContain('#shadow-root');
    expect(text).toMatch(/role=grid/);
    expect(text).toMatch(/\{case-id\}/);
    for (const thread of ext.state.threads) {
      for (const secret of [thread.buyer.split(' ')[0]!, thread.caseId, thread.orderId, ...thread.messages.map((m) => m.text.split(' ').slice(0, 4).join(' '))]) {
        expect(text, secret).not.toContain(secret);
      }
    }
    await popup.close();
  });
});
