// Which phrase lexicons run over which part of the text. Each lexicon costs a pass over the text it
// is given, so a long text runs only the languages it is written in, and a text that switches
// language (a German reply quoting an English buyer, a six-language footer) gives each language's
// lexicon only its own sentences: the cost follows the text, not text x languages.
import { runUnspacedList } from './detectors/unspaced-entries';
import { cueIn, entriesIn, runList, type Cue, type CueHits, type Ranges, type TextEntries } from './detectors/entry-index';
import { compiledUniversal, findAll, type ListName, type Match } from './detectors/lexical';
import { FUNCTION_WORDS, LANGUAGES, SPACED_LANGUAGES, isSpaced, type DetectionLanguage, type SpacedLanguage } from './languages';
import { oneByte } from './normalize';

const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]+/g;
/** Japanese script: kana, kanji, half-width katakana. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const CONTENT = /[^\s.!?。！？]/;

/** Spaced languages, in the order of their function-word counts per sentence. */
const LATIN: readonly SpacedLanguage[] = SPACED_LANGUAGES;
const WORD_LANGUAGES = new Map<string, number>();
LATIN.forEach((lang, bit) => {
  for (const word of FUNCTION_WORDS[lang]) WORD_LANGUAGES.set(word, (WORD_LANGUAGES.get(word) ?? 0) | (1 << bit));
});
/** A function word is counted where it is a whole word: not after or before a letter of
 *  [a-z\u00c0-\u024f] (once the regexp (?<![a-z\u00c0-\u024f])(?:the|and|…)(?![a-z\u00c0-\u024f])).
 *  Every function word is made of those letters only (a test holds it so), so a counted word is
 *  exactly a whole run of them that is a function word: sentences() walks the runs and looks each
 *  short one up in WORD_TABLE (an integer hash of its units, no string or match array per word). */
const isWordLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
export const FUNCTION_WORDS_ARE_RUNS = [...WORD_LANGUAGES.keys()].every((word) => [...word].every((ch) => ch.length === 1 && isWordLetter(ch.charCodeAt(0))));
const LONGEST_WORD = Math.max(...[...WORD_LANGUAGES.keys()].map((word) => word.length));
const WORD_TABLE_MASK = 1023;
/** Open addressing by the run's hash: slots[at] - 1 is where the word is in chars (its length, then
 *  its units), masks[at] its languages. */
const WORD_TABLE = (() => {
  const slots = new Int32Array(WORD_TABLE_MASK + 1);
  const masks = new Int32Array(WORD_TABLE_MASK + 1);
  const chars: number[] = [];
  // at most half full, so a probe meets an empty slot soon (and the fill below cannot loop forever)
  if (WORD_LANGUAGES.size * 2 > WORD_TABLE_MASK + 1) throw new Error('phrase scope: too many function words for WORD_TABLE');
  for (const [word, mask] of WORD_LANGUAGES) {
    let h = 0;
    for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
    let at = h & WORD_TABLE_MASK;
    while (slots[at] !== 0) at = (at + 1) & WORD_TABLE_MASK;
    slots[at] = chars.length + 1;
    masks[at] = mask;
    chars.push(word.length, ...Array.from(word, (ch) => ch.charCodeAt(0)));
  }
  return { slots, masks, chars: Int32Array.from(chars) };
})();
/** Sentence ends: . ! ? before a blank (not 19.99, v2.0.3, shop.com), CJK stops, line breaks. A run of
 *  . ! ? is tried from its first character only (the lookbehind): tried from every character, a long
 *  run with no blank after it ("……" folds to dots) rescanned to its end each time, O(n²). */
const SENTENCE_END = /(?<![.!?])[.!?]+(?=\s)|[。！？\n]+/g;

/** Below this length every enabled language runs over everything: too few words to tell, and cheap. */
const LANGUAGE_GUESS_MIN_LENGTH = 240;
/** A sentence is attributed to its languages only with this many function words of the strongest. */
const SENTENCE_HITS = 2;

export interface PhraseScope {
  /** the languages whose lexicons run somewhere in the text */
  readonly languages: readonly DetectionLanguage[];
  /** all matches of a list, in text order */
  run(list: ListName): Match[];
  /** The text with every sentence the language does not run over blanked to spaces (same length and
   *  offsets), or '' when the language runs nowhere: a detector written for one language reads only
   *  that language's sentences of a mixed text. */
  only(lang: DetectionLanguage): string;
  /** The same for a group of languages read by one detector (es/fr/it/pt): their sentences together. */
  onlyAny(langs: readonly DetectionLanguage[]): string;
  /** Where a detector's cue can match in the text (read in the lexicons' one pass over its words). */
  cue(c: Cue): CueHits;
}

