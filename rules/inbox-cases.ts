// Amazon's own inbox JSON (inbox-api.md §1, §6): the list of cases needing a reply and each case's
// messages, turned into the plain timelines the SLA clock reads. Pure: the content script fetches,
// this validates and decides. Shapes come from one captured account, so validation fails closed: a
// response that does not have the fields we rely on is `changed`, never half-read.
import { z } from 'zod';

/** epoch milliseconds; the captured JSON uses ms (`createdDate`, `lastUpdatedDate`) */
const epochMs = z.number().finite().gt(1e11).lt(1e14);
const optionalText = z.string().max(2000).nullish();

const listCaseSchema = z.object({
  caseId: z.string().min(1).max(128),
  buyerName: optionalText,
  subject: optionalText,
  marketplaceId: z.string().max(32).nullish(),
  orders: z.array(z.string().max(64)).max(50).nullish(),
  status: z.string().max(64).nullish(),
  lastUpdatedDate: epochMs.nullish(),
  openDate: epochMs.nullish(),
  resolveDate: epochMs.nullish(),
});

const caseListSchema = z.object({
  cases: z.array(z.unknown()).max(5000),
  nextToken: z.string().max(4000).nullish(),
});

const artifactSchema = z.object({
  artifactType: z.string().max(64).nullish(),
  creator: z.object({ partyRole: z.string().max(32).nullish() }).nullish(),
  createdDate: epochMs,
  isRequestedPartySender: z.boolean().nullish(),
  message: z.object({ messageBody: z.string().max(100_000).nullish() }).nullish(),
});

const caseDetailSchema = z.object({
  partyCase: z.object({
    caseId: z.string().max(128).nullish(),
    caseArtifacts: z.array(z.unknown()).max(2000),
  }),
});

export interface InboxCase {
  caseId: string;
  buyerName?: string;
  subject?: string;
  marketplaceId?: string;
  orderIds: string[];
  status?: string;
  /** epoch ms of the case's last activity: the cache key for its messages */
  lastUpdatedAt?: number;
  openedAt?: number;
  /** "No response needed" / resolve: Amazon stamps the case when it is resolved */
  resolvedAt?: number;
}

export interface CaseMessage {
  from: 'buyer' | 'seller';
  at: number;
  text: string;
}

export type Parsed<T> = { ok: true; value: T; skipped: number } | { ok: false; reason: string };

