// A detection copy of the text with a map back to the original.
// Detection runs on a lowercased, NFKC-folded copy with zero-width characters removed and
// look-alike letters folded to Latin; every UTF-16 unit of the copy remembers which original
// code point produced it, so findings always point into the text exactly as typed.

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

/** Invisible characters used to split words so filters miss them (zero-width, soft hyphen, BOM, bidi marks). */
/** Ranges of invisible code points; checked numerically (a regex class of combining marks trips linters). */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0],
];
function isInvisible(cp: number): boolean {
  return INVISIBLE_RANGES.some(([a, b]) => cp >= a && cp <= b);
}

/** Look-alike letters (after lowercasing) folded to Latin: the usual homoglyph tricks in domains. */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g', ӏ: 'l',
  // Greek
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x', ε: 'e', ϲ: 'c',
  // Typographic punctuation folded so lexicons need one spelling
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u00B4': "'", '\u2032': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-',
};

/** Folded form of each non-ASCII code point seen so far: NFKC + lowercase + homoglyphs is costly
 *  per call, and real text repeats the same few accented letters. */
const FOLD_CACHE = new Map<number, string>();

function fold(cp: number, ch: string): string {
  let folded = FOLD_CACHE.get(cp);
  if (folded === undefined) {
    if (isInvisible(cp)) folded = '';
    else {
      folded = ch.normalize('NFKC').toLowerCase();
      const glyph = HOMOGLYPHS[folded];
      if (glyph !== undefined) folded = glyph;
      // NFKC can yield nothing (rare): keep the code point so offsets stay meaningful.
      if (!folded.length) folded = ch;
    }
    if (FOLD_CACHE.size < 4096) FOLD_CACHE.set(cp, folded);
  }
  return folded;
}

/** Per BMP code unit: 0 not yet known, 1 folds to itself, 2 changes (or is half of a surrogate pair). */
const IDENTITY = new Uint8Array(65536);

function foldsToItself(c: number): boolean {
  let known = IDENTITY[c]!;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    known = c < 0xd800 || c > 0xdfff ? (fold(c, ch) === ch && ch.toLowerCase() === ch ? 1 : 2) : 2;
    IDENTITY[c] = known;
  }
  return known === 1;
}

export function normalize(original: string): Normalized {
  const n = original.length;
  // Offsets are kept per segment, not per unit: a per-unit map of a 1 MB paste is two 4 MB typed
  // arrays per check, and allocating them dominated the cost (external-memory GCs, measured).
  const segments: Segment[] = [];
  const pieces: string[] = [];
  let len = 0;

  let i = 0;
  while (i < n) {
    // Run of ASCII and of code points that fold to themselves (most accented letters, kana, kanji):
    // lowercase in one call, identity offsets.
    let j = i;
    while (j < n) {
      const c = original.charCodeAt(j);
      if (c === 0x60) break;
      if (c >= 0x80 && !foldsToItself(c)) break;
      j++;
    }
    if (j > i) {
      segments.push({ at: len, orig: i, width: 0 });
      pieces.push(j - i === n ? original.toLowerCase() : original.slice(i, j).toLowerCase());
      len += j - i;
      i = j;
      if (i >= n) break;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = fold(cp, width === 1 ? original[i]! : original.slice(i, i + 2));
    if (folded.length) {
      segments.push({ at: len, orig: i, width });
      pieces.push(folded);
      len += folded.length;
    }
    i += width;
  }
  return { text: pieces.length === 1 ? pieces[0]! : pieces.join(''), segments, originalLength: n };
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
