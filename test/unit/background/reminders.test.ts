// Reminders: when each is due (the seller's own target passed; the last one before Amazon's 24 h),
// never twice, never late after the browser slept; their words come from the locale files.
import { describe, expect, it } from 'vitest';
import { dueReminders, reminderText } from '../../../entrypoints/background/reminders';
import type { ThreadRecord } from '../../../storage/schema';

const HOUR = 3_600_000;
const RECEIVED = Date.UTC(2026, 11, 3, 8, 0);
const thread = (over: Partial<ThreadRecord> = {}): ThreadRecord => ({
  host: 'sellercentral.amazon.com', caseId: 'b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2', orderId: '111-0000002-0000002', buyerAlias: 'Carla',
  url: 'https://sellercentral.amazon.com/messaging/inbox', messages: [{ from: 'buyer', at: RECEIVED, estimated: false }], nrnAt: [], source: 'api',
  firstSeenAt: RECEIVED, lastSeenAt: RECEIVED, ...over,
} as ThreadRecord);

describe('dueReminders', () => {
  it('nothing before the internal target', () => {
    expect(dueReminders([thread()], RECEIVED + 19 * HOUR, 20, 60, new Set())).toEqual([]);
  });
  it('the internal target just passed: one reminder naming the buyer and order', () => {
    const [r, ...rest] = dueReminders([thread()], RECEIVED + 20 * HOUR + 60_000, 20, 60, new Set());
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ kind: 'internal', buyer: 'Carla', orderId: '111-0000002-0000002', leadMinutes: 60 });
  });
  it('the last reminder before 24 h, at the lead time', () => {
    const due = dueReminders([thread()], RECEIVED + 23 * HOUR + 5 * 60_000, 20, 60, new Set());
    expect(due.map((r) => r.kind)).toEqual(['lead']);
  });
  it('never twice, and not late after the browser slept (15 min)', () => {
    const [r] = dueReminders([thread()], RECEIVED + 20 * HOUR + 60_000, 20, 60, new Set());
    expect(dueReminders([thread()], RECEIVED + 20 * HOUR + 2 * 60_000, 20, 60, new Set([r!.id]))).toEqual([]);
    expect(dueReminders([thread()], RECEIVED + 20 * HOUR + 16 * 60_000, 20, 60, new Set())).toEqual([]);
  });
  it('no reminder for an answered thread', () => {
    const answered = thread({ messages: [{ from: 'buyer', at: RECEIVED, estimated: false }, { from: 'seller', at: RECEIVED + HOUR, estimated: false }] });
    expect(dueReminders([answered], RECEIVED + 20 * HOUR + 60_000, 20, 60, new Set())).toEqual([]);
  });
});

describe('reminderText', () => {
  // unit tests run without browser i18n: t() falls back to the key and its substitutions, which shows
  // which message and which values the notification uses
  it('names the buyer and order, or "a buyer"', () => {
    expect(reminderText({ id: 'x', url: 'u', kind: 'internal', buyer: 'Carla', orderId: '111-1', leadMinutes: 60 })).toEqual({
      title: 'reminderTitle',
      message: 'reminderInternal(reminderWhoOrder(Carla, 111-1))',
    });
    expect(reminderText({ id: 'x', url: 'u', kind: 'lead', leadMinutes: 45 }).message).toBe('reminderLead(reminderABuyer, 45)');
  });
});
