// Request a Review guard on Order details: reads the order (Amazon's JSON and eligibility answer
// first, the page text as fallback), asks rules/review-sources.ts which answer counts and
// rules/review-window.ts what follows, then disables the control for real
// while blocked and says why next to it. Re-applied after every host re-render; undone on abort.
import type { Feature } from '../../lib/features';
import { initClock, now } from '../../lib/clock';
import { observeDeep } from '../../lib/observe';
import { isOrderDetailsPage } from '../../lib/surface-urls';
import { parseDateRange, isUnavailableText } from '../../rules/dates';
import { marketplaceById, marketplaceForHost } from '../../rules/marketplaces';
import { reviewEligibility } from '../../rules/review-window';
import { amazonAnswer, deliveryWindow, requestBehind } from '../../rules/review-sources';
import { send } from '../../storage/client';
import type { AmazonSays, OrderRecord, ReviewRequestRecord } from '../../storage/schema';
import { createChip, updateChip } from '../../components/review/review-chip';
import { reasonText } from '../../components/review/reason-text';
import { fetchEligibility, fetchOrderFacts, type OrderFacts } from './amazon-api';
import { findRarControl, isLoading, marketplaceFromRar, readDeliverByText, readOrderId } from './order-details-page';
import { pageLanguage } from '../../lib/page-language';
import { createRarBlocker } from './rar-blocker';

/** how long a missing control may stay missing before we say we are blind */
const NOT_FOUND_GRACE_MS = 3000;

interface Loaded {
  facts: OrderFacts | null;
  amazonSays?: AmazonSays;
  stored?: { order?: OrderRecord; requests: ReviewRequestRecord[] };
  marketplaceId?: string;
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
    const startedAt = performance.now();
    const blocker = createRarBlocker(document, signal);
    let chip: HTMLElement | null = null;
    let loaded: Loaded | null = null;
    let upsertedFromText = false;
    signal.addEventListener('abort', () => chip?.remove(), { once: true });

    const load = async (): Promise<Loaded> => {
      const [stored, facts] = await Promise.all([
        send('review/get', { host, orderId }).catch(() => undefined),
        fetchOrderFacts(orderId, signal).catch(() => null),
      ]);
      const marketplaceId = marketplaceFromRar(findRarControl()) ?? facts?.marketplaceId ?? stored?.order?.marketplaceId;
      const notShipped = facts?.rarReason === 'ReasonNotShippedOrder';
      const eligibility = !notShipped && marketplaceId ? await fetchEligibility(orderId, marketplaceId, signal).catch(() => null) : null;
      const amazonSays = amazonAnswer({ rarReason: facts?.rarReason, eligibility, stored: stored?.order?.amazonSays });
      if (!signal.aborted && (facts || amazonSays)) {
        send('order/upsert', {
          host,
          orderId,
          marketplaceId,
          earliestDelivery: facts?.earliestDelivery,
          latestDelivery: facts?.latestDelivery,
          amazonSays,
          amazonSaysAt: amazonSays ? now() : undefined,
          updatedAt: now(),
        }).catch(() => undefined);
      }
      return { facts, amazonSays, stored, marketplaceId };
    };

    const apply = () => {
      const control = findRarControl();
      if (!control) {
        chip?.remove();
        if (loaded?.amazonSays === 'not-shipped') report('ok', 'order not shipped: Amazon shows no Request a Review button');
        else if (!isLoading() && performance.now() - startedAt > NOT_FOUND_GRACE_MS) report('not-found', 'Request a Review button not found on Order details');
        return;
      }
      if (!loaded) return;
      const marketplaceId = loaded.marketplaceId ?? marketplaceFromRar(control);
      const timeZone = marketplaceById(marketplaceId)?.timeZone ?? marketplaceForHost(host)?.timeZone ?? 'UTC';

      const { facts, stored } = loaded;
      let range: { start: number; end: number } | null = null;
      if (facts === null) {
        const text = readDeliverByText();
        range = text && !isUnavailableText(text) ? parseDateRange(text, { timeZone, now: now(), lang: pageLanguage() }) : null;
        if (range && !upsertedFromText) {
          upsertedFromText = true;
          send('order/upsert', { host, orderId, marketplaceId, earliestDelivery: range.start, latestDelivery: range.end, updatedAt: now() }).catch(() => undefined);
        }
      }
      const json = facts && { earliest: facts.earliestDelivery, latest: facts.latestDelivery };
      const { earliest, latest, fromPageText } = deliveryWindow({ json, pageText: range, stored: { earliest: stored?.order?.earliestDelivery, latest: stored?.order?.latestDelivery } });
      const requests = stored?.requests ?? [];
      const verdict = reviewEligibility({ earliestDelivery: earliest, latestDelivery: latest, timeZone, now: now(), requests, amazonSays: loaded.amazonSays });
      const request = requestBehind(verdict.reason, requests);
      blocker.apply(control.link, verdict.reason, verdict.blocked);

      chip ??= createChip(document, { role: 'review-reason' });
      if (chip.previousElementSibling !== control.anchorForUi || !chip.isConnected) control.anchorForUi.after(chip);
      const { text, tone } = reasonText({ verdict, timeZone, request, fromPageText });
      updateChip(chip, text, tone);
      chip.setAttribute('data-reason', verdict.reason);
      report('ok', fromPageText ? 'order data read from the page text (order JSON unavailable)' : undefined);
    };

    observeDeep(document, apply, { signal, pollMs: 1000 });
    loaded = await load();
    if (!signal.aborted) apply();
    // a request recorded in another tab (review page, composer) counts as soon as the seller comes back
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState !== 'visible' || !loaded) return;
        send('review/get', { host, orderId })
          .then((stored) => {
            if (loaded && !signal.aborted) {
              loaded = { ...loaded, stored };
              apply();
            }
          })
          .catch(() => undefined);
      },
      { signal },
    );
  },
};
