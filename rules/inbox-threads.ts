// Inbox decisions, pure: which thread a list row is, what we record about a thread from each source
// (Amazon's JSON, the open thread, a list row), and when "No response needed" was used. The content
// script reads the page into plain data and renders; everything that decides lives here.
import { caseTimeline, type CaseMessage, type InboxCase } from './inbox-cases';
import { unansweredBuyerMessages, type ThreadTimeline } from './sla';

export interface ObservedMessage {
  from: 'buyer' | 'seller';
  at: number;
  estimated: boolean;
}

/** What one look at a thread tells us (the shape the background stores). */
export interface ObservedThread {
  host: string;
  caseId: string;
  marketplaceId?: string;
  orderId?: string;
  buyerAlias?: string;
  subject?: string;
  url?: string;
  messages: ObservedMessage[];
  nrnAt: number[];
  /** `api`: Amazon's JSON (exact); `thread`: the open thread's page text; `list`, `first-seen`: estimates */
  source: 'api' | 'thread' | 'list' | 'first-seen';
  firstSeenAt: number;
  lastSeenAt: number;
}

/** What a list row showed, read off the page. */
export interface ListRowFacts {
  key: string;
  orderId?: string;
  buyerAlias?: string;
  subject?: string;
  receivedAt?: number;
  estimated: boolean;
  responseNeeded: boolean;
}

/** What the open thread showed, read off the page. */
export interface OpenThreadFacts {
  caseId: string;
  orderId?: string;
  buyerAlias?: string;
  subject?: string;
  messages: readonly ObservedMessage[];
  /** the "No response needed" control is on the page */
  noResponseNeededOffered: boolean;
}

export interface RecordContext {
  host: string;
  at: number;
  /** link back to a thread in Seller Central */
  urlFor(caseId: string): string;
  /** the host's default marketplace, when the data names none */
  marketplaceId?: string;
}

// ---------------------------------------------------------------------------------- thread keys

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Amazon's case ids are UUIDs (inbox-api.md §5); older inboxes used other ids in `cc=`. */
export function isCaseUuid(value: string): boolean {
  return UUID.test(value);
}

/** A row the page shows only by order id is keyed by it until its case id is known. */
export const orderKey = (orderId: string) => `order:${orderId}`;

