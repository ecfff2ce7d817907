// Invariants: observations merge without losing data; first-seen never moves later; import validates
// the whole file first and a bad file changes nothing; export -> wipe -> import round-trips.
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type ReplyGuardDb } from '../../../storage/db';
import * as repo from '../../../storage/repo';
import { mergeThread } from '../../../storage/merge-thread';
import type { ThreadRecord } from '../../../storage/schema';

const HOST = 'sellercentral.amazon.co.uk';
const H = 3_600_000;
const NOW = 1_800_000_000_000;

function thread(partial: Partial<ThreadRecord>): ThreadRecord {
  return { host: HOST, caseId: 'c1', messages: [], nrnAt: [], source: 'list', firstSeenAt: NOW, lastSeenAt: NOW, ...partial };
}

let db: ReplyGuardDb;
beforeEach(async () => {
  await Dexie.delete('repo-test');
  db = openDb('repo-test');
});

describe('mergeThread', () => {
  it('keeps the first first-seen estimate (never moves it later)', () => {
    const first = thread({ source: 'first-seen', messages: [{ from: 'buyer', at: NOW - 5 * H, estimated: true }] });
    const again = thread({ source: 'first-seen', messages: [{ from: 'buyer', at: NOW, estimated: true }] });
    expect(mergeThread(first, again).messages).toEqual(first.messages);
  });

  it('replaces estimates with the exact timeline of the open thread', () => {
    const estimate = thread({ source: 'first-seen', messages: [{ from: 'buyer', at: NOW - H, estimated: true }] });
    const exact = thread({ source: 'thread', messages: [{ from: 'buyer', at: NOW - 3 * H, estimated: false }, { from: 'buyer', at: NOW - 2 * H, estimated: false }] });
    const merged = mergeThread(estimate, exact);
    expect(merged.source).toBe('thread');
    expect(merged.messages.map((m) => m.at)).toEqual([NOW - 3 * H, NOW - 2 * H]);
  });

  it('keeps a reply we recorded after the thread view was read', () => {
    const withReply = thread({ source: 'thread', messages: [{ from: 'buyer', at: NOW - 3 * H, estimated: false }, { from: 'seller', at: NOW - H, estimated: false }] });
    const staleView = thread({ source: 'thread', messages: [{ from: 'buyer', at: NOW - 3 * H, estimated: false }] });
    expect(mergeThread(withReply, staleView).messages).toHaveLength(2);
  });

  it('adds a newer buyer message seen in the list to an exact timeline', () => {
    const exact = thread({ source: 'thread', messages: [{ from: 'buyer', at: NOW - 5 * H, estimated: false }, { from: 'seller', at: NOW - 4 * H, estimated: false }] });
    const list = thread({ source: 'list', messages: [{ from: 'buyer', at: NOW - H, estimated: false }] });
    const merged = mergeThread(exact, list);
    expect(merged.source).toBe('thread');
    expect(merged.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
  });

  it("Amazon's JSON replaces every other timeline; a list row never changes it", () => {
    const list = thread({ source: 'list', messages: [{ from: 'buyer', at: NOW - H, estimated: true }] });
    const api = thread({ source: 'api', messages: [{ from: 'buyer', at: NOW - 3 * H, estimated: false }, { from: 'seller', at: NOW - 2 * H, estimated: false }] });
    const merged = mergeThread(list, api);
    expect(merged.source).toBe('api');
    expect(merged.messages.map((m) => m.at)).toEqual([NOW - 3 * H, NOW - 2 * H]);
    // the list shows the last message's time, maybe the seller's: never a new buyer message over the JSON
    expect(mergeThread(merged, thread({ source: 'list', messages: [{ from: 'buyer', at: NOW - H, estimated: false }] })).messages).toEqual(merged.messages);
    expect(mergeThread(merged, thread({ source: 'first-seen', messages: [{ from: 'buyer', at: NOW, estimated: true }] })).messages).toEqual(merged.messages);
  });

  it("the open thread adds only newer messages to Amazon's JSON (a reply just sent), never rewrites it", () => {
    const api = thread({ source: 'api', messages: [{ from: 'buyer', at: NOW - 3 * H + 42_000, estimated: false }] });
    const view = thread({ source: 'thread', messages: [{ from: 'seller', at: NOW - 3 * H, estimated: false }, { from: 'seller', at: NOW - H, estimated: false }] });
    const merged = mergeThread(api, view);
    expect(merged.source).toBe('api');
    expect(merged.messages.map((m) => [m.from, m.at])).toEqual([['buyer', NOW - 3 * H + 42_000], ['seller', NOW - H]]);
  });

  it('accumulates NRN marks', () => {
    const a = thread({ nrnAt: [NOW - H] });
    const b = thread({ nrnAt: [NOW] });
    expect(mergeThread(a, b).nrnAt).toEqual([NOW - H, NOW]);
  });
});

describe('repository', () => {
  it('moves a thread stored under its order id to its case id, merged, and forgets the stand-in', async () => {
    await repo.upsertThreads(db, [
      thread({ caseId: 'order:111-0000002-0000002', source: 'first-seen', messages: [{ from: 'buyer', at: NOW - H, estimated: true }], nrnAt: [NOW - 2 * H] }),
      thread({ caseId: 'case-uuid', source: 'api', messages: [{ from: 'buyer', at: NOW - 3 * H, estimated: false }] }),
    ]);
    await repo.aliasThread(db, HOST, 'order:111-0000002-0000002', 'case-uuid');
    expect(await repo.getThreads(db, HOST, ['order:111-0000002-0000002'])).toEqual([]);
    const [moved] = await repo.getThreads(db, HOST, ['case-uuid']);
    expect(moved!.messages).toEqual([{ from: 'buyer', at: NOW - 3 * H, estimated: false }]);
    expect(moved!.nrnAt).toEqual([NOW - 2 * H]);
    // a stand-in with no case record yet becomes it; an unknown stand-in is nothing
    await repo.upsertThreads(db, [thread({ caseId: 'order:111-0000003-0000003', messages: [{ from: 'buyer', at: NOW, estimated: false }] })]);
    await repo.aliasThread(db, HOST, 'order:111-0000003-0000003', 'case-2');
    expect((await repo.getThreads(db, HOST, ['case-2']))[0]?.messages).toHaveLength(1);
    expect(await repo.aliasThread(db, HOST, 'order:none', 'case-3')).toBeUndefined();
  });


  it('upserts threads, marks answers and NRN', async () => {
    await repo.upsertThreads(db, [thread({ messages: [{ from: 'buyer', at: NOW - H, estimated: false }] })]);
    await repo.markAnswered(db, HOST, 'c1', NOW);
    await repo.markNoResponseNeeded(db, HOST, 'c1', NOW + 1);
    const [stored] = await repo.getThreads(db, HOST, ['c1']);
    expect(stored!.messages.map((m) => m.from)).toEqual(['buyer', 'seller']);
    expect(stored!.nrnAt).toEqual([NOW + 1]);
  });

  it('loses nothing when two tabs write the same thread at once', async () => {
    await repo.upsertThreads(db, [thread({ source: 'thread', messages: [{ from: 'buyer', at: NOW - 5 * H, estimated: false }] })]);
    await Promise.all([
      repo.upsertThreads(db, [thread({ source: 'list', messages: [{ from: 'buyer', at: NOW - H, estimated: false }] })]),
      repo.markAnswered(db, HOST, 'c1', NOW - 2 * H),
      repo.markNoResponseNeeded(db, HOST, 'c1', NOW - 30 * 60_000),
      repo.upsertThreads(db, [thread({ caseId: 'c2', messages: [{ from: 'buyer', at: NOW, estimated: false }] })]),
    ]);
    const [c1] = await repo.getThreads(db, HOST, ['c1']);
    expect(c1!.messages.map((m) => [m.from, m.at])).toEqual([
      ['buyer', NOW - 5 * H],
      ['seller', NOW - 2 * H],
      ['buyer', NOW - H],
    ]);
    expect(c1!.nrnAt).toEqual([NOW - 30 * 60_000]);
    expect((await repo.listThreads(db)).threads).toHaveLength(2);
  });

  it('skips and counts rows that no longer validate instead of throwing', async () => {
    await repo.upsertThreads(db, [thread({})]);
    await db.threads.put({ host: HOST, caseId: 'broken', messages: 'nope' } as unknown as ThreadRecord);
    const { threads, invalid } = await repo.listThreads(db);
    expect(threads.map((t) => t.caseId)).toEqual(['c1']);
    expect(invalid).toBe(1);
  });

  it('records one review request per order, channel and source', async () => {
    const request = { host: HOST, orderId: '202-1234567-1234567', channel: 'button' as const, at: NOW, source: 'amazon-success' as const };
    await repo.recordReviewRequest(db, request);
    await repo.recordReviewRequest(db, { ...request, at: NOW + 1000 });
    await repo.recordReviewRequest(db, { ...request, channel: 'message', source: 'message-sent' });
    const state = await repo.getReviewState(db, 'sellercentral.amazon.de', '202-1234567-1234567');
    expect(state.requests.map((r) => r.channel).sort()).toEqual(['button', 'message']);
  });

  it('merges order facts without erasing known ones', async () => {
    await repo.upsertOrder(db, { host: HOST, orderId: 'o1', earliestDelivery: NOW, latestDelivery: NOW + H, updatedAt: NOW });
    const merged = await repo.upsertOrder(db, { host: HOST, orderId: 'o1', amazonSays: 'already-sent', updatedAt: NOW + 1 });
    expect(merged).toMatchObject({ earliestDelivery: NOW, latestDelivery: NOW + H, amazonSays: 'already-sent' });
  });

  it('validates settings and keeps defaults for what is not given', async () => {
    expect((await repo.getSettings(db)).internalSlaHours).toBe(20);
    await repo.saveSettings(db, { internalSlaHours: 12 });
    expect((await repo.getSettings(db)).internalSlaHours).toBe(12);
    await expect(repo.saveSettings(db, { internalSlaHours: 30 })).rejects.toThrow();
    expect((await repo.getSettings(db)).internalSlaHours).toBe(12);
  });

  it('round-trips export -> wipe -> import and a second import adds nothing', async () => {
    await repo.upsertThreads(db, [thread({ messages: [{ from: 'buyer', at: NOW - H, estimated: false }] })]);
    await repo.recordReviewRequest(db, { host: HOST, orderId: 'o1', channel: 'button', at: NOW, source: 'amazon-success' });
    await repo.upsertOrder(db, { host: HOST, orderId: 'o1', earliestDelivery: NOW, updatedAt: NOW });
    await repo.saveSettings(db, { internalSlaHours: 16, customPhrases: [{ phrase: 'free gift', severity: 'block' }] });
    await repo.recordUsage(db, { kind: 'nrn', host: HOST, at: NOW });
    const file = JSON.parse(JSON.stringify(await repo.exportAll(db, NOW)));
    await repo.wipeAll(db);
    expect((await repo.listThreads(db)).threads).toHaveLength(0);
    await repo.importAll(db, file);
    const again = await repo.importAll(db, file);
    expect(again.reviewRequests).toBe(0);
    expect(again.usage).toBe(0);
    const back = await repo.exportAll(db, NOW);
    expect(back.threads).toEqual(file.threads);
    expect(back.reviewRequests.map(({ id: _id, ...r }) => r)).toEqual(file.reviewRequests.map(({ id: _id, ...r }: { id: number }) => r));
    expect(back.settings).toEqual(file.settings);
    expect(back.usage).toHaveLength(1);
  });

  it('rejects a bad import with a clear message and changes nothing', async () => {
    await repo.upsertThreads(db, [thread({})]);
    const good = await repo.exportAll(db, NOW);
    const bad = { ...good, threads: [...good.threads, { host: HOST, caseId: 'x', messages: [{ from: 'martian', at: 1 }] }] };
    await repo.wipeAll(db);
    await expect(repo.importAll(db, bad)).rejects.toThrow(/not a valid ReplyGuard export at threads\.1\.messages\.0\.from.*Nothing was changed/);
    await expect(repo.importAll(db, { hello: 'world' })).rejects.toThrow(/not a valid ReplyGuard export/);
    expect((await repo.listThreads(db)).threads).toHaveLength(0);
  });
});

describe('settings: the checker languages', () => {
  it('default to every checker language, and a list saved as the old six-language default gains Portuguese', async () => {
    const { settingsSchema } = await import('../../../storage/schema');
    const { LANGUAGES } = await import('../../../rules/compliance/languages');
    expect(settingsSchema.parse({}).checkLanguages).toEqual([...LANGUAGES]);
    expect(settingsSchema.parse({ checkLanguages: ['en', 'de', 'fr', 'es', 'it', 'ja'] }).checkLanguages).toContain('pt');
    // a seller's own choice stays as it is
    expect(settingsSchema.parse({ checkLanguages: ['de', 'en'] }).checkLanguages).toEqual(['de', 'en']);
    expect(settingsSchema.parse({ checkLanguages: ['en', 'de', 'fr', 'es', 'it'] }).checkLanguages).toEqual(['en', 'de', 'fr', 'es', 'it']);
  });
});
