// SLA countdown badges on every unanswered inbox thread; threads observed here are stored (background)
// so the popup, the toolbar count and reminders know them.
//
// Speed: badges are painted as soon as the stored records are read (one threads/get), merging what
// the page shows locally; storing waits for no one. One shared ticker repaints only the badges whose
// visible text changed (once a minute each), so a tick over 1,000 badges is a few comparisons each.
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { isInboxPage } from '../../lib/surface-urls';
import { initClock, now } from '../../lib/clock';
import { send } from '../../storage/client';
import { currentSettings, watchSettings } from '../../lib/settings-feed';
import { mergeThread } from '../../storage/merge-thread';
import type { ThreadRecord } from '../../storage/schema';
import { marketplaceForHost } from '../../rules/marketplaces';
import { slaStatus, type CountdownLanguage, type ThreadTimeline } from '../../rules/sla';
import { inboxDocuments, readOpenThread, readThreadList, uiLanguage, type OpenThread, type ThreadRow } from './page';
import { createBadge, updateBadge, type BadgeModel } from './badges';

const TICK_MS = 1000;

function countdownLanguage(lang: string): CountdownLanguage {
  const base = lang.split('-')[0];
  return base === 'de' || base === 'fr' || base === 'es' || base === 'it' || base === 'ja' ? base : 'en';
}

function threadUrl(caseId: string): string {
  // the top page's URL: a frame's URL opened on its own would lose Seller Central's chrome
  return `${location.origin}${location.pathname}?fi=responseNeeded&cc=${encodeURIComponent(caseId)}`;
}

function documentOf(root: ParentNode): Document {
  // nodeType, not instanceof: a frame's nodes come from another realm
  return (root as Node).nodeType === Node.DOCUMENT_NODE ? (root as Document) : ((root as Node).ownerDocument ?? document);
}

/** What we store about a thread: its visible fields and timeline, not when we last looked. */
const signature = (t: ThreadRecord) => JSON.stringify([t.messages, t.nrnAt, t.orderId, t.buyerAlias, t.subject, t.source]);

