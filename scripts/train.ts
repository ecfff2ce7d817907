// `npm run train`: trains the learned layer of the compliance checker (rules/compliance/model/) on
// the team corpus (test/corpus/*.jsonl) and the real-pattern development rows
// (test/corpus/real/*.jsonl) and writes rules/compliance/model/weights.ts. Deterministic: the same
// rows give the same bytes. The frozen split (test/corpus/frozen/) is never read.
// The training reads no lexicon (rules/compliance/model/README.md): a lexicon change alone leaves the
// weights as they are; new or relabelled rows move them.
// `--check` trains and compares with the committed weights instead of writing them (exit 1 when the
// rows changed since); `--out=FILE` writes elsewhere (e.g. to compare two runs byte for byte).
// `--heldout` writes nothing: it trains without the s6 rows and scores them, then without the s5 rows
// and scores those (batches written after the rest, so new paraphrases and new near-misses), and prints
// the model's own recall per label and its false alarms on compliant rows per language. Options can be
// tried as JSON: `--options={"cleanWeight":2}`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LABELS, extract, featureBuffer, splitSentences } from '../rules/compliance/model/features';
import { scoreQuantized, serialize, train, type TrainOptions, type TrainRow } from '../rules/compliance/model/train';
import { normalize } from '../rules/compliance/normalize';

const root = join(import.meta.dirname, '..');
const dirs = [join(root, 'test', 'corpus'), join(root, 'test', 'corpus', 'real')];
const rows: TrainRow[] = [];
const langOf = new Map<string, string>();
for (const dir of dirs) {
  if (/frozen/.test(dir)) throw new Error('the frozen split is not training data');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const e = JSON.parse(line) as TrainRow & { lang?: string };
      rows.push({ id: e.id, text: e.text, labels: e.labels, buyerMessage: e.buyerMessage });
      langOf.set(e.id, e.lang ?? file.replace(/^s\d-|\.jsonl$/g, ''));
    }
  }
}
const optionArg = process.argv.find((a) => a.startsWith('--options='));
const options = optionArg ? (JSON.parse(optionArg.slice(10)) as Partial<TrainOptions>) : {};

if (process.argv.includes('--heldout')) {
  const recall = LABELS.map(() => [0, 0] as [number, number]);
  const clean = new Map<string, [number, number]>();
  for (const batch of ['s6-', 's5-']) {
    const held = (r: TrainRow) => r.id.startsWith(batch);
    const { model } = train(rows.filter((r) => !held(r)), options);
    for (const row of rows.filter(held)) {
      const t = normalize(row.text).text;
      const flagged = LABELS.map(() => false);
      for (const s of splitSentences(t)) {
        const f = featureBuffer().slice(0, extract(t, s.start, s.end));
        LABELS.forEach((_, l) => {
          if (scoreQuantized(model, f, l) >= model.thresholds[l]!) flagged[l] = true;
        });
      }
      LABELS.forEach((label, l) => {
        if (!row.labels.includes(label)) return;
        const c = recall[l]!;
        c[1]++;
        if (flagged[l]) c[0]++;
      });
      if (row.labels.length === 0) {
        const c = clean.get(langOf.get(row.id)!) ?? [0, 0];
        c[1]++;
        if (flagged.some(Boolean)) c[0]++;
        clean.set(langOf.get(row.id)!, c);
      }
    }
    console.log(`trained without ${batch}* (${rows.filter((r) => !held(r)).length} rows), thresholds ${model.thresholds.join(', ')}`);
  }
  console.log('held out (s6 and s5 rows, each scored by a model that never saw its batch), the model alone:');
  LABELS.forEach((label, l) => console.log(`  ${label.padEnd(15)} recall ${recall[l]![0]}/${recall[l]![1]} = ${(recall[l]![0]! / recall[l]![1]!).toFixed(3)}`));
  const all = [...clean.values()].reduce((a, c) => [a[0] + c[0], a[1] + c[1]], [0, 0]);
  console.log(`  compliant rows flagged ${all[0]}/${all[1]} = ${((100 * all[0]) / all[1]).toFixed(2)} %; per language ${[...clean.entries()].sort().map(([k, c]) => `${k} ${c[0]}/${c[1]}`).join(', ')}`);
  process.exit(0);
}

const started = performance.now();
const result = train(rows, { ...options, log: (l) => console.log(l) });
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
