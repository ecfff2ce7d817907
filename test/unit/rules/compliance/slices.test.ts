// A long paste checked in slices finds what one check of the whole text finds, at the same offsets.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { SLICE_CHARS, checkInSlices, sliceEnds } from '../../../../rules/compliance/slices';

const rows = readdirSync('test/corpus')
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(`test/corpus/${f}`, 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

const key = (f: { rule: string; start: number; end: number; severity: string }) => `${f.rule}@${f.start}-${f.end}:${f.severity}`;

describe('checking a long paste in slices', () => {
  it('cuts at paragraph breaks, each slice at most the slice size', () => {
    const text = rows.join('\n\n');
    const ends = sliceEnds(text);
    expect(ends.at(-1)).toBe(text.length);
    let from = 0;
    for (const end of ends) {
      expect(end - from).toBeLessThanOrEqual(SLICE_CHARS);
      if (end < text.length) expect(text.slice(end - 2, end)).toBe('\n\n');
      from = end;
    }
  });

  it('finds exactly what one check of the whole text finds (the team corpus as one paste)', async () => {
    const text = rows.join('\n\n');
    expect(text.length).toBeGreaterThan(2 * SLICE_CHARS);
    let yields = 0;
    const sliced = await checkInSlices(text, {}, async () => {
      yields += 1;
    });
    expect(yields).toBe(sliceEnds(text).length - 1);
    expect(sliced.map(key)).toEqual(checkMessage(text).map(key));
  });

  it('cuts a text without breaks anywhere but inside a surrogate pair', () => {
    const text = '😀'.repeat(SLICE_CHARS);
    for (const end of sliceEnds(text)) expect(text.charCodeAt(end - 1) >= 0xdc00 || end === text.length).toBe(true);
  });

  it('checks a short text in one go', async () => {
    expect(await checkInSlices('Please leave us a 5-star review')).toEqual(checkMessage('Please leave us a 5-star review'));
  });
});
