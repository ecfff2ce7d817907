// @vitest-environment node
// Amazon's inbox JSON (inbox-api.md §1) read into timelines: the captured shapes pass, anything else
// fails closed with a reason (never half-read), authors come from the seller flag or the party role,
// and a listed case without its messages is an estimate from its last update.
import { describe, expect, it } from 'vitest';
import { caseTimeline, parseCaseDetail, parseCaseList, type InboxCase } from '../../../rules/inbox-cases';

const T0 = Date.UTC(2026, 10, 28, 17, 0);
const HOUR = 3_600_000;
const CASE_ID = '6f1c2a9e-3b4d-4e8f-9a0b-1c2d3e4f5a61';

const listed = (over: Record<string, unknown> = {}) => ({
  caseId: CASE_ID, topic: 'Other', status: 'OPEN', marketplaceId: 'ATVPDKIKX0DER', orders: ['111-0000002-0000002'],
  lastUpdatedDate: T0, openDate: T0 - 5 * HOUR, resolveDate: null, subject: 'Where is my order? (Order: 111-0000002-0000002)',
  buyerName: 'Bob', threadId: 9007199254740992, actionNeeded: null, ...over,
});
const artifact = (role: 'BUYER' | 'SELLER', at: number, over: Record<string, unknown> = {}) => ({
  caseArtifactId: `a${at}`, artifactType: 'MESSAGE', creator: { partyId: 'P', partyRole: role, caseRole: 'X' }, createdDate: at,
  isRequestedPartySender: role === 'SELLER', message: { messageBody: `${role} at ${at}` }, ...over,
});

describe('parseCaseList', () => {
  it('reads the captured shape: ids, buyer, subject, orders, epoch-ms dates', () => {
    const parsed = parseCaseList({ cases: [listed()], nextToken: null, previousToken: null, displayLanguage: 'en_US' });
    expect(parsed).toEqual({
      ok: true,
      skipped: 0,
      value: { cases: [{ caseId: CASE_ID, buyerName: 'Bob', subject: 'Where is my order? (Order: 111-0000002-0000002)', marketplaceId: 'ATVPDKIKX0DER', orderIds: ['111-0000002-0000002'], status: 'OPEN', lastUpdatedAt: T0, openedAt: T0 - 5 * HOUR, resolvedAt: undefined }], nextToken: undefined },
    });
  });

  it('keeps the next page token, skips a broken case and counts it', () => {
    const parsed = parseCaseList({ cases: [listed(), { caseId: 42 }, listed({ caseId: 'other', lastUpdatedDate: '2026-11-28' })], nextToken: 'abc' });
    expect(parsed.ok && parsed.value.cases.map((c) => c.caseId)).toEqual([CASE_ID]);
    expect(parsed.ok && parsed.skipped).toBe(2);
    expect(parsed.ok && parsed.value.nextToken).toBe('abc');
  });

  it('fails closed on a changed shape, seconds instead of ms, or no readable case at all', () => {
    for (const raw of [null, [], 'text', { caseSummaries: [listed()] }, { cases: 'x' }, { cases: [{ caseId: CASE_ID, lastUpdatedDate: T0 / 1000 }] }, { cases: [{}] }]) {
      const parsed = parseCaseList(raw);
      expect(parsed.ok, JSON.stringify(raw)).toBe(false);
      expect(!parsed.ok && parsed.reason).toMatch(/changed/);
    }
    expect(parseCaseList({ cases: [] })).toMatchObject({ ok: true, value: { cases: [] } });
  });
});

describe('parseCaseDetail', () => {
  it('reads messages oldest first with the author from the seller flag or the party role', () => {
    const parsed = parseCaseDetail({ partyCase: { caseId: CASE_ID, caseArtifacts: [artifact('SELLER', T0), artifact('BUYER', T0 - HOUR), artifact('BUYER', T0 + HOUR, { isRequestedPartySender: null })] } }, CASE_ID);
    expect(parsed.ok && parsed.value.map((m) => [m.from, m.at])).toEqual([['buyer', T0 - HOUR], ['seller', T0], ['buyer', T0 + HOUR]]);
  });

  it('leaves out artifacts that are not messages', () => {
    const parsed = parseCaseDetail({ partyCase: { caseArtifacts: [artifact('BUYER', T0), { artifactType: 'STATUS_CHANGE', createdDate: T0 + 1 }] } });
    expect(parsed.ok && parsed.value).toHaveLength(1);
    expect(parsed.ok && parsed.skipped).toBe(1);
  });

  it('fails closed on a message without a time or a known author, another case, or a changed shape', () => {
    const bad = [
      { partyCase: { caseArtifacts: [artifact('BUYER', T0, { createdDate: undefined })] } },
      { partyCase: { caseArtifacts: [artifact('BUYER', T0, { createdDate: '2026-11-28T17:00:00Z' })] } },
      { partyCase: { caseArtifacts: [artifact('BUYER', T0, { creator: { partyRole: 'AGENT' }, isRequestedPartySender: null })] } },
      { partyCase: { caseId: 'another', caseArtifacts: [] } },
      { case: { caseArtifacts: [] } },
    ];
    for (const raw of bad) expect(parseCaseDetail(raw, CASE_ID).ok, JSON.stringify(raw)).toBe(false);
  });
});

describe('caseTimeline', () => {
  const c: InboxCase = { caseId: CASE_ID, orderIds: [], lastUpdatedAt: T0, openedAt: T0 - 5 * HOUR };
  it('is exact from the messages, with the resolve stamp as "No response needed"', () => {
    expect(caseTimeline({ ...c, resolvedAt: T0 - HOUR }, [{ from: 'buyer', at: T0 - 2 * HOUR, text: '' }])).toEqual({
      messages: [{ from: 'buyer', at: T0 - 2 * HOUR, estimated: false }],
      nrnAt: [T0 - HOUR],
    });
  });
  it('without messages, estimates a buyer message at the last update; nothing without any date', () => {
    expect(caseTimeline(c)).toEqual({ messages: [{ from: 'buyer', at: T0, estimated: true }], nrnAt: [] });
    expect(caseTimeline({ caseId: CASE_ID, orderIds: [] })).toBeNull();
  });
});
