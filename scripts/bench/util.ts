// Shared head of the browser benches: build step, machine load line and the figures' formatting.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../test/e2e/harness';

/** Builds the extension first (RG_OUT_DIR picks the output, as for e2e); RG_BENCH_REBUILD=0 skips it. */
// benches read timing marks that only instrumented builds have (lib/instrument.ts)
const INSTRUMENTED_BUILD = { stdio: 'ignore', env: { ...process.env, RG_INSTRUMENT: '1' } } as const;

export function buildUnlessSkipped() {
  if (process.env.RG_BENCH_REBUILD !== '0') execSync('npx wxt build', INSTRUMENTED_BUILD);
}

/** Builds the extension only when there is none yet at EXTENSION_DIR. */
export function buildIfMissing() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', INSTRUMENTED_BUILD);
}

// other engineers share this 2-core machine: the load says how far to trust the figures
export function logLoadAverage() {
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (2 cores)`);
}

/** The q-quantile (nearest rank, no interpolation); NaN for no values. */
export const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