/** "Where is my order? (Order: 111-…)" and "where is my order?" are the same subject. */
export function subjectKey(subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  const key = subject
    .normalize('NFKC')
    .replace(/[(（【[][^()（）【】[\]]*\d{3}-\d{7}-\d{7}[^()（）【】[\]]*[)）】\]]/g, ' ')
    .replace(/\d{3}-\d{7}-\d{7}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return key || undefined;
}

const buyerSubjectKey = (buyer: string | undefined, subject: string | undefined) => {
  const s = subjectKey(subject);
  const b = buyer?.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return s && b ? `${b}\u0000${s}` : undefined;
};

export interface CaseIndex {
  cases: ReadonlySet<string>;
  byOrder: ReadonlyMap<string, string>;
  byBuyerSubject: ReadonlyMap<string, string>;
}

/** Join keys of the known cases; a key two cases share is dropped (a wrong join is worse than none). */
export function buildCaseIndex(cases: readonly Pick<InboxCase, 'caseId' | 'orderIds' | 'buyerName' | 'subject'>[]): CaseIndex {
  const byOrder = new Map<string, string>();
  const byBuyerSubject = new Map<string, string>();
  const ambiguous = new Set<string>();
  const put = (map: Map<string, string>, key: string | undefined, caseId: string) => {
    if (!key || ambiguous.has(key)) return;
    const before = map.get(key);
    if (before && before !== caseId) {
      map.delete(key);
      ambiguous.add(key);
    } else map.set(key, caseId);
  };
  for (const c of cases) {
    for (const orderId of c.orderIds) put(byOrder, orderId, c.caseId);
    put(byBuyerSubject, buyerSubjectKey(c.buyerName, c.subject), c.caseId);
  }
  return { cases: new Set(cases.map((c) => c.caseId)), byOrder, byBuyerSubject };
}

export interface RowIdentity {
  caseId?: string;
  orderId?: string;
  buyerAlias?: string;
  subject?: string;
}

/**
 * The case a list row shows: its own case id when it carries one, else the case of its order id,
 * else of its buyer name + subject; undefined when nothing joins.
 */
export function joinRow(row: RowIdentity, index: CaseIndex): string | undefined {
  if (row.caseId && index.cases.has(row.caseId)) return row.caseId;
  if (row.orderId) {
    const byOrder = index.byOrder.get(row.orderId);
    if (byOrder) return byOrder;
  }
  const bySubject = buyerSubjectKey(row.buyerAlias, row.subject);
  return bySubject ? index.byBuyerSubject.get(bySubject) : undefined;
}

/** The key a row is stored under without Amazon's data: its case id, else its order id. */
export function rowKey(row: RowIdentity): string | undefined {
  if (row.caseId) return row.caseId;
  return row.orderId ? orderKey(row.orderId) : undefined;
}

// ---------------------------------------------------------------------------------- records

/** A case as Amazon's JSON describes it: exact once its messages were read, else a list estimate. */
export function recordFromCase(listed: InboxCase, messages: readonly CaseMessage[] | undefined, ctx: RecordContext): ObservedThread | null {
  const timeline = caseTimeline(listed, messages);
  if (!timeline) return null;
  return {
    host: ctx.host,
    caseId: listed.caseId,
    marketplaceId: listed.marketplaceId ?? ctx.marketplaceId,
    orderId: listed.orderIds[0],
    buyerAlias: listed.buyerName,
    subject: listed.subject,
    url: ctx.urlFor(listed.caseId),
    messages: timeline.messages,
    nrnAt: timeline.nrnAt,
    source: messages ? 'api' : 'list',
    firstSeenAt: ctx.at,
    lastSeenAt: ctx.at,
  };
}

/** The open thread's messages as the page shows them (exact to the minute). */
export function recordFromOpenThread(open: OpenThreadFacts, row: Pick<ListRowFacts, 'orderId' | 'buyerAlias' | 'subject'> | undefined, ctx: RecordContext): ObservedThread | null {
  if (!open.messages.length) return null;
  return {
    host: ctx.host,
    caseId: open.caseId,
    marketplaceId: ctx.marketplaceId,
    orderId: open.orderId ?? row?.orderId,
    buyerAlias: open.buyerAlias ?? row?.buyerAlias,
    subject: open.subject ?? row?.subject,
    url: ctx.urlFor(open.caseId),
    messages: open.messages.map((m) => ({ from: m.from, at: m.at, estimated: m.estimated })),
    nrnAt: [],
    source: 'thread',
    firstSeenAt: ctx.at,
    lastSeenAt: ctx.at,
  };
}

/** The buyer message a list row shows: its time when the list gives one, else first seen (an estimate). */
export function listMessage(row: Pick<ListRowFacts, 'receivedAt' | 'estimated'>, at: number): ObservedMessage {
  return { from: 'buyer', at: row.receivedAt ?? at, estimated: row.receivedAt === undefined || row.estimated };
}

/** A list row says only that a buyer waits (and maybe since when); rows that need no reply say nothing. */
export function recordFromListRow(row: ListRowFacts, ctx: RecordContext): ObservedThread | null {
  if (!row.responseNeeded) return null;
  return {
    host: ctx.host,
    caseId: row.key,
    marketplaceId: ctx.marketplaceId,
    orderId: row.orderId,
    buyerAlias: row.buyerAlias,
    subject: row.subject,
    url: ctx.urlFor(row.key),
    messages: [listMessage(row, ctx.at)],
    nrnAt: [],
    source: row.receivedAt !== undefined ? 'list' : 'first-seen',
    firstSeenAt: ctx.at,
    lastSeenAt: ctx.at,
  };
}

// ---------------------------------------------------------------------------------- "No response needed"

export type NrnStep =
  /** the control is offered under the buyer's last message (sent at `offeredFor`): remember it */
  | { kind: 'offered'; offeredFor: number }
  /** the control was there and is gone while the same buyer message is still the last and unanswered */
  | { kind: 'used' }
  | { kind: 'none' };

/**
 * "No response needed" is seen in the page rather than by listening for clicks (Katal and SPA
 * re-renders swallow or replay events): the control was offered under the buyer's last message and
 * is gone while that message is still the last one and no reply came - it was used.
 */
export function nrnStep(open: Pick<OpenThreadFacts, 'messages' | 'noResponseNeededOffered'>, offeredFor: number | undefined): NrnStep {
  const last = open.messages.at(-1);
  if (open.noResponseNeededOffered && last?.from === 'buyer') return { kind: 'offered', offeredFor: last.at };
  if (offeredFor === undefined || last?.from !== 'buyer' || last.at !== offeredFor) return { kind: 'none' };
  return { kind: 'used' };
}

/**
 * Amazon stopped listing a case as needing a reply while our timeline still waits on the buyer: it
 * was answered or resolved where we did not see it (another tab, the app, a colleague). The case is
 * closed from now on: the mark to add, or undefined when nothing waits.
 */
export function resolvedOutOfView(timeline: ThreadTimeline, now: number): number | undefined {
  return unansweredBuyerMessages(timeline).length ? now : undefined;
}
