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

/** The ranges of `spans`, sorted and merged where they overlap or touch: for `overlapsRange` look-ups. */
export function mergedRanges(spans: readonly { start: number; end: number }[]): [number, number][] {
  const sorted = spans.map((r) => [r.start, r.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

/** Does [start, end) overlap one of `ranges` (from mergedRanges)? `touching`: a range that only touches counts too. */
export function overlapsRange(ranges: readonly (readonly [number, number])[], start: number, end: number, touching = false): boolean {
  const i = firstEndingAfter(ranges, touching ? start - 1 : start);
  return i < ranges.length && (touching ? ranges[i]![0] <= end : ranges[i]![0] < end);
}

/**
 * The stretch of `t` around [start, end) that a phrase's own clause can reach: up to `reach` characters
 * each side, cut after the last `stops` match before it and at the first one after it. `stops` is a
 * global regexp (its lastIndex is reset here). Used where a word next to a phrase must be in the same
 * clause: a sale "has ended, but the autumn sale starts today"; "Subscribe & Save ... and you'd save".
 */
export function clauseAround(t: string, start: number, end: number, stops: RegExp, reach = 60): string {
  const before = t.slice(Math.max(0, start - reach), start);
  let cut = 0;
  stops.lastIndex = 0;
  for (let m = stops.exec(before); m; m = stops.exec(before)) cut = m.index + m[0].length;
  const after = t.slice(end, end + reach);
  stops.lastIndex = 0;
  const next = stops.exec(after);
  return `${before.slice(cut)}${t.slice(start, end)}${next ? after.slice(0, next.index) : after}`;
}

/** The first match of `r` in `s` as a span (a non-global regexp), or null. */
export function firstMatch(r: RegExp, s: string): { start: number; end: number } | null {
  const m = r.exec(s);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The smallest span covering both `a` and `b` (a phrase and the word that makes it count). */
export function spanOf(a: { start: number; end: number }, b: { start: number; end: number }): { start: number; end: number } {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** The clause that follows `from` in `t`: at most `reach` characters, cut at the first match of `stops` (a stop, a clause mark). */
export function clauseAfter(t: string, from: number, stops: RegExp, reach: number): string {
  const after = t.slice(from, from + reach);
  const cut = after.search(stops);
  return cut < 0 ? after : after.slice(0, cut);
}
