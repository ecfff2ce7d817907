// The learned layer: a linear classifier per sentence for offplatform, review_request, leading,
// marketing and personal_data (hashed word uni/bigrams and character 3-5-grams, int8 weights, see
// README.md here). It finds paraphrases the lexicons do not know and reports them as 'warn' over the
// sentence; lexicon findings stay 'block'. Trained by `npm run train` (./train.ts).
import type { Span } from '../detectors/span';
import { LANGUAGES } from '../languages';
import { describeModel } from '../messages';
import { toOriginal, type Normalized } from '../normalize';
import type { DetectionLanguage, Finding, UiLanguage } from '../types';
import { LABELS, extract, featureBuffer, splitSentences, type ModelLabel, type SentenceSpan } from './features';
import { MODEL } from './weights';

const L = LABELS.length;

function decode(b64: string): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

let weights: Int8Array | undefined;
/** Decoded on first use (about 330 KB; a few ms once). */
function table(): Int8Array {
  weights ??= decode(MODEL.weights);
  return weights;
}

export interface ModelSpan {
  rule: ModelLabel;
  /** offsets into the normalized text: the sentence */
  start: number;
  end: number;
  /** how far over the label's threshold (logit units) */
  margin: number;
}

/** Scores of one sentence of the normalized text, one per label (logits), minus the thresholds. */
export function sentenceMargins(normalizedText: string, start: number, end: number, out = new Float64Array(L)): Float64Array {
  const w = table();
  const n = extract(normalizedText, start, end);
  const f = featureBuffer();
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let k = 0; k < n; k++) {
    const base = f[k]! * L;
    s0 += w[base]!;
    s1 += w[base + 1]!;
    s2 += w[base + 2]!;
    s3 += w[base + 3]!;
    s4 += w[base + 4]!;
  }
  const norm = 1 / Math.sqrt(Math.max(1, n));
  const sums = [s0, s1, s2, s3, s4];
  for (let l = 0; l < L; l++) out[l] = MODEL.biases[l]! + MODEL.scales[l]! * sums[l]! * norm - MODEL.thresholds[l]!;
  return out;
}

/** Latin function words: with restricted `languages`, a sentence clearly in a language that is not
 *  enabled gets no model finding, as it gets no lexicon finding. */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'you', 'your', 'we', 'our', 'us', 'please', 'thank', 'thanks', 'with', 'for', 'this', 'is', 'are', 'will', 'have', 'it', 'to', 'of', 'if']),
  de: new Set(['der', 'die', 'das', 'und', 'sie', 'ihr', 'ihre', 'wir', 'ist', 'nicht', 'mit', 'bitte', 'für', 'den', 'dem', 'ein', 'eine', 'einen', 'uns', 'zu', 'auf', 'danke']),
  fr: new Set(['le', 'les', 'vous', 'votre', 'vos', 'nous', 'est', 'et', 'pour', 'avec', 'une', 'des', 'merci', 'du', 'ce', 'cette', 'pas', 'sur']),
  es: new Set(['el', 'los', 'las', 'usted', 'su', 'sus', 'y', 'es', 'para', 'con', 'una', 'gracias', 'del', 'por', 'nos', 'lo', 'que']),
  it: new Set(['il', 'gli', 'lei', 'suo', 'sua', 'è', 'e', 'per', 'con', 'una', 'grazie', 'della', 'di', 'che', 'ci', 'non']),
  pt: new Set(['o', 'os', 'você', 'seu', 'sua', 'seus', 'e', 'é', 'para', 'com', 'uma', 'obrigado', 'obrigada', 'do', 'da', 'não', 'nós', 'que']),
};
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** Is the sentence plausibly in one of the enabled languages? Unknown counts as yes. */
function inLanguages(sentence: string, wanted: readonly DetectionLanguage[]): boolean {
  if (LANGUAGES.every((l) => wanted.includes(l))) return true;
  if (JAPANESE.test(sentence)) return wanted.includes('ja');
  const words = sentence.match(/[\p{L}]+/gu) ?? [];
  let best = 0;
  let bestLangs: string[] = [];
  for (const [lang, set] of Object.entries(FUNCTION_WORDS)) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > best) {
      best = hits;
      bestLangs = [lang];
    } else if (hits === best && hits > 0) bestLangs.push(lang);
  }
  return best === 0 || bestLangs.some((l) => (wanted as readonly string[]).includes(l));
}

/**
 * Model findings over the sentences of the normalized text: for each sentence and label over its
 * threshold, one span over the sentence, unless a rule span of the same label already touches the
 * sentence. `spans` are the rule layer's spans (normalized offsets).
 */
export function classifySentences(normalizedText: string, spans: readonly Span[], languages: readonly DetectionLanguage[] = LANGUAGES): ModelSpan[] {
  const out: ModelSpan[] = [];
  const margins = new Float64Array(L);
  let covered: ((label: number, s: SentenceSpan) => boolean) | undefined;
  for (const s of splitSentences(normalizedText)) {
    sentenceMargins(normalizedText, s.start, s.end, margins);
    let any = false;
    for (let l = 0; l < L; l++) if (margins[l]! >= 0) any = true;
    if (!any || !inLanguages(normalizedText.slice(s.start, s.end), languages)) continue;
    covered ??= coverage(spans);
    for (let l = 0; l < L; l++) {
      if (margins[l]! < 0 || covered(l, s)) continue;
      out.push({ rule: LABELS[l]!, start: s.start, end: s.end, margin: margins[l]! });
    }
  }
  return out;
}

/** Rule spans that make a model finding of a label redundant: the label's own; for offplatform also
 *  an address or number (already a block in that sentence; "visit shop.com" is a url, and a second,
 *  vaguer warning over it says nothing new); for review asks also review_channel (after Request a
 *  Review, the sentence's review wording is already a block). */
const COVERED_BY: Readonly<Record<ModelLabel, readonly string[]>> = {
  offplatform: ['offplatform', 'url', 'email', 'phone'],
  review_request: ['review_request', 'review_channel'],
  leading: ['leading', 'review_channel'],
  marketing: ['marketing'],
  personal_data: ['personal_data'],
};

/** Per label, the covering spans merged and sorted: a binary search per sentence (linear overall). */
function coverage(spans: readonly Span[]): (label: number, s: SentenceSpan) => boolean {
  const merged = LABELS.map((label) => {
    const rules = COVERED_BY[label];
    const ranges = spans.filter((r) => rules.includes(r.rule)).map((r) => [r.start, r.end] as [number, number]).sort((a, b) => a[0] - b[0]);
    const out: [number, number][] = [];
    for (const r of ranges) {
      const last = out[out.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else out.push([r[0], r[1]]);
    }
    return out;
  });
  return (l, s) => {
    const m = merged[l]!;
    let lo = 0;
    let hi = m.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (m[mid]![1] <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < m.length && m[lo]![0] < s.end;
  };
}

/**
 * The checker's hook: adds the model's findings (severity 'warn', layer 'model', entry
 * 'model:<label>', offsets of the sentence as typed) to the rule findings, in the checker's order.
 */
export function withModelFindings(findings: Finding[], norm: Normalized, spans: readonly Span[], languages: readonly DetectionLanguage[], ui: UiLanguage): Finding[] {
  const found = classifySentences(norm.text, spans, languages);
  if (!found.length) return findings;
  const all = [...findings];
  for (const m of found) {
    const [start, end] = toOriginal(norm, m.start, m.end);
    all.push({ rule: m.rule, severity: 'warn', start, end, layer: 'model', entry: `model:${m.rule}`, ...describeModel(m.rule, ui) });
  }
  return all.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
