// The fixture Seller Central behaves like the evidence in seller-central-dom.md, WITHOUT the extension:
// Katal open shadow roots, SPA navigation without reload (and nodes replaced on re-render), both review
// flows, each UI language's date formats, the "markup removed" variants, and no egress.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePlainChromium } from './setup';
import { HOUR, MARKETPLACE, ORDER_IDS, THREAD_SCENARIOS, CASE } from '../fixtures/seller-central/scenarios';

const US = 'https://sellercentral.amazon.com';
const browser = usePlainChromium();

async function open(url: string): Promise<Page> {
  const page = await browser.page();
  await page.goto(url);
  return page;
}

/** Marks the current document; still set after an SPA navigation, gone after a reload. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { __rgMark: number }).__rgMark = 42));
const documentMark = (page: Page) => page.evaluate(() => (window as unknown as { __rgMark?: number }).__rgMark);

/** Independent en-US formatter (not the fixture's): "Nov 28, 2026 9:15 AM PST". */
function usDateTime(ms: number): string {
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', ...o }).format(ms);
  const zone = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', timeZoneName: 'short' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value;
  return `${f({ month: 'short', day: 'numeric', year: 'numeric' })} ${f({ hour: 'numeric', minute: '2-digit' })} ${zone}`;
}

const thread = (caseId: string) => {
  const found = browser.state.threads.find((t) => t.caseId === caseId);
  if (!found) throw new Error(`no thread ${caseId}`);
  return found;
};
const order = (orderId: string) => {
  const found = browser.state.orders.find((o) => o.orderId === orderId);
  if (!found) throw new Error(`no order ${orderId}`);
  return found;
};

describe('fake Katal', () => {
  it('kat-textarea, kat-button, kat-dropdown, kat-alert have open shadow roots; kat-radiobutton input is light DOM', async () => {
    const page = await open(`${US}/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=${MARKETPLACE.US}`);
    await page.locator('kat-radiobutton input').first().check();
    const shape = await page.evaluate(() => {
      const host = document.querySelector('.contact-buyer-text-area kat-textarea')!;
      const button = document.querySelector('kat-button.ayb-contact-form-send-button')!;
      const radio = document.querySelector('kat-radiobutton')!;
      return {
        textareaInShadow: !!host.shadowRoot?.querySelector('textarea') && !host.querySelector('textarea'),
        buttonInShadow: !!button.shadowRoot?.querySelector('button'),
        buttonTextOnlyInShadow: button.textContent === '' && button.shadowRoot!.textContent!.includes(button.getAttribute('label')!),
        radioInLightDom: !!radio.querySelector('input[type=radio]') && !radio.shadowRoot,
      };
    });
    expect(shape).toEqual({ textareaInShadow: true, buttonInShadow: true, buttonTextOnlyInShadow: true, radioInLightDom: true });
    await page.close();
  });

  it('kat-textarea reflects value both ways and composed input events reach the host', async () => {
    const page = await open(`${US}/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=${MARKETPLACE.US}`);
    await page.locator('kat-radiobutton input').first().check();
    await page.evaluate(() => {
      const host = document.querySelector('kat-textarea')!;
      (window as unknown as { __inputs: number }).__inputs = 0;
      host.addEventListener('input', () => (window as unknown as { __inputs: number }).__inputs++);
    });
    await page.locator('kat-textarea textarea').pressSequentially('Hi');
    const afterTyping = await page.evaluate(() => {
      const host = document.querySelector('kat-textarea') as HTMLElement & { value: string };
      return { attr: host.getAttribute('value'), prop: host.value, inputs: (window as unknown as { __inputs: number }).__inputs };
    });
    expect(afterTyping).toEqual({ attr: 'Hi', prop: 'Hi', inputs: 2 });
    const afterSet = await page.evaluate(() => {
      const host = document.querySelector('kat-textarea')!;
      host.setAttribute('value', 'Set by attribute');
      return host.shadowRoot!.querySelector('textarea')!.value;
    });
    expect(afterSet).toBe('Set by attribute');
    await page.close();
  });
});

