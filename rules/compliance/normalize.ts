// A detection copy of the text with a map back to the original.
// Detection runs on a lowercased, NFKC-folded copy with zero-width characters removed and
// look-alike letters folded to Latin; every UTF-16 unit of the copy remembers which original
// code point produced it, so findings always point into the text exactly as typed.
import { respellings, type Respelling } from './accents';
import { voiceRespellings } from './seller-voice';

export interface Normalized {
  /** The detection copy. */
  text: string;
  /** Segments of the copy, ascending by where they start in it: an identity run maps unit k to
   *  original index `orig + (k - at)`; a folded piece maps all its units to one original code point. */
  segments: Segment[];
  /** Length of the original text. */
  originalLength: number;
}

interface Segment {
  /** index in the copy where the segment starts */
  at: number;
  /** index in the original text */
  orig: number;
  /** 0 for an identity run (one unit per original unit), else the width of the folded code point */
  width: number;
}

/** Stripped from the copy: every Default_Ignorable_Code_Point (zero-width and bidi controls, soft
 *  hyphen, variation selectors, tag characters, Hangul fillers, U+FFF0-FFF8 ...), plus characters that
 *  are not in that set but are as invisible inside a word: Braille blank and the interlinear
 *  annotation controls. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const EXTRA_INVISIBLE: ReadonlySet<number> = new Set([0x2800, 0xfff9, 0xfffa, 0xfffb]);
function isInvisible(cp: number): boolean {
  return EXTRA_INVISIBLE.has(cp) || IGNORABLE.test(String.fromCodePoint(cp));
}
// Half-width katakana voicing marks (ﾞ ﾟ) are letters, not marks, but NFKC turns them into combining
// ones: folded with the kana before them, "ﾋﾞ" composes to "ビ" as the full-width word is written.
const MARK = /\p{M}|[\uFF9E\uFF9F]/u;
const DECIMAL_DIGIT = /\p{Nd}/u;

/** Look-alike letters (after lowercasing) folded to Latin: the usual homoglyph tricks in domains. */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g', ӏ: 'l',
  // Greek
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x', ε: 'e', ϲ: 'c',
  // Latin small capitals and other letters NFKC leaves alone (IPA, dotless i/j, Armenian, Lisu)
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  ı: 'i', ȷ: 'j', ɑ: 'a', ɩ: 'i', ℮: 'e', օ: 'o', ս: 'u', հ: 'h', ո: 'n',
  ꓮ: 'a', ꓐ: 'b', ꓚ: 'c', ꓓ: 'd', ꓰ: 'e', ꓝ: 'f', ꓖ: 'g', ꓧ: 'h', ꓲ: 'i', ꓙ: 'j', ꓗ: 'k', ꓡ: 'l',
  ꓟ: 'm', ꓠ: 'n', ꓳ: 'o', ꓑ: 'p', ꓣ: 'r', ꓢ: 's', ꓔ: 't', ꓴ: 'u', ꓦ: 'v', ꓪ: 'w', ꓫ: 'x', ꓬ: 'y', ꓜ: 'z',
  // Typographic punctuation folded so lexicons need one spelling
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u00B4': "'", '\u2032': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-',
};

/** Letters NFKC leaves alone that are drawn as Latin capitals: negative circled and negative
 *  squared A-Z (U+1F150.., U+1F170..). */
function enclosedLetter(cp: number): string | undefined {
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(0x61 + cp - 0x1f150);
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(0x61 + cp - 0x1f170);
  return undefined;
}

/** A decimal digit of any script as its ASCII digit. Unicode encodes every decimal digit set as a
 *  run of ten (0..9) and adjacent sets start at a zero, so the value is the distance from the run's
 *  start modulo ten. NFKC already folds full-width and mathematical digits; this reaches the rest
 *  (Arabic-Indic, Devanagari, Bengali, Thai ...). */
