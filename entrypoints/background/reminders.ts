// Toolbar badge and deadline reminders (alarms + notifications). Nothing leaves the browser.
import { browser } from 'wxt/browser';
import type { ReplyGuardDb } from '../../storage/db';
import { summarizeThread, threadUrl } from '../../storage/dashboard';
import { threadLink } from '../../lib/surface-urls';
import type { DashboardCache } from '../../storage/dashboard-cache';
import * as repo from '../../storage/repo';
import { t } from '../../components/i18n';

export const REMINDER_ALARM = 'rg-reminders';
const NOTIFIED_KEY = 'rg-notified';
const NOTIFICATION_PREFIX = 'rg-thread|';
const HOUR = 60 * 60 * 1000;
/** a reminder whose moment passed longer ago than this (browser asleep) is skipped, not sent late */
const STALE_AFTER = 15 * 60 * 1000;

export async function refreshBadge(cache: DashboardCache, now: number): Promise<{ overdue: number; atRisk: number }> {
  const dashboard = await cache.rebuild(now);
  const overdue = dashboard.overdue.length;
  const atRisk = dashboard.atRisk.length;
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (overdue > 0) {
    await action.setBadgeText({ text: String(overdue) });
    await action.setBadgeBackgroundColor({ color: '#cc0c39' });
    await action.setTitle({ title: t('toolbarOverdue', overdue, atRisk) });
  } else if (atRisk > 0) {
    await action.setBadgeText({ text: String(atRisk) });
    await action.setBadgeBackgroundColor({ color: '#c45500' });
    await action.setTitle({ title: t('toolbarAtRisk', atRisk) });
  } else {
    await action.setBadgeText({ text: '' });
    await action.setTitle({ title: t('toolbarNothing') });
  }
  return { overdue, atRisk };
}

export interface DueReminder {
  id: string;
  url: string;
  /** internal: the seller's own target passed; lead: the last reminder before Amazon's 24 h */
  kind: 'internal' | 'lead';
  buyer?: string;
  orderId?: string;
  leadMinutes: number;
}

/** The notification's words, in the browser's language (plain text: a buyer name cannot inject markup). */
export function reminderText(reminder: DueReminder): { title: string; message: string } {
  const who = reminder.buyer ?? t('reminderABuyer');
  const subject = reminder.orderId ? t('reminderWhoOrder', who, reminder.orderId) : who;
  return { title: t('reminderTitle'), message: reminder.kind === 'internal' ? t('reminderInternal', subject) : t('reminderLead', subject, reminder.leadMinutes) };
}

/** Pure: the reminders due now for the given open threads (internal SLA reached; 24 h minus lead). */
export function dueReminders(
  threads: Parameters<typeof summarizeThread>[0][],
  now: number,
  internalSlaHours: number,
  leadMinutes: number,
  alreadySent: Set<string>,
): DueReminder[] {
  const due: DueReminder[] = [];
  for (const thread of threads) {
    const summary = summarizeThread(thread, now, internalSlaHours);
    if (!summary) continue;
    const moments = [
      { kind: 'internal' as const, at: summary.dueAt - (24 - internalSlaHours) * HOUR },
      { kind: 'lead' as const, at: summary.dueAt - leadMinutes * 60 * 1000 },
    ];
    for (const moment of moments) {
      const id = `${NOTIFICATION_PREFIX}${thread.host}|${thread.caseId}|${moment.kind}|${summary.dueAt}`;
      if (now < moment.at || now - moment.at > STALE_AFTER || alreadySent.has(id)) continue;
      due.push({ id, url: threadUrl(thread), kind: moment.kind, buyer: thread.buyerAlias || undefined, orderId: thread.orderId, leadMinutes });
    }
  }
  return due;
}

export async function checkReminders(db: ReplyGuardDb, now: number): Promise<number> {
  const settings = await repo.getSettings(db);
  if (!settings.reminders || !browser.notifications) return 0;
  const stored = await browser.storage.local.get(NOTIFIED_KEY);
  const sent = new Set<string>((stored[NOTIFIED_KEY] as string[] | undefined) ?? []);
  const { threads } = await repo.listThreads(db, now - 3 * 24 * HOUR);
  const due = dueReminders(threads, now, settings.internalSlaHours, settings.reminderLeadMinutes, sent);
  for (const reminder of due) {
    // notification text is plain text in every browser: buyer names cannot inject markup here
    await browser.notifications.create(reminder.id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), ...reminderText(reminder) });
    sent.add(reminder.id);
  }
  if (due.length) await browser.storage.local.set({ [NOTIFIED_KEY]: [...sent].slice(-500) });
  return due.length;
}

export async function handleReminderClick(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const [, host, caseId] = notificationId.split('|');
  if (!host || !caseId) return;
  await browser.tabs.create({ url: threadLink(host, caseId) });
  await browser.notifications.clear(notificationId);
}
