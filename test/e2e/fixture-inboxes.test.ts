// The three independent inbox markups (?rgfx_markup=grid|table|cards, test/fixtures/seller-central/
// inbox-<markup>.*) behave like a Seller Central inbox WITHOUT the extension, on the US, German and
// Japanese hosts: the Response needed list holds exactly the awaiting cases of the router state, All
// holds all of them, a row opens its case (cc=), the conversation is oldest first with full local
// times, Send and "No response needed" reach the router state, hostile text stays text, and the markup
// keeps clear of the words the extension's readers might key on. Expected texts are computed here with
// Intl, not with the fixtures' own hand-made date tables.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { usePlainChromium } from './setup';
import { CASE, awaitsResponse, materializeThread, type FixtureThread } from '../fixtures/seller-central/scenarios';

const browser = usePlainChromium();
let page: Page;
const dialogs: string[] = [];
beforeAll(async () => {
  page = await browser.page();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

type Lang = 'en' | 'de' | 'ja';
const HOST: Record<Lang, string> = { en: 'sellercentral.amazon.com', de: 'sellercentral.amazon.de', ja: 'sellercentral.amazon.co.jp' };
const ZONE: Record<Lang, string> = { en: 'America/Los_Angeles', de: 'Europe/Berlin', ja: 'Asia/Tokyo' };
const UI: Record<Lang, { all: string; resolved: string; you: string; nrn: string; send: string; reply: string; needed: string; hours: (n: number) => string; days: (n: number) => string }> = {
  en: { all: 'All', resolved: 'Resolved', you: 'You', nrn: 'No response needed', send: 'Send', reply: 'Reply', needed: 'Response needed', hours: (n) => `${n} hours ago`, days: (n) => `${n} day${n === 1 ? '' : 's'} ago` },
  de: { all: 'Alle', resolved: 'Gelöst', you: 'Sie', nrn: 'Keine Antwort erforderlich', send: 'Senden', reply: 'Antworten', needed: 'Antwort erforderlich', hours: (n) => `vor ${n} Stunden`, days: (n) => `vor ${n} Tag${n === 1 ? '' : 'en'}` },
  ja: { all: 'すべて', resolved: '解決済み', you: 'あなた', nrn: '返信不要', send: '送信', reply: '返信', needed: '要返信', hours: (n) => `${n} 時間前`, days: (n) => `${n} 日前` },
};

// ---- expected time texts, from Intl (independent of the fixtures' month tables)
const space = (s: string) => s.replace(/\s/g, ' ');
const fmt = (ms: number, lang: Lang, locale: string, o: Intl.DateTimeFormatOptions) => space(new Intl.DateTimeFormat(locale, { timeZone: ZONE[lang], ...o }).format(ms));
const zoneShort = (ms: number, lang: Lang) => new Intl.DateTimeFormat('en-US', { timeZone: ZONE[lang], timeZoneName: 'short' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')!.value;
const enClock = (ms: number, lang: Lang) => fmt(ms, lang, 'en-US', { hour: 'numeric', minute: '2-digit' });
const deNumeric = (ms: number, lang: Lang) => fmt(ms, lang, 'de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const jaNumeric = (ms: number, lang: Lang) => fmt(ms, lang, 'ja-JP', { year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
const enShortDate = (ms: number, lang: Lang) => fmt(ms, lang, 'en-US', { month: 'short', day: 'numeric', year: 'numeric' });

type Markup = 'grid' | 'table' | 'cards';
interface Variant {
  markup: Markup;
  /** the filter nav */
  nav: string;
  /** one list row */
  row: string;
  /** one entry of the open case, and its parts */
  entry: string;
  author: string;
  when: string;
  body: string;
  nrn(page: Page, lang: Lang): Locator;
  /** the open case's full date-time text */
  stamp(ms: number, lang: Lang): string;
  /** what each row says about itself, in the All view: [text, says response needed, case id if the markup shows one] */
  rowFacts(rows: Locator, lang: Lang): Promise<{ text: string; needed: boolean; key: string | null }[]>;
  /** variant-specific list checks on the Response needed view */
  listTimes(page: Page, lang: Lang): Promise<void>;
}

const thread = (caseId: string): FixtureThread => {
  const found = browser.state.threads.find((t) => t.caseId === caseId);
  if (!found) throw new Error(`no thread ${caseId}`);
  return found;
};
const lastAt = (caseId: string) => thread(caseId).messages.at(-1)!.at;

const VARIANTS: Variant[] = [
  {
    markup: 'grid',
    nav: 'nav.bsm-nav',
    row: 'bsm-conv-grid [role=grid] [role=row][data-conv-key]',
    entry: '[role=log] > div',
    author: '.entry-author',
    when: '.entry-when',
    body: '.entry-text',
    nrn: (p, lang) => p.locator('[role=log]').getByRole('button', { name: UI[lang].nrn, exact: true }),
    stamp: (ms, lang) => (lang === 'en' ? `${enShortDate(ms, lang)} ${enClock(ms, lang)} ${zoneShort(ms, lang)}` : lang === 'de' ? deNumeric(ms, lang) : jaNumeric(ms, lang)),
    rowFacts: (rows) => rows.evaluateAll((els) => els.map((r) => ({ text: r.textContent ?? '', needed: !!r.querySelector('[role=img][aria-label]'), key: r.getAttribute('data-conv-key') }))),
    async listTimes(p, lang) {
      expect(await p.locator(`[data-conv-key="${CASE.ATRISK}"] [role=gridcell]`).last().textContent()).toBe(UI[lang].hours(21));
      expect(await p.locator(`[data-conv-key="${CASE.OVERDUE}"] [role=gridcell]`).last().textContent()).toBe(UI[lang].days(1));
      expect(await p.locator(`[data-conv-key="${CASE.ATRISK}"] [role=img]`).getAttribute('aria-label')).toBe(UI[lang].needed);
      // the flag is an icon only: no visible text in the row says "Response needed"
      expect(await p.locator(`[data-conv-key="${CASE.ATRISK}"]`).textContent()).not.toContain(UI[lang].needed);
    },
  },
  {
    markup: 'table',
    nav: 'aside.bsm-side',
    row: 'table.cases > tbody > tr',
    entry: 'ol.case-log > li',
    author: '.log-author',
    when: '.log-stamp',
    body: '.log-body',
    nrn: (p, lang) => p.getByRole('checkbox', { name: UI[lang].nrn, exact: true }),
    stamp(ms, lang) {
      if (lang === 'ja') return fmt(ms, lang, 'ja-JP', { year: 'numeric', month: 'long', day: 'numeric' }) + ' ' + fmt(ms, lang, 'ja-JP', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
      if (lang === 'de') return `${fmt(ms, lang, 'de-DE', { day: 'numeric', month: 'long', year: 'numeric' })} um ${fmt(ms, lang, 'de-DE', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
      return `${fmt(ms, lang, 'en-US', { month: 'long', day: 'numeric', year: 'numeric' })} at ${enClock(ms, lang)} ${zoneShort(ms, lang)}`;
    },
    rowFacts: (rows, lang) => rows.evaluateAll((els, needed) => els.map((r) => ({ text: r.textContent ?? '', needed: (r.querySelector('td')?.textContent ?? '').includes(needed), key: null })), UI[lang].needed),
    async listTimes(p, lang) {
      const dateOnly = (ms: number) => (lang === 'en' ? enShortDate(ms, lang) : lang === 'de' ? fmt(ms, lang, 'de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }) : fmt(ms, lang, 'ja-JP', { year: 'numeric', month: '2-digit', day: '2-digit' }));
      const cell = (caseId: string) => p.locator('table.cases > tbody > tr', { hasText: thread(caseId).orderId }).locator('td').last();
      expect(await cell(CASE.ATRISK).textContent()).toBe(dateOnly(lastAt(CASE.ATRISK)));
      expect(await cell(CASE.RELATIVE).textContent()).toBe(UI[lang].hours(5));
      // no case id anywhere in the list
      const listHtml = await p.locator('table.cases').evaluate((t) => t.outerHTML);
      expect(browser.state.threads.filter((t) => listHtml.includes(t.caseId))).toEqual([]);
      expect(await p.locator('table.cases thead th').count()).toBe(4);
    },
  },
  {
    markup: 'cards',
    nav: '[role=tablist]',
    row: 'section.card-column > article',
    entry: 'bsm-chat-pane .turn',
    author: '.turn-who',
    when: '.turn-when',
    body: '.bubble',
    nrn: (p, lang) => p.locator('bsm-chat-pane').getByRole('link', { name: UI[lang].nrn, exact: true }),
    stamp: (ms, lang) => (lang === 'en' ? `${enShortDate(ms, lang)}, ${enClock(ms, lang)}` : lang === 'de' ? deNumeric(ms, lang) : jaNumeric(ms, lang)),
    rowFacts: (rows, lang) =>
      rows.evaluateAll((els, needed) => els.map((r) => ({ text: r.textContent ?? '', needed: r.querySelector('kat-label')?.getAttribute('text') === needed, key: r.id.replace(/^conv-/, '') })), UI[lang].needed),
    async listTimes(p, lang) {
      const card = p.locator(`#conv-${CASE.ATRISK}`);
      expect(await card.locator('[title]').getAttribute('title')).toBe(VARIANTS[2]!.stamp(lastAt(CASE.ATRISK), lang));
      expect(await card.locator('a').getAttribute('href')).toMatch(new RegExp(`^\\?fi=responseNeeded&cc=${CASE.ATRISK}(&|$)`));
      // the time is only in the title: no clock text in the card
      expect(await card.textContent()).not.toMatch(/\d{1,2}:\d{2}/);
    },
  },
];

const ORDER_RE = /\d{3}-\d{7}-\d{7}/;
const orderIdsOf = async (v: Variant) => (await page.locator(v.row).allTextContents()).map((t) => ORDER_RE.exec(t)?.[0] ?? `no order id in ${t}`).sort();
const param = (name: string) => new URL(page.url()).searchParams.get(name);
const fixtureWindow = () => page.evaluate(() => (window as unknown as { __rgFixture: { sent: string[]; nrn: string[] } }).__rgFixture);
/** text of the elements matching `selector` anywhere in the document, open shadow roots included
 * (the injected scenario JSON, which holds the hostile strings as data, is left out) */
const deepElements = (selector: string) =>
  page.evaluate((sel) => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const e of root.querySelectorAll(sel)) if (e.id !== 'rgfx-data') out.push(e.outerHTML);
      for (const e of root.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot);
    };
    walk(document);
    return out;
  }, selector);

let extraCount = 0;
/** a fresh awaiting case for the NRN and Send steps (each test marks and answers its own) */
function addCase(tag: string): FixtureThread {
  extraCount++;
  const n = String(extraCount).padStart(2, '0');
  const t = materializeThread({
    caseId: `aaaaaaaa-0000-4000-8000-0000000000${n}`,
    orderId: `111-99900${n}-00000${n}`,
    marketplaceId: 'ATVPDKIKX0DER',
    buyer: `Extra ${tag}`,
    subject: `Extra question ${tag}`,
    messages: [{ from: 'buyer', hoursAgo: 1.5, text: `Can you help with ${tag}?` }],
  }, Date.now());
  browser.state.threads.push(t);
  return t;
}

async function entries(v: Variant) {
  const list = page.locator(v.entry);
  return {
    authors: await list.locator(v.author).allTextContents(),
    whens: await list.locator(v.when).allTextContents(),
    bodies: await list.locator(v.body).allTextContents(),
  };
}

describe.each(VARIANTS)('inbox markup "$markup"', (v) => {
  it.each(['en', 'de', 'ja'] as const)('%s: lists, opens, replies, marks "No response needed"', async (lang) => {
    const extra = addCase(`${v.markup}-${lang}`);
    const awaitingIds = browser.state.threads.filter(awaitsResponse).map((t) => t.orderId).sort();
    const allIds = browser.state.threads.map((t) => t.orderId).sort();
    const awaitingCases = new Set(browser.state.threads.filter(awaitsResponse).map((t) => t.caseId));

    await page.goto(`https://${HOST[lang]}/messaging/inbox-v3?rgfx_markup=${v.markup}`);
    await page.locator(v.row).first().waitFor();
    expect(param('fi')).toBe('responseNeeded');
    expect(await orderIdsOf(v)).toEqual(awaitingIds);
    await v.listTimes(page, lang);

    // All: the list is rebuilt from scratch and holds every case; the per-row "Response needed" mark follows the state
    const oldRow = await page.locator(v.row).first().elementHandle();
    await page.locator(v.nav).getByText(UI[lang].all, { exact: true }).first().click();
    await expect.poll(() => param('fi')).toBe('all');
    expect(await oldRow!.evaluate((n) => n.isConnected)).toBe(false);
    expect(await orderIdsOf(v)).toEqual(allIds);
    const facts = await v.rowFacts(page.locator(v.row), lang);
    for (const t of browser.state.threads) {
      const fact = facts.find((f) => f.text.includes(t.orderId))!;
      expect(fact.needed, `${t.caseId} response needed`).toBe(awaitingCases.has(t.caseId));
      if (v.markup !== 'table') expect(fact.key).toBe(t.caseId);
    }

    // a row opens its case: every message, oldest first, author and full local date-time
    const two = thread(CASE.TWO);
    await page.locator(v.row, { hasText: two.orderId }).click();
    await expect.poll(() => param('cc')).toBe(CASE.TWO);
    expect(param('fi')).toBe('all');
    expect(await entries(v)).toEqual({ authors: ['Erin', 'Erin'], whens: two.messages.map((m) => v.stamp(m.at, lang)), bodies: two.messages.map((m) => m.text) });

    // hostile text stays text
    const hostile = thread(CASE.HOSTILE);
    await page.locator(v.row, { hasText: hostile.orderId }).click();
    await expect.poll(() => param('cc')).toBe(CASE.HOSTILE);
    expect((await entries(v)).bodies).toEqual([hostile.messages[0]!.text]);
    expect((await entries(v)).authors).toEqual([hostile.buyer]);
    expect(await page.locator(v.row, { hasText: hostile.orderId }).textContent()).toContain('Gus <img src=x onerror=alert(1)>');
    expect(await deepElements('img')).toEqual([]);
    expect((await deepElements('b, script')).filter((t) => t.includes('bold') || t.includes('alert(2)'))).toEqual([]);

    // "No response needed" under the last unanswered buyer message
    await page.locator(v.row, { hasText: extra.orderId }).click();
    await expect.poll(() => param('cc')).toBe(extra.caseId);
    await v.nrn(page, lang).click();
    await expect.poll(() => thread(extra.caseId).nrnAt.length).toBe(1);
    expect(await v.nrn(page, lang).count()).toBe(0);
    expect((await fixtureWindow()).nrn).toEqual([extra.caseId]);

    // Send appends a seller message at the end and reaches the router state
    const text = `Thanks for asking (${v.markup}, ${lang}).`;
    await page.getByRole('textbox', { name: UI[lang].reply, exact: true }).fill(text);
    await page.getByRole('button', { name: UI[lang].send, exact: true }).click();
    await expect.poll(() => browser.state.sent.some((s) => s.surface === 'inbox' && s.caseId === extra.caseId && s.orderId === extra.orderId && s.text === text)).toBe(true);
    const after = await entries(v);
    expect(after.authors).toEqual([extra.buyer, UI[lang].you]);
    expect(after.bodies).toEqual([extra.messages[0]!.text, text]);
    expect((await fixtureWindow()).sent).toEqual([text]);
    expect(dialogs).toEqual([]);
  });

  it('search rewrites to cc=, the Resolved filter, a reload keeps the markup, and no reader vocabulary in names', async () => {
    const atRisk = thread(CASE.ATRISK);
    await page.goto(`https://${HOST.en}/messaging/inbox?rgfx_markup=${v.markup}&fi=search&ss=${atRisk.orderId}`);
    await expect.poll(() => param('cc')).toBe(CASE.ATRISK);
    await page.locator(v.entry).first().waitFor();
    expect((await entries(v)).bodies).toEqual(atRisk.messages.map((m) => m.text));

    const resolved = browser.state.threads.filter((t) => !awaitsResponse(t)).map((t) => t.orderId).sort();
    await page.locator(v.nav).getByText(UI.en.resolved, { exact: true }).first().click();
    await expect.poll(() => param('fi')).toBe('resolved');
    expect(await orderIdsOf(v)).toEqual(resolved);
    await page.reload();
    await page.locator(v.row).first().waitFor();
    expect(param('rgfx_markup')).toBe(v.markup);
    expect(await orderIdsOf(v)).toEqual(resolved);

    // class names, ids, attribute names and tag names avoid the words a reader might search for
    await page.goto(`https://${HOST.en}/messaging/inbox-v3?rgfx_markup=${v.markup}&fi=all&cc=${CASE.TWO}`);
    await page.locator(v.entry).first().waitFor();
    const offending = await page.evaluate(() => {
      const bad = /time|date|message|thread|buyer|subject/i;
      const out: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const e of root.querySelectorAll('*')) {
          if (bad.test(e.localName)) out.push(`<${e.localName}>`);
          if (bad.test(e.id)) out.push(`#${e.id}`);
          for (const c of e.classList) if (bad.test(c)) out.push(`.${c}`);
          for (const a of e.getAttributeNames()) if (bad.test(a)) out.push(`[${a}]`);
          if (e.shadowRoot) walk(e.shadowRoot);
        }
      };
      walk(document);
      return out;
    });
    expect(offending).toEqual([]);
  });

  it('renders 1,000 generated cases (rgfx_threads=1000)', async () => {
    await page.goto(`https://${HOST.en}/messaging/inbox-v3?rgfx_markup=${v.markup}&fi=all&rgfx_threads=1000`);
    await page.locator(v.row).first().waitFor();
    expect(await page.locator(v.row).count()).toBe(1000);
  });
});
