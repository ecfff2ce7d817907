// warmChecker goes on past the lexicon index to the sample sentences (warm-samples.ts), one per step, and
// stops whenever the slice is over; the samples themselves are checked like any text, and their findings
// never reach anything. Fresh module copies: the rules project shares modules between files.
import { describe, expect, it, vi } from 'vitest';

describe('warming the checker with sample sentences', () => {
  it('checks one sample per step after the index, stops when told, and reports done once all ran', async () => {
    vi.resetModules();
    const { warmChecker, checkMessage } = await import('../../../../rules/compliance');
    const { WARM_SAMPLES } = await import('../../../../rules/compliance/warm-samples');
    const { warmEntryIndex } = await import('../../../../rules/compliance/detectors/entry-index');
    expect(warmEntryIndex()).toBe(true);
    let steps = 0;
    // each stop() call before a sample is one step; allow two samples per slice
    const slice = () => {
      let asked = 0;
      return () => asked++ >= 2;
    };
    while (!warmChecker(slice())) steps++;
    // two samples per slice: every slice but the last stops early
    expect(steps).toBe(Math.ceil(WARM_SAMPLES.length / 2) - 1);
    expect(warmChecker(() => true)).toBe(true);
    // the samples are real texts: they wake the detectors they are there to warm
    const rules = new Set(WARM_SAMPLES.flatMap((s) => checkMessage(s.text).map((f) => f.rule)));
    for (const rule of ['review_request', 'marketing', 'offplatform', 'url', 'phone', 'email', 'emoji', 'personal_data'] as const) expect(rules).toContain(rule);
  });

  it('a stop that says the slice is over at once still leaves the work to be finished later', async () => {
    vi.resetModules();
    const { warmChecker } = await import('../../../../rules/compliance');
    expect(warmChecker(() => true)).toBe(false);
    expect(warmChecker()).toBe(true);
  });

  it('without sample languages (no composer on the page yet) it is done once the tables are built', async () => {
    vi.resetModules();
    const { warmChecker } = await import('../../../../rules/compliance');
    let asked = 0;
    expect(warmChecker(() => (asked++, false), [])).toBe(true);
    const askedForTables = asked;
    // the samples come later, each step asking the slice again
    expect(warmChecker(() => (asked++, false))).toBe(true);
    expect(asked).toBeGreaterThan(askedForTables);
  });

  it("checks only the samples of the languages asked for, and the others when asked later", async () => {
    vi.resetModules();
    const { warmChecker } = await import('../../../../rules/compliance');
    const { WARM_SAMPLES } = await import('../../../../rules/compliance/warm-samples');
    const count = (languages: string[]) => WARM_SAMPLES.filter((s) => languages.includes(s.language)).length;
    expect(warmChecker(() => false, [])).toBe(true);
    let steps = 0;
    expect(warmChecker(() => (steps++, false), ['en', 'de'])).toBe(true);
    expect(steps).toBe(count(['en', 'de']));
    expect(count(['en'])).toBeGreaterThan(2);
    steps = 0;
    // English and German are done: only the rest is checked now
    expect(warmChecker(() => (steps++, false))).toBe(true);
    expect(steps).toBe(WARM_SAMPLES.length - count(['en', 'de']));
  });
});
