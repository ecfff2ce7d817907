// @vitest-environment node
// The learned layer (issue #13 item 5): deterministic training, committed weights that match the
// feature code, inference within 50 µs per sentence, paraphrases the lexicons miss get a 'warn' with
// layer 'model', compliant near-misses get nothing, and model findings never duplicate a rule's.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { classifySentences } from '../../../../rules/compliance/model';
import { BUCKETS, LABELS, splitSentences } from '../../../../rules/compliance/model/features';
import { COMPLIANT_NEAR_MISSES, MARKETING_PARAPHRASE, OFFPLATFORM_PARAPHRASE, PLAIN_ASKS, REVIEW_PARAPHRASES } from '../../../../rules/compliance/model/probes';
import { serialize, train, type TrainRow } from '../../../../rules/compliance/model/train';
import { MODEL } from '../../../../rules/compliance/model/weights';
import { normalize } from '../../../../rules/compliance/normalize';

const corpus = resolve(import.meta.dirname, '../../../corpus');
const rows: TrainRow[] = readdirSync(corpus)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as TrainRow));

/** What the model alone says about a text (no rule spans to defer to). */
const modelLabels = (text: string) => new Set(classifySentences(normalize(text).text, []).map((m) => m.rule));

describe('learned layer: training', () => {
  it('is deterministic: the same rows, shuffled, give the same bytes twice', () => {
    // every 6th row of the team corpus, 2 folds, 2 epochs: small, but every step of the real run
    const sample = rows.filter((_, i) => i % 6 === 0);
    const options = { folds: 2, epochs: 2 };
    const a = train(sample, options);
    const b = train([...sample].reverse(), options);
    expect(serialize(b.model, 'x')).toBe(serialize(a.model, 'x'));
    expect(b.model.thresholds).toEqual(a.model.thresholds);
    expect(a.model.weights.some((w) => w !== 0)).toBe(true);
  }, 60_000);

  it('the committed weights fit the feature code and the size budget', () => {
    expect(MODEL.labels).toEqual([...LABELS]);
    expect(MODEL.buckets).toBe(BUCKETS);
    expect(atob(MODEL.weights).length).toBe(BUCKETS * LABELS.length);
    const source = readFileSync(resolve(import.meta.dirname, '../../../../rules/compliance/model/weights.ts'), 'utf8');
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(150 * 1024);
  });
});

