// The pair and triple tables only rule literals out: holds() must agree with String.includes on every
// literal, in the text or not (a false "not in the text" would silence an entry or a cue).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holds, mayHold } from '../../../../rules/compliance/detectors/char-pairs';

describe('char pairs and triples', () => {
  const rows = ['test/corpus/en.jsonl', 'test/corpus/ja.jsonl']
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim())
    .slice(0, 400)
    .map((line) => (JSON.parse(line) as { text: string }).text);

  it('never rules out a literal that is in the text (every substring of 1-6 characters of each row)', () => {
    const missed: string[] = [];
    for (const text of rows) {
      for (let i = 0; i < text.length; i += 3) {
        for (let k = 1; k <= 6 && i + k <= text.length; k++) {
          const literal = text.slice(i, i + k);
          if (!mayHold(text, literal) || !holds(text, literal)) missed.push(literal);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('agrees with includes on literals from other rows, and on short texts', () => {
    const wrong: string[] = [];
    for (let r = 0; r < rows.length; r++) {
      const text = rows[r]!;
      const other = rows[(r * 7 + 1) % rows.length]!;
      for (let i = 0; i + 4 <= other.length; i += 5) {
        const literal = other.slice(i, i + 2 + (i % 4));
        if (holds(text, literal) !== text.includes(literal)) wrong.push(literal);
      }
    }
    expect(wrong).toEqual([]);
    expect(holds('ab', 'abc')).toBe(false);
    expect(holds('ab', 'ab')).toBe(true);
    expect(holds('abc', 'abc')).toBe(true);
    expect(holds('', 'a')).toBe(false);
    expect(holds('x', 'x')).toBe(true);
  });
});
