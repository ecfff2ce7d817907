// SLA countdown badges on every unanswered inbox thread. The truth comes from Amazon's own inbox
// JSON when it answers (amazon-sync.ts: exact times for every case needing a reply, even with no
// list row recognised); the page is then only where a badge goes. When the JSON is missing or changed,
// the page readers (lib/inbox-page) take over and health says `partial` with the reason.
// Records go to the background (thread-book.ts), so the popup, the toolbar count and reminders know them.
//
// Speed: badges are painted as soon as the rows are read (from what the page or the JSON already
// told us); storing waits for no one. One shared ticker repaints only the badges whose visible text
// changed (once a minute each), so a tick over 1,000 badges is a few comparisons each.
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { isInboxPage, threadLink } from '../../lib/surface-urls';
import { initClock, now } from '../../lib/clock';
import { measure } from '../../lib/instrument';
import { send } from '../../storage/client';
import { currentSettings, watchSettings } from '../../lib/settings-feed';
import { mergeThread } from '../../storage/merge-thread';
import type { HealthStatus, ThreadRecord } from '../../storage/schema';
import { marketplaceForHost } from '../../rules/marketplaces';
import { pageUiLanguage } from '../../lib/page-language';
import { joinRow, listMessage, nrnStep, orderKey, recordFromListRow, recordFromOpenThread, rowKey, type ObservedThread, type RecordContext } from '../../rules/inbox-threads';
import { documentOf, inboxDocuments, readOpenThread, readThreadList, pageLanguage, withReadPass, type OpenThread, type ThreadRow } from './page';
import { ThreadBook } from './thread-book';
import { BadgeLayer, type KeyedRow } from './badge-layer';
import { amazon, AmazonSync } from './amazon-sync';

const TICK_MS = 1000;
const AMAZON_REFRESH_MS = 60_000;


// the top page's host: a frame's URL opened on its own would lose Seller Central's chrome
const threadUrl = (key: string) => threadLink(location.hostname, key);

/** The thread a row shows: Amazon's case when the row joins one, else the row's own key. */
function keyOf(row: ThreadRow, aliases: ReadonlyMap<string, string>): string | undefined {
  const joined = amazon.view ? joinRow(row, amazon.view.index) : undefined;
  if (joined) return joined;
  const own = rowKey(row);
  return own ? (aliases.get(own) ?? own) : undefined;
}

/** What health says: ok, or partial with every reason we are not seeing everything. */
function inboxHealth(rows: ThreadRow[], keyedRows: number, open: OpenThread | null): [HealthStatus, string | undefined] {
  const problems: string[] = [];
  const view = amazon.view;
  if (amazon.problem) problems.push(view ? amazon.problem : `${amazon.problem}: times read from the page`);
  if (!rows.length && !open) {
    if (view) return ['partial', [`no message list recognised on this page, so no badges (Amazon's data: ${view.cases.size} cases need a reply)`, ...problems].join('; ')];
    return ['not-found', ['no message list or open thread recognised on this page', ...problems].join('; ')];
  }
  if (!view) {
    const untimed = rows.filter((r) => r.responseNeeded && r.receivedAt === undefined).length;
    if (untimed) problems.push(`${untimed} of ${rows.length} rows show no readable time`);
    if (keyedRows < rows.length) problems.push(`${rows.length - keyedRows} rows show neither a case nor an order id`);
  }
  if (open?.unreadable) problems.push(`${open.unreadable} message times could not be read`);
  return problems.length ? ['partial', problems.join('; ')] : ['ok', undefined];
}

