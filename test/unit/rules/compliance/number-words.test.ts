import { describe, expect, it } from 'vitest';
import { SPELLED_DIGIT, SPOKEN_NUMBER } from '../../../../rules/compliance/detectors/phone';
import { Parser, type Node } from '../../../../rules/compliance/detectors/regex-parse';
import { AND_WORD, NUMBER_WORDS } from '../../../../rules/compliance/entities/number-words';

// The phone detector spots number-word runs with its own alternations; the reader classifies each
// word with NUMBER_WORDS. A word the reader knows but the spotter misses is never read: these
// tests spell out every word NUMBER_WORDS can match and ask the spotter's patterns for each.

/** Every string a small anchored alternation can match (the number-word tables are finite). */
function expand(alts: Node[][]): string[] {
  return alts.flatMap((seq) =>
    seq.reduce<string[]>((acc, node) => acc.flatMap((prefix) => nodeStrings(node).map((s) => prefix + s)), ['']),
  );
}
function nodeStrings(node: Node): string[] {
  switch (node.kind) {
    case 'char':
      return [node.ch];
    case 'zero':
    case 'boundary':
      return [''];
    case 'class':
      if (!node.chars) throw new Error('open class in a number-word table');
      return node.chars;
    case 'group':
      return node.look === 'none' ? expand(node.alts) : [''];
    case 'rep': {
      if (node.max > 3) throw new Error('open repetition in a number-word table');
      const one = nodeStrings(node.node);
      const out: string[] = [];
      let level = [''];
      for (let n = 0; n <= node.max; n++) {
        if (n >= node.min) out.push(...level);
        level = level.flatMap((p) => one.map((s) => p + s));
      }
      return out;
    }
  }
}
const wordsOf = (re: RegExp): string[] => expand(new Parser(re.source).parse());

const tables = Object.entries(NUMBER_WORDS);
const spelledDigit = new RegExp(`^${SPELLED_DIGIT}$`);
const spokenNumber = new RegExp(`^${SPOKEN_NUMBER}$`);

describe('number-word lists stay in step', () => {
  it('the expander reads the tables (sanity: known words come out)', () => {
    expect(wordsOf(NUMBER_WORDS.fr.digit)).toEqual(expect.arrayContaining(['zéro', 'zero', 'neuf']));
    expect(wordsOf(NUMBER_WORDS.de.tens)).toEqual(expect.arrayContaining(['dreiundzwanzig', 'fünfzig', 'funfzig']));
    expect(wordsOf(NUMBER_WORDS.es.tens).length).toBeGreaterThan(30);
  });

  it.each(tables)('every %s digit and multiplier word is a spelled digit to the phone detector', (_lang, kinds) => {
    const words = [...wordsOf(kinds.digit), ...wordsOf(kinds.times)];
    expect(words.filter((w) => !spelledDigit.test(w))).toEqual([]);
  });

  it.each(tables)('every %s number word starts or continues a spoken-number run', (_lang, kinds) => {
    const words = Object.values(kinds).flatMap(wordsOf);
    expect(words.filter((w) => !spokenNumber.test(w))).toEqual([]);
  });

  it('every spelled digit the detector knows is a digit or multiplier in some language', () => {
    const digitWords = new Set(tables.flatMap(([, k]) => [...wordsOf(k.digit), ...wordsOf(k.times)]));
    // the digit typed as a digit (\d) is the one alternative that is no word
    const spelled = wordsOf(new RegExp(SPELLED_DIGIT.replace('|\\d)', ')')));
    expect(spelled.filter((w) => !digitWords.has(w))).toEqual([]);
  });

  it('AND_WORD is exactly the tables\' "and" words', () => {
    const ands = [...new Set(tables.flatMap(([, k]) => wordsOf(k.and)))].sort();
    expect(wordsOf(AND_WORD).sort()).toEqual(ands);
  });
});

describe('a word the test above found missing', () => {
  it('"veintidós" (accented) no longer cuts a Spanish number read out in words', async () => {
    const { checkMessage } = await import('../../../../rules/compliance');
    const text = 'Llámame al seis cero cero, veintidós, treinta y cuatro, cincuenta y seis, setenta y ocho.';
    const phone = checkMessage(text).find((f) => f.rule === 'phone');
    expect(phone && text.slice(phone.start, phone.end)).toBe('seis cero cero, veintidós, treinta y cuatro, cincuenta y seis, setenta y ocho');
  });
});
