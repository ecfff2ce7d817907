// A raw detection on the normalized copy, before offsets are mapped and messages attached.
import type { RuleId, Severity } from '../types';

export interface Span {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  /** Picks a message variant (e.g. 'shortener' for a url); defaults to the rule's main message. */
  variant?: string;
  /** the lexicon entry or entity rule that found it (a false alarm is traceable in one step) */
  entry?: string;
}

/** The first of `ranges` (sorted, disjoint, [start, end)) that ends after `at`; ranges.length when
 *  none does. A binary search keeps look-ups over a long paste's spans linear overall. */
export function firstEndingAfter(ranges: readonly (readonly [number, number])[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
