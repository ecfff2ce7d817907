// The development rows' texts (the team corpus and test/corpus/real), for property tests that need real messages.
// Never the frozen split: it is read by `npm run eval` only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function devTexts(): string[] {
  const texts: string[] = [];
  for (const dir of ['test/corpus', 'test/corpus/real'])
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort())
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) if (line.trim()) texts.push(String((JSON.parse(line) as { text: string }).text));
  return texts;
}
