// `npm run eval`: precision and recall per rule and per language on the labelled corpus
// (test/corpus/*.jsonl), and the false-alarm rate on compliant messages. A message counts as
// flagged for a rule when checkMessage returns a 'block' or 'warn' finding with that rule id.
// `npm run eval -- --errors` also lists every miss and false alarm. Each layer's share: per rule, true
// positives found by the rules only, by the learned model only (layer 'model'), by both, and false
// alarms the model caused. `--dir=test/corpus/real` evaluates the development rows but the held-out files
// (test/corpus/real/held-out.txt), `--dir=test/corpus/real --held-out` those alone. `--shift=JSON` moves the
// learned layer's thresholds for the run (below).
// Without --dir it reports every split in turn: the team's corpus, the development rows, the held-out writers and the
// FROZEN split (test/corpus/frozen: never tuned on). Misses of the last two are never listed, only their figures.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkMessage } from '../rules/compliance';
import { MODEL } from '../rules/compliance/model/weights';
import { HELD_OUT_LIST, heldOutFiles } from './held-out';

const SPLITS = [
  ['the team corpus (rules were written from it)', 'test/corpus'],
  ['development rows from real patterns (test/corpus/real: tuning allowed; the held-out files left out)', 'test/corpus/real'],
  ['HELD-OUT writers (test/corpus/real/held-out.txt: no rule or weight written from them; misses never listed)', 'test/corpus/real', '--held-out'],
  ['FROZEN split (test/corpus/frozen: never tuned on, figures as they fall)', 'test/corpus/frozen'],
] as const;
if (!process.argv.some((a) => a.startsWith('--dir='))) {
  let failed = 0;
  for (const [title, split, ...flags] of SPLITS) {
    console.log(`\n########## ${title}\n`);
    const args = ['--import', 'tsx', import.meta.filename, `--dir=${join(import.meta.dirname, '..', split)}`, ...flags, ...process.argv.slice(2)];
    failed += spawnSync(process.execPath, args, { stdio: 'inherit' }).status === 0 ? 0 : 1;
  }
  process.exit(failed ? 1 : 0);
}

interface Entry {
  id: string;
  lang: string;
  text: string;
  labels: string[];
  buyerMessage?: string;
  reviewAlreadyRequested?: boolean;
}

const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? join(import.meta.dirname, '..', 'test', 'corpus');
// in test/corpus/real, `--held-out` reads only the held-out files, and without it they are left out
const heldOutOnly = process.argv.includes('--held-out');
const heldOut = resolve(dir) === resolve(dirname(HELD_OUT_LIST)) ? heldOutFiles() : new Set<string>();
if (heldOutOnly && !heldOut.size) throw new Error(`--held-out reads the files named in ${HELD_OUT_LIST}; use it with --dir=test/corpus/real`);
// the frozen split's and the held-out files' misses are never listed: reading them is tuning on them
const showErrors = process.argv.includes('--errors') && !/frozen/.test(dir) && !heldOutOnly;
const entries: Entry[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && heldOut.has(f) === heldOutOnly).sort()) {
  readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      entries.push(JSON.parse(line) as Entry);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
}

interface Count { tp: number; fp: number; fn: number }
const byRule = new Map<string, Count>();
const byLang = new Map<string, Count & { messages: number; clean: number; falseAlarms: number }>();
const count = <T,>(map: Map<string, T>, key: string, init: () => T) => map.get(key) ?? (map.set(key, init()), map.get(key)!);
let clean = 0;
let falseAlarms = 0;
interface Layers { rulesOnly: number; modelOnly: number; both: number; modelFp: number }
const byLayer = new Map<string, Layers>();
/** compliant messages flagged only because of the model */
let modelFalseAlarms = 0;
const errors: string[] = [];

// `--shift={"marketing":-1}`: the learned layer's thresholds moved by these logits for this run (what train's
// labelOffsets would do), to judge a change of offsets on rows the weights never saw (a new blind batch)
const shiftArg = process.argv.find((a) => a.startsWith('--shift='));
if (shiftArg) {
  let shift: Record<string, number>;
  try {
    shift = JSON.parse(shiftArg.slice(8)) as Record<string, number>;
  } catch {
    throw new Error(`--shift wants JSON of label -> logits, e.g. --shift='{"marketing":-1}'; got ${shiftArg.slice(8)}`);
  }
  const unknown = Object.keys(shift).filter((l) => !(MODEL.labels as readonly string[]).includes(l) || typeof shift[l] !== 'number');
  if (unknown.length) throw new Error(`--shift: not a learned-layer label with a number: ${unknown.join(', ')} (labels: ${MODEL.labels.join(', ')})`);
  const thresholds = MODEL.thresholds as unknown as number[]; // a module constant, typed readonly
  MODEL.labels.forEach((l, i) => (thresholds[i] = thresholds[i]! + (shift[l] ?? 0)));
  console.log(`learned-layer thresholds shifted by ${JSON.stringify(shift)}`);
}

