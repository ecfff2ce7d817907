// The selector meta-test (architecture principle 2, issue #14 item 3): on every surface's fixture, how
// many elements each alternative of our selector lists finds, and what the content rules find in the
// page text, as one table. A markup change (the fixture's or Amazon's) shows up here, in one place,
// with the whole table printed.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { ORDER_IDS, CASE } from '../fixtures/seller-central/scenarios';
import { RAR_CONTROL, DELIVER_BY_VALUE, ORDER_ID_VALUE } from '../../entrypoints/orders.content/order-details-page';
import { ORDER_ROWS, ORDER_CARDS, ROW_ORDER_LINK } from '../../entrypoints/orders.content/orders-list-page';
import { REVIEWS_ROOT, SUCCESS_ALERT, ERROR_DESCRIPTION } from '../../entrypoints/orders.content/review-page';
import { COMPOSER_SELECTORS, SEND_BUTTON_SELECTORS } from '../../entrypoints/composer.content/page';
import { findOrderIds } from '../../rules/order-id';
import type { SelectorList } from '../../lib/selectors';
import type { Page } from 'playwright-core';

const ext = useExtension();
const page = useSharedPage(ext);
const US = 'https://sellercentral.amazon.com';

const LISTS: Record<string, SelectorList> = { RAR_CONTROL, DELIVER_BY_VALUE, ORDER_ID_VALUE, ORDER_ROWS, ORDER_CARDS, ROW_ORDER_LINK, REVIEWS_ROOT, SUCCESS_ALERT, ERROR_DESCRIPTION, COMPOSER_SELECTORS, SEND_BUTTON_SELECTORS };

interface Fixture {
  name: string;
  url: string;
  /** the page is drawn when this shows */
  ready: string;
  /** what a seller does first (Contact Buyer shows its form after a reason is picked) */
  prepare?: (p: Page) => Promise<void>;
  /** list name -> variant -> count; `order ids in text` is the content rule's count */
  expect: Record<string, Record<string, number>>;
}

const FIXTURES: Fixture[] = [
  {
    name: 'order details, new markup',
    url: `${US}/orders-v3/order/${ORDER_IDS.twentyDays}`,
    ready: '[data-test-id="order-details-header-action-buttons"]',
    expect: {
      RAR_CONTROL: { 'plugin-button': 1, 'legacy-button': 0, 'header-link': 1, 'any-review-link': 1 },
      ORDER_ID_VALUE: { 'order-id-value': 1 },
      DELIVER_BY_VALUE: { 'deliverby-value': 1 },
      COMPOSER_SELECTORS: { 'contact-buyer kat-textarea': 0, 'any kat-textarea': 0, 'plain textarea': 0, 'contenteditable textbox': 0 },
    },
  },
  {
    name: 'order details, legacy markup',
    url: `${US}/orders-v3/order/${ORDER_IDS.twentyDays}?rgfx_markup=legacy`,
    ready: '[data-test-id="order-details-header-action-buttons"]',
    expect: {
      RAR_CONTROL: { 'plugin-button': 0, 'legacy-button': 1, 'header-link': 1, 'any-review-link': 1 },
      ORDER_ID_VALUE: { 'order-id-value': 1 },
    },
  },
  {
    name: 'orders list, table',
    url: `${US}/orders-v3`,
    ready: '#orders-table tbody tr',
    expect: { ORDER_CARDS: { 'order-card': 0 } },
  },
  {
    name: 'orders list, cards',
    url: `${US}/orders-v3?rgfx_layout=cards`,
    ready: '[data-test-id="order-card"], .order-card',
    expect: { ORDER_ROWS: { 'orders-table': 0, 'any-order-row': 0 } },
  },
  {
    name: 'review page, error on load',
    url: `${US}/messaging/reviews?orderId=${ORDER_IDS.tooLate}&marketplaceId=ATVPDKIKX0DER`,
    ready: '.ayb-request-review-error-description',
    expect: {
      REVIEWS_ROOT: { 'ayb-reviews': 1, 'ayb-app': 1 },
      ERROR_DESCRIPTION: { 'error-description': 1, 'kat-alert-warning': 1 },
      SUCCESS_ALERT: { 'kat-alert-success': 0, 'kat-statusindicator': 0 },
    },
  },
  {
    name: 'contact buyer',
    url: `${US}/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=ATVPDKIKX0DER`,
    prepare: (p) => p.locator('kat-radiobutton input').first().check(),
    ready: 'kat-textarea',
    expect: {
      COMPOSER_SELECTORS: { 'contact-buyer kat-textarea': 1, 'any kat-textarea': 1, 'plain textarea': 0, 'contenteditable textbox': 0 },
      SEND_BUTTON_SELECTORS: { 'contact-buyer send': 1, 'reply send': 0 },
    },
  },
  {
    name: 'inbox, thread open',
    url: `${US}/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.ATRISK}`,
    ready: 'kat-textarea',
    expect: {
      COMPOSER_SELECTORS: { 'contact-buyer kat-textarea': 0, 'any kat-textarea': 1, 'plain textarea': 0, 'contenteditable textbox': 0 },
      SEND_BUTTON_SELECTORS: { 'contact-buyer send': 0, 'reply send': 1 },
    },
  },
];

/** count per alternative, looking into open shadow roots (not our own UI) for the `deep` ones */
function counts(p: Page, list: SelectorList): Promise<Record<string, number>> {
  return p.evaluate((alts) => {
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

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')).join('\n');
}

describe('selector table', () => {
  it('every alternative finds what the table says on every fixture', async () => {
    const rows: string[][] = [['fixture', 'list', 'variant', 'expected', 'found']];
    let wrong = 0;
    for (const fixture of FIXTURES) {
      await page.goto(fixture.url);
      await fixture.prepare?.(page);
      await page.waitForSelector(fixture.ready, { timeout: 15_000, state: 'attached' });
      for (const [name, expected] of Object.entries(fixture.expect)) {
        const found = await counts(page, LISTS[name]!);
        for (const variant of new Set([...Object.keys(expected), ...Object.keys(found)])) {
          const ok = expected[variant] === found[variant];
          if (!ok) wrong += 1;
          rows.push([fixture.name, name, variant, String(expected[variant] ?? '-'), `${found[variant] ?? '-'}${ok ? '' : '  <-- differs'}`]);
        }
      }
    }
    expect(wrong, `\n${table(rows)}\n`).toBe(0);
  });

  it('the lists that count rows agree with each other and with the order ids in the page text', async () => {
    await page.goto(`${US}/orders-v3`);
    await page.waitForSelector('#orders-table tbody tr');
    const rows = await counts(page, ORDER_ROWS);
    const links = await counts(page, ROW_ORDER_LINK);
    const idsInText = new Set(findOrderIds(await page.locator('#orders-table').innerText()));
    const summary = { rows: rows['orders-table'], anyRow: rows['any-order-row'], links: links['order-link'], idsInText: idsInText.size };
    expect(summary.rows, JSON.stringify(summary)).toBeGreaterThan(5);
    expect(summary, JSON.stringify(summary)).toEqual({ rows: summary.rows, anyRow: summary.rows, links: summary.rows, idsInText: summary.rows });
  });
});
