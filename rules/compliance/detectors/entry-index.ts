// The spaced languages' lexicon entries, each run alone and only where it can match. One pass over
// a text's words finds (1) which entries can match at all: their trigger, a literal every match
// needs, is in the text (detectors/triggers.ts), and (2) where an entry's match can start: the words
// its head literals begin. An entry whose matches all start with known words is tried, anchored,
// at those words only; any other woken entry scans the text. So the cost follows what the text says,
// not the size of the lexicons, and irregexp never meets the big alternations whose code once
// passed V8's 16 MB regexp budget (past it V8 stops optimising regexps; 2-7x slower).
import { LEXICONS, type Lexicon } from '../lexicon';
import { SPACED_LANGUAGES, type DetectionLanguage } from '../languages';
import { entryName, entryPattern, entrySource, type ListName } from './lexical';
import { isWordChar, startsWithWordChar } from './regex-parse';
import { firstEndingAfter } from './span';
import { holds, mayHold } from './char-pairs';
import { WORD_END, readEntry, triggersOf } from './triggers';

interface IndexedEntry {
  readonly name: string;
  readonly language: DetectionLanguage;
  readonly list: ListName;
  readonly index: number;
  /** head slots when every match starts with a word from them; null: scan */
  readonly heads: readonly number[] | null;
  global?: RegExp;
  sticky?: RegExp;
}

interface Slot {
  readonly text: string;
  /** a head that is a whole word: a non-letter follows it */
  readonly wholeWord: boolean;
  /** entries this literal wakes */
  readonly wakes: number[];
  /** true when it is some entry's head: its word starts are kept */
  head: boolean;
}

/** Word-start slots are found through one hash table per key length: a slot is keyed by its whole
 *  text, or its first KEY characters when longer (integer hashing, no string made per word). Keyed
 *  by 3 characters, a word's probe compared it with every slot sharing them ("rep": reply, repair,
 *  replacement...), 8 per word; keyed whole, a bucket holds a match or a rare collision. */
const KEY = 8;
const TABLE_BITS = 14;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

const mix = (h: number) => (h ^ (h >>> 13)) & TABLE_MASK;

function hashOf(text: string, at: number, length: number): number {
  let h = 0;
  for (let k = 0; k < length; k++) h = (Math.imul(h, 31) + text.charCodeAt(at + k)) | 0;
  return mix(h);
}

/** A local binding for the per-character loop (under tsx an imported function is a getter per call). */
const wordChar = isWordChar;

interface Index {
  readonly entries: IndexedEntry[];
  /** per language and list: the first and one past the last id (a list's ids are consecutive) */
  readonly byList: Map<DetectionLanguage, Map<ListName, readonly [number, number]>>;
  readonly slots: Slot[];
  /** the word-start slots by the hash of their first (up to KEY) characters, flattened for the
   *  per-word loop: the bucket of (key length k, hash h) is bucketIds[bucketFrom[b] .. bucketFrom[b + 1])
   *  with b = (k - 1) * TABLE_SIZE + h; a hit is confirmed by comparing the slot's whole text */
  readonly bucketFrom: Int32Array;
  readonly bucketIds: Int32Array;
  /** one bit per bucket, set when it holds a slot: 16 KB, read before bucketFrom (512 KB), whose
   *  reads at random places missed the cache on most of a word's probes */
  readonly bucketUsed: Int32Array;
  /** per slot: its text's length, 1 when it must end its word, 1 when it is some entry's head */
  readonly slotLength: Int32Array;
  /** every slot's text, one after another (slot i's from slotFrom[i], slotLength[i] units): a probe
   *  compares code units in a typed array instead of calling startsWith per bucket entry */
  readonly slotFrom: Int32Array;
  readonly slotChars: Uint16Array;
  /** the entries each slot wakes, flattened: slot i's are wakeIds[wakeFrom[i] .. wakeFrom[i + 1]) */
  readonly wakeFrom: Int32Array;
  readonly wakeIds: Int32Array;
  readonly slotWholeWord: Uint8Array;
  readonly slotHead: Uint8Array;
  /** per first character (UTF-16 unit): bit k set when some slot of key length k starts with it -
   *  most words skip the short-key probes */
  readonly firstChar: Uint16Array;
  /** the same for key lengths 2 and up, per hash of the first two characters (raw & PAIR_MASK): a
   *  word probes only the lengths some slot with its first two characters has (2 or 3, not 8) */
  readonly pairKeys: Uint16Array;

