// SLA badges: light plain DOM, one shadow root per badge sharing ONE constructed stylesheet, and one
// shared ticker for all of them (no timer per badge).
import { RG_UI_ATTR } from '../../lib/deep-dom';
import { formatCountdown, type CountdownLanguage, type SlaStatus } from '../../rules/sla';

const CSS = `
:host { all: initial; display: inline-block; margin-left: 6px; vertical-align: middle; }
.b { font: bold 11px/16px "Amazon Ember", Arial, sans-serif; border-radius: 10px; padding: 1px 7px; white-space: nowrap; color: #fff; }
.on-track { background: #067d62; }
.at-risk { background: #c45500; }
.overdue { background: #cc0c39; }
.est::after { content: " ~"; }
@media (prefers-color-scheme: dark) { .on-track { background: #0b8f72; } }
`;

let sheet: CSSStyleSheet | null | undefined;
function sharedSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  } catch {
    sheet = null; // constructed sheets unavailable here: fall back to a <style> per badge
  }
  return sheet;
}

export interface BadgeModel {
  threadId: string;
  status: SlaStatus & { dueAt: number };
  marketplaceTimeZone: string;
}

/** A badge host for `doc`; a frame's document gets a <style> (a constructed sheet is bound to ours). */
export function createBadge(doc: Document = document): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(RG_UI_ATTR, '');
  host.setAttribute('data-rg', 'sla-badge');
  host.setAttribute('role', 'status');
  const root = host.attachShadow({ mode: 'open' });
  const shared = doc === document ? sharedSheet() : null;
  if (shared) root.adoptedStyleSheets = [shared];
  else root.append(Object.assign(doc.createElement('style'), { textContent: CSS }));
  root.append(Object.assign(doc.createElement('span'), { className: 'b' }));
  return host;
}

function dueText(dueAt: number, timeZone: string | undefined, lang: string): string {
  // dateStyle cannot be combined with timeZoneName
  return new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(dueAt);
}

/** Idempotent: only touches the DOM when something visible changed. */
export function updateBadge(host: HTMLElement, model: BadgeModel, now: number, lang: CountdownLanguage): void {
  const msLeft = model.status.dueAt - now;
  const state = msLeft < 0 ? 'overdue' : model.status.internalDueAt !== undefined && now > model.status.internalDueAt ? 'at-risk' : 'on-track';
  const text = formatCountdown(msLeft, lang);
  const set = (name: string, value: string) => {
    if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  };
  set('data-thread-id', model.threadId);
  set('data-due-at', new Date(model.status.dueAt).toISOString());
  set('data-state', state);
  if (model.status.estimated) set('data-estimated', 'true');
  else if (host.hasAttribute('data-estimated')) host.removeAttribute('data-estimated');
  const estimatedNote = model.status.estimated ? ' (estimated: the exact time was not visible)' : '';
  set('aria-label', `Reply ${text}${estimatedNote}`);
  set(
    'title',
    `Reply due ${dueText(model.status.dueAt, undefined, lang)} (your time), ${dueText(model.status.dueAt, model.marketplaceTimeZone, lang)} (marketplace time)${estimatedNote}`,
  );
  const inner = host.shadowRoot?.querySelector('.b');
  if (!inner) return;
  const className = `b ${state}${model.status.estimated ? ' est' : ''}`;
  if (inner.className !== className) inner.className = className;
  if (inner.textContent !== text) inner.textContent = text;
}
