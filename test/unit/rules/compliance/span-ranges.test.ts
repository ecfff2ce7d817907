// span.ts range helpers: merged ranges and an overlap look-up by binary search (used where a search of every span for
// each sentence or ask made a long paste quadratic).
import { describe, expect, it } from 'vitest';
import { mergedRanges, overlapsRange } from '../../../../rules/compliance/detectors/span';

describe('mergedRanges / overlapsRange', () => {
  const ranges = mergedRanges([{ start: 10, end: 20 }, { start: 0, end: 5 }, { start: 18, end: 25 }, { start: 25, end: 30 }, { start: 40, end: 41 }]);
  it('sorts and merges overlapping and touching ranges', () => {
    expect(ranges).toEqual([[0, 5], [10, 30], [40, 41]]);
    expect(mergedRanges([])).toEqual([]);
  });
  it('finds a strict overlap', () => {
    expect(overlapsRange(ranges, 4, 6)).toBe(true);
    expect(overlapsRange(ranges, 5, 10)).toBe(false);
    expect(overlapsRange(ranges, 29, 35)).toBe(true);
    expect(overlapsRange(ranges, 41, 50)).toBe(false);
    expect(overlapsRange([], 0, 100)).toBe(false);
  });
  it('counts a touching range when asked', () => {
    expect(overlapsRange(ranges, 5, 10, true)).toBe(true);
    expect(overlapsRange(ranges, 6, 9, true)).toBe(false);
    expect(overlapsRange(ranges, 41, 50, true)).toBe(true);
  });
  it('agrees with a linear scan on random ranges', () => {
    let seed = 1;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 300; k++) {
      const spans = Array.from({ length: rand(8) }, () => { const a = rand(100); return { start: a, end: a + 1 + rand(10) }; });
      const merged = mergedRanges(spans);
      const a = rand(110);
      const b = a + 1 + rand(10);
      expect(overlapsRange(merged, a, b)).toBe(spans.some((r) => r.start < b && a < r.end));
      expect(overlapsRange(merged, a, b, true)).toBe(spans.some((r) => r.start <= b && a <= r.end));
    }
  });
});
