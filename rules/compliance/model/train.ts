// Training of the learned layer (used by scripts/train.ts and the determinism test; never bundled:
// only ./index.ts and ./weights.ts are imported by the checker).
//
// Sentence-level examples from message-level labels, without the lexicons (so the model does not
// move when a lexicon changes; only new or relabelled corpus rows move it):
//  - a sentence of a message WITHOUT label L is a negative for L (compliant near-misses included);
//  - a message WITH label L and one sentence: that sentence carries L (most rows are one sentence);
//  - a longer message with L is a bag (multiple-instance learning): a seed model is trained on the
//    single-sentence positives and all negatives; each bag then keeps its highest-scoring sentence and
//    any other the model puts over even odds as positives, and the model is trained again (twice). A
//    sentence that is a negative elsewhere (same text, digits and stops folded: greetings, sign-offs)
//    is never picked; the other sentences of a bag are left out for L;
//  - replies whose off-Amazon label comes from the buyer's message (`buyerMessage`) give no
//    offplatform positive (the sentence alone does not carry it).
// Thresholds: 5-fold cross-fitting (folds by a hash of the id), out-of-fold message scores (best
// sentence), one budget of compliant rows shared by all labels, filled greedily; a margin chosen by
// nested cross-validation is added; then the final model is trained on all rows. The lexicons only
// enter the report (which rows the lexicon misses and the model finds).
import { phraseScope } from '../phrase-scope';
import { normalize } from '../normalize';
import { LANGUAGES } from '../languages';
import { BUCKETS, LABELS, extract, featureBuffer, splitSentences, type ModelLabel } from './features';

