// Seller Central's own answers, read same-origin (architecture principle 8, seller-central-dom.md §1.2,
// §2.2): the order JSON behind Order details and the review-eligibility GET behind the Request a Review
// page. GET only - never POST, nothing is ever sent on the seller's behalf. Cached per URL and
// rate-limited globally to at most one request a second.
import type { AmazonSays } from '../../storage/schema';
import { createJsonReader } from '../../lib/same-origin-json';

// at most one request a second for this tab; answers kept ten minutes
const reader = createJsonReader({ minGapMs: 1000, cacheMs: 10 * 60_000 });
const cachedGet = (path: string, signal: AbortSignal) => reader.get(path, signal);

export interface OrderFacts {
  marketplaceId?: string;
  /** epoch ms */
  earliestDelivery?: number;
  latestDelivery?: number;
  rarAvailable?: boolean;
  /** Amazon's plugin-action reason code ("ReasonNotShippedOrder", ...) */
  rarReason?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
/** The JSON carries epoch SECONDS (src 42835202452); accept ms too in case that changes. */
const epoch = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? (v < 1e11 ? v * 1000 : v) : undefined);

/** Plain facts out of `GET /orders-api/order/<id>`; tolerant of missing fields. */
export function parseOrderJson(raw: unknown): OrderFacts | null {
  const order = obj(obj(raw)?.order);
  if (!order) return null;
  const rar = obj(obj(order.pluginActions)?.requestAReview);
  let marketplaceId = str(order.homeMarketplaceId) ?? str(order.orderMarketplaceId) ?? str(order.marketplaceId);
  const url = str(rar?.url);
  if (!marketplaceId && url) marketplaceId = new URL(url, 'https://x.invalid').searchParams.get('marketplaceId') ?? undefined;
  return {
    marketplaceId,
    earliestDelivery: epoch(order.earliestDeliveryDate),
    latestDelivery: epoch(order.latestDeliveryDate),
    rarAvailable: typeof rar?.isAvailable === 'boolean' ? rar.isAvailable : undefined,
    rarReason: str(rar?.reason),
  };
}

/** Amazon's eligibility answer (`isSuccess` / `ineligibleReason`) as our vocabulary. */
export function parseEligibility(raw: unknown): AmazonSays | null {
  const answer = obj(raw);
  if (!answer || typeof answer.isSuccess !== 'boolean') return null;
  if (answer.isSuccess) return 'eligible';
  const reason = str(answer.ineligibleReason) ?? '';
  if (/ALREADY_SENT/i.test(reason)) return 'already-sent';
  if (/OUTSIDE_TIME_WINDOW/i.test(reason)) return 'outside-window';
  if (/NOT_SHIPPED|NotShipped/i.test(reason)) return 'not-shipped';
  return null; // unknown reason: do not pretend to know
}

export async function fetchOrderFacts(orderId: string, signal: AbortSignal): Promise<OrderFacts | null> {
  return parseOrderJson(await cachedGet(`/orders-api/order/${encodeURIComponent(orderId)}`, signal));
}

export async function fetchEligibility(orderId: string, marketplaceId: string, signal: AbortSignal): Promise<AmazonSays | null> {
  const query = new URLSearchParams({ marketplaceId, buyerId: '', customerType: '', isReturn: 'false' });
  return parseEligibility(await cachedGet(`/messaging/api/solicitations/${encodeURIComponent(orderId)}/productReviewAndSellerFeedback?${query}`, signal));
}

/** test hook: forget cached answers and the rate-limit slot */
export function resetAmazonApiCache(): void {
  reader.reset();
}
