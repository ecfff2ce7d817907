// The live checker in every composer: finds composers (and re-finds them after SPA navigation or a
// re-render), runs one ComposerSession each, guards Send and "No response needed", judges attached
// files, and records what the background needs (answer time, review requests sent by message, usage).
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { initClock } from '../../lib/clock';
import { hasComposer } from '../../lib/surface-urls';
import { watchSettings } from '../../lib/settings-feed';
import { createComposerScan } from './scan';
import { installSendGuard, recordEarlySends } from './send-guard';
import type { EarlySendRecorder } from './early-send';
import { installNrnGuard } from './nrn-guard';
import { createComposerState, recheckAll, type ComposerState } from './state';
import { warmChecker, type DetectionLanguage } from '../../rules/compliance';
import { pageUiLanguage } from '../../lib/page-language';

/** Reads the lexicons' trigger words while the page is idle, a few milliseconds at a time, then - once a
 *  composer is on the page, and until the seller types - checks the warm-up samples of English and the
 *  page's language, one per idle callback (each compiles regexps for up to a few hundred ms: the seller's
 *  first replies would pay it otherwise). Once the seller types, the real checks compile what they need and
 *  the samples would only add work. An inbox with no reply box open stops after the tables. A check that
 *  comes first finishes the tables at once. */
function warmWhenIdle(state: ComposerState): void {
  const { signal } = state;
  let typed = false;
  // input is composed: it reaches the document from inside the composers' shadow roots
  document.addEventListener('input', () => (typed = true), { capture: true, once: true, signal });
  const slice = (deadline?: IdleDeadline) => {
    if (signal.aborted) return;
    // at least a few ms per slice, so a timed-out idle callback (0 ms left) still moves on
    const until = performance.now() + Math.max(4, (deadline?.timeRemaining() ?? 8) - 1);
    // English and the page's language: what the seller writes here
    const samples: readonly DetectionLanguage[] = state.sessions.size > 0 && !typed ? [...new Set<DetectionLanguage>(['en', pageUiLanguage(document, 'en')])] : [];
    try {
      if (!warmChecker(() => performance.now() > until, samples)) schedule();
      else if (!samples.length && !typed) setTimeout(schedule, SESSION_POLL_MS);
    } catch {
      // the first check builds it instead
    }
  };
  const schedule = () => {
    if (signal.aborted) return;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(slice, { timeout: 3000 });
    else setTimeout(slice, 50);
  };
  schedule();
}

/** How often an idle page without a composer looks again for one to warm the samples for. */
const SESSION_POLL_MS = 1000;

export const composerFeature: Feature = {
  id: 'composer-checker',
  surface: 'composer',
  matches: hasComposer,
  /** `early`: the light script's recorder of Sends clicked while this engine loaded */
  async run({ signal, url, report }, early?: EarlySendRecorder) {
    await initClock();
    const state = createComposerState(signal, url);
    watchSettings(signal, (s) => {
      state.settings = s;
      recheckAll(state);
    });
    // Send's guard listens first: both run in the capture phase on window
    installSendGuard(state);
    recordEarlySends(state, early?.handOver() ?? []);
    installNrnGuard(state);
    warmWhenIdle(state);
    signal.addEventListener('abort', () => {
      for (const { session } of state.sessions.values()) session.destroy();
      state.sessions.clear();
    }, { once: true });
    observeDeep(document, createComposerScan(state, report), { signal, pollMs: 1500 });
  },
};
