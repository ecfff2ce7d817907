// Invariant: offsets point into the text exactly as typed, even when detection ran on the
// normalized copy (zero-width characters removed, full-width folded, emoji before the finding).
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

function spans(text: string, rule: string): string[] {
  return checkMessage(text)
    .filter((f) => f.rule === rule)
    .map((f) => text.slice(f.start, f.end));
}

describe('offsets on the original text', () => {
  it('after emoji (surrogate pairs) before the finding', () => {
    const text = '😀👍🏽👨‍👩‍👧 visit shop.com now';
    expect(spans(text, 'url')).toEqual(['shop.com']);
  });

  it('with zero-width characters inside and before the finding', () => {
    const text = '\u200B\u200Bmail: in\u200Bfo@sh\u200Cop.com!';
    expect(spans(text, 'email')).toEqual(['in\u200Bfo@sh\u200Cop.com']);
  });

  it('with full-width characters', () => {
    const text = 'ご連絡は　ｉｎｆｏ＠ｓｈｏｐ．ｃｏｍ　まで';
    expect(spans(text, 'email')).toEqual(['ｉｎｆｏ＠ｓｈｏｐ．ｃｏｍ']);
  });

  it('with characters that grow under NFKC before the finding', () => {
    const text = 'ﬁle ① ㍻ call +49 30 1234567';
    expect(spans(text, 'phone')).toEqual(['+49 30 1234567']);
  });

  it('with homoglyphs', () => {
    const text = 'Go to ѕһор.com today';
    expect(spans(text, 'url')).toEqual(['ѕһор.com']);
  });

  it('lexical findings cover the phrase as typed', () => {
    const text = 'Please LEAVE\u00A0US  a   Review!';
    expect(spans(text, 'review_request')).toEqual(['LEAVE\u00A0US  a   Review']);
  });

  it('findings are sorted by start, then end', () => {
    const text = 'If you are happy, leave a 5-star review at shop.com 😊 or call 555-123-4567';
    const findings = checkMessage(text);
    const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
    expect(findings.map((f) => [f.start, f.end])).toEqual(sorted.map((f) => [f.start, f.end]));
    expect(findings.length).toBeGreaterThanOrEqual(5);
  });
});
