// Keeps this tab's view of Amazon's own inbox data current: the cases needing a reply (read in
// slices), then each case's messages oldest case first, and the cases that left the list. The view
// outlives the feature (it restarts on every SPA navigation); the reads are cached in amazon-inbox.
import { send } from '../../storage/client';
import type { ThreadRecord } from '../../storage/schema';
import type { InboxCase } from '../../rules/inbox-cases';
import { buildCaseIndex, recordFromCase, resolvedOutOfView, type CaseIndex, type RecordContext } from '../../rules/inbox-threads';
import { cachedMessages, forgetCaseList, readActionNeeded, readCaseMessages, yieldToPage } from './amazon-inbox';
import type { ThreadBook } from './thread-book';

export interface AmazonView {
  cases: Map<string, InboxCase>;
  index: CaseIndex;
}

/** Amazon's view of the inbox, kept across SPA navigations. */
export const amazon: {
  view: AmazonView | null;
  /** why the view is missing or incomplete (health says it) */
  problem: string | null;
  /** the JSON answered (or failed) at least once: until then the page's rows are not stored */
  settled: boolean;
  /** case ids listed as needing a reply last time (a case that leaves the list was resolved) */
  listedBefore: Set<string>;
} = { view: null, problem: null, settled: false, listedBefore: new Set() };

export interface AmazonSyncOptions {
  signal: AbortSignal;
  book: ThreadBook;
  host: string;
  now: () => number;
  context: (at: number) => RecordContext;
  /** the view changed: rows must be joined again */
  onView: () => void;
  /** exact times arrived for a case: badges may change */
  onExact: () => void;
}

export class AmazonSync {
  private syncing = false;
  private pokeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly o: AmazonSyncOptions) {
    o.signal.addEventListener('abort', () => clearTimeout(this.pokeTimer), { once: true });
  }

  async sync(maxAgeMs?: number): Promise<void> {
    const { signal, book } = this.o;
    if (this.syncing || signal.aborted) return;
    this.syncing = true;
    try {
      const list = await readActionNeeded(signal, maxAgeMs);
      if (signal.aborted) return;
      amazon.settled = true;
      if (!list.ok) {
        amazon.view = null;
        amazon.problem = list.reason;
        this.o.onView();
        return;
      }
      const cases = list.value.cases;
      amazon.view = { cases: new Map(cases.map((c) => [c.caseId, c])), index: buildCaseIndex(cases) };
      this.adoptStandIns(amazon.view.index);
      amazon.problem = list.value.skipped ? `${list.value.skipped} of Amazon's cases could not be read` : null;
      // what is known at once: messages read before, else the list's estimate (in slices: the page
      // draws its rows meanwhile)
      for (let i = 0; i < cases.length; i += 100) {
        book.ingest(cases.slice(i, i + 100).map((c) => recordFromCase(c, cachedMessages(c), this.o.context(this.o.now()))));
        await yieldToPage(signal);
      }
      this.o.onView();
      // then each case's messages, oldest case first (the most urgent are exact first)
      for (const c of cases) {
        if (signal.aborted) return;
        if (cachedMessages(c)) continue;
        const messages = await readCaseMessages(c, signal);
        if (!messages.ok) {
          amazon.problem = messages.reason;
          continue;
        }
        if (book.ingest([recordFromCase(c, messages.value, this.o.context(this.o.now()))])) this.o.onExact();
      }
      if (list.value.complete) await this.settleLeftCases(cases);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') amazon.problem = `Amazon's inbox data: ${(error as Error).message}`;
    } finally {
      this.syncing = false;
    }
  }

  /** The page changed what Amazon would say (a reply sent, a thread resolved): ask again shortly. */
  poke(): void {
    clearTimeout(this.pokeTimer);
    this.pokeTimer = setTimeout(() => {
      forgetCaseList();
      void this.sync(0);
    }, 1500);
  }

  /** Threads stored under their order id (the page showed no case id) belong to Amazon's case of that order. */
  private adoptStandIns(index: CaseIndex): void {
    for (const key of [...this.o.book.known.keys()]) {
      const orderId = key.startsWith('order:') ? key.slice('order:'.length) : undefined;
      const caseId = orderId && index.byOrder.get(orderId);
      if (caseId) this.o.book.moveStandIn(key, caseId);
    }
  }

  /** Cases that left "needs a reply": read once more; still waiting on the buyer means Amazon resolved it. */
  private async settleLeftCases(cases: InboxCase[]): Promise<void> {
    const { book, signal, host } = this.o;
    const listed = new Set(cases.map((c) => c.caseId));
    const left = [...amazon.listedBefore].filter((id) => !listed.has(id));
    amazon.listedBefore = listed;
    if (!left.length) return;
    const stored = await send('threads/get', { host, caseIds: left.slice(0, 500) }).catch(() => ({ threads: [] as ThreadRecord[] }));
    for (const thread of stored.threads) if (!book.known.has(thread.caseId)) book.remember(thread);
    for (const caseId of left) {
      const record = book.known.get(caseId);
      if (!record || signal.aborted) continue;
      const messages = await readCaseMessages({ caseId, marketplaceId: record.marketplaceId, orderIds: [] }, signal, { fresh: true });
      const at = this.o.now();
      const timeline = messages.ok ? messages.value.map((m) => ({ from: m.from, at: m.at, estimated: false })) : record.messages;
      const refreshed: ThreadRecord = { ...record, messages: timeline, source: messages.ok ? 'api' : record.source, lastSeenAt: at };
      const resolvedAt = resolvedOutOfView(refreshed, at);
      book.ingest([{ ...refreshed, nrnAt: resolvedAt === undefined ? refreshed.nrnAt : [...refreshed.nrnAt, resolvedAt] }]);
    }
    this.o.onExact();
  }
}
