// The inbox e2e suite, run on every fixture inbox markup (the team's own and three written apart from
// the readers, `rgfx_markup`), with Amazon's inbox JSON served and with it missing (the page readers
// alone), in English, German and Japanese. Expectations come from the router's thread state, never
// from the extension's own rules.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension, useSharedPage } from './setup';
import { healthInPopup, openFreshPopup } from './extension-helpers';
import { slaBadges } from './inbox-helpers';
import type { InboxMarkup } from './fixture-router';
import type { Launched } from './harness';
import { awaitsResponse, type FixtureThread } from '../fixtures/seller-central/scenarios';

declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };
const HOUR = 3_600_000;
const INTERNAL_SLA_HOURS = 20; // the default setting

const HOSTS = {
  en: { host: 'sellercentral.amazon.com', send: /^(Send|Reply)$/, all: 'all', left: /left$/, over: /^Overdue by/ },
  de: { host: 'sellercentral.amazon.de', send: /^(Senden|Antworten)$/, all: 'all', left: /^noch /, over: /überfällig$/ },
  ja: { host: 'sellercentral.amazon.co.jp', send: /^(送信|返信)$/, all: 'all', left: /^残り/, over: /超過$/ },
} as const;
type Lang = keyof typeof HOSTS;

/** The earliest buyer message still waiting (after the last seller message and the last NRN mark). */
function waitingSince(thread: FixtureThread): number | undefined {
  if (!awaitsResponse(thread)) return undefined;
  let since: number | undefined;
  const closedAt = Math.max(-Infinity, ...thread.nrnAt);
  for (const m of [...thread.messages].sort((a, b) => a.at - b.at)) {
    if (m.from === 'seller' || m.at <= closedAt) since = undefined;
    else since ??= m.at;
  }
  return since;
}

export function expectedState(thread: FixtureThread, now: number): 'on-track' | 'at-risk' | 'overdue' | undefined {
  const since = waitingSince(thread);
  if (since === undefined) return undefined;
  const age = now - since;
  return age > 24 * HOUR ? 'overdue' : age > INTERNAL_SLA_HOURS * HOUR ? 'at-risk' : 'on-track';
}

function inboxUrl(lang: Lang, markup: InboxMarkup, params: Record<string, string> = {}) {
  const query = new URLSearchParams({ fi: 'responseNeeded', rgfx_markup: markup, ...params });
  return `https://${HOSTS[lang].host}/messaging/inbox?${query}`;
}

/** Opens a thread the way a seller does: a click on the buyer's name in the list. */
async function openThread(page: Page, thread: FixtureThread) {
  await page.getByText(thread.buyer, { exact: true }).first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get('cc'), { timeout: 10_000 }).toBe(thread.caseId);
}

async function reply(page: Page, lang: Lang, text: string) {
  await page.locator('textarea').last().fill(text);
  await page.getByRole('button', { name: HOSTS[lang].send }).last().click();
}

/** The popup lists exactly these overdue and at-risk threads, and the toolbar counts the overdue ones. */
async function expectPopupLists(ext: Launched, ids: (state: 'overdue' | 'at-risk') => string[]) {
  const popup = await openFreshPopup(ext);
  const listed = async (list: string) => popup.locator(`[data-rg="${list}"] [data-rg-thread]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-thread-id')).sort());
  await expect.poll(() => listed('overdue-list'), { timeout: 10_000 }).toEqual(ids('overdue').sort());
  await expect.poll(() => listed('at-risk-list'), { timeout: 10_000 }).toEqual(ids('at-risk').sort());
  await popup.close();
  // the toolbar count is refreshed 250 ms after a change (one refresh for a whole scan)
  await expect.poll(() => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe(String(ids('overdue').length));
}

const awaiting = (ext: Launched) => ext.state.threads.filter((t) => waitingSince(t) !== undefined);

/**
 * With Amazon's JSON: every waiting thread gets an exact badge before any thread is opened, in each
 * language (one browser: each host keeps its own records; expectations follow the router's state).
 */
export function jsonSuite(markup: InboxMarkup, langs: readonly Lang[] = ['en', 'de', 'ja']) {
  describe(`inbox (${markup} markup, Amazon's JSON served)`, () => {
    const ext = useExtension();
    const page = useSharedPage(ext);
    for (const lang of langs) jsonTests(ext, page, markup, lang, lang === 'en');
  });
}