export interface TrainRow {
  id: string;
  text: string;
  labels: string[];
  buyerMessage?: string;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  folds: number;
  /** learning rate at the start */
  eta: number;
  /** L2 strength per example step */
  lambda: number;
  /** loss weight of a positive example */
  positiveWeight: number;
  /** allowed false alarms on compliant rows, as a share of compliant rows: shared by all labels
   *  (`thresholdRule` 'shared') and the bound on the nested estimate that picks the margin */
  cleanBudget: number;
  /** 'perLabel': each label's threshold is chosen alone, with `labelBudget` of the compliant rows and
   *  `thresholdBags` subsamples (median); 'shared': one greedy budget for all labels (until s25) */
  thresholdRule: 'perLabel' | 'shared';
  /** per label, the share of compliant rows its threshold may flag (out-of-fold) */
  labelBudget: number;
  /** subsamples (80 % of the rows each, seeded) whose median threshold is used; 0 = the rows once */
  thresholdBags: number;
  /** least precision of model-only flags (rows the lexicon missed) on out-of-fold scores */
  minPrecision: number;
  /** quantized weights of at most this magnitude become 0 (smaller and better compressed weights) */
  prune: number;
  /** candidate margins (logit units) added to the chosen thresholds; the smallest whose nested
   *  held-out false alarms on compliant rows stay within `cleanBudget` is used */
  margins: number[];
  /** the least margin used whatever the nested estimate says: room for text unlike the corpus (held-out
   *  batches flag more compliant rows than the nested estimate) and for the noise of a count of a few
   *  compliant rows (at 0.75 the nested count sat at 7 of a 7.67 budget: one row flipped the margin) */
  minMargin: number;
  /** loss weight of a negative sentence from a compliant row (the near-misses: "we read your review",
   *  "we may not offer a coupon for a review"); the false-alarm budget is counted on these rows */
  cleanWeight: number;
  /** per label, logits added to the threshold after the margin: the later batches
   *  (`npm run train -- --heldout`) show where the shared margin is too strict for a label */
  labelOffsets: Record<ModelLabel, number>;
  /** multiple-instance rounds after the seed round */
  rounds: number;
  /** log lines (the script prints them; the test passes nothing) */
  log?: (line: string) => void;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  epochs: 15,
  seed: 13,
  folds: 5,
  eta: 2,
  lambda: 2e-6,
  positiveWeight: 2,
  cleanBudget: 0.003,
  // s25: the shared greedy budget moved thresholds by up to 1.2 logits when three rows were relabelled (a label
  // that took one compliant row more left another with one fewer); per label with a median over subsamples, the
  // threshold's spread over 5 % row drops fell from 0.12-0.61 to 0.04-0.08 logits (offplatform, personal_data)
  thresholdRule: 'perLabel',
  labelBudget: 0.001,
  thresholdBags: 25,
  minPrecision: 0.95,
  prune: 6,
  margins: [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3],
  // 1 until s14; leave-files-out runs of the whole checker (s11, s12, s13 files held out, 1,557 compliant rows;
  // and s14-blind, 160, which no weight had seen) flagged no compliant row more at 0.5 lower and found
  // 3-7 labels more; at 1 lower s11 gained 3 false alarms. The checker's guards clear a share of the model's
  // flags that the nested estimate (the model alone) counts.
  minMargin: 0.5,
  rounds: 2,
  cleanWeight: 3,
  // s25, with the per-label thresholds, judged on the 1,280 rows of the s25 blind batches (a model that never saw
  // them, loaded into the checker: `npm run eval -- --shift=`) and on the near-miss unit tests:
  // - review_request 0: half a logit lower found +2 labels for 0 compliant rows more (s24's rows agreed: +5 / 0), but
  //   four near-misses went over by 0.1-0.45 ("La lampe a reçu cinq étoiles ... dans un magazine", "Eine kurze
  //   Rückmeldung von Ihnen an DHL hilft anderen Kunden"); one logit lower: +4 false findings;
  // - leading 0: in s25 0.9 was set for one sentence, a social-proof claim with no ask (「お客様の9割以上が満足と答えて...」,
  //   over by 0.85 at 0), against the s25 rows (0 best, +1 label) - and the frozen split, taken after, fell on leading
  //   .964 -> .929. s26: the model's leading now needs a review or judgement word in the message (index.ts
  //   reviewInMessage: a leading ask is a review ask), which clears that claim; on the 800 rows of the s26 blind batches
  //   a-f (no weight saw them) 0.9 -> 0 found +2 leading labels for 0 compliant rows more (6 of 510 either way), and
  //   every near-miss unit test holds. Until s25: 0.5 ("Hope the lamp has been brightening up those dark evenings!" went
  //   over at 0; no review word - the gate clears it too);
  // - marketing -0.1: a delivery fee ("La consegna al piano costa solo 5 euro in più.") and a store page's FAQ went over
  //   by 0.08-0.2 at -0.5/-0.4; from -0.5 to -0.1 found the same labels of the 320 rows of the s25 probes p and q (so
  //   they were read once for this choice, by the eval only; s25's other rows: -0.25 cost 3 labels of 1,280 on the
  //   model trained without them); s23: one logit lower read near-misses;
  // - personal_data 0.75: per label its budget let its threshold (with the margin) down to -0.1, which flagged photo
  //   requests ("a photo of your number plate mount") for no label more and one compliant row more of 690;
  // - offplatform -1 (s13-s23 held-out batches).
  labelOffsets: { offplatform: -1, review_request: 0, leading: 0, marketing: -0.1, personal_data: 0.75 },
};

/** The trained model as stored: int8 weights interleaved per bucket (bucket * LABELS.length + label). */
export interface ModelData {
  version: 1;
  buckets: number;
  labels: readonly string[];
  scales: number[];
  biases: number[];
  thresholds: number[];
  weights: Int8Array;
}

const L = LABELS.length;

interface Sentence {
  features: Int32Array;
  /** per label: 1 positive (the message's only sentence), 0 negative, -1 left out, 2 bag member
   *  (a sentence of a longer message with the label: positive only if picked) */
  target: Int8Array;
  /** per label: a lexicon span of the label touches this sentence */
  lexicon: Uint8Array;
  row: number;
  /** the row has no label (compliant) */
  clean: boolean;
  /** the sentence's text (digits and stops folded), interned: the "shared sentence" cue */
  key: number;
}

