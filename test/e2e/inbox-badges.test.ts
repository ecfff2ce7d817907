// Amazon's inbox JSON is not served here (rgfx_api=404): this file tests the page readers alone;
// inbox-markup-*.test.ts test the JSON path on every markup.
// Inbox invariants: every unanswered thread gets a badge whose state follows its age (on-track,
// at-risk past the internal SLA, overdue past 24 h); an estimate is marked; opening a thread gives the
// exact time; a reply removes the badge; moving the extension clock moves the states; the popup lists
// exactly the overdue and at-risk threads, and the toolbar count matches.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { openFreshPopup, setClockOffset } from './extension-helpers';
import { slaBadges as badges, withExactTime } from './inbox-helpers';
import { CASE } from '../fixtures/seller-central/scenarios';

declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };
const ext = useExtension();
const page = useSharedPage(ext);
const HOUR = 3_600_000;

describe('inbox SLA badges', () => {
  it('puts a badge on every unanswered thread with the right state', async () => {
    await page.goto('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&rgfx_api=404');
    await expect.poll(async () => Object.keys(await badges(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(7);
    await withExactTime(page, 'Bob', CASE.ONTRACK);
    const b = await badges(page);
    expect(b[CASE.ONTRACK]?.state).toBe('on-track');
    expect(b[CASE.OVERDUE]?.state).toBe('overdue');
    // a day without a time in the list ("Yesterday" for 30 h ago) makes the deadline an estimate,
    // taken from the start of that day (the pessimistic end); 21 h ago is "Yesterday" too, except late
    // in the marketplace's evening, when the list shows today's clock time and the time is exact
    expect(b[CASE.OVERDUE]?.estimated).toBe(true);
    const atRiskRow = page.locator('[role="listitem"]', { hasText: 'Carla' });
    expect(b[CASE.ATRISK]?.estimated).toBe(/Yesterday/.test(await atRiskRow.innerText()));
    expect(b[CASE.ONTRACK]?.estimated).toBe(false);
    expect(b[CASE.ANSWERED]).toBeUndefined();
    const onTrack = page.locator(`[data-rg="sla-badge"][data-thread-id="${CASE.ONTRACK}"]`);
    expect(await onTrack.evaluate((el) => el.shadowRoot?.textContent)).toMatch(/^2[12] h( \d+ min)? left$/);
    // screen readers hear the countdown; the tooltip gives the due time in local and marketplace time
    expect(await onTrack.getAttribute('aria-label')).toMatch(/left/);
    // (filled in idle time right after the badges appear)
    await expect.poll(() => onTrack.getAttribute('title')).toMatch(/your time.*marketplace time/);
    expect(await page.locator(`[data-rg="sla-badge"][data-thread-id="${CASE.OVERDUE}"]`).evaluate((el) => el.shadowRoot?.textContent)).toMatch(/^Overdue by \d+ h/);
  });

  it('opening a thread replaces an estimate with the exact time', async () => {
    await page.locator('.thread-link', { hasText: 'Carla' }).click();
    await expect.poll(async () => (await badges(page))[CASE.ATRISK]?.estimated, { timeout: 10_000 }).toBe(false);
    const badge = (await badges(page))[CASE.ATRISK];
    expect(badge?.state, JSON.stringify({ badge, now: new Date().toISOString() })).toBe('at-risk');
    // the exact time came from the page: the click kept the fixture's variant (the JSON still 404s), so
    // the extension never got as far as one case's messages (a click that dropped rgfx_api=404 once let
    // the JSON answer, and the overdue thread's time was exact before the first test read it)
    expect(new URL(page.url()).searchParams.get('rgfx_api')).toBe('404');
    expect(ext.state.requests.filter((r) => /\/messaging\/api\/global\/cases\/[^/?]+/.test(new URL(r.url).pathname))).toEqual([]);
  });

  it('opening a thread uses the exact time of the EARLIEST unanswered message', async () => {
    await page.locator('.thread-link', { hasText: 'Erin' }).click();
    // CASE-TWO has two unanswered buyer messages; the list shows only the latest, the thread both
    const thread = ext.state.threads.find((t) => t.caseId === CASE.TWO)!;
    const earliest = Math.min(...thread.messages.filter((m) => m.from === 'buyer').map((m) => m.at));
    await expect.poll(async () => {
      const badge = (await badges(page))[CASE.TWO];
      return badge && !badge.estimated ? Math.abs(Date.parse(badge.dueAt!) - (earliest + 24 * HOUR)) : Infinity;
    }, { timeout: 10_000 }).toBeLessThan(60_000); // the thread shows minutes, not seconds
  });

  it('a reply removes the badge', async () => {
    await page.locator('.reply-box kat-textarea textarea').fill('Hello Erin, a white stand is on its way today.');
    await page.locator('.reply-send-button button').click();
    await expect.poll(async () => (await badges(page))[CASE.TWO], { timeout: 10_000 }).toBeUndefined();
  });

  it('moving the clock moves on-track to at-risk to overdue', async () => {
    await setClockOffset(ext, 19 * HOUR);
    await expect.poll(async () => (await badges(page))[CASE.ONTRACK]?.state, { timeout: 10_000 }).toBe('at-risk');
    await setClockOffset(ext, 23 * HOUR);
    await expect.poll(async () => (await badges(page))[CASE.ONTRACK]?.state, { timeout: 10_000 }).toBe('overdue');
    await setClockOffset(ext, 0);
    await expect.poll(async () => (await badges(page))[CASE.ONTRACK]?.state, { timeout: 10_000 }).toBe('on-track');
  });

  it('the popup lists exactly the overdue and at-risk threads and the toolbar count matches', async () => {
    // the page's threads reach storage after the clock test's last move, and a thread near a threshold
    // changes state while the test runs: each try reads the page's badges and a fresh popup together (a CI
    // run under load caught the popup a step behind the page)
    const idsIn = (onPage: Awaited<ReturnType<typeof badges>>, state: string) =>
      Object.entries(onPage).filter(([, b]) => b.state === state).map(([id]) => id).sort();
    let overdueOnPage = -1;
    const compared = async () => {
      const popup = await openFreshPopup(ext);
      try {
        await expect.poll(async () => popup.locator('[data-rg="overdue-list"] [data-rg-thread]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        const ids = async (list: string) => popup.locator(`[data-rg="${list}"] [data-rg-thread]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-thread-id')).sort());
        const popupLists = { overdue: await ids('overdue-list'), atRisk: await ids('at-risk-list') };
        const onPage = await badges(page);
        overdueOnPage = idsIn(onPage, 'overdue').length;
        return { popup: popupLists, page: { overdue: idsIn(onPage, 'overdue'), atRisk: idsIn(onPage, 'at-risk') } };
      } finally {
        await popup.close();
      }
    };
    await expect.poll(async () => {
      const { popup, page: onPage } = await compared();
      return JSON.stringify(popup) === JSON.stringify(onPage) ? 'same' : JSON.stringify({ popup, onPage });
    }, { timeout: 20_000, interval: 500 }).toBe('same');
    // the toolbar count is refreshed 250 ms after a change (one refresh for a whole scan)
    await expect.poll(() => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe(String(overdueOnPage));
  });

  it('"No response needed", once confirmed, stops the clock and is counted in the popup', async () => {
    await page.locator('.thread-link', { hasText: 'Alice' }).click();
    await expect.poll(async () => (await badges(page))[CASE.RELATIVE]?.state, { timeout: 10_000 }).toBeTruthy();
    await page.locator('.thread-view a.no-response-needed').click();
    // Alice asks something: the composer's guard asks first (composer-inbox.test.ts covers it)
    await page.locator('[data-rg="nrn-guard"] [data-rg-action="risky"]').click();
    await expect.poll(async () => (await badges(page))[CASE.RELATIVE], { timeout: 10_000 }).toBeUndefined();
    const popup = await openFreshPopup(ext);
    await expect.poll(async () => popup.locator('[data-rg="nrn-usage"]').textContent(), { timeout: 10_000 }).toMatch(/\b1 times?\b/);
    expect(await popup.locator(`[data-rg="overdue-list"] [data-thread-id="${CASE.RELATIVE}"], [data-rg="at-risk-list"] [data-thread-id="${CASE.RELATIVE}"]`).count()).toBe(0);
    await popup.close();
  });
});
