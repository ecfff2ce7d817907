// Every lexicon entry is data that proves itself: its examples match it alone (as it runs in its
// language's list: normalized text, word boundaries for spaced languages), its near-misses do not,
// its id is unique in its list, and a finding it makes names it.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { entryPattern, type ListName } from '../../../../rules/compliance/detectors/lexical';
import { LANGUAGES, type DetectionLanguage } from '../../../../rules/compliance/languages';
import { LEXICONS, UNIVERSAL, type LexiconEntry, type LexiconItem } from '../../../../rules/compliance/lexicon';
import { normalize } from '../../../../rules/compliance/normalize';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const entriesOf = (items: readonly LexiconItem[]): readonly LexiconEntry[] => items;

type Source = readonly [DetectionLanguage | 'universal', ListName, readonly LexiconItem[]];
const SOURCES: Source[] = [
  ...(Object.entries(UNIVERSAL) as [ListName, LexiconItem[]][]).map(([list, items]): Source => ['universal', list, items]),
  ...LANGUAGES.flatMap((lang) => (Object.entries(LEXICONS[lang]) as [ListName, LexiconItem[]][]).map(([list, items]): Source => [lang, list, items])),
];

describe.each(SOURCES.filter(([, , items]) => entriesOf(items).length > 0).map(([lang, list, items]) => [`${lang} ${list}`, lang, list, items] as const))(
  'lexicon entries: %s',
  (_name, lang, _list, items) => {
    it('have a kebab-case id unique in the list, a reason and at least one example', () => {
      const ids = new Set<string>();
      for (const entry of entriesOf(items)) {
        expect(entry.id, entry.re).toMatch(ID);
        expect(ids.has(entry.id), `duplicate id ${entry.id}`).toBe(false);
        ids.add(entry.id);
        expect(entry.why.trim().length, `${entry.id}: why`).toBeGreaterThan(10);
        expect(entry.match.length, `${entry.id}: examples`).toBeGreaterThan(0);
      }
    });

    it('match every example and no near-miss, each entry alone', () => {
      const wrong: string[] = [];
      for (const entry of entriesOf(items)) {
        const re = entryPattern(lang, entry, '');
        for (const text of entry.match) if (!re.test(normalize(text).text)) wrong.push(`${entry.id} misses its example: ${text}`);
        for (const text of entry.not ?? []) if (re.test(normalize(text).text)) wrong.push(`${entry.id} matches its near-miss: ${text}`);
      }
      expect(wrong).toEqual([]);
    });
  },
);

describe('findings name their entry', () => {
  it('a lexicon finding carries <language>:<list>:<id>, the layer rule', () => {
    const [finding] = checkMessage('Rate us ★★★★★ today').filter((f) => f.rule === 'leading');
    expect(finding).toMatchObject({ rule: 'leading', layer: 'rule', entry: 'universal:leading:star-row' });
  });

  it('every example of every converted entry of the flagging lists yields a finding that names an entry', () => {
    const unnamed: string[] = [];
    for (const [lang, list, items] of SOURCES) {
      if (!['offplatform', 'leading', 'review_request', 'marketing', 'personal_data'].includes(list)) continue;
      for (const entry of entriesOf(items)) {
        for (const text of entry.match) {
          const findings = checkMessage(text, lang === 'universal' ? {} : { languages: [lang] }).filter((f) => f.layer === 'rule' && f.rule === list);
          // guards (negation, third parties, product names) may clear an example on purpose: only an unnamed finding fails
          if (findings.some((f) => f.entry === undefined)) unnamed.push(`${lang}:${list}:${entry.id}: ${text}`);
        }
      }
    }
    expect(unnamed).toEqual([]);
  });
});