export const inboxFeature: Feature = {
  id: 'inbox-sla-badges',
  surface: 'inbox',
  matches: isInboxPage,
  async run({ signal, report }) {
    const started = performance.now();
    // both from storage.local: the first badges need no answer from the background
    let [settings] = await Promise.all([currentSettings(), initClock()]);
    measure('rg:inbox-startup', started);
    const host = location.hostname;
    const market = marketplaceForHost(host);
    const context = (at: number): RecordContext => ({ host, at, urlFor: threadUrl, marketplaceId: market?.id });
    const badges = new BadgeLayer(market?.timeZone ?? 'UTC');
    let lastRows: KeyedRow[] = [];
    const book = new ThreadBook({
      host,
      now,
      internalSlaHours: () => settings.internalSlaHours,
      urlFor: threadUrl,
      onStored: () => !signal.aborted && placeBadges(now()),
      onError: (message) => report('error', message),
    });
    const sync = new AmazonSync({ signal, book, host, now, context, onView: () => requestScan(), onExact: () => placeBadges(now()) });

    /** With Amazon's data its cases decide which rows wait; without it the row's own "response needed"
     *  or what we know of the thread (another filter's rows carry no label). */
    function placeBadges(at: number, rows: KeyedRow[] = lastRows) {
      badges.place(rows, ({ row, key }) => ((amazon.view ? amazon.view.cases.has(key) : row.responseNeeded || book.known.has(key)) ? book.deadlines.get(key) : undefined), at);
    }

    let lastOpenShape = '';
    async function scan() {
      const t0 = performance.now();
      const at = now();
      watchFrames();
      badges.lang = pageUiLanguage();
      const ctx = { timeZone: market?.timeZone ?? 'UTC', now: at, lang: pageLanguage() };
      // one walk of the page for both readers
      const { rows, open } = withReadPass(() => {
        const listed = readThreadList(document, ctx);
        return { rows: listed, open: readOpenThread(document, ctx, listed) };
      });
      measure('rg:inbox-read', t0);
      if (open?.orderId && book.aliases.get(orderKey(open.orderId)) !== open.caseId) book.moveStandIn(orderKey(open.orderId), open.caseId);
      const keyed = rows.flatMap((row) => {
        const key = keyOf(row, book.aliases);
        return key ? [{ row, key }] : [];
      });
      report(...inboxHealth(rows, keyed.length, open));
      lastRows = keyed;
      if (!keyed.length && !open) return placeBadges(at, []);
      await readStored(keyed, open, at);
      if (signal.aborted) return;

      const t2 = performance.now();
      noticeNrn(open, at);
      const observations: (ObservedThread | null)[] = [];
      // Amazon's data decides which listed threads wait; without it, the rows' own labels do (once
      // Amazon's answer is in: rows stored under their order id before it would be stand-ins to move)
      if (!amazon.view && amazon.settled) for (const { row, key } of keyed) observations.push(recordFromListRow({ ...row, key }, context(at)));
      if (open) {
        const row = keyed.find((r) => r.key === open.caseId)?.row;
        observations.push(recordFromOpenThread({ ...open, noResponseNeededOffered: !!open.noResponseNeeded }, row, context(at)));
        const shape = `${open.caseId}|${open.messages.length}|${open.messages.at(-1)?.from ?? ''}|${!!open.noResponseNeeded}`;
        if (lastOpenShape && shape !== lastOpenShape && amazon.view) sync.poke();
        lastOpenShape = shape;
      }
      book.ingest(observations);
      placeBadges(now(), keyed);
      measure('rg:inbox-merge-place', t2);
      // a row Amazon's data does not know yet may be a new case: read the list again (rate-limited)
      if (amazon.view && rows.some((r) => r.responseNeeded && !joinRow(r, amazon.view!.index))) void sync.sync(15_000);
    }

    /** Paints at once from what the page shows, then reads the stored records of threads not looked up
     *  yet (a first-seen time from an earlier visit, exact times seen before) and refines. */
    async function readStored(keyed: KeyedRow[], open: OpenThread | null, at: number) {
      const unknown = [...new Set([...keyed.map((r) => r.key), ...(open ? [open.caseId] : [])])].filter((id) => !book.fetched.has(id));
      if (!unknown.length) return;
      for (const { row, key } of keyed) {
        if (book.known.has(key) || book.deadlines.has(key) || !row.responseNeeded) continue;
        // the deadline only needs the buyer message's time; the full record is built after
        book.setDeadline(key, { messages: [listMessage(row, at)], nrnAt: [] });
      }
      placeBadges(now(), keyed);
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

    let scanning: Promise<void> | null = null;
    let again = false;
    function requestScan() {
      measure(scanning ? 'rg:inbox-request-busy' : 'rg:inbox-request', performance.now());
      if (scanning) {
        again = true;
        return;
      }
      scanning = scan()
        .catch((error: unknown) => report('error', (error as Error).message))
        .finally(() => {
          scanning = null;
          if (again && !signal.aborted) {
            again = false;
            requestScan();
          }
        });
    }

    const nrnOffered = new Map<string, number>(); // case id -> time of the buyer message it was under
    function noticeNrn(open: OpenThread | null, at: number) {
      if (!open) return;
      const step = nrnStep({ messages: open.messages, noResponseNeededOffered: !!open.noResponseNeeded }, nrnOffered.get(open.caseId));
      if (step.kind === 'offered') nrnOffered.set(open.caseId, step.offeredFor);
      if (step.kind !== 'used') return;
      nrnOffered.delete(open.caseId);
      void send('thread/nrn', { host, caseId: open.caseId, at }).catch(() => undefined);
      void send('usage/record', { kind: 'nrn', host, caseId: open.caseId }).catch(() => undefined);
      // apply it here too: a scan racing the write must not bring the badge back
      const record = book.known.get(open.caseId);
      if (record) book.remember({ ...record, nrnAt: [...record.nrnAt, at] });
      if (amazon.view) sync.poke();
    }

    // the top document, and every same-origin frame the messaging app appears in (found on each scan;
    // the top document's poll finds frames that load later)
    const watched = new WeakSet<Document>();
    function watchFrames() {
      for (const root of inboxDocuments(document)) {
        const doc = documentOf(root);
        if (watched.has(doc)) continue;
        watched.add(doc);
        if (doc !== document) observeDeep(doc, requestScan, { signal });
      }
    }
    watchFrames();
    observeDeep(document, requestScan, { signal });
    void sync.sync();
    const refresher = setInterval(() => void sync.sync(), AMAZON_REFRESH_MS);
    // a new internal reply target in Options re-colours the badges of this open tab
    watchSettings(signal, (next) => {
      if (next.internalSlaHours === settings.internalSlaHours) return;
      settings = next;
      book.recompute();
      placeBadges(now());
    });
    const ticker = setInterval(() => {
      const tickStarted = performance.now();
      badges.tick(now());
      measure('rg:inbox-tick', tickStarted);
    }, TICK_MS);
    signal.addEventListener('abort', () => {
      clearInterval(ticker);
      clearInterval(refresher);
      badges.clear();
    });
  },
};
