// Live compliance checker in every message composer (Contact Buyer, inbox reply box): this script is
// the small part every Seller Central page loads; the engine comes in where a composer is.
import { SELLER_CENTRAL_MATCHES } from '../../rules/marketplaces';
import { startFeatures, type Feature } from '../../lib/features';
import { hasComposer } from '../../lib/surface-urls';
import { loadComposerEngine } from './engine-handoff';
import { recordEarlySends } from './early-send';

const composerFeature: Feature = {
  id: 'composer-checker',
  surface: 'composer',
  matches: hasComposer,
  async run(api) {
    // until the engine's Send guard is in, a Send still counts as the thread's answer
    const early = recordEarlySends(api.signal);
    const engine = await loadComposerEngine();
    if (!api.signal.aborted) await engine.run(api, early);
  },
};

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startFeatures(ctx, [composerFeature]);
  },
});
