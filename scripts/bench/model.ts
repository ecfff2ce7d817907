// Learned-layer benchmark: CPU time of the model alone (sentence split, feature hashing, scoring)
// over a 1 MB paste, mixed languages (the checker bench's worst case) and varied (every corpus row),
// next to the whole checker on the same text. process.cpuUsage, best of several runs: the machine is
// shared, and the best run is the one least disturbed by the others.
import { checkMessage, warmChecker } from '../../rules/compliance';
import { classifySentences } from '../../rules/compliance/model';
import { splitSentences } from '../../rules/compliance/model/features';
import { normalize } from '../../rules/compliance/normalize';
import { MIXED, corpusRows, repeatedTo } from './checker-texts';

/** Best CPU milliseconds (user + system) of `runs` calls. */
function cpu(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

warmChecker();
for (const [name, text] of [
  ['mixed', repeatedTo(MIXED, '', 1_000_000)],
  ['varied', repeatedTo(corpusRows(), '\n\n', 1_000_000)],
] as const) {
  const norm = normalize(text, { sellerVoice: true }).text;
  const sentences = splitSentences(norm).length;
  classifySentences(norm, []);
  const model = cpu(() => classifySentences(norm, []), 15);
  const split = cpu(() => splitSentences(norm), 15);
  checkMessage(text);
  const whole = cpu(() => checkMessage(text), 5);
  console.log(`1 MB ${name}: ${sentences} sentences; model ${model.toFixed(1)} ms (${((model * 1000) / sentences).toFixed(2)} µs/sentence; split alone ${split.toFixed(1)} ms); whole checker ${whole.toFixed(1)} ms`);
}
