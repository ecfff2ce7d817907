// The background's answers to every protocol message. Thin: repository functions do the work.
import type { ReplyGuardDb } from '../../storage/db';
import type { Handlers } from './router';
import { healthOf, reportHealth } from './health';
import * as repo from '../../storage/repo';
import type { DashboardCache } from '../../storage/dashboard-cache';
import type { ParsedRequestOf, ResponseOf } from '../../storage/protocol';

export function createHandlers(
  db: ReplyGuardDb,
  version: string,
  onChange: () => void,
  dashboard: DashboardCache,
  /** settings may have changed (set, import, wipe): open tabs should reload them */
  onSettingsChange: () => void = () => {},
  /** asks a tab's content script (the page structure); none in tests without tabs */
  askTab: (tabId: number, message: unknown) => Promise<unknown> = () => Promise.reject(new Error('no tabs here')),
  /** reads an attached image in the extension's own pages (lib/image-text); none in tests */
  readImage: (p: ParsedRequestOf<'image/read'>) => Promise<ResponseOf<'image/read'>> = () => Promise.reject(new Error('image reading is not available here')),
): Handlers {
  return {
    ping: () => ({ version }),
    'image/read': (p) => readImage(p),
    'health/report': async (p, ctx) => {
      if (ctx.tabId === undefined) throw new Error('health reports come from a tab');
      await reportHealth(ctx.tabId, ctx.tabUrl ?? null, { ...p, at: ctx.now });
      return { ok: true };
    },
    'health/get': (p) => healthOf(p.tabId),
    'page/structure': async (p) => {
      // the same tab the popup's health card speaks of: the active Seller Central tab, or the last one
      const { tabId } = await healthOf(p.tabId);
      if (tabId === null) return { tabId, structure: null, error: 'no Seller Central tab is open' };
      try {
        const reply = (await askTab(tabId, { rg: 1, type: 'page/structure' })) as { structure?: unknown } | undefined;
        if (typeof reply?.structure !== 'string') return { tabId, structure: null, error: 'the page did not answer (reload it and try again)' };
        return { tabId, structure: reply.structure.slice(0, 4_000_000) };
      } catch (error) {
        return { tabId, structure: null, error: `the page did not answer (${(error as Error).message})`.slice(0, 500) };
      }
    },
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
    'settings/get': () => repo.getSettings(db),
    'settings/set': async (p) => {
      const settings = await repo.saveSettings(db, p);
      onChange();
      onSettingsChange();
      return settings;
    },
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
