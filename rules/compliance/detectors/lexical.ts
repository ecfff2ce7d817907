// Phrase rules: how a lexicon entry's source becomes a regular expression over the normalized copy.
// Spaced languages run each entry alone where the text wakes it (entry-index.ts); Japanese and the
// language-independent entries run as one alternation per list (compiled, compiledUniversal).
import { LEXICONS, UNIVERSAL, UNSPACED, type Lexicon, type LexiconItem } from '../lexicon';
import type { DetectionLanguage } from '../types';
import { eachToken } from './regex-tokens';
import { slimSource } from './regex-slim';
import { GuardedRegExp, splitGuard } from './guard-after';

export type ListName = keyof Lexicon;

const GAP6 = String.raw`\s+(?:[^\s.!?;]{1,30}\s+){0,6}`;
const GAP3 = String.raw`\s+(?:[^\s.!?;]{1,30}\s+){0,3}`;

/** Spaces inside a lookbehind become a bounded run: an unbounded \s+ read backwards from every
 *  position of a long run of blanks would make the scan quadratic. */
function boundLookbehindSpaces(source: string): string {
  let out = '';
  let depth = 0;
  const lookbehindDepths: number[] = [];
  let skip = -1;
  eachToken(source, (text, start, inClass) => {
    if (start === skip) return;
    if (!inClass && text === '(') {
      depth += 1;
      if (source.startsWith('(?<!', start) || source.startsWith('(?<=', start)) lookbehindDepths.push(depth);
    } else if (!inClass && text === ')') {
      if (lookbehindDepths[lookbehindDepths.length - 1] === depth) lookbehindDepths.pop();
      depth -= 1;
    } else if (!inClass && text === ' ' && lookbehindDepths.length) {
      // " ?" (an optional blank) stays optional: \s{1,4}? would be a lazy but required run
      const optional = source[start + 1] === '?';
      if (optional) skip = start + 1;
      out += optional ? String.raw`\s{0,4}` : String.raw`\s{1,4}`;
      return;
    }
    out += text;
  });
  return out;
}

/**
 * Smaller native code, same matches. Irregexp compiles the rest of a pattern once per way through
 * each optional or bounded group before it (up to ten copies), so entries like
 * "(?:leave|write) (?:us )?(?:a |your )?(?:[^\\s.!?]{1,20} ){0,2}(?:review|feedback)" blow up: a zero-width
 * "(?=)" after each such group stops the copying without changing what matches (measured with
 * node --print-regexp-code: all six lexicons 8.3 MB -> 6.5 MB of code). It matters beyond memory:
 * once V8's executable memory passes 16 MB it compiles every later regexp without optimisation
 * (scripts/bench/checker.ts went from 0.11 to 0.9 ms per 2,000 English characters). The head of an
 * entry (up to its first top-level space) is left alone so the first-character dispatch stays fast.
 * Japanese entries are short and left as written.
 */
export function cutCopies(source: string): string {
  let out = '';
  let depth = 0;
  let pastHead = false;
  let skipUntil = 0;
  eachToken(source, (text, start, inClass) => {
    if (start < skipUntil) return;
    out += text;
    if (inClass) return;
    if (text === '(') depth += 1;
    else if (text === ' ' && depth === 0) pastHead = true;
    else if (text === ')') {
      depth -= 1;
      if (!pastHead) return;
      const quantifier = /^(?:\?|\{\d+,\d+\})(?!\?)/.exec(source.slice(start + 1, start + 12));
      if (quantifier) {
        out += `${quantifier[0]}(?=)`;
        skipUntil = start + 1 + quantifier[0].length;
      }
    }
  });
  return out;
}

/** An entry as compiled: copies cut (spaced languages), shorthands expanded. */
export function entrySource(language: DetectionLanguage, entry: LexiconItem): string {
  const source = entry.re;
  return expand(UNSPACED.has(language) ? source : cutCopies(source));
}

