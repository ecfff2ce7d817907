// `npm run robustness`: the development rows (test/corpus, test/corpus/real; never the frozen split)
// rewritten the ways sellers really type - accents left out, German umlauts as ae/oe/ue, a one-person
// shop's "I/me/my", typos, all lowercase, all capitals - and checked again. Prints, per rewrite, recall
// of the rows' labels as written and as rewritten, and the compliant rows flagged before and after: how
// much of what the checker finds depends on the exact spelling. Deterministic (a fixed typo seed).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkMessage } from '../rules/compliance';

interface Row {
  id: string;
  lang: string;
  text: string;
  labels: string[];
  buyerMessage?: string;
}

const root = join(import.meta.dirname, '..');
const rows: Row[] = [];
for (const dir of [join(root, 'test', 'corpus'), join(root, 'test', 'corpus', 'real')]) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) if (line.trim()) rows.push(JSON.parse(line) as Row);
  }
}

const stripAccents = (t: string) => t.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
const UMLAUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
const SINGULAR: Record<string, string> = { "we're": "I'm", "we'd": "I'd", "we'll": "I'll", "we've": "I've", we: 'I', us: 'me', our: 'my', ours: 'mine', ourselves: 'myself' };
function firstPersonSingular(t: string): string {
  return t.replace(/\b(?:we're|we'd|we'll|we've|we|us|our|ours|ourselves)\b/gi, (w) => {
    const r = SINGULAR[w.toLowerCase()]!;
    return w[0] === w[0]!.toUpperCase() && !r.startsWith('I') ? r[0]!.toUpperCase() + r.slice(1) : r;
  });
}
/** A third of the words of 6+ letters get two neighbouring letters swapped (never the first). */
function typos(t: string): string {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return t.replace(/\p{L}{6,}/gu, (w) => {
    if (next() > 0.3) return w;
    const i = 1 + Math.floor(next() * (w.length - 3));
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  });
}

const REWRITES: [name: string, languages: readonly string[], rewrite: (t: string) => string][] = [
  ['accents left out', ['es', 'pt', 'fr', 'it'], stripAccents],
  ['German umlauts as ae/oe/ue/ss', ['de'], (t) => t.replace(/[äöüÄÖÜß]/g, (c) => UMLAUT[c]!)],
  ['English seller as I/me/my', ['en'], firstPersonSingular],
  ['typos (a third of long words)', ['en', 'de', 'es', 'pt', 'fr', 'it'], typos],
  ['all lowercase', ['en', 'de', 'es', 'pt', 'fr', 'it'], (t) => t.toLowerCase()],
  ['all capitals', ['en', 'de', 'es', 'pt', 'fr', 'it'], (t) => t.toUpperCase()],
];

const flagged = (text: string, row: Row) => new Set(checkMessage(text, { buyerMessage: row.buyerMessage }).filter((f) => f.severity !== 'info').map((f) => f.rule));

console.log('rewrite                          rows   recall as written -> rewritten   compliant flagged before -> after');
for (const [name, languages, rewrite] of REWRITES) {
  let changed = 0, labels = 0, before = 0, after = 0, clean = 0, cleanBefore = 0, cleanAfter = 0;
  for (const row of rows) {
    if (!languages.includes(row.lang)) continue;
    const text = rewrite(row.text);
    if (text === row.text) continue;
    changed++;
    const a = flagged(row.text, row);
    const b = flagged(text, row);
    if (!row.labels.length) {
      clean++;
      if (a.size) cleanBefore++;
      if (b.size) cleanAfter++;
    }
    for (const label of row.labels) {
      labels++;
      if (a.has(label)) before++;
      if (b.has(label)) after++;
    }
  }
  console.log(`${name.padEnd(32)} ${String(changed).padStart(5)}   ${(before / labels).toFixed(3)} -> ${(after / labels).toFixed(3)} (${labels} labels)   ${cleanBefore} -> ${cleanAfter} of ${clean}`);
}
