// Sentences and hashed features of the learned layer, shared by training (scripts/train.ts) and
// inference (./index.ts) so both see exactly the same numbers. Input is the checker's normalized
// copy (lowercase, NFKC, look-alikes folded); offsets are offsets into that copy.
import { typedUnit } from '../normalize';
import { DATE_AFTER, WEEKDAY_ABBREVIATION } from '../detectors/sentence';

/** Labels the model scores, in weight-table order. */
export const LABELS = ['offplatform', 'review_request', 'leading', 'marketing', 'personal_data'] as const;
export type ModelLabel = (typeof LABELS)[number];

/** log2 of the number of hash buckets; each bucket holds one int8 weight per label. */
export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;

/** A "sentence" longer than this is not one (a pasted table, a run with no stops): the model skips it,
 *  the rules still read it. Keeps a 1 MB paste without stops from costing more than its rules do. */
export const MAX_SENTENCE = 1000;

/** Sentence ends as the phrase scope cuts them: . ! ? before a blank, CJK stops, line breaks - but not a weekday's
 *  abbreviation dot before its date ("Notre technicien vous téléphonera le mar. 15/12 entre 9 h et 11 h": one sentence;
 *  s18 blind c, where the cut left "... vous téléphonera le mar." alone for the model). */
const SENTENCE_END = new RegExp(String.raw`(?<![.!?])[.!?]+(?=\s)(?:(?<!(?<![\p{L}])${WEEKDAY_ABBREVIATION}\.)|(?!${DATE_AFTER}))|[。！？\n]+`, 'gu');
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
    if (e - s >= 2 && e - s <= MAX_SENTENCE && hasLetter(text, s, e)) out.push({ start: s, end: e });
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    push(from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Does text[s, e) contain a letter? ASCII decides alone; the first code unit past ASCII asks the
 *  Unicode property of the rest (no slice per sentence of plain ASCII text). */
function hasLetter(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (text.charCodeAt(i) >= 128) return LETTER.test(text.slice(i, e));
  }
  return false;
}

function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
}

/** Word characters: letters, digits, marks (Latin, accented Latin, kana, kanji …). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f);
}

const SHIFT = 32 - BUCKET_BITS;
/** Multiplier of the polynomial rolling hash of the character n-grams (odd: a bijection mod 2^32;
 *  the FNV prime's value, chosen for its spread, not for FNV). */
const ROLL = 0x01000193;
const FNV_PRIME = 0x01000193;
const SEED_CHAR = 0x811c9dc5;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x7f4a7c15;
const SEED_PREFIX = 0x2545f491;
const K4 = 0x5bd1e995;
const K5 = 0x1b873593;
/** Words longer than this also give their first PREFIX letters as a feature. */
export const PREFIX = 4;
/** Words longer than this also give their first PREFIX_LONG letters (a second, narrower stem:
 *  "bewertung"/"bewertet" share "bewert", "produktseite"/"produkt" share "produk" where "prod"
 *  also holds "produzieren"). On the held-out batches: recall at the budget .483 -> .489. */
export const PREFIX_LONG = 6;
const SEED_PREFIX_LONG = 0x2545f491 ^ 0x5555;

/** A 32-bit hash to a bucket: fold the high bits down, multiply, keep the top BUCKET_BITS bits
 *  (multiplicative hashing: every input bit reaches the index). */
function bucketOf(h: number, k: number): number {
  h ^= h >>> 15;
  return Math.imul(h, k) >>> SHIFT;
}
const GOLD = 0x9e3779b1;
/** Multiplier that spreads a word, prefix or bigram hash over the buckets (murmur3's first constant). */
const WORD_MIX = 0x85ebca6b;

/** Reused between calls: inference allocates nothing per sentence. */
let buffer = new Int32Array(8192);

/**
 * Bucket indices of a sentence's features (with repeats), in one pass over its code units (digits
 * folded to one symbol, runs of blanks to one space, one space of padding at both ends):
 *  - character 3-, 4- and 5-grams: polynomial rolling hashes of the n-grams ending at each unit;
 *  - word unigrams and bigrams;
 *  - word prefixes: the first PREFIX letters of a longer word, so inflections and cognates share a
 *    weight ("produktseite"/"produit"/"producto": "prod"; "bewertung"/"bewerten": "bewe").
 * Returns how many were written to the shared buffer (`featureBuffer()`); valid until the next call.
 */
export function extract(text: string, start: number, end: number): number {
  // at most 3 character n-grams per unit and 4 word features per word (2 units at least, with its blank)
  const need = (end - start + 2) * 5 + 8;
  if (buffer.length < need) buffer = new Int32Array(need * 2);
  const buf = buffer;
  let n = 0;
  let count = 0;
  let last = -1;
  // hashes of the 1- to 4-grams ending at the previous unit
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let p4 = 0;
  let inWord = false;
  let h = 0;
  let prefix = 0;
  let prefixLong = 0;
  let length = 0;
  let prev = 0;
  for (let i = start - 1; i <= end; i++) {
    // (a stand-in of the copy as the character it stands for, "€" or "–": the weights were learned on those)
    let c = i < start || i === end ? 32 : typedUnit(text.charCodeAt(i));
    if (c >= 48 && c <= 57) {
      // a run of digits is one symbol: "20 %" and "15 %", "3 days" and "14 days" share their n-grams
      if (last === 48) continue;
      c = 48;
    } else if (isBlank(c)) {
      if (last === 32) continue;
      c = 32;
    }
    last = c;
    const q5 = (Math.imul(p4, ROLL) + c) | 0;
    const q4 = (Math.imul(p3, ROLL) + c) | 0;
    const q3 = (Math.imul(p2, ROLL) + c) | 0;
    p2 = (Math.imul(p1, ROLL) + c) | 0;
    p1 = (SEED_CHAR + c) | 0;
    p3 = q3;
    p4 = q4;
    count++;
    if (count >= 3) buf[n++] = bucketOf(q3, GOLD);
    if (count >= 4) buf[n++] = bucketOf(q4 ^ K4, GOLD);
    if (count >= 5) buf[n++] = bucketOf(q5 ^ K5, GOLD);
    if (c !== 32 && isWordChar(c)) {
      if (!inWord) {
        h = SEED_WORD;
        length = 0;
        inWord = true;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      if (++length === PREFIX) prefix = h;
      else if (length === PREFIX_LONG) prefixLong = h;
    } else if (inWord) {
      inWord = false;
      buf[n++] = bucketOf(h, WORD_MIX);
      if (length > PREFIX) buf[n++] = bucketOf(prefix ^ SEED_PREFIX, WORD_MIX);
      if (length > PREFIX_LONG) buf[n++] = bucketOf(prefixLong ^ SEED_PREFIX_LONG, WORD_MIX);
      if (prev !== 0) buf[n++] = bucketOf(Math.imul(prev ^ SEED_BIGRAM, FNV_PRIME) ^ h, WORD_MIX);
      prev = h | 1;
    }
  }
  return n;
}

export function featureBuffer(): Int32Array {
  return buffer;
}