function digitValue(cp: number): string {
  let zero = cp;
  while (zero > 0 && cp - zero < 100 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

/** ASCII characters a combining mark can be drawn on (not blanks or controls). */
function isAsciiGraphic(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}

/** Folds a piece of text (a code point, or a base with its combining marks): NFKC, lowercase, the
 *  look-alike tables, and no combining mark left on an ASCII character. NFKC composes every accented
 *  letter the six languages write (é, ü, ñ, が), so a mark still there after it is decoration on a
 *  letter no language here writes that way ("s̸h̸o̸p̸.com", "i" + U+0307 from "İ"): the mark goes, and
 *  so does an accent composed onto an ASCII letter under it ("ś" + U+0316 -> "s"). */
function foldText(text: string): string {
  let out = '';
  /** where the last character that is not a mark starts in `out` (-1: none yet) */
  let baseAt = -1;
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const cp = ch.codePointAt(0)!;
    if (isInvisible(cp)) continue;
    if (MARK.test(ch) && baseAt >= 0) {
      const base = out.slice(baseAt);
      if (isAsciiGraphic(base.charCodeAt(base.length - 1))) continue;
      const bare = base.normalize('NFD').charCodeAt(0);
      if (base.length === 1 && isAsciiGraphic(bare)) {
        out = out.slice(0, baseAt) + String.fromCharCode(bare);
        continue;
      }
      out += ch;
      continue;
    }
    let folded = HOMOGLYPHS[ch] ?? enclosedLetter(cp) ?? ch;
    if (cp >= 0x80 && folded === ch && DECIMAL_DIGIT.test(ch)) folded = digitValue(cp);
    baseAt = out.length;
    out += folded;
  }
  return out;
}

/** Folded form of each non-ASCII code point seen so far: NFKC + lowercase + homoglyphs is costly
 *  per call, and real text repeats the same few accented letters. */
const FOLD_CACHE = new Map<number, string>();

function fold(cp: number, ch: string): string {
  let folded = FOLD_CACHE.get(cp);
  if (folded === undefined) {
    if (isInvisible(cp)) folded = '';
    else {
      folded = foldText(ch);
      // NFKC can yield nothing (rare): keep the code point so offsets stay meaningful.
      if (!folded.length) folded = ch;
    }
    if (FOLD_CACHE.size < 4096) FOLD_CACHE.set(cp, folded);
  }
  return folded;
}

/** Folded form of each base-plus-marks sequence seen so far (Hindi, Thai or Arabic text repeats them). */
const CLUSTER_CACHE = new Map<string, string>();

function foldCluster(cluster: string): string {
  let folded = CLUSTER_CACHE.get(cluster);
  if (folded === undefined) {
    folded = foldText(cluster);
    if (!folded.length) folded = cluster;
    if (CLUSTER_CACHE.size < 4096) CLUSTER_CACHE.set(cluster, folded);
  }
  return folded;
}

/** Per BMP code unit: 0 not yet known, 1 folds to itself, 2 changes (or is half of a surrogate pair),
 *  3 a combining mark (folds with the character before it). */
const IDENTITY = new Uint8Array(65536);

function kindOf(c: number): number {
  let known = IDENTITY[c]!;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) known = 2;
    else if (MARK.test(ch) && !isInvisible(c)) known = 3;
    else known = fold(c, ch) === ch && ch.toLowerCase() === ch ? 1 : 2;
    IDENTITY[c] = known;
  }
  return known;
}

/** Astral code points seen so far: is each a (visible) combining mark? Emoji are astral and common. */
const ASTRAL_MARK = new Map<number, boolean>();

function isMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  if (c < 0xd800 || c > 0xdfff) return kindOf(c) === 3;
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return false;
  let mark = ASTRAL_MARK.get(cp);
  if (mark === undefined) {
    mark = MARK.test(String.fromCodePoint(cp)) && !isInvisible(cp);
    if (ASTRAL_MARK.size < 4096) ASTRAL_MARK.set(cp, mark);
  }
  return mark;
}

function isInvisibleAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xad || (c < 0xd800 && kindOf(c) === 1)) return false;
  const cp = text.codePointAt(i)!;
  return fold(cp, String.fromCodePoint(cp)) === '';
}

/** Longest base-plus-marks sequence: a longer one (hostile "Zalgo" text) is folded in pieces,
 *  which keeps NFKC's reordering of the marks bounded. */
const MAX_CLUSTER = 32;

/** End of the combining marks (and invisible characters between them) that follow index `from`,
 *  or `from` when no mark follows. */
function marksEnd(text: string, from: number): number {
  let end = from;
  let k = from;
  for (let count = 0; k < text.length && count < MAX_CLUSTER; count++) {
    const width = text.charCodeAt(k) >= 0xd800 && text.charCodeAt(k) <= 0xdbff && k + 1 < text.length ? 2 : 1;
    if (isMarkAt(text, k)) end = k + width;
    else if (!isInvisibleAt(text, k)) break;
    k += width;
  }
  return end;
}

