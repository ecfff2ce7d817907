// Repository functions over the database. Every record is validated with zod on the way in and out;
// invalid stored rows are skipped and counted, never thrown at a caller.
import type { ReplyGuardDb } from './db';
import { mergeThread } from './merge-thread';
import {
  DEFAULT_SETTINGS,
  exportSchema,
  orderSchema,
  reviewRequestSchema,
  settingsSchema,
  threadSchema,
  usageEventSchema,
  type ExportFile,
  type OrderRecord,
  type ReviewRequestRecord,
  type Settings,
  type ThreadInput,
  type ThreadRecord,
  type UsageEvent,
} from './schema';
import type { z } from 'zod';

/** Parse stored rows, dropping (and counting) the ones that no longer validate. */
function validRows<S extends z.ZodType>(schema: S, rows: unknown[]): { valid: z.infer<S>[]; invalid: number } {
  const valid: z.infer<S>[] = [];
  let invalid = 0;
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else invalid += 1;
  }
  return { valid, invalid };
}

export async function upsertThreads(db: ReplyGuardDb, inputs: ThreadInput[]): Promise<ThreadRecord[]> {
  const threads = inputs.map((t) => threadSchema.parse(t));
  return db.transaction('rw', db.threads, async () => {
    const keys = threads.map((t): [string, string] => [t.host, t.caseId]);
    const existing = await db.threads.bulkGet(keys);
    const merged = threads.map((t, i) => {
      const old = threadSchema.safeParse(existing[i]);
      return mergeThread(old.success ? old.data : undefined, t);
    });
    await db.threads.bulkPut(merged);
    return merged;
  });
}

/**
 * A thread first stored under a stand-in key (a list row that showed only its order id) turns out to
 * be case `to`: its observations move there and the stand-in goes, so the popup does not list it twice.
 */
export async function aliasThread(db: ReplyGuardDb, host: string, from: string, to: string): Promise<ThreadRecord | undefined> {
  if (from === to) return undefined;
  return db.transaction('rw', db.threads, async () => {
    const [fromRow, toRow] = await db.threads.bulkGet([
      [host, from],
      [host, to],
    ]);
    const stale = threadSchema.safeParse(fromRow);
    if (!fromRow) return undefined;
    await db.threads.delete([host, from]);
    if (!stale.success) return undefined;
    const target = threadSchema.safeParse(toRow);
    const merged = mergeThread(target.success ? target.data : undefined, { ...stale.data, caseId: to });
    await db.threads.put(merged);
    return merged;
  });
}

export async function getThreads(db: ReplyGuardDb, host: string, caseIds: string[]): Promise<ThreadRecord[]> {
  const rows = await db.threads.bulkGet(caseIds.map((c): [string, string] => [host, c]));
  return validRows(threadSchema, rows.filter(Boolean)).valid;
}

export async function listThreads(db: ReplyGuardDb, sinceMs?: number): Promise<{ threads: ThreadRecord[]; invalid: number }> {
  const rows = sinceMs === undefined ? await db.threads.toArray() : await db.threads.where('lastSeenAt').aboveOrEqual(sinceMs).toArray();
  const { valid, invalid } = validRows(threadSchema, rows);
  return { threads: valid, invalid };
}

/** The seller replied in the thread (observed Send): adds a seller message at `at`. */
export async function markAnswered(db: ReplyGuardDb, host: string, caseId: string, at: number): Promise<ThreadRecord | undefined> {
  return db.transaction('rw', db.threads, async () => {
    const parsed = threadSchema.safeParse(await db.threads.get([host, caseId]));
    if (!parsed.success) return undefined;
    const messages = [...parsed.data.messages, { from: 'seller' as const, at, estimated: false }].sort((a, b) => a.at - b.at);
    const thread = { ...parsed.data, messages };
    await db.threads.put(thread);
    return thread;
  });
}

export async function markNoResponseNeeded(db: ReplyGuardDb, host: string, caseId: string, at: number): Promise<ThreadRecord | undefined> {
  return db.transaction('rw', db.threads, async () => {
    const parsed = threadSchema.safeParse(await db.threads.get([host, caseId]));
    if (!parsed.success) return undefined;
    const thread = { ...parsed.data, nrnAt: [...parsed.data.nrnAt, at] };
    await db.threads.put(thread);
    return thread;
  });
}

export async function recordReviewRequest(db: ReplyGuardDb, input: ReviewRequestRecord): Promise<ReviewRequestRecord> {
  const request = reviewRequestSchema.parse(input);
  // one record per order, channel and source is enough: repeated page loads must not multiply it
  const same = await db.reviewRequests
    .where('[host+orderId]')
    .equals([request.host, request.orderId])
    .filter((r) => r.channel === request.channel && r.source === request.source)
    .first();
  if (same) return same;
  const id = await db.reviewRequests.add({ ...request, id: undefined });
  return { ...request, id };
}

