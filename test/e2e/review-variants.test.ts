// Review guard across markup variants and UI languages, plus the selector expectations of
// architecture principle 2: how many elements each alternative of our page.ts lists finds on each
// committed fixture, so a fixture (or Amazon) markup change shows up here first.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { openGuarded, withOrderJsonFailing } from './review-helpers';
import { ORDER_IDS } from '../fixtures/seller-central/scenarios';
import { RAR_CONTROL, DELIVER_BY_VALUE, ORDER_ID_VALUE } from '../../entrypoints/orders.content/order-details-page';
import { ORDER_ROWS, ORDER_CARDS, ROW_ORDER_LINK } from '../../entrypoints/orders.content/orders-list-page';
import { REVIEWS_ROOT, SUCCESS_ALERT, ERROR_DESCRIPTION } from '../../entrypoints/orders.content/review-page';
import type { SelectorList } from '../../lib/selectors';

const ext = useExtension();
const page = useSharedPage(ext);

/** count per alternative, looking into open shadow roots for the `deep` ones */
function counts(list: SelectorList): Promise<Record<string, number>> {
  return page.evaluate((alts) => {
    const roots = (root: Document | ShadowRoot): (Document | ShadowRoot)[] => {
      const out: (Document | ShadowRoot)[] = [root];
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot && !el.hasAttribute('data-rg-ui')) out.push(...roots(el.shadowRoot));
      return out;
    };
    const result: Record<string, number> = {};
    for (const alt of alts) {
      const scopes = alt.deep ? roots(document) : [document];
      result[alt.variant] = (result[alt.variant] ?? 0) + scopes.reduce((n, s) => n + s.querySelectorAll(alt.selector).length, 0);
    }
    return result;
  }, list as SelectorList);
}

const guarded = (url: string) => openGuarded(page, url);

describe('selector expectations on the fixtures', () => {
  it('order details, new markup', async () => {
    await guarded(`https://sellercentral.amazon.com/orders-v3/order/${ORDER_IDS.twentyDays}`);
    expect(await counts(RAR_CONTROL)).toEqual({ 'plugin-button': 1, 'legacy-button': 0, 'header-link': 1, 'any-review-link': 1 });
    expect(await counts(ORDER_ID_VALUE)).toEqual({ 'order-id-value': 1 });
    expect(await counts(DELIVER_BY_VALUE)).toEqual({ 'deliverby-value': 1 });
  });

  it('order details, legacy markup', async () => {
    await guarded(`https://sellercentral.amazon.com/orders-v3/order/${ORDER_IDS.twentyDays}?rgfx_markup=legacy`);
    expect(await counts(RAR_CONTROL)).toEqual({ 'plugin-button': 0, 'legacy-button': 1, 'header-link': 1, 'any-review-link': 1 });
  });

  it('orders list, table and cards', async () => {
    await page.goto('https://sellercentral.amazon.com/orders-v3');
    await page.waitForSelector('#orders-table tbody tr');
    const table = await counts(ORDER_ROWS);
    expect(table['orders-table']).toBeGreaterThan(5);
    expect(table['any-order-row']).toBe(table['orders-table']);
    expect((await counts(ROW_ORDER_LINK))['order-link']).toBe(table['orders-table']);
    expect(await counts(ORDER_CARDS)).toEqual({ 'order-card': 0 });
    await page.goto('https://sellercentral.amazon.com/orders-v3?rgfx_layout=cards');
    await expect.poll(async () => (await counts(ORDER_CARDS))['order-card']).toBeGreaterThan(5);
    expect((await counts(ORDER_ROWS))['orders-table']).toBe(0);
  });

  it('review page: root, error description on load', async () => {
    await page.goto(`https://sellercentral.amazon.com/messaging/reviews?orderId=${ORDER_IDS.tooLate}&marketplaceId=ATVPDKIKX0DER`);
    await page.waitForSelector('.ayb-request-review-error-description');
    expect(await counts(REVIEWS_ROOT)).toEqual({ 'ayb-reviews': 1, 'ayb-app': 1 });
    expect((await counts(ERROR_DESCRIPTION))['error-description']).toBe(1);
    expect(await counts(SUCCESS_ALERT)).toEqual({ 'kat-alert-success': 0, 'kat-statusindicator': 0 });
  });
});

describe('marketplaces and UI languages', () => {
  it('DE marketplace in the German UI: sweet spot, dates on the Berlin calendar', async () => {
    const guard = await guarded(`https://sellercentral.amazon.de/orders-v3/order/${ORDER_IDS.de}`);
    expect(guard).toMatchObject({ reason: 'eligible', ariaDisabled: null });
    expect(guard.text).toMatch(/sweet spot/i);
  });

  it('JP marketplace in the Japanese UI: too early', async () => {
    const guard = await guarded(`https://sellercentral.amazon.co.jp/orders-v3/order/${ORDER_IDS.jp}`);
    expect(guard).toMatchObject({ reason: 'too-early', ariaDisabled: 'true' });
  });

  it.each([
    ['DE, German page text', `https://sellercentral.amazon.de/orders-v3/order/${ORDER_IDS.de}`, 'eligible'],
    ['JP, Japanese page text', `https://sellercentral.amazon.co.jp/orders-v3/order/${ORDER_IDS.jp}`, 'too-early'],
    ['UK, en-GB page text', `https://sellercentral.amazon.co.uk/orders-v3/order/${ORDER_IDS.uk}`, 'eligible'],
  ])('%s: read when the order JSON fails', async (_name, url, reason) => {
    await withOrderJsonFailing(ext, async () => {
      const guard = await guarded(url);
      expect(guard.reason).toBe(reason);
      expect(guard.text).toMatch(/read from the page text/);
    });
  });
});
