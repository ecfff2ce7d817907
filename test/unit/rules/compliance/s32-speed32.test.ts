// s32 speed32: an entry's long trailing negative guard (NOT_NEGATED, NOT_EXPLAINED, notACause ...) is tested after its match
// (detectors/guard-after.ts) instead of compiled into every entry's regexp; the matches must stay the whole pattern's.
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../../rules/compliance/lexicon';
import { compiledUniversal, entryPattern, entrySource } from '../../../../rules/compliance/detectors/lexical';
import { UNIVERSAL } from '../../../../rules/compliance/lexicon';
import { GuardedRegExp, splitGuard } from '../../../../rules/compliance/detectors/guard-after';
import { normalize } from '../../../../rules/compliance/normalize';
import { cleanOfMarketing, flagsMarketing, lacks, hasRule } from './helpers/cases';
import type { DetectionLanguage } from '../../../../rules/compliance/types';

const LONG_NEGATIVE = `(?![^.!?\\n]{0,80}(?:${Array.from({ length: 60 }, (_, i) => `word${i}`).join('|')}))`;

/** Every match of `re` over `text` (global exec walk, as the scans do). */
function allMatches(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) re.lastIndex += 1;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** The sticky end at every position (-1: no match), as entry-index.ts's anchored tries read it. */
function stickyEnds(re: RegExp, text: string): number[] {
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    re.lastIndex = p;
    out.push(re.test(text) ? re.lastIndex : -1);
  }
  return out;
}

describe('splitGuard', () => {
  it('splits a long trailing negative guard off the match', () => {
    const split = splitGuard(`coupons?${LONG_NEGATIVE}`);
    expect(split).toEqual({ match: 'coupons?', guards: [LONG_NEGATIVE] });
  });
  it('keeps a short guard, an alternation and a guard inside the phrase compiled in', () => {
    expect(splitGuard('coupons?(?! code)')).toBeNull();
    expect(splitGuard(`coupon${LONG_NEGATIVE}|voucher`)).toBeNull();
    expect(splitGuard(`coupon${LONG_NEGATIVE} code`)).toBeNull();
  });
  it('leaves a positive look-ahead (a requirement) in the match, after the rest', () => {
    const split = splitGuard(`coupon${LONG_NEGATIVE}(?=\\s+code)`);
    expect(split).toEqual({ match: 'coupon(?=\\s+code)', guards: [LONG_NEGATIVE] });
  });
});

describe('GuardedRegExp: the whole pattern\'s matches', () => {
  it('a failed guard backtracks to a shorter match, as the whole pattern does', () => {
    const re = new GuardedRegExp('a+(?!b)', 'a+', ['(?!b)'], 'g');
    expect(allMatches(re, 'aaab aa')).toEqual(allMatches(/a+(?!b)/g, 'aaab aa'));
    expect(allMatches(re, 'aaab aa')).toEqual([[0, 2], [5, 7]]);
  });
  it('a failed guard moves to a later start, as the whole pattern does', () => {
    const re = new GuardedRegExp('x\\w(?!y)', 'x\\w', ['(?!y)'], 'g');
    expect(allMatches(re, 'xay xb xcy xd')).toEqual([[4, 6], [11, 13]]);
    const sticky = new GuardedRegExp('x\\w(?!y)', 'x\\w', ['(?!y)'], 'y');
    expect(stickyEnds(sticky, 'xay xb')).toEqual(stickyEnds(/x\w(?!y)/y, 'xay xb'));
  });
  it('keeps the whole source for readers of .source, and derived regexps are plain', () => {
    const re = new GuardedRegExp('a+(?!b)', 'a+', ['(?!b)'], 'g');
    expect(re.source).toBe('a+(?!b)');
    expect([...'aaab aa'.matchAll(re)].map((m) => m[0])).toEqual(['aa', 'aa']);
  });

  // every split entry, on its own examples and near-misses: the same matches as its whole pattern, scanned and anchored
  const split: [string, DetectionLanguage, (typeof LEXICONS)['en']['marketing'][number]][] = [];
  for (const [language, lexicon] of Object.entries(LEXICONS) as [DetectionLanguage, (typeof LEXICONS)['en']][]) {
    for (const [list, items] of Object.entries(lexicon)) {
      for (const item of items) if (splitGuard(entrySource(language, item))) split.push([`${language}:${list}:${item.id}`, language, item]);
    }
  }
  it('splits the entries that carry the shared guards, in several languages', () => {
    const names = split.map(([name]) => name);
    for (const name of ['en:marketing:coupon', 'es:marketing:coupon', 'de:marketing:voucher', 'es:marketing:black-friday', 'it:offplatform:outside-amazon']) {
      expect(names).toContain(name);
    }
  });
  it.each(split)('%s matches as its whole pattern', (_name, language, item) => {
    const guarded = entryPattern(language, item, 'g');
    const whole = new RegExp(guarded.source, 'g');
    const sticky = entryPattern(language, item, 'y');
    const wholeSticky = new RegExp(sticky.source, 'y');
    for (const example of [...item.match, ...(item.not ?? [])]) {
      const text = normalize(example).text;
      expect(allMatches(guarded, text)).toEqual(allMatches(whole, text));
      expect(stickyEnds(sticky, text)).toEqual(stickyEnds(wholeSticky, text));
    }
  });
});

describe('the universal promo-code-token (a list of one entry) runs its NOT_EXPLAINED guard after the match', () => {
  const item = UNIVERSAL.marketing![0]!;
  it('is guarded, with the whole pattern\'s matches on its examples', () => {
    const [re] = compiledUniversal('marketing');
    expect(re).toBeInstanceOf(GuardedRegExp);
    const whole = new RegExp(re!.source, 'g');
    for (const example of [...item.match, ...(item.not ?? []), 'Le code MERCI15 a déjà été appliqué à votre commande, 15 % de moins.']) {
      const text = normalize(example).text;
      expect(allMatches(re!, text)).toEqual(allMatches(whole, text));
    }
  });
});

describe('checks through the guarded entries read as before', () => {
  flagsMarketing([
    'Use the coupon SAVE10 on your next order with us.',
    'Nuestro Black Friday empieza el jueves.',
    'Zum Black Friday haben wir tolle Angebote.',
  ]);
  cleanOfMarketing([
    'Debido al Black Friday, los envíos llevan un día de retraso.',
    'Wegen des Black Friday verzögert sich der Versand um einen Tag.',
    'The coupon was already applied at checkout, so the total you paid includes it.',
  ]);
  hasRule('offplatform')(['Podemos venderle el repuesto fuera de Amazon, más barato.']);
  lacks('offplatform')(['No podemos venderle nada fuera de Amazon.', 'Non possiamo vendere nulla fuori da Amazon.']);
});
