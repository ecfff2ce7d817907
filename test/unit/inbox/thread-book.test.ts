// The inbox tab's thread book: the background's answer to an earlier store must not undo a newer
// observation (CI caught a badge stepping back from the open thread's exact time to the list's estimate).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ObservedThread } from '../../../rules/inbox-threads';

const pending: { threads: ObservedThread[]; resolve: (reply: { threads: ObservedThread[] }) => void }[] = [];
vi.mock('../../../storage/client', () => ({
  send: (type: string, payload: { threads: ObservedThread[] }) =>
    type === 'threads/upsert' ? new Promise((resolve) => pending.push({ threads: payload.threads, resolve })) : Promise.resolve({}),
}));
const { ThreadBook } = await import('../../../entrypoints/inbox.content/thread-book');

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 3, 19, 36);
const record = (source: ObservedThread['source'], at: number, estimated: boolean): ObservedThread => ({
  host: 'sellercentral.amazon.com', caseId: 'b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2', url: '/messaging/inbox', messages: [{ from: 'buyer', at, estimated }],
  nrnAt: [], source, firstSeenAt: NOW, lastSeenAt: NOW,
});

describe('ThreadBook', () => {
  beforeEach(() => void pending.splice(0));

  it('keeps the exact time when the answer to the earlier estimate arrives after it', async () => {
    const book = new ThreadBook({ host: 'sellercentral.amazon.com', now: () => NOW, internalSlaHours: () => 20, urlFor: (k) => k, onStored: () => undefined, onError: () => undefined });
    const startOfYesterday = Date.UTC(2026, 11, 2, 8);
    book.ingest([record('list', startOfYesterday, true)]);
    book.ingest([record('thread', NOW - 21 * HOUR, false)]);
    expect(book.deadlines.get(record('list', 0, true).caseId)).toMatchObject({ estimated: false, dueAt: NOW + 3 * HOUR });
    // the background answers the first store with the list record it had then
    pending[0]!.resolve({ threads: [pending[0]!.threads[0]!] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(book.deadlines.get(record('list', 0, true).caseId)).toMatchObject({ estimated: false, dueAt: NOW + 3 * HOUR });
  });
});
