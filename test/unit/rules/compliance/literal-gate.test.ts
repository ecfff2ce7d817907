import { describe, expect, it } from 'vitest';
import { devTexts } from './dev-rows';
import { checkMessage } from '../../../../rules/compliance';
import { promotionIn } from '../../../../rules/compliance/detectors/promotion';
import { gatedExec, gatedPatterns, gatedTest, mayMatch, mayMatchAny } from '../../../../rules/compliance/detectors/literal-gate';

describe('literal gate', () => {
  it('closes only when none of the pattern\'s literals is in the text', () => {
    const r = /(?<![\p{L}])(?:paypal|bank ?transfer|wire transfer)(?![\p{L}])/u;
    expect(mayMatch(r, 'we refund through amazon')).toBe(false);
    expect(mayMatch(r, 'pay by paypal please')).toBe(true);
    expect(mayMatch(r, 'a banktransfer works')).toBe(true);
    // open is not a match: the pattern still decides
    expect(mayMatch(r, 'mypaypalshop')).toBe(true);
    expect(gatedTest(r, 'mypaypalshop')).toBe(false);
    expect(gatedExec(r, 'or wire transfer')?.[0]).toBe('wire transfer');
  });

  it('opens for every literal of an optional or alternated part', () => {
    const r = /re-?order|order (?:again|more)/u;
    for (const s of ['please reorder soon', 'to re-order', 'order again', 'order more']) expect(mayMatch(r, s)).toBe(true);
    expect(mayMatch(r, 'your order is on its way')).toBe(false);
  });

  it('never gates a case-blind pattern or one with no certain literal', () => {
    expect(mayMatch(/paypal/iu, 'PAYPAL')).toBe(true);
    expect(mayMatch(/\d{3,}\p{L}/u, 'nothing here')).toBe(true);
  });

  it("resets a global pattern's lastIndex when it closes, as a failed test does", () => {
    const r = /venmo/gu;
    r.lastIndex = 3;
    expect(gatedTest(r, 'no such service')).toBe(false);
    expect(r.lastIndex).toBe(0);
  });

  it('never gates syntax the trigger parser does not read as the engine does (s19 review)', () => {
    const cases: [RegExp, string][] = [
      [/a😀?b/u, 'ab'],
      [/x[😀😁]y/u, 'x😀y'],
      [/\u{61}b/u, 'ab'],
      [/(?<n>a)\k<n>b/u, 'aab'],
      [/\cJx/u, '\nx'],
    ];
    for (const [r, s] of cases) {
      expect(r.test(s), r.source).toBe(true);
      expect(mayMatch(r, s), r.source).toBe(true);
    }
  });

  it('one gate per pattern text, however often the pattern is built', () => {
    const before = gatedPatterns().length;
    for (let i = 0; i < 5; i++) mayMatch(new RegExp('quokka|wombat', 'u'), 'a wombat');
    expect(gatedPatterns().length).toBe(before + 1);
  });

  it('a plain union of literals is answered by its gate alone, as the pattern answers', () => {
    const r = /wombat|quokka pie|ことを|don't/u;
    for (const s of ['a wombat', 'quokka', 'quokka pie!', 'ことを', "we don't", 'dont', '']) expect(gatedTest(r, s), s).toBe(r.test(s));
    // (any other syntax keeps the pattern run: "quokka" alone is no match of "quokka pies?")
    expect(gatedTest(/quokka pies?|wombat/u, 'quokka')).toBe(false);
  });

  it('a union of mostly plain literals and a few patterns answers as the whole pattern', () => {
    const r = /raffl|verlos|au sort|sorte|\dst|friend\.|(?<![\p{L}])wins?(?![\p{L}])/u;
    for (const s of ['a raffle', 'the 1st prize', 'my friend. yes', 'friends', 'he wins', 'twins', 'aU SORT', '', 'au sort!'])
      expect(gatedTest(r, s), s).toBe(r.test(s));
  });

  it('a list of patterns opens when any of them can match', () => {
    const parts = [/check out/u, /new arrivals?/u];
    expect(mayMatchAny(parts, 'see our new arrival')).toBe(true);
    expect(mayMatchAny(parts, 'check out the manual')).toBe(true);
    expect(mayMatchAny(parts, 'thank you for your order')).toBe(false);
  });

  it('a gate added after a text was read is answered for that text too (its memo is dropped)', () => {
    const text = 'we sent the zelle request';
    expect(mayMatch(/(?:twint|swish)/u, text)).toBe(false);
    expect(mayMatch(/zelle/u, text)).toBe(true);
    expect(mayMatch(/(?:twint|swish)/u, text)).toBe(false);
  });

  it('literals of one to three characters and literals sharing a bucket are all found', () => {
    const r = /%|x\d|abc|abd|abcdef/u;
    expect(mayMatch(r, '10 % off')).toBe(true);
    expect(mayMatch(r, 'model x5')).toBe(true);
    expect(mayMatch(r, 'zz abd')).toBe(true);
    expect(mayMatch(r, 'ab ac ad')).toBe(false);
    expect(mayMatch(r, 'a')).toBe(false);
    expect(mayMatch(r, '')).toBe(false);
  });

  it("every detector gate stays open on each corpus text its pattern matches (the checker's own gates)", () => {
    const texts = devTexts();
    // every third row: the detectors gate what they read, so the checker registers its gates on the way
    const sample = texts.filter((_, i) => i % 3 === 0);
    for (const t of sample.slice(0, 400)) checkMessage(t, {});
    const gates = gatedPatterns().filter((g) => g.gate);
    expect(gates.length).toBeGreaterThanOrEqual(10);
    let checked = 0;
    const normalized = sample.map((t) => t.normalize('NFKC').toLowerCase());
    for (const { patterns } of gates) {
      // compiled once per gate, not per text: the loop runs gates x 10k rows
      const plain = patterns.map((r) => new RegExp(r.source, r.flags.replace(/[gy]/g, '')));
      for (const s of normalized) {
        if (plain.some((r) => r.test(s))) {
          checked++;
          expect(mayMatchAny(patterns, s), `${patterns[0]!.source.slice(0, 60)} on ${s.slice(0, 80)}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

// The promotion union LOOSE_CUE went with the gates (s19). It had dropped every word-start guard, also the one inside
// NOVELTY's own "not order news" look-ahead, and so turned "novedades"/"novità" down when a word ending in an order
// noun followed ("fracaso", "compreso"); NOVELTY itself reads these as the seller's news (s19 review, finding 1).
describe('promotion novelty, read by its own pattern (no stricter union before it)', () => {
  it.each(['tenemos novedades, ningún fracaso.', 'novità in negozio, tutto compreso.'])('%s', (sentence) => {
    expect(promotionIn(sentence)?.kind).toBe('novelty');
  });
});
