// What the popup and the toolbar badge show: open threads by state, the CRT estimate, NRN usage and the
// orders in the review sweet spot. Computed in the background from stored observations.
import type { ReplyGuardDb } from './db';
import type { Dashboard, ThreadSummary } from './protocol';
import type { ThreadRecord } from './schema';
import * as repo from './repo';
import { slaStatus, crtEstimate, dailySeries, buyerMessageOutcomes, type CrtMessage } from '../rules/sla';
import { reviewEligibility } from '../rules/review-window';
import { marketplaceById, marketplaceForHost } from '../rules/marketplaces';
import { orderDetailsLink, threadLink } from '../lib/surface-urls';

const DAY = 24 * 60 * 60 * 1000;

export function threadUrl(thread: ThreadRecord): string {
  return thread.url ?? threadLink(thread.host, thread.caseId);
}

export function summarizeThread(thread: ThreadRecord, now: number, internalSlaHours: number): ThreadSummary | null {
  const status = slaStatus({ messages: thread.messages, nrnAt: thread.nrnAt }, now, { internalSlaHours });
  if (status.state === 'answered' || status.dueAt === undefined) return null;
  return {
    host: thread.host,
    caseId: thread.caseId,
    orderId: thread.orderId,
    buyerAlias: thread.buyerAlias,
    marketplace: (marketplaceById(thread.marketplaceId) ?? marketplaceForHost(thread.host))?.code,
    url: threadUrl(thread),
    state: status.state,
    dueAt: status.dueAt,
    msLeft: status.dueAt - now,
    estimated: status.estimated,
  };
}

/** Every buyer message we observed, with when (if ever) it was answered: the CRT history. */
export function crtHistory(threads: ThreadRecord[]): CrtMessage[] {
  // the same event ordering as the clock itself (rules/sla), so CRT and badges never disagree
  return threads.flatMap((t) => buyerMessageOutcomes({ messages: t.messages, nrnAt: t.nrnAt }));
}

export async function buildDashboard(db: ReplyGuardDb, now: number): Promise<Dashboard> {
  const settings = await repo.getSettings(db);
  const { threads, invalid } = await repo.listThreads(db, now - 91 * DAY);
  const overdue: ThreadSummary[] = [];
  const atRisk: ThreadSummary[] = [];
  for (const thread of threads) {
    const summary = summarizeThread(thread, now, settings.internalSlaHours);
    if (summary?.state === 'overdue') overdue.push(summary);
    else if (summary?.state === 'at-risk') atRisk.push(summary);
  }
  overdue.sort((a, b) => a.dueAt - b.dueAt);
  atRisk.sort((a, b) => a.dueAt - b.dueAt);

  const history = crtHistory(threads);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const usage = await repo.listUsage(db, now - 7 * DAY);

  const sweetSpot: Dashboard['sweetSpot'] = [];
  const requests = await repo.listReviewRequests(db);
  const requested = new Set(requests.map((r) => r.orderId));
  for (const order of await repo.listOrders(db)) {
    if (requested.has(order.orderId)) continue;
    const market = marketplaceById(order.marketplaceId) ?? marketplaceForHost(order.host);
    const verdict = reviewEligibility({
      earliestDelivery: order.earliestDelivery,
      latestDelivery: order.latestDelivery,
      timeZone: market?.timeZone ?? 'UTC',
      now,
      requests: [],
      amazonSays: order.amazonSays,
    });
    if (verdict.reason === 'eligible' && verdict.sweetSpot) {
      sweetSpot.push({ host: order.host, orderId: order.orderId, url: orderDetailsLink(order.host, order.orderId), closesAt: verdict.closesAt });
    }
  }

  return {
    now,
    overdue,
    atRisk,
    crt: crtEstimate(history, now),
    daily: dailySeries(history, now, 14, timeZone),
    nrn: {
      last7Days: usage.filter((u) => u.kind === 'nrn').length,
      onQuestions: usage.filter((u) => u.kind === 'nrn-on-question').length,
    },
    sweetSpot,
    invalidRecords: invalid,
    stale: false,
  };
}
