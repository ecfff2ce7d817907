// Highlights stay glued to the text between checks (keystroke repaint without re-checking).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffEdit, shiftFindings } from '../../../components/composer/shift';
import { paintSpans } from '../../../components/composer/overlay';
import type { Finding } from '../../../rules/compliance/types';

const f = (start: number, end: number, severity: Finding['severity'] = 'block', rule = 'url'): Finding => ({ rule, severity, start, end, message: 'm' });

describe('diffEdit', () => {
  it('finds the single changed region', () => {
    expect(diffEdit('abc', 'abc')).toBeNull();
    expect(diffEdit('hello world', 'hello, world')).toEqual({ start: 5, oldEnd: 5, newEnd: 6 });
    expect(diffEdit('hello world', 'hello')).toEqual({ start: 5, oldEnd: 11, newEnd: 5 });
    expect(diffEdit('abcdef', 'abXYef')).toEqual({ start: 2, oldEnd: 4, newEnd: 4 });
  });

  it('applying the edit to the old text gives the new text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const e = diffEdit(a, b);
        if (!e) return a === b;
        return a.slice(0, e.start) + b.slice(e.start, e.newEnd) + a.slice(e.oldEnd) === b;
      }),
    );
  });
});

describe('shiftFindings', () => {
  const text = 'mail me at a@b.com now';
  const email = f(11, 18, 'block', 'email');
  it('moves findings after an insertion before them', () => {
    const after = 'please ' + text;
    const [moved] = shiftFindings([email], diffEdit(text, after)!);
    expect(after.slice(moved!.start, moved!.end)).toBe('a@b.com');
  });
  it('keeps findings before the edit and drops the ones it touched', () => {
    expect(shiftFindings([email], diffEdit(text, text + '!')!)).toEqual([email]);
    expect(shiftFindings([email], diffEdit(text, 'mail me at a@bX.com now')!)).toEqual([]);
  });
  it('never points outside the new text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), fc.nat(), fc.nat(), (a, b, x, y) => {
        const start = x % a.length;
        const end = start + 1 + (y % (a.length - start));
        const e = diffEdit(a, b);
        if (!e) return true;
        return shiftFindings([f(start, end)], e).every((s) => s.start >= 0 && s.end <= b.length && b.slice(s.start, s.end) === a.slice(start, end));
      }),
    );
  });
});

describe('paintSpans', () => {
  it('paints overlaps once, block before warn', () => {
    const spans = paintSpans([f(0, 10, 'warn', 'marketing'), f(0, 5, 'block', 'url'), f(8, 12, 'block', 'email')], 20);
    expect(spans.map((s) => [s.rule, s.start, s.end])).toEqual([['url', 0, 5], ['marketing', 5, 8], ['email', 8, 12]]);
  });
  it('shows the most specific finding inside a wider one of the same severity (the address inside the inviting sentence)', () => {
    const spans = paintSpans([f(0, 27, 'block', 'offplatform'), f(15, 27, 'block', 'email')], 27);
    expect(spans.map((s) => [s.rule, s.start, s.end])).toEqual([['offplatform', 0, 15], ['email', 15, 27]]);
  });
  it('on the very same text, the entity (the number to remove) over the intent it carries, in either order', () => {
    for (const findings of [[f(10, 24, 'block', 'offplatform'), f(10, 24, 'block', 'phone')], [f(10, 24, 'block', 'phone'), f(10, 24, 'block', 'offplatform')]]) {
      expect(paintSpans(findings, 30).map((s) => [s.rule, s.start, s.end])).toEqual([['phone', 10, 24]]);
    }
  });
  it('clips to the text', () => {
    expect(paintSpans([f(3, 50)], 10).map((s) => [s.start, s.end])).toEqual([[3, 10]]);
  });
});
