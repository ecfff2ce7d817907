// Live compliance checker in every message composer (Contact Buyer, inbox reply box).
import { SELLER_CENTRAL_MATCHES } from '../../rules/marketplaces';
import { startFeatures } from '../../lib/features';
import { composerFeature } from './feature';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startFeatures(ctx, [composerFeature]);
  },
});
