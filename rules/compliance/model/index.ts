// The learned layer: a linear classifier per sentence for offplatform, review_request, leading,
// marketing and personal_data (hashed word uni/bigrams and prefixes, character 3-5-grams, int8 weights, see
// README.md here). It finds paraphrases the lexicons do not know and reports them as 'warn' over the
// sentence; lexicon findings stay 'block'. Trained by `npm run train` (./train.ts).
import { CHANGE_ENTRY } from '../detectors/conditioned-ask';
import { compactRegExp } from '../detectors/compact-letters';
import { REVIEW_RE } from '../detectors/review-incentive';
import { firstEndingAfter, mergedRanges, type Span } from '../detectors/span';
import { LANGUAGES } from '../languages';
import { describeModel } from '../messages';
import { toOriginal, typedUnit, type Normalized } from '../normalize';
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
  const b = MODEL.biases;
  const q = MODEL.scales;
  const t = MODEL.thresholds;
  out[0] = b[0] + q[0] * s0 * norm - t[0];
  out[1] = b[1] + q[1] * s1 * norm - t[1];
  out[2] = b[2] + q[2] * s2 * norm - t[2];
  out[3] = b[3] + q[3] * s3 * norm - t[3];
  out[4] = b[4] + q[4] * s4 * norm - t[4];
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
function inLanguages(text: string, span: SentenceSpan, wanted: readonly DetectionLanguage[]): boolean {
  if (LANGUAGES.every((l) => wanted.includes(l))) return true;
  const sentence = text.slice(span.start, span.end);
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
  let addresses: [number, number][] | undefined;
  // a sentence's scores depend on its text alone: a paste that repeats lines (signatures, footers,
  // a template sent to many) scores each distinct sentence once (null: no label over its threshold)
  const scored = new Map<string, Float64Array | null>();
  // the sentence before held an ask to change or remove a review (see afterChangeAsk)
  let changeBefore = false;
  // (read once, not per sentence: a search of every span for each sentence made a 1 MB paste quadratic)
  const changes = merged(spans, changeAsk);
  for (const s of splitSentences(normalizedText)) {
    const wasChange = changeBefore;
    changeBefore = false;
    if (changes.length) {
      const i = firstEndingAfter(changes, s.start);
      changeBefore = i < changes.length && changes[i]![0] < s.end;
    }
    const sentence = normalizedText.slice(s.start, s.end);
    let known = scored.get(sentence);
    if (known === undefined) {
      sentenceMargins(normalizedText, s.start, s.end, margins);
      let any = false;
      for (let l = 0; l < L; l++) if (margins[l]! >= 0) any = true;
      known = any ? margins.slice() : null;
      scored.set(sentence, known);
    }
    if (known === null) continue;
    margins.set(known);
    if (!inLanguages(normalizedText, s, languages)) continue;
    covered ??= coverage(spans);
    addresses ??= merged(spans, (r) => ADDRESS_RULES.includes(r.rule));
    if (wordCharsOutside(normalizedText, s, addresses) < MIN_LETTERS) continue;
    for (let l = 0; l < L; l++) {
      if (margins[l]! < 0 || covered(l, s)) continue;
      if (wasChange && LABELS[l] === 'review_request' && afterChangeAsk(normalizedText, s)) continue;
      out.push({ rule: LABELS[l]!, start: s.start, end: s.end, margin: margins[l]! });
    }
  }
  return out.some((m) => m.rule === 'leading') && !reviewInMessage(normalizedText, spans, out) ? out.filter((m) => m.rule !== 'leading') : out;
}

const REVIEW_RULES = ['review_request', 'review_channel', 'leading'];
/** Words of a public judgement beyond REVIEW_RE's review nouns (which the rules ask for an ask): a comment, a counted star
 *  or a mark, saying it in public - what a change, removal or "tell us first" ask names instead of "review" ("take down the
 *  negative comments", "the 1-star you posted", "la note d'une étoile", "before you tell the world what you think",
 *  "prima di esprimere un giudizio pubblico", "lo dica al mondo con qualche stella", "das negative Verkäuferfeedback", "if you can't give us top marks").
 *  Whole words only, a star with its count and a note or nota with an owner: "gestern", "Ostern", "北極星", "please note",
 *  "nota fiscal", "public holiday", "stella cometa" are none (s26 review #9). */
const STAR = String.raw`stars?|sterne?n?|sternchen|étoiles?|estrellas?|stell[ae]|estrelas?`;
const STAR_COUNT = String.raw`\d|one|two|three|four|five|ein\p{L}{0,2}|zwei|drei|vier|fünf|une?|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|due|tre|quattro|duas|três|quatro`;
const JUDGEMENT_CUE = compactRegExp(
  String.raw`(?<![\p{L}])(?:comments?|kommentar(?:e|en)?|commentaires?|comentarios?|commento|commenti|comentários?|(?:verkäufer|käufer|seller|buyer|kunden)?feedback|(?:${STAR_COUNT}|some|a few|qualche|poche|quelques|algunas|unas|einige|ein paar|algumas)[- ]?(?:${STAR})|(?:${STAR}) ?(?:rating|bewertung)|(?:votre|ta|sa|cette|chaque|une|bonne|mauvaise|meilleure) note|(?:sua|tua|una|uma|la|a|su|tu|buona|boa|buena) nota(?! fiscal)|top marks|full marks|pieni voti|giudizi[oa]?|publicly|öffentlich\p{L}{0,2}|publiquement|en public|in public|en p[úu]blico|in pubblico|em p[úu]blico|publier|publiez|publicar|publique|pubblicare|pubblichi|(?:tell|dica|dite|dites|dis|diga|digan|conte|contem|erzählen sie|sagen sie)(?: \p{L}+){0,3} (?:the world|al mondo|au monde|al mundo|ao mundo|der welt)|what you think)(?![\p{L}])|★|☆|[1-5１-５一二三四五]つ星|星[1-5１-５一二三四五]|コメント|ご意見|公開`,
  'u',
);
/** A leading ask is a review ask by definition (policy.md: conditioned, incentivised, pressured or assumed-positive asks
 *  *for a review*): the model's `leading` stands only in a message that names a review, a rating or feedback somewhere - in
 *  any sentence, or as a rule's or the model's review finding. Without one, a warm line ("9 of 10 customers are happy with
 *  it", "if you are happy, tell your friends") is praise or marketing, which the other labels answer for. */
