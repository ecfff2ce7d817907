// Training of the learned layer (used by scripts/train.ts and the determinism test; never bundled:
// only ./index.ts and ./weights.ts are imported by the checker).
//
// Sentence-level examples from message-level labels:
//  - a sentence of a message WITHOUT label L is a negative for L (compliant near-misses included);
//  - in a message WITH label L, the sentences a lexicon span of L touches carry L (positives); if no
//    lexicon span of L is in the message (a paraphrase the lexicon does not know, the case the model
//    is for) and the message has one sentence, that sentence carries L; with several sentences the
//    message is a bag (multiple-instance rule): after a first round without bags, the bag's
//    highest-scoring sentence becomes its positive and the model is trained again from scratch;
//  - other sentences of a message with L are left out for L (they may or may not carry it), and
//    replies whose off-Amazon label comes from the buyer's message (`buyerMessage`) give no
//    offplatform positive (the sentence alone does not carry it).
// Thresholds: 5-fold cross-fitting (folds by a hash of the id), out-of-fold message scores, per label
// the lowest threshold that keeps false alarms on compliant rows within budget and model-only flags
// precise; then the final model is trained on all rows.
// Determinism: rows sorted by id, folds by id hash, a seeded PRNG for the epoch order, float64 math
// in a fixed order, and a serialisation that prints numbers the same way each time.
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
  /** allowed false alarms per label on compliant rows, as a share of compliant rows */
  cleanBudget: number;
  /** least precision of model-only flags (rows the lexicon missed) on out-of-fold scores */
  minPrecision: number;
  /** quantized weights of at most this magnitude become 0 (smaller and better compressed weights) */
  prune: number;
  /** added to each chosen threshold (logit units): room for text unlike the corpus */
  safety: number;
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
  cleanBudget: 0.001,
  minPrecision: 0.9,
  prune: 5,
  safety: 0.75,
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
  /** per label: 1 positive, 0 negative, -1 left out, 2 bag member (positive only if picked) */
  target: Int8Array;
  /** per label: a lexicon span of the label touches this sentence */
  lexicon: Uint8Array;
  row: number;
}

