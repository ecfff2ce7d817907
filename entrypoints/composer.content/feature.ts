// The live checker in every composer: finds composers (and re-finds them after SPA navigation or a
// re-render), runs one ComposerSession each, guards Send and "No response needed", judges attached
// files, and records what the background needs (answer time, review requests sent by message, usage).
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { initClock } from '../../lib/clock';
import { hasComposer } from '../../lib/surface-urls';
import { watchSettings } from '../../lib/settings-feed';
import { createComposerScan } from './scan';
import { installSendGuard } from './send-guard';
import { installNrnGuard } from './nrn-guard';
import { createComposerState, recheckAll } from './state';
import { warmChecker } from '../../rules/compliance';

/** Reads the lexicons' trigger words while the page is idle: the first keystroke then only checks. */
function warmWhenIdle(): void {
  const warm = () => {
    try {
      warmChecker();
    } catch {
      // the first check builds it instead
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 3000 });
  else setTimeout(warm, 500);
}

export const composerFeature: Feature = {
  id: 'composer-checker',
  surface: 'composer',
  matches: hasComposer,
  async run({ signal, url, report }) {
    await initClock();
    const state = createComposerState(signal, url);
    watchSettings(signal, (s) => {
      state.settings = s;
      recheckAll(state);
    });
    // Send's guard listens first: both run in the capture phase on window
    installSendGuard(state);
    installNrnGuard(state);
    warmWhenIdle();
    signal.addEventListener('abort', () => {
      for (const { session } of state.sessions.values()) session.destroy();
      state.sessions.clear();
    }, { once: true });
    observeDeep(document, createComposerScan(state, report), { signal, pollMs: 1500 });
  },
};
