// The development files held out from training and fitting (test/corpus/real/held-out.txt): `npm run train` does not
// read them, `npm run eval` scores them as their own split and never lists their misses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HELD_OUT_LIST = join(import.meta.dirname, '..', 'test', 'corpus', 'real', 'held-out.txt');

/** File names (not paths) of the held-out files; `#` starts a comment. */
export function heldOutFiles(): Set<string> {
  return new Set(
    readFileSync(HELD_OUT_LIST, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
}