const blankToUndefined = (s: string | null | undefined) => (s && s.trim() ? s.trim() : undefined);

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'response'}: ${issue.message}` : 'unexpected shape';
}

/**
 * `GET /messaging/api/global/cases?...` -> its cases. A case without a usable id or with a wrong
 * field type is skipped and counted; a response with cases but none usable is a changed shape.
 */
export function parseCaseList(raw: unknown): Parsed<{ cases: InboxCase[]; nextToken?: string }> {
  const top = parseCaseListShape(raw);
  if (!top.ok) return top;
  const cases = top.value.items.map(parseListedCase);
  return caseListResult(cases, top.value.nextToken);
}

/** The list's wrapper only: its raw case items (to be read one by one, e.g. in slices) and page token. */
export function parseCaseListShape(raw: unknown): Parsed<{ items: unknown[]; nextToken?: string }> {
  const top = caseListSchema.safeParse(raw);
  if (!top.success) return { ok: false, reason: `case list changed (${describe(top.error)})` };
  return { ok: true, value: { items: top.data.cases, nextToken: blankToUndefined(top.data.nextToken) }, skipped: 0 };
}

/** One listed case; null when it lacks a usable id or a field has the wrong type. */
export function parseListedCase(item: unknown): InboxCase | null {
  const parsed = listCaseSchema.safeParse(item);
  if (!parsed.success) return null;
  const c = parsed.data;
  return {
    caseId: c.caseId,
    buyerName: blankToUndefined(c.buyerName),
    subject: blankToUndefined(c.subject),
    marketplaceId: blankToUndefined(c.marketplaceId),
    orderIds: (c.orders ?? []).filter((o) => o.trim()).map((o) => o.trim()),
    status: blankToUndefined(c.status),
    lastUpdatedAt: c.lastUpdatedDate ?? undefined,
    openedAt: c.openDate ?? undefined,
    resolvedAt: c.resolveDate ?? undefined,
  };
}

/** The read cases, counting the unreadable; a list with cases but none readable is a changed shape. */
export function caseListResult(read: (InboxCase | null)[], nextToken?: string): Parsed<{ cases: InboxCase[]; nextToken?: string }> {
  const cases = read.filter((c): c is InboxCase => c !== null);
  const skipped = read.length - cases.length;
  if (read.length && !cases.length) return { ok: false, reason: `case list changed (none of ${skipped} cases readable)` };
  return { ok: true, value: { cases, nextToken }, skipped };
}

/** Who wrote an artifact: the seller's own flag first, the party role second; null when neither says. */
function author(artifact: z.infer<typeof artifactSchema>): 'buyer' | 'seller' | null {
  if (artifact.isRequestedPartySender === true) return 'seller';
  const role = artifact.creator?.partyRole?.toUpperCase();
  if (role === 'SELLER') return 'seller';
  if (role === 'BUYER') return artifact.isRequestedPartySender === false || artifact.isRequestedPartySender == null ? 'buyer' : null;
  return null;
}

/**
 * `GET /messaging/api/global/cases/{caseId}` -> its messages, oldest first. Fails closed on any
 * message whose author or time cannot be read: a timeline with a hole would move the deadline.
 * Non-message artifacts (status changes, notes) are left out.
 */
export function parseCaseDetail(raw: unknown, caseId?: string): Parsed<CaseMessage[]> {
  const top = caseDetailSchema.safeParse(raw);
  if (!top.success) return { ok: false, reason: `case messages changed (${describe(top.error)})` };
  const detailId = top.data.partyCase.caseId;
  if (caseId && detailId && detailId !== caseId) return { ok: false, reason: 'case messages belong to another case' };
  const messages: CaseMessage[] = [];
  let skipped = 0;
  for (const item of top.data.partyCase.caseArtifacts) {
    const type = (item as { artifactType?: unknown } | null)?.artifactType;
    if (typeof type === 'string' && type.toUpperCase() !== 'MESSAGE') {
      skipped += 1;
      continue;
    }
    const parsed = artifactSchema.safeParse(item);
    if (!parsed.success) return { ok: false, reason: `case messages changed (${describe(parsed.error)})` };
    const from = author(parsed.data);
    if (!from) return { ok: false, reason: 'case messages changed (a message without a known author)' };
    messages.push({ from, at: parsed.data.createdDate, text: parsed.data.message?.messageBody ?? '' });
  }
  messages.sort((a, b) => a.at - b.at);
  return { ok: true, value: messages, skipped };
}

export interface CaseTimeline {
  messages: { from: 'buyer' | 'seller'; at: number; estimated: boolean }[];
  nrnAt: number[];
}

/**
 * The SLA timeline of a case: exact from its messages when read, else estimated from the list.
 * Without messages, a case Amazon lists as needing a reply has a buyer message no later than its
 * last update: that time is the estimate (marked, so the badge says so).
 * A resolve stamp counts as "No response needed": it closes the buyer messages before it, and a
 * later buyer message restarts the clock (the SLA rules handle both).
 */
export function caseTimeline(listed: InboxCase, messages?: readonly CaseMessage[]): CaseTimeline | null {
  const nrnAt = listed.resolvedAt !== undefined ? [listed.resolvedAt] : [];
  if (messages) return { messages: messages.map((m) => ({ from: m.from, at: m.at, estimated: false })), nrnAt };
  const at = listed.lastUpdatedAt ?? listed.openedAt;
  if (at === undefined) return null;
  // an estimate from the list: the resolve stamp may be the last update itself, so it is not applied
  return { messages: [{ from: 'buyer', at, estimated: true }], nrnAt: [] };
}
