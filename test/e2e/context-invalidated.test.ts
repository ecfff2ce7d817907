// Invariant: when the extension is updated or reloaded under an open page ("extension context
// invalidated"), the page keeps working: no error reaches it, typing and Send behave as without us.
import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';
import { ORDER_IDS } from '../fixtures/seller-central/scenarios';

declare const chrome: { runtime: { reload(): void } };

const ext = useExtension();

describe('extension context invalidated', () => {
  it('leaves an open composer page working after the extension reloads', async () => {
    const page = await ext.page();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`https://sellercentral.amazon.com/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=ATVPDKIKX0DER`);
    await page.locator('kat-radiobutton input').first().check();
    const textarea = page.locator('.contact-buyer-text-area kat-textarea textarea');
    await textarea.click();
    await textarea.pressSequentially('Hello Bob, ', { delay: 5 });
    await page.waitForSelector('[data-rg="composer-panel"]', { state: 'attached' });

    await ext.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1500);

    await textarea.pressSequentially('your mat ships today.', { delay: 5 });
    await page.waitForTimeout(500);
    expect(await textarea.inputValue()).toBe('Hello Bob, your mat ships today.');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __rgFixture: { sent: string[] } }).__rgFixture.sent)).toEqual(['Hello Bob, your mat ships today.']);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
