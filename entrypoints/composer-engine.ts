// The composer's engine, kept OUT of the content script every Seller Central page loads: WXT builds this
// unlisted script on its own and composer.content loads it with import(runtime.getURL(...)) only where a
// composer is (engine-handoff.ts says why). It publishes the composer feature on the importing realm's
// global.
import { composerFeature } from './composer.content/feature';
import { COMPOSER_ENGINE_GLOBAL } from './composer.content/engine-handoff';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[COMPOSER_ENGINE_GLOBAL] = composerFeature;
});
