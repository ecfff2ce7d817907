// The inbox inside a same-origin iframe (seen on some accounts, spec §2.5): badges appear on the rows
// inside the frame, and opening a thread (the frame's own SPA navigation) gives its exact time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, type Launched } from './harness';

let ext: Launched;
let page: Page;

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.page();
});
afterAll(async () => ext?.close());

async function frameBadges(frame: Frame): Promise<Record<string, { state: string | null; estimated: boolean }>> {
  return frame.locator('[data-rg="sla-badge"]').evaluateAll((els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-thread-id'), { state: el.getAttribute('data-state'), estimated: el.getAttribute('data-estimated') === 'true' }])),
  );
}

describe('inbox in a same-origin iframe', () => {
  it('badges the rows inside the frame and reads the open thread there', async () => {
    await page.goto('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&rgfx_frame=1');
    const frameElement = await page.waitForSelector('iframe#messaging-frame');
    const frame = (await frameElement.contentFrame())!;
    await expect.poll(async () => Object.keys(await frameBadges(frame)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(7);
    const before = await frameBadges(frame);
    expect(before['CASE-OVERDUE']?.state).toBe('overdue');
    expect(before['CASE-ATRISK']?.estimated).toBe(true);
    expect(before['CASE-ANSWERED']).toBeUndefined();
    // nothing outside the frame: the top page has no rows
    expect(await page.locator('[data-rg="sla-badge"]').count()).toBe(0);

    await frame.locator('.thread-link', { hasText: 'Carla' }).click();
    await expect.poll(async () => (await frameBadges(frame))['CASE-ATRISK']?.estimated, { timeout: 15_000 }).toBe(false);
    expect((await frameBadges(frame))['CASE-ATRISK']?.state).toBe('at-risk');
  });
});
