// The rewrites applied to lexicon entries before they are compiled share one walk over the source:
// escapes and character classes are read once, so a "(" or a space inside [...] is never mistaken
// for a group or a phrase gap, and \p{L} becomes an explicit range inside and outside classes.
import { describe, expect, it } from 'vitest';
import { cutCopies, expand, withoutUnicodeClasses } from '../../../../rules/compliance/detectors/lexical';

describe('withoutUnicodeClasses', () => {
  it('writes \\p{L} and \\p{N} as ranges, joining a class they sit in', () => {
    expect(withoutUnicodeClasses(String.raw`\p{L}+`)).toMatch(/^\[a-z\\u00c0-.*\]\+$/);
    expect(withoutUnicodeClasses(String.raw`[\p{N}x]`)).toBe('[0-9x]');
    expect(withoutUnicodeClasses(String.raw`[\p{L}]`)).not.toContain('[[');
  });

  it('leaves other escapes, \\P{..} and an escaped bracket alone', () => {
    expect(withoutUnicodeClasses(String.raw`\[\p{N}\]`)).toBe(String.raw`\[[0-9]\]`);
    expect(withoutUnicodeClasses(String.raw`\P{L}\d\s`)).toBe(String.raw`\P{L}\d\s`);
  });
});

describe('cutCopies', () => {
  it('stops the copying after a bounded or optional group past the head', () => {
    expect(cutCopies('leave (?:us )?a (?:[^ ]{1,20} ){0,2}review')).toBe('leave (?:us )?(?=)a (?:[^ ]{1,20} ){0,2}(?=)review');
  });

  it('leaves the head, lazy quantifiers and class contents alone', () => {
    expect(cutCopies('(?:a|b)? c')).toBe('(?:a|b)? c');
    expect(cutCopies('x (?:y)?? z')).toBe('x (?:y)?? z');
    expect(cutCopies('x [()?] (?:y)?')).toBe('x [()?] (?:y)?(?=)');
  });
});

describe('expand (lookbehind spaces)', () => {
  it('bounds a space inside a lookbehind and nowhere else', () => {
    expect(expand('(?<!not )buy now')).toBe(String.raw`(?<!not\s{1,4})buy\s+now`);
  });

  it('keeps an optional blank optional (" ?" inside a lookbehind)', () => {
    expect(expand("(?<!thank(?:s| ?you) ?for )review")).toBe(String.raw`(?<!thank(?:s|\s{0,4}you)\s{0,4}for\s{1,4})review`);
    const re = new RegExp(expand("(?<!thanks ?for )review"));
    expect(re.test('thanksfor review')).toBe(false);
    expect(re.test('thanks for review')).toBe(false);
    expect(re.test('please review')).toBe(true);
  });

  it('is not thrown off by a parenthesis inside a class in the lookbehind', () => {
    expect(expand('(?<![(]x)a b')).toBe(String.raw`(?<![(]x)a\s+b`);
  });
});
