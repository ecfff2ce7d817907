// Review page recorder, in Chromium against the fixture Seller Central. Invariants: what Amazon
// answers on /messaging/reviews is remembered - a request that succeeded, "already requested" (shown on
// load, or only after Yes) and "outside the window" - and the order page then blocks the button for it.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { sendFromPopup } from './extension-helpers';
import { openGuarded } from './review-helpers';
import { ORDER_IDS } from '../fixtures/seller-central/scenarios';

const ext = useExtension();
const page = useSharedPage(ext);

const HOST = 'sellercentral.amazon.com';
const US = 'ATVPDKIKX0DER';

interface Stored {
  order?: { amazonSays?: string };
  requests: { channel: string; source: string }[];
}

async function stored(orderId: string): Promise<Stored> {
  const reply = await sendFromPopup<Stored>(ext, 'review/get', { host: HOST, orderId });
  expect(reply.ok).toBe(true);
  return reply.data;
}

async function openReviewPage(orderId: string) {
  await page.goto(`https://${HOST}/messaging/reviews?orderId=${orderId}&marketplaceId=${US}`);
  await page.waitForSelector('#ayb-reviews');
}

const guardOnOrderPage = (orderId: string) => openGuarded(page, `https://${HOST}/orders-v3/order/${orderId}`);

describe('review page recorder', () => {
  it('success after Yes is recorded and then blocks the order page button', async () => {
    expect((await stored(ORDER_IDS.twentyDays)).requests).toEqual([]);
    expect((await guardOnOrderPage(ORDER_IDS.twentyDays)).reason).toBe('eligible');
    await openReviewPage(ORDER_IDS.twentyDays);
    await page.locator('kat-button[label="Yes"]').click();
    await page.waitForSelector('kat-alert[variant="success"]');
    await expect.poll(async () => (await stored(ORDER_IDS.twentyDays)).requests, { timeout: 10_000 }).toEqual([
      expect.objectContaining({ channel: 'button', source: 'amazon-success' }),
    ]);
    const guard = await guardOnOrderPage(ORDER_IDS.twentyDays);
    expect(guard).toMatchObject({ reason: 'already-requested', ariaDisabled: 'true' });
    expect(guard.text).toMatch(/already requested on \d{1,2} [A-Z][a-z]{2}/);
  });

  it('"already requested" shown on load is recorded', async () => {
    await openReviewPage(ORDER_IDS.alreadyRequested);
    await page.waitForSelector('.ayb-request-review-error-description');
    await expect.poll(async () => (await stored(ORDER_IDS.alreadyRequested)).requests, { timeout: 10_000 }).toEqual([
      expect.objectContaining({ channel: 'button', source: 'amazon-already-sent' }),
    ]);
    expect((await stored(ORDER_IDS.alreadyRequested)).order?.amazonSays).toBe('already-sent');
    expect(await guardOnOrderPage(ORDER_IDS.alreadyRequested)).toMatchObject({ reason: 'already-requested', ariaDisabled: 'true' });
  });

  it('"already requested" shown only after Yes is recorded, and blocks although the eligibility GET says yes', async () => {
    await openReviewPage(ORDER_IDS.alreadyRequestedErrorAfterYes);
    await page.locator('kat-button[label="Yes"]').click();
    await page.waitForSelector('.ayb-request-review-error-description');
    await expect.poll(async () => (await stored(ORDER_IDS.alreadyRequestedErrorAfterYes)).requests, { timeout: 10_000 }).toEqual([
      expect.objectContaining({ channel: 'button', source: 'amazon-already-sent' }),
    ]);
    expect(await guardOnOrderPage(ORDER_IDS.alreadyRequestedErrorAfterYes)).toMatchObject({ reason: 'already-requested', ariaDisabled: 'true' });
  });

  it('"outside the window" is recorded as Amazon\'s answer without a request', async () => {
    await openReviewPage(ORDER_IDS.deliveredTwoDaysAgo);
    await page.waitForSelector('.ayb-request-review-error-description');
    await expect.poll(async () => (await stored(ORDER_IDS.deliveredTwoDaysAgo)).order?.amazonSays, { timeout: 10_000 }).toBe('outside-window');
    expect((await stored(ORDER_IDS.deliveredTwoDaysAgo)).requests).toEqual([]);
    expect(await guardOnOrderPage(ORDER_IDS.deliveredTwoDaysAgo)).toMatchObject({ reason: 'too-early', ariaDisabled: 'true' });
  });

  it('only the seller\'s own Yes ever POSTed', () => {
    const posts = ext.state.requests.filter((r) => r.method === 'POST' && r.url.includes('/solicitations/'));
    // two Yes clicks in this file, each made by the test (the seller), none by the extension
    expect(posts).toHaveLength(2);
  });
});