  /** slots looked for anywhere in the text (in-word or non-letter triggers): each looked up only when
   *  its first two characters are a pair of the text (a bit table filled in the word pass) */
  readonly anywhereIds: Int32Array;
  readonly always: number[];
  /** per cue (by id): its word-start trigger slots and the pseudo-entry they wake (-1: none); its in-word
   *  triggers ("pack" of "3-pack", a Japanese word), found by position when their pseudo-entry wakes; a cue
   *  without triggers is always open */
  readonly cueWordSlots: readonly (readonly number[])[];
  readonly cueWordEntry: Int32Array;
  readonly cueInWordTexts: readonly (readonly string[])[];
  readonly cueInWordEntry: Int32Array;
  readonly cueAlways: Uint8Array;
}

const TABLE_SIZE = TABLE_MASK + 1;
const PAIR_MASK = (1 << 14) - 1;
/** isWordChar as a table over the code units it can be true for (a lookup per character of a paste). */
const WORD_CHAR = new Uint8Array(0x500);
for (let c = 0; c < WORD_CHAR.length; c++) WORD_CHAR[c] = wordChar(c) ? 1 : 0;

let built: Index | null = null;

function slotFor(slots: Slot[], byText: Map<string, number>, text: string, wordStart: boolean): number {
  const key = `${wordStart ? 'w' : 's'}${text}`;
  let id = byText.get(key);
  if (id === undefined) {
    id = slots.length;
    const wholeWord = text.endsWith(WORD_END);
    slots.push({ text: wholeWord ? text.slice(0, -1) : text, wholeWord, wakes: [], head: false });
    byText.set(key, id);
  }
  return id;
}

/** Reads the entries one at a time, so the work can be spread over idle slices (warmEntryIndex)
 *  and finished at once when a check needs it. */
class IndexBuilder {
  private readonly entries: IndexedEntry[] = [];
  private readonly byList = new Map<DetectionLanguage, Map<ListName, readonly [number, number]>>();
  private readonly slots: Slot[] = [];
  private readonly byText = new Map<string, number>();
  private readonly always: number[] = [];
  /** every (language, list, position) still to read, in id order */
  private readonly queue: [DetectionLanguage, ListName, number][] = [];
  private next = 0;

  constructor() {
    for (const language of SPACED_LANGUAGES) {
      for (const list of Object.keys(LEXICONS[language]) as ListName[]) {
        LEXICONS[language][list].forEach((_, index) => this.queue.push([language, list, index]));
      }
    }
  }

  /** Reads entries until `stop()` says so or all are read; true when all are. */
  step(stop: () => boolean): boolean {
    while (this.next < this.queue.length) {
      if (stop()) return false;
      this.read(...this.queue[this.next]!);
      this.next += 1;
    }
    return true;
  }

  private read(language: DetectionLanguage, list: ListName, index: number): void {
    const { slots, byText } = this;
    const id = this.entries.length;
    const items = LEXICONS[language][list] as Lexicon[ListName];
    const { heads, triggers } = readEntry(entrySource(language, items[index]!));
    const usable = heads && heads.every(startsWithWordChar) ? heads.map((h) => slotFor(slots, byText, h, true)) : null;
    for (const slot of usable ?? []) slots[slot]!.head = true;
    if (!triggers) this.always.push(id);
    for (const t of triggers ?? []) slots[slotFor(slots, byText, t.text, t.wordStart && startsWithWordChar(t.text))]!.wakes.push(id);
    this.entries.push({ name: entryName(language, list, items, index), language, list, index, heads: usable });
    if (!this.byList.has(language)) this.byList.set(language, new Map());
    const span = this.byList.get(language)!.get(list);
    this.byList.get(language)!.set(list, [span ? span[0] : id, id + 1]);
  }

