// The README's test command: typecheck, lint, unit tests, both browser builds, e2e in Chromium, then
// the Firefox suite (test/e2e-firefox) in Firefox ESR.
// Prints a final "N passed, N failed" line (summed over every vitest run and every step).
//
// Two pairs of steps overlap, on a 2-core CI machine: typecheck beside lint (both read the sources; neither
// writes), and web-ext lint beside the Firefox suite (it reads the finished Firefox build; that suite drives one
// browser at a time and spends most of its wall time waiting, so the lint's half a minute of CPU fits in its
// idle time - beside the Chromium e2e, two browsers at a time, it took 2 min and slowed them: s34). A step run
// beside another has its output held and printed whole when it ends, so logs stay readable.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const only = process.argv.slice(2); // e.g. `node scripts/test-all.mjs unit e2e`
let passed = 0;
let failed = 0;
mkdirSync('test-results', { recursive: true });

/** Runs a command; `held`: collect its output and print it when it ends (it runs beside another step). */
function run(label, cmd, args, { held = false } = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}${held ? ' (beside another step; output when it ends)' : ''}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    const out = [];
    if (held) {
      child.stdout.on('data', (chunk) => out.push(chunk));
      child.stderr.on('data', (chunk) => out.push(chunk));
    }
    let done = false;
    const finish = (ok) => {
      if (done) return; // a spawn error may be followed by 'close'
      done = true;
      if (held) {
        console.log(`\n=== ${label}: output`);
        process.stdout.write(Buffer.concat(out));
      }
      console.log(`=== ${label}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(ok);
    };
    child.on('error', (e) => {
      out.push(Buffer.from(`${e.message}\n`));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

async function step(label, cmd, args, options) {
  if (only.length && !only.includes(label)) return;
  if (await run(label, cmd, args, options)) passed += 1;
  else failed += 1;
}

async function vitest(project, projects = [project]) {
  if (only.length && !only.includes(project)) return;
  const out = `test-results/${project}.json`;
  const selected = projects.flatMap((name) => ['--project', name]);
  const ok = await run(project, 'npx', ['vitest', 'run', ...selected, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
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

await Promise.all([step('typecheck', 'npx', ['tsc', '--noEmit']), step('lint', 'npx', ['eslint', '.'], { held: true })]);
await vitest('unit', ['unit', 'unit-rules', 'unit-rules-timing']);
await step('build', 'npx', ['wxt', 'build']);
await step('build-firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
await vitest('e2e');
await Promise.all([
  step('web-ext-lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-config-discovery'], { held: true }),
  vitest('firefox'),
]);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
