// Where a sentence ends, one definition for every detector that reads "the sentence around" a
// phrase: ! ? a line break or a CJK stop always; a full stop only before a blank or the end of the
// text. A full stop inside a word is not an end: "the 2.0 model", "v3.5 firmware", "1.5 L", "19.99",
// "shop.com", "thank you.it will arrive". Cutting there split a condition from its ask ("If our 2.0
// model met your expectations, please rate it") and a guard from its phrase.
import { compactRegExp } from './compact-letters';

/** Weekdays abbreviated in the seven languages ("am Mo.", "le mar.", "el mié.", "gio.", "na ter.", "on Tue."): their dot
 *  before a date ends no sentence ("Le technicien vous appellera le mar. 15/12 entre 9 h et 11 h"; s18 blind c, where
 *  the cut hid the call's slot from the guards and left "... le mar." alone for the learned layer). */
export const WEEKDAY_ABBREVIATION = '(?:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|mie|jue|vie|sáb|sab|dom|gio|seg|ter|qua|qui|sex)';
/** Every sentence stop in a text (global: reset lastIndex before use). */
/** ... and the date after it: day and month with a separator ("15/12", "17.12", "3-4"), not any number ("Wir machen das
 *  so. 3 Tage später ..." ends its sentence - s18 review). */
export const DATE_AFTER = String.raw`\s{1,3}\d{1,2}[./-]\d{1,2}`;
// (the dot matched first, the weekday and the date read around it: a look-around opening the alternative ran at every
// character of every text)
/** Abbreviations that stand inside a sentence and need a word after them ("ca.", "bzw.", "ggf.", "approx.", "aprox."):
 *  their dot before a blank ends no sentence ("Die Spedition wird Sie ca. einen Tag vorher telefonisch kontaktieren" -
 *  the cut hid the carrier from the guard of its call; s22 blind h de-040). */
// (only words that do not close a sentence in practice: not "etc.", "usw.", "ecc.", which often do)
// (and German "o." of "o. Ä." / "o. g.": a single letter that closes no sentence - "keine Zahlung per PayPal o. Ä., auch wenn ..."
// cut the refusal from its clause - s23 blind c de-026; not "z." of "z. B.", which ends "von A bis Z." and "de la A a la Z.")
export const MID_ABBREVIATION = '(?:bzw|vgl|inkl|zzgl|bspw|ggf|ggfs|evtl|sog|o)';
/** "ca.", "approx.", "aprox." end a sentence often, after their quantity ("tarda 4 días aprox. Déjenos una reseña"): they hold it
 *  open only before the quantity they round, a digit or a number word ("ca. 3 Tage", "ca. einen Tag", "approx. two days", "aprox.
 *  una semana") - s22 review 2 #7. Not the case of the next word: the detectors read the text lower-cased. */
export const NUMBER_ABBREVIATION = '(?:ca|approx|aprox)';
const QUANTITY_WORD = '(?:\\d|(?:ein|eine|einen|einem|einer|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|zw[öo]lf|zwanzig|drei[ßs]ig|hundert|halbe?[nrs]?|anderthalb|eineinhalb|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|half|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|medi[oa]|um|uma|dois|duas|tr[êe]s|quatro|meia|meio|une|deux|trois|quatre|cinq|dix|demi|due|tre|quattro|cinque|dieci|mezz[oa])(?![\\p{L}]))';
const QUANTITY_AFTER = `\\s{1,3}${QUANTITY_WORD}`;
/** A reference's abbreviation ("réf.", "ref.", "rif.", "art.", "nr.", "cod.", "cód.", "mod.", "núm.") holds the sentence open only
 *  before the code it introduces, a token with a digit ("réf. LR-40", "Art. 5", "Nr. 12"): "(réf. LR-40, lot de 3)" is one sentence
 *  with the item it names (s23 blind a fr-004: the cut hid the spare blades the buyer asked about from the pack that answered it).
 *  Not "no.", which ends a reply's "No." often. Before a word ("ref. please") the dot may still end the sentence. */
// examples: "réf. LR-40, lot de 3", "Art. 4711", "Nr. 12"; near-misses: "réf. Merci", "art. Très beau" (a stop)
export const CODE_ABBREVIATION = '(?:r[ée]f|rif|art|nr|cod|cód|mod|núm)';
const CODE_AFTER = String.raw`\s{1,3}(?:[\p{L}]{1,6}[- ]?)?\d`;
/** Regexp source to put right after a `\.`: the dot is no mid-sentence abbreviation's. The one rule for the three readers
 *  (SENTENCE_STOP, isSentenceStop through midAbbreviationAt, check.ts CLAUSE_BREAK). */