  /** A cue's triggers as slots: its word-start ones recorded where they start (as heads are), each
   *  kind waking a pseudo-entry no list runs (its id lies past every list's span). */
  private readCues(): Pick<Index, 'cueWordSlots' | 'cueWordEntry' | 'cueInWordTexts' | 'cueInWordEntry' | 'cueAlways'> {
    const { slots, byText, entries } = this;
    const cueWordSlots: number[][] = [];
    const cueWordEntry = new Int32Array(cues.length).fill(-1);
    const cueInWordTexts: string[][] = [];
    const cueInWordEntry = new Int32Array(cues.length).fill(-1);
    const cueAlways = new Uint8Array(cues.length);
    const pseudo = (name: string): number => {
      entries.push({ name, language: 'en', list: 'marketing', index: -1, heads: null });
      return entries.length - 1;
    };
    for (const cue of cues) {
      const own: number[] = [];
      cueWordSlots.push(own);
      const inWord: string[] = [];
      cueInWordTexts.push(inWord);
      // the cue's own guards say where a word starts; its source is not assumed to start one
      const triggers = triggersOf(cue.source, false);
      if (!triggers) {
        cueAlways[cue.id] = 1;
        continue;
      }
      for (const t of triggers) {
        const wordStart = t.wordStart && startsWithWordChar(t.text);
        const slot = slotFor(slots, byText, t.text, wordStart);
        if (wordStart) {
          if (cueWordEntry[cue.id] === -1) cueWordEntry[cue.id] = pseudo(`cue:${cue.name}`);
          slots[slot]!.head = true;
          slots[slot]!.wakes.push(cueWordEntry[cue.id]!);
          own.push(slot);
        } else {
          // (found by position when woken: "pack" in "3-pack" or a Japanese word must not open every
          // sentence of a text that holds it once)
          if (cueInWordEntry[cue.id] === -1) cueInWordEntry[cue.id] = pseudo(`cue:${cue.name}:in-word`);
          slots[slot]!.wakes.push(cueInWordEntry[cue.id]!);
          inWord.push(t.text);
        }
      }
    }
    return { cueWordSlots, cueWordEntry, cueInWordTexts, cueInWordEntry, cueAlways };
  }

  finish(): Index {
    this.step(() => false);
    const cueTables = this.readCues();
    const { entries, byList, slots, always } = this;
    const byKey = Array.from({ length: KEY }, () => Array.from({ length: TABLE_SIZE }, (): number[] => []));
    const firstChar = new Uint16Array(0x10000);
    const pairKeys = new Uint16Array(PAIR_MASK + 1);
    const anywhere: number[] = [];
    for (const [key, id] of this.byText) {
      const slot = slots[id]!;
      if (key[0] === 's') {
        anywhere.push(id);
        continue;
      }
      const k = Math.min(KEY, slot.text.length);
      byKey[k - 1]![hashOf(slot.text, 0, k)]!.push(id);
      firstChar[slot.text.charCodeAt(0)]! |= 1 << k;
      if (k >= 2) pairKeys[(Math.imul(slot.text.charCodeAt(0), 31) + slot.text.charCodeAt(1)) & PAIR_MASK]! |= 1 << k;
    }
    const bucketFrom = new Int32Array(KEY * TABLE_SIZE + 1);
    const bucketUsed = new Int32Array((KEY * TABLE_SIZE) >> 5);
    const bucketIds: number[] = [];
    byKey.flat().forEach((bucket, b) => {
      bucketIds.push(...bucket);
      bucketFrom[b + 1] = bucketIds.length;
      if (bucket.length) bucketUsed[b >> 5]! |= 1 << (b & 31);
    });
    return {
      entries,
      byList,
      slots,
      bucketFrom,
      bucketIds: Int32Array.from(bucketIds),
      bucketUsed,
      slotLength: Int32Array.from(slots, (s) => s.text.length),
      ...flattenSlots(slots),
      slotWholeWord: Uint8Array.from(slots, (s) => (s.wholeWord ? 1 : 0)),
      slotHead: Uint8Array.from(slots, (s) => (s.head ? 1 : 0)),
      firstChar,
      pairKeys,
      anywhereIds: Int32Array.from(anywhere),
      always,
      ...cueTables,
    };
  }
}

/** The slots' texts and wake lists as flat typed arrays, for the per-word loop of entriesIn. */
function flattenSlots(slots: readonly Slot[]): Pick<Index, 'slotFrom' | 'slotChars' | 'wakeFrom' | 'wakeIds'> {
  const slotFrom = new Int32Array(slots.length + 1);
  const wakeFrom = new Int32Array(slots.length + 1);
  slots.forEach((slot, i) => {
    slotFrom[i + 1] = slotFrom[i]! + slot.text.length;
    wakeFrom[i + 1] = wakeFrom[i]! + slot.wakes.length;
  });
  const slotChars = new Uint16Array(slotFrom[slots.length]!);
  const wakeIds = new Int32Array(wakeFrom[slots.length]!);
  slots.forEach((slot, i) => {
    for (let k = 0; k < slot.text.length; k++) slotChars[slotFrom[i]! + k] = slot.text.charCodeAt(k);
    wakeIds.set(slot.wakes, wakeFrom[i]!);
  });
  return { slotFrom, slotChars, wakeFrom, wakeIds };
}

let builder: IndexBuilder | null = null;

