// The inbox reader on small snippets: rows found by selector and, when the markup is unknown, by
// structure (a case-id link per row); times exact, day-only (estimated) or missing; "Response needed"
// in several languages; the open thread's messages in order with the case id from the URL; nothing
// recognised gives nothing (the feature then reports not-found).
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseIdFromUrl, readOpenThread, readThreadList, type PageContext } from '../../../entrypoints/inbox.content/page';

const NOW = Date.UTC(2026, 10, 28, 20, 0); // 12:00 PST
const ctx: PageContext = { timeZone: 'America/Los_Angeles', now: NOW, lang: 'en-us' };
const HOUR = 3_600_000;

function page(html: string, url = '/messaging/inbox-v3?fi=all') {
  history.replaceState(null, '', url);
  document.body.innerHTML = html;
}
afterEach(() => {
  document.body.innerHTML = '';
});

const row = (cc: string, time: string, extra = '') =>
  `<div role="listitem"><a href="/messaging/inbox-v3?cc=${cc}"><span class="buyer-name">Buyer ${cc}</span><span class="thread-time">${time}</span><span class="thread-subject">Help (Order: 111-1234567-7654321)</span>${extra}</a></div>`;

describe('readThreadList', () => {
  it('reads case id, order id, buyer and an exact list time', () => {
    page(`<div role="list">${row('C1', '10:30 AM', '<span>Response needed</span>')}</div>`);
    const [r] = readThreadList(document, ctx);
    expect(r).toMatchObject({ caseId: 'C1', orderId: '111-1234567-7654321', buyerAlias: 'Buyer C1', estimated: false, responseNeeded: true });
    expect(r!.receivedAt).toBe(NOW - 1.5 * HOUR);
    expect(r!.timeElement?.textContent).toBe('10:30 AM');
  });

  it('marks a day-only time as estimated and a missing time as unknown', () => {
    page(`<div role="list">${row('C1', 'Yesterday', 'Response needed')}${row('C2', '', 'Response needed')}</div>`);
    const rows = readThreadList(document, ctx);
    expect(rows.map((r) => [r.caseId, r.estimated, r.receivedAt === undefined])).toEqual([
      ['C1', true, false],
      ['C2', true, true],
    ]);
  });

  it('knows "Response needed" in German, French, Japanese and reads "No response needed" as not needed', () => {
    page(`<div role="list">${row('DE', '14:14', 'Antwort erforderlich')}${row('FR', '14:14', 'Réponse requise')}${row('JA', '14:14', '要返信')}${row('NO', '14:14', 'No response needed')}</div>`);
    const needed = Object.fromEntries(readThreadList(document, { ...ctx, lang: 'de' }).map((r) => [r.caseId, r.responseNeeded]));
    expect(needed).toEqual({ DE: true, FR: true, JA: true, NO: false });
  });

  it('under the Response needed filter every listed row needs a response', () => {
    page(`<div role="list">${row('C1', '10:30 AM')}</div>`, '/messaging/inbox-v3?fi=responseNeeded');
    expect(readThreadList(document, ctx)[0]?.responseNeeded).toBe(true);
  });

  it('finds rows by structure when no known row markup is there, also inside open shadow roots', () => {
    document.body.innerHTML = '<section id="host"></section>';
    history.replaceState(null, '', '/messaging/inbox-v3?fi=all');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<ul class="x1"><li class="a9"><a href="?cc=S1">Ann</a> <span class="date">10:30 AM</span> Response needed</li><li class="a9"><a href="?cc=S2">Ben</a> <span class="date">Nov 20</span> Response needed</li></ul>`;
    const rows = readThreadList(document, ctx);
    expect(rows.map((r) => r.caseId)).toEqual(['S1', 'S2']);
    expect(rows[1]!.estimated).toBe(true);
  });

  it('gives nothing on a page without a thread list', () => {
    page('<main><h1>Manage Orders</h1><p>Nothing to see</p></main>');
    expect(readThreadList(document, ctx)).toEqual([]);
    expect(readOpenThread(document, ctx)).toBeNull();
  });
});

describe('readOpenThread', () => {
  const thread = `
    <div class="thread-view">
      <h2 class="thread-title">Wrong colour</h2>
      <div class="thread-meta">Erin · <a href="/orders-v3/order/111-0000005-0000005">Order: 111-0000005-0000005</a></div>
      <div class="messages">
        <div class="message message-buyer"><span class="message-sender">Erin</span><span class="message-time">Nov 27, 2026 2:00 PM PST</span><div class="message-body">I received the black stand.</div></div>
        <div class="message message-seller"><span class="message-sender">You</span><span class="message-time">Nov 27, 2026 6:00 PM PST</span><div class="message-body">Sorry, a white one is coming.</div></div>
        <div class="message message-buyer"><span class="message-sender">Erin</span><span class="message-time">Nov 28, 2026 9:00 AM PST</span><div class="message-body">Hello? Any update?</div><a href="#" class="no-response-needed">No response needed</a></div>
      </div>
    </div>`;

  it('reads case id (URL), order id, subject and every message with its exact time and sender', () => {
    page(thread, '/messaging/inbox-v3?fi=responseNeeded&cc=CASE-TWO');
    const open = readOpenThread(document, ctx)!;
    expect(open).toMatchObject({ caseId: 'CASE-TWO', orderId: '111-0000005-0000005', buyerAlias: 'Erin', subject: 'Wrong colour', unreadable: 0 });
    expect(open.messages.map((m) => [m.from, m.at, m.estimated])).toEqual([
      ['buyer', Date.UTC(2026, 10, 27, 22), false],
      ['seller', Date.UTC(2026, 10, 28, 2), false],
      ['buyer', Date.UTC(2026, 10, 28, 17), false],
    ]);
    expect(open.messages.at(-1)!.text).toBe('Hello? Any update?');
    expect(open.noResponseNeeded?.textContent).toBe('No response needed');
  });

  it('works with the default context (the composer calls readOpenThread() alone)', () => {
    page(thread, '/messaging/inbox-v3?cc=CASE-TWO');
    const open = readOpenThread();
    expect(open?.caseId).toBe('CASE-TWO');
    expect(open?.messages).toHaveLength(3);
  });

  it('never guesses a time: a card without one is left out, and a <time> that reads as none is counted', () => {
    page(thread.replace('Nov 28, 2026 9:00 AM PST', 'sometime'), '/messaging/inbox-v3?cc=CASE-TWO');
    expect(readOpenThread(document, ctx)!.messages).toHaveLength(2);
    page(thread.replace('<span class="message-time">Nov 28, 2026 9:00 AM PST</span>', '<time datetime="soon">sometime</time>'), '/messaging/inbox-v3?cc=CASE-TWO');
    const open = readOpenThread(document, ctx)!;
    expect(open.unreadable).toBe(1);
    expect(open.messages).toHaveLength(2);
  });

  it('is null when no thread is open (no case id in the URL)', () => {
    page(thread, '/messaging/inbox-v3?fi=all');
    expect(readOpenThread(document, ctx)).toBeNull();
  });
});

describe('caseIdFromUrl', () => {
  const BASE = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=all';
  // what the URL parser reads (the reference the per-row fast path must agree with)
  const byUrl = (href: string) => {
    const url = new URL(href, BASE);
    return url.searchParams.get('cc') ?? url.searchParams.get('caseId') ?? (url.searchParams.get('fi') === 'caseId' ? url.searchParams.get('ss') : null) ?? undefined;
  };

  it('reads cc=, caseId= and fi=caseId&ss=, plain or encoded, never from the hash', () => {
    expect(caseIdFromUrl('?fi=responseNeeded&cc=CASE-1', BASE)).toBe('CASE-1');
    expect(caseIdFromUrl('/messaging/inbox?cc=A%2FB&x=1', BASE)).toBe('A/B');
    expect(caseIdFromUrl('?caseId=77', BASE)).toBe('77');
    expect(caseIdFromUrl('?fi=caseId&ss=12345', BASE)).toBe('12345');
    expect(caseIdFromUrl('/messaging/inbox#cc=NOPE', BASE)).toBeUndefined();
    expect(caseIdFromUrl('?acc=NOPE', BASE)).toBeUndefined();
  });

  it('agrees with the URL parser on any query', () => {
    const part = fc.constantFrom('cc', 'caseId', 'fi', 'ss', 'acc', 'x', 'cc#');
    const value = fc.stringMatching(/^[\w.%+#&=-]{0,8}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(part, value), { maxLength: 4 }), fc.constantFrom('', '/messaging/inbox', 'https://sellercentral.amazon.de/messaging/inbox-v3'), (pairs, path) => {
        const href = `${path}?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
        expect(caseIdFromUrl(href, BASE)).toBe(byUrl(href));
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });
});