/** `text` with everything outside `ranges` turned to spaces (offsets kept). */
function blankOutside(text: string, ranges: readonly (readonly [number, number])[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) pieces.push(' '.repeat(from - at));
    pieces.push(text.slice(from, to));
    at = to;
  }
  if (at < text.length) pieces.push(' '.repeat(text.length - at));
  // (one byte per character where it can be: the detectors' patterns compile far smaller for it - oneByte)
  const joined = pieces.join('');
  return oneByte(joined);
}

/** Sentences as parallel arrays (a 1 MB paste has tens of thousands: no object per sentence). */
interface Sentences {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** function-word hits, LATIN.length per sentence */
  hits: Uint16Array;
  cjk: Uint8Array;
}

function sentences(text: string): Sentences {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    starts.push(start);
    start = m.index + m[0].length;
    ends.push(start);
  }
  if (start < text.length) {
    starts.push(start);
    ends.push(text.length);
  }
  const count = starts.length;
  const out: Sentences = { count, starts: Int32Array.from(starts), ends: Int32Array.from(ends), hits: new Uint16Array(count * LATIN.length), cjk: new Uint8Array(count) };
  let i = 0;
  const { slots, chars, masks } = WORD_TABLE;
  const n = text.length;
  for (let p = 0; p < n; p++) {
    let c = text.charCodeAt(p);
    if (!isWordLetter(c)) continue;
    // a whole run of the letters, hashed as it is read; looked up when no longer than a word
    let end = p;
    let h = 0;
    do {
      h = (Math.imul(h, 31) + c) | 0;
      end += 1;
      c = end < n ? text.charCodeAt(end) : 0;
    } while (isWordLetter(c));
    const length = end - p;
    if (length <= LONGEST_WORD) {
      for (let at = h & WORD_TABLE_MASK; slots[at] !== 0; at = (at + 1) & WORD_TABLE_MASK) {
        const from = slots[at]! - 1;
        if (chars[from] !== length) continue;
        let k = 0;
        while (k < length && chars[from + 1 + k] === text.charCodeAt(p + k)) k += 1;
        if (k < length) continue;
        while (out.ends[i]! <= p) i += 1;
        const mask = masks[at]!;
        for (let bit = 0; bit < LATIN.length; bit++) if (mask & (1 << bit)) out.hits[i * LATIN.length + bit]! += 1;
        break;
      }
    }
    p = end;
  }
  i = 0;
  CJK_RUN.lastIndex = 0;
  for (let m = CJK_RUN.exec(text); m; m = CJK_RUN.exec(text)) {
    while (out.ends[i]! <= m.index) i += 1;
    out.cjk[i] = 1;
  }
  return out;
}

/** Between two windows of a view: stops most phrase gaps do not cross (they exclude . and 。); the
 *  few that cross anything ([^]{0,100}) are caught by scanView. */
const WINDOW_BREAK = '\n。.\n';
/** The same for a spaced language's view, with U+0081 (a Latin-1 control no pattern names, unused even by
 *  Windows-1252) where "。" was: its lexicons name "。" only in gaps that also stop at the "\n" before it, so
 *  they read both breaks alike, and a view of Latin-1 sentences stays a one-byte string (oneByte), which
 *  its entries search with their one-byte code (the "。" made every such view two-byte). */
const LATIN_WINDOW_BREAK = '\n\x81.\n';

/** A language's sentences joined into one text, with the way back to the full text's offsets. */
interface View {
  text: string;
  /** the language's sentences in the full text, merged (sorted, disjoint) */
  ranges: readonly [number, number][];
  /** per window: where it starts in the view, where in the full text, its length */
  windows: { at: number; from: number; length: number }[];
}

function buildView(text: string, ranges: readonly [number, number][], windowBreak: string): View {
  const pieces: string[] = [];
  const windows: View['windows'] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (pieces.length) {
      pieces.push(windowBreak);
      at += windowBreak.length;
    }
    pieces.push(text.slice(from, to));
    windows.push({ at, from, length: to - from });
    at += to - from;
  }
  const joined = pieces.join('');
  return { text: oneByte(joined), ranges, windows };
}

