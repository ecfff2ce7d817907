// The background's answers to every protocol message. Thin: repository functions do the work.
import type { ReplyGuardDb } from '../../storage/db';
import type { Handlers } from './router';
import { healthOf, reportHealth } from './health';
import * as repo from '../../storage/repo';
import type { DashboardCache } from '../../storage/dashboard-cache';
import type { ParsedRequestOf, ResponseOf } from '../../storage/protocol';
import { pageStructure, type AskTab } from './page-structure';

type ReadImage = (p: ParsedRequestOf<'image/read'>) => Promise<ResponseOf<'image/read'>>;

export function createHandlers(
  db: ReplyGuardDb,
  version: string,
  onChange: () => void,
  dashboard: DashboardCache,
  /** settings may have changed (set, import, wipe): open tabs should reload them */
  onSettingsChange: () => void = () => {},
  /** asks a tab's content script (the page structure); none in tests without tabs */
  askTab: AskTab = () => Promise.reject(new Error('no tabs here')),
  /** reads an attached image in the extension's own pages (lib/image-text); none in tests */
  readImage: ReadImage = () => Promise.reject(new Error('image reading is not available here')),
): Handlers {
  return {
    ...extensionHandlers(version, askTab, readImage),
    ...threadHandlers(db, onChange),
    ...orderHandlers(db, onChange),
    ...settingsHandlers(db, onChange, onSettingsChange),
    ...dataHandlers(db, onChange, onSettingsChange, dashboard),
  };
}

/** The extension itself: version, image reading, page health and structure. */
function extensionHandlers(version: string, askTab: AskTab, readImage: ReadImage): Pick<Handlers, 'ping' | 'image/read' | 'health/report' | 'health/get' | 'page/structure'> {
  return {
    ping: () => ({ version }),
    'image/read': (p) => readImage(p),
    'health/report': async (p, ctx) => {
      if (ctx.tabId === undefined) throw new Error('health reports come from a tab');
      await reportHealth(ctx.tabId, ctx.tabUrl ?? null, { ...p, at: ctx.now });
      return { ok: true };
    },
    'health/get': (p) => healthOf(p.tabId),
    'page/structure': (p) => pageStructure(askTab, p.tabId),
  };
}

/** Inbox threads: their records, aliases, answers and "No response needed". */
function threadHandlers(db: ReplyGuardDb, onChange: () => void): Pick<Handlers, 'threads/upsert' | 'threads/get' | 'threads/list' | 'thread/alias' | 'thread/answered' | 'thread/nrn'> {
  return {
    'threads/upsert': async (p) => {
      const threads = await repo.upsertThreads(db, p.threads);
      onChange();
      return { threads };
    },
    'threads/get': async (p) => ({ threads: await repo.getThreads(db, p.host, p.caseIds) }),
    'threads/list': () => repo.listThreads(db),
    'thread/alias': async (p) => {
      await repo.aliasThread(db, p.host, p.from, p.to);
      onChange();
      return { ok: true };
    },
    'thread/answered': async (p) => {
      await repo.markAnswered(db, p.host, p.caseId, p.at);
      onChange();
      return { ok: true };
    },
    'thread/nrn': async (p) => {
      await repo.markNoResponseNeeded(db, p.host, p.caseId, p.at);
      onChange();
      return { ok: true };
    },
  };
}

/** Orders and their review requests. */
function orderHandlers(db: ReplyGuardDb, onChange: () => void): Pick<Handlers, 'review/record' | 'review/get' | 'review/get-many' | 'order/upsert'> {
  return {
    'review/record': async (p) => {
      await repo.recordReviewRequest(db, p);
      onChange();
      return { ok: true };
    },
    'review/get': (p) => repo.getReviewState(db, p.host, p.orderId),
    'review/get-many': (p) => repo.getReviewStates(db, p.host, p.orderIds),
    'order/upsert': async (p) => {
      const order = await repo.upsertOrder(db, p);
      onChange();
      return { order };
    },
  };
}

function settingsHandlers(db: ReplyGuardDb, onChange: () => void, onSettingsChange: () => void): Pick<Handlers, 'settings/get' | 'settings/set'> {
  return {
    'settings/get': () => repo.getSettings(db),
    'settings/set': async (p) => {
      const settings = await repo.saveSettings(db, p);
      onChange();
      onSettingsChange();
      return settings;
    },
  };
}

/** Usage counts, the dashboard, and the whole data set (export, import, wipe). */
function dataHandlers(db: ReplyGuardDb, onChange: () => void, onSettingsChange: () => void, dashboard: DashboardCache): Pick<Handlers, 'usage/record' | 'dashboard/get' | 'data/export' | 'data/import' | 'data/wipe'> {
  return {
    'usage/record': async (p, ctx) => {
      await repo.recordUsage(db, { ...p, at: ctx.now });
      return { ok: true };
    },
    'dashboard/get': (_p, ctx) => dashboard.get(ctx.now),
    'data/export': (_p, ctx) => repo.exportAll(db, ctx.now),
    'data/import': async (p) => {
      const summary = await repo.importAll(db, p.file);
      onChange();
      onSettingsChange();
      return summary;
    },
    'data/wipe': async () => {
      await repo.wipeAll(db);
      onChange();
      onSettingsChange();
      return { ok: true };
    },
  };
}