describe('readers by content, on markups with no known class words', () => {
  it('table rows: order id in text, date-only cell, status text; no case id until the row is selected', () => {
    page(`<table><thead><tr><th>Status</th><th>Name</th><th>Topic</th><th>Updated</th></tr></thead><tbody>
      <tr><td>Response needed</td><td>Ann</td><td>Broken lid (Order: 111-1111111-1111111)</td><td>Nov 26, 2026</td></tr>
      <tr aria-selected="true"><td>Replied</td><td>Ben</td><td>Size (Order: 111-2222222-2222222)</td><td>Nov 27, 2026</td></tr>
    </tbody></table>`, '/messaging/inbox?fi=all&cc=6f1c2a9e-3b4d-4e8f-9a0b-1c2d3e4f5a61');
    const rows = readThreadList(document, ctx);
    expect(rows.map((r) => [r.orderId, r.buyerAlias, r.responseNeeded, r.estimated, r.caseId])).toEqual([
      ['111-1111111-1111111', 'Ann', true, true, undefined],
      ['111-2222222-2222222', 'Ben', false, true, '6f1c2a9e-3b4d-4e8f-9a0b-1c2d3e4f5a61'],
    ]);
    expect(rows[0]!.found).toEqual({ caseId: undefined, time: 'text', responseNeeded: 'text', buyer: true });
    expect(rows[1]!.found.caseId).toBe('selected');
  });

  it('grid rows: case id in a data attribute, relative time, status only in an aria-label', () => {
    page(`<div role="grid"><div role="row" data-k="b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2"><div role="gridcell"><span role="img" aria-label="Response needed"></span></div><div role="gridcell">Cho</div><div role="gridcell">21 hours ago</div><div role="gridcell">Late (Order: 111-3333333-3333333)</div></div>
      <div role="row" data-k="0d9a7c55-2e61-4b0f-a3c8-55e2f1d7b8c3"><div role="gridcell">Dee</div><div role="gridcell">5 minutes ago</div><div role="gridcell">Hi (Order: 111-4444444-4444444)</div></div></div>`, '/messaging/inbox?fi=all');
    const [a, b] = readThreadList(document, ctx);
    expect(a).toMatchObject({ caseId: 'b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2', buyerAlias: 'Cho', responseNeeded: true, estimated: true, receivedAt: NOW - 22 * HOUR });
    expect(a!.found.responseNeeded).toBe('label');
    expect(b).toMatchObject({ responseNeeded: false, estimated: false, receivedAt: NOW - 5 * 60_000 });
  });

  it('card rows: the time only in a title attribute; a lone order link elsewhere is not a row', () => {
    page(`<section aria-label="Cases"><article id="conv-b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2"><b>Eve</b><i title="Nov 28, 2026 10:30 AM PST"></i><p>Dent (Order: 111-5555555-5555555)</p></article></section>
      <aside><a href="/orders-v3/order/111-6666666-6666666">111-6666666-6666666</a></aside>`, '/messaging/inbox?fi=all');
    const rows = readThreadList(document, ctx);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ caseId: 'b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2', buyerAlias: 'Eve', receivedAt: NOW - 1.5 * HOUR, estimated: false });
    expect(rows[0]!.found.time).toBe('tooltip');
  });

  it("the open thread's authors: the seller's label, else a side word in a class or data attribute", () => {
    const card = (cls: string, who: string, at: string, body: string, data = '') => `<div class="${cls}" ${data}><span>${who}</span><span>${at}</span><p>${body}</p></div>`;
    page(`<div role="log">${card('bubble', 'Fay', 'Nov 28, 2026 8:00 AM PST', 'Where is it?')}${card('bubble', 'Sie', 'Nov 28, 2026 9:00 AM PST', 'Unterwegs.')}</div>`, '/messaging/inbox?cc=X1');
    expect(readOpenThread(document, ctx)!.messages.map((m) => [m.from, m.authorBy])).toEqual([['buyer', 'default'], ['seller', 'label']]);
    page(`<div role="log">${card('bubble incoming', 'Fay', 'Nov 28, 2026 8:00 AM PST', 'Where is it?')}${card('bubble', 'Acme Store', 'Nov 28, 2026 9:00 AM PST', 'On its way.', 'data-author="seller"')}</div>`, '/messaging/inbox?cc=X1');
    expect(readOpenThread(document, ctx)!.messages.map((m) => [m.from, m.authorBy])).toEqual([['buyer', 'hint'], ['seller', 'hint']]);
  });
});

describe('ids a truncated list still carries', () => {
  it('reads the order id from a tooltip that repeats a truncated subject, or from a link to the order', () => {
    page(`<ul><li><b>Gil</b> <span title="Where is my parcel? (Order: 111-7777777-7777777)">Where is my parc…</span> <span>Nov 27, 2026</span></li>
      <li><b>Hal</b> <a href="/orders-v3/order/111-8888888-8888888">Order details</a> <span>Nov 26, 2026</span></li></ul>`, '/messaging/inbox?fi=all');
    expect(readThreadList(document, ctx).map((r) => [r.orderId, r.buyerAlias])).toEqual([
      ['111-7777777-7777777', 'Gil'],
      ['111-8888888-8888888', 'Hal'],
    ]);
  });
});
