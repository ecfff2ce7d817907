// Amazon's inbox JSON is not served here (rgfx_api=404): this file tests the page readers alone;
// inbox-markup-*.test.ts test the JSON path on every markup.
// The inbox in other UIs: German ("14:14", "Gestern", "26. Nov.") and Japanese ("14:14", "昨日",
// "11月26日") list times give the same badge states as the English UI, with countdowns in that language.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { slaBadges as badges, withExactTime } from './inbox-helpers';
import { CASE } from '../fixtures/seller-central/scenarios';

const ext = useExtension();
const page = useSharedPage(ext);

describe.each([
  { host: 'sellercentral.amazon.de', left: /^noch \d+ Std\./, over: /überfällig$/ },
  { host: 'sellercentral.amazon.co.jp', left: /^残り\d+時間/, over: /超過$/ },
])('inbox on $host', ({ host, left, over }) => {
  it('gives every unanswered thread its state, in the UI language', async () => {
    await page.goto(`https://${host}/messaging/inbox-v3?fi=responseNeeded&rgfx_api=404`);
    await expect.poll(async () => Object.keys(await badges(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(7);
    await withExactTime(page, 'Bob', CASE.ONTRACK);
    const b = await badges(page);
    expect(b[CASE.ONTRACK]?.state).toBe('on-track');
    expect(b[CASE.ONTRACK]?.text).toMatch(left);
    expect(b[CASE.OVERDUE]?.state).toBe('overdue');
    expect(b[CASE.OVERDUE]?.text).toMatch(over);
    expect(b[CASE.ANSWERED]).toBeUndefined();
  });
});
