// The composer's decisions (pure: entrypoints/composer.content reads the page and the seller's
// clicks, calls these, and acts on the answer).
import type { Finding } from './compliance/types';

/** Findings whose wording asks for a review: a message that carries one uses the order's review channel. */
const REVIEW_RULES = new Set(['review_request', 'review_channel', 'leading']);

export function asksForReview(findings: readonly Finding[]): boolean {
  return findings.some((f) => REVIEW_RULES.has(f.rule));
}

/** A review already asked for this order: by us (a recorded request) or, says Amazon, by anyone. */
export function reviewAlreadyAsked(requests: readonly unknown[], amazonSays: string | undefined): boolean {
  return requests.length > 0 || amazonSays === 'already-sent';
}

export interface ComposerContextFacts {
  orderId?: string;
  caseId?: string;
  buyerMessage?: string;
}

/** The facts the checker's options depend on moved: every open session must check again. */
export function contextChanged(before: ComposerContextFacts, after: ComposerContextFacts): boolean {
  return after.orderId !== before.orderId || after.buyerMessage !== before.buyerMessage || after.caseId !== before.caseId;
}

/**
 * A click on "No response needed": pass untouched when the buyer asked nothing; when they did,
 * stop to confirm, unless this is the click the seller just confirmed (then it passes, counted).
 */
export function nrnClickStep(bypass: boolean, question: boolean): 'pass' | 'count' | 'confirm' {
  if (!question) return 'pass';
  return bypass ? 'count' : 'confirm';
}

export interface PresenceInput {
  /** composers with a live session */
  open: number;
  /** the page should show a message box (only asked when none is open) */
  expected: boolean;
  /** when the box was first seen missing (0: not missing) */
  missingSince: number;
  now: number;
  graceMs: number;
}

export interface Presence {
  missingSince: number;
  /** what health says; none while a missing box is still within its grace */
  report?: { status: 'ok' | 'not-found'; detail?: string };
}

/** "Blind" only when the box stays missing: the host renders it a moment after its container. */
export function composerPresence({ open, expected, missingSince, now, graceMs }: PresenceInput): Presence {
  if (open || !expected) return { missingSince: 0, report: { status: 'ok', detail: open ? undefined : 'no message box open' } };
  const since = missingSince || now;
  if (now - since >= graceMs) return { missingSince: since, report: { status: 'not-found', detail: 'message box not found on this page' } };
  return { missingSince: since };
}
