// The blocker really stops navigation gestures on a blocked control and gives Amazon's node back exactly
// as found on abort; the same-origin look-ups parse Amazon's shapes, are GET-only, cached and rate-limited.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRarBlocker } from '../../../entrypoints/orders.content/rar-blocker';
import { fetchEligibility, fetchOrderFacts, parseEligibility, parseOrderJson, resetAmazonApiCache } from '../../../entrypoints/orders.content/amazon-api';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
  vi.unstubAllGlobals();
  resetAmazonApiCache();
});

function setup(ariaDisabled?: string) {
  document.body.innerHTML = `<span data-test-id="plugin-button-requestAReview"><a href="/messaging/reviews?orderId=1" ${ariaDisabled ? `aria-disabled="${ariaDisabled}"` : ''}><span class="label">Request a Review</span></a></span>`;
  const link = document.querySelector('a')!;
  const pageSaw: string[] = [];
  // the host page's own handler (bubbling on the link) must not run for a blocked control
  link.addEventListener('click', () => pageSaw.push('click'));
  link.addEventListener('auxclick', () => pageSaw.push('auxclick'));
  link.addEventListener('keydown', () => pageSaw.push('keydown'));
  const controller = new AbortController();
  const blocker = createRarBlocker(document, controller.signal);
  return { link, pageSaw, controller, blocker };
}

const fire = (target: Element, event: Event) => {
  target.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('Request a Review blocker', () => {
  it('blocked: click (also on an inner span), middle-click and Enter are prevented and never reach the page', () => {
    const { link, pageSaw, blocker } = setup();
    blocker.apply(link, 'too-early', true);
    expect(link.getAttribute('aria-disabled')).toBe('true');
    expect(link.getAttribute('data-rg-review')).toBe('too-early');
    expect(fire(link.querySelector('.label')!, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }))).toBe(true);
    expect(fire(link, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))).toBe(true);
    expect(fire(link, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter' }))).toBe(true);
    expect(pageSaw).toEqual([]);
  });

  it('eligible: marked but untouched otherwise, events flow', () => {
    const { link, pageSaw, blocker } = setup();
    blocker.apply(link, 'eligible', false);
    expect(link.getAttribute('data-rg-review')).toBe('eligible');
    expect(link.hasAttribute('aria-disabled')).toBe(false);
    expect(fire(link, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter' }))).toBe(false);
    expect(pageSaw).toEqual(['keydown']);
  });

  it('unblocking after blocking gives Amazon back its own aria-disabled (it greys the button itself)', () => {
    const { link, blocker } = setup('true');
    blocker.apply(link, 'too-late', true);
    blocker.apply(link, 'unknown-delivery', false);
    expect(link.getAttribute('aria-disabled')).toBe('true');
  });

  it('abort restores the node exactly and drops the listeners', () => {
    const { link, pageSaw, controller, blocker } = setup();
    blocker.apply(link, 'already-requested', true);
    controller.abort();
    expect(link.hasAttribute('aria-disabled')).toBe(false);
    expect(link.hasAttribute('data-rg-review')).toBe(false);
    link.addEventListener('click', (e) => e.preventDefault()); // keep happy-dom from navigating
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(pageSaw).toEqual(['click']);
  });

  it('abort keeps an aria-disabled Amazon had set', () => {
    const { link, controller, blocker } = setup('true');
    blocker.apply(link, 'too-late', true);
    controller.abort();
    expect(link.getAttribute('aria-disabled')).toBe('true');
    expect(link.hasAttribute('data-rg-review')).toBe(false);
  });
});

describe('Amazon look-ups', () => {
  const orderJson = {
    order: {
      amazonOrderId: '111-0000002-0000002',
      homeMarketplaceId: 'ATVPDKIKX0DER',
      earliestDeliveryDate: 1639123200, // seconds, as captured (src 42835202452)
      latestDeliveryDate: 1640851199,
      pluginActions: { requestAReview: { isAvailable: false, reason: 'ReasonNotShippedOrder', url: '/messaging/reviews?orderId=111-0000002-0000002&marketplaceId=ATVPDKIKX0DER' } },
    },
  };

  it('parses the order JSON (epoch seconds -> ms) and tolerates missing fields', () => {
    expect(parseOrderJson(orderJson)).toEqual({ marketplaceId: 'ATVPDKIKX0DER', earliestDelivery: 1639123200000, latestDelivery: 1640851199000, rarAvailable: false, rarReason: 'ReasonNotShippedOrder' });
    expect(parseOrderJson({ order: {} })).toEqual({ marketplaceId: undefined, earliestDelivery: undefined, latestDelivery: undefined, rarAvailable: undefined, rarReason: undefined });
    expect(parseOrderJson({ order: null, responseCodes: ['ORDER_NOT_FOUND'] })).toBeNull();
    expect(parseOrderJson('<html>')).toBeNull();
  });

  it('maps the eligibility answer; an unknown reason is not guessed', () => {
    expect(parseEligibility({ isSuccess: true })).toBe('eligible');
    expect(parseEligibility({ isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_ALREADY_SENT' })).toBe('already-sent');
    expect(parseEligibility({ isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW' })).toBe('outside-window');
    expect(parseEligibility({ isSuccess: false, ineligibleReason: 'SOMETHING_NEW' })).toBeNull();
    expect(parseEligibility({})).toBeNull();
  });

  it('GET only, cached per URL, and at most one request per second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const calls: { url: string; method?: string; at: number }[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, method: init?.method, at: performance.now() });
      return new Response(JSON.stringify(url.includes('solicitations') ? { isSuccess: true } : orderJson), { status: 200 });
    }));
    const signal = new AbortController().signal;
    const all = Promise.all([
      fetchOrderFacts('111-0000002-0000002', signal),
      fetchOrderFacts('111-0000002-0000002', signal), // cached: no second request
      fetchEligibility('111-0000002-0000002', 'ATVPDKIKX0DER', signal),
      fetchOrderFacts('111-0000003-0000003', signal),
    ]);
    await vi.advanceTimersByTimeAsync(5000);
    const [a, b, eligible] = await all;
    expect(a).toEqual(b);
    expect(eligible).toBe('eligible');
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
    expect(calls[1]!.url).toBe('/messaging/api/solicitations/111-0000002-0000002/productReviewAndSellerFeedback?marketplaceId=ATVPDKIKX0DER&buyerId=&customerType=&isReturn=false');
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.at - calls[i - 1]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('a failed look-up is not cached', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    let status = 503;
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(orderJson), { status }));
    vi.stubGlobal('fetch', fetchMock);
    const signal = new AbortController().signal;
    await expect(fetchOrderFacts('111-0000009-0000009', signal)).rejects.toThrow(/503/);
    status = 200;
    const second = fetchOrderFacts('111-0000009-0000009', signal);
    await vi.advanceTimersByTimeAsync(2000); // the rate-limit slot
    await expect(second).resolves.toMatchObject({ marketplaceId: 'ATVPDKIKX0DER' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
