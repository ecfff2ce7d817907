// Texts the checker benches (checker.ts, model.ts) measure on, written once so both time the same input.
import { readFileSync, readdirSync } from 'node:fs';

/** Worst case: every sentence in another language, so every lexicon runs. */
export const MIXED = [
  'Hello, your order 113-1234567-1234567 shipped today with DHL, tracking 00340434161094042557. ',
  'Der Paketdienst liefert zwischen 14.30 Uhr und 18 Uhr, bitte prüfen Sie die Rechnung_2024.pdf. ',
  'If you are happy with your purchase, please leave us a review on Amazon. ',
  'Nous avons vérifié votre commande : la référence 4471-BLK est correcte, prix 19,99 €. ',
  'Puede iniciar la devolución desde Mis pedidos en Amazon; la garantía cubre 2 años. ',
  'Il corriere passerà tra le 14.30 e le 18, versione firmware v2.0.3. ',
  'ご注文の商品を本日発送いたしました。お届けは木曜日の予定です。 ',
  'Contact us at help@shop.com or visit www.shop.com for 10% off. ',
];

/** Every team-corpus and development row (not the frozen split), seven languages. */
export function corpusRows(): string[] {
  return ['test/corpus', 'test/corpus/real']
    .flatMap((dir) => readdirSync(dir).filter((file) => file.endsWith('.jsonl')).map((file) => `${dir}/${file}`))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** `parts` repeated in order, each followed by `separator`, cut at `size` characters. */
export function repeatedTo(parts: readonly string[], separator: string, size: number): string {
  let s = '';
  for (let i = 0; s.length < size; i++) s += parts[i % parts.length] + separator;
  return s.slice(0, size);
}

/** Typical case: one language, order details, one or two problems. */
export const ENGLISH = [
  'Hello Sarah, thanks for your message about order 113-1234567-1234567. ',
  'The replacement part (SKU AB-4471-BLK) left our warehouse at 9.15am and costs nothing. ',
  'Tracking number 1Z999AA10123456784, delivery expected on 12/05 between 3.30pm and 6pm. ',
  'If you are happy with the replacement, please leave us a 5-star review. ',
  'The manual is attached as manual_v2.0.3.pdf; page 4 explains the pairing. ',
  'For faster help you can also email us at help@shop.com. ',
];

/** `sentences` one after another, cut at `length` characters. */
export function message(sentences: readonly string[], length: number): string {
  let s = '';
  for (let i = 0; s.length < length; i++) s += sentences[i % sentences.length];
  return s.slice(0, length);
}

/** The team corpus's Japanese rows (dense: nearly every row holds a finding). */
export function japaneseRows(): string[] {
  return readFileSync('test/corpus/ja.jsonl', 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Median wall time of `fn` over at least `minRuns` runs and `budgetMs` (at most 20,000 runs). */
export function median(fn: () => unknown, budgetMs: number, minRuns = 15): number {
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  while (times.length < minRuns || performance.now() < until) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    if (times.length > 20000) break;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
