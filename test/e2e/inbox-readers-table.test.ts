// What each content rule of the inbox readers finds on each fixture markup, as one table (printed on
// every run, and in the failure): the team's own guess and three markups written apart from the
// readers. The readers hold no class-word selector, so every outcome below must hold on all four;
// the table shows which rule carried it where (a rule that finds nothing on one markup is fine when
// another rule covers it there).
import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';
import { INBOX_MARKUPS } from './fixture-router';
import { CASE } from '../fixtures/seller-central/scenarios';
import { slaBadges } from './inbox-helpers';

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown, options: object): Promise<{ reading: Record<string, number> }> };
};

const ext = useExtension();

describe('inbox readers on every fixture markup', () => {
  it('find every row, its ids, time and status, and the open thread, by content alone', async () => {
    const table: Record<string, Record<string, number>> = {};
    const page = await ext.page();
    for (const markup of INBOX_MARKUPS) {
      // Amazon's JSON missing: the readers alone decide; the at-risk thread is open
      await page.goto(`https://sellercentral.amazon.com/messaging/inbox?fi=responseNeeded&rgfx_markup=${markup}&rgfx_api=404&cc=${CASE.ATRISK}`);
      await expect.poll(async () => Object.keys(await slaBadges(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
      const reply = await ext.serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://sellercentral.amazon.com/*' });
        return chrome.tabs.sendMessage(tab!.id!, { rg: 1, type: 'page/reading' }, { frameId: 0 });
      });
      table[markup] = reply.reading;
    }
    const rules = Object.keys(table.default!);
    const printed = [`| rule | ${INBOX_MARKUPS.join(' | ')} |`, `|---|${INBOX_MARKUPS.map(() => '---|').join('')}`, ...rules.map((r) => `| ${r} | ${INBOX_MARKUPS.map((m) => table[m]![r]).join(' | ')} |`)].join('\n');
    console.log(printed);

    const waiting = ext.state.threads.filter((t) => {
      const last = t.messages.at(-1)!;
      return last.from === 'buyer' && !t.nrnAt.some((n) => n >= last.at);
    }).length;
    for (const markup of INBOX_MARKUPS) {
      const r = table[markup]!;
      const where = `${markup}\n${printed}`;
      expect(r.rows, where).toBe(waiting);
      expect(r['rows: order id'], where).toBe(waiting);
      expect(r['rows: buyer name'], where).toBe(waiting);
      expect(r['rows: time from datetime']! + r['rows: time from text']! + r['rows: time from a tooltip']!, where).toBe(waiting);
      expect(r['rows: response needed in text']! + r['rows: response needed in a label']! + r['rows: response needed by the filter']!, where).toBe(waiting);
      expect(r['thread: open'], where).toBe(1);
      expect(r['thread: messages'], where).toBe(1);
      expect(r['thread: buyer messages'], where).toBe(1);
      expect(r['thread: no-response-needed control'], where).toBe(1);
      expect(r['thread: order id'], where).toBe(1);
      expect(r['thread: unreadable times'], where).toBe(0);
    }

    // a thread with the seller's reply: the author rules (label, class word, side) on each markup
    const authors: Record<string, Record<string, number>> = {};
    for (const markup of INBOX_MARKUPS) {
      await page.goto(`https://sellercentral.amazon.com/messaging/inbox?fi=all&rgfx_markup=${markup}&rgfx_api=404&cc=${CASE.ANSWERED}`);
      // polled, not a fixed wait: under load the page's first scan of the open thread comes later
      await expect
        .poll(async () => {
          const reply = await ext.serviceWorker.evaluate(async () => {
            const [tab] = await chrome.tabs.query({ url: 'https://sellercentral.amazon.com/*' });
            return chrome.tabs.sendMessage(tab!.id!, { rg: 1, type: 'page/reading' }, { frameId: 0 });
          });
          authors[markup] = reply.reading;
          return reply.reading['thread: messages'] ?? 0;
        }, { timeout: 15_000 })
        .toBeGreaterThanOrEqual(2);
    }
    const authorRules = rules.filter((r) => r.startsWith('thread:'));
    const printedAuthors = authorRules.map((r) => `| ${r} | ${INBOX_MARKUPS.map((m) => authors[m]![r]).join(' | ')} |`).join('\n');
    console.log(printedAuthors);
    for (const markup of INBOX_MARKUPS) {
      const r = authors[markup]!;
      const where = `${markup}\n${printedAuthors}`;
      expect(r['thread: messages'], where).toBe(2);
      expect(r['thread: buyer messages'], where).toBe(1);
      expect(r['thread: seller by label']! + r['thread: seller by class word']! + r['thread: seller by side']!, where).toBe(1);
      expect(r['thread: no-response-needed control'], where).toBe(0);
    }
    await page.close();
  });
});