export interface NormalizeOptions {
  /** the seller's own text: their "I", "me", "my" read as the shop's "we", "us", "our" (seller-voice.ts) */
  readonly sellerVoice?: boolean;
}

export function normalize(original: string, options: NormalizeOptions = {}): Normalized {
  const n = original.length;
  // Offsets are kept per segment, not per unit: a per-unit map of a 1 MB paste is two 4 MB typed
  // arrays per check, and allocating them dominated the cost (external-memory GCs, measured).
  const segments: Segment[] = [];
  const pieces: string[] = [];
  let len = 0;
  /** last unit of the copy so far: a mark with no base of its own joins it */
  let last = 0;
  /** a unit past Latin-1 was typed: the copy's pieces may be two-byte strings (see the end) */
  let wide = false;

  let i = 0;
  while (i < n) {
    // Run of ASCII and of code points that fold to themselves (most accented letters, kana, kanji):
    // lowercase in one call, identity offsets. A base with marks NFKC leaves as they are (Hindi,
    // Thai, Arabic vowel signs) stays in the run; any other base with marks is folded below.
    let j = i;
    while (j < n) {
      const c = original.charCodeAt(j);
      if (c === 0x60) break;
      if (c >= 0x80) {
        if (c > 0xff) wide = true;
        const kind = kindOf(c);
        if (kind === 3 && j > i) {
          const end = marksEnd(original, j);
          const cluster = original.slice(j - 1, end);
          if (!isAsciiGraphic(original.charCodeAt(j - 1)) && foldCluster(cluster) === cluster && cluster.toLowerCase() === cluster) {
            j = end;
            continue;
          }
          j -= 1; // the base goes with its marks
          break;
        }
        if (kind !== 1) break;
      }
      j++;
    }
    if (j > i) {
      segments.push({ at: len, orig: i, width: 0 });
      pieces.push(j - i === n ? original.toLowerCase() : original.slice(i, j).toLowerCase());
      len += j - i;
      last = original.charCodeAt(j - 1);
      i = j;
      if (i >= n) break;
    }
    const cp = original.codePointAt(i)!;
    if (cp > 0xff) wide = true;
    const width = cp > 0xffff ? 2 : 1;
    let folded: string;
    let end = i + width;
    if (isMarkAt(original, i)) {
      // a mark with no base of its own (after a cut-off cluster, an invisible, or at the start)
      folded = isAsciiGraphic(last) ? '' : fold(cp, original.slice(i, end));
    } else {
      folded = fold(cp, original.slice(i, end));
      const marks = folded === '' ? end : marksEnd(original, end); // an invisible carries no marks
      if (marks > end) folded = foldCluster(original.slice(i, marks));
      end = marks;
    }
    if (folded.length) {
      segments.push({ at: len, orig: i, width: end - i });
      pieces.push(folded);
      len += folded.length;
      last = folded.charCodeAt(folded.length - 1);
    }
    i = end;
  }
  const text = pieces.length === 1 ? pieces[0]! : pieces.join('');
  const norm: Normalized = { text, segments, originalLength: n };
  norm.text = foldSeparators(norm, original);
  // a copy of typed text with a wide character is a two-byte string even when the copy has none left (a
  // curly quote folded, "€" as its stand-in): as one-byte, the detectors that read the whole text (links,
  // phones, lexicons) run their one-byte code too (the respellings below keep it one-byte)
  if (wide) norm.text = oneByte(norm.text);
  let respelled = respellings(norm.text);
  if (options.sellerVoice) {
    const voice = voiceRespellings(norm.text, (k) => {
      const c = original.charAt(originalStart(norm, k));
      return c !== c.toLowerCase();
    });
    if (voice.length) respelled = merged(respelled, voice);
  }
  return respelled.length ? respell(norm, respelled) : norm;
}

/** Two ascending lists of respellings as one, the first list's kept where they overlap. */
function merged(a: readonly Respelling[], b: readonly Respelling[]): Respelling[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || (a.includes(x) ? -1 : 1));
  const out: Respelling[] = [];
  for (const r of all) if (!out.length || r.start >= out[out.length - 1]!.end) out.push(r);
  return out;
}

/**
 * The copy with words read in their accented spelling (accents.ts). A word of the same length is
 * replaced in place (its units map to the typed ones one for one); a shorter or longer one ("ueber"
 * -> "über") becomes one piece that maps to the whole typed word.
 */
