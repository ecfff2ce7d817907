// The composer's engine (checker, panel, guards: most of the composer's code) is its own file,
// /composer-engine.js, loaded only on a page that has a composer. Every Seller Central page loads the
// content script; with the engine inside it, orders-v3 paid ~1.4 s of main-thread script per load in
// Chromium (s34: 0.01 s without the extension). The engine publishes its feature on the importing
// realm's global (lib/published-script.ts), as /attachment-check.js does.
import type { Feature, FeatureApi } from '../../lib/features';
import type { EarlySendRecorder } from './early-send';
import { importPublished } from '../../lib/published-script';

export const COMPOSER_ENGINE_GLOBAL = '__replyGuardComposerEngine';

/** The composer feature, which also takes over the light script's record of early Sends. */
export interface ComposerEngine extends Feature {
  run(api: FeatureApi, early?: EarlySendRecorder): void | Promise<void>;
}

let engine: Promise<ComposerEngine> | null = null;

/** The composer feature from /composer-engine.js, loaded once per page; rejects (and tries again next
 *  time) when the file cannot load - the feature then reports its failure like any other. */
export function loadComposerEngine(): Promise<ComposerEngine> {
  engine ??= (async () => {
    const feature = (await importPublished('/composer-engine.js', COMPOSER_ENGINE_GLOBAL)) as ComposerEngine | undefined;
    if (!feature || typeof feature.run !== 'function') throw new Error('composer engine did not load');
    return feature;
  })().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}
