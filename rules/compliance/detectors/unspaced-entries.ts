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

/** The triggers already looked up in the last text (several entries share one). */
let lastText: string | null = null;
let seen = new Map<string, boolean>();

function textHolds(text: string, trigger: string): boolean {
  if (text !== lastText) {
    lastText = text;
    seen = new Map();
  }
  let known = seen.get(trigger);
  if (known === undefined) seen.set(trigger, (known = holds(text, trigger)));
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
    if (entry.triggers && !entry.triggers.some((t) => textHolds(text, t))) continue;
    const global = (entry.global ??= entryPattern(language, entry.item, 'g'));
    for (const m of scan(global)) out.push({ start: m.start, end: m.end, entry: entry.name });
  }
  return out;
}