function respell(norm: Normalized, respelled: readonly Respelling[]): Normalized {
  const { text: copy, segments: old } = norm;
  if (respelled.every((r) => r.word.length === r.end - r.start)) {
    let text = '';
    let from = 0;
    for (const r of respelled) {
      text += copy.slice(from, r.start) + r.word;
      from = r.end;
    }
    return { ...norm, text: text + copy.slice(from) };
  }
  const segments: Segment[] = [];
  const pieces: string[] = [];
  let length = 0;
  let index = 0;
  const keep = (from: number, to: number) => {
    if (from >= to) return;
    while (index + 1 < old.length && old[index + 1]!.at <= from) index++;
    for (let k = from, s = index; k < to; s++) {
      const seg = old[s]!;
      const segEnd = Math.min(to, s + 1 < old.length ? old[s + 1]!.at : copy.length);
      segments.push(seg.width === 0 ? { at: length, orig: seg.orig + (k - seg.at), width: 0 } : { at: length, orig: seg.orig, width: seg.width });
      length += segEnd - k;
      k = segEnd;
    }
    pieces.push(copy.slice(from, to));
  };
  let from = 0;
  for (const r of respelled) {
    keep(from, r.start);
    const orig = originalStart(norm, r.start);
    segments.push({ at: length, orig, width: originalEnd(norm, r.end - 1) - orig });
    pieces.push(r.word);
    length += r.word.length;
    from = r.end;
  }
  keep(from, copy.length);
  return { text: pieces.join(''), segments, originalLength: norm.originalLength };
}

/**
 * Dot and dash look-alikes, folded only where they join ASCII letters or digits, as in an address
 * or a phone number ("shop。com", "shop・com", "030–1234 5678", "090ー1234ー5678"): elsewhere they
 * are ordinary punctuation ("。" ends a Japanese sentence, "・" lists words, "ー" lengthens a
 * vowel, "·" is Catalan). A dot counts only before a lowercase letter or a digit as typed, so
 * "EN・DE・FR" in a Japanese product text stays a list. One unit for one unit: offsets are unchanged.
 */
const DOT_LIKE = '\u3002\u30fb\u00b7\u2022\u2219\u2027\u22c5\u2e31\u2e33\ua78f';
const DASH_LIKE = '\u2013\u2014\u2015\u2212\u2043\u2500\u2501\u30fc\u2e3a\u2e3b\ufe58';

/**
 * The few characters past Latin-1 that European replies type all the time, written in the copy as the
 * C1 control that Windows-1252 encodes each with (€ is byte 0x80 there, • 0x95, – 0x96, — 0x97). One
 * unit for one unit, so offsets are unchanged; and a sentence with a price in euros or a dash stays
 * Latin-1, which V8 stores one byte per character: every regexp then runs on the one-byte code it
 * compiles, several times smaller than the two-byte one (see oneByte). No pattern treats these four as
 * letters, digits or blanks, and a C1 control is none either, so only the patterns naming one of them
 * need its stand-in: the lexicons get it from inCopy (lexicon/index.ts), a detector's own pattern
 * names both ("[$€£¥\x80]"). Typed C1 controls are read as what Windows-1252 meant by them (a text
 * decoded as Latin-1 from a cp1252 file holds them). The learned layer reads each as typed (typedUnit).
 */
const STAND_INS: Readonly<Record<string, string>> = { '€': '\x80', '•': '\x95', '–': '\x96', '—': '\x97' };
const TYPED_AS = new Map<number, number>(Object.entries(STAND_INS).map(([typed, stand]) => [stand.charCodeAt(0), typed.charCodeAt(0)]));

/** A lexicon entry's regexp source as it runs on the copy: each of those characters as its stand-in
 *  (a literal for a literal, in a class or out of one). */
export function inCopy(source: string): string {
  return /[€•–—]/.test(source) ? source.replace(/[€•–—]/g, (c) => STAND_INS[c]!) : source;
}

/** A code unit of the copy as typed: a stand-in as its character (the learned layer's features were
 *  trained on the characters), any other unit as it is. */
export function typedUnit(c: number): number {
  return c >= 0x80 && c <= 0x9f ? (TYPED_AS.get(c) ?? c) : c;
}

/** Per code unit: 1 a dot look-alike, 2 a dash look-alike, 3 a character written as its stand-in.
 *  A walk over the copy reading this table replaced one regexp, (?<=[a-z0-9])[dots](?=[a-z0-9])|(?<=[0-9])[dashes](?=[0-9]), that tried its
 *  lookbehinds at every position (as costly as the rest of normalize on a 1 MB paste). */
