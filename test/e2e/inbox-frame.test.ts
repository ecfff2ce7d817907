// Amazon's inbox JSON is not served here (rgfx_api=404): this file tests the page readers alone;
// inbox-markup-*.test.ts test the JSON path on every markup.
// The inbox inside a same-origin iframe (seen on some accounts, spec §2.5): badges appear on the rows
// inside the frame, and opening a thread (the frame's own SPA navigation) gives its exact time.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { slaBadges as frameBadges } from './inbox-helpers';
import { CASE } from '../fixtures/seller-central/scenarios';

const ext = useExtension();
const page = useSharedPage(ext);

describe('inbox in a same-origin iframe', () => {
  it('badges the rows inside the frame and reads the open thread there', async () => {
    await page.goto('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&rgfx_frame=1&rgfx_api=404');
    const frameElement = await page.waitForSelector('iframe#messaging-frame');
    const frame = (await frameElement.contentFrame())!;
    await expect.poll(async () => Object.keys(await frameBadges(frame)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(7);
    const before = await frameBadges(frame);
    expect(before[CASE.OVERDUE]?.state).toBe('overdue');
    // a date without a time in the list makes an estimate: always for 30 h ago; for 21 h ago unless it is
    // late in the marketplace's evening and the list shows today's clock time
    expect(before[CASE.OVERDUE]?.estimated).toBe(true);
    const atRiskRow = frame.locator('[role="listitem"]', { hasText: 'Carla' });
    expect(before[CASE.ATRISK]?.estimated).toBe(/Yesterday/.test(await atRiskRow.innerText()));
    expect(before[CASE.ANSWERED]).toBeUndefined();
    // nothing outside the frame: the top page has no rows
    expect(await page.locator('[data-rg="sla-badge"]').count()).toBe(0);

    await frame.locator('.thread-link', { hasText: 'Carla' }).click();
    await expect.poll(async () => (await frameBadges(frame))[CASE.ATRISK]?.estimated, { timeout: 15_000 }).toBe(false);
    expect((await frameBadges(frame))[CASE.ATRISK]?.state).toBe('at-risk');
  });
});
