// Request a Review guard on Order details: reads the order (Amazon's JSON and eligibility answer
// first, the page text as fallback), asks rules/review-sources.ts which answer counts and
// rules/review-window.ts what follows, then disables the control for real
// while blocked and says why next to it. Re-applied after every host re-render; undone on abort.
import type { Feature, FeatureApi } from '../../lib/features';
import { initClock, now } from '../../lib/clock';
import { observeDeep } from '../../lib/observe';
import { isOrderDetailsPage } from '../../lib/surface-urls';
import { parseDateRange, isUnavailableText } from '../../rules/dates';
import { marketplaceById, marketplaceForHost } from '../../rules/marketplaces';
import { reviewEligibility } from '../../rules/review-window';
import { deliveryWindow, requestBehind } from '../../rules/review-sources';
import { missingControlStatus } from '../../rules/review-guard-status';
import { send } from '../../storage/client';
import { createChip, updateChip } from '../../components/review/review-chip';
import { reasonText } from '../../components/review/reason-text';
import { findRarControl, isLoading, marketplaceFromRar, readDeliverByText, readOrderId, type RarControl } from './order-details-page';
import { pageLanguage } from '../../lib/page-language';
import { createRarBlocker, type RarBlocker } from './rar-blocker';
import { loadOrder, type LoadedOrder } from './order-load';

/** how long a missing control may stay missing before we say we are blind */
const NOT_FOUND_GRACE_MS = 3000;

/** One run of the guard on one order. */
interface Guard {
  readonly host: string;
  readonly orderId: string;
  readonly signal: AbortSignal;
  readonly report: FeatureApi['report'];
  readonly startedAt: number;
  readonly blocker: RarBlocker;
  chip: HTMLElement | null;
  loaded: LoadedOrder | null;
  /** the dates read from the page text were stored (once per run) */
  upsertedFromText: boolean;
}

export const reviewGuardFeature: Feature = {
  id: 'review-guard',
  surface: 'review-guard',
  matches: isOrderDetailsPage,
  async run({ signal, url, report }) {
    await initClock();
    const host = location.hostname;
    const orderId = readOrderId(url);
    if (!orderId) {
      report('not-found', 'order id not found on Order details');
      return;
    }
    const guard: Guard = { host, orderId, signal, report, startedAt: performance.now(), blocker: createRarBlocker(document, signal), chip: null, loaded: null, upsertedFromText: false };
    signal.addEventListener('abort', () => guard.chip?.remove(), { once: true });
    const apply = () => applyGuard(guard);
    observeDeep(document, apply, { signal, pollMs: 1000 });
    guard.loaded = await loadOrder(host, orderId, signal);
    if (!signal.aborted) apply();
    refreshOnReturn(guard, apply);
  },
};

/** Blocks or frees the control and says why next to it; re-applied after every host re-render. */
function applyGuard(g: Guard): void {
  const control = findRarControl();
  if (!control) {
    g.chip?.remove();
    const missing = missingControlStatus({ amazonSays: g.loaded?.amazonSays, loading: isLoading(), elapsedMs: performance.now() - g.startedAt, graceMs: NOT_FOUND_GRACE_MS });
    if (missing) g.report(missing.status, missing.detail);
    return;
  }
  if (!g.loaded) return;
  const marketplaceId = g.loaded.marketplaceId ?? marketplaceFromRar(control);
  const timeZone = marketplaceById(marketplaceId)?.timeZone ?? marketplaceForHost(g.host)?.timeZone ?? 'UTC';

  const { facts, stored } = g.loaded;
  const range = facts === null ? pageTextRange(g, marketplaceId, timeZone) : null;
  const json = facts && { earliest: facts.earliestDelivery, latest: facts.latestDelivery };
  const { earliest, latest, fromPageText } = deliveryWindow({ json, pageText: range, stored: { earliest: stored?.order?.earliestDelivery, latest: stored?.order?.latestDelivery } });
  const requests = stored?.requests ?? [];
  const verdict = reviewEligibility({ earliestDelivery: earliest, latestDelivery: latest, timeZone, now: now(), requests, amazonSays: g.loaded.amazonSays });
  const request = requestBehind(verdict.reason, requests);
  g.blocker.apply(control.link, verdict.reason, verdict.blocked);
  showReason(g, control, reasonText({ verdict, timeZone, request, fromPageText }), verdict.reason);
  g.report('ok', fromPageText ? 'order data read from the page text (order JSON unavailable)' : undefined);
}

/** Without the order JSON: the "Deliver by" text, parsed (and stored once, for later visits). */
function pageTextRange(g: Guard, marketplaceId: string | undefined, timeZone: string): { start: number; end: number } | null {
  const text = readDeliverByText();
  const range = text && !isUnavailableText(text) ? parseDateRange(text, { timeZone, now: now(), lang: pageLanguage() }) : null;
  if (range && !g.upsertedFromText) {
    g.upsertedFromText = true;
    send('order/upsert', { host: g.host, orderId: g.orderId, marketplaceId, earliestDelivery: range.start, latestDelivery: range.end, updatedAt: now() }).catch(() => undefined);
  }
  return range;
}

/** The reason chip, right after Amazon's button (put back when the host re-renders around it). */
function showReason(g: Guard, control: RarControl, { text, tone }: ReturnType<typeof reasonText>, reason: string): void {
  g.chip ??= createChip(document, { role: 'review-reason' });
  if (g.chip.previousElementSibling !== control.anchorForUi || !g.chip.isConnected) control.anchorForUi.after(g.chip);
  updateChip(g.chip, text, tone);
  g.chip.setAttribute('data-reason', reason);
}

/** A request recorded in another tab (review page, composer) counts as soon as the seller comes back. */
function refreshOnReturn(g: Guard, apply: () => void): void {
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState !== 'visible' || !g.loaded) return;
      send('review/get', { host: g.host, orderId: g.orderId })
        .then((stored) => {
          if (g.loaded && !g.signal.aborted) {
            g.loaded = { ...g.loaded, stored };
            apply();
          }
        })
        .catch(() => undefined);
    },
    { signal: g.signal },
  );
}
