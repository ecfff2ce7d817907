// useBrowser(): the browser of the vitest project running the file (vitest.config.ts provides
// `rgBrowser`: 'firefox' in the firefox project; RG_BROWSER overrides it), launched with the built
// extension for the whole file and closed after its last test.
import { afterAll, beforeAll, inject } from 'vitest';
import type { FixtureStateInit } from '../../e2e/fixture-router';
import { launchChromiumBrowser } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, RgBrowser, RgPage } from './types';

export type { BrowserName, RgBrowser, RgPage } from './types';
export { until } from './page-actions';

declare module 'vitest' {
  export interface ProvidedContext {
    rgBrowser: BrowserName;
  }
}

/** RG_BROWSER=chromium|firefox overrides the project's browser (the same scenarios in the other one) */
export function browserName(): BrowserName {
  const forced = process.env.RG_BROWSER;
  if (forced === 'chromium' || forced === 'firefox') return forced;
  return inject('rgBrowser') ?? 'firefox';
}

export function launchBrowser(name: BrowserName, options: { state?: FixtureStateInit } = {}): Promise<RgBrowser> {
  return name === 'firefox' ? launchFirefox(options) : launchChromiumBrowser(options);
}

/** A stand-in that forwards to the launched browser once beforeAll has run. */
function lateBound<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = current();
      if (!target) throw new Error(`${what} used before beforeAll created it (or its launch failed)`);
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function useBrowser(options: { state?: FixtureStateInit } = {}): RgBrowser {
  let launched: RgBrowser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser(browserName(), options);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return lateBound('the browser', () => launched);
}

/** One page for every test of the file, opened after the browser is up. */
export function useSharedPage(b: RgBrowser): RgPage {
  let page: RgPage | undefined;
  beforeAll(async () => {
    page = await b.newPage();
  });
  return lateBound('the shared page', () => page);
}