export const inboxFeature: Feature = {
  id: 'inbox-sla-badges',
  surface: 'inbox',
  matches: isInboxPage,
  async run({ signal, report }) {
    const started = performance.now();
    // both from storage.local: the first badges need no answer from the background
    let [settings] = await Promise.all([currentSettings(), initClock()]);
    performance.measure('rg:inbox-startup', { start: started, end: performance.now() });
    const host = location.hostname;
    const timeZone = marketplaceForHost(host)?.timeZone ?? 'UTC';
    /** the best record we know per case id: stored, merged with what this page showed */
    const known = new Map<string, ThreadRecord>();
    /** deadline per case id, recomputed only when its record changes; null = answered */
    const deadlines = new Map<string, Omit<BadgeModel, 'threadId' | 'marketplaceTimeZone'> | null>();
    const fetched = new Set<string>();
    const badges = new Map<string, { element: HTMLElement; model: BadgeModel }>();
    let lang: CountdownLanguage = 'en';

    function remember(thread: ThreadRecord) {
      known.set(thread.caseId, thread);
      setDeadline(thread.caseId, thread);
    }

    function setDeadline(caseId: string, timeline: ThreadTimeline) {
      const status = slaStatus(timeline, now(), { internalSlaHours: settings.internalSlaHours });
      deadlines.set(
        caseId,
        status.dueAt === undefined || status.internalDueAt === undefined ? null : { dueAt: status.dueAt, internalDueAt: status.internalDueAt, estimated: status.estimated },
      );
    }

    /** The buyer message a list row shows: its time when the list gives one, else first seen (an estimate). */
    function listMessage(row: ThreadRow, at: number) {
      return { from: 'buyer' as const, at: row.receivedAt ?? at, estimated: row.receivedAt === undefined || row.estimated };
    }

    function observed(row: ThreadRow | undefined, open: OpenThread | null, at: number): ThreadRecord | null {
      if (open && open.messages.length) {
        return {
          host,
          caseId: open.caseId,
          orderId: open.orderId ?? row?.orderId,
          buyerAlias: open.buyerAlias ?? row?.buyerAlias,
          subject: open.subject ?? row?.subject,
          url: threadUrl(open.caseId),
          messages: open.messages.map((m) => ({ from: m.from, at: m.at, estimated: m.estimated })),
          nrnAt: [],
          source: 'thread',
          firstSeenAt: at,
          lastSeenAt: at,
        };
      }
      if (!row?.responseNeeded) return null;
      return {
        host,
        caseId: row.caseId,
        orderId: row.orderId,
        buyerAlias: row.buyerAlias,
        subject: row.subject,
        url: threadUrl(row.caseId),
        messages: [listMessage(row, at)],
        nrnAt: [],
        source: row.receivedAt !== undefined ? 'list' : 'first-seen',
        firstSeenAt: at,
        lastSeenAt: at,
      };
    }

    /** Re-place badges after list re-renders and drop those whose thread left the list or was answered. */
    function place(rows: ThreadRow[], at: number) {
      const seen = new Set<string>();
      for (const row of rows) {
        const deadline = row.responseNeeded ? deadlines.get(row.caseId) : undefined;
        if (!deadline) continue;
        seen.add(row.caseId);
        const model: BadgeModel = { threadId: row.caseId, marketplaceTimeZone: timeZone, dueAt: deadline.dueAt, internalDueAt: deadline.internalDueAt, estimated: deadline.estimated };
        const badge = badges.get(row.caseId);
        // the host re-renders rows: a badge whose row vanished is re-created in the new row
        if (!badge || !badge.element.isConnected || !row.row.contains(badge.element)) {
          badge?.element.remove();
          // filled in before it joins the page: one insertion for the page's observers to see, not one
          // record per attribute for each of them
          const element = createBadge(row.row.ownerDocument);
          updateBadge(element, model, at, lang);
          if (row.timeElement) row.timeElement.after(element);
          else row.row.append(element);
          badges.set(row.caseId, { element, model });
          continue;
        }
        badge.model = model;
        updateBadge(badge.element, model, at, lang);
      }
      for (const [caseId, badge] of badges) {
        if (seen.has(caseId)) continue;
        badge.element.remove();
        badges.delete(caseId);
      }
    }

    function tick(at: number) {
      for (const badge of badges.values()) updateBadge(badge.element, badge.model, at, lang);
    }

    async function store(threads: ThreadRecord[]) {
      if (!threads.length) return;
      try {
        const saved = (await send('threads/upsert', { threads })).threads;
        for (const thread of saved) remember(thread);
        if (!signal.aborted) place(lastRows, now());
      } catch (error) {
        for (const thread of threads) fetched.delete(thread.caseId); // read it back next time
        report('error', `could not store threads: ${(error as Error).message}`);
      }
    }

    let lastRows: ThreadRow[] = [];
    async function scan() {
      const t0 = performance.now();
      const at = now();
      watchFrames();
      lang = countdownLanguage(uiLanguage());
      const ctx = { timeZone, now: at, lang: uiLanguage() };
      const rows = readThreadList(document, ctx);
      const open = readOpenThread(document, ctx);
      performance.measure('rg:inbox-read', { start: t0, end: performance.now() });
      if (!rows.length && !open) {
        report('not-found', 'no message list or open thread recognised on this page');
        lastRows = [];
        place([], at);
        return;
      }
      report('ok', open && open.unreadable ? `${open.unreadable} message times could not be read` : undefined);
      lastRows = rows;

      // one read for every thread not looked up yet: a first-seen time must survive reloads
      const unknown = [...new Set([...rows.map((r) => r.caseId), ...(open ? [open.caseId] : [])])].filter((id) => !fetched.has(id));
      if (unknown.length) {
        // paint at once from what the page shows; the stored record (a first-seen time from an
        // earlier visit, exact times seen before) refines these badges when it arrives
        for (const row of rows) {
          if (known.has(row.caseId) || !row.responseNeeded) continue;
          // the deadline only needs the buyer message's time; the full record is built after
          setDeadline(row.caseId, { messages: [listMessage(row, at)], nrnAt: [] });
        }
        place(rows, now());
        unknown.forEach((id) => fetched.add(id));
        // let this frame paint the badges first: asking the background validates and copies every
        // case id (1,000 here) before anything else can run
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (signal.aborted) return;
        const t1 = performance.now();
        const stored = await send('threads/get', { host, caseIds: unknown.slice(0, 2000) }).catch(() => ({ threads: [] as ThreadRecord[] }));
        performance.measure('rg:inbox-get', { start: t1, end: performance.now() });
        for (const thread of stored.threads) remember(thread);
        if (signal.aborted) return;
      }

      const t2 = performance.now();
      noticeNrn(open, at);
      const changed: ThreadRecord[] = [];
      const byCase = new Map(rows.map((r) => [r.caseId, r]));
      const observations = rows.map((row) => observed(row, null, at));
      if (open) observations.push(observed(byCase.get(open.caseId), open, at));
      for (const incoming of observations) {
        if (!incoming) continue;
        const before = known.get(incoming.caseId);
        const merged = mergeThread(before, incoming);
        if (before && signature(before) === signature(merged)) continue;
        remember(merged);
        changed.push(incoming);
      }
      place(rows, now());
      performance.measure('rg:inbox-merge-place', { start: t2, end: performance.now() });
      // the background merges the same way; its answer replaces our local merge
      for (let i = 0; i < changed.length; i += 1000) void store(changed.slice(i, i + 1000));
    }

    let scanning: Promise<void> | null = null;
    let again = false;
    const requestScan = () => {
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
    };

    // "No response needed": seen in the page rather than by listening for clicks (Katal and SPA
    // re-renders swallow or replay events). The open thread showed the control under the buyer's last
    // message; it is gone while that message is still the last one and no reply came: it was used.
    const nrnOffered = new Map<string, number>(); // case id -> time of the buyer message it was under
    function noticeNrn(open: OpenThread | null, at: number) {
      if (!open) return;
      const last = open.messages.at(-1);
      if (open.noResponseNeeded && last?.from === 'buyer') {
        nrnOffered.set(open.caseId, last.at);
        return;
      }
      const offeredFor = nrnOffered.get(open.caseId);
      if (offeredFor === undefined || last?.from !== 'buyer' || last.at !== offeredFor) return;
      nrnOffered.delete(open.caseId);
      void send('thread/nrn', { host, caseId: open.caseId, at }).catch(() => undefined);
      void send('usage/record', { kind: 'nrn', host, caseId: open.caseId }).catch(() => undefined);
      // apply it here too: a scan racing the write must not bring the badge back
      const record = known.get(open.caseId);
      if (record) remember({ ...record, nrnAt: [...record.nrnAt, at] });
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
    // a new internal reply target in Options re-colours the badges of this open tab
    watchSettings(signal, (next) => {
      if (next.internalSlaHours === settings.internalSlaHours) return;
      settings = next;
      for (const thread of [...known.values()]) remember(thread);
    });
    // performance marks let `npm run bench` read the cost of a tick from the page's timeline
    const ticker = setInterval(() => {
      const started = performance.now();
      tick(now());
      performance.measure('rg:inbox-tick', { start: started, end: performance.now() });
    }, TICK_MS);
    signal.addEventListener('abort', () => {
      clearInterval(ticker);
      for (const badge of badges.values()) badge.element.remove();
    });
  },
};
