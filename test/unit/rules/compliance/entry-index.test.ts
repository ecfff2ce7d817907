// The entry index runs each spaced-language entry only where its literals are: these tests hold it
// to doing exactly what a plain scan of every entry over the whole text does, on every entry's own
// examples and near-misses and on a sample of the corpus rows.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entriesIn, runList } from '../../../../rules/compliance/detectors/entry-index';
import { entryName, entryPattern, entrySource, findAll, type ListName } from '../../../../rules/compliance/detectors/lexical';
import { WORD_END, headsOf, triggersOf } from '../../../../rules/compliance/detectors/triggers';
import { SPACED_LANGUAGES } from '../../../../rules/compliance/languages';
import { LEXICONS, type LexiconItem } from '../../../../rules/compliance/lexicon';
import { normalize } from '../../../../rules/compliance/normalize';

describe('triggers and heads of an entry source', () => {
  const of = (source: string) => triggersOf(source)?.map((t) => `${t.wordStart ? '^' : '~'}${t.text}`).sort();

  it('take the rarest literal a match needs, at a word start when it starts a word', () => {
    expect(of(String.raw`(?:leave|write)\s+(?:us\s+)?a\s+review`)).toEqual(['^review']);
    expect(of(String.raw`e-?mail\s+us`)).toEqual(['^e-mail', '^email']);
    // an alternative without a literal of its own leaves the entry without triggers
    expect(of(String.raw`(?:call|[0-9]{3})\s+[a-z]{2,9}`)).toBeUndefined();
    expect(of(String.raw`(?:call|[0-9]{3})\s+now`)).toEqual(['^now']);
    // a literal glued to a letter class is looked for anywhere ("5-star", "five-star")
    expect(of(String.raw`[a-z0-9]{1,5}-star`)).toEqual(['~-star']);
    // an optional literal is no trigger; a positive lookahead's is (it must be in the text)
    expect(of(String.raw`(?:please\s+)?rate\s+us(?=\s+online)`)).toEqual(['^online']);
  });

  it('heads: what every match starts with (_: a blank follows, the head is a whole word), or null', () => {
    const heads = (source: string) => headsOf(source)?.map((h) => h.replace(WORD_END, '_')).sort();
    expect(heads(String.raw`(?:leave|write)\s+a\s+review`)).toEqual(['leave_', 'write_']);
    expect(heads(String.raw`(?:please\s+)?rate\s+us`)).toEqual(['please_', 'rate_']);
    expect(heads(String.raw`e-?mail`)).toEqual(['e-mail', 'email']);
    expect(heads(String.raw`[a-z]{1,20}\s+review`)).toBeUndefined();
    expect(heads(String.raw`(?:r|p)ate`)).toEqual(['pate', 'rate']);
    expect(heads(String.raw`a\s*b`)).toEqual(['a_', 'ab']);
    // a class that may hold a letter does not end the word
    expect(heads(String.raw`a[\sx]b`)).toEqual(['a']);
  });

  it('read every spaced-language entry without failing, and most entries get a trigger', () => {
    let withTrigger = 0;
    let total = 0;
    for (const lang of SPACED_LANGUAGES) {
      for (const items of Object.values(LEXICONS[lang]) as LexiconItem[][]) {
        for (const entry of items) {
          total += 1;
          if (triggersOf(entrySource(lang, entry))) withTrigger += 1;
        }
      }
    }
    // an entry without a trigger runs on every text: a few may, most must not
    expect(withTrigger / total).toBeGreaterThan(0.95);
  });
});

/** Every entry scanned alone over the whole text: what the index must reproduce. */
function plainScan(text: string, lang: (typeof SPACED_LANGUAGES)[number], list: ListName): string[] {
  const out: string[] = [];
  LEXICONS[lang][list].forEach((entry, index) => {
    for (const m of findAll([entryPattern(lang, entry, 'g')], text)) out.push(`${m.start}-${m.end} ${entryName(lang, list, LEXICONS[lang][list], index)}`);
  });
  return out.sort();
}

function indexed(text: string, lang: (typeof SPACED_LANGUAGES)[number], list: ListName): string[] {
  const found = entriesIn(text);
  return runList(found, lang, list, text, null, (re) => findAll([re], text))
    .map((m) => `${m.start}-${m.end} ${m.entry}`)
    .sort();
}

/** `count` rows spread evenly over the corpus files: a fixed amount of work as the corpus grows (the
 *  plain scan runs every entry of every language over each row; a step of 40 rows took 26-30 s of a
 *  30 s timeout on a loaded 2-core machine once the corpus reached 7,500 rows). */
function corpusSample(count: number): string[] {
  const rows: string[] = [];
  for (const dir of ['test/corpus', 'test/corpus/real']) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(`${dir}/${file}`, 'utf8').split('\n')) if (line.trim()) rows.push((JSON.parse(line) as { text: string }).text);
    }
  }
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows.filter((_, i) => i % step === 0).slice(0, count);
}

describe('the entry index finds what a plain scan of every entry finds', () => {
  it.each(SPACED_LANGUAGES.map((lang) => [lang]))('%s: on every example and near-miss of its entries', (lang) => {
    const wrong: string[] = [];
    for (const list of Object.keys(LEXICONS[lang]) as ListName[]) {
      for (const entry of LEXICONS[lang][list]) {
        for (const raw of [...entry.match, ...(entry.not ?? [])]) {
          const text = normalize(raw).text;
          const want = plainScan(text, lang, list);
          const got = indexed(text, lang, list);
          if (want.join('|') !== got.join('|')) wrong.push(`${list} "${raw}": want ${want.join(', ')} got ${got.join(', ')}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('on a sample of the corpus rows, every spaced language and list', () => {
    const wrong: string[] = [];
    for (const raw of corpusSample(100)) {
      const text = normalize(raw).text;
      for (const lang of SPACED_LANGUAGES) {
        for (const list of Object.keys(LEXICONS[lang]) as ListName[]) {
          const want = plainScan(text, lang, list);
          const got = indexed(text, lang, list);
          if (want.join('|') !== got.join('|')) wrong.push(`${lang} ${list} "${raw.slice(0, 80)}": want ${want.join(', ')} got ${got.join(', ')}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 90_000);

  it('inside sentence ranges: a match may not run out of its language range', () => {
    const text = normalize('Please leave us a review. Bitte geben Sie uns eine Bewertung.').text;
    const found = entriesIn(text);
    const english: [number, number][] = [[0, text.indexOf('bitte')]];
    const matches = runList(found, 'en', 'review_request', text, english, (re) => findAll([re], text.slice(0, english[0]![1])));
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m.end).toBeLessThanOrEqual(english[0]![1]);
    // nothing of the German sentence is read as English
    expect(runList(found, 'en', 'review_request', text, [[text.indexOf('bitte'), text.length]], () => [])).toEqual([]);
  });
});
