// SLA countdown badges on every unanswered inbox thread; threads observed here are stored (background)
// so the popup, the toolbar count and reminders know them.
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { isInboxPage } from '../../lib/surface-urls';
import { initClock, now } from '../../lib/clock';
import { send } from '../../storage/client';
import { DEFAULT_SETTINGS, type ThreadInput, type ThreadRecord } from '../../storage/schema';
import { marketplaceForHost } from '../../rules/marketplaces';
import { slaStatus, type CountdownLanguage } from '../../rules/sla';
import { inboxDocuments, readOpenThread, readThreadList, uiLanguage, type ThreadRow } from './page';
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

export const inboxFeature: Feature = {
  id: 'inbox-sla-badges',
  surface: 'inbox',
  matches: isInboxPage,
  async run({ signal, report }) {
    await initClock();
    const settings = await send('settings/get', {}).catch(() => DEFAULT_SETTINGS);
    const host = location.hostname;
    const timeZone = marketplaceForHost(host)?.timeZone ?? 'UTC';
    const stored = new Map<string, ThreadRecord>();
    const badges = new Map<string, { element: HTMLElement; model: BadgeModel }>();
    const sentSignatures = new Map<string, string>();
    let lang: CountdownLanguage = 'en';

    const remember = (threads: ThreadRecord[]) => threads.forEach((t) => stored.set(t.caseId, t));

    async function store(inputs: ThreadInput[]) {
      // only what changed since we last told the background
      const changed = inputs.filter((t) => {
        const signature = JSON.stringify([t.messages, t.nrnAt, t.orderId, t.buyerAlias]);
        if (sentSignatures.get(t.caseId) === signature) return false;
        sentSignatures.set(t.caseId, signature);
        return true;
      });
      if (!changed.length) return;
      try {
        remember((await send('threads/upsert', { threads: changed })).threads);
      } catch (error) {
        changed.forEach((t) => sentSignatures.delete(t.caseId));
        report('error', `could not store threads: ${(error as Error).message}`);
      }
    }

    function render(rows: ThreadRow[], at: number) {
      const seen = new Set<string>();
      for (const row of rows) {
        const thread = stored.get(row.caseId);
        if (!thread) continue;
        const status = slaStatus({ messages: thread.messages, nrnAt: thread.nrnAt }, at, { internalSlaHours: settings.internalSlaHours });
        if (status.state === 'answered' || status.dueAt === undefined || !row.responseNeeded) continue;
        seen.add(row.caseId);
        let badge = badges.get(row.caseId);
        // the host re-renders rows: a badge whose row vanished is re-created in the new row
        if (!badge || !badge.element.isConnected || !row.row.contains(badge.element)) {
          badge?.element.remove();
          const element = createBadge(row.row.ownerDocument);
          (row.timeElement ?? row.row).after(element);
          if (!row.timeElement) row.row.append(element);
          badge = { element, model: { threadId: row.caseId, status: { ...status, dueAt: status.dueAt }, marketplaceTimeZone: timeZone } };
          badges.set(row.caseId, badge);
        }
        badge.model = { threadId: row.caseId, status: { ...status, dueAt: status.dueAt }, marketplaceTimeZone: timeZone };
        updateBadge(badge.element, badge.model, at, lang);
      }
      for (const [caseId, badge] of badges) {
        if (seen.has(caseId)) continue;
        badge.element.remove();
        badges.delete(caseId);
      }
    }

    let lastRows: ThreadRow[] = [];
    async function scan() {
      const at = now();
      lang = countdownLanguage(uiLanguage());
      watchFrames();
      const ctx = { timeZone, now: at, lang: uiLanguage() };
      const rows = readThreadList(document, ctx);
      const open = readOpenThread(document, ctx);
      if (!rows.length && !open) {
        report('not-found', 'no message list or open thread recognised on this page');
        render([], at);
        return;
      }
      report('ok', open && open.unreadable ? `${open.unreadable} message times could not be read` : undefined);
      lastRows = rows;

      const unknown = rows.map((r) => r.caseId).filter((id) => !stored.has(id));
      if (unknown.length) remember((await send('threads/get', { host, caseIds: unknown }).catch(() => ({ threads: [] }))).threads);

      const inputs: ThreadInput[] = [];
      for (const row of rows) {
        if (!row.responseNeeded) continue;
        const exact = row.receivedAt !== undefined && !row.estimated;
        inputs.push({
          host,
          caseId: row.caseId,
          orderId: row.orderId,
          buyerAlias: row.buyerAlias,
          subject: row.subject,
          url: threadUrl(row.caseId),
          messages: [{ from: 'buyer', at: row.receivedAt ?? at, estimated: !exact }],
          nrnAt: [],
          source: row.receivedAt !== undefined ? 'list' : 'first-seen',
          firstSeenAt: at,
          lastSeenAt: at,
        });
      }
      if (open && open.messages.length) {
        const row = rows.find((r) => r.caseId === open.caseId);
        inputs.push({
          host,
          caseId: open.caseId,
          orderId: open.orderId ?? row?.orderId,
          buyerAlias: open.buyerAlias ?? row?.buyerAlias,
          subject: row?.subject,
          url: threadUrl(open.caseId),
          messages: open.messages.map((m) => ({ from: m.from, at: m.at, estimated: m.estimated })),
          nrnAt: [],
          source: 'thread',
          firstSeenAt: at,
          lastSeenAt: at,
        });
      }
      await store(inputs);
      if (!signal.aborted) render(rows, now());
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

    // "No response needed" restarts nothing by itself; record it so the clock and the popup know
    const onClick = (event: Event) => {
      const open = readOpenThread(document, { timeZone, now: now(), lang: uiLanguage() });
      if (!open?.noResponseNeeded || !event.composedPath().includes(open.noResponseNeeded)) return;
      void send('thread/nrn', { host, caseId: open.caseId, at: now() }).catch(() => undefined);
      void send('usage/record', { kind: 'nrn', host, caseId: open.caseId }).catch(() => undefined);
    };

    // the top document, and every same-origin frame the messaging app appears in (found on each scan;
    // the top document's poll finds frames that load later)
    const watched = new WeakSet<Document>();
    function watchFrames() {
      for (const root of inboxDocuments(document)) {
        const doc = documentOf(root);
        if (watched.has(doc)) continue;
        watched.add(doc);
        doc.addEventListener('click', onClick, { capture: true, signal });
        if (doc !== document) observeDeep(doc, requestScan, { signal });
      }
    }
    watchFrames();
    observeDeep(document, requestScan, { signal });
    // performance marks let `npm run bench` read the cost of a tick from the page's timeline
    const ticker = setInterval(() => {
      const started = performance.now();
      render(lastRows, now());
      performance.measure('rg:inbox-tick', { start: started, end: performance.now() });
    }, TICK_MS);
    signal.addEventListener('abort', () => {
      clearInterval(ticker);
      for (const badge of badges.values()) badge.element.remove();
    });
  },
};