/**
 * A structural detector's cue: a regex source (as the detector writes it, word guards included) that
 * every sentence the detector can flag matches. Its triggers join the index, so the one pass over a
 * text's words that wakes the lexicons also says whether, and at which words, a cue can match: the
 * detector then reads only the sentences holding one, and a text holding none costs it nothing (no
 * regexp scans the text for it - V8 stops optimising regexps once its regexp code passes a limit, and
 * an unoptimised scan of a big alternation costs ten times an optimised one).
 */
export interface Cue {
  readonly id: number;
  readonly name: string;
  readonly source: string;
}
const cues: Cue[] = [];

/** Registers a cue (at module load, before the first check; a later one rebuilds the index). */
export function defineCue(name: string, source: string): Cue {
  const cue: Cue = { id: cues.length, name, source };
  cues.push(cue);
  built = null;
  builder = null;
  return cue;
}

/** Where a cue can match in a text: not at all; anywhere (a cue without triggers: read every sentence);
 *  or at these places (ascending: word starts of its word triggers, offsets of its in-word ones). */
export type CueHits = { open: false } | { open: true; at: Int32Array | null };

const CLOSED: CueHits = { open: false };
const ANYWHERE: CueHits = { open: true, at: null };

/** The first index of an ascending array whose value is at least `value` (how many are below it). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isLive(liveIds: Int32Array, id: number): boolean {
  const at = lowerBound(liveIds, id);
  return at < liveIds.length && liveIds[at] === id;
}

/** `text`: the text `found` was read from (for the places of in-word triggers). */
export function cueIn(found: TextEntries, cue: Cue, text: string): CueHits {
  const idx = index();
  if (idx.cueAlways[cue.id] === 1) return ANYWHERE;
  const word = idx.cueWordEntry[cue.id]!;
  const inWord = idx.cueInWordEntry[cue.id]!;
  const wordLive = word >= 0 && isLive(found.liveIds, word);
  const inWordLive = inWord >= 0 && isLive(found.liveIds, inWord);
  if (!wordLive && !inWordLive) return CLOSED;
  const { rowBySlot, rowFrom, startAt } = found;
  const parts: Int32Array[] = [];
  let total = 0;
  if (wordLive) {
    for (const slot of idx.cueWordSlots[cue.id]!) {
      const row = rowBySlot[slot]! - 1;
      if (row < 0) continue;
      const starts = startAt.subarray(rowFrom[row]!, rowFrom[row + 1]!);
      parts.push(starts);
      total += starts.length;
    }
  }
  if (inWordLive) {
    const literals = idx.cueInWordTexts[cue.id]!;
    let finder = placeFinders.get(literals);
    if (finder === undefined) placeFinders.set(literals, (finder = placeFinder(literals)));
    const at: number[] = [];
    if (finder) placesOf(finder, text, at);
    else
      for (const literal of literals) {
        if (!mayHold(text, literal)) continue;
        for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) at.push(i);
      }
    parts.push(Int32Array.from(at));
    total += at.length;
  }
  if (parts.length === 1) return { open: true, at: parts[0]!.slice().sort() };
  const at = new Int32Array(total);
  let k = 0;
  for (const part of parts) {
    at.set(part, k);
    k += part.length;
  }
  return { open: true, at: at.sort() };
}

/** A cue's in-word literals bucketed by a hash of their first unit (one-unit literals), two units (two-unit ones) or three
 *  units (longer ones): every place of every literal found in one pass over the text, a few table reads per character and a
 *  comparison only where a bucket is filled. The promotion cue has about 900 in-word literals, and a search per literal (even
 *  behind the pair and triple tables) cost a tenth of an English check. */
interface PlaceFinder {
  readonly literals: readonly string[];
  /** bucket b of table k (k = literal length, 3 for longer ones) holds ids[k][from[k][b] .. from[k][b + 1]) */
  readonly from: readonly [Int32Array, Int32Array, Int32Array];
  readonly ids: readonly [Int32Array, Int32Array, Int32Array];
}
/** Per cue's literal list (the index's own array): its finder, or null where a literal is empty (searched as before). */
const placeFinders = new WeakMap<readonly string[], PlaceFinder | null>();
const PLACE_BITS = 12;
const PLACE_MASK = (1 << PLACE_BITS) - 1;
const placeHash1 = (a: number): number => a & PLACE_MASK;
const placeHash2 = (a: number, b: number): number => (Math.imul(a, 31) + b) & PLACE_MASK;
const placeHash3 = (a: number, b: number, c: number): number => (Math.imul(Math.imul(a, 31) + b, 31) + c) & PLACE_MASK;

