// SLA badges: light plain DOM, one shadow root per badge sharing ONE constructed stylesheet, and one
// shared ticker for all of them (no timer per badge).
import { createShadowHost } from '../../components/shadow-host';
import { formatCountdown, type CountdownLanguage } from '../../rules/sla';
import { t } from '../../components/i18n';

const CSS = `
:host { all: initial; display: inline-block; margin-left: 6px; vertical-align: middle; }
.b { font: bold 11px/16px "Amazon Ember", Arial, sans-serif; border-radius: 10px; padding: 1px 7px; white-space: nowrap; color: #fff; }
.on-track { background: #067d62; }
.at-risk { background: #c45500; }
.overdue { background: #cc0c39; }
.est::after { content: " ~"; }
@media (prefers-color-scheme: dark) { .on-track { background: #0b8f72; } }
`;

export interface BadgeModel {
  threadId: string;
  dueAt: number;
  /** past this the thread is at risk (the seller's internal SLA) */
  internalDueAt: number;
  estimated: boolean;
  marketplaceTimeZone: string;
}

/** A badge host for `doc`; a frame's document gets a <style> (a constructed sheet is bound to ours). */
export function createBadge(doc: Document = document): HTMLElement {
  const { host, root } = createShadowHost(doc, 'span', CSS, { 'data-rg': 'sla-badge', role: 'status' });
  root.append(Object.assign(doc.createElement('span'), { className: 'b' }));
  return host;
}

// Intl.DateTimeFormat is costly to build: one per (language, zone), reused by every badge
const formatters = new Map<string, Intl.DateTimeFormat>();
function dueText(dueAt: number, timeZone: string | undefined, lang: string): string {
  const key = `${lang}|${timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    // dateStyle cannot be combined with timeZoneName
    format = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' });
    formatters.set(key, format);
  }
  return format.format(dueAt);
}

export type BadgeState = 'on-track' | 'at-risk' | 'overdue';

export function badgeState(model: Pick<BadgeModel, 'dueAt' | 'internalDueAt'>, now: number): BadgeState {
  return now > model.dueAt ? 'overdue' : now > model.internalDueAt ? 'at-risk' : 'on-track';
}

// Tooltips (two date formats each) are filled after the badges are on screen, in idle time: the
// countdowns of a 1,000-thread list appear in the frame that paints the rows, the tooltips just after.
const pendingTitles = new Map<HTMLElement, () => string>();
let drainScheduled = false;

function deferTitle(host: HTMLElement, title: () => string): void {
  pendingTitles.set(host, title);
  scheduleDrain();
}

function scheduleDrain(): void {
  if (drainScheduled) return;
  drainScheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(drainTitles, { timeout: 500 });
  else setTimeout(drainTitles, 50);
}

/** a busy page's idle callback times out: then a short slice per call, never one long task */
const TIMED_OUT_SLICE_MS = 4;

function drainTitles(deadline?: IdleDeadline): void {
  drainScheduled = false;
  const started = performance.now();
  for (const [host, title] of pendingTitles) {
    pendingTitles.delete(host);
    host.setAttribute('title', title());
    const idleLeft = deadline && !deadline.didTimeout ? deadline.timeRemaining() >= 2 : performance.now() - started < TIMED_OUT_SLICE_MS;
    if (!idleLeft) break;
  }
  if (pendingTitles.size) scheduleDrain();
}

// i18n look-ups once, not once per badge (a 1,000-row list paints in one go)
const SLOT = '\ue000'; // a private-use character: getMessage drops control characters
let label: string | undefined;
let estimated: string | undefined;
const labelTemplate = () => (label ??= t('inboxBadgeLabel', SLOT));
const estimatedText = () => (estimated ??= t('inboxBadgeEstimated'));

// what each badge shows now, so a tick that changes nothing visible costs a few comparisons
const painted = new WeakMap<HTMLElement, { key: string; titleKey: string }>();

/** Idempotent and cheap when nothing visible changed (the text moves once a minute). */
export function updateBadge(host: HTMLElement, model: BadgeModel, now: number, lang: CountdownLanguage): void {
  const msLeft = model.dueAt - now;
  const state = badgeState(model, now);
  const minute = Math.floor(msLeft / 60_000);
  const key = `${model.threadId}|${model.dueAt}|${state}|${minute}|${model.estimated}|${lang}`;
  const last = painted.get(host);
  if (last?.key === key) return;
  const text = formatCountdown(msLeft, lang);
  host.setAttribute('data-thread-id', model.threadId);
  host.setAttribute('data-due-at', new Date(model.dueAt).toISOString());
  host.setAttribute('data-state', state);
  if (model.estimated) host.setAttribute('data-estimated', 'true');
  else host.removeAttribute('data-estimated');
  const estimatedNote = model.estimated ? ` (${estimatedText()})` : '';
  host.setAttribute('aria-label', `${labelTemplate().replace(SLOT, text)}${estimatedNote}`);
  const titleKey = `${model.dueAt}|${model.estimated}|${lang}`;
  if (last?.titleKey !== titleKey) {
    deferTitle(host, () => `${t('inboxBadgeTitle', dueText(model.dueAt, undefined, lang), dueText(model.dueAt, model.marketplaceTimeZone, lang))}${estimatedNote}`);
  }
  painted.set(host, { key, titleKey });
  // the pill is the shadow root's last child (a frame's badge has its <style> first)
  const inner = host.shadowRoot?.lastElementChild;
  if (!inner) return;
  inner.className = `b ${state}${model.estimated ? ' est' : ''}`;
  inner.textContent = text;
}
