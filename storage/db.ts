// The Dexie database. It lives in the extension's origin (background + extension pages), never in a
// content script: IndexedDB opened there would land in Seller Central's origin (architecture §5).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { OrderRecord, ReviewRequestRecord, ThreadRecord, UsageEvent } from './schema';

export interface SettingsRow {
  key: 'settings';
  value: unknown; // validated by settingsSchema when read
}

export type ReplyGuardDb = Dexie & {
  threads: Table<ThreadRecord, [string, string]>;
  reviewRequests: EntityTable<ReviewRequestRecord, 'id'>;
  orders: Table<OrderRecord, [string, string]>;
  settings: EntityTable<SettingsRow, 'key'>;
  usage: EntityTable<UsageEvent, 'id'>;
};

export const DB_NAME = 'replyguard';

/** Schema history. Never edit a published version: add a new one with an upgrade step. */
export function defineSchema(db: Dexie): void {
  // v1 (0.0.x): one received/answered time per thread.
  db.version(1).stores({
    threads: '[host+caseId], orderId, lastSeenAt',
    reviewRequests: '++id, [host+orderId], orderId',
    orders: '[host+orderId], orderId',
    settings: 'key',
  });
  // v2: a thread keeps its message timeline (the earliest UNANSWERED buyer message sets the deadline,
  // which one received time cannot express) and NRN marks; usage events for the NRN counter.
  db.version(2)
    .stores({ usage: '++id, kind, at' })
    .upgrade((tx) =>
      tx
        .table('threads')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const messages: ThreadRecord['messages'] = [];
          const estimated = row.estimated === true;
          if (typeof row.receivedAt === 'number') messages.push({ from: 'buyer', at: row.receivedAt, estimated });
          if (typeof row.answeredAt === 'number') messages.push({ from: 'seller', at: row.answeredAt, estimated: false });
          row.messages = messages;
          row.nrnAt = [];
          row.source = estimated ? 'first-seen' : 'list';
          delete row.receivedAt;
          delete row.answeredAt;
          delete row.estimated;
        }),
    );
}

export function openDb(name = DB_NAME): ReplyGuardDb {
  const db = new Dexie(name) as ReplyGuardDb;
  defineSchema(db);
  return db;
}
