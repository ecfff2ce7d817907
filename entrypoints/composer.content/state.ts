// What one run of the composer checker shares between its pieces (scan, guards, file checks): the
// open sessions, the page's context, the seller's settings and what we know of each order's reviews.
import { send } from '../../storage/client';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/schema';
import type { CheckOptions } from '../../rules/compliance/types';
import { reviewAlreadyAsked } from '../../rules/composer-guards';
import { pageUiLanguage } from '../../lib/page-language';
import { uiLanguage } from '../../components/i18n';
import { readContext, type ComposerContext } from './page';
import type { ComposerSession } from './session';

export interface SessionEntry {
  session: ComposerSession;
  send: HTMLElement | null;
}

export interface ComposerState {
  readonly signal: AbortSignal;
  readonly host: string;
  settings: Settings;
  context: ComposerContext;
  readonly sessions: Map<Element, SessionEntry>;
  /** order id -> a review was already asked for (false while the look-up runs) */
  readonly reviewRequested: Map<string, boolean>;
}

export function createComposerState(signal: AbortSignal, url: URL): ComposerState {
  return {
    signal,
    host: location.hostname,
    settings: DEFAULT_SETTINGS,
    context: readContext(document, url),
    sessions: new Map(),
    reviewRequested: new Map(),
  };
}

/** The checker's options now (read on every check: settings and context move). */
export function checkOptions(state: ComposerState): CheckOptions {
  const { context, settings, reviewRequested } = state;
  return {
    // engine messages follow Seller Central's UI language, else the browser's
    uiLanguage: pageUiLanguage(document, uiLanguage()),
    buyerMessage: context.buyerMessage,
    reviewAlreadyRequested: context.orderId ? reviewRequested.get(context.orderId) === true : false,
    customPhrases: settings.customPhrases,
    languages: settings.checkLanguages,
  };
}

export function recheckAll(state: ComposerState): void {
  state.sessions.forEach(({ session }) => session.recheckOptions());
}

/** Asks the background once per order whether a review was already asked for; rechecks on the answer. */
export function lookUpOrder(state: ComposerState, orderId: string): void {
  const { reviewRequested } = state;
  if (reviewRequested.has(orderId)) return;
  reviewRequested.set(orderId, false);
  send('review/get', { host: state.host, orderId })
    .then(({ order, requests }) => {
      reviewRequested.set(orderId, reviewAlreadyAsked(requests, order?.amazonSays));
      recheckAll(state);
    })
    .catch(() => reviewRequested.delete(orderId));
}
