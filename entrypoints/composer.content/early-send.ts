// A Send clicked before the composer's engine is in (/composer-engine.js: about 2 s of script on a
// fresh page, longer on a busy machine) is not checked - but it is still the seller's answer. This
// light recorder, part of the script every page loads, notes each such Send: the thread counts as
// answered at once (its SLA badge and the popup must not keep a replied thread overdue), and the text
// waits for the engine, which records a review asked for by message once its checker can tell.
import { initClock, now } from '../../lib/clock';
import { send } from '../../storage/client';
import { findComposers, findSendButton, readContext, readText, type ComposerContext } from './page';
import { guarded } from './guarded';

export interface EarlySend {
  text: string;
  context: ComposerContext;
  at: number;
}

export interface EarlySendRecorder {
  /** stops recording (the engine's Send guard takes over) and hands over what was sent meanwhile */
  handOver(): EarlySend[];
}

// Kept per page, not per run: an SPA navigation right after the Send restarts the feature, and the
// next run's engine still owes those texts their review check.
const unchecked: EarlySend[] = [];
/** a seller does not send hundreds of replies within one engine load; a bound keeps a stuck page small */
const MAX_UNCHECKED = 20;

export function recordEarlySends(signal: AbortSignal, readUrl: () => URL = () => new URL(location.href)): EarlySendRecorder {
  const listening = new AbortController();
  signal.addEventListener('abort', () => listening.abort(), { once: true });
  void initClock();
  // capture phase on window: seen before the page's own handlers, which may re-render the composer
  window.addEventListener('click', (event) => guarded(() => {
    const path = event.composedPath();
    for (const site of findComposers(document)) {
      const button = findSendButton(site);
      if (!button || !path.includes(button)) continue;
      const text = readText(site);
      if (!text.trim()) return;
      const context = readContext(document, readUrl());
      const at = now();
      if (context.surface === 'thread' && context.caseId) {
        void send('thread/answered', { host: location.hostname, caseId: context.caseId, at }).catch(() => undefined);
      }
      if (unchecked.length < MAX_UNCHECKED) unchecked.push({ text, context, at });
      return;
    }
  }), { capture: true, signal: listening.signal });
  return {
    handOver() {
      listening.abort();
      return unchecked.splice(0);
    },
  };
}
