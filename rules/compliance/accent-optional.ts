// Guards read both spellings of an accented word. Sellers type "nao e necessario", "ya se desconto",
// "deja applique", "e terminata", "ueber": the respelling layer (accents.ts) puts the accents back only on
// words that are no word of their own, so "e", "aqui", "desconto", "ja" stay as typed - and a guard
// written "é", "aquí", "descontó", "já", "über" did not clear its finding on the unaccented text
// (dev rows with the accents stripped: 32 compliant rows flagged, session 14). Rather than a second
// spelling in every list, the guard patterns are rewritten so each accented letter also accepts its
// base letter ("é" -> "[eé]", "ü" -> "(?:ü|ue)") - but only where a wider match can only clear a
// finding: the whole of a guard pattern, and the negative lookarounds of a finding pattern (an entry's
// "(?! ... déjà ...)"). A lookaround inside those that flips the polarity back is left as written.
// A word standing alone as an alternative keeps its accents when its plain spelling is another word
// ("né" -> "ne", "descontó" -> "desconto", "è" -> "e" would clear on Italian "ne", Portuguese "desconto",
// any "e"); in a phrase ("se descontó", "não é necessário", "è terminata") the neighbours disambiguate.
import { respelledAs } from './accents';
import { compactRegExp, writtenSource } from './detectors/compact-letters';

/** Lowercase and capital Latin letters with diacritics (U+00C0-024F) -> their base letter. */
const BASE = new Map<string, string>();
for (let cp = 0xc0; cp <= 0x24f; cp++) {
  const ch = String.fromCodePoint(cp);
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  if (/^[a-zA-Z]$/.test(base) && base !== ch) BASE.set(ch, base);
}
/** German: umlauts are typed ae/oe/ue and ß as ss (a dropped umlaut often spells another word). */
const TWO_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * `source` with its accented letters made accent-optional where widening it clears more, never flags
 * more. `mode`: 'guard' - a match of the whole pattern clears a finding (widened outside negative
 * lookarounds); 'finding' - a match is a finding (only its negative lookarounds are widened).
 * Escapes, `\p{..}` and ranges ("à-ÿ") are left as written; negated classes too.
 */