export interface Prepared {
  rows: TrainRow[];
  sentences: Sentence[];
  /** sentence indices per row */
  byRow: number[][];
  /** per label: bags (sentence index lists) that need a multiple-instance pick */
  bags: number[][][];
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence's text as the "shared sentence" cue compares it: digits as 0, blanks and stops folded. */
function sentenceKey(t: string): string {
  return t.replace(/\d/g, '0').replace(/[\s.!?。！？,;:、…]+/g, ' ').trim();
}

export function prepare(input: readonly TrainRow[]): Prepared {
  const rows = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sentences: Sentence[] = [];
  const byRow: number[][] = [];
  const bags: number[][][] = LABELS.map(() => []);
  const keys = new Map<string, number>();
  rows.forEach((row, r) => {
    const t = normalize(row.text, { sellerVoice: true }).text;
    const spans = splitSentences(t);
    // the lexicons only feed the report (which rows the lexicon misses); never the examples or thresholds
    const scope = phraseScope(t, LANGUAGES);
    const lexicon = LABELS.map((label) => scope.run(label));
    const ids: number[] = [];
    for (const s of spans) {
      const n = extract(t, s.start, s.end);
      const hit = new Uint8Array(L);
      LABELS.forEach((_, l) => {
        hit[l] = lexicon[l]!.some((m) => m.start < s.end && m.end > s.start) ? 1 : 0;
      });
      const k = sentenceKey(t.slice(s.start, s.end));
      if (!keys.has(k)) keys.set(k, keys.size);
      ids.push(sentences.length);
      sentences.push({ features: featureBuffer().slice(0, n), target: new Int8Array(L), lexicon: hit, row: r, clean: row.labels.length === 0, key: keys.get(k)! });
    }
    byRow.push(ids);
    LABELS.forEach((label, l) => {
      if (!row.labels.includes(label)) {
        for (const i of ids) sentences[i]!.target[l] = 0;
        return;
      }
      for (const i of ids) sentences[i]!.target[l] = -1;
      if (label === 'offplatform' && row.buyerMessage) return;
      if (ids.length === 1) sentences[ids[0]!]!.target[l] = 1;
      else if (ids.length > 1) {
        for (const i of ids) sentences[i]!.target[l] = 2;
        bags[l]!.push(ids);
      }
    });
  });
  return { rows, sentences, byRow, bags };
}

/** Float model during training: w = scale * v per label (lazy L2). */
interface FloatModel {
  v: Float64Array;
  scale: Float64Array;
  bias: Float64Array;
}

function scoreFloat(m: FloatModel, f: Int32Array, l: number): number {
  let sum = 0;
  for (let k = 0; k < f.length; k++) sum += m.v[f[k]! * L + l]!;
  return m.bias[l]! + (m.scale[l]! * sum) / Math.sqrt(Math.max(1, f.length));
}

/** One-vs-rest logistic regression by SGD over the examples in `use`, targets given per label
 *  (1/0, anything else skipped). */
function fit(sentences: readonly Sentence[], use: readonly number[], targets: (i: number, l: number) => number, o: TrainOptions): FloatModel {
  const m: FloatModel = { v: new Float64Array(BUCKETS * L), scale: new Float64Array(L).fill(1), bias: new Float64Array(L) };
  const rand = prng(o.seed);
  const order = [...use];
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const idx of order) {
      const s = sentences[idx]!;
      const eta = o.eta / (1 + step * 1e-5);
      step++;
      const x = 1 / Math.sqrt(Math.max(1, s.features.length));
      for (let l = 0; l < L; l++) {
        const y = targets(idx, l);
        if (y !== 0 && y !== 1) continue;
        const z = scoreFloat(m, s.features, l);
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - y) * (y === 1 ? o.positiveWeight : s.clean ? o.cleanWeight : 1);
        m.scale[l] = m.scale[l]! * (1 - eta * o.lambda);
        const d = (eta * g * x) / m.scale[l]!;
        for (let k = 0; k < s.features.length; k++) m.v[s.features[k]! * L + l]! -= d;
        m.bias[l] = m.bias[l]! - eta * g * 0.1;
        if (m.scale[l]! < 1e-3) {
          for (let b = l; b < m.v.length; b += L) m.v[b] = m.v[b]! * m.scale[l]!;
          m.scale[l] = 1;
        }
      }
    }
  }
  return m;
}