export const NOT_MID_ABBREVIATION_DOT = String.raw`(?<!(?<![\p{L}])${MID_ABBREVIATION}\.)(?!(?<=(?<![\p{L}])${NUMBER_ABBREVIATION}\.)${QUANTITY_AFTER})(?!(?<=(?<![\p{L}])${CODE_ABBREVIATION}\.)${CODE_AFTER})`;
/** A German day-month date closed by its dot after a preposition that opens a span of time ("bis 31.10.", "ab 1.4.", "vom 3.5.",
 *  "bis zum 15.12.", "spätestens 2.1."): the clause goes on after it ("unter allen, die bis 31.10. eine Bewertung schreiben"), so
 *  its dot ends no sentence. Not "am 31.10.", which closes a delivery date's sentence often ("Die Ware kommt am 31.10. Danke!"). */
// why: s27 blind f de-005 - the draw cut from the review its relative clause names ("verlosen wir unter allen, die bis 31.10. |
// eine Bewertung zu ihrem Kauf schreiben, drei Gutscheine")
// near-misses that still end: "Die Ware kommt am 31.10. Danke!", "Wir haben bis 31. Oktober geöffnet. Danke!" (no day-month date)
export const SPAN_DATE_BEFORE = String.raw`(?<![\p{L}])(?:bis|ab|vom|bis zum|bis spätestens|spätestens)\s{1,3}\d{1,2}\.\d{1,2}`;
export const SENTENCE_STOP = compactRegExp(String.raw`[!?\n。！？]|\.(?:$|(?=\s)${NOT_MID_ABBREVIATION_DOT}(?<!${SPAN_DATE_BEFORE}\.))(?:(?<!(?<![\p{L}])${WEEKDAY_ABBREVIATION}\.)|(?!${DATE_AFTER}))`, 'gu');
const WEEKDAY_BEFORE = compactRegExp(String.raw`(?<![\p{L}])${WEEKDAY_ABBREVIATION}$`, 'u');
const MID_ABBREVIATION_BEFORE = compactRegExp(String.raw`(?<![\p{L}])${MID_ABBREVIATION}$`, 'u');
const NUMBER_ABBREVIATION_BEFORE = compactRegExp(String.raw`(?<![\p{L}])${NUMBER_ABBREVIATION}$`, 'u');
const QUANTITY_NEXT = compactRegExp(`^${QUANTITY_AFTER}`, 'u');
const CODE_ABBREVIATION_BEFORE = compactRegExp(String.raw`(?<![\p{L}])${CODE_ABBREVIATION}$`, 'u');
const CODE_NEXT = compactRegExp(`^${CODE_AFTER}`, 'u');

/** Is the dot at t[i] an abbreviation's that holds the sentence open (NOT_MID_ABBREVIATION_DOT, read with slices)? */
export function midAbbreviationAt(t: string, i: number): boolean {
  const before = t.slice(Math.max(0, i - 7), i);
  return MID_ABBREVIATION_BEFORE.test(before) || (NUMBER_ABBREVIATION_BEFORE.test(before) && QUANTITY_NEXT.test(t.slice(i + 1, i + 16))) || (CODE_ABBREVIATION_BEFORE.test(before) && CODE_NEXT.test(t.slice(i + 1, i + 14)));
}
const DIGIT_AFTER = compactRegExp(`^${DATE_AFTER}`, 'u');
const SPAN_DATE_END = compactRegExp(`${SPAN_DATE_BEFORE}$`, 'u');

/** Regexp source for one character that does not end a sentence, to embed in a pattern's gap
 *  ("[^.!?\n]" cut at the dot of "2.0"). */
export const IN_SENTENCE = '(?:[^.!?\\n。！？]|\\.(?=\\S))';

const BLANK = /\s/u;

/** Does t[i] end a sentence? (char codes: called for every character of a long paste) */
export function isSentenceStop(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  // ! ? \n 。 ！ ？
  if (c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f) return true;
  if (c !== 0x2e) return false;
  if (i + 1 >= t.length) return true;
  if (!BLANK.test(t[i + 1]!)) return false;
  if (midAbbreviationAt(t, i)) return false;
  if (SPAN_DATE_END.test(t.slice(Math.max(0, i - 24), i))) return false;
  // (a weekday's abbreviation before its date: read only when a digit follows, so the common case stays cheap)
  return !(DIGIT_AFTER.test(t.slice(i + 1, i + 9)) && WEEKDAY_BEFORE.test(t.slice(Math.max(0, i - 6), i)));
}

