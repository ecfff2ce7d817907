// Sentences and hashed features of the learned layer, shared by training (scripts/train.ts) and
// inference (./index.ts) so both see exactly the same numbers. Input is the checker's normalized
// copy (lowercase, NFKC, look-alikes folded); offsets are offsets into that copy.

/** Labels the model scores, in weight-table order. */
export const LABELS = ['offplatform', 'review_request', 'leading', 'marketing', 'personal_data'] as const;
export type ModelLabel = (typeof LABELS)[number];

/** log2 of the number of hash buckets; each bucket holds one int8 weight per label. */
export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

/** A "sentence" longer than this is not one (a pasted table, a run with no stops): the model skips it,
 *  the rules still read it. Keeps a 1 MB paste without stops from costing more than its rules do. */
export const MAX_SENTENCE = 1000;

/** Sentence ends as the phrase scope cuts them: . ! ? before a blank, CJK stops, line breaks. */
const SENTENCE_END = /(?<![.!?])[.!?]+(?=\s)|[。！？\n]+/g;
/** A sentence needs a letter to be worth scoring. */
const LETTER = /\p{L}/u;

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Sentences of the normalized text, trimmed, each containing a letter, at most MAX_SENTENCE long. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e - s >= 2 && e - s <= MAX_SENTENCE && LETTER.test(text.slice(s, e))) out.push({ start: s, end: e });
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    push(from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
}

/** Word characters: letters, digits, marks (Latin, accented Latin, kana, kanji …). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f);
}

/** murmur3 finalizer: spreads FNV's weak low bits over the bucket index. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const FNV_PRIME = 0x01000193;
const SEED_CHAR = 0x811c9dc5;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x7f4a7c15;

/** Reused between calls: inference allocates nothing per sentence. */
let codes = new Uint16Array(1024);
let buffer = new Int32Array(8192);

/** Folds a code unit for the features: digits are one symbol (order ids, prices and quantities
 *  carry no meaning here), blanks are one space. */
function fold(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  if (isBlank(c)) return 32;
  return c;
}

/**
 * Bucket indices of a sentence's features (with repeats): character 3-, 4- and 5-grams over the
 * sentence padded with a space, word unigrams and word bigrams. Returns how many were written to
 * the shared buffer (`featureBuffer()`); valid until the next call.
 */
export function extract(text: string, start: number, end: number): number {
  // folded code units, runs of blanks collapsed, one space of padding at both ends
  const need = end - start + 2;
  if (codes.length < need) codes = new Uint16Array(need * 2);
  let len = 0;
  codes[len++] = 32;
  for (let i = start; i < end; i++) {
    const c = fold(text.charCodeAt(i));
    if (c === 32 && codes[len - 1] === 32) continue;
    codes[len++] = c;
  }
  if (codes[len - 1] !== 32) codes[len++] = 32;
  const max = len * 3 + len + 8;
  if (buffer.length < max) buffer = new Int32Array(max * 2);
  let n = 0;
  // character n-grams, 3 to 5, from every position
  for (let i = 0; i + 3 <= len; i++) {
    let h = SEED_CHAR;
    h = Math.imul(h ^ codes[i]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 1]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 2]!, FNV_PRIME);
    buffer[n++] = mix(h) & MASK;
    if (i + 4 > len) continue;
    h = Math.imul(h ^ codes[i + 3]!, FNV_PRIME);
    buffer[n++] = mix(h ^ 4) & MASK;
    if (i + 5 > len) continue;
    h = Math.imul(h ^ codes[i + 4]!, FNV_PRIME);
    buffer[n++] = mix(h ^ 5) & MASK;
  }
  // words and word bigrams
  let prev = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? codes[i]! : 32;
    if (isWordChar(c)) {
      if (!inWord) {
        h = SEED_WORD;
        inWord = true;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (inWord) {
      inWord = false;
      buffer[n++] = mix(h) & MASK;
      if (prev !== 0) buffer[n++] = mix(Math.imul(prev ^ SEED_BIGRAM, FNV_PRIME) ^ h) & MASK;
      prev = h | 1;
    }
  }
  return n;
}

export function featureBuffer(): Int32Array {
  return buffer;
}