/** Rounds to int8 with one scale per label. */
function quantize(m: FloatModel, prune: number): Pick<ModelData, 'scales' | 'biases' | 'weights'> {
  const weights = new Int8Array(BUCKETS * L);
  const scales: number[] = [];
  for (let l = 0; l < L; l++) {
    let max = 0;
    for (let b = l; b < m.v.length; b += L) max = Math.max(max, Math.abs(m.v[b]! * m.scale[l]!));
    const q = max > 0 ? max / 127 : 1;
    scales.push(round6(q));
    for (let b = l; b < m.v.length; b += L) {
      const w = Math.max(-127, Math.min(127, Math.round((m.v[b]! * m.scale[l]!) / round6(q))));
      weights[b] = Math.abs(w) <= prune ? 0 : w;
    }
  }
  return { scales, biases: [...m.bias].map(round6), weights };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The quantized score of a sentence for a label, as inference computes it. */
export function scoreQuantized(d: Pick<ModelData, 'scales' | 'biases' | 'weights'>, f: Int32Array, l: number): number {
  let sum = 0;
  for (let k = 0; k < f.length; k++) sum += d.weights[f[k]! * L + l]!;
  return d.biases[l]! + (d.scales[l]! * sum) / Math.sqrt(Math.max(1, f.length));
}

/**
 * Multiple-instance training without the lexicons. Seed round: the single-sentence messages (their
 * sentence carries the label) and every negative. Then each bag (a longer message with the label)
 * keeps as positives its highest-scoring eligible sentence and any other eligible sentence the model
 * already puts over even odds; the model is trained again from scratch, `o.rounds` times. A bag
 * sentence is not eligible when the same sentence (digits and stops folded) is a negative elsewhere in
 * the training rows (greetings, sign-offs, "your order has shipped"); a bag with one eligible sentence
 * needs no pick. Only rows in `use` count, so the out-of-fold scores stay honest.
 */
function trainRounds(p: Prepared, use: readonly number[], o: TrainOptions): ReturnType<typeof quantize> {
  const useSet = new Set(use);
  const negativeKeys = LABELS.map(() => new Set<number>());
  for (const i of use) {
    const s = p.sentences[i]!;
    for (let l = 0; l < L; l++) if (s.target[l] === 0) negativeKeys[l]!.add(s.key);
  }
  // per label: bag sentences that are positives without a pick, and bags that need one
  const direct = new Set<number>();
  const open: number[][][] = LABELS.map(() => []);
  p.bags.forEach((bags, l) => {
    for (const bag of bags) {
      if (!useSet.has(bag[0]!)) continue;
      const eligible = bag.filter((i) => !negativeKeys[l]!.has(p.sentences[i]!.key));
      if (eligible.length === 1) direct.add(eligible[0]! * L + l);
      else if (eligible.length > 1) open[l]!.push(eligible);
    }
  });
  const targetWith = (picked: ReadonlySet<number>) => (i: number, l: number) => {
    const t = p.sentences[i]!.target[l]!;
    return t === 2 ? (direct.has(i * L + l) || picked.has(i * L + l) ? 1 : -1) : t;
  };
  let model = fit(p.sentences, use, targetWith(new Set()), o);
  for (let round = 0; round < o.rounds; round++) {
    const picked = new Set<number>();
    open.forEach((bags, l) => {
      for (const bag of bags) {
        let best = bag[0]!;
        let bestScore = -Infinity;
        for (const i of bag) {
          const z = scoreFloat(model, p.sentences[i]!.features, l);
          if (z > bestScore) {
            best = i;
            bestScore = z;
          }
          if (z >= 0) picked.add(i * L + l);
        }
        picked.add(best * L + l);
      }
    });
    model = fit(p.sentences, use, targetWith(picked), o);
  }
  return quantize(model, o.prune);
}

function sentencesOf(p: Prepared, rows: (r: number) => boolean): number[] {
  const out: number[] = [];
  p.byRow.forEach((ids, r) => {
    if (rows(r)) out.push(...ids);
  });
  return out;
}

export interface LabelReport {
  label: ModelLabel;
  threshold: number;
  /** out-of-fold, all rows with the label, and how many the model alone flags */
  withLabel: number;
  flagged: number;
  /** out-of-fold: rows with the label the lexicon missed, and how many of them the model finds on a
   *  sentence the label's lexicon does not touch (what the layer adds to the rules) */
  missedByLexicon: number;
  foundByModel: number;
  /** out-of-fold model flags on rows without the label, on compliant rows */
  falseFlags: number;
  falseOnClean: number;
}

export interface MarginReport {
  margin: number;
  /** nested: thresholds chosen on the other folds' out-of-fold scores, counted on the held-out fold */
  cleanFlagged: number;
  found: number;
  foundByModel: number;
}

export interface TrainResult {
  model: ModelData;
  report: LabelReport[];
  clean: number;
  /** out-of-fold: compliant rows with at least one model flag at the chosen thresholds */
  cleanFlagged: number;
  /** out-of-fold: compliant rows the model flags on a sentence no lexicon span of that label touches */
  cleanFlaggedModelOnly: number;
  /** the margin chosen and the nested estimate behind it */
  margin: number;
  margins: MarginReport[];
}

/** Thresholds from out-of-fold scores (lexicon-free) by `o.thresholdRule`. */
export function chooseThresholds(scores: readonly Float64Array[], rows: readonly TrainRow[], subset: readonly number[], o: TrainOptions): number[] {
  if (o.thresholdRule === 'shared') return sharedThresholds(scores, rows, subset, o);
  if (o.thresholdBags <= 0) return perLabelThresholds(scores, rows, subset, o);
  const rand = prng(o.seed ^ 0x5bd1e995);
  const runs = LABELS.map(() => [] as number[]);
  for (let k = 0; k < o.thresholdBags; k++) {
    const sample = subset.filter(() => rand() < 0.8);
    perLabelThresholds(scores, rows, sample, o).forEach((t, l) => runs[l]!.push(t));
  }
  return runs.map((ts) => ts.sort((a, b) => a - b)[ts.length >> 1]!);
}

/**
 * Each label alone: the threshold goes down the label's out-of-fold scores as far as it flags at most
 * `labelBudget` of the compliant rows and keeps its flags at least `minPrecision` right (rows without the
 * label count as wrong), stopping on a row with the label; the threshold sits between that row's score and
 * the next. Independent labels: a row that gains or loses one label and keeps another moves no other label's
 * threshold; a row that becomes compliant (or stops being) changes every label's budget by 0.1 % of a row.
 */
function perLabelThresholds(scores: readonly Float64Array[], rows: readonly TrainRow[], subset: readonly number[], o: TrainOptions): number[] {
  const budget = Math.floor(o.labelBudget * subset.filter((r) => rows[r]!.labels.length === 0).length);
  return LABELS.map((label, l) => {
    const list = subset
      .filter((r) => Number.isFinite(scores[r]![l]!))
      .map((r) => ({ z: scores[r]![l]!, has: rows[r]!.labels.includes(label), clean: rows[r]!.labels.length === 0, r }))
      .sort((a, b) => b.z - a.z || a.r - b.r);
    let clean = 0;
    let right = 0;
    let wrong = 0;
    let stop = 0;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (e.clean && ++clean > budget) break;
      if (e.has) right++;
      else wrong++;
      const tieNext = i + 1 < list.length && list[i + 1]!.z === e.z;
      if (!tieNext && e.has && right >= o.minPrecision * (right + wrong)) stop = i + 1;
    }
    if (stop === 0) return list.length ? list[0]!.z + 1 : 10;
    const last = list[stop - 1]!.z;
    return (last + (stop < list.length ? list[stop]!.z : last - 1)) / 2;
  });
}

