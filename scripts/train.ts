// `npm run train`: trains the learned layer of the compliance checker (rules/compliance/model/) on
// the team corpus (test/corpus/*.jsonl) and the real-pattern development rows
// (test/corpus/real/*.jsonl) and writes rules/compliance/model/weights.ts. Deterministic: the same
// rows give the same bytes. The frozen split (test/corpus/frozen/) is never read.
// The training reads no lexicon (rules/compliance/model/README.md): a lexicon change alone leaves the
// weights as they are; new or relabelled rows move them.
// `--check` trains and compares with the committed weights instead of writing them (exit 1 when the
// rows changed since); `--out=FILE` writes elsewhere (e.g. to compare two runs byte for byte).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serialize, train, type TrainRow } from '../rules/compliance/model/train';

const root = join(import.meta.dirname, '..');
const dirs = [join(root, 'test', 'corpus'), join(root, 'test', 'corpus', 'real')];
const rows: TrainRow[] = [];
for (const dir of dirs) {
  if (/frozen/.test(dir)) throw new Error('the frozen split is not training data');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const e = JSON.parse(line) as TrainRow;
      rows.push({ id: e.id, text: e.text, labels: e.labels, buyerMessage: e.buyerMessage });
    }
  }
}

const started = performance.now();
const result = train(rows, { log: (l) => console.log(l) });
const out = serialize(result.model, dirs.map((d) => relative(root, d) + '/*.jsonl').join(', '));
console.log(`\ntrained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`margin ${result.margin} (nested: thresholds from the other folds, counted on the held-out fold)`);
console.log('out-of-fold (5 folds), per label: threshold; rows with the label the model flags; rows the lexicon missed that the model finds on a sentence the lexicon does not touch; model flags on rows without the label (on compliant rows)');
for (const r of result.report) {
  console.log(`  ${r.label.padEnd(15)} t=${r.threshold.toFixed(3).padStart(7)}  flags ${String(r.flagged).padStart(4)}/${String(r.withLabel).padEnd(4)}  found ${String(r.foundByModel).padStart(4)}/${String(r.missedByLexicon).padEnd(4)}  false ${r.falseFlags} (${r.falseOnClean} compliant)`);
}
console.log(`out-of-fold compliant rows with a model flag: ${result.cleanFlagged}/${result.clean} = ${((100 * result.cleanFlagged) / result.clean).toFixed(2)} % (on a sentence the label's lexicon does not touch: ${result.cleanFlaggedModelOnly})`);
const target = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(root, 'rules', 'compliance', 'model', 'weights.ts');
if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === out;
  console.log(same ? 'weights.ts is up to date' : 'weights.ts differs from a fresh training run');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(target, out);
  console.log(`wrote ${relative(root, target)} (${out.length} bytes)`);
}
