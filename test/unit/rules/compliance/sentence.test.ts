// detectors/sentence.ts: one sentence-stop definition for check.ts and the structural detectors. A
// full stop ends a sentence only before a blank or the end; "2.0", "v3.5", "1.5 L" do not split one.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { conditionedAsks } from '../../../../rules/compliance/detectors/conditioned-ask';
import { IN_SENTENCE, SENTENCE_STOP, isSentenceStop, nextSentenceStop, sentenceSpans } from '../../../../rules/compliance/detectors/sentence';

const stops = (t: string) => [...t].map((_, i) => i).filter((i) => isSentenceStop(t, i));

describe('sentence stops', () => {
  it('a dot ends a sentence only before a blank or the end', () => {
    expect(stops('The 2.0 model. Yes')).toEqual([13]);
    expect(stops('v3.5 firmware, 1.5 L, 19.99, shop.com, thank you.it works')).toEqual([]);
    expect(stops('Done.')).toEqual([4]);
    expect(stops('Really? Yes! Ok\nfine。次')).toEqual([6, 11, 15, 20]);
  });

  it('the regexp and the function agree', () => {
    for (const t of ['The 2.0 model. Yes!', 'a.b c. d?\ne。', 'Thanks.\tNext', '...', 'x.']) {
      SENTENCE_STOP.lastIndex = 0;
      const byRegexp = [...t.matchAll(SENTENCE_STOP)].map((m) => m.index);
      expect(byRegexp).toEqual(stops(t));
    }
  });

  it('nextSentenceStop finds the first stop in a range', () => {
    expect(nextSentenceStop('If our 2.0 model met them, rate it. Next', 0, 100)).toBe(34);
    expect(nextSentenceStop('no stop here', 0, 100)).toBe(-1);
  });

  it('IN_SENTENCE takes a dot inside a word but not a stop', () => {
    const re = new RegExp(`^${IN_SENTENCE}+$`, 'u');
    expect(re.test('our 2.0 model')).toBe(true);
    expect(re.test('ends. here')).toBe(false);
  });

  it('a version number no longer splits a condition from its ask (conditioned-ask)', () => {
    // the detector alone, given the ask the lexicons would have found
    const leading = (t: string, ask: string) => {
      const at = t.indexOf(ask);
      return conditionedAsks(t, [{ rule: 'review_request', severity: 'block', start: at, end: at + ask.length }]).length > 0;
    };
    expect(leading("if you're happy with the 2.0 model, please rate it on amazon.", 'rate it on amazon')).toBe(true);
    expect(leading("if you're happy with the v3.5 firmware, a review would be welcome.", 'a review would be welcome')).toBe(true);
    // a real sentence end still separates them (a condition is read in its own sentence only)
    expect(leading("if you're happy, thank you. version 2.0 is out. please leave a review.", 'leave a review')).toBe(false);
  });

  it('check.ts reads the same sentence: "the 2.0 model" stays inside it', () => {
    expect(checkMessage('Order the 2.0 model from our website shop-lumo.com for less.').some((f) => f.rule === 'offplatform')).toBe(true);
  });
});

describe('sentenceSpans', () => {
  const texts = (t: string, max = 100, semicolons = false) => sentenceSpans(t, max, semicolons).map(([a, b]) => t.slice(a, b));
  it('cuts at stops (not the dot of "2.0"), trims blanks, keeps the stop', () => {
    expect(texts('The 2.0 model ships today.  Thanks!\nBest')).toEqual(['The 2.0 model ships today.', 'Thanks!', 'Best']);
  });
  it('parts at semicolons only when asked, and leaves out over-long sentences', () => {
    expect(texts('a review helps; the refund is done.', 100, true)).toEqual(['a review helps;', 'the refund is done.']);
    expect(texts('a review helps; the refund is done.')).toEqual(['a review helps; the refund is done.']);
    expect(texts('short. ' + 'x'.repeat(50) + '.', 20)).toEqual(['short.']);
  });
});

