// @vitest-environment node
// Inbox decisions without a page: which case a row is (case id, order id, buyer + subject; never an
// ambiguous join), what each source records, when "No response needed" was used, and when a case
// Amazon stopped listing was resolved out of view.
import { describe, expect, it } from 'vitest';
import {
  buildCaseIndex,
  isCaseUuid,
  joinRow,
  nrnStep,
  recordFromCase,
  recordFromListRow,
  recordFromOpenThread,
  resolvedOutOfView,
  rowKey,
  subjectKey,
  type RecordContext,
} from '../../../rules/inbox-threads';

const T0 = Date.UTC(2026, 10, 28, 17, 0);
const HOUR = 3_600_000;
const A = '6f1c2a9e-3b4d-4e8f-9a0b-1c2d3e4f5a61';
const B = 'b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2';
const C = '0d9a7c55-2e61-4b0f-a3c8-55e2f1d7b8c3';
const ctx: RecordContext = { host: 'sellercentral.amazon.com', at: T0, urlFor: (id) => `https://x/?cc=${id}`, marketplaceId: 'ATVPDKIKX0DER' };

describe('thread keys and joins', () => {
  const index = buildCaseIndex([
    { caseId: A, orderIds: ['111-0000002-0000002'], buyerName: 'Bob', subject: 'Where is my order? (Order: 111-0000002-0000002)' },
    { caseId: B, orderIds: ['111-0000003-0000003'], buyerName: 'Carla', subject: 'Missing part' },
    // two cases of one order, and one buyer + subject twice: those keys join nothing
    { caseId: C, orderIds: ['111-0000003-0000003'], buyerName: 'Carla', subject: 'missing  PART' },
  ]);

  it('joins by case id, else order id, else buyer + subject (order suffix and case folded)', () => {
    expect(joinRow({ caseId: A }, index)).toBe(A);
    expect(joinRow({ orderId: '111-0000002-0000002' }, index)).toBe(A);
    expect(joinRow({ buyerAlias: ' bob ', subject: 'WHERE is my order?' }, index)).toBe(A);
    expect(joinRow({ caseId: 'unknown', orderId: '111-0000002-0000002' }, index)).toBe(A);
  });

  it('never joins on a key two cases share', () => {
    expect(joinRow({ orderId: '111-0000003-0000003' }, index)).toBeUndefined();
    expect(joinRow({ buyerAlias: 'Carla', subject: 'Missing part' }, index)).toBeUndefined();
    expect(joinRow({ buyerAlias: 'Bob' }, index)).toBeUndefined();
  });

  it('stores a row without a case id under its order id', () => {
    expect(rowKey({ caseId: A, orderId: '111-0000002-0000002' })).toBe(A);
    expect(rowKey({ orderId: '111-0000002-0000002' })).toBe('order:111-0000002-0000002');
    expect(rowKey({ buyerAlias: 'Bob' })).toBeUndefined();
  });

  it('knows UUID case ids and folds subjects', () => {
    expect(isCaseUuid(A)).toBe(true);
    expect(isCaseUuid('CASE-1')).toBe(false);
    expect(subjectKey('Lieferung (Bestellung: 302-0000008-0000008)')).toBe('lieferung');
    expect(subjectKey('配送について（注文番号: 503-0000009-0000009）')).toBe('配送について');
    expect(subjectKey('   ')).toBeUndefined();
  });
});

describe('records', () => {
  const listed = { caseId: A, orderIds: ['111-0000002-0000002'], buyerName: 'Bob', subject: 'S', lastUpdatedAt: T0 - HOUR };
  it("from Amazon's JSON: exact with messages ('api'), a list estimate without", () => {
    const exact = recordFromCase(listed, [{ from: 'buyer', at: T0 - 2 * HOUR, text: 'hi' }], ctx)!;
    expect(exact).toMatchObject({ caseId: A, source: 'api', orderId: '111-0000002-0000002', buyerAlias: 'Bob', marketplaceId: 'ATVPDKIKX0DER', url: `https://x/?cc=${A}` });
    expect(exact.messages).toEqual([{ from: 'buyer', at: T0 - 2 * HOUR, estimated: false }]);
    expect(recordFromCase(listed, undefined, ctx)).toMatchObject({ source: 'list', messages: [{ from: 'buyer', at: T0 - HOUR, estimated: true }] });
  });

  it('from a list row: only when it waits; first-seen when it shows no time', () => {
    const row = { key: 'order:111-0000002-0000002', orderId: '111-0000002-0000002', estimated: true, responseNeeded: true };
    expect(recordFromListRow({ ...row, responseNeeded: false }, ctx)).toBeNull();
    expect(recordFromListRow(row, ctx)).toMatchObject({ caseId: row.key, source: 'first-seen', messages: [{ from: 'buyer', at: T0, estimated: true }] });
    expect(recordFromListRow({ ...row, receivedAt: T0 - HOUR, estimated: false }, ctx)).toMatchObject({ source: 'list', messages: [{ at: T0 - HOUR, estimated: false }] });
  });

  it('from the open thread: its messages, the row filling what the thread lacks', () => {
    const open = { caseId: B, messages: [{ from: 'buyer' as const, at: T0 - HOUR, estimated: false }], noResponseNeededOffered: true };
    expect(recordFromOpenThread(open, { orderId: '111-0000003-0000003', buyerAlias: 'Carla' }, ctx)).toMatchObject({ caseId: B, source: 'thread', orderId: '111-0000003-0000003', buyerAlias: 'Carla' });
    expect(recordFromOpenThread({ ...open, messages: [] }, undefined, ctx)).toBeNull();
  });
});

describe('"No response needed" and resolves out of view', () => {
  const buyer = (at: number) => ({ from: 'buyer' as const, at, estimated: false });
  it('offered under the last buyer message, then gone while it is still last: used', () => {
    expect(nrnStep({ messages: [buyer(T0)], noResponseNeededOffered: true }, undefined)).toEqual({ kind: 'offered', offeredFor: T0 });
    expect(nrnStep({ messages: [buyer(T0)], noResponseNeededOffered: false }, T0)).toEqual({ kind: 'used' });
  });
  it('gone because a reply or a newer buyer message came: not used', () => {
    expect(nrnStep({ messages: [buyer(T0), { from: 'seller', at: T0 + 1, estimated: false }], noResponseNeededOffered: false }, T0)).toEqual({ kind: 'none' });
    expect(nrnStep({ messages: [buyer(T0), buyer(T0 + HOUR)], noResponseNeededOffered: false }, T0)).toEqual({ kind: 'none' });
    expect(nrnStep({ messages: [buyer(T0)], noResponseNeededOffered: false }, undefined)).toEqual({ kind: 'none' });
  });
  it('a case that left "needs a reply" while the buyer still waits was resolved now; an answered one needs nothing', () => {
    expect(resolvedOutOfView({ messages: [buyer(T0)] }, T0 + HOUR)).toBe(T0 + HOUR);
    expect(resolvedOutOfView({ messages: [buyer(T0), { from: 'seller', at: T0 + 1 }] }, T0 + HOUR)).toBeUndefined();
    expect(resolvedOutOfView({ messages: [buyer(T0)], nrnAt: [T0 + 5] }, T0 + HOUR)).toBeUndefined();
  });
});
