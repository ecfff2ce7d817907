// The README's test command: typecheck, lint, unit tests, both browser builds, e2e in Chromium, then
// the Firefox suite (test/e2e-firefox) in Firefox ESR.
// Prints a final "N passed, N failed" line (summed over every vitest run and every step).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const only = process.argv.slice(2); // e.g. `node scripts/test-all.mjs unit e2e`
let passed = 0;
let failed = 0;
mkdirSync('test-results', { recursive: true });

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`=== ${label}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function step(label, cmd, args) {
  if (only.length && !only.includes(label)) return;
  if (run(label, cmd, args)) passed += 1;
  else failed += 1;
}

function vitest(project, projects = [project]) {
  if (only.length && !only.includes(project)) return;
  const out = `test-results/${project}.json`;
  const selected = projects.flatMap((name) => ['--project', name]);
  const ok = run(project, 'npx', ['vitest', 'run', ...selected, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // a suite that failed to load has no failing test: count it
    failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
    if (!ok && report.numFailedTests === 0) failed += 1;
  } else if (!ok) {
    failed += 1;
  }
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
vitest('unit', ['unit', 'unit-rules', 'unit-rules-timing']);
step('build', 'npx', ['wxt', 'build']);
step('build-firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
step('web-ext-lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-config-discovery']);
vitest('e2e');
vitest('firefox');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
