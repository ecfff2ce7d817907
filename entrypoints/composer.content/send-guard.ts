// Send guard: a click on a composer's Send with blocking findings stops for a confirmation; a
// message that leaves is recorded (thread answered, review channel used).
import { now } from '../../lib/clock';
import { send } from '../../storage/client';
import type { Finding } from '../../rules/compliance/types';
import { asksForReview } from '../../rules/composer-guards';
import { t } from '../../components/i18n';
import { confirmDialog } from '../../components/composer/dialog';
import { guarded } from './guarded';
import type { ComposerSession } from './session';
import { checkOptions, type ComposerState, type SessionEntry } from './state';
import type { ComposerContext } from './page';
import type { EarlySend } from './early-send';
import { checkMessage } from '../../rules/compliance/check';

export function installSendGuard(state: ComposerState): void {
  // the click the seller confirmed, sent again by us: it passes
  const bypass = { on: false };
  // capture phase on window runs before any of the page's own click handlers
  window.addEventListener('click', (event) => guarded(() => {
    const path = event.composedPath();
    const entry = [...state.sessions.values()].find((e) => e.send && path.includes(e.send));
    if (!entry) return;
    const { session } = entry;
    if (bypass.on) {
      bypass.on = false;
      afterSend(state, session, session.check());
      return;
    }
    const blocking = session.blocking();
    if (!blocking.length) {
      afterSend(state, session, session.check());
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    void send('usage/record', { kind: 'send-guard-shown', host: state.host, caseId: state.context.caseId }).catch(() => undefined);
    confirmSend(state, entry, blocking, bypass);
  }), { capture: true, signal: state.signal });
}

/** Asks; "send anyway" clicks Send again with the guard stood down, "edit" returns to the text. */
function confirmSend(state: ComposerState, entry: SessionEntry, blocking: string[], bypass: { on: boolean }): void {
  void confirmDialog({
    kind: 'send-guard',
    title: t('composerGuardTitle'),
    intro: t('composerGuardIntro', blocking.length),
    items: blocking,
    safeLabel: t('composerGuardEdit'),
    riskyLabel: t('composerGuardSend'),
  }).then((sendAnyway) => {
    if (!sendAnyway) {
      entry.session.site.field.focus({ preventScroll: true });
      return;
    }
    void send('usage/record', { kind: 'send-anyway', host: state.host, caseId: state.context.caseId }).catch(() => undefined);
    bypass.on = true;
    const button = entry.send?.shadowRoot?.querySelector('button') ?? entry.send;
    button?.click();
    bypass.on = false;
  });
}

/** After a message leaves: the thread is answered, and a message with review wording uses this order's
 *  review channel. */
function afterSend(state: ComposerState, session: ComposerSession, findings: Finding[]): void {
  const { host, context } = state;
  const text = session.currentText;
  if (!text.trim()) return;
  const at = now();
  if (context.surface === 'thread' && context.caseId) {
    void send('thread/answered', { host, caseId: context.caseId, at }).catch(() => undefined);
  }
  recordReviewAsk(state, context, findings, at);
}

/** Sends from before the engine was in (early-send.ts already marked their threads answered): checked
 *  now, with the context they were sent in, so a review asked for by message still uses the channel. */
export function recordEarlySends(state: ComposerState, sends: readonly EarlySend[]): void {
  for (const { text, context, at } of sends) {
    if (!context.orderId) continue;
    try {
      const findings = checkMessage(text, { ...checkOptions(state), buyerMessage: context.buyerMessage });
      recordReviewAsk(state, context, findings, at);
    } catch (error) {
      console.error('[ReplyGuard] check failed', error);
    }
  }
}

function recordReviewAsk(state: ComposerState, context: ComposerContext, findings: Finding[], at: number): void {
  if (!context.orderId || !asksForReview(findings)) return;
  state.reviewRequested.set(context.orderId, true);
  void send('review/record', { host: state.host, orderId: context.orderId, marketplaceId: context.marketplaceId, channel: 'message', at, source: 'message-sent' }).catch(() => undefined);
}
