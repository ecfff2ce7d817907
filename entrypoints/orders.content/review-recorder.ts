// Review page recorder: remembers what Amazon answered on /messaging/reviews so the order page guard
// knows it - a request that succeeded, "already requested", and "outside the window". Both flows are
// covered: the answer shown on load, and the answer shown only after the seller clicked Yes.
import type { Feature } from '../../lib/features';
import { initClock, now } from '../../lib/clock';
import { observeDeep } from '../../lib/observe';
import { isReviewPage } from '../../lib/surface-urls';
import { send } from '../../storage/client';
import { findReviewsRoot, readOutcome, readReviewPageOrder, type ReviewPageOutcome } from './review-page';

const NOT_FOUND_GRACE_MS = 3000;

export const reviewRecorderFeature: Feature = {
  id: 'review-page',
  surface: 'review-page',
  matches: isReviewPage,
  async run({ signal, url, report }) {
    await initClock();
    const host = location.hostname;
    const order = readReviewPageOrder(url);
    if (!order) {
      report('not-found', 'order id missing from the review page address');
      return;
    }
    const startedAt = performance.now();
    const recorded = new Set<ReviewPageOutcome>();

    const record = async (outcome: ReviewPageOutcome) => {
      const base = { host, orderId: order.orderId, marketplaceId: order.marketplaceId };
      if (outcome === 'success') {
        await send('review/record', { ...base, channel: 'button', at: now(), source: 'amazon-success' });
      } else if (outcome === 'already-requested') {
        await send('review/record', { ...base, channel: 'button', at: now(), source: 'amazon-already-sent' });
        await send('order/upsert', { ...base, amazonSays: 'already-sent', amazonSaysAt: now(), updatedAt: now() });
      } else {
        await send('order/upsert', { ...base, amazonSays: 'outside-window', amazonSaysAt: now(), updatedAt: now() });
      }
    };

    observeDeep(
      document,
      () => {
        const root = findReviewsRoot();
        if (!root) {
          if (performance.now() - startedAt > NOT_FOUND_GRACE_MS) report('not-found', 'Request a Review page content (#ayb-reviews) not found');
          return;
        }
        report('ok');
        const outcome = readOutcome(root);
        if (!outcome || recorded.has(outcome)) return;
        recorded.add(outcome);
        record(outcome).catch((error: unknown) => {
          recorded.delete(outcome); // try again on the next change
          report('error', `could not record the review answer: ${error instanceof Error ? error.message : String(error)}`);
        });
      },
      { signal, pollMs: 1000 },
    );
  },
};