/** One entry alone, as it runs inside its language's list: word boundaries for spaced languages. */
export function entryPattern(language: DetectionLanguage | 'universal', entry: LexiconItem, flags = 'g'): RegExp {
  const inner = language === 'universal' ? expand(entry.re) : entrySource(language, entry);
  const wrap = (body: string) => (language === 'universal' || UNSPACED.has(language) ? `(?:${body})` : String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`);
  return guardedPattern(inner, wrap, flags);
}

/** `wrap(inner)` compiled; a long trailing guard of `inner` (NOT_NEGATED, NOT_EXPLAINED, notACause...) is tested after the
 *  match instead of compiled in (guard-after.ts), with the same matches. */
function guardedPattern(inner: string, wrap: (body: string) => string, flags: string): RegExp {
  const whole = slimSource(withoutUnicodeClasses(wrap(inner)));
  const split = /[gy]/.test(flags) ? splitGuard(inner) : null;
  if (!split) return new RegExp(whole, flags);
  const guards = split.guards.map((g) => slimSource(withoutUnicodeClasses(g)));
  return new GuardedRegExp(whole, slimSource(withoutUnicodeClasses(wrap(split.match))), guards, flags);
}

/** Expands the lexicon shorthands (see lexicon/types.ts). */
export function expand(source: string): string {
  return boundLookbehindSpaces(source)
    .replace(/ …… /g, GAP6)
    .replace(/ … /g, GAP3)
    .replace(/ \?/g, String.raw`\s*`)
    .replace(/ /g, String.raw`\s+`);
}

/** Letters and digits of the scripts the lexicons cover, for the non-Unicode regexes below. */
const LETTER = String.raw`a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff`;
const DIGIT = '0-9';

/** Rewrites \p{L} / \p{N} as explicit ranges so the pattern runs without the 'u' flag: V8's
 *  irregexp is about 2.5x faster on these large alternations in non-Unicode mode (measured by
 *  scripts/bench/checker.ts). Safe here: matches start and end on letters, never inside a surrogate pair. */
export function withoutUnicodeClasses(source: string): string {
  let out = '';
  eachToken(source, (text, _start, inClass) => {
    const range = text === '\\p{L}' ? LETTER : text === '\\p{N}' ? DIGIT : null;
    // the class's own '[' counts as inside it: a \p{..} right after it joins that class
    out += range === null ? text : inClass ? range : `[${range}]`;
  });
  return out;
}

/** Largest pattern source per compiled regex. V8's irregexp falls off a cliff (30x slower, measured:
 *  25 k characters of alternatives) once a pattern's generated code gets too big, so long lists are
 *  split into several regexes that each stay well below it. */
const MAX_SOURCE = 12000;

const cache = new Map<string, RegExp[]>();

function chunked(sources: string[], wrap: (body: string) => string): RegExp[] {
  const out: RegExp[] = [];
  let batch: string[] = [];
  let size = 0;
  // (slimSource, here and in entryPattern: the rest of a chunk compiled once after each optional or bounded piece - regex-slim.ts)
  const flush = () => {
    // (a chunk of one entry - the universal promo-code-token - runs its trailing guard after the match as entryPattern does)
    if (batch.length === 1) out.push(guardedPattern(batch[0]!, wrap, 'g'));
    else if (batch.length) out.push(new RegExp(slimSource(withoutUnicodeClasses(wrap(batch.join('|')))), 'g'));
    batch = [];
    size = 0;
  };
  for (const src of sources) {
    if (size + src.length > MAX_SOURCE) flush();
    batch.push(src);
    size += src.length + 1;
  }
  flush();
  return out;
}

/** One language's regexes for a list (several when the list is long; used for Japanese), without the
 *  language-independent entries (compiledUniversal: run once, not per language). One family of
 *  regexes per language and list, never per language set: V8 stops optimising regexps once their
 *  code passes 16 MB (see cutCopies). */
export function compiled(list: ListName, language: DetectionLanguage): RegExp[] {
  const key = `${list}|${language}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const sources = LEXICONS[language][list].map((entry) => entrySource(language, entry));
  const res = UNSPACED.has(language)
    ? chunked(sources, (body) => `(?:${body})`)
    : chunked(sources, (body) => String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`);
  cache.set(key, res);
  return res;
}

/** The language-independent entries of a list alone. */
export function compiledUniversal(list: ListName): RegExp[] {
  const key = `${list}|universal`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const res = chunked((UNIVERSAL[list] ?? []).map((entry) => expand(entry.re)), (body) => `(?:${body})`);
  cache.set(key, res);
  return res;
}

export interface Match {
  start: number;
  end: number;
  /** the language whose list found it (unset: the language-independent entries) */
  lang?: DetectionLanguage;
  /** the entry that found it, `<language>:<list>:<id>`, when the scan knows it (entryAt finds it otherwise) */
  entry?: string;
}

/** All matches of all the list's regexes, in text order. */
export function findAll(res: readonly RegExp[], text: string): Match[] {
  const out: Match[] = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (res.length > 1) out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** An entry's name on a finding: `<language>:<list>:<id>`. */
export function entryName(language: DetectionLanguage | 'universal', list: ListName, items: readonly LexiconItem[], index: number): string {
  return `${language}:${list}:${items[index]!.id}`;
}

const stickyCache = new Map<string, RegExp>();
/** The entry that last matched a phrase's exact text, per list and language: a long paste repeats its
 *  phrases, and one anchored check of that entry replaces the walk through the list. */
const lastEntryFor = new Map<string, number>();

function matchesExactly(language: DetectionLanguage | 'universal', list: ListName, items: readonly LexiconItem[], index: number, text: string, start: number): number {
  const key = `${language}|${list}|${index}`;
  let re = stickyCache.get(key);
  if (!re) stickyCache.set(key, (re = entryPattern(language, items[index]!, 'y')));
  re.lastIndex = start;
  const m = re.exec(text);
  return m ? start + m[0].length : -1;
}

/**
 * Which entry found a match: the first entry, in list order, of the list of the language that found
 * it (the language-independent entries when none did) that matches at its start and ends where it
 * ends - the alternative the list's regex took. Runs only per finding, each entry alone and anchored
 * (sticky), so the scan itself is unchanged. Falls back to the first entry that matches at the start
 * (a match found in a language's sentence view may end differently).
 */
export function entryAt(list: ListName, text: string, match: Match): string | undefined {
  const language = match.lang ?? 'universal';
  const items = language === 'universal' ? (UNIVERSAL[list] ?? []) : LEXICONS[language][list];
  const memoKey = `${language}|${list}|${text.slice(match.start, match.end)}`;
  const known = lastEntryFor.get(memoKey);
  if (known !== undefined && matchesExactly(language, list, items, known, text, match.start) === match.end) return entryName(language, list, items, known);
  let fallback = -1;
  for (let i = 0; i < items.length; i++) {
    const end = matchesExactly(language, list, items, i, text, match.start);
    if (end === match.end) {
      if (lastEntryFor.size > 5000) lastEntryFor.clear();
      lastEntryFor.set(memoKey, i);
      return entryName(language, list, items, i);
    }
    if (end >= 0 && fallback < 0) fallback = i;
  }
  return fallback >= 0 ? entryName(language, list, items, fallback) : undefined;
}
