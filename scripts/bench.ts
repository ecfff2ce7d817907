// `npm run bench`: runs every benchmark in scripts/bench/ one after another (never in parallel: the
// machine has 2 cores and each benchmark wants one quiet core), then prints bundle sizes.
// Performance is measured here, not asserted in CI.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const dir = join(import.meta.dirname, 'bench');
/** Shared helpers, not benchmarks: the browser benches' head and the checker benches' texts. */
const HELPERS = new Set(['util.ts', 'checker-texts.ts']);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !HELPERS.has(f))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n## ${file.replace(/\.ts$/, '')}`);
  // benches build their own (instrumented) extension beside the test build, never over it
  const env = { ...process.env, RG_OUT_DIR: process.env.RG_OUT_DIR ?? '.output-bench' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit', env });
  if (result.status !== 0) {
    failed += 1;
    console.error(`benchmark ${file} failed (exit ${result.status})`);
  }
}
process.exit(failed ? 1 : 0);
