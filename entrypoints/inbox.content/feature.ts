// SLA countdown badges on every unanswered inbox thread. The truth comes from Amazon's own inbox
// JSON when it answers (amazon-inbox.ts: exact times for every case needing a reply, even with no
// list row recognised); the page is then only where a badge goes. When the JSON is missing or changed,
// the page readers (page.ts) take over and health says `partial` with the reason.
// Records go to the background, so the popup, the toolbar count and reminders know them.
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
import type { ThreadRecord } from '../../storage/schema';
import { marketplaceForHost } from '../../rules/marketplaces';
import { slaStatus, type CountdownLanguage, type ThreadTimeline } from '../../rules/sla';
import type { InboxCase } from '../../rules/inbox-cases';
import {
  buildCaseIndex,
  joinRow,
  listMessage,
  nrnStep,
  orderKey,
  recordFromCase,
  recordFromListRow,
  recordFromOpenThread,
  resolvedOutOfView,
  rowKey,
  type CaseIndex,
  type ObservedThread,
  type RecordContext,
} from '../../rules/inbox-threads';
import { cachedMessages, forgetCaseList, readActionNeeded, readCaseMessages, yieldToPage } from './amazon-inbox';
import { inboxDocuments, readOpenThread, readThreadList, uiLanguage, withReadPass, type OpenThread, type ThreadRow } from './page';
import { createBadge, updateBadge, type BadgeModel } from './badges';

const TICK_MS = 1000;
const AMAZON_REFRESH_MS = 60_000;

function countdownLanguage(lang: string): CountdownLanguage {
  const base = lang.split('-')[0];
  return base === 'de' || base === 'fr' || base === 'es' || base === 'it' || base === 'ja' ? base : 'en';
}

// the top page's host: a frame's URL opened on its own would lose Seller Central's chrome
const threadUrl = (key: string) => threadLink(location.hostname, key);

function documentOf(root: ParentNode): Document {
  // nodeType, not instanceof: a frame's nodes come from another realm
  return (root as Node).nodeType === Node.DOCUMENT_NODE ? (root as Document) : ((root as Node).ownerDocument ?? document);
}

// Containers whose children must be cells or items (a badge there breaks the host's table or list)
const STRICT_PARENT = 'tr, thead, tbody, table, ul, ol, dl, select, [role="row"], [role="grid"], [role="list"], [role="table"]';
const CELL = 'td, th, li, [role="cell"], [role="gridcell"], [role="listitem"]';

/** Right after the row's time when that is allowed there; else inside the time's cell, or the row's last cell. */
function placeBadge(row: ThreadRow, badge: HTMLElement) {
  const time = row.timeElement;
  if (time && !time.matches(CELL) && !time.parentElement?.matches(STRICT_PARENT)) return time.after(badge);
  if (time) return (time.matches(CELL) ? time : (time.closest(CELL) ?? time)).append(badge);
  const cells = row.row.matches(STRICT_PARENT) ? [...row.row.children].filter((c) => c.matches(CELL)) : [];
  (cells.at(-1) ?? row.row).append(badge);
}

/** What we store about a thread: its visible fields and timeline, not when we last looked. */
const signature = (t: ThreadRecord) => JSON.stringify([t.messages, t.nrnAt, t.orderId, t.buyerAlias, t.subject, t.source, t.marketplaceId]);

/** Amazon's view of the inbox, kept across SPA navigations (the feature restarts on each). */
interface AmazonView {
  cases: Map<string, InboxCase>;
  index: CaseIndex;
}
let amazonView: AmazonView | null = null;
let amazonProblem: string | null = null;
/** Amazon's inbox JSON answered (or failed) at least once: until then the page's rows are not stored */
let amazonSettled = false;
/** case ids Amazon listed as needing a reply last time (a case that leaves the list was resolved) */
let listedBefore = new Set<string>();

