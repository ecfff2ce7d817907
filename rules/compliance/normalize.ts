// A detection copy of the text with a map back to the original.
// Detection runs on a lowercased, NFKC-folded copy with zero-width characters removed and
// look-alike letters folded to Latin; every UTF-16 unit of the copy remembers which original
// code point produced it, so findings always point into the text exactly as typed.

export interface Normalized {
  /** The detection copy. */
  text: string;
  /** For each UTF-16 unit of `text`: start (inclusive) of the original code point it came from. */
  origStart: Int32Array;
  /** For each UTF-16 unit of `text`: end (exclusive) of the original code point it came from. */
  origEnd: Int32Array;
  /** Length of the original text. */
  originalLength: number;
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

export function normalize(original: string): Normalized {
  const n = original.length;
  let capacity = n + 16;
  let origStart = new Int32Array(capacity);
  let origEnd = new Int32Array(capacity);
  const pieces: string[] = [];
  let len = 0;

  const ensure = (extra: number) => {
    if (len + extra <= capacity) return;
    capacity = Math.max(capacity * 2, len + extra + 16);
    const ns = new Int32Array(capacity);
    ns.set(origStart.subarray(0, len));
    origStart = ns;
    const ne = new Int32Array(capacity);
    ne.set(origEnd.subarray(0, len));
    origEnd = ne;
  };

  let i = 0;
  while (i < n) {
    // ASCII run: lowercase in one call, identity offsets
    let j = i;
    while (j < n) {
      const c = original.charCodeAt(j);
      if (c >= 0x80 || c === 0x60) break;
      j++;
    }
    if (j > i) {
      ensure(j - i);
      pieces.push(original.slice(i, j).toLowerCase());
      for (let k = i; k < j; k++) {
        origStart[len] = k;
        origEnd[len] = k + 1;
        len++;
      }
      i = j;
      if (i >= n) break;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = fold(cp, width === 1 ? original[i]! : original.slice(i, i + 2));
    if (folded.length) {
      ensure(folded.length);
      pieces.push(folded);
      for (let k = 0; k < folded.length; k++) {
        origStart[len] = i;
        origEnd[len] = i + width;
        len++;
      }
    }
    i += width;
  }
  return { text: pieces.join(''), origStart: origStart.subarray(0, len), origEnd: origEnd.subarray(0, len), originalLength: n };
}

/** Maps a [start, end) span of the normalized copy to the original text. */
export function toOriginal(norm: Normalized, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < norm.text.length ? norm.origStart[start]! : norm.originalLength;
    return [at, at];
  }
  return [norm.origStart[start]!, norm.origEnd[end - 1]!];
}
