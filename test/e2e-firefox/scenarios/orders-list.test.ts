// Review-window pills on Manage Orders in the running project's browser: one per row, in the table
// layout and in the cards layout (rows in a shadow root), saying where each order stands.
import { describe, expect, it } from 'vitest';
import { useBrowser, useSharedPage, until } from '../browsers';
import { popupUntil } from './popup';
import { ORDER_IDS } from '../../fixtures/seller-central/scenarios';

const b = useBrowser();
const page = useSharedPage(b);
const LIST = 'https://sellercentral.amazon.com/orders-v3';

/** (in the page) once every order row has its pill: order id -> pill text; until then null */
const pillsOnEveryRow = () => {
  const out: Record<string, string> = {};
  let rows = document.querySelectorAll('#orders-table > tbody > tr').length;
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('[data-rg="review-pill"]')) out[el.getAttribute('data-order-id') ?? '?'] = el.textContent ?? '';
    for (const host of root.querySelectorAll('*')) {
      if (host.shadowRoot && !host.hasAttribute('data-rg-ui')) {
        rows += host.shadowRoot.querySelectorAll('.order-card').length;
        visit(host.shadowRoot);
      }
    }
  };
  visit(document);
  return rows > 0 && Object.keys(out).length === rows ? out : null;
};

describe('orders list pills', () => {
  it('table layout: one pill per row with the window state', async () => {
    await page.goto(LIST);
    const pills = await until(page, pillsOnEveryRow, undefined, { what: 'a pill on every row' });
    expect(pills[ORDER_IDS.sweetSpot]).toBe('sweet spot');
    expect(pills[ORDER_IDS.deliveredTwoDaysAgo]).toBe('review window opens in 3 days');
    expect(pills[ORDER_IDS.unknownDelivery]).toBe('delivery date unknown');
  });

  it('oldest first: a closed window says so', async () => {
    await page.goto(`${LIST}?sort=order_date_asc`);
    const pills = await until(page, pillsOnEveryRow, undefined, { what: 'a pill on every row' });
    expect(pills[ORDER_IDS.tooLate]).toBe('review window closed');
  });

  it('cards layout in a shadow root gets pills too', async () => {
    await page.goto(`${LIST}?rgfx_layout=cards`);
    const pills = await until(page, pillsOnEveryRow, undefined, { what: 'a pill on every card' });
    expect(pills[ORDER_IDS.sweetSpot]).toBe('sweet spot');
  });

  it('the list makes no solicitation call and no POST', () => {
    const listRequests = b.state.requests.filter((r) => r.url.includes('/solicitations/') || r.method === 'POST');
    expect(listRequests).toEqual([]);
  });

  it('the popup (opened in a tab) lists the sweet-spot orders the list page saw, and orders-list health ok', async () => {
    const view = await popupUntil(b, (v) => v.sweetSpot.includes(ORDER_IDS.sweetSpot) && v.health['orders-list'] === 'ok');
    expect(view.sweetSpot).toContain(ORDER_IDS.sweetSpot);
    expect(view.sweetSpot).not.toContain(ORDER_IDS.tooLate);
    expect(view.health['orders-list']).toBe('ok');
  });
});
