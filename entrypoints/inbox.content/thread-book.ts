// What this inbox tab knows of each thread: the stored record merged with what the page and
// Amazon's data showed, and the deadline that follows from it. Changed records go to the background
// (which merges the same way; its answer replaces ours).
import { send } from '../../storage/client';
import { mergeThread } from '../../storage/merge-thread';
import type { ThreadRecord } from '../../storage/schema';
import { slaStatus, type ThreadTimeline } from '../../rules/sla';
import type { ObservedThread } from '../../rules/inbox-threads';
import type { BadgeModel } from './badges';

export type Deadline = Omit<BadgeModel, 'threadId' | 'marketplaceTimeZone'>;

/** What we store about a thread: its visible fields and timeline, not when we last looked. */
const signature = (t: ThreadRecord) => JSON.stringify([t.messages, t.nrnAt, t.orderId, t.buyerAlias, t.subject, t.source, t.marketplaceId]);

export interface ThreadBookOptions {
  host: string;
  now: () => number;
  internalSlaHours: () => number;
  /** link back to a thread, for records that move to their case id */
  urlFor: (key: string) => string;
  /** stored records came back: badges may change */
  onStored: () => void;
  onError: (message: string) => void;
}

export class ThreadBook {
  /** the best record we know per thread key */
  readonly known = new Map<string, ThreadRecord>();
  /** deadline per thread key, recomputed only when its record changes; null = answered */
  readonly deadlines = new Map<string, Deadline | null>();
  /** keys whose stored record was asked for (a first-seen time must survive reloads) */
  readonly fetched = new Set<string>();
  /** stand-in keys (`order:<id>`) whose case id is known */
  readonly aliases = new Map<string, string>();

  constructor(private readonly options: ThreadBookOptions) {}

  remember(thread: ThreadRecord): void {
    this.known.set(thread.caseId, thread);
    this.setDeadline(thread.caseId, thread);
  }

  setDeadline(key: string, timeline: ThreadTimeline): void {
    const status = slaStatus(timeline, this.options.now(), { internalSlaHours: this.options.internalSlaHours() });
    this.deadlines.set(key, status.dueAt === undefined || status.internalDueAt === undefined ? null : { dueAt: status.dueAt, internalDueAt: status.internalDueAt, estimated: status.estimated });
  }

  /** Every deadline again (the internal reply target changed). */
  recompute(): void {
    for (const thread of [...this.known.values()]) this.remember(thread);
  }

  /** Merges observations into what we know and stores the changed ones; how many changed. */
  ingest(observations: readonly (ObservedThread | null)[]): number {
    const changed: ThreadRecord[] = [];
    for (const incoming of observations) {
      if (!incoming) continue;
      const before = this.known.get(incoming.caseId);
      const merged = mergeThread(before, incoming);
      if (before && signature(before) === signature(merged)) continue;
      this.remember(merged);
      changed.push(incoming);
    }
    for (let i = 0; i < changed.length; i += 1000) void this.store(changed.slice(i, i + 1000));
    return changed.length;
  }

  /** A thread stored under a stand-in key (`order:<id>`) is case `caseId`: it moves there. */
  moveStandIn(standIn: string, caseId: string): void {
    this.aliases.set(standIn, caseId);
    const record = this.known.get(standIn);
    if (!record) return;
    this.known.delete(standIn);
    this.deadlines.delete(standIn);
    this.ingest([{ ...record, caseId, url: this.options.urlFor(caseId) }]);
    void send('thread/alias', { host: this.options.host, from: standIn, to: caseId }).catch(() => undefined);
  }

  private async store(threads: ThreadRecord[]): Promise<void> {
    try {
      const saved = (await send('threads/upsert', { threads })).threads;
      // an answer can arrive after a newer observation (the list's estimate stored, then the open
      // thread's exact time ingested): merge, as the background does, rather than step back to it
      for (const thread of saved) {
        const mine = this.known.get(thread.caseId);
        this.remember(mine ? mergeThread(thread, mine) : thread);
      }
      this.options.onStored();
    } catch (error) {
      for (const thread of threads) this.fetched.delete(thread.caseId); // read it back next time
      this.options.onError(`could not store threads: ${(error as Error).message}`);
    }
  }
}
