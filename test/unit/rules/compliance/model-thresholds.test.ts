// @vitest-environment node
// How the learned layer's thresholds are chosen from out-of-fold scores (rules/compliance/model/train.ts):
// per label, within its own share of compliant rows, so a row that gains or loses one label and keeps another
// moves no other label's threshold (a row turned compliant changes every label's budget); the shared greedy
// budget did not: three relabelled rows moved two thresholds by 1.2 logits.
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../../rules/compliance/model/features';
import { DEFAULT_OPTIONS, chooseThresholds, type TrainRow } from '../../../../rules/compliance/model/train';

/** Seeded synthetic scores: rows with a label score higher on it, compliant rows lower, with overlap. */
function synthetic(n: number): { rows: TrainRow[]; scores: Float64Array[] } {
  let a = 12345;
  const rand = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296);
  const rows: TrainRow[] = [];
  const scores: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const labels = rand() < 0.5 ? [] : LABELS.filter(() => rand() < 0.3);
    rows.push({ id: `r${i}`, text: '', labels });
    scores.push(Float64Array.from(LABELS, (l) => (labels.includes(l) ? 2 : -2) + 3 * (rand() - 0.5) * 2));
  }
  return { rows, scores };
}

describe('learned layer: threshold choice', () => {
  const { rows, scores } = synthetic(4000);
  const all = rows.map((_, i) => i);
  const clean = all.filter((r) => rows[r]!.labels.length === 0);

  it('per label, flags at most its share of compliant rows (no subsamples)', () => {
    const o = { ...DEFAULT_OPTIONS, thresholdRule: 'perLabel' as const, thresholdBags: 0, labelBudget: 0.002 };
    const t = chooseThresholds(scores, rows, all, o);
    LABELS.forEach((_, l) => {
      const flagged = clean.filter((r) => scores[r]![l]! >= t[l]!).length;
      expect(flagged).toBeLessThanOrEqual(Math.floor(0.002 * clean.length));
      // and it is not shut: rows with the label are found
      expect(all.filter((r) => rows[r]!.labels.includes(LABELS[l]!) && scores[r]![l]! >= t[l]!).length).toBeGreaterThan(0);
    });
  });

  it('with the shipped options (median of 25 subsamples) stays near each label\'s share', () => {
    // the median of subsample thresholds has no hard bound; it must not drift far past the share
    const t = chooseThresholds(scores, rows, all, DEFAULT_OPTIONS);
    const budget = Math.floor(DEFAULT_OPTIONS.labelBudget * clean.length);
    LABELS.forEach((_, l) => expect(clean.filter((r) => scores[r]![l]! >= t[l]!).length).toBeLessThanOrEqual(budget + 2));
  });

  it.each([0, 25])('relabelling rows for one label leaves the other labels\' thresholds as they were (%i subsamples)', (bags) => {
    const o = { ...DEFAULT_OPTIONS, thresholdRule: 'perLabel' as const, thresholdBags: bags };
    const before = chooseThresholds(scores, rows, all, o);
    // drop review_request from the rows that also carry another label (they stay non-compliant)
    const relabelled = rows.map((r) => (r.labels.length > 1 && r.labels.includes('review_request') ? { ...r, labels: r.labels.filter((x) => x !== 'review_request') } : r));
    expect(relabelled.filter((r, i) => r !== rows[i]).length).toBeGreaterThan(10);
    const after = chooseThresholds(scores, relabelled, all, o);
    LABELS.forEach((label, l) => {
      if (label !== 'review_request') expect(after[l], label).toBe(before[l]);
    });
    expect(after[LABELS.indexOf('review_request')]).not.toBe(before[LABELS.indexOf('review_request')]);
  });

  it('a median over subsamples moves less than one cut when 5 % of rows drop out', () => {
    const spread = (bags: number) => {
      const o = { ...DEFAULT_OPTIONS, thresholdRule: 'perLabel' as const, thresholdBags: bags };
      let s = 7;
      const runs = Array.from({ length: 6 }, () => chooseThresholds(scores, rows, all.filter(() => ((s = (Math.imul(s, 48271) >>> 0) % 2147483647) / 2147483647) > 0.05), o));
      return LABELS.map((_, l) => Math.max(...runs.map((r) => r[l]!)) - Math.min(...runs.map((r) => r[l]!))).reduce((x, y) => x + y);
    };
    expect(spread(25)).toBeLessThan(spread(0));
  });
});