/**
 * The shared rule (until s25): a row is flagged for a label when one of its
 * sentences scores at least the threshold. All labels share one budget of compliant rows (a row
 * flagged by two labels counts once). Greedy: every label starts closed; each step lowers one label's
 * threshold as far as it goes while admitting at most one new compliant row and keeping the label's
 * flags at least `minPrecision` right (rows without the label count as wrong), taking the step that
 * costs no compliant row first, then the one that finds the most rows with the label.
 */
function sharedThresholds(scores: readonly Float64Array[], rows: readonly TrainRow[], subset: readonly number[], o: TrainOptions): number[] {
  const cleanRows = subset.filter((r) => rows[r]!.labels.length === 0);
  const budget = Math.floor(o.cleanBudget * cleanRows.length);
  const flaggedClean = new Set<number>();
  const lists = LABELS.map((label, l) =>
    subset
      .filter((r) => Number.isFinite(scores[r]![l]!))
      .map((r) => ({ r, z: scores[r]![l]!, has: rows[r]!.labels.includes(label), clean: rows[r]!.labels.length === 0 }))
      .sort((a, b) => b.z - a.z || a.r - b.r),
  );
  const pos = LABELS.map(() => 0);
  const right = LABELS.map(() => 0);
  const wrong = LABELS.map(() => 0);
  for (;;) {
    let best: { l: number; stop: number; gain: number; cost: number } | undefined;
    LABELS.forEach((_, l) => {
      const list = lists[l]!;
      const added = new Set<number>();
      let gain = 0;
      let bad = 0;
      let stop = -1;
      let stopGain = 0;
      let stopCost = 0;
      for (let i = pos[l]!; i < list.length; i++) {
        const e = list[i]!;
        if (e.clean && !flaggedClean.has(e.r)) added.add(e.r);
        if (added.size > 1 || flaggedClean.size + added.size > budget) break;
        if (e.has) gain++;
        else bad++;
        const tieNext = i + 1 < list.length && list[i + 1]!.z === e.z;
        const precise = right[l]! + gain >= o.minPrecision * (right[l]! + gain + wrong[l]! + bad);
        if (!tieNext && e.has && precise) {
          stop = i + 1;
          stopGain = gain;
          stopCost = added.size;
        }
      }
      if (stop < 0 || stopGain === 0) return;
      if (!best || stopCost < best.cost || (stopCost === best.cost && stopGain > best.gain)) best = { l, stop, gain: stopGain, cost: stopCost };
    });
    if (!best) break;
    const list = lists[best.l]!;
    for (let i = pos[best.l]!; i < best.stop; i++) {
      const e = list[i]!;
      if (e.clean) flaggedClean.add(e.r);
      if (e.has) right[best.l]!++;
      else wrong[best.l]!++;
    }
    pos[best.l] = best.stop;
  }
  return LABELS.map((_, l) => {
    const list = lists[l]!;
    if (pos[l] === 0) return list.length ? list[0]!.z + 1 : 10;
    const last = list[pos[l]! - 1]!.z;
    const next = pos[l]! < list.length ? list[pos[l]!]!.z : last - 1;
    return (last + next) / 2;
  });
}

