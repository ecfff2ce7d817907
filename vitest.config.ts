import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const TIMING_TEST = 'test/unit/rules/compliance/scaling.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          exclude: ['test/unit/rules/**'],
          environment: 'happy-dom',
          setupFiles: ['test/unit/setup.ts'],
          testTimeout: 30_000,
          // vitest's default is one worker on a 2-core machine (cores - 1): both cores halve the wall time
          maxWorkers: 2,
        },
      },
      {
        test: {
          // rules/ is DOM-free, so its tests need no DOM: node starts faster than happy-dom, and a rule
          // that reached for the DOM would fail here
          name: 'unit-rules',
          // files share one module load per worker: the checker's lexicons and model are pure and compile
          // once (126 s -> about 45 s); a test that needs fresh module state loads it itself
          isolate: false,
          include: ['test/unit/rules/**/*.test.{ts,tsx}'],
          exclude: [TIMING_TEST],
          environment: 'node',
          // property tests run thousands of cases, and the corpus-wide ones every one of 20k rows (cues, entry-index,
          // literal-gate: 35 s at load 8, about 5 s quiet): generous on a busy 2-core machine, still bounded
          testTimeout: 90_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          // the checker's scaling test measures CPU time up to 100k characters (and 50,000 findings): in a
          // worker that holds every other file's modules, the garbage collector's share of it grows with
          // the heap, not with the input - so it runs in a fresh worker of its own
          name: 'unit-rules-timing',
          include: [TIMING_TEST],
          environment: 'node',
          testTimeout: 60_000,
          // as the other unit projects (vitest runs projects of one worker count together)
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // one worker process for every file (each still launches its own Chromium): the harness and
          // playwright-core load once instead of once per file
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // two Chromiums at a time: a browser test spends most of its wall time waiting (page loads, polls,
          // the extension's debounces), not on the CPU - 8.8 min of wall held 3.9 min of CPU with one
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'firefox',
          // the Firefox suite (WebDriver BiDi, test/e2e-firefox/browsers/firefox.ts) over the same fixtures
          include: ['test/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          provide: { rgBrowser: 'firefox' },
          // one Firefox for every file (a fresh extension install each): browsers/firefox.ts
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // one browser at a time on a 2-core machine
          pool: 'forks',
          maxWorkers: 1,
        },
      },
    ],
  },
});
