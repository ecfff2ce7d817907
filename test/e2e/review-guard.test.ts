// Request a Review guard on Order details, in Chromium against the fixture Seller Central.
// Invariants: the control is really disabled for every blocking reason (aria-disabled, no navigation on
// click / Enter / middle-click) with the reason visible next to it; eligible and unknown-delivery stay
// usable; the guard survives the host's re-render (Refresh) and works on the legacy markup; when the
// order JSON fails the guard falls back to the page text and says so; a message-channel request blocks.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { sendFromPopup } from './extension-helpers';
import { RAR, waitForGuard, withOrderJsonFailing } from './review-helpers';
import { ORDER_IDS } from '../fixtures/seller-central/scenarios';
import { openContactBuyer, typeMessage } from './composer-helpers';

const ext = useExtension();
const page = useSharedPage(ext);

const US = 'ATVPDKIKX0DER';
/** the UK order lives on the UK host; the rest are US orders */
const hostOf = (id: string) => (id === ORDER_IDS.uk ? 'sellercentral.amazon.co.uk' : 'sellercentral.amazon.com');
const orderUrl = (id: string, query = '') => `https://${hostOf(id)}/orders-v3/order/${id}${query}`;

async function openOrder(id: string, query = '') {
  await page.goto(orderUrl(id, query));
  const rar = page.locator(RAR);
  await waitForGuard(page);
  return rar;
}

async function reasonText() {
  return (await page.locator('[data-rg="review-reason"]').textContent())?.trim() ?? '';
}

async function expectDoesNotNavigate(action: () => Promise<void>) {
  const before = page.url();
  await action();
  await page.waitForTimeout(400);
  expect(page.url()).toBe(before);
}

