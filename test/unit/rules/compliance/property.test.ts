// Property tests (fast-check): never throws, offsets inside the text and on code point
// boundaries, deterministic, sorted; hostile inputs built to trigger regex backtracking finish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';
import { CHECKER_UI_LANGUAGES, LANGUAGES } from '../../../../rules/compliance/languages';

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** A boundary splits no surrogate pair (lone surrogates in the input are their own code point). */
function onCodePointBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  return !(isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1)));
}

const pieces = fc.constantFrom(
  ' ', '.', '@', ' dot ', '[at]', 'www', 'shop', 'com', 'review', 'leave a', '5-star', '+49', '030', '1234567', '😀', '👍🏽', '\u200B', 'ｓ', '．', 'ѕ', 'é', '\n',
  'if you are happy', 'whatsapp', 'coupon', '【重要】', 'レビュー', ':)', '★', 'https://', '113-1234567-1234567', '\uD800', '\uDC00',
);
const messageArb = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')));
const optionsArb: fc.Arbitrary<CheckOptions> = fc.record(
  {
    uiLanguage: fc.constantFrom(...CHECKER_UI_LANGUAGES),
    buyerMessage: fc.oneof(fc.string({ maxLength: 80 }), fc.constant('email me at a@b.com')),
    reviewAlreadyRequested: fc.boolean(),
    customPhrases: fc.array(fc.record({ phrase: fc.string({ maxLength: 12 }), severity: fc.constantFrom('block', 'warn' as const) }), { maxLength: 3 }),
    languages: fc.subarray([...LANGUAGES]),
  },
  { requiredKeys: [] },
);

describe('checkMessage properties', () => {
  it('never throws; offsets are inside the text, on code point boundaries, sorted; deterministic', () => {
    fc.assert(
      fc.property(messageArb, optionsArb, (text, options) => {
        const findings = checkMessage(text, options);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThan(f.start);
          expect(onCodePointBoundary(text, f.start)).toBe(true);
          expect(onCodePointBoundary(text, f.end)).toBe(true);
          expect(['block', 'warn', 'info']).toContain(f.severity);
          expect(f.message.length).toBeGreaterThan(0);
        }
        for (let i = 1; i < findings.length; i++) {
          const a = findings[i - 1]!;
          const b = findings[i]!;
          expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
        }
        expect(checkMessage(text, options)).toEqual(findings);
      }),
      { numRuns: 400 },
    );
  });

  it('finishes on inputs designed for catastrophic backtracking', () => {
    // Each input would take seconds or hours with a nested quantifier; linear patterns do it at once.
    // (No timing assertion: a hang fails the test by its timeout.)
    const hostile = [
      'a'.repeat(50_000),
      'a.'.repeat(25_000),
      'a-'.repeat(25_000) + '!',
      ' '.repeat(50_000) + 'x',
      '1 '.repeat(25_000),
      '1-'.repeat(25_000),
      'leave '.repeat(8_000),
      'if you are happy '.repeat(3_000),
      'x@'.repeat(25_000),
      'a [at] b [dot] '.repeat(3_000),
      'www.'.repeat(12_000),
      'https://' + 'a'.repeat(50_000),
      '😀'.repeat(20_000),
      '★'.repeat(40_000),
      ':)'.repeat(20_000),
      'レビュー'.repeat(10_000),
      '\u200B'.repeat(50_000) + 'shop.com',
      'five '.repeat(10_000),
      'sh' + 'op dot '.repeat(8_000) + 'com',
    ];
    for (const text of hostile) {
      const findings = checkMessage(text, { reviewAlreadyRequested: true, buyerMessage: 'email me' });
      expect(Array.isArray(findings)).toBe(true);
    }
  }, 60_000);

  it('returns nothing for empty or non-string input', () => {
    expect(checkMessage('')).toEqual([]);
    expect(checkMessage(undefined as unknown as string)).toEqual([]);
  });
});