describe('Contact Buyer', () => {
  it('shows the composer only after a reason is picked and "sends" exactly the textarea value', async () => {
    const page = await open(`${US}/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=${MARKETPLACE.US}`);
    expect(await page.locator('.ayb-contact-buyer-header h2').textContent()).toBe('Send message to Bob');
    expect(await page.locator('#ayb-contact-buyer kat-label').getAttribute('text')).toBe("Buyer's Language of Preference: English");
    expect(await page.locator('.contact-buyer-text-area kat-textarea').count()).toBe(0);
    await page.locator('kat-radiobutton input').nth(1).check();
    // the way automation scripts write: set the shadow textarea and dispatch a composed input event
    await page.evaluate(() => {
      const textarea = document.querySelector('.contact-buyer-text-area kat-textarea')!.shadowRoot!.querySelector('textarea')!;
      textarea.value = 'Your order ships today.';
      textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await page.locator('div.contact-buyer-file-input input[type=file]').setInputFiles([{ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }]);
    expect(await page.locator('.file-attachment-list li').textContent()).toContain('invoice.pdf');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    expect(await page.locator('kat-alert[variant="success"] > span[slot=header]').textContent()).toBe('Message sent');
    expect(await page.evaluate(() => (window as unknown as { __rgFixture: { sent: string[] } }).__rgFixture.sent)).toEqual(['Your order ships today.']);
    await expect.poll(() => browser.state.sent.some((m) => m.surface === 'contact-buyer' && m.orderId === ORDER_IDS.sweetSpot && m.text === 'Your order ships today.')).toBe(true);
    await page.close();
  });

  it('asks before sending when the buyer prefers another language (kat-modal), and serves the returns variant', async () => {
    const page = await open(`${US}/messaging/contact/returns?buyerID=X&custType=buyer&isMYR=1&marketplaceId=${MARKETPLACE.DE}&orderID=${ORDER_IDS.de}`);
    await page.locator('kat-radiobutton input').first().check();
    await page.locator('.contact-buyer-text-area kat-textarea textarea').fill('Hello Jonas');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    expect(await page.locator('kat-modal').getAttribute('visible')).toBe('');
    expect(await page.evaluate(() => (window as unknown as { __rgFixture: { sent: string[] } }).__rgFixture.sent)).toEqual([]);
    await page.locator('kat-modal kat-button button').click();
    expect(await page.evaluate(() => (window as unknown as { __rgFixture: { sent: string[] } }).__rgFixture.sent)).toEqual(['Hello Jonas']);
    await page.close();
  });

  it('renders the German UI on .de and no composer at all with rgfx_break=1', async () => {
    const page = await open(`https://sellercentral.amazon.de/messaging/contact?orderID=${ORDER_IDS.de}&marketplaceID=${MARKETPLACE.DE}`);
    expect(await page.locator('.ayb-contact-buyer-header h2').textContent()).toBe('Nachricht senden an Jonas');
    await page.goto(`${US}/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=${MARKETPLACE.US}&rgfx_break=1`);
    await page.locator('kat-radiobutton input').first().check();
    await page.locator('kat-alert[variant="warning"]').waitFor();
    expect(await page.locator('kat-textarea').count()).toBe(0);
    expect(await page.locator('textarea').count()).toBe(0);
    await page.close();
  });
});

describe('inbox v3', () => {
  it('lists awaiting threads with order ids, renders exact message timestamps, appends the view query', async () => {
    const page = await open(`${US}/messaging/inbox-v3`);
    await page.locator('.thread-link').first().waitFor();
    expect(new URL(page.url()).searchParams.get('fi')).toBe('responseNeeded');
    const subjects = await page.locator('.thread-subject').allTextContents();
    expect(subjects).toContain(`Missing part (Order: ${ORDER_IDS.twentyDays})`);
    expect(subjects.some((s) => s.includes('Gift wrap'))).toBe(false); // answered: not in "response needed"
    // the rows live in an open shadow root: invisible to document.querySelector
    expect(await page.evaluate(() => document.querySelectorAll('.thread-link').length)).toBe(0);
    await page.locator('.thread-link', { hasText: 'Carla' }).click();
    const atRisk = thread(CASE.ATRISK).messages[0]!;
    expect(await page.locator('.message-time').first().textContent()).toBe(usDateTime(atRisk.at));
    expect(atRisk.at).toBe(Math.round(browser.state.now - 21 * HOUR));
    await page.close();
  });

  it('opening a thread is a pushState navigation that replaces both panes, composer included', async () => {
    const page = await open(`${US}/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.ONTRACK}`);
    await page.locator('.reply-box kat-textarea').waitFor();
    await markDocument(page);
    const oldComposer = await page.locator('.reply-box kat-textarea').elementHandle();
    await page.locator('.thread-link', { hasText: 'Carla' }).click();
    expect(new URL(page.url()).searchParams.get('cc')).toBe(CASE.ATRISK);
    expect(await documentMark(page)).toBe(42);
    expect(await oldComposer!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator('.thread-title').textContent()).toBe('Missing part');
    await page.goBack();
    await expect.poll(() => page.locator('.thread-title').textContent()).toBe('Where is my order?');
    await page.close();
  });

  it('a reply appends a seller message and the thread leaves the response-needed list; NRN does too', async () => {
    const page = await open(`${US}/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.OVERDUE}`);
    await page.locator('.reply-box kat-textarea textarea').fill('Sorry Dan, here is a return label.');
    await page.locator('.reply-send-button button').click();
    await expect.poll(() => page.locator('.message-seller .message-body').textContent()).toBe('Sorry Dan, here is a return label.');
    await expect.poll(() => thread(CASE.OVERDUE).messages.at(-1)?.from).toBe('seller');
    await page.locator('.thread-link', { hasText: 'Bob' }).click();
    expect(await page.locator('.thread-subject', { hasText: 'Return question' }).count()).toBe(0);

    const nrnBefore = thread(CASE.ONTRACK).nrnAt.length;
    await page.locator('.no-response-needed').click();
    expect(await page.locator('.no-response-needed').count()).toBe(0);
    await expect.poll(() => thread(CASE.ONTRACK).nrnAt.length).toBe(nrnBefore + 1);
    await page.goto(`${US}/messaging/inbox-v3?fi=responseNeeded`); // a new load: the router's state kept the mark
    await page.locator('.thread-link').first().waitFor();
    expect(await page.locator('.thread-subject', { hasText: 'Where is my order?' }).count()).toBe(0);
    await page.close();
  });

  it('search by order id rewrites the URL with cc= and opens the thread', async () => {
    const page = await open(`${US}/messaging/inbox?fi=search&ss=${ORDER_IDS.twentyDays}`);
    await expect.poll(() => new URL(page.url()).searchParams.get('cc')).toBe(CASE.ATRISK);
    expect(await page.locator('.thread-title').textContent()).toBe('Missing part');
    await page.close();
  });

  it('machine-readable times (rgfx_timeattr=1), a relative-only row, and hostile text stays text', async () => {
    const page = await open(`${US}/messaging/inbox-v3?fi=all&rgfx_timeattr=1&cc=${CASE.HOSTILE}`);
    await page.locator('.thread-link').first().waitFor();
    const two = thread(CASE.TWO);
    const row = page.locator('.thread-row', { hasText: 'Wrong colour' });
    expect(await row.locator('time.thread-time').getAttribute('datetime')).toBe(new Date(two.messages[1]!.at).toISOString());
    expect(await page.locator('.thread-row', { hasText: 'Invoice' }).locator('.thread-time').textContent()).toBe('5 hours ago');
    expect(await page.locator('.message-body').first().textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('.thread-view script').count()).toBe(0);
    await page.close();
  });

  it('German UI on .de and Japanese UI on .co.jp, with their date formats', async () => {
    const page = await open(`https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.ATRISK}`);
    await page.locator('.thread-title').waitFor();
    expect(await page.locator('.response-needed-label').first().textContent()).toBe('Antwort erforderlich');
    expect(await page.locator('.message-time').first().textContent()).toMatch(/^\d{1,2}\. (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.) \d{4} \d{2}:\d{2} MES?Z$/);
    await page.goto(`https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.ATRISK}`);
    await page.locator('.thread-title').waitFor();
    expect(await page.locator('.message-time').first().textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2} JST$/);
    expect(await page.locator('.reply-send-button').getAttribute('label')).toBe('送信');
    await page.close();
  });

  it('rgfx_frame=1 runs the app in a same-origin iframe', async () => {
    const page = await open(`${US}/messaging/inbox-v3?fi=responseNeeded&rgfx_frame=1`);
    const frame = page.frameLocator('#messaging-frame');
    await frame.locator('.thread-link', { hasText: 'Carla' }).click();
    expect(await frame.locator('.thread-title').textContent()).toBe('Missing part');
    expect(page.frames()[1]!.url()).toContain(`cc=${CASE.ATRISK}`);
    expect(page.url()).not.toContain('cc=');
    await page.close();
  });

  it('rgfx_threads=1000 renders 1,000 rows', async () => {
    const page = await open(`${US}/messaging/inbox-v3?fi=all&rgfx_threads=1000`);
    await page.locator('.thread-link').first().waitFor();
    expect(await page.locator('.thread-row').count()).toBe(1000);
    await page.close();
  });

  it('rgfx_break=1 renders the inbox without a thread list or composer', async () => {
    const page = await open(`${US}/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.ONTRACK}&rgfx_break=1`);
    await page.locator('.inbox-filters').waitFor();
    expect(await page.locator('.thread-link').count()).toBe(0);
    expect(await page.locator('kat-textarea').count()).toBe(0);
    await page.close();
  });
});

describe('order details', () => {
  it('shows the spinner, then the new Request a Review markup driven by the order JSON', async () => {
    const page = await browser.page();
    const json = page.waitForResponse((r) => r.url().endsWith(`/orders-api/order/${ORDER_IDS.sweetSpot}`));
    const response = await page.goto(`${US}/orders-v3/order/${ORDER_IDS.sweetSpot}`);
    // the page as served holds the spinner (the live DOM may already have dropped it on a fast JSON)
    expect(await response!.text()).toContain('id="apploading"');
    const body = (await (await json).json()) as { order: { earliestDeliveryDate: number; pluginActions: { requestAReview: { isAvailable: boolean } } } };
    expect(body.order.earliestDeliveryDate).toBe(order(ORDER_IDS.sweetSpot).earliestDeliveryAt! / 1000);
    expect(body.order.pluginActions.requestAReview.isAvailable).toBe(true);
    const link = page.locator('div[data-test-id="order-details-header-action-buttons"] [data-test-id="plugin-button-requestAReview"] a');
    expect(await link.getAttribute('href')).toBe(`/messaging/reviews?orderId=${ORDER_IDS.sweetSpot}&marketplaceId=${MARKETPLACE.US}`);
    expect(await link.getAttribute('aria-disabled')).toBeNull();
    expect(await page.locator('#apploading').count()).toBe(0);
    expect(await page.locator('[data-test-id="order-summary-deliverby-value"]').textContent()).toMatch(/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat), [A-Z][a-z]{2} \d{1,2}, \d{4} - (Sun|Mon|Tue|Wed|Thu|Fri|Sat), [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(await page.locator('[data-test-id="shipping-section-contact-buyer-value"] a').getAttribute('href')).toBe(`/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=${MARKETPLACE.US}`);
    await page.close();
  });

  it('legacy markup, greyed when Amazon says no, missing when not shipped, "Currently unavailable"', async () => {
    const page = await open(`${US}/orders-v3/order/${ORDER_IDS.tooLate}?rgfx_markup=legacy`);
    const legacy = page.locator('span[data-test-id="request-a-review-button"] > span > a');
    expect(await legacy.getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('span[data-test-id="request-a-review-button"]').getAttribute('class')).toContain('a-button-disabled');
    await page.goto(`${US}/orders-v3/order/${ORDER_IDS.notShipped}`);
    await page.locator('[data-test-id="order-details-header-action-buttons"]').waitFor();
    expect(await page.locator('[data-test-id="plugin-button-requestAReview"]').count()).toBe(0);
    await page.goto(`${US}/orders-v3/order/${ORDER_IDS.unknownDelivery}`);
    expect(await page.locator('[data-test-id="order-summary-deliverby-value"]').textContent()).toBe('Currently unavailable');
    await page.close();
  });

  it('Refresh replaces the header nodes; rgfx_break=1 drops the control and the data-test-ids', async () => {
    const page = await open(`${US}/orders-v3/order/${ORDER_IDS.sweetSpot}`);
    const before = await page.locator('[data-test-id="plugin-button-requestAReview"] a').elementHandle();
    await page.locator('[data-test-id="refresh-button"] input').click();
    await expect.poll(() => before!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator('[data-test-id="plugin-button-requestAReview"] a').count()).toBe(1);
    await page.goto(`${US}/orders-v3/order/${ORDER_IDS.sweetSpot}?rgfx_break=1`);
    await page.locator('.order-summary').waitFor();
    expect(await page.locator('[data-test-id="plugin-button-requestAReview"], [data-test-id="request-a-review-button"], [data-test-id="order-summary-deliverby-value"]').count()).toBe(0);
    expect(await page.locator('a[href*="/messaging/reviews"]').count()).toBe(0);
    await page.close();
  });

  it('German and Japanese UIs use their date formats', async () => {
    const page = await open(`https://sellercentral.amazon.de/orders-v3/order/${ORDER_IDS.de}`);
    expect(await page.locator('[data-test-id="order-summary-deliverby-value"]').textContent()).toMatch(/^(So|Mo|Di|Mi|Do|Fr|Sa)\., \d{1,2}\. \S+ \d{4} - (So|Mo|Di|Mi|Do|Fr|Sa)\., \d{1,2}\. \S+ \d{4}$/);
    await page.goto(`https://sellercentral.amazon.co.jp/orders-v3/order/${ORDER_IDS.jp}`);
    expect(await page.locator('[data-test-id="order-summary-purchase-date-value"]').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\) \d{1,2}:\d{2} JST$/);
    await page.close();
  });
});

describe('Manage Orders', () => {
  it('pagination re-renders rows without a reload', async () => {
    const page = await open(`${US}/orders-v3?page=1`);
    await page.locator('#orders-table tbody tr').first().waitFor();
    const total = browser.state.orders.length;
    expect(total).toBeGreaterThanOrEqual(25);
    expect(await page.locator('.total-orders-heading > span:first-child').textContent()).toBe(`${total} orders`);
    expect(await page.locator('.myo-table-container #orders-table > tbody > tr').count()).toBe(15);
    await markDocument(page);
    const firstRow = await page.locator('#orders-table tbody tr').first().elementHandle();
    const firstId = await page.locator('#orders-table tbody tr td:nth-child(3) .cell-body-title a[href*="/orders-v3/order/"]').first().textContent();
    await page.locator('#myo-layout div.pagination-controls ul > li.a-last > a').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
    await expect.poll(() => firstRow!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator('#orders-table tbody tr td:nth-child(3) .cell-body-title a').first().textContent()).not.toBe(firstId);
    expect(await documentMark(page)).toBe(42);
    await page.goto(`${US}/orders-v3?page=${Math.ceil(total / 15)}`);
    await page.locator('#orders-table tbody tr').first().waitFor();
    expect(await page.locator('li.a-last').getAttribute('class')).toContain('a-disabled');
    await page.close();
  });

  it('rows carry the evidenced cells; sort and date range re-query', async () => {
    const page = await open(`${US}/orders-v3?sort=order_date_asc`);
    await page.locator('#orders-table tbody tr').first().waitFor();
    const oldestFirst = await page.locator('#orders-table tbody tr td:nth-child(3) .cell-body-title a').first().textContent();
    expect(oldestFirst).toBe([...browser.state.orders].sort((a, b) => a.purchaseAt - b.purchaseAt)[0]!.orderId);
    const row = page.locator('#orders-table tbody tr', { hasText: ORDER_IDS.unknownDelivery });
    await page.goto(`${US}/orders-v3?sort=order_date_desc&page=1&date-range=last-365`);
    await page.locator('#orders-table tbody tr').first().waitFor();
    const ids = await page.locator('#orders-table tbody tr td:nth-child(3) .cell-body-title a').allTextContents();
    const newest = [...browser.state.orders].sort((a, b) => b.purchaseAt - a.purchaseAt).slice(0, 15).map((o) => o.orderId);
    expect(ids).toEqual(newest);
    await page.goto(`${US}/orders-v3?date-range=last-7`);
    await page.locator('#orders-table').waitFor();
    const recent = browser.state.orders.filter((o) => o.purchaseAt >= Date.now() - 7 * 24 * HOUR).length;
    expect(await page.locator('.total-orders-heading > span:first-child').textContent()).toBe(`${recent} orders`);
    await page.goto(`${US}/orders-v3?date-range=last-8`);
    await row.waitFor();
    expect(await row.locator('td:nth-child(7)').textContent()).toContain('Deliver by date: Currently unavailable');
    expect(await row.locator('td:nth-child(8) .main-status span').textContent()).toBe('Shipped');
    expect(await row.locator('td:nth-child(2) div:nth-child(2)').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await page.close();
  });

  it('card layout: plain-text cards inside an open shadow root', async () => {
    const page = await open(`${US}/orders-v3?rgfx_layout=cards`);
    await page.locator('.order-card').first().waitFor();
    const texts = await page.locator('.order-card').allTextContents();
    expect(texts).toHaveLength(15);
    expect(texts.every((t) => /Order # \d{3}-\d{7}-\d{7}/.test(t) && t.includes('Purchased ') && t.includes('Deliver by '))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('.order-card').length)).toBe(0);
    expect(await page.locator('#orders-table').count()).toBe(0);
    await page.close();
  });
});

describe('Request a Review page', () => {
  const reviewUrl = (orderId: string, mp: string = MARKETPLACE.US) => `${US}/messaging/reviews?orderId=${orderId}&marketplaceId=${mp}`;

  it('eligible: Yes POSTs, the state records it, success alert; a second visit says already sent', async () => {
    const page = await open(reviewUrl(ORDER_IDS.twentyDays));
    expect(await page.locator('#ayb-app #ayb-reviews h1').textContent()).toBe('Request a Review');
    expect(await page.locator('.ayb-reviews-button-container kat-button[label="No"]').count()).toBe(1);
    const post = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes(`/messaging/api/solicitations/${ORDER_IDS.twentyDays}/productReviewAndSellerFeedback`));
    await page.locator('kat-button[label="Yes"] button').click();
    expect((await post).headers()['anti-csrftoken-a2z']).toBe('rgfx-token');
    await expect.poll(() => page.locator('#ayb-app kat-alert[variant="success"] > span[slot=header]').textContent()).toContain('A review will be requested for this order.');
    expect(browser.state.solicited.has(ORDER_IDS.twentyDays)).toBe(true);
    await page.reload();
    await expect.poll(() => page.locator('.ayb-request-review-error-description').textContent()).toBe('You have already requested a review for this order.');
    await page.close();
  });

  it('not eligible on load: warning header and the exact texts', async () => {
    const page = await open(reviewUrl(ORDER_IDS.tooLate));
    await expect.poll(() => page.locator('kat-alert[variant="warning"] > span[slot=header]').textContent()).toBe('Not eligible at this time');
    expect(await page.locator('.ayb-request-review-error-description').textContent()).toBe('You can\u2019t use this feature to request a review outside the 5-30 day range after the order delivery date.');
    expect(await page.locator('kat-button[label="Yes"]').count()).toBe(0);
    await page.goto(reviewUrl(ORDER_IDS.alreadyRequested));
    await expect.poll(() => page.locator('.ayb-request-review-error-description').textContent()).toBe('You have already requested a review for this order.');
    await page.close();
  });

  it('error only after Yes for the errorAfterYes scenario', async () => {
    const page = await open(reviewUrl(ORDER_IDS.alreadyRequestedErrorAfterYes));
    await page.locator('kat-button[label="Yes"] button').click();
    await expect.poll(() => page.locator('.ayb-request-review-error-description').textContent()).toBe('You have already requested a review for this order.');
    expect(browser.state.solicited.has(ORDER_IDS.alreadyRequestedErrorAfterYes)).toBe(false);
    await page.close();
  });
});

describe('router', () => {
  it('serves every required host, 404s unknown paths, aborts and records other hosts', async () => {
    const page = await browser.page();
    for (const host of ['sellercentral.amazon.com', 'sellercentral.amazon.co.uk', 'sellercentral.amazon.de', 'sellercentral.amazon.co.jp', 'sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com']) {
      await page.goto(`https://${host}/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=${MARKETPLACE.US}`);
      expect(await page.locator('#ayb-app #ayb-contact-buyer').count()).toBe(1);
    }
    const missing = await page.goto(`${US}/does/not/exist`);
    expect(missing?.status()).toBe(404);
    await page.evaluate(() => fetch('https://example.com/x').catch(() => null));
    expect(browser.state.blocked).toContain('https://example.com/x');
    expect(browser.state.requests.some((r) => r.url === 'https://example.com/x')).toBe(true);
    await page.close();
  });

  it('delivery windows start at local midnight and end at 23:59:59 in the order marketplace zone', () => {
    const zones: Record<string, string> = { [MARKETPLACE.US]: 'America/Los_Angeles', [MARKETPLACE.UK]: 'Europe/London', [MARKETPLACE.DE]: 'Europe/Berlin', [MARKETPLACE.JP]: 'Asia/Tokyo' };
    const clock = (ms: number, zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(ms);
    const day = (ms: number, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(ms);
    for (const o of browser.state.orders.filter((x) => x.earliestDeliveryAt !== undefined)) {
      const zone = zones[o.marketplaceId]!;
      expect(clock(o.earliestDeliveryAt!, zone)).toBe('00:00:00');
      expect(clock(o.latestDeliveryAt!, zone)).toBe('23:59:59');
    }
    const sweet = order(ORDER_IDS.sweetSpot);
    expect(day(sweet.earliestDeliveryAt!, zones[MARKETPLACE.US]!)).toBe(day(browser.state.now - 9 * 24 * HOUR, zones[MARKETPLACE.US]!));
  });

  it('exports scenario definitions matching what the router materialized', () => {
    for (const s of THREAD_SCENARIOS) {
      expect(thread(s.caseId).messages.slice(0, s.messages.length).map((m) => m.at)).toEqual(s.messages.map((m) => Math.round(browser.state.now - m.hoursAgo * HOUR)));
    }
  });
});
