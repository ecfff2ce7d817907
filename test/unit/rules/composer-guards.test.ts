import { describe, expect, it } from 'vitest';
import { asksForReview, composerPresence, contextChanged, nrnClickStep, reviewAlreadyAsked } from '../../../rules/composer-guards';
import type { Finding } from '../../../rules/compliance/types';

const finding = (rule: string): Finding => ({ rule, severity: 'warn', start: 0, end: 1, message: '' }) as unknown as Finding;

describe('asksForReview', () => {
  it('review wording (a request, another channel, a leading ask) uses the review channel', () => {
    for (const rule of ['review_request', 'review_channel', 'leading']) expect(asksForReview([finding('url'), finding(rule)])).toBe(true);
  });
  it('other findings, or none, do not', () => {
    expect(asksForReview([finding('url'), finding('email')])).toBe(false);
    expect(asksForReview([])).toBe(false);
  });
});

describe('reviewAlreadyAsked', () => {
  it('a recorded request, or Amazon saying "already sent"', () => {
    expect(reviewAlreadyAsked([{}], undefined)).toBe(true);
    expect(reviewAlreadyAsked([], 'already-sent')).toBe(true);
    expect(reviewAlreadyAsked([], 'eligible')).toBe(false);
    expect(reviewAlreadyAsked([], undefined)).toBe(false);
  });
});

describe('contextChanged', () => {
  const base = { orderId: '1', caseId: 'c', buyerMessage: 'hi' };
  it('the order, the case or the buyer message moving is a change', () => {
    expect(contextChanged(base, { ...base, orderId: '2' })).toBe(true);
    expect(contextChanged(base, { ...base, caseId: 'd' })).toBe(true);
    expect(contextChanged(base, { ...base, buyerMessage: 'hello' })).toBe(true);
  });
  it('the same facts (other fields aside) are not', () => {
    expect(contextChanged(base, { ...base })).toBe(false);
    expect(contextChanged({}, {})).toBe(false);
  });
});

describe('nrnClickStep', () => {
  it('no question: the click passes, uncounted', () => {
    expect(nrnClickStep(false, false)).toBe('pass');
    expect(nrnClickStep(true, false)).toBe('pass');
  });
  it('a question: confirm first; the confirmed click passes, counted', () => {
    expect(nrnClickStep(false, true)).toBe('confirm');
    expect(nrnClickStep(true, true)).toBe('count');
  });
});

describe('composerPresence', () => {
  const at = { now: 10_000, graceMs: 2500 };
  it('an open box, or a page that shows none, is ok (the missing clock resets)', () => {
    expect(composerPresence({ ...at, open: 2, expected: false, missingSince: 5000 })).toEqual({ missingSince: 0, report: { status: 'ok', detail: undefined } });
    expect(composerPresence({ ...at, open: 0, expected: false, missingSince: 5000 })).toEqual({ missingSince: 0, report: { status: 'ok', detail: 'no message box open' } });
  });
  it('an expected box missing starts the clock and says nothing within the grace', () => {
    expect(composerPresence({ ...at, open: 0, expected: true, missingSince: 0 })).toEqual({ missingSince: 10_000 });
    expect(composerPresence({ ...at, open: 0, expected: true, missingSince: 8000 })).toEqual({ missingSince: 8000 });
  });
  it('missing past the grace is "not found"', () => {
    expect(composerPresence({ ...at, open: 0, expected: true, missingSince: 7500 })).toEqual({ missingSince: 7500, report: { status: 'not-found', detail: 'message box not found on this page' } });
  });
});
