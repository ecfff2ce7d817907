// Per-file Chromium lifecycle for the e2e tests: one call at the top of a file registers the
// beforeAll/afterAll pair and hands back the launched browser (or a page opened once for the file).
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, launchPlain, type LaunchOptions, type Launched, type PlainLaunched } from './harness';

/**
 * Stands in for a value that only exists once beforeAll has run, so a file can keep a plain
 * `const ext = useExtension()` at the top instead of a `let` and a getter.
 */
function lateBound<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = current();
      if (!target) throw new Error(`${what} used before beforeAll created it (or its launch failed)`);
      const value: unknown = Reflect.get(target, key, target);
      // bound to the real object: Playwright classes do not work with the proxy as `this`
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function useLaunched<T extends { close(): Promise<void> }>(what: string, launch: () => Promise<T>): T {
  let launched: T | undefined;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return lateBound(what, () => launched);
}

/** Chromium with the built extension for the whole file, closed after its last test. */
export function useExtension(options?: LaunchOptions): Launched {
  return useLaunched('the extension', () => launchExtension(options));
}

/** Chromium with the fixture routing but no extension, for the whole file. */
export function usePlainChromium(options?: LaunchOptions): PlainLaunched {
  return useLaunched('plain Chromium', () => launchPlain(options));
}

/**
 * One page shared by every test of the file (tests that build on the previous one's state), opened
 * after the extension is up; it closes with the browser. Call after useExtension.
 */
export function useSharedPage(ext: Launched, open: (ext: Launched) => Promise<Page> = (e) => e.page()): Page {
  let page: Page | undefined;
  beforeAll(async () => {
    page = await open(ext);
  });
  return lateBound('the shared page', () => page);
}
