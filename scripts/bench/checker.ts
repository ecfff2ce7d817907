// Checker benchmark: median time per checkMessage() call for 200-, 2,000- and 20,000-character
// messages, next to a single-pass baseline (one precompiled regex over the same text), plus a
// 1 MB paste. Targets (issue 3): 2,000 chars < 0.5 ms median, within 10x of the baseline, linear growth;
// 1 MB < 100 ms. Measured, never asserted in CI.
import { readFileSync, readdirSync } from 'node:fs';
import { checkMessage, warmChecker } from '../../rules/compliance';
import { entriesIn } from '../../rules/compliance/detectors/entry-index';
import { entryPattern, findAll } from '../../rules/compliance/detectors/lexical';
import { LEXICONS, type LexiconItem } from '../../rules/compliance/lexicon';
import { normalize } from '../../rules/compliance/normalize';
import { ENGLISH, MIXED, corpusRows, japaneseRows, median, message, repeatedTo } from './checker-texts';
import type { DetectionLanguage } from '../../rules/compliance/types';


/** The baseline: what one precompiled regex pass over the text costs on this machine. */
const BASELINE = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d -]{7,}\d|\b(?:review|feedback|coupon|whatsapp|bewertung|avis|reseña|recensione)\b/giu;
function baseline(text: string): number {
  let n = 0;
  BASELINE.lastIndex = 0;
  while (BASELINE.exec(text)) n++;
  return n;
}


// the first check reads every entry's triggers and heads (the composer does it while the page is idle)
{
  const t0 = performance.now();
  warmChecker();
  const indexed = performance.now() - t0;
  const t1 = performance.now();
  checkMessage(message(MIXED, 2000));
  console.log(`first use: trigger index ${indexed.toFixed(0)} ms, then the first check (compiling what it runs) ${(performance.now() - t1).toFixed(0)} ms`);
  const woken = entriesIn(normalize(message(ENGLISH, 2000)).text).liveIds.length;
  console.log(`entries a 2,000-character English reply wakes: ${woken} (of every spaced language's)`);
}
// let the JIT settle on every path, short and long texts alike (below 240 characters the language
// routing is skipped), as typing does in the composer before any paste
for (let i = 0; i < 200; i++) {
  checkMessage(message(MIXED, 200 + i * 20));
  checkMessage(message(ENGLISH, 200 + i * 20));
}

function table(name: string, sentences: string[]): number {
  console.log(`\n${name}`);
  console.log('| chars  | check ms  | baseline ms | ratio  | µs / char  |');
  console.log('|-------:|----------:|------------:|-------:|-----------:|');
  let perChar2000 = 0;
  for (const size of [200, 2000, 20000]) {
    const text = message(sentences, size);
    const ours = median(() => checkMessage(text), 1500);
    const base = median(() => baseline(text), 500);
    const perChar = (ours * 1000) / size;
    if (size === 2000) perChar2000 = perChar;
    console.log(`| ${String(size).padStart(6)} | ${ours.toFixed(3).padStart(9)} | ${base.toFixed(4).padStart(11)} | ${(ours / base).toFixed(1).padStart(5)}x | ${perChar.toFixed(3).padStart(10)} |`);
  }
  return perChar2000;
}

table('one language (English), typical', ENGLISH);
const perChar2000 = table('six languages mixed, every lexicon runs (worst case)', MIXED);
// Japanese runs its lists as alternations (no word heads to index): dense team-corpus rows
{
  const text = message(japaneseRows(), 2000);
  const ours = median(() => checkMessage(text), 1500);
  const base = median(() => baseline(text), 500);
  console.log(`\nJapanese, 2,000 characters of team-corpus rows: ${ours.toFixed(3)} ms median (baseline ${base.toFixed(4)} ms, ${(ours / base).toFixed(1)}x)`);
}
for (const [name, sentences] of [['English', ENGLISH], ['mixed', MIXED]] as const) {
  const paste = message([...sentences], 1_000_000);
  const pasteMs = median(() => checkMessage(paste), 3000, 5);
  console.log(`\n1 MB paste (${name}): ${pasteMs.toFixed(1)} ms median (${((pasteMs * 1000) / 1_000_000).toFixed(3)} µs/char; mixed 2,000 chars: ${perChar2000.toFixed(3)})`);
}
// The two pastes above repeat a few sentences; a paste of real variety (every team-corpus and
// development row, seven languages, thousands of findings) costs far more per character.
{
  const rows = corpusRows();
  const varied = repeatedTo(rows, '\n\n', 1_000_000);
  const variedMs = median(() => checkMessage(varied), 3000, 3);
  console.log(`1 MB paste (varied: ${rows.length} corpus rows, every language): ${variedMs.toFixed(1)} ms median, ${checkMessage(varied).length} findings`);
}
console.log('\nbaseline = one precompiled regex (URLs, e-mails, digit runs, 8 review/marketing words) over the same text');

// Lexicon entries cost what they try: one that can start at any word (a leading gap, an optional
// prefix, a lookbehind first) makes every word of every message pay. The costliest ones, alone,
// over the whole corpus repeated to 100,000 characters; about 0.5 ms is the floor of any one scan.
const corpusText = readdirSync('test/corpus')
  .filter((file) => file.endsWith('.jsonl')) // the team corpus only (not the real/ and frozen/ splits)
  .flatMap((file) => readFileSync(`test/corpus/${file}`, 'utf8').split('\n'))
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text)
  .join(' ');
const sample = normalize(corpusText.repeat(Math.ceil(100_000 / corpusText.length)).slice(0, 100_000)).text;
const costs: [number, string][] = [];
for (const [lang, lexicon] of Object.entries(LEXICONS)) {
  for (const [list, entries] of Object.entries(lexicon) as [string, LexiconItem[]][]) {
    for (const entry of entries) {
      const re = entryPattern(lang as DetectionLanguage, entry);
      costs.push([median(() => findAll([re], sample), 0, 5), `${lang}:${list}:${entry.id}  ${entry.re.slice(0, 80)}`]);
    }
  }
}
costs.sort((a, b) => b[0] - a[0]);
console.log(`\ncostliest lexicon entries of ${costs.length} (alone, 100,000 corpus characters; the median entry: ${costs[costs.length >> 1]![0].toFixed(2)} ms)`);
for (const [ms, entry] of costs.slice(0, 5)) console.log(`  ${ms.toFixed(2)} ms  ${entry}`);