const SEPARATOR_KIND = new Uint8Array(0x10000);
for (const ch of DOT_LIKE) SEPARATOR_KIND[ch.charCodeAt(0)] = 1;
for (const ch of DASH_LIKE) SEPARATOR_KIND[ch.charCodeAt(0)] = 2;
SEPARATOR_KIND[0x20ac] = 3; // € (•, – and — are look-alikes above: a stand-in where they separate nothing)
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
const isAlnumCode = (c: number) => isDigitCode(c) || (c >= 0x61 && c <= 0x7a);

/** The copy with its separators folded (a dot or dash look-alike between letters or digits), then every
 *  character that has a stand-in written as it. */
function foldSeparators(norm: Normalized, original: string): string {
  const text = norm.text;
  const n = text.length;
  let out = '';
  let from = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 0xb7) continue;
    const kind = SEPARATOR_KIND[c]!;
    if (kind === 0) continue;
    let to: string | undefined = STAND_INS[text[k]!];
    if (kind !== 3 && k > 0 && k + 1 < n) {
      const before = text.charCodeAt(k - 1);
      const after = text.charCodeAt(k + 1);
      if (kind === 1 ? isAlnumCode(before) && isAlnumCode(after) : isDigitCode(before) && isDigitCode(after)) {
        if (kind === 2) to = '-';
        else {
          const typed = original.charAt(originalStart(norm, k + 1));
          if (typed === typed.toLowerCase()) to = '.';
        }
      }
    }
    if (to === undefined) continue;
    out += text.slice(from, k) + to;
    from = k + 1;
  }
  return from ? out + text.slice(from) : text;
}

function segmentAt(norm: Normalized, k: number): Segment {
  const segs = norm.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.at <= k) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo]!;
}

/** Original index where the code point behind unit k of the copy starts (text length past the end). */
export function originalStart(norm: Normalized, k: number): number {
  if (k < 0 || k >= norm.text.length) return norm.originalLength;
  const s = segmentAt(norm, k);
  return s.width === 0 ? s.orig + (k - s.at) : s.orig;
}

/** Original index where the code point behind unit k of the copy ends. */
function originalEnd(norm: Normalized, k: number): number {
  const s = segmentAt(norm, k);
  return s.width === 0 ? s.orig + (k - s.at) + 1 : s.orig + s.width;
}

/** Maps a [start, end) span of the normalized copy to the original text. */
export function toOriginal(norm: Normalized, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = originalStart(norm, start);
    return [at, at];
  }
  return [originalStart(norm, start), originalEnd(norm, end - 1)];
}

/** Largest run of code units String.fromCharCode is handed at once (its arguments go on the stack). */
const COPY_CHUNK = 4096;
const scratchCodes: number[] = [];

/**
 * `s` itself, or, when every unit of it is Latin-1 (U+0000-U+00FF), an equal string that V8 stores one
 * byte per character. Same text, so every regexp finds the same matches in it; what changes is the code
 * V8 compiles: a regexp is compiled once per string width it meets, and for a two-byte string each
 * `\p{L}` of a 'u' pattern becomes ~8 KB of code (every letter of every script) where a one-byte string
 * needs the Latin-1 letters only. A slice of a text holding any wider character (Japanese, €, "–", an
 * emoji) is two-byte whatever it holds, so without this copy a mixed text compiled every detector's
 * pattern in full (measured: 16 MB of bytecode and 27 MB of native code over the checker bench, past
 * V8's limit, after which it stops optimising regexps). The copy costs one pass over the sentence.
 */
export function oneByte(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) > 0xff) return s;
  let out = '';
  for (let from = 0; from < n; from += COPY_CHUNK) {
    const to = Math.min(n, from + COPY_CHUNK);
    scratchCodes.length = to - from;
    for (let i = from; i < to; i++) scratchCodes[i - from] = s.charCodeAt(i);
    out += String.fromCharCode.apply(null, scratchCodes);
  }
  scratchCodes.length = 0;
  return out;
}

/** A sentence (or any slice) of `t` as a one-byte string when it can be one (see oneByte): the work is the
 *  slice's own length, never the whole text's (a check reads a 1 MB paste sentence by sentence). */
export function sliceOf(t: string, start: number, end: number): string {
  return oneByte(t.slice(start, end));
}
