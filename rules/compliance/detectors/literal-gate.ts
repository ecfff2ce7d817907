// A cheap "can this pattern match here?" for the detectors' big patterns. Each gated pattern's trigger
// literals (triggers.ts: one of them is in every text it matches) are found for all gated patterns at
// once, in one pass over a sentence with a hashed table - no regexp. Why: once V8 has generated about
// 1 MB of regexp code and its executable memory passes 16 MB (TooMuchRegExpCode), it stops optimising
// the regexps it compiles after, and an unoptimised union of hundreds of alternatives tries every one at
// every character: the promotion cue alone took a seventh of an unoptimised check. A sentence with none
// of a pattern's literals now costs that pattern a few table reads per character, shared with every other
// gated pattern.
import { triggersOf } from './triggers';

/** No literal is certain (or the pattern uses syntax the trigger parser does not read): always try it. */
const NONE = -1;
/** Per pattern (flags and source) or list of patterns (their keys joined): its gate id or NONE. Keyed by text, not by
 *  object, so a pattern built inside a function is one gate however often it is built. */
const gateIds = new Map<string, number>();
/** Every pattern gated so far, in order (the unit test checks each gate never closes on a text it matches). */
const gated: { patterns: readonly RegExp[]; gate: boolean }[] = [];
/** Every gate's literals, deduplicated: literal text -> the gates it opens. */
const opens = new Map<string, number[]>();
let gateCount = 0;

/** Every literal, chained by the hash of its first three units (3+ units), its two units or its one unit: a bucket's
 *  head holds its newest literal's id + 1 (0: empty), `next` the id + 1 of the one added before it. Grown one literal at
 *  a time - gates are made lazily, on a pattern's first test, and a table rebuilt on each new gate cost the first
 *  checks a third of a second (118 rebuilds of three 64k-bucket tables). */
const literalTexts: string[] = [];
const gatesOfLiteral: number[][] = [];
const next: number[] = [];

const BITS = 16;
const MASK = (1 << BITS) - 1;
const hash3 = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 31) + b, 31) + c) & MASK;
const hash2 = (a: number, b: number) => (Math.imul(a, 31) + b) & MASK;
const hash1 = (a: number) => a & MASK;
const head3 = new Int32Array(MASK + 1);
const head2 = new Int32Array(MASK + 1);
const head1 = new Int32Array(MASK + 1);

/** Texts already read: the gates each opens (a few detectors read the same sentence or text). Bounded by the
 *  characters kept, so a run of pasted megabytes holds at most a few of them. */
const seen = new Map<string, Uint8Array>();
const SEEN_MAX_CHARS = 4_000_000;
let seenChars = 0;

/** Adds `gate` to the gates `literal` opens, chaining the literal into its bucket the first time it is seen. */
function addLiteral(literal: string, gate: number): void {
  const gates = opens.get(literal);
  if (gates) {
    gates.push(gate);
    return;
  }
  const id = literalTexts.length;
  const own = [gate];
  opens.set(literal, own);
  literalTexts.push(literal);
  gatesOfLiteral.push(own);
  const c = (i: number) => literal.charCodeAt(i);
  const [heads, k] =
    literal.length >= 3 ? [head3, hash3(c(0), c(1), c(2))] : literal.length === 2 ? [head2, hash2(c(0), c(1))] : [head1, hash1(c(0))];
  next.push(heads[k]!);
  heads[k] = id + 1;
}

/** Marks the gates of the literals of one bucket (chain from `first`) that start at `at`. */
function openGatesAt(s: string, at: number, first: number, out: Uint8Array): void {
  for (let j = first; j !== 0; j = next[j - 1]!) {
    if (s.startsWith(literalTexts[j - 1]!, at)) for (const g of gatesOfLiteral[j - 1]!) out[g] = 1;
  }
}

/** The gates a sentence opens: one pass, three table reads per character. */
function gatesOpenedBy(s: string): Uint8Array {
  let out = seen.get(s);
  if (out) return out;
  out = new Uint8Array(gateCount);
  const n = s.length;
  let a = n > 0 ? s.charCodeAt(0) : 0;
  let b = n > 1 ? s.charCodeAt(1) : 0;
  for (let i = 0; i < n; i++) {
    const c = i + 2 < n ? s.charCodeAt(i + 2) : 0;
    let first = head1[hash1(a)]!;
    if (first !== 0) openGatesAt(s, i, first, out);
    if (i + 1 < n) {
      first = head2[hash2(a, b)]!;
      if (first !== 0) openGatesAt(s, i, first, out);
      if (i + 2 < n) {
        first = head3[hash3(a, b, c)]!;
        if (first !== 0) openGatesAt(s, i, first, out);
      }
    }
    a = b;
    b = c;
  }
  if (seenChars + n > SEEN_MAX_CHARS) {
    seen.clear();
    seenChars = 0;
  }
  seen.set(s, out);
  seenChars += n;
  return out;
}

/** Syntax the trigger parser (regex-parse.ts) does not read as the engine does: code-point escapes, named
 *  back-references, control escapes, inline modifiers, and astral characters (a quantifier or a class takes the whole
 *  code point under 'u', the parser one UTF-16 unit) - a pattern with any is not gated rather than gated wrongly. */
