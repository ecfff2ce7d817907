// The inbox in the running project's browser, with Amazon's inbox JSON served: an exact badge on every
// waiting thread in the right state, the extension clock moving the states, a reply removing a badge;
// then the popup (opened in a tab) lists the overdue and at-risk threads, the toolbar counts the
// overdue ones, health and CRT say what they know - and all of it survives an extension reload
// (the database lives in the extension's origin: IndexedDB behind the background event page).
import { describe, expect, it } from 'vitest';
import { browserName, useBrowser, useSharedPage, until, type RgPage } from '../browsers';
import { expectedState } from '../../e2e/inbox-suite';
import { popupUntil } from './popup';

const b = useBrowser();
let page: RgPage = useSharedPage(b);
const HOUR = 3_600_000;
const INBOX = 'https://sellercentral.amazon.com/messaging/inbox?fi=responseNeeded';

interface Badge { state: string | null; estimated: boolean; dueAt: string | null; text: string }
/** (in the page) thread id -> its badge (rows may live in shadow roots) */
const badges = () => {
  const all: Element[] = [];
  const visit = (root: Document | ShadowRoot) => {
    all.push(...root.querySelectorAll('[data-rg="sla-badge"]'));
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot && host.getAttribute('data-rg') !== 'sla-badge') visit(host.shadowRoot);
  };
  visit(document);
  return Object.fromEntries(
    all.map((el) => [
      el.getAttribute('data-thread-id') ?? '',
      { state: el.getAttribute('data-state'), estimated: el.getAttribute('data-estimated') === 'true', dueAt: el.getAttribute('data-due-at'), text: el.shadowRoot?.textContent ?? '' },
    ]),
  ) as Record<string, Badge>;
};

const expectedIds = (state: string) => b.state.threads.filter((t) => expectedState(t, Date.now()) === state).map((t) => t.caseId).sort();
const waiting = () => b.state.threads.filter((t) => expectedState(t, Date.now()) !== undefined);

describe('inbox badges and the popup', () => {
  it('an exact badge on every waiting thread, in the state its age gives', async () => {
    await page.goto(INBOX);
    const want = waiting().map((t) => t.caseId).sort();
    const exactIds = async () => Object.entries(await page.evaluate(badges)).filter(([, x]) => !x.estimated).map(([id]) => id).sort();
    await expect.poll(exactIds, { timeout: 20_000 }).toEqual(want);
    const on = await page.evaluate(badges);
    for (const t of b.state.threads) expect(on[t.caseId]?.state, `${t.buyer} (${t.note})`).toBe(expectedState(t, Date.now()));
    for (const id of expectedIds('overdue')) expect(on[id]!.text).toMatch(/^Overdue by/);
    for (const id of expectedIds('on-track')) expect(on[id]!.text).toMatch(/left$/);
  });

  it('the extension clock moves on-track to at-risk to overdue and back', async () => {
    const id = expectedIds('on-track')[0]!;
    const stateOf = async () => (await page.evaluate(badges))[id]?.state;
    for (const [offset, want] of [[19 * HOUR, 'at-risk'], [23 * HOUR, 'overdue'], [0, 'on-track']] as const) {
      await b.setClockOffset(offset);
      await expect.poll(stateOf, { timeout: 10_000 }).toBe(want);
    }
  });

  it('the popup lists exactly the overdue and at-risk threads, the toolbar counts the overdue ones, health says ok', async () => {
    const want = { overdue: expectedIds('overdue'), atRisk: expectedIds('at-risk') };
    const view = await popupUntil(b, (v) => v.overdue.length === want.overdue.length && v.atRisk.length === want.atRisk.length && v.health.inbox === 'ok');
    expect({ overdue: view.overdue, atRisk: view.atRisk }).toEqual(want);
    expect(view.health.inbox).toBe('ok');
    // CRT says "no data" until enough replies were counted (no data-value then)
    expect(view.crt.zone).toBe('no-data');
    expect(view.crt.value).toBeNull();
    // the toolbar count is refreshed 250 ms after a change (one refresh for a whole scan)
    await expect.poll(() => b.badgeText(), { timeout: 10_000 }).toBe(String(want.overdue.length));
  });

  it('a reply in the open thread removes its badge', async () => {
    const target = waiting().find((t) => expectedState(t, Date.now()) === 'on-track' && !/[<\u202e]/.test(t.buyer))!;
    await page.goto(`${INBOX}&cc=${target.caseId}`);
    await expect.poll(async () => (await page.evaluate(badges))[target.caseId]?.state, { timeout: 10_000 }).toBe('on-track');
    // the seller replies as soon as the reply box is there, without waiting for the checker: a Send clicked within the composer
    // engine's load (~2 s on a fresh page, more on a busy machine) is recorded by the light content script (early-send.ts)
    await until(page, () => document.querySelector('.reply-box kat-textarea')?.shadowRoot?.querySelector('textarea') != null, undefined, { what: 'the reply box' });
    await page.click('.reply-box kat-textarea >>> textarea');
    await page.type('Hello, the replacement part ships today with tracking.');
    await page.click('.reply-send-button >>> button');
    await expect.poll(async () => (await page.evaluate(badges))[target.caseId], { timeout: 10_000 }).toBeUndefined();
    await expect.poll(() => b.state.sent.some((m) => m.caseId === target.caseId), { timeout: 5_000 }).toBe(true);
  });

  // Firefox: the background is an event page and the database IndexedDB in the extension's origin
  it.runIf(browserName() === 'firefox')('the database survives an extension reload: the popup still lists the threads, with no inbox open', async () => {
    const want = { overdue: expectedIds('overdue'), atRisk: expectedIds('at-risk') };
    await page.close();
    await b.reloadExtension();
    const view = await popupUntil(b, (v) => v.overdue.length === want.overdue.length && v.atRisk.length === want.atRisk.length);
    expect({ overdue: view.overdue, atRisk: view.atRisk }).toEqual(want);
    expect(await b.badgeText()).toBe(String(want.overdue.length));
  });

  it('Options (opened in a tab): a shorter internal reply target typed there re-colours the open inbox at once', async () => {
    page = await b.newPage();
    await page.goto(INBOX);
    const id = expectedIds('on-track')[0]!;
    await expect.poll(async () => (await page.evaluate(badges))[id]?.state, { timeout: 15_000 }).toBe('on-track');
    const options = await b.openOptions();
    await until(options, () => document.querySelector('[data-rg="internal-sla"]') !== null, undefined, { what: 'the options form' });
    await options.click('[data-rg="internal-sla"]');
    await options.evaluate(() => document.querySelector<HTMLInputElement>('[data-rg="internal-sla"]')!.select());
    await options.type('1');
    await options.press('Tab'); // saved on blur
    await until(options, () => document.querySelector('[data-rg="options-status"]')?.getAttribute('data-kind') === 'ok', undefined, { what: 'the settings saved' });
    // every waiting thread is more than an hour old: past a 1 h target
    await expect.poll(async () => (await page.evaluate(badges))[id]?.state, { timeout: 10_000 }).toBe('at-risk');
    await options.close();
  });
});

