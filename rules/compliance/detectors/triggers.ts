// Trigger words: for each lexicon entry, a few literal strings of which every text it can match
// holds at least one ("review" or "feedback" for "(?:leave|write) … (?:review|feedback)"). The
// checker looks them up among the text's words once and runs only the entries whose trigger is
// there: a typical reply wakes a few dozen of a language's hundreds of entries, and what V8 does
// with a big alternation (optimised or not: it stops optimising once its regexp code passes 16 MB)
// no longer sets the cost. Derived from each entry's compiled source, so an entry cannot drift from
// its trigger; an entry with none found runs always.
import { Parser, isWordChar, startsWithWordChar, type Node } from './regex-parse';

/** A literal every match needs (one of a set): at a word start, or anywhere in the text. */
export interface Trigger {
  readonly text: string;
  /** the literal starts a word (after a blank, a boundary guard or the entry's start) */
  readonly wordStart: boolean;
}



/** Limits that keep the analysis small: an exact set is dropped past this many strings. */
const MAX_EXACT = 24;

/** What a node tells: the exact strings it can match (if few and known), the best trigger set any
 *  match of it needs (null: none), and whether it is zero-width. */
interface Info {
  exact: string[] | null;
  triggers: Trigger[] | null;
  zeroWidth: boolean;
  /** a word boundary holds right after it */
  boundaryAfter: boolean;
}

/** Words too common to tell anything: an entry gated on them runs on nearly every text. */
const COMMON = new Set(
  ('a an the to of in on at for and or is are it we us our you your please if with this that be by de la le les el los las die der das und sie wir il di che e o os um uma do da em no na et y en du des un une ein eine zu von ' +
    // words of nearly every reply: a detector cue gated on them reads every sentence (s12)
    'order have has more like just new other great two three make made size model stock add love enjoy con avec mais mehr nach wird ora vale line range sale sales get got can will all any one also now here there what when time item items product products').split(' '),
);

/** Lower is better: how often a trigger set lets an entry run. */
function cost(triggers: readonly Trigger[]): number {
  let sum = 0;
  for (const t of triggers) {
    const len = t.text.length;
    sum += (len >= 6 ? 1 : len === 5 ? 1.5 : len === 4 ? 3 : len === 3 ? 8 : len === 2 ? 30 : 100) + (COMMON.has(t.text) ? 100 : 0) + (t.wordStart ? 0 : 6);
  }
  return sum;
}

