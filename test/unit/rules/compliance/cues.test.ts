// Detector cues: a structural detector reads only the sentences where the lexicons' one pass over the
// words saw its cue. These tests hold the gated detectors to what they find ungated, on every corpus row,
// and the lookup itself to the words it is given.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cueIn, cueWithin, defineCue, entriesIn } from '../../../../rules/compliance/detectors/entry-index';
import { DIRECT_SALE_CUE, directSales } from '../../../../rules/compliance/detectors/direct-sale';
import { OFFSITE_CUES, offsiteInvites } from '../../../../rules/compliance/detectors/offsite-invite';
import { PHONE_WORDS_CUE, detectPhones } from '../../../../rules/compliance/detectors/phone';
import { PROMOTION_CUE, promotions } from '../../../../rules/compliance/detectors/promotion';
import { APPEAL_CUE, reviewAppeals } from '../../../../rules/compliance/detectors/review-appeal';
import { ROMANCE_CUE, romanceReviewAsks } from '../../../../rules/compliance/detectors/review-ask-romance';
import { INCENTIVE_REVIEW_CUE, INCENTIVE_REWARD_CUE, reviewIncentives } from '../../../../rules/compliance/detectors/review-incentive';
import { NUDGE_CUES, type NudgeHits, reviewNudges } from '../../../../rules/compliance/detectors/review-nudge';
import { compiled, findAll, type ListName } from '../../../../rules/compliance/detectors/lexical';
import { runUnspacedList } from '../../../../rules/compliance/detectors/unspaced-entries';
import { LEXICONS } from '../../../../rules/compliance/lexicon';
import { normalize } from '../../../../rules/compliance/normalize';

const TEST_CUE = defineCue('test-cue', String.raw`(?<![\p{L}])(?:bundle|check out)(?![\p{L}])|お得`);

describe('cueIn', () => {
  const hits = (text: string) => cueIn(entriesIn(text), TEST_CUE, text);

  it('is closed on a text without the cue, and gives the word starts of its word triggers', () => {
    expect(hits('thank you for your order, it ships today').open).toBe(false);
    const found = hits('hello. please check out the bundle now');
    expect(found.open && found.at && [...found.at]).toEqual([14, 28]);
  });

  it('finds a trigger glued after digits (a letter guard lets "3bundle" match)', () => {
    const found = hits('the 3bundle is here');
    expect(found.open && found.at && [...found.at]).toEqual([5]);
    expect(/(?<![\p{L}])bundle/u.test('the 3bundle is here')).toBe(true);
  });

  it('gives the places of in-word triggers too (unspaced script)', () => {
    const found = hits('こちらはお得です。別の文です。');
    expect(found.open && found.at && [...found.at]).toEqual([4]);
  });

  it('cueWithin: a hit inside [start, end)', () => {
    const found = hits('hello. please check out the bundle now');
    expect(cueWithin(found, 0, 6)).toBe(false);
    expect(cueWithin(found, 7, 20)).toBe(true);
    expect(cueWithin(found, 29, 40)).toBe(false);
    expect(cueWithin({ open: false }, 0, 100)).toBe(false);
    expect(cueWithin({ open: true, at: null }, 0, 1)).toBe(true);
  });
});

describe('gated detectors find what they find ungated', () => {
  const rows = ['test/corpus', 'test/corpus/real']
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => `${dir}/${f}`))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string; buyerMessage?: string });

  type Pair = [string, unknown[], unknown[]];
  const key = (spans: { rule: string; start: number; end: number }[]) => JSON.stringify(spans.map((s) => [s.rule, s.start, s.end]));
  const differing = (pairsOf: (t: string, found: ReturnType<typeof entriesIn>, buyer: string) => Pair[]): string[] => {
    const differ: string[] = [];
    for (const row of rows) {
      const t = normalize(row.text).text;
      for (const [name, gated, open] of pairsOf(t, entriesIn(t), row.buyerMessage ?? '')) {
        if (key(gated as never) !== key(open as never)) differ.push(`${row.id} ${name}`);
      }
    }
    return differ;
  };

  // (few detectors per test: all six in one ran past the 30 s timeout on a loaded machine at 20k rows; promotions,
  // romance asks and incentives together took 70 s of the 90 s at 31k rows and load 6)
  it(`promotions, on every corpus row (${rows.length})`, () => {
    expect(differing((t, found, buyer) => [['promotions', promotions(t, buyer, cueIn(found, PROMOTION_CUE, t)), promotions(t, buyer)]])).toEqual([]);
  });

  it(`romance asks and incentives, on every corpus row (${rows.length})`, () => {
    expect(differing((t, found) => [
      ['romance', romanceReviewAsks(t, undefined, cueIn(found, ROMANCE_CUE, t)), romanceReviewAsks(t)],
      ['incentives', reviewIncentives(t, cueIn(found, INCENTIVE_REVIEW_CUE, t), cueIn(found, INCENTIVE_REWARD_CUE, t)), reviewIncentives(t)],
    ])).toEqual([]);
  });

  it(`appeals, off-site invitations and phones, on every corpus row (${rows.length})`, () => {
    expect(differing((t, found) => [
      ['appeals', reviewAppeals(t, [], ['en'], cueIn(found, APPEAL_CUE, t)), reviewAppeals(t, [], ['en'])],
      ['offsite', offsiteInvites(t, [], OFFSITE_CUES.map((c) => cueIn(found, c, t))), offsiteInvites(t, [])],
      ['phones', detectPhones(t, cueIn(found, PHONE_WORDS_CUE, t)), detectPhones(t)],
    ])).toEqual([]);
  });

  // (a test of its own, as above)
  it(`review nudges and direct sales, on every corpus row (${rows.length})`, () => {
    const differ: string[] = [];
    for (const row of rows) {
      const t = normalize(row.text).text;
      const found = entriesIn(t);
      const nudges = Object.fromEntries(Object.entries(NUDGE_CUES).map(([k, cue]) => [k, cueIn(found, cue, t)])) as NudgeHits;
      if (key(reviewNudges(t, nudges)) !== key(reviewNudges(t))) differ.push(`${row.id} nudges`);
      if (key(directSales(t, cueIn(found, DIRECT_SALE_CUE, t))) !== key(directSales(t))) differ.push(`${row.id} direct sales`);
    }
    expect(differ).toEqual([]);
  });
});

describe('Japanese entries run alone when their triggers are in the text', () => {
  const ja = ['test/corpus/ja.jsonl', ...readdirSync('test/corpus/real').filter((f) => /ja/.test(f) && f.endsWith('.jsonl')).map((f) => `test/corpus/real/${f}`)]
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string });

  it(`find a list wherever its alternation does (${ja.length} Japanese rows, every list)`, () => {
    const differ: string[] = [];
    for (const row of ja) {
      const t = normalize(row.text).text;
      for (const list of Object.keys(LEXICONS.ja) as ListName[]) {
        const alone = runUnspacedList('ja', list, t, (re) => findAll([re], t)).length > 0;
        const together = findAll(compiled(list, 'ja'), t).length > 0;
        if (alone !== together) differ.push(`${row.id} ${list}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
