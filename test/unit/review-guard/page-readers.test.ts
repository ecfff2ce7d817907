// Page readers of the review guard over small HTML snippets (happy-dom): each known markup variant and
// its structure/text fallbacks, in the languages we have evidence (or marked guesses) for.
import { afterEach, describe, expect, it } from 'vitest';
import { findRarControl, marketplaceFromRar, readDeliverByText, readOrderId } from '../../../entrypoints/orders.content/order-details-page';
import { readOrderRows } from '../../../entrypoints/orders.content/orders-list-page';
import { findReviewsRoot, readOutcome, readReviewPageOrder } from '../../../entrypoints/orders.content/review-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const RAR_HREF = '/messaging/reviews?orderId=111-0000002-0000002&amp;marketplaceId=A1PA6795UKMFR9';

describe('order details page', () => {
  it.each([
    ['plugin-button', `<span data-test-id="plugin-button-requestAReview" class="a-button"><span class="a-button-inner"><a href="${RAR_HREF}">Request a Review</a></span></span>`],
    ['legacy-button', `<span data-test-id="request-a-review-button"><span><a href="${RAR_HREF}">Request a Review</a></span></span>`],
    ['header-link', `<div data-test-id="order-details-header-action-buttons"><span class="x"><a href="${RAR_HREF}">Bewertung anfordern</a></span></div>`],
  ])('finds the control in the %s markup and the ORDER marketplace from its link', (variant, html) => {
    document.body.innerHTML = `<div id="MYO-app">${html}</div>`;
    const control = findRarControl();
    expect(control?.variant).toBe(variant);
    expect(control?.link.tagName).toBe('A');
    expect(marketplaceFromRar(control)).toBe('A1PA6795UKMFR9');
  });

  it('reports nothing when there is no control (not shipped, or markup changed)', () => {
    document.body.innerHTML = '<div data-test-id="order-details-header-action-buttons"><span class="a-button"><a href="/x">Print</a></span></div>';
    expect(findRarControl()).toBeNull();
  });

  it('reads the order id from the route, then from the page', () => {
    expect(readOrderId(new URL('https://sellercentral.amazon.com/orders-v3/order/111-0000002-0000002?ref=orddet'))).toBe('111-0000002-0000002');
    document.body.innerHTML = '<span data-test-id="order-id-value">302-1234567-7654321</span>';
    expect(readOrderId(new URL('https://sellercentral.amazon.de/gp/orders/fba-order-details.html'))).toBe('302-1234567-7654321');
  });

  it('reads the deliver-by value, or a labelled row when the data-test-id is gone', () => {
    document.body.innerHTML = '<span data-test-id="order-summary-deliverby-value">Tue, Nov 18, 2026 - Fri, Nov 21, 2026</span>';
    expect(readDeliverByText()).toBe('Tue, Nov 18, 2026 - Fri, Nov 21, 2026');
    document.body.innerHTML = '<table><tr><th>Lieferung bis:</th><td>18.11.2026 - 21.11.2026</td></tr></table>';
    expect(readDeliverByText()).toBe('18.11.2026 - 21.11.2026');
    document.body.innerHTML = '<table><tr><th>Ship by:</th><td>18.11.2026</td></tr></table>';
    expect(readDeliverByText()).toBeNull();
  });
});

