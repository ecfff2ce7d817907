// Japanese lexicon entries, each run alone and only when one of its trigger literals (detectors/
// triggers.ts: a string every match holds) is in the text. The spaced languages find their triggers
// through the word index (entry-index.ts); Japanese has no word starts to index, so a trigger is looked up
// only when its first pair of characters is one of the text's (char-pairs.ts). A reply wakes a
// few of the 284 entries; before, each list ran as one alternation over the text, and once V8 stops
// optimising regexps (entry-index.ts, defineCue) such a scan tries every alternative at every character.
import { LEXICONS, type LexiconItem } from '../lexicon';
import type { DetectionLanguage } from '../types';
import { entryName, entryPattern, type ListName } from './lexical';
import { holds } from './char-pairs';
import { triggersOf } from './triggers';

interface Prepared {
  readonly item: LexiconItem;
  readonly name: string;
  /** literals one of which every match holds; null: the entry runs on every text */
  readonly triggers: readonly string[] | null;
  /** the triggers' ids in the shared table (TRIGGER_TEXTS) */
  readonly triggerIds: Int32Array | null;
  global?: RegExp;
}

const prepared = new Map<string, Prepared[]>();

function entriesOf(language: DetectionLanguage, list: ListName): Prepared[] {
  const key = `${language}|${list}`;
  let out = prepared.get(key);
  if (!out) {
    const items = LEXICONS[language][list] as readonly LexiconItem[];
    out = items.map((item, index) => {
      const triggers = triggersOf(entryPattern(language, item).source, false);
      const texts = triggers ? triggers.map((t) => t.text) : null;
      return { item, name: entryName(language, list, items, index), triggers: texts, triggerIds: texts ? Int32Array.from(texts, triggerId) : null };
    });
    prepared.set(key, out);
  }
  return out;
}

/** Every entry's trigger literals, each once: several entries share one, looked up once per text. */
const TRIGGER_IDS = new Map<string, number>();
const TRIGGER_TEXTS: string[] = [];
function triggerId(text: string): number {
  let id = TRIGGER_IDS.get(text);
  if (id === undefined) {
    id = TRIGGER_TEXTS.length;
    TRIGGER_TEXTS.push(text);
    TRIGGER_IDS.set(text, id);
  }
  return id;
}

/** Per trigger id: the stamp of the text it was last looked up in, and the answer (no map per text). */
let lastText: string | null = null;
let stamp = 0;
let lookedUp = new Int32Array(0);
let heldIn = new Uint8Array(0);

function textHolds(text: string, id: number): boolean {
  if (text !== lastText) {
    lastText = text;
    stamp = (stamp + 1) | 0 || 1;
  }
  if (lookedUp.length < TRIGGER_TEXTS.length) {
    const grown = new Int32Array(TRIGGER_TEXTS.length);
    grown.set(lookedUp);
    lookedUp = grown;
    const held = new Uint8Array(TRIGGER_TEXTS.length);
    held.set(heldIn);
    heldIn = held;
  }
  if (lookedUp[id] !== stamp) {
    lookedUp[id] = stamp;
    heldIn[id] = holds(text, TRIGGER_TEXTS[id]!) ? 1 : 0;
  }
  return heldIn[id] === 1;
}

function anyHeld(text: string, ids: Int32Array): boolean {
  for (let i = 0; i < ids.length; i++) if (textHolds(text, ids[i]!)) return true;
  return false;
}

/** The matches of an unspaced language's list in `text`: each woken entry scanned alone through `scan`
 *  (the whole text or the language's sentence view), its entry named. */
export function runUnspacedList(
  language: DetectionLanguage,
  list: ListName,
  text: string,
  scan: (re: RegExp) => { start: number; end: number }[],
): { start: number; end: number; entry: string }[] {
  const out: { start: number; end: number; entry: string }[] = [];
  for (const entry of entriesOf(language, list)) {
    if (entry.triggerIds && !anyHeld(text, entry.triggerIds)) continue;
    const global = (entry.global ??= entryPattern(language, entry.item, 'g'));
    for (const m of scan(global)) out.push({ start: m.start, end: m.end, entry: entry.name });
  }
  return out;
}
