// An entry's long trailing guard tested once AFTER its match, not compiled into its regexp (s32 speed32).
//
// Many lexicon entries end with a long look-around guard shared across lists (shared.ts NOT_NEGATED,
// NOT_EXPLAINED, notACause(...), es ES_NOT_APPLIED): "coupons?(?:(?<!applied…)|…)(?!…)". Irregexp
// compiles the guard into every regexp that carries it (about 0.5 MB of native code per entry), and
// once V8's executable memory passes 16 MB every later regexp is compiled unoptimised. So an entry
// whose source ends in a long run of zero-width items is split: its regexp runs without them, and the
// guard runs as shared sticky regexps at the match's end (a look-behind in it sees the whole string,
// as it did inside the entry). When the guard passes, the match is the one the whole pattern finds
// (the guard sits where the match ends, and the engine tries paths in the same order). When it fails,
// the whole pattern would have backtracked to a shorter match or a later start: it is then run,
// compiled on first need and kept, from the failed match's start - so the matches are always the
// whole pattern's. Examples: "coupons?" + NOT_EXPLAINED, "black friday" + notACause('black friday'),
// "(?:fuera de|sin pasar por) amazon" + NOT_NEGATED + NOT_FRONTED_REFUSAL + NOT_IF_SOMEONE.
import { eachToken } from './regex-tokens';

const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/** A trailing zero-width run this long or longer is tested after the match (shorter ones cost less
 *  code than the extra calls). */
export const GUARD_MIN = 300;

/** The pattern's top-level alternatives, each as its items (a group with its quantifier, or one atom
 *  with its quantifier), which concatenated give back the source. */
function alternatives(source: string): string[][] {
  const alts: string[][] = [[]];
  let depth = 0;
  let classOpen = false;
  let item = '';
  let skipUntil = 0;
  eachToken(source, (text, start, inClass) => {
    if (start < skipUntil) return;
    const opensClass = inClass && !classOpen;
    if (classOpen || depth > 0) {
      item += text;
      if (classOpen) classOpen = text !== ']';
      else if (opensClass) classOpen = true;
      else if (text === '(') depth += 1;
      else if (text === ')') depth -= 1;
      return;
    }
    const items = alts[alts.length - 1]!;
    if (text === '|') {
      if (item) items.push(item);
      item = '';
      alts.push([]);
      return;
    }
    // a quantifier (greedy or lazy) joins the item before it
    const quantifier = item ? QUANTIFIER.exec(source.slice(start, start + 16)) : null;
    if (quantifier) {
      item += quantifier[0];
      skipUntil = start + quantifier[0].length;
      return;
    }
    if (item) items.push(item);
    item = text;
    if (opensClass) classOpen = true;
    else if (text === '(') depth += 1;
  });
  if (item) alts[alts.length - 1]!.push(item);
  return alts;
}

/** A look-around group, or a non-capturing group whose every alternative is a run of them. */
function zeroWidth(item: string): boolean {
  if (!item.endsWith(')')) return false;
  if (/^\(\?(?:=|!|<=|<!)/.test(item)) return closesAtEnd(item);
  if (!item.startsWith('(?:') || !closesAtEnd(item)) return false;
  return alternatives(item.slice(3, -1)).every((alt) => alt.every(zeroWidth));
}

/** The group opened by the item's first "(" is closed by its last character (no quantifier after). */
function closesAtEnd(item: string): boolean {
  let depth = 0;
  let closedAt = -1;
  eachToken(item, (text, start, inClass) => {
    if (inClass || closedAt >= 0) return;
    if (text === '(') depth += 1;
    else if (text === ')' && --depth === 0) closedAt = start;
  });
  return closedAt === item.length - 1;
}

/** A guard that most matches pass: a negative look-around, or a group with an alternative made of
 *  them (NOT_EXPLAINED's "not applied, or offered again"). A positive one ("(?=…review…)") is a
 *  requirement most matches fail, and each failure would compile the whole pattern: it stays in. */
function mostlyPasses(item: string): boolean {
  if (/^\(\?<?!/.test(item)) return true;
  if (!item.startsWith('(?:')) return false;
  return alternatives(item.slice(3, -1)).some((alt) => alt.every(mostlyPasses));
}

/** The source split into what the match runs (everything but the guards) and its trailing negative
 *  guards, each kept apart so guards entries combine are shared one by one; null when they are short
 *  or the source alternates. The trailing zero-width items all test the match's end, so their order
 *  is free: a positive look-around among them stays in the match's pattern, moved after the rest. */
export function splitGuard(source: string): { match: string; guards: string[] } | null {
  const alts = alternatives(source);
  if (alts.length !== 1) return null;
  const items = alts[0]!;
  let cut = items.length;
  while (cut > 0 && zeroWidth(items[cut - 1]!)) cut -= 1;
  if (cut === 0) return null;
  const tail = items.slice(cut);
  const guards = tail.filter(mostlyPasses);
  if (guards.reduce((n, g) => n + g.length, 0) < GUARD_MIN) return null;
  return { match: items.slice(0, cut).join('') + tail.filter((g) => !mostlyPasses(g)).join(''), guards };
}

const guardCache = new Map<string, RegExp>();

/** One sticky regexp per guard source, shared by every entry that ends with it. */
export function guardRegExp(source: string): RegExp {
  let re = guardCache.get(source);
  if (!re) guardCache.set(source, (re = new RegExp(source, 'y')));
  return re;
}

/**
 * A regexp that behaves as `whole` (same source, flags, matches and lastIndex) but runs `bare` (the
 * pattern without its trailing guards) and tests the guards at the match's end; `whole` is compiled
 * only when a guard fails. Only exec and test are overridden (the scans and entryAt use them);
 * derived regexps (matchAll, split) are plain RegExps of the whole source.
 */
export class GuardedRegExp extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  private readonly bare: RegExp;
  private readonly guards: readonly RegExp[];
  private whole: RegExp | null = null;

  constructor(wholeSource: string, bareSource: string, guardSources: readonly string[], flags: string) {
    // the super regexp keeps the whole source for .source readers; it is never executed (V8 compiles lazily)
    super(wholeSource, flags);
    this.bare = new RegExp(bareSource, flags);
    this.guards = guardSources.map(guardRegExp);
  }

  private passes(text: string, end: number): boolean {
    for (const g of this.guards) {
      g.lastIndex = end;
      if (!g.test(text)) return false;
    }
    return true;
  }

  private wholeFrom(text: string, start: number): RegExpExecArray | null {
    const whole = (this.whole ??= new RegExp(this.source, this.flags));
    whole.lastIndex = start;
    const m = whole.exec(text);
    this.lastIndex = whole.lastIndex;
    return m;
  }

  override exec(text: string): RegExpExecArray | null {
    const { bare } = this;
    bare.lastIndex = this.lastIndex;
    const m = bare.exec(text);
    if (!m) {
      this.lastIndex = 0;
      return null;
    }
    if (this.passes(text, m.index + m[0].length)) {
      this.lastIndex = bare.lastIndex;
      return m;
    }
    return this.wholeFrom(text, m.index);
  }

  override test(text: string): boolean {
    if (!this.sticky) return this.exec(text) !== null;
    // sticky: the start is lastIndex, so no result array is needed (most anchored tries fail)
    const { bare } = this;
    const start = this.lastIndex;
    bare.lastIndex = start;
    if (!bare.test(text)) {
      this.lastIndex = 0;
      return false;
    }
    if (this.passes(text, bare.lastIndex)) {
      this.lastIndex = bare.lastIndex;
      return true;
    }
    return this.wholeFrom(text, start) !== null;
  }
}