describe('orders list page', () => {
  it('table rows: order id from the link href (the text may be a seller order id), deliver-by line', () => {
    document.body.innerHTML = `<table id="orders-table"><tbody>
      <tr><td><div class="cell-body-title"><a href="/orders-v3/order/111-0000002-0000002">xo4qbGo795</a></div><div>Sales channel: Amazon.co.jp</div></td>
          <td><div>Ship by date: Nov 10, 2026</div><div>Deliver by date: Nov 18, 2026 - Nov 21, 2026 PST</div></td></tr>
      <tr><td><div class="cell-body-title"><a href="/orders-v3/order/111-0000003-0000003">111-0000003-0000003</a></div></td>
          <td><div>Deliver by date: Currently unavailable</div></td></tr>
    </tbody></table>`;
    const rows = readOrderRows();
    expect(rows.map((r) => [r.orderId, r.deliverByText, r.layout])).toEqual([
      ['111-0000002-0000002', 'Nov 18, 2026 - Nov 21, 2026 PST', 'table'],
      ['111-0000003-0000003', 'Currently unavailable', 'table'],
    ]);
    expect(rows[0]!.pillParent.tagName).toBe('TD');
    expect(rows.map((r) => r.marketplaceId)).toEqual(['A1VC38T7YXB528', undefined]);
  });

  it('table rows in Portuguese (amazon.com.br): the "Entregar até:" line', () => {
    document.body.innerHTML = `<table id="orders-table"><tbody>
      <tr><td><div class="cell-body-title"><a href="/orders-v3/order/701-0000001-0000001">701-0000001-0000001</a></div></td>
          <td><div>Enviar até: 10/11/2026</div><div>Entregar até: 18/11/2026 - 21/11/2026</div></td></tr>
    </tbody></table>`;
    expect(readOrderRows().map((r) => r.deliverByText)).toEqual(['18/11/2026 - 21/11/2026']);
  });

  it('cards in an open shadow root, found by class or by structure when the class changes', () => {
    for (const cls of ['order-card', 'renamed-xyz']) {
      document.body.innerHTML = '<div id="host"></div>';
      const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<div class="${cls}"><div>Order # 111-0000002-0000002</div><div>Purchased Nov 10, 2026</div><div>Deliver by Nov 18, 2026</div></div>
        <div class="${cls}"><div>Order # 111-0000003-0000003</div><div>Deliver by Currently unavailable</div></div>`;
      const rows = readOrderRows();
      expect(rows.map((r) => [r.orderId, r.deliverByText, r.layout])).toEqual([
        ['111-0000002-0000002', 'Nov 18, 2026', 'cards'],
        ['111-0000003-0000003', 'Currently unavailable', 'cards'],
      ]);
      expect(rows[0]!.pillParent.className).toBe(cls);
    }
  });
});

describe('review page', () => {
  const page = (inner: string) => {
    document.body.innerHTML = `<div id="ayb-app"><div id="ayb-reviews"><h1>Request a Review</h1>${inner}</div></div>`;
    return findReviewsRoot()!;
  };

  it('asks only: no outcome yet', () => {
    expect(readOutcome(page('<div class="ayb-reviews-button-container"><kat-button label="Yes"></kat-button></div>'))).toBeNull();
  });

  it.each([
    ['success alert', '<kat-alert variant="success"><span slot="header">A review will be requested for this order.</span></kat-alert>', 'success'],
    ['success text only (structure changed)', '<div><span>A review will be requested for this order.</span></div>', 'success'],
    ['already, en', '<kat-alert variant="warning"><span slot="header">Not eligible at this time</span></kat-alert><div class="ayb-request-review-error-description">You have already requested a review for this order.</div>', 'already-requested'],
    ['already, zh', '<div class="ayb-request-review-error-description">您已请求对此订单进行评论。</div>', 'already-requested'],
    ['already, in kat-alert attributes (ReviewNudge)', '<kat-alert variant="warning" header="Not eligible at this time" description="You have already requested a review for this order."></kat-alert>', 'already-requested'],
    ['outside, en (curly apostrophe)', '<div class="ayb-request-review-error-description">You can\u2019t use this feature to request a review outside the 5-30 day range after the order delivery date.</div>', 'outside-window'],
    ['outside, 2019 wording', '<div class="ayb-request-review-error-description">You cannot use this feature to request a review outside the 4-30 day range after the order delivery date.</div>', 'outside-window'],
    ['outside, zh', '<div class="ayb-request-review-error-description">您无法在订单送达日期后的5-30天范围之外使用此功能请求评论。</div>', 'outside-window'],
  ])('%s', (_name, html, outcome) => {
    expect(readOutcome(page(html))).toBe(outcome);
  });

  it('an unrelated error is not mistaken for an answer', () => {
    expect(readOutcome(page('<div class="ayb-request-review-error-description">Please try again later.</div>'))).toBeNull();
  });

  it('order and marketplace from the address', () => {
    expect(readReviewPageOrder(new URL('https://sellercentral.amazon.ca/messaging/reviews?orderId=111-0000002-0000002&marketplaceId=ATVPDKIKX0DER'))).toEqual({ orderId: '111-0000002-0000002', marketplaceId: 'ATVPDKIKX0DER' });
    expect(readReviewPageOrder(new URL('https://sellercentral.amazon.com/messaging/reviews?orderId=nope'))).toBeNull();
  });
});