function jsonTests(ext: Launched, page: Page, markup: InboxMarkup, lang: Lang, full: boolean) {
  describe(lang, () => {
    it('badges every waiting thread exactly, before any thread is opened', async () => {
      await page.goto(inboxUrl(lang, markup));
      const want = awaiting(ext);
      // exact to the second: Amazon's epoch-ms times, not a list or thread text read to the minute
      const exact = async () => {
        const b = await slaBadges(page);
        return want.filter((t) => b[t.caseId] && !b[t.caseId]!.estimated && Math.abs(Date.parse(b[t.caseId]!.dueAt!) - (waitingSince(t)! + 24 * HOUR)) < 1000).length;
      };
      await expect.poll(exact, { timeout: 20_000 }).toBe(want.length);
      const b = await slaBadges(page);
      const now = Date.now();
      for (const t of ext.state.threads) {
        const state = expectedState(t, now);
        expect(b[t.caseId]?.state, `${t.buyer} (${t.note})`).toBe(state);
        if (!state) continue;
        expect(Math.abs(Date.parse(b[t.caseId]!.dueAt!) - (waitingSince(t)! + 24 * HOUR)), t.buyer).toBeLessThan(1000);
        expect(b[t.caseId]!.text).toMatch(state === 'overdue' ? HOSTS[lang].over : HOSTS[lang].left);
      }
      expect(Object.keys(b).sort()).toEqual(want.map((t) => t.caseId).sort());
    });

    it('keeps the badges on the "All" view, where rows carry no "Response needed"', async () => {
      await page.goto(inboxUrl(lang, markup, { fi: HOSTS[lang].all }));
      const want = awaiting(ext).map((t) => t.caseId).sort();
      // the page's own estimates may come first; Amazon's exact times replace them within seconds
      const exactIds = async () => Object.entries(await slaBadges(page)).filter(([, b]) => !b.estimated).map(([id]) => id).sort();
      await expect.poll(exactIds, { timeout: 15_000 }).toEqual(want);
      expect(Object.keys(await slaBadges(page)).sort()).toEqual(want);
    });

    it.runIf(full)('puts no badge on the "Sent" and "Resolved" views, where nothing listed waits', async () => {
      for (const fi of ['sent', 'resolved']) {
        await page.goto(inboxUrl(lang, markup, { fi }));
        await page.waitForTimeout(1_500);
        expect(Object.keys(await slaBadges(page)), fi).toEqual([]);
      }
    });

    it.runIf(full)('the popup lists the overdue and at-risk threads and the toolbar counts the overdue ones', async () => {
      const now = Date.now();
      await expectPopupLists(ext, (state) => ext.state.threads.filter((t) => expectedState(t, now) === state).map((t) => t.caseId));
      // health is reported after the page's scan: on a loaded machine the popup may open first
      await expect.poll(async () => (await healthInPopup(ext)).inbox, { timeout: 10_000 }).toBe('ok');
    });

    it.runIf(full)('a reply in the open thread removes its badge', async () => {
      await page.goto(inboxUrl(lang, markup));
      const target = awaiting(ext).find((t) => expectedState(t, Date.now()) === 'on-track' && !/[<\u202e]/.test(t.buyer))!;
      await expect.poll(async () => (await slaBadges(page))[target.caseId]?.state, { timeout: 15_000 }).toBe('on-track');
      await openThread(page, target);
      await reply(page, lang, 'Hello, the replacement part ships today with tracking.');
      await expect.poll(async () => (await slaBadges(page))[target.caseId], { timeout: 15_000 }).toBeUndefined();
    });
  });
}

/** Without Amazon's JSON (404 or a changed shape): the page readers alone, and health says so. */
export function pageOnlySuite(markup: InboxMarkup, api: '404' | 'changed', lang: Lang = 'en') {
  describe(`inbox (${markup} markup, ${lang}, Amazon's JSON ${api === '404' ? 'missing' : 'changed'})`, () => {
    const ext = useExtension();
    const page = useSharedPage(ext);

    it('badges every waiting thread from the page; an estimate is never later than the truth', async () => {
      await page.goto(inboxUrl(lang, markup, { rgfx_api: api }));
      const want = awaiting(ext);
      await expect.poll(async () => Object.keys(await slaBadges(page)).length, { timeout: 15_000 }).toBe(want.length);
      const badges = Object.values(await slaBadges(page));
      const now = Date.now();
      // each thread's badge, matched by due time: an exact one to the minute, an estimate not later.
      // A list row shows the LAST message's time only: with two waiting buyer messages that is the
      // latest one's deadline until the thread is opened (the next test)
      for (const t of want) {
        const dues = t.messages.filter((m) => m.from === 'buyer' && m.at >= waitingSince(t)!).map((m) => m.at + 24 * HOUR);
        const match = badges.find((b) => {
          const at = Date.parse(b.dueAt!);
          return b.estimated ? at <= Math.max(...dues) + 60_000 && Math.max(...dues) - at < 30 * HOUR : dues.some((due) => Math.abs(at - due) < 60_000);
        });
        expect(match, `${t.buyer} (${t.note})`).toBeTruthy();
      }
      expect(badges.filter((b) => b.state === 'overdue').length).toBeGreaterThanOrEqual(ext.state.threads.filter((t) => expectedState(t, now) === 'overdue').length);
      await expect.poll(async () => (await healthInPopup(ext)).inbox, { timeout: 10_000 }).toBe('partial');
    });

    it('the popup and the toolbar count agree with the badges the page readers gave', async () => {
      const onPage = await slaBadges(page);
      await expectPopupLists(ext, (state) => Object.entries(onPage).filter(([, b]) => b.state === state).map(([id]) => id));
    });

    it('opening a thread gives its exact time under its case id', async () => {
      const target = awaiting(ext).find((t) => expectedState(t, Date.now()) === 'at-risk' && t.messages.length === 1)!;
      await openThread(page, target);
      await expect.poll(async () => {
        const b = (await slaBadges(page))[target.caseId];
        return b && !b.estimated ? b.state : undefined;
      }, { timeout: 15_000 }).toBe('at-risk');
    });

    it('a reply in the open thread removes its badge', async () => {
      const target = awaiting(ext).find((t) => expectedState(t, Date.now()) === 'at-risk' && t.messages.length === 1)!;
      await reply(page, lang, 'Hello, a new lid is on its way to you today.');
      await expect.poll(async () => (await slaBadges(page))[target.caseId], { timeout: 15_000 }).toBeUndefined();
    });
  });
}
