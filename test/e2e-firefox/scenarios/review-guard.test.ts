// The Request a Review guard on Order details in the running project's browser: every reason, the
// control really disabled while blocked (no navigation on click), the reason shown next to it.
import { describe, expect, it } from 'vitest';
import { useBrowser, useSharedPage, until } from '../browsers';
import { RAR } from '../../e2e/review-helpers';
import { ORDER_IDS } from '../../fixtures/seller-central/scenarios';

const b = useBrowser();
const page = useSharedPage(b);
const US = 'ATVPDKIKX0DER';

async function verdict(orderId: string) {
  await page.goto(`https://sellercentral.amazon.com/orders-v3/order/${orderId}`);
  await until(page, (sel) => document.querySelector(sel)?.hasAttribute('data-rg-review'), RAR, { what: 'the guard verdict' });
  return page.evaluate((sel) => {
    const rar = document.querySelector(sel)!;
    return {
      reason: rar.getAttribute('data-rg-review'),
      ariaDisabled: rar.getAttribute('aria-disabled'),
      text: document.querySelector('[data-rg="review-reason"]')?.textContent?.trim() ?? '',
    };
  }, RAR);
}

async function clickDoesNotNavigate() {
  const before = await page.url();
  await page.click(RAR);
  await new Promise((r) => setTimeout(r, 400));
  expect(await page.url()).toBe(before);
}

describe('Request a Review guard (order details)', () => {
  it.each([
    [ORDER_IDS.deliveredTwoDaysAgo, 'too-early', /opens on \d{1,2} [A-Z][a-z]{2}/],
    [ORDER_IDS.tooLate, 'too-late', /closed on \d{1,2} [A-Z][a-z]{2}/],
    [ORDER_IDS.alreadyRequested, 'already-requested', /already requested/i],
  ])('%s: %s, disabled, with the reason, and a click goes nowhere', async (orderId, reason, text) => {
    const v = await verdict(orderId);
    expect(v).toMatchObject({ reason, ariaDisabled: 'true' });
    expect(v.text).toMatch(text);
    await clickDoesNotNavigate();
  });

  it('unknown delivery: usable, with a warning that Amazon decides', async () => {
    const v = await verdict(ORDER_IDS.unknownDelivery);
    expect(v).toMatchObject({ reason: 'unknown-delivery', ariaDisabled: null });
    expect(v.text).toMatch(/Amazon will decide/);
  });

  it('eligible: usable, and the click reaches the review page', async () => {
    const v = await verdict(ORDER_IDS.twentyDays);
    expect(v).toMatchObject({ reason: 'eligible', ariaDisabled: null });
    expect(v.text).toMatch(/open until/i);
    await page.click(RAR);
    await until(page, () => location.pathname === '/messaging/reviews', undefined, { what: 'the review page' });
  });

  it('review-sent-by-message: a request recorded through the protocol blocks the button', async () => {
    const reply = await b.send('review/record', { host: 'sellercentral.amazon.com', orderId: ORDER_IDS.sweetSpot, marketplaceId: US, channel: 'message', at: Date.now(), source: 'message-sent' });
    expect(reply).toMatchObject({ ok: true });
    const v = await verdict(ORDER_IDS.sweetSpot);
    expect(v).toMatchObject({ reason: 'review-sent-by-message', ariaDisabled: 'true' });
    expect(v.text).toMatch(/by message on/);
    await clickDoesNotNavigate();
  });

  it('never POSTs a review request on its own', () => {
    const solicitations = b.state.requests.filter((r) => r.url.includes('/messaging/api/solicitations/'));
    expect(solicitations.length).toBeGreaterThan(0);
    expect(solicitations.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