function better(a: Trigger[] | null, b: Trigger[] | null): Trigger[] | null {
  if (!a) return b;
  if (!b) return a;
  return cost(b) < cost(a) ? b : a;
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

function dedupe(triggers: Trigger[]): Trigger[] {
  const seen = new Map<string, Trigger>();
  for (const t of triggers) {
    const key = `${t.wordStart ? 'w' : 's'}${t.text}`;
    if (!seen.has(key)) seen.set(key, t);
  }
  return [...seen.values()];
}


/** Triggers from an exact run: each string, at a word start when the run starts after a boundary. */
function runTriggers(strings: readonly string[], boundaryBefore: boolean): Trigger[] | null {
  if (strings.some((s) => s.length === 0)) return null;
  return dedupe(strings.map((text) => ({ text, wordStart: boundaryBefore && startsWithWordChar(text) })));
}

function analyseSequence(seq: readonly Node[], boundaryBefore: boolean): Info {
  let best: Trigger[] | null = null;
  let run: string[] | null = [''];
  let runBoundary = boundaryBefore;
  let boundary = boundaryBefore;
  let exact: string[] | null = [''];
  let zeroWidth = true;
  const closeRun = () => {
    if (run && run.some((s) => s.length)) best = better(best, runTriggers(run, runBoundary));
  };
  for (const node of seq) {
    if (run && run.length === 1 && run[0] === '') runBoundary = boundary;
    const info = analyse(node, boundary);
    if (!info.zeroWidth) zeroWidth = false;
    exact = exact && info.exact ? cross(exact, info.exact) : null;
    best = better(best, info.triggers);
    if (info.exact) {
      const joined: string[] | null = run ? cross(run, info.exact) : null;
      if (joined) run = joined;
      else {
        closeRun();
        run = info.exact;
        runBoundary = boundary;
      }
    } else {
      closeRun();
      run = [''];
    }
    if (!info.zeroWidth) boundary = info.boundaryAfter;
    else if (info.boundaryAfter) boundary = true;
  }
  closeRun();
  return { exact, triggers: best, zeroWidth, boundaryAfter: boundary };
}

function analyseAlternatives(alts: readonly Node[][], boundaryBefore: boolean): Info {
  const infos = alts.map((seq) => analyseSequence(seq, boundaryBefore));
  let exact: string[] | null = [];
  for (const info of infos) exact = exact && info.exact && exact.length + info.exact.length <= MAX_EXACT ? [...exact, ...info.exact] : null;
  // every alternative must bring its own triggers (an exact one counts as its own strings)
  let triggers: Trigger[] | null = [];
  for (const info of infos) {
    const own = better(info.triggers, info.exact ? runTriggers(info.exact, boundaryBefore) : null);
    triggers = triggers && own ? [...triggers, ...own] : null;
  }
  return {
    exact: exact ? [...new Set(exact)] : null,
    triggers: triggers && triggers.length ? dedupe(triggers) : null,
    zeroWidth: infos.every((i) => i.zeroWidth),
    boundaryAfter: infos.every((i) => i.boundaryAfter),
  };
}

function analyse(node: Node, boundaryBefore: boolean): Info {
  switch (node.kind) {
    case 'char': {
      const word = isWordChar(node.ch.charCodeAt(0));
      return { exact: [node.ch], triggers: null, zeroWidth: false, boundaryAfter: !word };
    }
    case 'class':
      return { exact: node.chars, triggers: null, zeroWidth: false, boundaryAfter: node.blank || (node.chars !== null && node.chars.every((c) => !isWordChar(c.charCodeAt(0)))) };
    case 'boundary':
      return { exact: [''], triggers: null, zeroWidth: true, boundaryAfter: true };
    case 'zero':
      return { exact: [''], triggers: null, zeroWidth: true, boundaryAfter: false };
    case 'group': {
      if (node.look === 'negative') return { exact: [''], triggers: null, zeroWidth: true, boundaryAfter: false };
      const inner = analyseAlternatives(node.alts, node.look === 'behind' ? false : boundaryBefore);
      if (node.look === 'none') return inner;
      // a positive lookaround's text is in the text too (the gate asks the text, not the match)
      const triggers = better(inner.triggers, inner.exact ? runTriggers(inner.exact, false) : null);
      return { exact: [''], triggers, zeroWidth: true, boundaryAfter: false };
    }
    case 'rep': {
      const inner = analyse(node.node, boundaryBefore);
      let exact: string[] | null = null;
      if (inner.exact && node.max <= 2) {
        exact = node.min === 0 ? [''] : [];
        let power: string[] | null = [''];
        for (let k = 1; k <= node.max && power; k++) {
          power = cross(power, inner.exact);
          if (power && k >= node.min) exact = exact.length + power.length <= MAX_EXACT ? [...exact, ...power] : null;
          if (!exact) break;
        }
        if (exact) exact = [...new Set(exact)];
      }
      const triggers = node.min >= 1 ? better(inner.triggers, inner.exact ? runTriggers(inner.exact, boundaryBefore) : null) : null;
      return { exact, triggers, zeroWidth: inner.zeroWidth || node.max === 0, boundaryAfter: node.min === 0 ? inner.boundaryAfter && boundaryBefore : inner.boundaryAfter };
    }
  }
}

/**
 * The triggers of a compiled entry source (shorthands expanded), for a match that starts at a word
 * start (spaced languages wrap every entry in a letter guard). Null when no literal is certain: the
 * entry then runs on every text.
 */
export function triggersOf(source: string, startsAtWord = true): Trigger[] | null {
  return triggersOfParsed(new Parser(source).parse(), startsAtWord);
}

function triggersOfParsed(alts: readonly Node[][], startsAtWord: boolean): Trigger[] | null {
  const info = analyseAlternatives(alts, startsAtWord);
  const own = better(info.triggers, info.exact ? runTriggers(info.exact, startsAtWord) : null);
  return own && own.length ? own : null;
}

/** Head strings: every match starts with one of them. Null when a match may start otherwise. */
type Heads = string[] | null;
/** Ends a head where a blank must follow: the head is a whole word ("a" of "a\s+review"). */
export const WORD_END = '\u0001';
/** Beyond this length a head says enough; longer ones are cut (fewer, shorter strings). */
const HEAD_CHARS = 8;
const MAX_HEADS = 64;

function join(prefix: readonly string[], after: Heads): Heads {
  const out = new Set<string>();
  for (const x of prefix) {
    if (x.endsWith(WORD_END)) out.add(x);
    else if (x.length >= HEAD_CHARS) out.add(x.slice(0, HEAD_CHARS));
    else if (after === null) {
      if (!x) return null;
      out.add(x);
    } else for (const y of after) out.add(y.endsWith(WORD_END) && x.length + y.length <= HEAD_CHARS + 1 ? x + y : (x + y).replace(WORD_END, '').slice(0, HEAD_CHARS));
    if (out.size > MAX_HEADS) return null;
  }
  return [...out];
}

/** The heads of seq[i..] followed by whatever has heads `after`. */
function headsFrom(seq: readonly Node[], i: number, after: Heads): Heads {
  if (i === seq.length) return after;
  const node = seq[i]!;
  // what follows, computed once (each optional element would otherwise double the work)
  let restMemo: Heads | undefined;
  const rest = (): Heads => (restMemo === undefined ? (restMemo = headsFrom(seq, i + 1, after)) : restMemo);
  switch (node.kind) {
    case 'boundary':
    case 'zero':
      return rest();
    case 'char':
      return join([node.ch], rest());
    case 'class':
      // a blank ends the head's word (normalized text: every blank is a blank class member)
      if (node.blank) return [WORD_END];
      return node.chars ? join(node.chars, rest()) : null;
    case 'group':
      if (node.look !== 'none') return rest();
      return headsOfAlternatives(node.alts, rest());
    case 'rep': {
      if (node.max === 0) return rest();
      const once = headsFrom([node.node], 0, node.max > 1 ? null : rest());
      if (once === null) return null;
      if (node.min >= 1) return once;
      const skipped = rest();
      if (skipped === null) return null;
      const both = new Set([...once, ...skipped]);
      return both.size > MAX_HEADS ? null : [...both];
    }
  }
}

function headsOfAlternatives(alts: readonly Node[][], after: Heads): Heads {
  const out = new Set<string>();
  for (const seq of alts) {
    const own = headsFrom(seq, 0, after);
    if (own === null) return null;
    for (const h of own) out.add(h);
    if (out.size > MAX_HEADS) return null;
  }
  return [...out];
}

/** What every match of a compiled entry source starts with (up to HEAD_CHARS characters each), or
 *  null when no such literal set is certain. */
export function headsOf(source: string): string[] | null {
  return headsOfParsed(new Parser(source).parse());
}

function headsOfParsed(alts: readonly Node[][]): string[] | null {
  const heads = headsOfAlternatives(alts, null);
  return heads && heads.length && heads.every((h) => h.length > 0 && h[0] !== WORD_END) ? heads : null;
}

/** Both, from one parse of the source (the index reads every entry once). */
export function readEntry(source: string, startsAtWord = true): { triggers: Trigger[] | null; heads: string[] | null } {
  const alts = new Parser(source).parse();
  return { triggers: triggersOfParsed(alts, startsAtWord), heads: headsOfParsed(alts) };
}
