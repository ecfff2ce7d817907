// What one run of the inbox feature shares between its pieces: the badges, the thread book, the
// sync with Amazon's data and the rows last read. Built once per run (after settings and clock).
import type { FeatureApi } from '../../lib/features';
import { threadLink } from '../../lib/surface-urls';
import { now } from '../../lib/clock';
import type { Settings } from '../../storage/schema';
import { marketplaceForHost } from '../../rules/marketplaces';
import { awaitsReply } from '../../rules/inbox-scan';
import type { RecordContext } from '../../rules/inbox-threads';
import { ThreadBook } from './thread-book';
import { BadgeLayer, type KeyedRow } from './badge-layer';
import { amazon, AmazonSync } from './amazon-sync';
import { createFrameWatcher } from './frames';

export interface InboxRun {
  readonly signal: AbortSignal;
  readonly report: FeatureApi['report'];
  readonly host: string;
  readonly timeZone: string;
  readonly badges: BadgeLayer;
  readonly book: ThreadBook;
  readonly sync: AmazonSync;
  readonly context: (at: number) => RecordContext;
  /** finds frames the messaging app appeared in since the last call and watches them */
  readonly watchFrames: () => void;
  settings: Settings;
  /** the rows the badges were last placed on */
  lastRows: KeyedRow[];
  /** the open thread as last seen (openThreadShape): a change asks Amazon's data again */
  lastOpenShape: string;
  /** case id -> time of the buyer message "No response needed" was offered under */
  readonly nrnOffered: Map<string, number>;
}

// the top page's host: a frame's URL opened on its own would lose Seller Central's chrome
export const threadUrl = (key: string) => threadLink(location.hostname, key);

/** requestScan: asks for a scan (queued behind a running one); the book and the sync call it back. */
export function createInboxRun({ signal, report }: FeatureApi, settings: Settings, requestScan: () => void): InboxRun {
  const host = location.hostname;
  const market = marketplaceForHost(host);
  const context = (at: number): RecordContext => ({ host, at, urlFor: threadUrl, marketplaceId: market?.id });
  // the callbacks run later, never while `run` is being built
  const book = new ThreadBook({
    host,
    now,
    internalSlaHours: () => run.settings.internalSlaHours,
    urlFor: threadUrl,
    onStored: () => !signal.aborted && placeBadges(run, now()),
    onError: (message) => report('error', message),
  });
  const sync = new AmazonSync({ signal, book, host, now, context, onView: () => requestScan(), onExact: () => placeBadges(run, now()) });
  const run: InboxRun = {
    signal,
    report,
    host,
    timeZone: market?.timeZone ?? 'UTC',
    badges: new BadgeLayer(market?.timeZone ?? 'UTC'),
    book,
    sync,
    context,
    watchFrames: createFrameWatcher(signal, requestScan),
    settings,
    lastRows: [],
    lastOpenShape: '',
    nrnOffered: new Map(),
  };
  return run;
}

/** Paints a badge on every row whose thread waits for a reply (awaitsReply), with its deadline. */
export function placeBadges(run: InboxRun, at: number, rows: KeyedRow[] = run.lastRows): void {
  const { book } = run;
  run.badges.place(rows, ({ row, key }) => (awaitsReply(key, row.responseNeeded, amazon.view?.cases, book.known) ? book.deadlines.get(key) : undefined), at);
}