interface Prepared {
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

export function prepare(input: readonly TrainRow[]): Prepared {
  const rows = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sentences: Sentence[] = [];
  const byRow: number[][] = [];
  const bags: number[][][] = LABELS.map(() => []);
  rows.forEach((row, r) => {
    const t = normalize(row.text).text;
    const spans = splitSentences(t);
    const scope = phraseScope(t, LANGUAGES);
    const lexicon = LABELS.map((label) => scope.run(label));
    const ids: number[] = [];
    for (const s of spans) {
      const n = extract(t, s.start, s.end);
      const hit = new Uint8Array(L);
      LABELS.forEach((_, l) => {
        hit[l] = lexicon[l]!.some((m) => m.start < s.end && m.end > s.start) ? 1 : 0;
      });
      ids.push(sentences.length);
      sentences.push({ features: featureBuffer().slice(0, n), target: new Int8Array(L), lexicon: hit, row: r });
    }
    byRow.push(ids);
    LABELS.forEach((label, l) => {
      if (!row.labels.includes(label)) {
        for (const i of ids) sentences[i]!.target[l] = 0;
        return;
      }
      for (const i of ids) sentences[i]!.target[l] = -1;
      if (label === 'offplatform' && row.buyerMessage) return;
      const carriers = ids.filter((i) => sentences[i]!.lexicon[l]);
      if (carriers.length) for (const i of carriers) sentences[i]!.target[l] = 1;
      else if (ids.length === 1) sentences[ids[0]!]!.target[l] = 1;
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
        const g = (p - y) * (y === 1 ? o.positiveWeight : 1);
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

/** Two rounds: without bags, then with each bag's best sentence as its positive. */
function trainRounds(p: Prepared, use: readonly number[], o: TrainOptions): ReturnType<typeof quantize> {
  const useSet = new Set(use);
  const first = fit(p.sentences, use, (i, l) => p.sentences[i]!.target[l]!, o);
  const picked = new Set<number>();
  p.bags.forEach((bags, l) => {
    for (const bag of bags) {
      if (!useSet.has(bag[0]!)) continue;
      let best = bag[0]!;
      for (const i of bag) if (scoreFloat(first, p.sentences[i]!.features, l) > scoreFloat(first, p.sentences[best]!.features, l)) best = i;
      picked.add(best * L + l);
    }
  });
  const second = fit(p.sentences, use, (i, l) => {
    const t = p.sentences[i]!.target[l]!;
    return t === 2 ? (picked.has(i * L + l) ? 1 : -1) : t;
  }, o);
  return quantize(second, o.prune);
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
  /** out-of-fold: rows with the label the lexicon missed, and how many of them the model finds */
  missedByLexicon: number;
  foundByModel: number;
  /** out-of-fold model flags on rows without the label, on compliant rows */
  falseFlags: number;
  falseOnClean: number;
}

export interface TrainResult {
  model: ModelData;
  report: LabelReport[];
  clean: number;
  /** out-of-fold: compliant rows with at least one model flag at the chosen thresholds */
  cleanFlagged: number;
}

export function train(input: readonly TrainRow[], options: Partial<TrainOptions> = {}): TrainResult {
  const o: TrainOptions = { ...DEFAULT_OPTIONS, ...options };
  const log = o.log ?? (() => undefined);
  const p = prepare(input);
  log(`${p.rows.length} rows, ${p.sentences.length} sentences; bags per label: ${LABELS.map((l, i) => `${l} ${p.bags[i]!.length}`).join(', ')}`);
  const fold = p.rows.map((r) => fnv(r.id) % o.folds);
  // out-of-fold scores per row and label: the best sentence the lexicon of that label does not touch
  const oof = p.rows.map(() => new Float64Array(L).fill(-Infinity));
  for (let k = 0; k < o.folds; k++) {
    const q = trainRounds(p, sentencesOf(p, (r) => fold[r] !== k), o);
    for (const i of sentencesOf(p, (r) => fold[r] === k)) {
      const s = p.sentences[i]!;
      for (let l = 0; l < L; l++) if (!s.lexicon[l]) oof[s.row]![l] = Math.max(oof[s.row]![l]!, scoreQuantized(q, s.features, l));
    }
    log(`fold ${k + 1}/${o.folds} done`);
  }
  const clean = p.rows.filter((r) => r.labels.length === 0).length;
  const report: LabelReport[] = [];
  const thresholds: number[] = [];
  LABELS.forEach((label, l) => {
    const lexiconFound = p.byRow.map((ids) => ids.some((i) => p.sentences[i]!.lexicon[l]));
    const candidates = [...new Set(oof.map((s) => s[l]!).filter((x) => Number.isFinite(x)))].sort((a, b) => a - b);
    const at = (t: number) => {
      let found = 0;
      let missed = 0;
      let falseFlags = 0;
      let falseOnClean = 0;
      p.rows.forEach((row, r) => {
        const has = row.labels.includes(label);
        const flag = oof[r]![l]! >= t;
        if (has && !lexiconFound[r]) {
          missed++;
          if (flag) found++;
        }
        if (!has && flag) {
          falseFlags++;
          if (!row.labels.length) falseOnClean++;
        }
      });
      return { found, missed, falseFlags, falseOnClean };
    };
    let threshold = candidates.length ? candidates[candidates.length - 1]! + 1 : 10;
    for (const c of candidates) {
      const t = c + 1e-6;
      const r = at(t);
      if (r.falseOnClean <= Math.floor(o.cleanBudget * clean) && r.found / Math.max(1, r.found + r.falseFlags) >= o.minPrecision && r.found > 0) {
        threshold = t;
        break;
      }
    }
    threshold = round6(threshold + o.safety);
    thresholds.push(threshold);
    const r = at(threshold);
    report.push({ label, threshold, missedByLexicon: r.missed, foundByModel: r.found, falseFlags: r.falseFlags, falseOnClean: r.falseOnClean });
  });
  let cleanFlagged = 0;
  p.rows.forEach((row, r) => {
    if (!row.labels.length && LABELS.some((_, l) => oof[r]![l]! >= thresholds[l]!)) cleanFlagged++;
  });
  const final = trainRounds(p, sentencesOf(p, () => true), o);
  return { model: { version: 1, buckets: BUCKETS, labels: [...LABELS], thresholds, ...final }, report, clean, cleanFlagged };
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
