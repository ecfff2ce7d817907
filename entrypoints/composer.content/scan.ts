// One scan of the page (on every mutation, and polled): the context again, a session for every
// composer (new, re-created or removed by the host) and what health says.
import type { FeatureApi } from '../../lib/features';
import type { CheckOptions } from '../../rules/compliance/types';
import { composerPresence, contextChanged } from '../../rules/composer-guards';
import { composerExpected, findComposers, findSendButton, readContext, type ComposerSite } from './page';
import { ComposerSession } from './session';
import { watchFileInputs } from './file-checks';
import { checkOptions, lookUpOrder, type ComposerState, type SessionEntry } from './state';

const MISSING_GRACE_MS = 2500;

export function createComposerScan(state: ComposerState, report: FeatureApi['report']): () => void {
  const watched = new WeakSet<HTMLInputElement>();
  const options = (): CheckOptions => checkOptions(state);
  let missingSince = 0;
  return () => {
    const changed = readPageContext(state);
    syncSessions(state, changed, options, watched);
    const open = state.sessions.size;
    const presence = composerPresence({ open, expected: !open && composerExpected(document, new URL(location.href)), missingSince, now: performance.now(), graceMs: MISSING_GRACE_MS });
    missingSince = presence.missingSince;
    if (presence.report) report(presence.report.status, presence.report.detail);
  };
}

/** Reads the context again (and looks its order up); true when the checker's options moved. */
function readPageContext(state: ComposerState): boolean {
  const next = readContext(document, new URL(location.href));
  const changed = contextChanged(state.context, next);
  state.context = next;
  if (next.orderId) lookUpOrder(state, next.orderId);
  return changed;
}

function syncSessions(state: ComposerState, changed: boolean, options: () => CheckOptions, watched: WeakSet<HTMLInputElement>): void {
  const { sessions, signal } = state;
  const seen = new Set<Element>();
  for (const site of findComposers(document)) {
    seen.add(site.field);
    const existing = sessions.get(site.field);
    if (existing && existing.session.connected) {
      refreshSession(existing, site, changed);
      watchFileInputs(existing.session, watched, options, signal);
      continue;
    }
    existing?.session.destroy();
    const session = new ComposerSession(site, options, signal);
    sessions.set(site.field, { session, send: findSendButton(site) });
    watchFileInputs(session, watched, options, signal);
  }
  dropGone(sessions, seen);
}

function refreshSession(entry: SessionEntry, site: ComposerSite, changed: boolean): void {
  entry.send = findSendButton(site) ?? entry.send;
  entry.session.sync();
  entry.session.refreshIfChanged();
  if (changed) entry.session.recheckOptions();
}

/** Composers the host re-created or removed. */
function dropGone(sessions: Map<Element, SessionEntry>, seen: Set<Element>): void {
  for (const [field, entry] of sessions) {
    if (!seen.has(field) || !entry.session.connected) {
      entry.session.destroy();
      sessions.delete(field);
    }
  }
}