function placeFinder(literals: readonly string[]): PlaceFinder | null {
  if (literals.some((l) => !l.length)) return null;
  const keyOf = (l: string): [0 | 1 | 2, number] =>
    l.length === 1 ? [0, placeHash1(l.charCodeAt(0))] : l.length === 2 ? [1, placeHash2(l.charCodeAt(0), l.charCodeAt(1))] : [2, placeHash3(l.charCodeAt(0), l.charCodeAt(1), l.charCodeAt(2))];
  const keys = literals.map(keyOf);
  const from = [0, 1, 2].map(() => new Int32Array(PLACE_MASK + 2)) as [Int32Array, Int32Array, Int32Array];
  for (const [t, b] of keys) from[t][b + 1]!++;
  for (const f of from) for (let b = 0; b <= PLACE_MASK; b++) f[b + 1]! += f[b]!;
  const next = from.map((f) => f.slice(0, PLACE_MASK + 1));
  const ids = from.map((f) => new Int32Array(f[PLACE_MASK + 1]!)) as [Int32Array, Int32Array, Int32Array];
  keys.forEach(([t, b], i) => {
    ids[t][next[t]![b]!++] = i;
  });
  return { literals, from, ids };
}

/** The index's in-word and non-letter slots' finder (by index: a rebuilt index has its own), and the scratch marks of which
 *  of them the text holds. */
const anywhereFinders = new WeakMap<Index, PlaceFinder | null>();
let anywhereHeld = new Uint8Array(0);

/** Marks held[i] = 1 for every literal i of the finder that occurs in `text`. */
function heldLiterals(finder: PlaceFinder, text: string, held: Uint8Array): void {
  const { literals } = finder;
  const [from1, from2, from3] = finder.from;
  const [ids1, ids2, ids3] = finder.ids;
  const n = text.length;
  let a = n > 0 ? text.charCodeAt(0) : 0;
  let b = n > 1 ? text.charCodeAt(1) : 0;
  for (let p = 0; p < n; p++) {
    const c = p + 2 < n ? text.charCodeAt(p + 2) : 0;
    let h = placeHash1(a);
    for (let q = from1[h]!, to = from1[h + 1]!; q < to; q++) {
      const id = ids1[q]!;
      if (held[id] === 0 && a === literals[id]!.charCodeAt(0)) held[id] = 1;
    }
    if (p + 1 < n) {
      h = placeHash2(a, b);
      for (let q = from2[h]!, to = from2[h + 1]!; q < to; q++) {
        const id = ids2[q]!;
        if (held[id] === 0 && text.startsWith(literals[id]!, p)) held[id] = 1;
      }
      if (p + 2 < n) {
        h = placeHash3(a, b, c);
        for (let q = from3[h]!, to = from3[h + 1]!; q < to; q++) {
          const id = ids3[q]!;
          if (held[id] === 0 && text.startsWith(literals[id]!, p)) held[id] = 1;
        }
      }
    }
    a = b;
    b = c;
  }
}

/** Every start of every literal in `text` (a literal listed twice, twice), as the literal-by-literal search found them
 *  (the caller sorts them). */
function placesOf(finder: PlaceFinder, text: string, at: number[]): void {
  const { literals } = finder;
  const [from1, from2, from3] = finder.from;
  const [ids1, ids2, ids3] = finder.ids;
  const n = text.length;
  let a = n > 0 ? text.charCodeAt(0) : 0;
  let b = n > 1 ? text.charCodeAt(1) : 0;
  for (let p = 0; p < n; p++) {
    const c = p + 2 < n ? text.charCodeAt(p + 2) : 0;
    let h = placeHash1(a);
    for (let q = from1[h]!, to = from1[h + 1]!; q < to; q++) if (text.charCodeAt(p) === literals[ids1[q]!]!.charCodeAt(0)) at.push(p);
    if (p + 1 < n) {
      h = placeHash2(a, b);
      for (let q = from2[h]!, to = from2[h + 1]!; q < to; q++) if (text.startsWith(literals[ids2[q]!]!, p)) at.push(p);
      if (p + 2 < n) {
        h = placeHash3(a, b, c);
        for (let q = from3[h]!, to = from3[h + 1]!; q < to; q++) if (text.startsWith(literals[ids3[q]!]!, p)) at.push(p);
      }
    }
    a = b;
    b = c;
  }
}

/** Does [start, end) hold one of a cue's hits? (always, when the cue's places are unknown) */
export function cueWithin(hits: CueHits, start: number, end: number): boolean {
  if (!hits.open) return false;
  const at = hits.at;
  if (!at) return true;
  const first = lowerBound(at, start);
  return first < at.length && at[first]! < end;
}

