import { describe, expect, it } from 'vitest';
import { V8_OPTIMISED_SOURCE, slimSource } from '../../../../rules/compliance/detectors/regex-slim';
import { compactRegExp, writtenSource } from '../../../../rules/compliance/detectors/compact-letters';

/** Every match (index, text, groups) of a pattern over a text. */
const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);

// A pattern of each shape the detectors use: optional articles, bounded gaps, lazy runs, look-behinds with a
// bounded run inside, captures after a cut, letters as \p{L}.
const PATTERNS = [
  String.raw`(?<![\p{L}])(?:leave|write|hinterlassen|laisser|dejar|lasciare|deixar) (?:us |uns |nous |nos |ci |nos )?(?:a |an |eine |un |une |una |uma )?(?:\p{L}{1,12} ){0,2}?(?:review|bewertung|avis|reseña|recensione|avaliação)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:code|codice|código)\s{0,3}[:«"']?\s{0,2}([a-z]{2,15}\d{1,4})(?![\p{L}\p{N}-])`,
  String.raw`(?<!(?:applied|angewendet|appliqué|aplicado|applicato)[^.!?;\n]{0,40})(?:coupon|gutschein|cupón|buono|cupom)s?(?![^.!?;\n]{0,30}?amazon)`,
  String.raw`(?:レビュー|評価)(?:を|の)?(?:お願い|書いて)(?:します|ください)?`,
  String.raw`(\d{1,3}) ?% ?(?:off|rabatt|de réduction|de descuento|di sconto|de desconto|引き)`,
];

const TEXTS = [
  // en
  'Please leave us a quick review! Use code SAVE10 for 10% off, the coupon was applied at checkout, the coupon is from amazon.',
  'Would you write an honest short review? The code: ab12 is yours; coupons for next time.',
  // de
  'Bitte hinterlassen Sie uns eine kurze Bewertung. Mit dem Code SOMMER24 gibt es 15 % Rabatt; der Gutschein wurde angewendet, Gutschein.',
  // fr
  'Merci de laisser un avis, code « MERCI15 » pour 15 % de réduction ; le coupon appliqué hier, le coupon vient d’amazon.',
  // es
  'Puede dejar una reseña honesta; con el código VUELVE15 tiene un 20% de descuento y el cupón aplicado ya, cupón nuevo.',
  // it
  'Può lasciare una recensione? Codice ESTATE10, 30 % di sconto; il buono applicato ieri, buono per lei.',
  // pt
  'Pode deixar uma avaliação? Use o código VOLTA10 com 10% de desconto; o cupom aplicado, cupom para você.',
  // ja
  'レビューをお願いします。評価を書いてください。20%引きのクーポン、code JP2024 も。',
  // two-byte mixed subject and near-misses: no code token, a code running on, a gap too long
  'Order code 302-4417820 “leave” a review — code FT4-XL stays. Leave this very long winded ongoing thing a review 😀',
];

describe('slimSource (regex-slim.ts): an empty look-ahead after each quantified atom, same matches', () => {
  it('puts the cut after groups, classes, escapes and characters with their quantifier, lazy ones whole', () => {
    expect(slimSource('(?:a |the )?review')).toBe('(?:a |the )?(?=)review');
    expect(slimSource(String.raw`\s{0,3}code`)).toBe(String.raw`\s{0,3}(?=)code`);
    expect(slimSource('[^.!?]{0,80}?x')).toBe('[^.!?]{0,80}?(?=)x');
    expect(slimSource('reviews?!')).toBe('reviews?(?=)!');
    expect(slimSource(String.raw`\p{L}*x`)).toBe(String.raw`\p{L}*(?=)x`);
    expect(slimSource('(a)+b')).toBe('(a)+(?=)b');
  });

  it('leaves group openers, look-arounds, classes and escaped quantifier characters as written', () => {
    for (const source of ['(?:x)', '(?<!ab)(?=c)(?!d)y', '[a?*+]z', String.raw`\?\*\+\{2\}`, 'a{x}', '(?<name>q)']) {
      expect(slimSource(source)).toBe(source);
    }
  });

  it('leaves the head alone when asked', () => {
    expect(slimSource('ab?c d?e', 4)).toBe('ab?c d?(?=)e');
  });

  it('never pushes a source past the length V8 still optimises', () => {
    const long = 'ab?'.repeat(Math.floor(V8_OPTIMISED_SOURCE / 3));
    expect(long.length).toBeLessThanOrEqual(V8_OPTIMISED_SOURCE);
    expect(slimSource(long)).toBe(long);
    const longer = long + 'ab?'.repeat(10);
    expect(slimSource(longer)).toContain('(?=)');
  });

  it('finds the same matches and groups as the written pattern, in the seven languages, one- and two-byte', () => {
    for (const source of PATTERNS) {
      for (const flags of ['giu', 'gu']) {
        const written = new RegExp(source, flags);
        const slim = new RegExp(slimSource(source), flags);
        for (const text of TEXTS) expect(all(slim, text)).toEqual(all(written, text));
      }
    }
  });

  it('matches something in each language, so the comparison above is not empty; the near-misses match nothing, slim or not', () => {
    const hits = TEXTS.map((text) => PATTERNS.some((source) => new RegExp(source, 'iu').test(text)));
    expect(hits).toEqual(TEXTS.map((_, i) => i < TEXTS.length - 1));
    expect(PATTERNS.some((source) => new RegExp(slimSource(source), 'iu').test(TEXTS[TEXTS.length - 1]!))).toBe(false);
  });

  it('is what compactRegExp compiles, while writtenSource still gives the pattern as written', () => {
    const source = PATTERNS[0]!;
    const re = compactRegExp(source, 'iu');
    expect(re.source).toContain('(?=)');
    expect(writtenSource(re)).toBe(source);
    for (const text of TEXTS) expect(all(new RegExp(re.source, 'giu'), text)).toEqual(all(new RegExp(source, 'giu'), text));
  });
});