/**
 * Matches of the regexes in a view, as offsets into the full text. A match may not run from one window
 * into the next (the sentences between them were left out, so the phrase is not in the text as
 * written): it is dropped, its own window is searched again on its own, and the scan goes on at the
 * next window.
 */
function scanView(res: readonly RegExp[], view: View): Match[] {
  const out: Match[] = [];
  const { text, windows } = view;
  for (const re of res) {
    let w = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0].length) {
        re.lastIndex += 1;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      while (w + 1 < windows.length && windows[w + 1]!.at <= start) w += 1;
      const win = windows[w]!;
      if (end <= win.at + win.length) {
        out.push({ start: win.from + (start - win.at), end: win.from + (end - win.at) });
        continue;
      }
      const resumeAt = w + 1 < windows.length ? windows[w + 1]!.at : text.length;
      const alone = text.slice(win.at, win.at + win.length);
      for (const inner of findAll([re], alone)) {
        if (inner.start + win.at >= start) out.push({ start: win.from + inner.start, end: win.from + inner.end });
      }
      re.lastIndex = resumeAt;
    }
  }
  if (res.length > 1) out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** How a language's lexicon reads the text: its sentence ranges (null: all of it), and a search of
 *  regexes over them. */
interface LanguageScan {
  ranges: Ranges;
  scan(res: readonly RegExp[]): Match[];
}

/** Matches of each language's entries (plus the universal entries once), merged in text order:
 *  spaced languages run only the entries the text wakes (detectors/entry-index.ts), each alone;
 *  Japanese runs the entries its text's character pairs wake, each alone (detectors/unspaced-entries.ts). Never one regex over a language set: a second family of
 *  compiled lexicons would double V8's regexp code (see cutCopies in detectors/lexical.ts). */
function runLanguages(list: ListName, languages: readonly DetectionLanguage[], text: string, found: () => TextEntries, scanOf: (lang: DetectionLanguage) => LanguageScan): Match[] {
  const out: Match[] = findAll(compiledUniversal(list), text);
  for (const lang of languages) {
    const { ranges, scan } = scanOf(lang);
    if (isSpaced(lang)) {
      for (const m of runList(found(), lang, list, text, ranges, (re) => scan([re]))) out.push({ start: m.start, end: m.end, lang, entry: m.entry });
      continue;
    }
    for (const m of runUnspacedList(lang, list, text, (re) => scan([re]))) out.push({ start: m.start, end: m.end, lang, entry: m.entry });
  }
  // languages and entries share words and may overlap: keep the longest at a start (the first
  // entry in list order among equals: the sort is stable)
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of out) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

/** The entries a text wakes, found once per scope on first use. */
function lazyEntries(text: string): () => TextEntries {
  let found: TextEntries | null = null;
  return () => (found ??= entriesIn(text));
}

function wholeText(text: string, languages: readonly DetectionLanguage[]): PhraseScope {
  const found = lazyEntries(text);
  const whole: LanguageScan = { ranges: null, scan: (res) => findAll(res, text) };
  return {
    languages,
    run: (list) => runLanguages(list, languages, text, found, () => whole),
    only: (lang) => (languages.includes(lang) ? text : ''),
    onlyAny: (langs) => (langs.some((lang) => languages.includes(lang)) ? text : ''),
    cue: (c) => cueIn(found(), c, text),
  };
}

/** One bit per language, at its index in LANGUAGES, held in a Uint32Array per sentence. JavaScript's
 *  bit operators work on signed 32-bit integers, so 31 languages fit; a test fails before a
 *  language could fall off the mask (a byte mask once silently dropped the eighth). */
export const MASK_CAPACITY = 31;
const MaskArray = Uint32Array;
export const bitOf = (lang: DetectionLanguage): number => 1 << LANGUAGES.indexOf(lang);
/** Every language's bit: what a sentence with no phrase of its own joins. */
export const ALL_BITS = LANGUAGES.reduce((bits, lang) => bits | bitOf(lang), 0);
/** Does the per-sentence mask store keep every language's bit? (for the test) */
export const maskHoldsAll = (): boolean => LANGUAGES.length <= MASK_CAPACITY && MaskArray.of(ALL_BITS)[0] === ALL_BITS && LANGUAGES.every((l) => (MaskArray.of(ALL_BITS)[0]! & bitOf(l)) !== 0);
/** Language bit of the k-th spaced language (function-word counts are in LATIN order). */
const LATIN_BITS = LATIN.map(bitOf);
const UNSPACED_BITS = LANGUAGES.filter((l) => !isSpaced(l)).reduce((bits, lang) => bits | bitOf(lang), 0);

