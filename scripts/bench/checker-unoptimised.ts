// The checker when V8 no longer optimises regular expressions. V8 stops optimising a regexp it compiles
// once the isolate has generated more than 1 MB of regexp code and holds more than 16 MB of executable
// memory (regexp.cc, TooMuchRegExpCode): on a large page such as Seller Central, whose isolate the
// content script shares, that is the state a long session reaches. Unoptimised, a regexp that scans a
// text for a big alternation tries every position in full, so what the checker scans (not only what it
// matches) sets its cost there. Measured with --no-regexp-optimization: every regexp in that state from
// the start. Same texts as the checker bench; medians.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FLAG = '--no-regexp-optimization';
if (!process.execArgv.includes(FLAG)) {
  const run = spawnSync(process.execPath, [FLAG, '--import', 'tsx', fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const { checkMessage, warmChecker } = await import('../../rules/compliance');
const { ENGLISH, MIXED, japaneseRows, median, message } = await import('./checker-texts');


warmChecker();
console.log('regexp optimisation off (--no-regexp-optimization), medians:');
for (const [name, sentences, size, budget, runs] of [
  ['English, 2,000 chars', ENGLISH, 2000, 1500, 15],
  ['mixed, 2,000 chars', MIXED, 2000, 1500, 15],
  ['Japanese, 2,000 chars', japaneseRows(), 2000, 1500, 15],
  ['English, 1 MB', ENGLISH, 1_000_000, 3000, 3],
  ['mixed, 1 MB', MIXED, 1_000_000, 3000, 3],
] as const) {
  const text = message(sentences, size);
  checkMessage(text);
  console.log(`  ${name}: ${median(() => checkMessage(text), budget, runs).toFixed(size > 100_000 ? 0 : 3)} ms`);
}
