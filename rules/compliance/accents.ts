// Words typed without their accents, read as written with them. Sellers on a keyboard without dead
// keys write "avaliacao", "proxima compra", "resena", "evaluation positive", "ueber": the lexicons and
// detectors are written with the accents, so the same ask lost about 12 % of its findings in
// es/pt/fr/it and 20 % in German when typed that way (dev rows with the accents stripped, session 13).
// The detection copy gets the accented spelling of a word whose unaccented form is not a word of its
// own (the table is built from the development rows by `npm run accents`: "nao" -> "não", never
// "e" -> "è" nor "si" -> "sí"). The same table reads typos of the words violations are written with
// ("reveiw", "feeback", "bewertnug": dev rows with a third of their long words typo'd lost 25 % of their
// findings; held out, the table brings s11/s12 from .803 to .854). Offsets are unaffected: normalize.ts
// maps the respelled word to the typed one.
import { ACCENT_WORDS, TYPO_WORDS } from './accent-words';
import { FUNCTION_WORDS } from './languages';

/** Latin letters with diacritics (U+00C0-024F, lowercase after normalisation) -> their base letters. */
const BASE = new Map<number, string>();
for (let cp = 0xc0; cp <= 0x24f; cp++) {
  const ch = String.fromCodePoint(cp).toLowerCase();
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  if (/^[a-z]$/.test(base) && base !== ch) BASE.set(ch.codePointAt(0)!, base);
}
BASE.set(0xdf, 'ss'); // ß

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

function stripped(word: string): string {
  let out = '';
  for (const ch of word) out += BASE.get(ch.codePointAt(0)!) ?? ch;
  return out;
}

/** The spelling of a word with diacritics a seller may type instead: without the marks, or for a word
 *  with German umlauts with ae/oe/ue/ss. Empty for a word without diacritics. */
export function accentKeys(word: string): string[] {
  // German words are typed with ae/oe/ue/ss; the umlaut merely dropped would often spell another word
  // ("konnten"/"könnten", "schon"/"schön", "zahlen"/"zählen")
  if (/[äöü]/.test(word)) return [word.replace(/[äöüß]/g, (c) => GERMAN[c]!)];
  const plain = stripped(word);
  return plain === word ? [] : [plain];
}

interface Table {
  readonly words: ReadonlyMap<string, string>;
  /** per (first letter, second letter, length) of a key: 1 when some key has them - most words of a
   *  text are ruled out without slicing them */
  readonly shape: Uint8Array;
}
let table: Table | undefined;
const MAX_LENGTH = 31;
const shapeIndex = (a: number, b: number, length: number) => ((a - 0x61) * 26 + (b - 0x61)) * 32 + length;

function load(): Table {
  const words = new Map<string, string>();
  const shape = new Uint8Array(26 * 26 * 32);
  // accents first: a key of both keeps its accented word
  for (const pair of `${ACCENT_WORDS} ${TYPO_WORDS}`.split(' ')) {
    const [key, word] = pair.split(':') as [string, string];
    if (!word || key.length > MAX_LENGTH || !/^[a-z]{2}/.test(key) || words.has(key)) continue;
    words.set(key, word);
    shape[shapeIndex(key.charCodeAt(0), key.charCodeAt(1), key.length)] = 1;
  }
  return { words, shape };
}

/** Parses the table ahead of the first check (about 10 ms once): the checker's warm-up calls it. */
export function warmRespellings(): void {
  table ??= load();
}

const isAscii = (s: string) => !/[^\x20-\x7e]/.test(s);
const ENGLISH = new Set(FUNCTION_WORDS.en);
const OTHER = new Set(Object.entries(FUNCTION_WORDS).flatMap(([language, words]) => (language === 'en' ? [] : words.filter((w) => !ENGLISH.has(w)))));
/** Do English function words outnumber the other languages' ones within 80 characters either side? */
function englishAround(copy: string, at: number): boolean {
  let english = 0;
  let other = 0;
  for (const [w] of copy.slice(Math.max(0, at - 80), at + 80).matchAll(/\p{L}+/gu)) {
    if (ENGLISH.has(w)) english++;
    else if (OTHER.has(w)) other++;
  }
  return english >= 2 && english > other;
}

export interface Respelling {
  /** span of the detection copy */
  readonly start: number;
  readonly end: number;
  /** the accented word read there instead */
  readonly word: string;
}

const isLatinLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlnum = (c: number) => isDigit(c) || isLatinLetter(c);
/** '@', '_', '/', ':', '\' or a digit next to a word: part of an address, a handle, a path or a code */
const isJoiner = (c: number) => c === 0x40 || c === 0x5f || c === 0x2f || c === 0x3a || c === 0x5c || isDigit(c);

/**
 * Where the detection copy (lowercase) holds a word the table respells, with the spelling. A word
 * inside an address, handle, path or code ("joao@...", "loja.nao.br", "opcao2") keeps its letters.
 */
export function respellings(copy: string): Respelling[] {
  const t = (table ??= load());
  const out: Respelling[] = [];
  const n = copy.length;
  let i = 0;
  while (i < n) {
    const c = copy.charCodeAt(i);
    // (the letter tests inlined: this walk meets every character of a 1 MB paste)
    if (c < 0x61 || (c > 0x7a && !isLatinLetter(c))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    for (i++; i < n; i++) {
      const d = copy.charCodeAt(i);
      if (d >= 0x61 && d <= 0x7a) continue;
      if (d < 0xc0 || !isLatinLetter(d)) break;
      ascii = false;
    }
    const length = i - start;
    if (length < 3 || length > MAX_LENGTH + 1) continue;
    const before = start > 0 ? copy.charCodeAt(start - 1) : 0x20;
    const after = i < n ? copy.charCodeAt(i) : 0x20;
    if (isJoiner(before) || isJoiner(after)) continue;
    if (before === 0x2e && start > 1 && isAlnum(copy.charCodeAt(start - 2))) continue;
    if (after === 0x2e && i + 1 < n && isAlnum(copy.charCodeAt(i + 1))) continue;
    let key: string;
    if (ascii) {
      if (length > MAX_LENGTH || !t.shape[shapeIndex(c, copy.charCodeAt(start + 1), length)]) continue;
      key = copy.slice(start, i);
    } else {
      key = stripped(copy.slice(start, i));
      if (key.length > MAX_LENGTH || !/^[a-z]{2}/.test(key) || !t.shape[shapeIndex(key.charCodeAt(0), key.charCodeAt(1), key.length)]) continue;
    }
    const word = t.words.get(key);
    if (word === undefined || word === copy.slice(start, i)) continue;
    // an accented reading in an English sentence is an English word that the table does not know
    // ("evaluation", "general", "reduction" are no "évaluation", "général", "réducción")
    if (!isAscii(word) && englishAround(copy, start)) continue;
    out.push({ start, end: i, word });
  }
  return out;
}

/** The word the table reads for `key` as typed (lowercase), if any: accent-optional.ts asks whether an
 *  unaccented spelling is a word of its own. */
export function respelledAs(key: string): string | undefined {
  return (table ??= load()).words.get(key);
}