function index(): Index {
  if (!built) {
    built = (builder ?? new IndexBuilder()).finish();
    builder = null;
  }
  return built;
}

/** What one text wakes: the entries to run, and where head slots' words start. Sized by what the
 *  text holds, never by the index: a short reply pays for its few words only. */
export interface TextEntries {
  /** woken entries, ascending (an entry's id orders it by language, list and list position) */
  readonly liveIds: Int32Array;
  /** head slot -> its row + 1 (0: the slot's words are not in the text): the slot's word starts
   *  are startAt[rowFrom[row] .. rowFrom[row + 1]) */
  readonly rowBySlot: Int32Array;
  readonly rowFrom: Int32Array;
  readonly startAt: Int32Array;
}

/** Scratch marks reused by every call (entriesIn is synchronous and never re-entered): a mark is
 *  set when it holds the current call's stamp, so nothing is cleared between texts. */
let stamp = 0;
let slotMark = new Int32Array(0);
let entryMark = new Int32Array(0);
/** (slot, word start) pairs as found, reused between calls (grown, never shrunk) */
let hitSlot = new Int32Array(1024);
let hitAt = new Int32Array(1024);
/** Scratch pairs kept between calls up to this many (a 20,000-character slice needs a few thousand). */
const SCRATCH_KEPT = 1 << 15;

function grow(array: Int32Array<ArrayBuffer>, hits: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(hits * 2);
  grown.set(array);
  return grown;
}