type Deadline = Omit<BadgeModel, 'threadId' | 'marketplaceTimeZone'>;

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
    const timeZone = market?.timeZone ?? 'UTC';
    const recordContext = (at: number): RecordContext => ({ host, at, urlFor: threadUrl, marketplaceId: market?.id });
    /** the best record we know per thread key: stored, merged with what this page and Amazon showed */
    const known = new Map<string, ThreadRecord>();
    /** deadline per thread key, recomputed only when its record changes; null = answered */
    const deadlines = new Map<string, Deadline | null>();
    const fetched = new Set<string>();
    const badges = new Map<string, { element: HTMLElement; model: BadgeModel }>();
    /** stand-in keys (`order:<id>`) whose case id the open thread revealed */
    const aliases = new Map<string, string>();
    let lang: CountdownLanguage = 'en';
    let lastRows: { row: ThreadRow; key: string }[] = [];

    function remember(thread: ThreadRecord) {
      known.set(thread.caseId, thread);
      setDeadline(thread.caseId, thread);
    }

    function setDeadline(key: string, timeline: ThreadTimeline) {
      const status = slaStatus(timeline, now(), { internalSlaHours: settings.internalSlaHours });
      deadlines.set(key, status.dueAt === undefined || status.internalDueAt === undefined ? null : { dueAt: status.dueAt, internalDueAt: status.internalDueAt, estimated: status.estimated });
    }

    /** Merges observations into what we know; the changed ones are stored (the background merges alike). */
    function ingest(observations: (ObservedThread | null)[]) {
      const changed: ThreadRecord[] = [];
      for (const incoming of observations) {
        if (!incoming) continue;
        const before = known.get(incoming.caseId);
        const merged = mergeThread(before, incoming);
        if (before && signature(before) === signature(merged)) continue;
        remember(merged);
        changed.push(incoming);
      }
      for (let i = 0; i < changed.length; i += 1000) void store(changed.slice(i, i + 1000));
      return changed.length;
    }

    async function store(threads: ThreadRecord[]) {
      try {
        const saved = (await send('threads/upsert', { threads })).threads;
        for (const thread of saved) remember(thread);
        if (!signal.aborted) place(lastRows, now());
      } catch (error) {
        for (const thread of threads) fetched.delete(thread.caseId); // read it back next time
        report('error', `could not store threads: ${(error as Error).message}`);
      }
    }

    /** The thread a row shows: Amazon's case when the row joins one, else the row's own key. */
    function keyOf(row: ThreadRow): string | undefined {
      if (amazonView) {
        const joined = joinRow(row, amazonView.index);
        if (joined) return joined;
      }
      const own = rowKey(row);
      return own ? (aliases.get(own) ?? own) : undefined;
    }

    /** Re-place badges after list re-renders and drop those whose thread left the list or was answered. */
    function place(rows: { row: ThreadRow; key: string }[], at: number) {
      const seen = new Set<string>();
      for (const { row, key } of rows) {
        // with Amazon's data, its cases decide; without it, the row's own "response needed" or what we
        // know of the thread (another filter's rows carry no label)
        const waits = amazonView ? amazonView.cases.has(key) : row.responseNeeded || known.has(key);
        const deadline = waits ? deadlines.get(key) : undefined;
        if (!deadline || seen.has(key)) continue;
        seen.add(key);
        const model: BadgeModel = { threadId: key, marketplaceTimeZone: timeZone, ...deadline };
        const badge = badges.get(key);
        // the host re-renders rows: a badge whose row vanished is re-created in the new row
        if (!badge || !badge.element.isConnected || !row.row.contains(badge.element)) {
          badge?.element.remove();
          // filled in before it joins the page: one insertion for the page's observers to see
          const element = createBadge(row.row.ownerDocument);
          updateBadge(element, model, at, lang);
          placeBadge(row, element);
          badges.set(key, { element, model });
          continue;
        }
        badge.model = model;
        updateBadge(badge.element, model, at, lang);
      }
      for (const [key, badge] of badges) {
        if (seen.has(key)) continue;
        badge.element.remove();
        badges.delete(key);
      }
    }

    function tick(at: number) {
      for (const badge of badges.values()) updateBadge(badge.element, badge.model, at, lang);
    }

    // ------------------------------------------------------------------ Amazon's inbox JSON
    let syncing = false;
    async function syncAmazon(maxAgeMs?: number) {
      if (syncing || signal.aborted) return;
      syncing = true;
      try {
        const list = await readActionNeeded(signal, maxAgeMs);
        if (signal.aborted) return;
        amazonSettled = true;
        if (!list.ok) {
          amazonView = null;
          amazonProblem = list.reason;
          requestScan();
          return;
        }
        const cases = list.value.cases;
        amazonView = { cases: new Map(cases.map((c) => [c.caseId, c])), index: buildCaseIndex(cases) };
        adoptStandIns(amazonView.index);
        amazonProblem = list.value.skipped ? `${list.value.skipped} of Amazon's cases could not be read` : null;
        // what is known at once: messages read before, else the list's estimate (in slices: the
        // page draws its rows meanwhile)
        for (let i = 0; i < cases.length; i += 100) {
          ingest(cases.slice(i, i + 100).map((c) => recordFromCase(c, cachedMessages(c), recordContext(now()))));
          await yieldToPage(signal);
        }
        requestScan();
        // then each case's messages, oldest case first (the most urgent are exact first)
        for (const c of cases) {
          if (signal.aborted) return;
          if (cachedMessages(c)) continue;
          const messages = await readCaseMessages(c, signal);
          if (!messages.ok) {
            amazonProblem = messages.reason;
            continue;
          }
          if (ingest([recordFromCase(c, messages.value, recordContext(now()))])) place(lastRows, now());
        }
        if (list.value.complete) await settleLeftCases(cases);
      } catch (error) {
        if ((error as Error).name !== 'AbortError') amazonProblem = `Amazon's inbox data: ${(error as Error).message}`;
      } finally {
        syncing = false;
      }
    }

    /** Threads stored under their order id (the page showed no case id) belong to Amazon's case of that order. */
    function adoptStandIns(index: CaseIndex) {
      for (const key of [...known.keys()]) {
        const orderId = key.startsWith('order:') ? key.slice('order:'.length) : undefined;
        const caseId = orderId && index.byOrder.get(orderId);
        if (caseId) moveStandIn(key, caseId);
      }
    }

    function moveStandIn(standIn: string, caseId: string) {
      aliases.set(standIn, caseId);
      const record = known.get(standIn);
      if (!record) return;
      known.delete(standIn);
      deadlines.delete(standIn);
      ingest([{ ...record, caseId, url: threadUrl(caseId) }]);
      void send('thread/alias', { host, from: standIn, to: caseId }).catch(() => undefined);
    }

    /** Cases that left "needs a reply": read once more; still waiting on the buyer means Amazon resolved it. */
    async function settleLeftCases(cases: InboxCase[]) {
      const listed = new Set(cases.map((c) => c.caseId));
      const left = [...listedBefore].filter((id) => !listed.has(id));
      listedBefore = listed;
      if (!left.length) return;
      const stored = await send('threads/get', { host, caseIds: left.slice(0, 500) }).catch(() => ({ threads: [] as ThreadRecord[] }));
      for (const thread of stored.threads) if (!known.has(thread.caseId)) remember(thread);
      for (const caseId of left) {
        const record = known.get(caseId);
        if (!record || signal.aborted) continue;
        const messages = await readCaseMessages({ caseId, marketplaceId: record.marketplaceId, orderIds: [] }, signal, { fresh: true });
        const at = now();
        const timeline = messages.ok ? messages.value.map((m) => ({ from: m.from, at: m.at, estimated: false })) : record.messages;
        const refreshed: ThreadRecord = { ...record, messages: timeline, source: messages.ok ? 'api' : record.source, lastSeenAt: at };
        const resolvedAt = resolvedOutOfView(refreshed, at);
        ingest([{ ...refreshed, nrnAt: resolvedAt === undefined ? refreshed.nrnAt : [...refreshed.nrnAt, resolvedAt] }]);
      }
      place(lastRows, now());
    }

    let pokeTimer: ReturnType<typeof setTimeout> | undefined;
    /** The page changed what Amazon would say (a reply sent, a thread resolved): ask again shortly. */
    function pokeAmazon() {
      clearTimeout(pokeTimer);
      pokeTimer = setTimeout(() => {
        forgetCaseList();
        void syncAmazon(0);
      }, 1500);
    }

    // ------------------------------------------------------------------ the page
    let lastOpenShape = '';
    async function scan() {
      const t0 = performance.now();
      const at = now();
      watchFrames();
      lang = countdownLanguage(uiLanguage());
      const ctx = { timeZone, now: at, lang: uiLanguage() };
      // one walk of the page for both readers
      const { rows, open } = withReadPass(() => {
        const listed = readThreadList(document, ctx);
        return { rows: listed, open: readOpenThread(document, ctx, listed) };
      });
      measure('rg:inbox-read', t0);
      if (open) learnAlias(open);
      const keyed = rows.flatMap((row) => {
        const key = keyOf(row);
        return key ? [{ row, key }] : [];
      });
      reportHealth(rows, keyed.length, open);
      lastRows = keyed;
      if (!keyed.length && !open) {
        place([], at);
        return;
      }

      // one read for every thread not looked up yet: a first-seen time must survive reloads
      const unknown = [...new Set([...keyed.map((r) => r.key), ...(open ? [open.caseId] : [])])].filter((id) => !fetched.has(id));
      if (unknown.length) {
        // paint at once from what the page shows; the stored record (a first-seen time from an
        // earlier visit, exact times seen before) refines these badges when it arrives
        for (const { row, key } of keyed) {
          if (known.has(key) || deadlines.has(key) || !row.responseNeeded) continue;
          setDeadline(key, { messages: [listMessage(row, at)], nrnAt: [] });
        }
        place(keyed, now());
        unknown.forEach((id) => fetched.add(id));
        // let this frame paint the badges first: asking the background validates and copies every
        // key (1,000 here) before anything else can run
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (signal.aborted) return;
        const t1 = performance.now();
        const stored = await send('threads/get', { host, caseIds: unknown.slice(0, 2000) }).catch(() => ({ threads: [] as ThreadRecord[] }));
        measure('rg:inbox-get', t1);
        for (const thread of stored.threads) {
          const mine = known.get(thread.caseId);
          remember(mine ? mergeThread(thread, mine) : thread);
        }
        if (signal.aborted) return;
      }

      const t2 = performance.now();
      noticeNrn(open, at);
      const observations: (ObservedThread | null)[] = [];
      // Amazon's data decides which listed threads wait; without it, the rows' own labels do (once
      // Amazon's answer is in: rows stored under their order id before it would be stand-ins to move)
      if (!amazonView && amazonSettled) for (const { row, key } of keyed) observations.push(recordFromListRow({ ...row, key }, recordContext(at)));
      if (open) {
        const row = keyed.find((r) => r.key === open.caseId)?.row;
        observations.push(recordFromOpenThread({ ...open, noResponseNeededOffered: !!open.noResponseNeeded }, row, recordContext(at)));
        const shape = `${open.caseId}|${open.messages.length}|${open.messages.at(-1)?.from ?? ''}|${!!open.noResponseNeeded}`;
        if (lastOpenShape && shape !== lastOpenShape && amazonView) pokeAmazon();
        lastOpenShape = shape;
      }
      ingest(observations);
      place(keyed, now());
      measure('rg:inbox-merge-place', t2);
      // a row Amazon's data does not know yet may be a new case: read the list again (rate-limited)
      if (amazonView && rows.some((r) => r.responseNeeded && !joinRow(r, amazonView!.index))) void syncAmazon(15_000);
    }

    function reportHealth(rows: ThreadRow[], keyedRows: number, open: OpenThread | null) {
      const problems: string[] = [];
      if (amazonProblem) problems.push(amazonView ? amazonProblem : `${amazonProblem}: times read from the page`);
      if (!rows.length && !open) {
        if (amazonView) report('partial', [`no message list recognised on this page, so no badges (Amazon's data: ${amazonView.cases.size} cases need a reply)`, ...problems].join('; '));
        else report('not-found', ['no message list or open thread recognised on this page', ...problems].join('; '));
        return;
      }
      if (!amazonView) {
        const untimed = rows.filter((r) => r.responseNeeded && r.receivedAt === undefined).length;
        if (untimed) problems.push(`${untimed} of ${rows.length} rows show no readable time`);
        if (keyedRows < rows.length) problems.push(`${rows.length - keyedRows} rows show neither a case nor an order id`);
      }
      if (open?.unreadable) problems.push(`${open.unreadable} message times could not be read`);
      report(problems.length ? 'partial' : 'ok', problems.length ? problems.join('; ') : undefined);
    }

    /** The open thread names its case id and order id: a row stored under its order id is that case. */
    function learnAlias(open: OpenThread) {
      if (!open.orderId) return;
      const standIn = orderKey(open.orderId);
      if (aliases.get(standIn) !== open.caseId) moveStandIn(standIn, open.caseId);
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
      const record = known.get(open.caseId);
      if (record) remember({ ...record, nrnAt: [...record.nrnAt, at] });
      if (amazonView) pokeAmazon();
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
    void syncAmazon();
    const refresher = setInterval(() => void syncAmazon(), AMAZON_REFRESH_MS);
    // a new internal reply target in Options re-colours the badges of this open tab
    watchSettings(signal, (next) => {
      if (next.internalSlaHours === settings.internalSlaHours) return;
      settings = next;
      for (const thread of [...known.values()]) remember(thread);
    });
    const ticker = setInterval(() => {
      const tickStarted = performance.now();
      tick(now());
      measure('rg:inbox-tick', tickStarted);
    }, TICK_MS);
    signal.addEventListener('abort', () => {
      clearInterval(ticker);
      clearInterval(refresher);
      clearTimeout(pokeTimer);
      for (const badge of badges.values()) badge.element.remove();
    });
  },
};
