// Invariant: the background answers every message; a malformed or unknown one gets an error reply
// and never crashes the worker. Answers are validated too.
import { describe, expect, it, beforeEach } from 'vitest';
import Dexie from 'dexie';
import { openDb, type ReplyGuardDb } from '../../../storage/db';
import { createRouter, type Handlers } from '../../../entrypoints/background/router';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { createDashboardCache } from '../../../storage/dashboard-cache';

let db: ReplyGuardDb;
let route: ReturnType<typeof createRouter>;
const ctx = { tabId: 7, tabUrl: 'https://sellercentral.amazon.com/messaging/inbox-v3', now: 1_800_000_000_000 };

beforeEach(async () => {
  await Dexie.delete('router-test');
  db = openDb('router-test');
  route = createRouter(createHandlers(db, '1.2.3', () => {}, createDashboardCache(db)));
});

describe('protocol router', () => {
  it('answers a valid ping', async () => {
    expect(await route({ rg: 1, type: 'ping', payload: {} }, ctx)).toEqual({ ok: true, data: { version: '1.2.3' } });
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['a foreign message', { type: 'ping' }],
    ['wrong envelope version', { rg: 2, type: 'ping', payload: {} }],
  ])('rejects %s without throwing', async (_label, raw) => {
    expect(await route(raw, ctx)).toEqual({ ok: false, error: 'not a ReplyGuard message' });
  });

  it('rejects an unknown type by name', async () => {
    expect(await route({ rg: 1, type: 'threads/delete-all', payload: {} }, ctx)).toEqual({
      ok: false,
      error: 'unknown message type "threads/delete-all"',
    });
  });

  it('rejects a payload that does not match the schema and names the field', async () => {
    const reply = await route({ rg: 1, type: 'thread/answered', payload: { host: 'x', caseId: 'c', at: 'yesterday' } }, ctx);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^invalid thread\/answered request: at:/);
  });

  it('rejects extra fields on strict requests', async () => {
    const reply = await route({ rg: 1, type: 'ping', payload: { evil: true } }, ctx);
    expect(reply.ok).toBe(false);
  });

  it('turns a throwing handler into an error reply', async () => {
    const handlers = createHandlers(db, '1', () => {}, createDashboardCache(db));
    const broken: Handlers = { ...handlers, ping: () => { throw new Error('boom'); } };
    expect(await createRouter(broken)({ rg: 1, type: 'ping', payload: {} }, ctx)).toEqual({ ok: false, error: 'boom' });
  });

  it('rejects a handler answer that does not match the response schema', async () => {
    const handlers = createHandlers(db, '1', () => {}, createDashboardCache(db));
    const broken = { ...handlers, ping: () => ({ version: 42 }) } as unknown as Handlers;
    const reply = await createRouter(broken)({ rg: 1, type: 'ping', payload: {} }, ctx);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^invalid ping response/) });
  });

  it('stores a thread through the protocol and reads it back', async () => {
    const thread = {
      host: 'sellercentral.amazon.com',
      caseId: 'case-1',
      orderId: '111-1234567-1234567',
      messages: [{ from: 'buyer', at: ctx.now - 3_600_000 }],
      source: 'thread',
      firstSeenAt: ctx.now,
      lastSeenAt: ctx.now,
    };
    expect((await route({ rg: 1, type: 'threads/upsert', payload: { threads: [thread] } }, ctx)).ok).toBe(true);
    const reply = await route({ rg: 1, type: 'threads/get', payload: { host: thread.host, caseIds: ['case-1'] } }, ctx);
    expect(reply.ok && (reply.data as { threads: unknown[] }).threads).toEqual([
      expect.objectContaining({ caseId: 'case-1', orderId: '111-1234567-1234567', nrnAt: [] }),
    ]);
  });

  it('reports a storage quota error to the sender instead of swallowing it', async () => {
    const quota = Object.assign(new Error('QuotaExceededError: the disk is full'), { name: 'QuotaExceededError' });
    db.threads.bulkPut = () => Promise.reject(quota) as never;
    const thread = { host: 'sellercentral.amazon.com', caseId: 'q', messages: [], source: 'list', firstSeenAt: 1, lastSeenAt: 1 };
    const reply = await route({ rg: 1, type: 'threads/upsert', payload: { threads: [thread] } }, ctx);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('QuotaExceededError') });
  });

  it('refuses a health report that did not come from a tab', async () => {
    const reply = await route({ rg: 1, type: 'health/report', payload: { surface: 'composer', status: 'ok' } }, { now: 1 });
    expect(reply).toEqual({ ok: false, error: 'health reports come from a tab' });
  });
});