const started = performance.now();
for (const e of entries) {
  const findings = checkMessage(e.text, { buyerMessage: e.buyerMessage, reviewAlreadyRequested: e.reviewAlreadyRequested });
  const flagged = findings.filter((f) => f.severity !== 'info');
  const predicted = new Set(flagged.map((f) => f.rule));
  const byRules = new Set(flagged.filter((f) => f.layer !== 'model').map((f) => f.rule));
  const byModel = new Set(flagged.filter((f) => f.layer === 'model').map((f) => f.rule));
  const expected = new Set(e.labels);
  const lang = count(byLang, e.lang, () => ({ tp: 0, fp: 0, fn: 0, messages: 0, clean: 0, falseAlarms: 0 }));
  lang.messages += 1;
  if (!expected.size) {
    clean += 1;
    lang.clean += 1;
    if (predicted.size) {
      falseAlarms += 1;
      lang.falseAlarms += 1;
      if (!byRules.size) modelFalseAlarms += 1;
    }
  }
  for (const rule of byModel) {
    const c = count(byLayer, rule, () => ({ rulesOnly: 0, modelOnly: 0, both: 0, modelFp: 0 }));
    if (!expected.has(rule) && !byRules.has(rule)) c.modelFp += 1;
  }
  for (const rule of expected) {
    if (!predicted.has(rule)) continue;
    const c = count(byLayer, rule, () => ({ rulesOnly: 0, modelOnly: 0, both: 0, modelFp: 0 }));
    if (byRules.has(rule) && byModel.has(rule)) c.both += 1;
    else if (byModel.has(rule)) c.modelOnly += 1;
    else c.rulesOnly += 1;
  }
  for (const rule of new Set([...expected, ...predicted])) {
    const c = count(byRule, rule, () => ({ tp: 0, fp: 0, fn: 0 }));
    const hit = expected.has(rule) && predicted.has(rule);
    const kind = hit ? 'tp' : expected.has(rule) ? 'fn' : 'fp';
    c[kind] += 1;
    lang[kind] += 1;
    if (!hit) {
      const spans = findings.filter((f) => f.rule === rule).map((f) => JSON.stringify(e.text.slice(f.start, f.end)));
      const layer = kind === 'fp' && byModel.has(rule) && !byRules.has(rule) ? ' (model)' : '';
      errors.push(`${kind === 'fn' ? 'MISS' : 'FALSE'}${layer} ${rule.padEnd(14)} ${e.id}: ${JSON.stringify(e.text.slice(0, 140))}${spans.length ? ` -> ${spans.join(', ')}` : ''}`);
    }
  }
}
const elapsed = performance.now() - started;

const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  -  ');
const row = (name: string, c: Count, extra = '') => `${name.padEnd(16)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${pct(c.tp, c.tp + c.fp)}     ${pct(c.tp, c.tp + c.fn)}${extra}`;
console.log(`corpus: ${entries.length} messages from ${dir} (${clean} compliant), checked in ${elapsed.toFixed(0)} ms\n`);
console.log('per rule          TP   FP   FN   precision recall');
const total: Count = { tp: 0, fp: 0, fn: 0 };
for (const [rule, c] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(row(rule, c));
  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
}
console.log(row('all rules', total));
console.log('\nper language      TP   FP   FN   precision recall   false alarms on compliant');
for (const [lang, c] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(row(lang, c, `   ${c.falseAlarms}/${c.clean}`));
}
console.log('\nper layer        TP by rules only   by model only   by both   model false positives');
const layerTotal: Layers = { rulesOnly: 0, modelOnly: 0, both: 0, modelFp: 0 };
for (const [rule, c] of [...byLayer].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${rule.padEnd(16)} ${String(c.rulesOnly).padStart(17)} ${String(c.modelOnly).padStart(15)} ${String(c.both).padStart(9)} ${String(c.modelFp).padStart(23)}`);
  for (const k of Object.keys(layerTotal) as (keyof Layers)[]) layerTotal[k] += c[k];
}
const layerSum = layerTotal.rulesOnly + layerTotal.modelOnly + layerTotal.both;
console.log(`${'all rules'.padEnd(16)} ${String(layerTotal.rulesOnly).padStart(17)} ${String(layerTotal.modelOnly).padStart(15)} ${String(layerTotal.both).padStart(9)} ${String(layerTotal.modelFp).padStart(23)}`);
console.log(`share of true positives: rules only ${pct(layerTotal.rulesOnly, layerSum)}, model only ${pct(layerTotal.modelOnly, layerSum)}, both ${pct(layerTotal.both, layerSum)}`);
console.log(`compliant messages flagged only by the model: ${modelFalseAlarms}/${clean} = ${((100 * modelFalseAlarms) / Math.max(1, clean)).toFixed(2)} %`);
console.log(`\nfalse-alarm rate on compliant messages: ${falseAlarms}/${clean} = ${((100 * falseAlarms) / Math.max(1, clean)).toFixed(2)} %`);
console.log(`overall recall ${pct(total.tp, total.tp + total.fn)}, precision ${pct(total.tp, total.tp + total.fp)}`);
if (showErrors && errors.length) console.log(`\n${errors.join('\n')}`);