/** Offset of the first sentence stop in t[from, to), or -1. */
export function nextSentenceStop(t: string, from: number, to: number): number {
  for (let i = from; i < to && i < t.length; i++) if (isSentenceStop(t, i)) return i;
  return -1;
}

/** Where the sentence holding t[to] starts, looking back no further than `from`: just after the last
 *  stop in the window t[from, to) (the window read as its own text, as the callers always have), else
 *  `from`. */
export function sentenceStartIn(t: string, from: number, to: number): number {
  const window = t.slice(from, to);
  let start = from;
  SENTENCE_STOP.lastIndex = 0;
  for (let m = SENTENCE_STOP.exec(window); m; m = SENTENCE_STOP.exec(window)) start = from + m.index + m[0].length;
  return start;
}

/** The first stop in the window t[from, to) (read as its own text): its offset in t and the stop
 *  itself, or null. */
export function firstStopIn(t: string, from: number, to: number): { at: number; stop: string } | null {
  SENTENCE_STOP.lastIndex = 0;
  const m = SENTENCE_STOP.exec(t.slice(from, to));
  return m ? { at: from + m.index, stop: m[0] } : null;
}

/** The sentence after the one holding t[end]: from the first stop at or after `end` to the next (each
 *  looked for within `reach` characters), '' at the text's end. The span-context readers' shared window
 *  (check.ts reads 200 characters each way, reported-threat.ts 300). */
export function sentenceAfter(t: string, end: number, reach: number): string {
  const stop = firstStopIn(t, end, end + reach);
  if (!stop) return '';
  const from = stop.at + stop.stop.length;
  const next = firstStopIn(t, from, from + reach);
  return t.slice(from, next ? next.at + next.stop.length : from + reach);
}

/** The sentence around t[at, end), bounded both ways (a stop, or 240 characters): offsite-invite's and bypass-amazon's window. */
export function sentenceAt(t: string, at: number, end: number): [number, number] {
  const from = sentenceStartIn(t, Math.max(0, at - 240), at);
  const stop = firstStopIn(t, end, end + 240);
  return [from, stop ? stop.at + 1 : Math.min(t.length, end + 240)];
}

/**
 * The text's sentences as [start, end) offsets, blanks trimmed, each stop kept with its sentence; with
 * `semicolons`, a ";" parts two statements too ("...; the refund is already on its way"). Sentences
 * longer than `maxLength` (a pasted table, a run with no stops) are left out. For the detectors that
 * read a text sentence by sentence (incentives, payments, surveys).
 */
export function sentenceSpans(t: string, maxLength: number, semicolons = false): readonly (readonly [number, number])[] {
  // about fifty detectors split the same text per check: the last text's splits are kept (frozen, so no caller can change
  // another's), which saves the scans and, on a 100k paste of stops, most of the garbage (33k spans per call)
  if (t !== lastText) {
    lastText = t;
    lastSplits.clear();
  }
  const key = semicolons ? -maxLength - 1 : maxLength;
  let spans = lastSplits.get(key);
  if (!spans) lastSplits.set(key, (spans = splitSentences(t, maxLength, semicolons)));
  return spans;
}
let lastText: string | undefined;
const lastSplits = new Map<number, readonly (readonly [number, number])[]>();

function splitSentences(t: string, maxLength: number, semicolons: boolean): readonly (readonly [number, number])[] {
  const ends: number[] = [];
  SENTENCE_STOP.lastIndex = 0;
  for (let m = SENTENCE_STOP.exec(t); m; m = SENTENCE_STOP.exec(t)) ends.push(m.index + 1);
  if (semicolons) {
    for (let i = t.indexOf(';'); i >= 0; i = t.indexOf(';', i + 1)) ends.push(i + 1);
    ends.sort((a, b) => a - b);
  }
  ends.push(t.length);
  const out: (readonly [number, number])[] = [];
  let from = 0;
  for (const end of ends) {
    let a = from;
    let b = end;
    from = end;
    while (a < b && BLANK.test(t[a]!)) a++;
    while (b > a && BLANK.test(t[b - 1]!)) b--;
    if (b > a && b - a <= maxLength) out.push(Object.freeze([a, b] as const));
  }
  return Object.freeze(out);
}