const UNREAD_SYNTAX = /\\u\{|\\k<|\\c[A-Za-z]|\(\?[a-z-]+:|[\u{10000}-\u{10FFFF}]/u;

/** A union of plain literals: no syntax but `|`, no empty alternative, no surrogate (a 'u' pattern reads code points). Such
 *  a pattern (the detectors' anchors: "raffl|verlos|au sort|...") matches exactly where one of its alternatives is in the
 *  text, and its alternatives are its gate's literals: the gate's answer is the pattern's. */
const PLAIN_UNION = /^[^\\^$.|?*+()[\]{}\ud800-\udfff]+(?:\|[^\\^$.|?*+()[\]{}\ud800-\udfff]+)*$/;
const plainUnion = (r: RegExp): boolean => /^[gu]*$/.test(r.flags) && PLAIN_UNION.test(r.source);
/** Gate id -> 1 when its one pattern is a plain union (gatedTest answers from the gate alone). */
const exact: number[] = [];

/** The literals one of which every match of each pattern holds, merged; null when some pattern has none
 *  (a case-blind pattern is not gated: its literals would need folding). */
function literalsOf(patterns: readonly RegExp[]): string[] | null {
  const all = new Set<string>();
  for (const r of patterns) {
    if (plainUnion(r)) {
      for (const alternative of r.source.split('|')) all.add(alternative);
      continue;
    }
    if (r.flags.includes('i') || r.flags.includes('v') || UNREAD_SYNTAX.test(r.source)) return null;
    let triggers: ReturnType<typeof triggersOf>;
    try {
      triggers = triggersOf(r.source, false);
    } catch {
      return null;
    }
    if (!triggers) return null;
    for (const t of triggers) {
      if (!t.text) return null;
      all.add(t.text);
    }
  }
  return [...all];
}

const keyOf = (r: RegExp): string => `${r.flags}/${r.source}`;

function gateOf(key: string, patterns: readonly RegExp[]): number {
  let id = gateIds.get(key);
  if (id === undefined) {
    const literals = literalsOf(patterns);
    id = literals ? gateCount++ : NONE;
    if (literals) for (const l of literals) addLiteral(l, id);
    gateIds.set(key, id);
    if (id !== NONE) exact[id] = patterns.length === 1 && plainUnion(patterns[0]!) ? 1 : 0;
    gated.push({ patterns, gate: id !== NONE });
    if (literals) {
      // a text read before this gate existed has no answer for it
      seen.clear();
      seenChars = 0;
    }
  }
  return id;
}

/** The gate of each pattern object or pattern list seen, so a call reads a weak map, not a key made of the source
 *  (some sources run to thousands of characters). */
const idByObject = new WeakMap<object, number>();

/** False only when `r` cannot match `s` (none of its trigger literals is in it). */
export function mayMatch(r: RegExp, s: string): boolean {
  let id = idByObject.get(r);
  if (id === undefined) idByObject.set(r, (id = gateOf(keyOf(r), [r])));
  return id === NONE || gatesOpenedBy(s)[id] === 1;
}

/** False only when no pattern of `patterns` can match `s`. */
export function mayMatchAny(patterns: readonly RegExp[], s: string): boolean {
  let id = idByObject.get(patterns);
  if (id === undefined) idByObject.set(patterns, (id = gateOf(patterns.map(keyOf).join('\u0000'), patterns)));
  return id === NONE || gatesOpenedBy(s)[id] === 1;
}

/** `r.test(s)`, skipped where its literals rule it out (a global or sticky pattern's lastIndex is reset then, as a
 *  failed test resets it). */
export function gatedTest(r: RegExp, s: string): boolean {
  let split = splits.get(r);
  if (split === undefined) splits.set(r, (split = splitOf(r)));
  if (split) return gatedTest(split.plain, s) || gatedTest(split.rest, s);
  if (mayMatch(r, s)) {
    // (a plain union's open gate is its match: not run again - a global or sticky one is, for its lastIndex)
    if (!r.global && !r.sticky && exact[idByObject.get(r)!] === 1) return true;
    return r.test(s);
  }
  if (r.global || r.sticky) r.lastIndex = 0;
  return false;
}

/** A union whose top-level alternatives are mostly plain literals and a few patterns ("raffl|verlos|...|\\dst|friend\\."): its
 *  plain alternatives as one plain union (answered by its gate) and the rest as another pattern. A union matches exactly
 *  where one of its alternatives does, so `plain || rest` is its test (no back-references: a group's number would not
 *  matter anyway, the plain alternatives hold none). Only for a pattern with at least MIN_PLAIN plain alternatives. */
const splits = new WeakMap<RegExp, { plain: RegExp; rest: RegExp } | null>();
const MIN_PLAIN = 4;
const PLAIN_ALTERNATIVE = /^[^\\^$.|?*+()[\]{}\ud800-\udfff]+$/;

/** A pattern source's top-level alternatives (split at each '|' outside groups and classes; escapes skipped). */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

function splitOf(r: RegExp): { plain: RegExp; rest: RegExp } | null {
  if (r.global || r.sticky || !/^u?$/.test(r.flags) || plainUnion(r) || /\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(r.source)) return null;
  const alternatives = topLevelAlternatives(r.source);
  const plain = alternatives.filter((a) => PLAIN_ALTERNATIVE.test(a));
  const rest = alternatives.filter((a) => !PLAIN_ALTERNATIVE.test(a));
  if (plain.length < MIN_PLAIN || !rest.length) return null;
  return { plain: new RegExp(plain.join('|'), r.flags), rest: new RegExp(rest.join('|'), r.flags) };
}

/** `r.exec(s)`, skipped where its literals rule it out (lastIndex as gatedTest). */
export function gatedExec(r: RegExp, s: string): RegExpExecArray | null {
  if (mayMatch(r, s)) return r.exec(s);
  if (r.global || r.sticky) r.lastIndex = 0;
  return null;
}

/** The patterns (or pattern lists) gated so far; gate false: no certain literal, always tried. */
export function gatedPatterns(): readonly { patterns: readonly RegExp[]; gate: boolean }[] {
  return gated;
}
