// \p{L} made cheap for V8. On a two-byte subject (any Japanese, emoji, curly quote or euro sign in the
// text) irregexp emits a search over all ~650 letter ranges for every \p{L} in a pattern and every copy
// a bounded quantifier unrolls: the detectors' largest patterns compiled to 1-2.5 MB of native code
// each, 15 MB for one Japanese message (measured with v8.getHeapCodeStatistics, scripts in the notes).
// Past 16 MB of executable memory V8 compiles every later regexp without optimisation. The same
// letters restricted to the scripts buyers and sellers write here (Latin, Greek, Cyrillic, kana, CJK,
// Hangul, fullwidth forms; BMP only) are 58 ranges. Letters of other scripts (Arabic, Thai, Devanagari,
// CJK extension B ...) are no longer letters to these patterns: none stands next to a word they look for.
// (Astral ranges were tried: their surrogate-pair code made the one-byte English compile 0.7 MB larger.)
import { eachToken } from './regex-tokens';
import { slimSource } from './regex-slim';

/** Exactly the \p{L} code points of the covered blocks. JS escapes here (an editor's NFC cannot touch them), literal
 *  characters in the string and the pattern: a fifth of the source \u escapes in the pattern would take (V8 never
 *  optimises a pattern source over 20,000 characters). compact-letters.test.ts checks it. */
export const COMPACT_LETTER_RANGES =
  'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0370-\u0374\u0376\u0377\u037a-\u037d\u037f\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03f5\u03f7-\u0481\u048a-\u052f\u1e00-\u1f15\u1f18-\u1f1d\u1f20-\u1f45\u1f48-\u1f4d\u1f50-\u1f57\u1f59\u1f5b\u1f5d\u1f5f-\u1f7d\u1f80-\u1fb4\u1fb6-\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6-\u1fcc\u1fd0-\u1fd3\u1fd6-\u1fdb\u1fe0-\u1fec\u1ff2-\u1ff4\u1ff6-\u1ffc\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufa6d\ufa70-\ufad9\uff21-\uff3a\uff41-\uff5a\uff66-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc';

/** The blocks COMPACT_LETTER_RANGES covers, [first, last] code point. */
export const COMPACT_LETTER_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0, 0x52f], [0x1e00, 0x1fff], [0x3040, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xac00, 0xd7af], [0xf900, 0xfaff], [0xff00, 0xffef],
];

/** A 'u'-flag source with each \p{L} (alone or in a class) as the compact ranges. */
export function compactLetters(source: string): string {
  let out = '';
  eachToken(source, (text, _start, inClass) => {
    out += text !== '\\p{L}' ? text : inClass ? COMPACT_LETTER_RANGES : `[${COMPACT_LETTER_RANGES}]`;
  });
  return out;
}

/** Each compact pattern's source as written. */
const WRITTEN = new WeakMap<RegExp, string>();

/** new RegExp with compact letters (for 'u' sources: \p{L} needs the flag anyway). */
export function compactRegExp(source: string, flags?: string): RegExp {
  const pattern = new RegExp(slimSource(source.includes('\\p{L}') ? compactLetters(source) : source), flags);
  WRITTEN.set(pattern, source);
  return pattern;
}

/** A pattern's source as written (\p{L} and all), for the code that rewrites a pattern's text (loose copies without
 *  their word-start look-behinds, cue sources): it looks for the written forms. */
export const writtenSource = (pattern: RegExp): string => WRITTEN.get(pattern) ?? pattern.source;

/** A regex literal's compact copy: `compact(/(?<![\p{L}])shop/u)`. A literal's code is compiled on first use, so
 *  the discarded original costs only its parse. */
export const compact = (pattern: RegExp): RegExp => compactRegExp(pattern.source, pattern.flags);
