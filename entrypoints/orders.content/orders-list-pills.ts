// Manage Orders: one small review-window pill per order row ("opens in 2 days", "sweet spot",
// "closes in 3 days", "requested"). Read-only: nothing is ever sent, in bulk or otherwise. The delivery
// windows read here are stored (order/upsert) so the popup's sweet-spot list knows them.
import type { Feature } from '../../lib/features';
import { initClock, now } from '../../lib/clock';
import { observeDeep } from '../../lib/observe';
import { isOrdersListPage } from '../../lib/surface-urls';
import { isUnavailableText, parseDateRange } from '../../rules/dates';
import { marketplaceById, marketplaceForHost } from '../../rules/marketplaces';
import { reviewEligibility, reviewPill, type ReviewVerdict } from '../../rules/review-window';
import { send } from '../../storage/client';
import type { OrderRecord, ReviewRequestRecord } from '../../storage/schema';
import { createChip, updateChip, type ChipTone } from '../../components/review/review-chip';
import { t, uiLanguage } from '../../components/i18n';
import { listMarketplaceId, readOrderRows, type OrderRow } from './orders-list-page';
import { pageLanguage } from '../../lib/page-language';

const NOT_FOUND_GRACE_MS = 3000;

function toneOf(verdict: ReviewVerdict): ChipTone {
  if (verdict.reason === 'eligible') return verdict.sweetSpot ? 'sweet' : 'ok';
  if (verdict.reason === 'too-early' || verdict.reason === 'unknown-delivery') return 'muted';
  return verdict.reason === 'too-late' ? 'muted' : 'warn';
}

export const ordersListFeature: Feature = {
  id: 'orders-list',
  surface: 'orders-list',
  matches: isOrdersListPage,
  async run({ signal, report }) {
    await initClock();
    const host = location.hostname;
    const startedAt = performance.now();
    const pills = new Map<string, HTMLElement>(); // order id -> our pill host
    const stored = new Map<string, { order?: OrderRecord; requests: ReviewRequestRecord[] }>();
    const asked = new Set<string>(); // ids already looked up or being looked up
    const upserted = new Set<string>();
    signal.addEventListener('abort', () => pills.forEach((p) => p.remove()), { once: true });

    const lookUp = (ids: string[]) => {
      const missing = ids.filter((id) => !asked.has(id));
      if (!missing.length) return;
      missing.forEach((id) => asked.add(id));
      send('review/get-many', { host, orderIds: missing.slice(0, 500) })
        .then(({ orders, requests }) => {
          for (const id of missing) stored.set(id, { order: orders.find((o) => o.orderId === id), requests: requests.filter((r) => r.orderId === id) });
          if (!signal.aborted) apply();
        })
        .catch(() => missing.forEach((id) => stored.set(id, { requests: [] })));
    };

    const render = (row: OrderRow) => {
      const known = stored.get(row.orderId);
      if (!known) return;
      const marketplaceId = known.order?.marketplaceId ?? row.marketplaceId ?? listMarketplaceId();
      const timeZone = marketplaceById(marketplaceId)?.timeZone ?? marketplaceForHost(host)?.timeZone ?? 'UTC';
      const at = now();
      const range = row.deliverByText && !isUnavailableText(row.deliverByText) ? parseDateRange(row.deliverByText, { timeZone, now: at, lang: pageLanguage() }) : null;
      const earliest = range?.start ?? known.order?.earliestDelivery;
      const latest = range?.end ?? known.order?.latestDelivery;
      if (range && !upserted.has(row.orderId)) {
        upserted.add(row.orderId);
        send('order/upsert', { host, orderId: row.orderId, marketplaceId, earliestDelivery: range.start, latestDelivery: range.end, updatedAt: at }).catch(() => undefined);
      }
      const verdict = reviewEligibility({ earliestDelivery: earliest, latestDelivery: latest, timeZone, now: at, requests: known.requests, amazonSays: known.order?.amazonSays === 'already-sent' ? 'already-sent' : undefined });

      let pill = pills.get(row.orderId);
      if (!pill) {
        pill = createChip(document, { role: 'review-pill', size: 'small' });
        pill.setAttribute('data-order-id', row.orderId);
        pills.set(row.orderId, pill);
      }
      if (pill.parentNode !== row.pillParent) row.pillParent.append(pill);
      // the pill speaks the seller's language, as the reason chip does
      updateChip(pill, reviewPill(verdict, at, timeZone, uiLanguage()), toneOf(verdict), t('reviewPillLabel'));
      pill.setAttribute('data-reason', verdict.reason);
      pill.setAttribute('data-sweet-spot', String(verdict.sweetSpot));
    };

    const apply = () => {
      const rows = readOrderRows();
      if (!rows.length) {
        if (performance.now() - startedAt > NOT_FOUND_GRACE_MS) report('not-found', 'no order rows found on Manage Orders');
        return;
      }
      lookUp(rows.map((r) => r.orderId));
      const visible = new Set(rows.map((r) => r.orderId));
      for (const row of rows) render(row);
      // rows React replaced on pagination: drop their pills
      for (const [id, pill] of pills) {
        if (!visible.has(id)) {
          pill.remove();
          pills.delete(id);
        }
      }
      report('ok', `${rows.length} orders (${rows[0]!.layout})`);
    };

    observeDeep(document, apply, { signal, pollMs: 1500 });
  },
};
