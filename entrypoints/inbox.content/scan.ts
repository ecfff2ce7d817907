// One scan of the inbox: read the page (list rows and the open thread), key each row to its thread,
// paint from what is known, read stored records once per thread, then store what the page showed.
import { now } from '../../lib/clock';
import { measure } from '../../lib/instrument';
import { send } from '../../storage/client';
import { mergeThread } from '../../storage/merge-thread';
import type { ThreadRecord } from '../../storage/schema';
import { pageUiLanguage } from '../../lib/page-language';
import { openThreadShape, unfetchedKeys } from '../../rules/inbox-scan';
import { joinRow, listMessage, orderKey, recordFromListRow, recordFromOpenThread, rowKey, type ObservedThread } from '../../rules/inbox-threads';
import { readOpenThread, readThreadList, pageLanguage, withReadPass, type OpenThread, type ThreadRow } from './page';
import type { KeyedRow } from './badge-layer';
import { amazon } from './amazon-sync';
import { inboxHealth } from './inbox-health';
import { noticeNrn } from './nrn-notice';
import { placeBadges, type InboxRun } from './inbox-run';

export async function scanInbox(run: InboxRun): Promise<void> {
  const t0 = performance.now();
  const at = now();
  run.watchFrames();
  run.badges.lang = pageUiLanguage();
  const { rows, open } = readInboxPage(run.timeZone, at);
  measure('rg:inbox-read', t0);
  const { book } = run;
  if (open?.orderId && book.aliases.get(orderKey(open.orderId)) !== open.caseId) book.moveStandIn(orderKey(open.orderId), open.caseId);
  const keyed = keyRows(rows, book.aliases);
  run.report(...inboxHealth(rows, keyed.length, open));
  run.lastRows = keyed;
  if (!keyed.length && !open) return placeBadges(run, at, []);
  await readStored(run, keyed, open, at);
  if (run.signal.aborted) return;

  const t2 = performance.now();
  noticeNrn(run, open, at);
  book.ingest(observe(run, keyed, open, at));
  placeBadges(run, now(), keyed);
  measure('rg:inbox-merge-place', t2);
  // a row Amazon's data does not know yet may be a new case: read the list again (rate-limited)
  if (amazon.view && rows.some((r) => r.responseNeeded && !joinRow(r, amazon.view!.index))) void run.sync.sync(15_000);
}

/** One walk of the page for both readers. */
function readInboxPage(timeZone: string, at: number): { rows: ThreadRow[]; open: OpenThread | null } {
  const ctx = { timeZone, now: at, lang: pageLanguage() };
  return withReadPass(() => {
    const listed = readThreadList(document, ctx);
    return { rows: listed, open: readOpenThread(document, ctx, listed) };
  });
}

/** The thread a row shows: Amazon's case when the row joins one, else the row's own key. */
function keyOf(row: ThreadRow, aliases: ReadonlyMap<string, string>): string | undefined {
  const joined = amazon.view ? joinRow(row, amazon.view.index) : undefined;
  if (joined) return joined;
  const own = rowKey(row);
  return own ? (aliases.get(own) ?? own) : undefined;
}

function keyRows(rows: ThreadRow[], aliases: ReadonlyMap<string, string>): KeyedRow[] {
  return rows.flatMap((row) => {
    const key = keyOf(row, aliases);
    return key ? [{ row, key }] : [];
  });
}

/**
 * What the page showed, as records to store. Amazon's data decides which listed threads wait;
 * without it, the rows' own labels do (once Amazon's answer is in: rows stored under their order id
 * before it would be stand-ins to move). An open thread that moved on asks Amazon's data again.
 */
function observe(run: InboxRun, keyed: KeyedRow[], open: OpenThread | null, at: number): (ObservedThread | null)[] {
  const observations: (ObservedThread | null)[] = [];
  if (!amazon.view && amazon.settled) for (const { row, key } of keyed) observations.push(recordFromListRow({ ...row, key }, run.context(at)));
  if (open) {
    const row = keyed.find((r) => r.key === open.caseId)?.row;
    observations.push(recordFromOpenThread({ ...open, noResponseNeededOffered: !!open.noResponseNeeded }, row, run.context(at)));
    const shape = openThreadShape({ caseId: open.caseId, messages: open.messages, noResponseNeededOffered: !!open.noResponseNeeded });
    if (run.lastOpenShape && shape !== run.lastOpenShape && amazon.view) run.sync.poke();
    run.lastOpenShape = shape;
  }
  return observations;
}

/** Paints at once from what the page shows, then reads the stored records of threads not looked up
 *  yet (a first-seen time from an earlier visit, exact times seen before) and refines. */
async function readStored(run: InboxRun, keyed: KeyedRow[], open: OpenThread | null, at: number): Promise<void> {
  const { book, signal, host } = run;
  const unknown = unfetchedKeys(keyed.map((r) => r.key), open?.caseId, book.fetched);
  if (!unknown.length) return;
  for (const { row, key } of keyed) {
    if (book.known.has(key) || book.deadlines.has(key) || !row.responseNeeded) continue;
    // the deadline only needs the buyer message's time; the full record is built after
    book.setDeadline(key, { messages: [listMessage(row, at)], nrnAt: [] });
  }
  placeBadges(run, now(), keyed);
  unknown.forEach((id) => book.fetched.add(id));
  // let this frame paint the badges first: asking the background validates and copies every key
  // (1,000 here) before anything else can run
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal.aborted) return;
  const t1 = performance.now();
  const stored = await send('threads/get', { host, caseIds: unknown.slice(0, 2000) }).catch(() => ({ threads: [] as ThreadRecord[] }));
  measure('rg:inbox-get', t1);
  for (const thread of stored.threads) {
    const mine = book.known.get(thread.caseId);
    book.remember(mine ? mergeThread(thread, mine) : thread);
  }
}
