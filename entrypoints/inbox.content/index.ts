// SLA countdown badges on every unanswered thread of the messaging inbox.
import { SELLER_CENTRAL_MATCHES } from '../../rules/marketplaces';
import { startFeatures } from '../../lib/features';
import { inboxFeature } from './feature';
import { listenForStructureRequests } from '../../lib/structure-listener';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startFeatures(ctx, [inboxFeature]);
    // "Copy page structure" in the popup: any Seller Central page, answered once per tab (here)
    listenForStructureRequests(ctx);
  },
});
