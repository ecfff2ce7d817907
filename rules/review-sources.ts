// Which answer the Request a Review guard believes when several sources speak (pure: the guard in
// entrypoints/orders.content reads the page and Amazon's JSON, calls these, renders the verdict).
import type { AmazonEligibility, ReviewReason, ReviewRequestFact } from './review-window';

export interface AmazonAnswers {
  /** the order JSON's pluginActions.requestAReview reason, when the JSON answered */
  rarReason?: string;
  /** the eligibility look-up's answer, when it answered */
  eligibility?: AmazonEligibility | null;
  /** what Amazon said on an earlier visit */
  stored?: AmazonEligibility;
}

/**
 * Amazon decides, newest answer first: an order not shipped has no button at all; then today's
 * eligibility answer. A stored answer counts only when it is "already sent" (a sent request never
 * un-sends), never a stale "outside the window", which time may have made wrong.
 */
export function amazonAnswer({ rarReason, eligibility, stored }: AmazonAnswers): AmazonEligibility | undefined {
  if (rarReason === 'ReasonNotShippedOrder') return 'not-shipped';
  if (eligibility) return eligibility;
  return stored === 'already-sent' ? stored : undefined;
}

export interface DeliveryRange {
  earliest?: number;
  latest?: number;
}

export interface DeliverySources {
  /** the order JSON's dates; null when the JSON did not answer (then the page text is read) */
  json: DeliveryRange | null;
  /** the "Deliver by" text on the page, parsed; null when missing or unreadable */
  pageText?: { start: number; end: number } | null;
  /** dates stored on an earlier visit */
  stored?: DeliveryRange;
}

/**
 * The delivery window's ends: the order JSON when it answered (even without dates: an order Amazon
 * gives no dates for has none); else the page's "Deliver by" text; else what an earlier visit stored.
 */
export function deliveryWindow({ json, pageText, stored }: DeliverySources): DeliveryRange & { fromPageText: boolean } {
  if (json) return { earliest: json.earliest, latest: json.latest, fromPageText: false };
  return { earliest: pageText?.start ?? stored?.earliest, latest: pageText?.end ?? stored?.latest, fromPageText: true };
}

/** The recorded request a blocked verdict is about: the first by message when a message asked, else the first by button or API. */
export function requestBehind<R extends ReviewRequestFact>(reason: ReviewReason, requests: readonly R[]): R | undefined {
  const byMessage = reason === 'review-sent-by-message';
  return [...requests].sort((a, b) => a.at - b.at).find((r) => (r.channel === 'message') === byMessage);
}
