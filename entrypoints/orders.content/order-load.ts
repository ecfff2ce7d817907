// Reads what is known of an order on Order details: what we stored, Amazon's order JSON and (for a
// shipped order) its eligibility answer; stores what Amazon said for the popup and later visits.
import { now } from '../../lib/clock';
import { amazonAnswer } from '../../rules/review-sources';
import { send } from '../../storage/client';
import type { AmazonSays, OrderRecord, ReviewRequestRecord } from '../../storage/schema';
import { fetchEligibility, fetchOrderFacts, type OrderFacts } from './amazon-api';
import { findRarControl, marketplaceFromRar } from './order-details-page';

export interface LoadedOrder {
  facts: OrderFacts | null;
  amazonSays?: AmazonSays;
  stored?: { order?: OrderRecord; requests: ReviewRequestRecord[] };
  marketplaceId?: string;
}

export async function loadOrder(host: string, orderId: string, signal: AbortSignal): Promise<LoadedOrder> {
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
}