export function entriesIn(text: string): TextEntries {
  const idx = index();
  const slotCount = idx.slots.length;
  if (slotMark.length !== slotCount) slotMark = new Int32Array(slotCount);
  if (entryMark.length !== idx.entries.length) entryMark = new Int32Array(idx.entries.length);
  stamp = (stamp + 1) | 0 || 1;
  const now = stamp;
  const liveList: number[] = [];
  const { slots, firstChar, pairKeys, bucketFrom, bucketIds, bucketUsed, slotLength, slotFrom, slotChars, wakeFrom, wakeIds, slotWholeWord, slotHead } = idx;
  const entryMarks = entryMark;
  /** the entries a slot wakes, each once per call */
  const wake = (slot: number) => {
    const to = wakeFrom[slot + 1]!;
    for (let w = wakeFrom[slot]!; w < to; w++) {
      const entry = wakeIds[w]!;
      if (entryMarks[entry] === now) continue;
      entryMarks[entry] = now;
      liveList.push(entry);
    }
  };
  for (const id of idx.always) {
    entryMark[id] = now;
    liveList.push(id);
  }
  // (slot, word start) pairs as found, grouped by slot after the pass: no array per slot
  let hits = 0;
  let hitSlots = hitSlot;
  let hitStarts = hitAt;
  const n = text.length;
  const wordTable = WORD_CHAR;
  const marks = slotMark;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x500 || wordTable[c] === 0) continue;
    // a word starts here: probe it, then skip to its end
    let keys = firstChar[c]!;
    if (keys !== 0) {
      let raw = 0;
      for (let k = 1; k <= KEY && p + k <= n && keys >> k !== 0; k++) {
        raw = (Math.imul(raw, 31) + text.charCodeAt(p + k - 1)) | 0;
        // past the first character, the lengths of the slots that start with these two
        if (k === 2) keys = pairKeys[raw & PAIR_MASK]!;
        if (!(keys & (1 << k))) continue;
        const b = (k - 1) * TABLE_SIZE + mix(raw);
        if ((bucketUsed[b >> 5]! & (1 << (b & 31))) === 0) continue;
        const to = bucketFrom[b + 1]!;
        for (let q = bucketFrom[b]!; q < to; q++) {
          const id = bucketIds[q]!;
          const length = slotLength[id]!;
          if (p + length > n) continue;
          // the slot's whole text at p (the hash matched its first KEY characters, not proof of them)
          const from = slotFrom[id]!;
          let same = 0;
          while (same < length && text.charCodeAt(p + same) === slotChars[from + same]) same++;
          if (same < length) continue;
          if (slotWholeWord[id] === 1 && p + length < n) {
            const after = text.charCodeAt(p + length);
            if (after < 0x500 && wordTable[after] === 1) continue;
          }
          if (marks[id] !== now) {
            marks[id] = now;
            wake(id);
          }
          if (slotHead[id] === 1) {
            if (hits === hitSlots.length) {
              hitSlot = hitSlots = grow(hitSlots, hits);
              hitAt = hitStarts = grow(hitStarts, hits);
            }
            hitSlots[hits] = id;
            hitStarts[hits] = p;
            hits += 1;
          }
        }
      }
    }
    for (p += 1; p < n; p++) {
      const d = text.charCodeAt(p);
      if (d >= 0x500 || wordTable[d] === 0) break;
      // a letter after a digit starts a word for a letter guard ("3pack", "10off"): probe it too
      // (a lexicon entry's own guard still refuses it; a cue's may not)
      if (d > 0x39) {
        const before = text.charCodeAt(p - 1);
        if (before >= 0x30 && before <= 0x39) {
          p -= 1;
          break;
        }
      }
    }
  }
  // in-word and non-letter triggers: a lookup per slot whose first pair the text holds (no regexp scans
  // the text for them: an alternation of hundreds of literals, once V8 stops optimising regexps, tried
  // every literal at every character)
  // (all of them found in one bucketed pass, placeFinder below: a search per slot behind the pair and triple tables was a
  // quarter of an English check's entriesIn; a slot is woken exactly when its text is in `text`, as holds() answered)
  if (idx.anywhereIds.length) {
    const ids = idx.anywhereIds;
    let finder = anywhereFinders.get(idx);
    if (finder === undefined) anywhereFinders.set(idx, (finder = placeFinder(Array.from(ids, (id) => slots[id]!.text))));
    if (finder) {
      if (anywhereHeld.length !== ids.length) anywhereHeld = new Uint8Array(ids.length);
      else anywhereHeld.fill(0);
      heldLiterals(finder, text, anywhereHeld);
    }
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (marks[id] === now || !(finder ? anywhereHeld[k] === 1 : holds(text, slots[id]!.text))) continue;
      marks[id] = now;
      wake(id);
    }
  }
  // group the pairs by slot (counting sort over the slots that were hit, in order of first hit);
  // the slot -> row table is the call's own (a scope keeps it while other texts are checked)
  const rowBySlot = new Int32Array(slotCount);
  const counts: number[] = [];
  for (let h = 0; h < hits; h++) {
    const slot = hitSlots[h]!;
    let row = rowBySlot[slot]!;
    if (row === 0) {
      counts.push(0);
      rowBySlot[slot] = row = counts.length;
    }
    counts[row - 1]! += 1;
  }
  const rowFrom = new Int32Array(counts.length + 1);
  for (let r = 0; r < counts.length; r++) rowFrom[r + 1] = rowFrom[r]! + counts[r]!;
  const fill = rowFrom.slice(0, counts.length);
  const startAt = new Int32Array(hits);
  for (let h = 0; h < hits; h++) startAt[fill[rowBySlot[hitSlots[h]!]! - 1]!++] = hitStarts[h]!;
  // a pasted megabyte grows the scratch pairs to hundreds of thousands: let them go after it
  if (hitSlots.length > SCRATCH_KEPT) {
    hitSlot = new Int32Array(1024);
    hitAt = new Int32Array(1024);
  }
  return { liveIds: Int32Array.from(liveList).sort(), rowBySlot, rowFrom, startAt };
}

export interface EntryMatch {
  start: number;
  end: number;
  entry: string;
}

/** A language's sentences in a text (sorted, disjoint), or null for the whole text. */
export type Ranges = readonly (readonly [number, number])[] | null;

function rangeAt(ranges: NonNullable<Ranges>, p: number): number {
  const i = firstEndingAfter(ranges, p);
  return i < ranges.length && ranges[i]![0] <= p ? i : -1;
}

/** An entry tried at a word start inside its language's ranges (null: the whole text): in the whole
 *  text, or, when the match runs out of the range holding p, inside that range alone (the sentences
 *  after it are not its language). The range is looked up only for a match: most tries fail. */
function anchored(entry: IndexedEntry, text: string, p: number, ranges: Ranges): number {
  const sticky = (entry.sticky ??= entryPattern(entry.language, LEXICONS[entry.language][entry.list][entry.index]!, 'y'));
  // test(), not exec(): a sticky test leaves lastIndex at the match's end and makes no result array
  // (most tries fail; a paste makes hundreds of thousands)
  sticky.lastIndex = p;
  if (!sticky.test(text)) return -1;
  const end = sticky.lastIndex;
  if (end === p) return -1;
  if (!ranges) return end;
  const at = rangeAt(ranges, p);
  if (at < 0) return -1; // callers pass only starts inside the ranges; never index past them
  const range = ranges[at]!;
  if (end <= range[1]) return end;
  const window = text.slice(range[0], range[1]);
  sticky.lastIndex = p - range[0];
  if (!sticky.test(window)) return -1;
  const innerEnd = sticky.lastIndex + range[0];
  return innerEnd > p ? innerEnd : -1;
}