describe('Request a Review guard (order details)', () => {
  it('too-early: disabled, no navigation on click, Enter or middle-click, reason "opens on"', async () => {
    const rar = await openOrder(ORDER_IDS.deliveredTwoDaysAgo);
    await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('too-early');
    expect(await rar.getAttribute('aria-disabled')).toBe('true');
    expect(await reasonText()).toMatch(/opens on \d{1,2} [A-Z][a-z]{2}/);
    await expectDoesNotNavigate(() => rar.click({ force: true }));
    await expectDoesNotNavigate(async () => {
      await rar.focus();
      await page.keyboard.press('Enter');
    });
    const pagesBefore = ext.context.pages().length;
    await expectDoesNotNavigate(() => rar.click({ button: 'middle', force: true }));
    await page.waitForTimeout(300);
    expect(ext.context.pages().length).toBe(pagesBefore);
  });

  it('too-late: disabled with "closed on"', async () => {
    const rar = await openOrder(ORDER_IDS.tooLate);
    await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('too-late');
    expect(await rar.getAttribute('aria-disabled')).toBe('true');
    expect(await reasonText()).toMatch(/closed on \d{1,2} [A-Z][a-z]{2}/);
    await expectDoesNotNavigate(() => rar.click({ force: true }));
  });

  it('already-requested (Amazon says so): disabled with the reason', async () => {
    const rar = await openOrder(ORDER_IDS.alreadyRequested);
    await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('already-requested');
    expect(await rar.getAttribute('aria-disabled')).toBe('true');
    expect(await reasonText()).toMatch(/already requested/i);
  });

  it('eligible: enabled, reason visible, clicking navigates to the review page', async () => {
    const rar = await openOrder(ORDER_IDS.twentyDays);
    await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('eligible');
    expect(await rar.getAttribute('aria-disabled')).toBeNull();
    expect(await reasonText()).toMatch(/open until/i);
    await rar.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/messaging/reviews');
  });

  it('unknown-delivery: not disabled, a warning that Amazon decides', async () => {
    const rar = await openOrder(ORDER_IDS.unknownDelivery);
    await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('unknown-delivery');
    expect(await rar.getAttribute('aria-disabled')).toBeNull();
    expect(await reasonText()).toMatch(/Amazon will decide/);
  });

  it('review-sent-by-message: a message-channel request blocks the button', async () => {
    const reply = await sendFromPopup(ext, 'review/record', { host: 'sellercentral.amazon.com', orderId: ORDER_IDS.sweetSpot, marketplaceId: US, channel: 'message', at: Date.now(), source: 'message-sent' });
    expect(reply).toMatchObject({ ok: true });
    const rar = await openOrder(ORDER_IDS.sweetSpot);
    await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('review-sent-by-message');
    expect(await rar.getAttribute('aria-disabled')).toBe('true');
    expect(await reasonText()).toMatch(/by message on/);
    await expectDoesNotNavigate(() => rar.click({ force: true }));
  });

  it('a review asked for in a message sent through the composer blocks the button (end to end)', async () => {
    const host = hostOf(ORDER_IDS.uk);
    const UK = 'A1F83G8C2ARO7P';
    const before = await openOrder(ORDER_IDS.uk).then(() => page.locator(RAR).getAttribute('data-rg-review'));
    expect(before).toBe('eligible');
    await openContactBuyer(page, host, ORDER_IDS.uk, UK);
    await typeMessage(page, 'Please leave a review when you can.');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await page.locator('[data-rg="send-guard"] [data-rg-action="risky"]').click();
    await expect.poll(() => ext.state.sent.some((m) => m.orderId === ORDER_IDS.uk), { timeout: 10_000 }).toBe(true);
    await page.goto(orderUrl(ORDER_IDS.uk));
    const rar = page.locator(RAR);
    await expect.poll(() => rar.getAttribute('data-rg-review'), { timeout: 10_000 }).toBe('review-sent-by-message');
    expect(await rar.getAttribute('aria-disabled')).toBe('true');
  });

  it('Refresh re-renders the header: the new node is guarded again', async () => {
    const rar = await openOrder(ORDER_IDS.tooLate);
    await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('too-late');
    await page.evaluate((sel) => ((document.querySelector(sel) as HTMLElement).dataset.rgOld = '1'), RAR);
    await page.locator('[data-test-id="refresh-button"]').click();
    // a fresh node without our marker from before ...
    await expect.poll(() => page.evaluate((sel) => (document.querySelector(sel) as HTMLElement | null)?.dataset.rgOld ?? 'new', RAR)).toBe('new');
    // ... that is blocked again
    await expect.poll(() => rar.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('too-late');
    expect(await page.locator('[data-rg="review-reason"]').count()).toBe(1);
    await expectDoesNotNavigate(() => rar.click({ force: true }));
  });

  it('legacy markup (request-a-review-button) is guarded the same way', async () => {
    const rar = await openOrder(ORDER_IDS.deliveredTwoDaysAgo, '?rgfx_markup=legacy');
    expect(await page.locator('span[data-test-id="request-a-review-button"] a').count()).toBe(1);
    await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('too-early');
    expect(await rar.getAttribute('aria-disabled')).toBe('true');
    await expectDoesNotNavigate(() => rar.click({ force: true }));
  });

  it('falls back to the page text when the order JSON fails, and says so', async () => {
    await withOrderJsonFailing(ext, async () => {
      const rar = await openOrder(ORDER_IDS.tooLate);
      await expect.poll(() => rar.getAttribute('data-rg-review')).toBe('too-late');
      expect(await rar.getAttribute('aria-disabled')).toBe('true');
      expect(await reasonText()).toMatch(/read from the page text/);
    });
  });

  it('never POSTs to the solicitation API and rate-limits its look-ups', () => {
    const solicitations = ext.state.requests.filter((r) => r.url.includes('/messaging/api/solicitations/'));
    expect(solicitations.length).toBeGreaterThan(0);
    // the only POST comes from nobody: no test here clicked Yes
    expect(solicitations.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
