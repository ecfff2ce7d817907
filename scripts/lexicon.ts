// `npm run lexicon -- <language> [list] [--all]`: one line per lexicon entry of a language - its name
// (`<language>:<list>:<id>`), its cost alone over 100,000
// characters of the team corpus, how many development rows it matches (team corpus and
// test/corpus/real; never the frozen split nor the held-out files) and, with --all, up to two of those rows around the match:
// what an entry's examples and near-misses are written from.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entryName, entryPattern, findAll, type ListName } from '../rules/compliance/detectors/lexical';
import { LANGUAGES, type DetectionLanguage } from '../rules/compliance/languages';
import { LEXICONS } from '../rules/compliance/lexicon';
import { normalize } from '../rules/compliance/normalize';
import { heldOutFiles } from './held-out';

const [lang, onlyList] = process.argv.slice(2).filter((a) => !a.startsWith('--')) as [DetectionLanguage | undefined, string | undefined];
const showAll = process.argv.includes('--all');
if (!lang || !LANGUAGES.includes(lang)) {
  console.error(`usage: npm run lexicon -- <${LANGUAGES.join('|')}> [list] [--all]`);
  process.exit(2);
}

const heldOut = heldOutFiles(); // file names in test/corpus/real: no entry is written from them
const rowsOf = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !heldOut.has(f))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
const rows = [...rowsOf('test/corpus'), ...rowsOf('test/corpus/real')].map((text) => normalize(text).text);
const joined = rows.join(' ');
const sample = joined.repeat(Math.ceil(100_000 / joined.length)).slice(0, 100_000);

function costMs(re: RegExp): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    findAll([re], sample);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[1]!;
}

for (const [list, items] of Object.entries(LEXICONS[lang]) as [ListName, (typeof LEXICONS)['en'][ListName]][]) {
  if (onlyList && list !== onlyList) continue;
  console.log(`\n## ${lang} ${list} (${items.length} entries)`);
  items.forEach((item, index) => {
    const re = entryPattern(lang, item, 'g');
    const hits = rows.filter((r) => findAll([re], r).length > 0);
    const name = entryName(lang, list, items, index);
    console.log(`${costMs(re).toFixed(2).padStart(6)} ms  ${String(hits.length).padStart(4)} rows  ${name}  ${item.re.slice(0, 140)}`);
    if (!showAll) return;
    for (const row of hits.slice(0, 2)) {
      const [m] = findAll([re], row);
      console.log(`        … ${row.slice(Math.max(0, m!.start - 60), m!.end + 60).replace(/\s+/g, ' ')}`);
    }
  });
}