/** Out-of-fold scores per row and label (folds by a hash of the id): the best sentence (`all`, what
 *  thresholds are chosen on) and the best sentence the label's lexicon does not touch (`masked`, what the
 *  layer adds: report only). Exported so threshold rules can be tried on the scores of one cross-fit. */
export function crossFit(p: Prepared, o: TrainOptions): { fold: number[]; all: Float64Array[]; masked: Float64Array[] } {
  const log = o.log ?? (() => undefined);
  const fold = p.rows.map((r) => fnv(r.id) % o.folds);
  const all = p.rows.map(() => new Float64Array(L).fill(-Infinity));
  const masked = p.rows.map(() => new Float64Array(L).fill(-Infinity));
  for (let k = 0; k < o.folds; k++) {
    const q = trainRounds(p, sentencesOf(p, (r) => fold[r] !== k), o);
    for (const i of sentencesOf(p, (r) => fold[r] === k)) {
      const s = p.sentences[i]!;
      for (let l = 0; l < L; l++) {
        const z = scoreQuantized(q, s.features, l);
        all[s.row]![l] = Math.max(all[s.row]![l]!, z);
        if (!s.lexicon[l]) masked[s.row]![l] = Math.max(masked[s.row]![l]!, z);
      }
    }
    log(`fold ${k + 1}/${o.folds} done`);
  }
  return { fold, all, masked };
}

