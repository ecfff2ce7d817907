// The messaging inbox's own JSON, read the way the inbox app reads it (inbox-api.md §1, §6): the list
// of cases needing a reply, then each listed case's messages. Same-origin GET only - never the
// writes the evidence lists (reply, resolve). At most ~3 look-ups a second; a case's messages are
// kept until the list shows a newer `lastUpdatedDate` for it. Validation lives in rules/inbox-cases.
import { createJsonReader, HttpError } from '../../lib/same-origin-json';
import { caseListResult, parseCaseDetail, parseCaseListShape, parseListedCase, type CaseMessage, type InboxCase, type Parsed } from '../../rules/inbox-cases';

const reader = createJsonReader({ minGapMs: 350, cacheMs: 60_000 });
// the default view's call: cases needing a reply, oldest first (the most urgent are read first)
export const ACTION_NEEDED_PATH = '/messaging/api/global/cases?filterList=ACTION_NEEDED&sortDirection=ASCENDING';
// GUESS: the page token's parameter name (the capture shows `nextToken` only in responses)
const MAX_PAGES = 5;
const SLICE = 100;

/** Lets the page (and our own scan of it) run before the next slice of work. */
export function yieldToPage(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) =>
    setTimeout(() => (signal.aborted ? reject(new DOMException('aborted', 'AbortError')) : resolve()), 0),
  );
}

export interface CaseList {
  cases: InboxCase[];
  /** every page was read: a case missing from it really left "needs a reply" */
  complete: boolean;
  skipped: number;
}

function failure(error: unknown): string {
  if (error instanceof HttpError) return `Amazon's inbox data did not answer (${error.status})`;
  if ((error as Error)?.name === 'AbortError') throw error;
  if (error instanceof SyntaxError) return "Amazon's inbox data is not JSON any more";
  return `Amazon's inbox data could not be read (${(error as Error)?.message ?? String(error)})`;
}

/** The cases needing a reply (all pages, up to a bound). */
export async function readActionNeeded(signal: AbortSignal, maxAgeMs?: number): Promise<Parsed<CaseList>> {
  const cases: InboxCase[] = [];
  let skipped = 0;
  let path = ACTION_NEEDED_PATH;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    let raw: unknown;
    try {
      raw = await reader.get(path, signal, { maxAgeMs });
    } catch (error) {
      return { ok: false, reason: failure(error) };
    }
    const shape = parseCaseListShape(raw);
    if (!shape.ok) return shape;
    // read in slices: a list of a thousand cases must not hold the page (its rows are being drawn)
    const read: (InboxCase | null)[] = [];
    for (const item of shape.value.items) {
      read.push(parseListedCase(item));
      if (read.length % SLICE === 0) await yieldToPage(signal);
    }
    const parsed = caseListResult(read, shape.value.nextToken);
    if (!parsed.ok) return parsed;
    cases.push(...parsed.value.cases);
    skipped += parsed.skipped;
    if (!parsed.value.nextToken) return { ok: true, value: { cases, complete: true, skipped }, skipped };
    path = `${ACTION_NEEDED_PATH}&nextToken=${encodeURIComponent(parsed.value.nextToken)}`;
  }
  return { ok: true, value: { cases, complete: false, skipped }, skipped };
}

const messagesCache = new Map<string, { version: string; messages: CaseMessage[] }>();
const versionOf = (c: InboxCase) => String(c.lastUpdatedAt ?? c.openedAt ?? '');

/** Messages already read for this version of the case, without asking. */
export function cachedMessages(c: InboxCase): CaseMessage[] | undefined {
  const hit = messagesCache.get(c.caseId);
  return hit && hit.version === versionOf(c) ? hit.messages : undefined;
}

/** One case's messages; read again only when the case changed (or `fresh`). */
export async function readCaseMessages(c: InboxCase, signal: AbortSignal, { fresh = false } = {}): Promise<Parsed<CaseMessage[]>> {
  const cached = fresh ? undefined : cachedMessages(c);
  if (cached) return { ok: true, value: cached, skipped: 0 };
  const query = c.marketplaceId ? `?marketplaceId=${encodeURIComponent(c.marketplaceId)}` : '';
  const path = `/messaging/api/global/cases/${encodeURIComponent(c.caseId)}${query}`;
  reader.forget(path); // the version key decides freshness, not the reader's clock
  let raw: unknown;
  try {
    raw = await reader.get(path, signal);
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
  const parsed = parseCaseDetail(raw, c.caseId);
  if (parsed.ok) messagesCache.set(c.caseId, { version: versionOf(c), messages: parsed.value });
  return parsed;
}

/** The list changed on the page (a reply, a resolve): ask again on the next read. */
export function forgetCaseList(): void {
  reader.forget(ACTION_NEEDED_PATH);
}

/** test hook */
export function resetInboxApi(): void {
  reader.reset();
  messagesCache.clear();
}
