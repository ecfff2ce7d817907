// Japanese lexicon entries, each run alone and only when one of its trigger literals (detectors/
// triggers.ts: a string every match holds) is in the text. The spaced languages find their triggers
// through the word index (entry-index.ts); Japanese has no word starts to index, so the text's character
// pairs are collected once and a trigger is looked up only when its first pair is there. A reply wakes a
// few of the 284 entries; before, each list ran as one alternation over the text, and once V8 stops
// optimising regexps (entry-index.ts, defineCue) such a scan tries every alternative at every character.
import { LEXICONS, type LexiconItem } from '../lexicon';
import type { DetectionLanguage } from '../types';
import { entryName, entryPattern, type ListName } from './lexical';
import { triggersOf } from './triggers';

interface Prepared {
  readonly item: LexiconItem;
  readonly name: string;
  /** literals one of which every match holds; null: the entry runs on every text */
  readonly triggers: readonly string[] | null;
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
      return { item, name: entryName(language, list, items, index), triggers: triggers ? triggers.map((t) => t.text) : null };
    });
    prepared.set(key, out);
  }
  return out;
}

/** The character pairs of the last text looked at, and the triggers already looked up in it. */
let lastText: string | null = null;
let pairs = new Set<number>();
let seen = new Map<string, boolean>();

function holds(text: string, trigger: string): boolean {
  if (text !== lastText) {
    lastText = text;
    pairs = new Set<number>();
    seen = new Map();
    for (let i = 0; i + 1 < text.length; i++) pairs.add(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
  }
  let known = seen.get(trigger);
  if (known === undefined) {
    known = trigger.length < 2 ? text.includes(trigger) : pairs.has(trigger.charCodeAt(0) * 0x10000 + trigger.charCodeAt(1)) && text.includes(trigger);
    seen.set(trigger, known);
  }
  return known;
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
    if (entry.triggers && !entry.triggers.some((t) => holds(text, t))) continue;
    const global = (entry.global ??= entryPattern(language, entry.item, 'g'));
    for (const m of scan(global)) out.push({ start: m.start, end: m.end, entry: entry.name });
  }
  return out;
}
