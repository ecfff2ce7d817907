import { describe, expect, it } from 'vitest';
import { devTexts } from './dev-rows';
import { NUMBER_RUN_SOURCE, SPELLED_DIGIT, SPOKEN_NUMBER, mayHoldNumberRun } from '../../../../rules/compliance/detectors/phone';

/** Does the number-run pattern match anywhere in `s`? (a fresh copy: the shared one is global) */
const runIn = (s: string) => new RegExp(NUMBER_RUN_SOURCE).test(s);

describe('number-run prefilter (the word-by-word read that spares the pattern)', () => {
  it('finds the runs the pattern finds', () => {
    for (const s of [
      'call me on zero seven nine one two three four',
      'mi número es seis, cero, dos - tres',
      'zéro six, douze, trente-quatre, cinquante',
      '(five five five one two)',
      'nine\teight, seven-six.',
      'drei vier fünf sechs',
    ]) {
      expect(runIn(s), s).toBe(true);
      expect(mayHoldNumberRun(s), s).toBe(true);
    }
  });

  it('rules out texts with fewer than four number words in a row or with wider gaps', () => {
    for (const s of ['order two or three of them', 'one two three', 'one  ,  two three four', 'one two three.four', 'one two three fourteenth', 'ONE TWO THREE FOUR'])
      expect(mayHoldNumberRun(s), s).toBe(runIn(s));
  });

  it('never rules out a text the pattern matches (corpus rows and generated runs)', () => {
    const texts = devTexts().map((t) => t.toLowerCase());
    // generated: number words, other words, digits and punctuation joined by separators of every width
    // every plain word of both lists, and words that stretch a token: accents, Greek and Cyrillic letters, digits, × and ÷
    const plain = (source: string) => source.slice(3, -1).split('|').filter((w) => /^\p{L}+$/u.test(w));
    const words = [...new Set([...plain(SPELLED_DIGIT), ...plain(SPOKEN_NUMBER)])].concat(['7', '42', 'call', 'ß', 'x1', 'fünf', 'três', 'dieciséis', 'ventitré', 'α', 'два', '×', '÷', 'Five', 'Zéro']);
    const seps = [' ', ', ', ' - ', '  ,  ', ' ,-', '.', '', '\t', '/', ' (', ') ', '\n', '\u00a0', '–'];
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let k = 0; k < 6000; k++) {
      let s = '';
      for (let w = 0, n = 2 + next(8); w < n; w++) s += words[next(words.length)]! + seps[next(seps.length)]!;
      texts.push(s);
    }
    let matched = 0;
    for (const t of texts)
      if (runIn(t)) {
        matched++;
        expect(mayHoldNumberRun(t), t.slice(0, 120)).toBe(true);
      }
    expect(matched).toBeGreaterThan(200);
  });
});