/** A row's word starts (ascending), or, inside ranges, only those in a range: kept per row and
 *  ranges, as a language's entries share their head words (each word start looked up once per
 *  language, not once per entry that has it as a head). */
type RowStarts = (row: number) => Int32Array;

/** Per text's entries: its whole-text row starts, and those per ranges (made once per text, not once
 *  per list run: a check runs each language's lists, and a closure made per run is a cost of its own) */
const rowsInRanges = new WeakMap<TextEntries, { whole: RowStarts; byRanges: WeakMap<NonNullable<Ranges>, RowStarts> }>();

function rowStartsFor(found: TextEntries, ranges: Ranges): RowStarts {
  let rows = rowsInRanges.get(found);
  if (!rows) {
    const { rowFrom, startAt } = found;
    rows = { whole: (row) => startAt.subarray(rowFrom[row]!, rowFrom[row + 1]!), byRanges: new WeakMap() };
    rowsInRanges.set(found, rows);
  }
  const { whole, byRanges } = rows;
  if (!ranges) return whole;
  let starts = byRanges.get(ranges);
  if (!starts) {
    const kept = new Map<number, Int32Array>();
    starts = (row) => {
      let inside = kept.get(row);
      if (!inside) {
        const all = whole(row);
        const keep = new Int32Array(all.length);
        let count = 0;
        for (let i = 0; i < all.length; i++) if (rangeAt(ranges, all[i]!) >= 0) keep[count++] = all[i]!;
        kept.set(row, (inside = keep.subarray(0, count)));
      }
      return inside;
    };
    byRanges.set(ranges, starts);
  }
  return starts;
}

function headStarts(entry: IndexedEntry, found: TextEntries, rowStarts: RowStarts): Int32Array {
  const { rowBySlot } = found;
  const heads = entry.heads!;
  let only: Int32Array = EMPTY;
  let total = 0;
  let rows = 0;
  for (let i = 0; i < heads.length; i++) {
    const row = rowBySlot[heads[i]!]! - 1;
    if (row < 0) continue;
    const starts = rowStarts(row);
    if (!starts.length) continue;
    only = starts;
    rows += 1;
    total += starts.length;
  }
  if (rows <= 1) return only;
  const merged = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < heads.length; i++) {
    const row = rowBySlot[heads[i]!]! - 1;
    if (row < 0) continue;
    const starts = rowStarts(row);
    merged.set(starts, at);
    at += starts.length;
  }
  return merged.sort();
}

const EMPTY = new Int32Array(0);

/**
 * The matches of one language's list in a text: entries with heads tried at their words (inside
 * the language's ranges), the others handed to `scan` (a whole-text or sentence-view search).
 * Each entry's matches do not overlap one another, as a global search's would not.
 */
export function runList(
  found: TextEntries,
  language: DetectionLanguage,
  list: ListName,
  text: string,
  ranges: Ranges,
  scan: (re: RegExp) => { start: number; end: number }[],
): EntryMatch[] {
  const idx = index();
  const out: EntryMatch[] = [];
  const span = idx.byList.get(language)?.get(list);
  if (!span) return out;
  // the list's entries have consecutive ids: walk the woken ones among them
  const [first, end] = span;
  const { liveIds } = found;
  const rowStarts = rowStartsFor(found, ranges);
  for (let i = lowerBound(liveIds, first); i < liveIds.length && liveIds[i]! < end; i++) {
    const id = liveIds[i]!;
    const entry = idx.entries[id]!;
    if (!entry.heads) {
      const global = (entry.global ??= entryPattern(language, LEXICONS[language][list][entry.index]!, 'g'));
      for (const m of scan(global)) out.push({ start: m.start, end: m.end, entry: entry.name });
      continue;
    }
    let next = 0;
    for (const p of headStarts(entry, found, rowStarts)) {
      if (p < next) continue;
      const end = anchored(entry, text, p, ranges);
      if (end < 0) continue;
      out.push({ start: p, end, entry: entry.name });
      next = end;
    }
  }
  return out;
}

/** Builds the index ahead of the first check, in slices: reads entries until `stop()` says the
 *  slice is over (an idle deadline); true once the index is built. Without `stop`, all at once. */
export function warmEntryIndex(stop: () => boolean = () => false): boolean {
  if (built) return true;
  builder ??= new IndexBuilder();
  if (!builder.step(stop)) return false;
  index();
  return true;
}
