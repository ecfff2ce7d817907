// No egress, in the running project's browser: across the fixture pages, the popup and the options
// page, nothing is requested outside the Seller Central origin of the page, and there only the known
// read-only paths. In Firefox the background event page is not in any tab: the browser's every other
// connection goes to a catch-all proxy (browsers/firefox.ts), which must see none from the extension.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../browsers';
import { CASE } from '../../fixtures/seller-central/scenarios';
import { expectOnlySellerCentral } from '../../e2e/egress-policy';

const b = useBrowser();

const PAGES = [
  'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded',
  `https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.HOSTILE}`,
  'https://sellercentral.amazon.com/messaging/contact?orderID=111-0000002-0000002&marketplaceID=ATVPDKIKX0DER',
  'https://sellercentral.amazon.com/orders-v3?page=1',
  'https://sellercentral.amazon.com/orders-v3/order/111-0000004-0000004',
  'https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded',
];

/** Firefox asks for a favicon by itself (the router answers 404). */
const FIREFOX_OWN_PATHS = [/^\/favicon\.ico$/];

/**
 * The browser's own housekeeping (Firefox: remote settings, push, captive-portal and update checks;
 * Puppeteer points most of them at dummy hosts). Never a Seller Central or any other host.
 */
const BROWSER_OWN = /^(CONNECT )?(https?:\/\/)?([a-z0-9-]+\.)*(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|dummy\.test)(:\d+)?(\/|$)/;

describe('no egress', () => {
  it('requests only Seller Central, and only known paths, across the pages, the popup and options', async () => {
    for (const url of PAGES) {
      const page = await b.newPage();
      await page.goto(url);
      await new Promise((r) => setTimeout(r, 800));
      // the first inbox stays open until the extension has read Amazon's inbox JSON (the last check below
      // needs that traffic; a busy machine can take longer than the 800 ms the other pages get)
      if (url === PAGES[0]) await expect.poll(() => b.state.requests.some((r) => r.url.includes('/messaging/api/global/cases')), { timeout: 20_000 }).toBe(true);
      await page.close();
    }
    const popup = await b.openPopup();
    await new Promise((r) => setTimeout(r, 500));
    await popup.close();
    const options = await b.openOptions();
    await new Promise((r) => setTimeout(r, 500));
    await options.close();

    expect(b.state.blocked).toEqual([]);
    expect(b.outsideRequests().filter((r) => !BROWSER_OWN.test(r))).toEqual([]);
    expectOnlySellerCentral(b.state.requests, FIREFOX_OWN_PATHS);
    // the extension did read Seller Central's own JSON (the check above saw real traffic)
    expect(b.state.requests.some((r) => r.url.includes('/messaging/api/global/cases'))).toBe(true);
  });

  it('the harness does see what leaves the extension outside any tab it routes (a probe from an extension page)', async () => {
    const popup = await b.openPopup();
    await popup.evaluate(() => fetch('https://egress-probe.example/ping', { mode: 'no-cors' }).then(() => 'sent', () => 'refused'));
    await popup.close();
    expect(b.outsideRequests().some((r) => r.includes('egress-probe.example'))).toBe(true);
  });
});