describe('learned layer: inference', () => {
  it('takes at most 50 µs per sentence', () => {
    const text = normalize(rows.map((r) => r.text).join('\n')).text;
    const sentences = splitSentences(text).length;
    expect(sentences).toBeGreaterThan(1000);
    classifySentences(text, []); // warm-up: weights decoded, code optimised
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      classifySentences(text, []);
      best = Math.min(best, performance.now() - t0);
    }
    expect((best * 1000) / sentences).toBeLessThanOrEqual(50);
  });

  const PARAPHRASES = REVIEW_PARAPHRASES;

  // A retrain on new rows moves each sentence's score a little; one sentence near its threshold must
  // not decide the build, a model that stops reading paraphrases must.
  it('the model alone reads most paraphrased review requests', () => {
    const read = PARAPHRASES.filter((text) => modelLabels(text).has('review_request'));
    expect(read.length, `read: ${JSON.stringify(read)}`).toBeGreaterThanOrEqual(PARAPHRASES.length - 2);
  });

  it.each(PARAPHRASES)('the checker flags a paraphrased review request, by a rule or the model: %s', (text) => {
    const findings = checkMessage(text, { uiLanguage: 'de' });
    const rule = findings.filter((f) => f.rule === 'review_request' && f.layer !== 'model');
    const model = findings.filter((f) => f.layer === 'model');
    expect(rule.length + model.length).toBeGreaterThan(0);
    if (rule.length === 0) {
      // the lexicon does not know it (yet): the model warns over the whole sentence
      expect(model).toMatchObject([
        { rule: 'review_request', severity: 'warn', layer: 'model', entry: 'model:review_request', start: 0, end: text.length },
      ]);
      expect(model[0]!.message).toMatch(/Bewertung/);
      expect(model[0]!.suggestion?.length).toBeGreaterThan(5);
    } else {
      // a lexicon that learnt it blocks it, and the model adds no second finding for it
      expect(model.filter((f) => f.rule === 'review_request')).toEqual([]);
    }
  });

  it('flags paraphrased off-Amazon invitations and marketing', () => {
    expect(modelLabels(OFFPLATFORM_PARAPHRASE)).toContain('offplatform');
    expect(modelLabels(MARKETING_PARAPHRASE)).toContain('marketing');
  });

  it('reports the sentence in the text as typed, after other sentences', () => {
    const text = 'Your parcel left today.  Your honest opinion would mean the world to us!';
    const f = checkMessage(text).find((x) => x.layer === 'model');
    if (f) expect(text.slice(f.start, f.end)).toBe('Your honest opinion would mean the world to us!');
    else expect(checkMessage(text).some((x) => x.rule === 'review_request')).toBe(true);
    // full-width letters fold before the model reads them; offsets still land on the original
    const wide = 'Ｙｏｕｒ honest opinion would mean the world to us.';
    const g = checkMessage(wide).find((x) => x.rule === 'review_request');
    expect(g && [g.start, g.end]).toEqual([0, wide.length]);
  });

  it('adds nothing to a sentence a rule of the same label already covers', () => {
    // a blocked review ask gets no model `leading` on top (the ask has to go either way); a sentence
    // that is little but an address is the url rule's alone
    for (const text of [...PLAIN_ASKS, 'Add us on Telegram at +49 30 1234567 so we can chat directly.', 'www.shop.com']) {
      const findings = checkMessage(text);
      expect(findings.filter((f) => f.layer === 'model')).toEqual([]);
    }
  });

  it('leaves sentences in languages that are not enabled alone', () => {
    expect(checkMessage('Ihre ehrliche Meinung auf der Produktseite würde uns sehr helfen.', { languages: ['en'] })).toEqual([]);
  });

  it.each(COMPLIANT_NEAR_MISSES)('stays quiet on a compliant near-miss: %s', (text) => {
    expect(modelLabels(text)).toEqual(new Set());
    expect(checkMessage(text).filter((f) => f.layer === 'model')).toEqual([]);
  });

  it('flags at most 0.5 % of the compliant team-corpus messages', () => {
    const clean = rows.filter((r) => r.labels.length === 0);
    const flagged = clean.filter((r) => checkMessage(r.text).some((f) => f.layer === 'model'));
    expect(flagged.length / clean.length).toBeLessThanOrEqual(0.005);
  });
});

describe('learned layer: a leading ask is a review ask', () => {
  const claim = 'お客様の9割以上が満足と答えてくださっている商品です。';
  it('no review, rating or judgement word in the message: the model reads no leading ask', () => {
    expect(modelLabels(claim).has('leading')).toBe(false);
    expect(modelLabels(`${claim}ご不明点があればお知らせください。`).has('leading')).toBe(false);
  });
  it('the same sentence before a review ask, or beside a rule finding of one, stays leading', () => {
    const withAsk = `${claim}ぜひレビューをお願いします。`;
    const found = classifySentences(normalize(withAsk).text, []);
    expect(found.some((m) => m.rule === 'leading' && m.start === 0)).toBe(true);
    const other = `${claim}ご不明点があればお知らせください。`;
    const t = normalize(other).text;
    const ask = { rule: 'review_request', severity: 'block', start: t.length - 5, end: t.length } as const;
    expect(classifySentences(t, [ask]).some((m) => m.rule === 'leading')).toBe(true);
  });
  it('a judgement word counts as well as a review noun ("the 1-star you posted")', () => {
    expect(modelLabels(`${claim}星1つの件は解決しました。`).has('leading')).toBe(true);
  });
  it('words that only contain a judgement word are none (s26 review #9)', () => {
    for (const other of ['パッケージには「北極星」のロゴが入っています。', 'Gestern kam das Paket an.', 'Please note the lid is sold separately.', 'A nota fiscal segue em anexo.', 'We are closed on the public holiday.'])
      expect(modelLabels(`${claim}${other}`).has('leading'), other).toBe(false);
  });
});
