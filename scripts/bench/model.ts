// Learned-layer benchmark: CPU time of the model alone (sentence split, feature hashing, scoring)
// over a 1 MB paste, mixed languages (the checker bench's worst case) and varied (every corpus row),
// next to the whole checker on the same text. process.cpuUsage, best of several runs: the machine is
// shared, and the best run is the one least disturbed by the others.
import { readFileSync, readdirSync } from 'node:fs';
import { checkMessage, warmChecker } from '../../rules/compliance';
import { classifySentences } from '../../rules/compliance/model';
import { splitSentences } from '../../rules/compliance/model/features';
import { normalize } from '../../rules/compliance/normalize';

const MIXED = [
  'Hello, your order 113-1234567-1234567 shipped today with DHL, tracking 00340434161094042557. ',
  'Der Paketdienst liefert zwischen 14.30 Uhr und 18 Uhr, bitte prüfen Sie die Rechnung_2024.pdf. ',
  'If you are happy with your purchase, please leave us a review on Amazon. ',
  'Nous avons vérifié votre commande : la référence 4471-BLK est correcte, prix 19,99 €. ',
  'Puede iniciar la devolución desde Mis pedidos en Amazon; la garantía cubre 2 años. ',
  'Il corriere passerà tra le 14.30 e le 18, versione firmware v2.0.3. ',
  'ご注文の商品を本日発送いたしました。お届けは木曜日の予定です。 ',
  'Contact us at help@shop.com or visit www.shop.com for 10% off. ',
];
const rows = ['test/corpus', 'test/corpus/real']
  .flatMap((dir) => readdirSync(dir).filter((file) => file.endsWith('.jsonl')).map((file) => `${dir}/${file}`))
  .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);

function fill(parts: string[], sep: string): string {
  let s = '';
  for (let i = 0; s.length < 1_000_000; i++) s += parts[i % parts.length] + sep;
  return s.slice(0, 1_000_000);
}

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
  ['mixed', fill(MIXED, '')],
  ['varied', fill(rows, '\n\n')],
] as const) {
  const norm = normalize(text).text;
  const sentences = splitSentences(norm).length;
  classifySentences(norm, []);
  const model = cpu(() => classifySentences(norm, []), 15);
  const split = cpu(() => splitSentences(norm), 15);
  checkMessage(text);
  const whole = cpu(() => checkMessage(text), 5);
  console.log(`1 MB ${name}: ${sentences} sentences; model ${model.toFixed(1)} ms (${((model * 1000) / sentences).toFixed(2)} µs/sentence; split alone ${split.toFixed(1)} ms); whole checker ${whole.toFixed(1)} ms`);
}