// why: s25 - the Japanese social-proof claim with no ask (「お客様の9割以上が満足...」) over the leading threshold; its offset of
// 0.9 cost the frozen split four leading labels, while the claim has no review word anywhere in its message
function reviewInMessage(text: string, spans: readonly Span[], found: readonly ModelSpan[]): boolean {
  return spans.some((r) => REVIEW_RULES.includes(r.rule)) || found.some((m) => m.rule === 'review_request') || REVIEW_RE.test(text) || JUDGEMENT_CUE.test(text);
}

/** Rule spans that make a model finding of a label redundant: the label's own; for offplatform also
 *  an address or number (already a block in that sentence; "visit shop.com" is a url, and a second,
 *  vaguer warning over it says nothing new); for review asks also review_channel (after Request a
 *  Review, the sentence's review wording is already a block); for leading also review_request: the
 *  ask is blocked and has to go, leading words and all, and two thirds of the corpus's leading rows
 *  are review asks, so the model reads a plain "please leave us a review" as leading too (README). */
const COVERED_BY: Readonly<Record<ModelLabel, readonly string[]>> = {
  offplatform: ['offplatform', 'url', 'email', 'phone'],
  review_request: ['review_request', 'review_channel'],
  leading: ['leading', 'review_channel', 'review_request'],
  marketing: ['marketing'],
  personal_data: ['personal_data'],
};

/** An ask to change or remove a review (a lexicon's leading entry): no new review is asked for, though the model
 *  reads its review words as review_request (s14 review: "could you adjust your review", "レビューを書き直して"). */
const changeAsk = (r: Span): boolean => r.rule === 'leading' && r.entry !== undefined && CHANGE_ENTRY.test(r.entry);

/** A sentence right after an ask to change or remove a review, with no review word of its own, says why the change is
 *  asked ("... pourriez-vous retirer votre commentaire négatif ? Cela nous aiderait beaucoup.", "It's hurting our listing"):
 *  the change ask's continuation, no new review asked for - the model reads "would help us a lot" as an ask. */
// why: s20 blind j fr-006 (model review_request on "Cela nous aiderait beaucoup." after a removal ask, labelled leading only)
function afterChangeAsk(text: string, s: SentenceSpan): boolean {
  return s.end - s.start <= 120 && !REVIEW_RE.test(text.slice(s.start, s.end));
}

/** The spans that `keep` selects, merged and sorted. */
const merged = (spans: readonly Span[], keep: (r: Span) => boolean): [number, number][] => mergedRanges(spans.filter(keep));

/** Per label, the covering spans merged and sorted: a binary search per sentence (linear overall). */
function coverage(spans: readonly Span[]): (label: number, s: SentenceSpan) => boolean {
  const byLabel = LABELS.map((label) =>
    merged(spans, (r) => COVERED_BY[label].includes(r.rule) || (label === 'review_request' && changeAsk(r))),
  );
  return (l, s) => {
    const m = byLabel[l]!;
    const i = firstEndingAfter(m, s.start);
    return i < m.length && m[i]![0] < s.end;
  };
}

/** A sentence that is little but an address ("www.shop.com", "Visit shop.com") is the entity rules'
 *  (a block there): the model reads words, and the n-grams of a domain name are not words ("shop"
 *  scored it as marketing by a hair). Fewer letters than this outside addresses: no model finding. */
const ADDRESS_RULES = ['url', 'email', 'phone'];
const MIN_LETTERS = 6;

function wordCharsOutside(text: string, s: SentenceSpan, addresses: readonly [number, number][]): number {
  let n = 0;
  let i = firstEndingAfter(addresses, s.start);
  for (let k = s.start; k < s.end; k++) {
    while (i < addresses.length && addresses[i]![1] <= k) i++;
    if (i < addresses.length && addresses[i]![0] <= k) {
      k = addresses[i]![1] - 1;
      continue;
    }
    const c = typedUnit(text.charCodeAt(k));
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) n++;
  }
  return n;
}

/**
 * The checker's hook: adds the model's findings (severity 'warn', layer 'model', entry
 * 'model:<label>', offsets of the sentence as typed) to the rule findings, in the checker's order.
 */
export function withModelFindings(
  findings: Finding[],
  norm: Normalized,
  spans: readonly Span[],
  languages: readonly DetectionLanguage[],
  ui: UiLanguage,
  /** the checker's sentence guards (a refusal, a thanks, an order detail...): true clears a finding */
  cleared: (rule: ModelLabel, start: number, end: number) => boolean = () => false,
): Finding[] {
  const found = classifySentences(norm.text, spans, languages).filter((m) => !cleared(m.rule, m.start, m.end));
  if (!found.length) return findings;
  const all = [...findings];
  for (const m of found) {
    const [start, end] = toOriginal(norm, m.start, m.end);
    all.push({ rule: m.rule, severity: 'warn', start, end, layer: 'model', entry: `model:${m.rule}`, ...describeModel(m.rule, ui) });
  }
  return all.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