export function accentOptional(source: string, mode: 'guard' | 'finding'): string {
  if (!/[\u00c0-\u024f]/.test(source)) return source;
  let out = '';
  const negative: boolean[] = [];
  const opens: number[] = [];
  let depth = mode === 'guard' ? 0 : 1; // negative lookarounds around (the finding's own match counts as one)
  const widen = () => depth % 2 === 0;
  if (mode === 'finding' && !source.includes('(?!') && !source.includes('(?<!')) return source;
  for (let i = 0; i < source.length; ) {
    if (!widen()) {
      // nothing to rewrite up to the next escape, class or group: copied in one piece
      SPECIAL.lastIndex = i;
      const next = SPECIAL.exec(source)?.index ?? source.length;
      if (next > i) {
        out += source.slice(i, next);
        i = next;
        continue;
      }
    }
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      const close = n === 'p' || n === 'P' || (n === 'u' && source[i + 2] === '{') ? source.indexOf('}', i) : n === 'k' ? source.indexOf('>', i) : -1;
      const end = close > 0 ? close + 1 : i + 2;
      out += source.slice(i, end);
      i = end;
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      out += widen() ? widenedClass(source.slice(i, end)) : source.slice(i, end);
      i = end;
      continue;
    }
    if (c === '(') {
      const neg = source.startsWith('(?!', i) || source.startsWith('(?<!', i);
      negative.push(neg);
      opens.push(i);
      if (neg) depth++;
    } else if (c === ')') {
      opens.pop();
      if (negative.pop()) depth--;
    } else if (widen() && isLetter(c)) {
      let end = i;
      while (end < source.length && isLetter(source[end]!)) end++;
      const word = source.slice(i, end);
      i = end;
      // a word alone, with no word beside it in the pattern ("(?:non|né|mai)(?![\p{L}])", "|descontó|"),
      // keeps its accents when its plain spelling is a word of its own ("ne", "desconto")
      if (!/[\u00c0-\u024f]/.test(word) || (ownWord(word) && alone(source, i - word.length, i, opens))) {
        out += word;
        continue;
      }
      for (const ch of word) out += TWO_LETTERS[ch] !== undefined ? `(?:${ch}|${TWO_LETTERS[ch]})` : BASE.has(ch) ? `[${BASE.get(ch)}${ch}]` : ch;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const SPECIAL = /[\\[()]/g;
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00c0' && c <= '\u024f' && c !== '\u00d7' && c !== '\u00f7');
/** A word (or a group or class) and a blank right before / right after, or a letter glued to it: the piece is
 *  part of a phrase. A blank alone does not count: "aussi(?! (?:dû|...)" reads "du" right after the lookaround's opening. */
const WORD_BEFORE = /(?:[\p{L})\]](?: |\\s)|\p{L})(?:[?*+]|\{\d+(?:,\d*)?\})?$/u;
const WORD_AFTER = /^(?:[?*+]|\{\d+(?:,\d*)?\})?\??(?:(?: |\\s)(?:[?*+]|\{\d+(?:,\d*)?\})?[\p{L}([]|\p{L})/u;

/** Does the word at source[start, end) stand with no word next to it: neither it nor any group it is
 *  the whole alternative of has a letter or blank right before or after it? `opens`: where the groups
 *  around it open. */
function alone(source: string, start: number, end: number, opens: readonly number[]): boolean {
  let s = start;
  let e = end;
  for (let level = opens.length - 1; ; level--) {
    if (WORD_BEFORE.test(source.slice(Math.max(0, s - 12), s)) || WORD_AFTER.test(source.slice(e, e + 12))) return false;
    // the whole alternative of its group? then the group's neighbours count
    const first = s === 0 || source[s - 1] === '|' || source[s - 1] === '(' || source.endsWith('(?:', s);
    const last = e === source.length || source[e] === '|' || source[e] === ')';
    if (level < 0 || !first || !last) return true;
    s = opens[level]!;
    if (source.startsWith('(?', s) && !source.startsWith('(?:', s)) return true; // a lookaround's own content
    e = groupEnd(source, s);
  }
}

/** Index after the `)` closing the group that opens at `start` (classes and escapes skipped); the
 *  source's groups are read once, on the first question about it. */
let closesOf: { source: string; closes: Map<number, number> } | undefined;
function groupEnd(source: string, start: number): number {
  if (closesOf?.source !== source) {
    const closes = new Map<number, number>();
    const open: number[] = [];
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '[') i = classEnd(source, i) - 1;
      else if (c === '(') open.push(i);
      else if (c === ')' && open.length) closes.set(open.pop()!, i + 1);
    }
    closesOf = { source, closes };
  }
  return closesOf.closes.get(start) ?? source.length;
}

/** May the plain spelling of an accented word be a word of its own? Not when the respelling table reads
 *  it as this word; else when it is short ("né", "già", "déjà") or the accent is on its last letter
 *  ("descontó", "utilisé", "está": the plain forms "desconto", "utilise", "esta" are other words). */
const OWN = new Map<string, boolean>();
function ownWord(word: string): boolean {
  let own = OWN.get(word);
  if (own === undefined) OWN.set(word, (own = plainIsWord(word)));
  return own;
}
function plainIsWord(word: string): boolean {
  const lower = word.toLowerCase();
  const plain = lower.replace(/[äöüß]/g, (c) => TWO_LETTERS[c]!).replace(/[\u00c0-\u024f]/g, (c) => BASE.get(c) ?? c);
  if (respelledAs(plain) === lower) return false;
  return plain.length <= 4 || BASE.has(lower[lower.length - 1]!);
}

/** A guard regexp whose accented letters also accept their base letters (see accentOptional). */
export const accentOptionalRe = (re: RegExp): RegExp => {
  // (rewritten as written, \p{L} and all: code that rewrites the result's text again looks for the written forms)
  const written = writtenSource(re);
  const source = accentOptional(written, 'guard');
  return source === written ? re : compactRegExp(source, re.flags);
};

/** Index after the `]` closing the class that opens at `start`. */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++; // "[]" never occurs in these sources; a leading "]" is a literal elsewhere
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** "[ée]" -> "[eée]", "[àa-z]" keeps its range; a negated class is returned as written. */
function widenedClass(cls: string): string {
  if (cls.startsWith('[^')) return cls;
  const body = cls.slice(1, -1);
  const add = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (body[i - 1] === '-' || body[i + 1] === '-') continue; // a range's end
    const base = BASE.get(c) ?? (c === 'ß' ? 's' : undefined);
    if (base !== undefined && !body.includes(base)) add.add(base);
  }
  if (!add.size) return cls;
  const letters = [...add].join('');
  return body.startsWith('-') ? `[${body}${letters}]` : `[${letters}${body}]`;
}
