// Request a Review guard (order details), review-window pills (orders list), review page recorder.
import { SELLER_CENTRAL_MATCHES } from '../../rules/marketplaces';
import { startFeatures } from '../../lib/features';
import { reviewGuardFeature } from './review-guard';
import { ordersListFeature } from './orders-list-pills';
import { reviewRecorderFeature } from './review-recorder';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startFeatures(ctx, [reviewGuardFeature, ordersListFeature, reviewRecorderFeature]);
  },
});