export function phraseScope(text: string, wanted: readonly DetectionLanguage[]): PhraseScope {
  if (text.length < LANGUAGE_GUESS_MIN_LENGTH) return wholeText(text, CJK.test(text) ? wanted : wanted.filter(isSpaced));

  const parts = sentences(text);
  const n = LATIN.length;
  let latinWanted = 0;
  for (const lang of wanted) if (isSpaced(lang)) latinWanted |= bitOf(lang);
  let unspacedWanted = 0;
  for (const lang of wanted) if (!isSpaced(lang)) unspacedWanted |= bitOf(lang);
  // per sentence: its own languages when it shows them clearly, else every wanted one (a short
  // French line in a German text has no French function words to show, and must still be checked)
  const masks = new MaskArray(parts.count);
  let union = 0;
  let intersection = ALL_BITS;
  for (let i = 0; i < parts.count; i++) {
    let best = 0;
    let own = 0;
    for (let k = 0; k < n; k++) {
      const h = parts.hits[i * n + k]!;
      if (h > best) best = h;
      if (h > 0) own |= LATIN_BITS[k]!;
    }
    own &= latinWanted;
    const cjk = parts.cjk[i] === 1;
    // nothing but blanks and stops (a line break after "!") holds no phrase of its own, but joins its
    // neighbours: a phrase may run on across it, so it must not split a language's window
    if (!best && !cjk && !CONTENT.test(text.slice(parts.starts[i]!, parts.ends[i]!))) {
      masks[i] = ALL_BITS;
      continue;
    }
    // a Japanese sentence without Latin function words needs no Latin lexicon (its own has LINE, WhatsApp…)
    let mask = cjk && best === 0 ? 0 : best >= SENTENCE_HITS && own ? own : latinWanted;
    if (cjk) mask |= unspacedWanted & UNSPACED_BITS;
    masks[i] = mask;
    union |= mask;
    intersection &= mask;
  }
  const languages = wanted.filter((lang) => union & bitOf(lang));
  // one language, or every sentence runs every language: one pass over the whole text is cheaper
  if (languages.length <= 1 || languages.every((lang) => intersection & bitOf(lang))) return wholeText(text, languages);

  /** a language's sentence ranges (merged), or null when every sentence runs it */
  const rangesOf = (lang: DetectionLanguage): [number, number][] | null => {
    const bit = bitOf(lang);
    if (intersection & bit) return null;
    const ranges: [number, number][] = [];
    for (let i = 0; i < parts.count; i++) {
      if (!(masks[i]! & bit)) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === parts.starts[i]) last[1] = parts.ends[i]!;
      else ranges.push([parts.starts[i]!, parts.ends[i]!]);
    }
    return ranges;
  };

  // the view (the language's sentences joined) is built on the first search that needs it: spaced
  // languages run most entries anchored inside the ranges and never search a view
  const scans = new Map<DetectionLanguage, LanguageScan>();
  const scanOf = (lang: DetectionLanguage): LanguageScan => {
    let scan = scans.get(lang);
    if (!scan) {
      const ranges = rangesOf(lang);
      if (ranges) {
        let view: View | null = null;
        scan = { ranges, scan: (res) => scanView(res, (view ??= buildView(text, ranges, isSpaced(lang) ? LATIN_WINDOW_BREAK : WINDOW_BREAK))) };
      } else scan = { ranges: null, scan: (res) => findAll(res, text) };
      scans.set(lang, scan);
    }
    return scan;
  };
  const found = lazyEntries(text);
  const onlyAny = (langs: readonly DetectionLanguage[]): string => {
    const present = langs.filter((lang) => languages.includes(lang));
    if (!present.length) return '';
    const all: (readonly [number, number])[] = [];
    for (const lang of present) {
      const { ranges } = scanOf(lang);
      if (!ranges) return text;
      all.push(...ranges);
    }
    // merged: a sentence several of the languages read is kept once
    all.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of all) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    return blankOutside(text, merged);
  };
  return { languages, run: (list) => runLanguages(list, languages, text, found, scanOf), only: (lang) => onlyAny([lang]), onlyAny, cue: (c) => cueIn(found(), c, text) };
}