export async function getReviewState(
  db: ReplyGuardDb,
  host: string,
  orderId: string,
): Promise<{ order?: OrderRecord; requests: ReviewRequestRecord[] }> {
  // a request made on another Seller Central host for the same order still counts (EU accounts are shared)
  const rows = await db.reviewRequests.where('orderId').equals(orderId).toArray();
  const order = orderSchema.safeParse(await db.orders.get([host, orderId]));
  return { order: order.success ? order.data : undefined, requests: validRows(reviewRequestSchema, rows).valid };
}

export async function getReviewStates(
  db: ReplyGuardDb,
  host: string,
  orderIds: string[],
): Promise<{ orders: OrderRecord[]; requests: ReviewRequestRecord[] }> {
  const requests = await db.reviewRequests.where('orderId').anyOf(orderIds).toArray();
  const orders = await db.orders.bulkGet(orderIds.map((id): [string, string] => [host, id]));
  return { orders: validRows(orderSchema, orders.filter(Boolean)).valid, requests: validRows(reviewRequestSchema, requests).valid };
}

export async function upsertOrder(db: ReplyGuardDb, input: OrderRecord): Promise<OrderRecord> {
  const incoming = orderSchema.parse(input);
  return db.transaction('rw', db.orders, async () => {
    const old = orderSchema.safeParse(await db.orders.get([incoming.host, incoming.orderId]));
    const merged: OrderRecord = old.success
      ? {
          ...old.data,
          ...Object.fromEntries(Object.entries(incoming).filter(([, v]) => v !== undefined)),
        }
      : incoming;
    await db.orders.put(merged);
    return merged;
  });
}

export async function listReviewRequests(db: ReplyGuardDb): Promise<ReviewRequestRecord[]> {
  return validRows(reviewRequestSchema, await db.reviewRequests.toArray()).valid;
}

export async function listOrders(db: ReplyGuardDb): Promise<OrderRecord[]> {
  return validRows(orderSchema, await db.orders.toArray()).valid;
}

export async function getSettings(db: ReplyGuardDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: ReplyGuardDb, input: Partial<Settings>): Promise<Settings> {
  const current = await getSettings(db);
  const next = settingsSchema.parse({ ...current, ...input });
  await db.settings.put({ key: 'settings', value: next });
  return next;
}

export async function recordUsage(db: ReplyGuardDb, input: UsageEvent): Promise<void> {
  await db.usage.add({ ...usageEventSchema.parse(input), id: undefined });
}

export async function listUsage(db: ReplyGuardDb, sinceMs = 0): Promise<UsageEvent[]> {
  return validRows(usageEventSchema, await db.usage.where('at').aboveOrEqual(sinceMs).toArray()).valid;
}

export async function exportAll(db: ReplyGuardDb, now: number): Promise<ExportFile> {
  return exportSchema.parse({
    format: 'replyguard-export',
    version: 1,
    exportedAt: now,
    settings: await getSettings(db),
    threads: (await listThreads(db)).threads,
    reviewRequests: await listReviewRequests(db),
    orders: await listOrders(db),
    usage: await listUsage(db),
  });
}

export interface ImportSummary {
  threads: number;
  reviewRequests: number;
  orders: number;
  usage: number;
}

/**
 * Merge an export into the database. The whole file is validated first; a bad file changes nothing.
 * Merging never loses data: threads merge like observations, requests and usage are de-duplicated.
 */
export async function importAll(db: ReplyGuardDb, raw: unknown): Promise<ImportSummary> {
  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`This is not a valid ReplyGuard export${where}: ${issue?.message ?? 'unknown problem'}. Nothing was changed.`);
  }
  const file = parsed.data;
  return db.transaction('rw', [db.threads, db.reviewRequests, db.orders, db.settings, db.usage], async () => {
    await upsertThreads(db, file.threads);
    let reviewRequests = 0;
    for (const r of file.reviewRequests) {
      const dupe = await db.reviewRequests
        .where('[host+orderId]')
        .equals([r.host, r.orderId])
        .filter((x) => x.channel === r.channel && x.at === r.at)
        .first();
      if (!dupe) {
        await db.reviewRequests.add({ ...r, id: undefined });
        reviewRequests += 1;
      }
    }
    for (const o of file.orders) await upsertOrder(db, o);
    const existingUsage = new Set((await db.usage.toArray()).map((u) => `${u.kind}|${u.host}|${u.caseId ?? ''}|${u.at}`));
    let usage = 0;
    for (const u of file.usage) {
      if (!existingUsage.has(`${u.kind}|${u.host}|${u.caseId ?? ''}|${u.at}`)) {
        await db.usage.add({ ...u, id: undefined });
        usage += 1;
      }
    }
    await saveSettings(db, file.settings);
    return { threads: file.threads.length, reviewRequests, orders: file.orders.length, usage };
  });
}

export async function wipeAll(db: ReplyGuardDb): Promise<void> {
  await db.transaction('rw', [db.threads, db.reviewRequests, db.orders, db.settings, db.usage], async () => {
    await Promise.all([db.threads.clear(), db.reviewRequests.clear(), db.orders.clear(), db.settings.clear(), db.usage.clear()]);
  });
}