export function train(input: readonly TrainRow[], options: Partial<TrainOptions> = {}): TrainResult {
  const o: TrainOptions = { ...DEFAULT_OPTIONS, ...options };
  const log = o.log ?? (() => undefined);
  const p = prepare(input);
  log(`${p.rows.length} rows, ${p.sentences.length} sentences; longer messages per label: ${LABELS.map((l, i) => `${l} ${p.bags[i]!.length}`).join(', ')}`);
  const { fold, all, masked } = crossFit(p, o);
  const rowIds = p.rows.map((_, r) => r);
  const isClean = (r: number) => p.rows[r]!.labels.length === 0;
  const lexiconFound = LABELS.map((_, l) => p.byRow.map((ids) => ids.some((i) => p.sentences[i]!.lexicon[l])));
  const count = (rowsIn: readonly number[], t: readonly number[]) => {
    let cleanFlagged = 0;
    let cleanFlaggedModelOnly = 0;
    let found = 0;
    let foundByModel = 0;
    for (const r of rowsIn) {
      if (isClean(r)) {
        if (LABELS.some((_, l) => all[r]![l]! >= t[l]!)) cleanFlagged++;
        if (LABELS.some((_, l) => masked[r]![l]! >= t[l]!)) cleanFlaggedModelOnly++;
      }
      LABELS.forEach((label, l) => {
        if (!p.rows[r]!.labels.includes(label)) return;
        if (all[r]![l]! >= t[l]!) found++;
        if (!lexiconFound[l]![r] && masked[r]![l]! >= t[l]!) foundByModel++;
      });
    }
    return { cleanFlagged, cleanFlaggedModelOnly, found, foundByModel };
  };
  // The margin: thresholds chosen on k-1 folds' out-of-fold scores are tried on the held-out fold
  // (nested), for each candidate margin; the smallest margin whose held-out false alarms on compliant
  // rows stay within the budget, and at least `minMargin`, is added to the thresholds chosen on all rows.
  const margins: MarginReport[] = [];
  const nested = Array.from({ length: o.folds }, (_, k) => chooseThresholds(all, p.rows, rowIds.filter((r) => fold[r] !== k), o));
  const cleanTotal = rowIds.filter(isClean).length;
  nested.forEach((t, k) => log(`nested thresholds without fold ${k + 1}: ${t.map((x) => x.toFixed(2)).join(' ')}`));
  let margin = o.margins[o.margins.length - 1]!;
  for (const m of o.margins) {
    const sum: MarginReport = { margin: m, cleanFlagged: 0, found: 0, foundByModel: 0 };
    for (let k = 0; k < o.folds; k++) {
      const c = count(rowIds.filter((r) => fold[r] === k), nested[k]!.map((t) => t + m));
      sum.cleanFlagged += c.cleanFlagged;
      sum.found += c.found;
      sum.foundByModel += c.foundByModel;
    }
    margins.push(sum);
    log(`margin ${m}: nested held-out compliant rows flagged ${sum.cleanFlagged}/${cleanTotal}, rows with a label found ${sum.found} (the lexicon missed: ${sum.foundByModel})`);
  }
  for (const r of margins) {
    if (r.margin >= o.minMargin && r.cleanFlagged <= o.cleanBudget * cleanTotal) {
      margin = r.margin;
      break;
    }
  }
  const thresholds = chooseThresholds(all, p.rows, rowIds, o).map((t, l) => round6(t + margin + (o.labelOffsets[LABELS[l]!] ?? 0)));
  const report: LabelReport[] = LABELS.map((label, l) => {
    const r = { label, threshold: thresholds[l]!, withLabel: 0, flagged: 0, missedByLexicon: 0, foundByModel: 0, falseFlags: 0, falseOnClean: 0 };
    p.rows.forEach((row, i) => {
      const has = row.labels.includes(label);
      if (has) {
        r.withLabel++;
        if (all[i]![l]! >= thresholds[l]!) r.flagged++;
        if (!lexiconFound[l]![i]) {
          r.missedByLexicon++;
          if (masked[i]![l]! >= thresholds[l]!) r.foundByModel++;
        }
      } else if (all[i]![l]! >= thresholds[l]!) {
        r.falseFlags++;
        if (isClean(i)) r.falseOnClean++;
      }
    });
    return r;
  });
  const totals = count(rowIds, thresholds);
  const final = trainRounds(p, sentencesOf(p, () => true), o);
  return {
    model: { version: 1, buckets: BUCKETS, labels: [...LABELS], thresholds, ...final },
    report,
    clean: cleanTotal,
    cleanFlagged: totals.cleanFlagged,
    cleanFlaggedModelOnly: totals.cleanFlaggedModelOnly,
    margin,
    margins,
  };
}

/** The model as a TypeScript module: numbers printed identically every run, weights as base64. */
export function serialize(m: ModelData, source: string): string {
  const b64 = Buffer.from(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength).toString('base64');
  const lines = b64.match(/.{1,120}/g) ?? [];
  return [
    `// Generated by \`npm run train\` (${source}). Do not edit: retrain.`,
    `export const MODEL = {`,
    `  version: ${m.version},`,
    `  buckets: ${m.buckets},`,
    `  labels: ${JSON.stringify(m.labels)},`,
    `  scales: ${JSON.stringify(m.scales)},`,
    `  biases: ${JSON.stringify(m.biases)},`,
    `  thresholds: ${JSON.stringify(m.thresholds)},`,
    `  /** int8, bucket * labels.length + label */`,
    `  weights: [`,
    ...lines.map((l) => `    '${l}',`),
    `  ].join(''),`,
    `} as const;`,
    '',
  ].join('\n');
}
