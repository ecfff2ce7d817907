// A long text runs each language's lexicon only over its own sentences. What that must never do is
// lose a finding: a message checked inside a long, many-language paste is flagged for at least
// everything it is flagged for alone.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { ALL_BITS, FUNCTION_WORDS_ARE_RUNS, MASK_CAPACITY, bitOf, maskHoldsAll, phraseScope } from '../../../../rules/compliance/phrase-scope';
import { LANGUAGES, SPACED_LANGUAGES } from '../../../../rules/compliance/languages';

interface CorpusMessage {
  id: string;
  text: string;
  labels: string[];
}
const corpus: CorpusMessage[] = readdirSync('test/corpus')
  .filter((file) => file.endsWith('.jsonl')) // as corpus.test.ts: the labelled files, not subfolders
  .flatMap((file) => readFileSync(`test/corpus/${file}`, 'utf8').split('\n'))
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as CorpusMessage);
const ALL = LANGUAGES;
/** Rules whose answer depends on the whole text by design: an auto-reply is a short message. */
const WHOLE_TEXT_RULES = new Set(['auto_reply']);

/** Rules flagged on [from, to): a finding may run on into the next message (a phrase continued there). */
function rulesIn(text: string, from = 0, to = text.length): Set<string> {
  return new Set(checkMessage(text).filter((f) => f.start < to && f.end > from && !WHOLE_TEXT_RULES.has(f.rule)).map((f) => f.rule));
}

describe('phrase scope', () => {
  it('a short text runs every wanted language; Japanese only with Japanese script', () => {
    expect(phraseScope('please leave a review', ALL).languages).toEqual(SPACED_LANGUAGES);
    expect(phraseScope('レビューをお願いします', ALL).languages).toEqual(ALL);
  });

  it('the per-sentence language mask holds a bit for every language in LANGUAGES', () => {
    // a byte per sentence once held eight bits: an eighth language would have dropped Japanese silently
    expect(LANGUAGES.length).toBeLessThanOrEqual(MASK_CAPACITY);
    expect(maskHoldsAll()).toBe(true);
    const bits = LANGUAGES.map(bitOf);
    expect(new Set(bits).size).toBe(LANGUAGES.length);
    for (const bit of bits) {
      expect(bit).toBeGreaterThan(0);
      expect(ALL_BITS & bit).toBe(bit);
    }
  });

  it('every function word is made of the letters its word guards stop at (sentences() counts whole runs of them)', () => {
    expect(FUNCTION_WORDS_ARE_RUNS).toBe(true);
  });
  it('Japanese keeps its bit and is still checked in a long mixed text', () => {
    const english = 'thank you for your order. we will ship it with the next pickup and send you the tracking number. ';
    const text = `${english.repeat(4)}商品はいかがでしたか。ぜひレビューをお願いします。${english}`;
    const scope = phraseScope(text, ALL);
    expect(scope.languages).toContain('ja');
    expect(scope.run('review_request').some((m) => text.slice(m.start, m.end).includes('レビュー'))).toBe(true);
  });

  it('a long text in one language runs that language only', () => {
    const text = 'thank you for your order. we will ship it with the next pickup and send you the tracking number. '.repeat(5);
    expect(phraseScope(text, ALL).languages).toEqual(['en']);
  });

  it('a bilingual text finds each language in its own sentences, at the right offsets', () => {
    const german = 'vielen dank für ihre bestellung, wir haben das paket heute an dhl übergeben und sie erhalten bald die nummer. ';
    const english = 'if you are happy with the item, please leave us a 5-star review on amazon. ';
    const text = german.repeat(3) + english + german + 'bitte geben sie uns eine 5-sterne-bewertung, wenn sie zufrieden sind. ' + german;
    const scope = phraseScope(text, ALL);
    expect(scope.languages).toEqual(['en', 'de']);
    const review = scope.run('review_request').map((m) => text.slice(m.start, m.end));
    expect(review.some((s) => /leave us a 5-star review/i.test(s))).toBe(true);
    expect(review.some((s) => /bewertung/i.test(s))).toBe(true);
  });

  it("only(lang) keeps the language's sentences at their offsets and blanks the rest", () => {
    // no English function word in it ("an dhl" would make it English too: the scope errs on running more)
    const german = 'vielen dank für ihre bestellung, wir haben das paket heute der post übergeben und sie erhalten bald die nummer. ';
    const english = 'we are a small family business and your review means the world to us. ';
    const text = german.repeat(3) + english + german;
    const scope = phraseScope(text, ALL);
    const only = scope.only('en');
    expect(only).toHaveLength(text.length);
    const at = text.indexOf(english);
    expect(only.slice(at, at + english.length)).toBe(english);
    expect(only.slice(0, at).trim()).toBe('');
    expect(scope.only('ja')).toBe('');
    // a short text is one piece: every wanted language reads all of it
    expect(phraseScope(english, ['en']).only('en')).toBe(english);
    expect(phraseScope(english, ['de']).only('en')).toBe('');
  });

  it('onlyAny(langs) keeps the sentences of any of the languages, once', () => {
    const german = 'vielen dank für ihre bestellung, wir haben das paket heute der post übergeben und sie erhalten bald die nummer. ';
    const spanish = 'gracias por su pedido, le enviamos el número de seguimiento con la factura. ';
    const italian = 'grazie per il suo ordine, le inviamo il numero di tracciamento della spedizione. ';
    const text = german.repeat(2) + spanish + german + italian + german;
    const any = phraseScope(text, ALL).onlyAny(['es', 'it', 'fr']);
    expect(any).toHaveLength(text.length);
    expect(any.includes(spanish.trim()) && any.includes(italian.trim())).toBe(true);
    expect(any.includes('vielen dank')).toBe(false);
    expect(phraseScope(text, ALL).onlyAny(['ja'])).toBe('');
  });

  it('a message keeps all its findings inside a long many-language paste', () => {
    const flagged = corpus.filter((m) => m.labels.length > 0);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: corpus.length - 1 }), { minLength: 2, maxLength: 8 }), fc.integer({ min: 0, max: flagged.length - 1 }), (others, pick) => {
        const target = flagged[pick]!;
        const before = others.slice(0, others.length >> 1).map((i) => corpus[i]!.text);
        const after = others.slice(others.length >> 1).map((i) => corpus[i]!.text);
        const head = before.length ? `${before.join('\n')}\n` : '';
        const text = `${head}${target.text}\n${after.join('\n')}`;
        const alone = rulesIn(target.text);
        const inside = rulesIn(text, head.length, head.length + target.text.length);
        for (const rule of alone) expect(inside, `${target.id} lost ${rule} in: ${JSON.stringify(text)}`).toContain(rule);
      }),
      // a fixed seed keeps CI deterministic; raise numRuns and drop the seed locally to search further
      { numRuns: 300, seed: 20261129 },
    );
  });
});
