// What health says when Order details shows no Request a Review control (pure: the guard in
// entrypoints/orders.content reads the page and calls this).

export interface MissingControl {
  /** Amazon's answer for this order, once loaded */
  amazonSays?: string;
  /** the page still shows its loading state */
  loading: boolean;
  /** since the guard started */
  elapsedMs: number;
  graceMs: number;
}

/**
 * An order not shipped has no button (ok, said so); otherwise blind only once the page has loaded
 * and the grace has passed (the host renders the button late). Nothing to say yet: undefined.
 */
export function missingControlStatus({ amazonSays, loading, elapsedMs, graceMs }: MissingControl): { status: 'ok' | 'not-found'; detail: string } | undefined {
  if (amazonSays === 'not-shipped') return { status: 'ok', detail: 'order not shipped: Amazon shows no Request a Review button' };
  if (!loading && elapsedMs > graceMs) return { status: 'not-found', detail: 'Request a Review button not found on Order details' };
  return undefined;
}
