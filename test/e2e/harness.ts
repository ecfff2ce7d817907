// Launches Debian's Chromium with the built extension and every Seller Central host served from the
// fixtures (toolchain.md): the production match patterns apply unchanged and no network is touched.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFixtureState, routeSellerCentral, type FixtureState, type FixtureStateInit } from './fixture-router';

export const EXTENSION_DIR = resolve(process.env.RG_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface PlainLaunched {
  context: BrowserContext;
  state: FixtureState;
  page(): Promise<Page>;
  close(): Promise<void>;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  state: FixtureState;
  page(): Promise<Page>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** scenario overrides (clock origin, orders, threads, ...); defaults come from scenarios.ts */
  state?: FixtureStateInit;
  /**
   * false: no request routing at all (no Seller Central fixtures, nothing blocked). Playwright pauses
   * every request of a routed context, extension files included, for a round trip to Node; a bench of
   * an extension page alone turns it off so the figures are the page's, not the harness's.
   */
  route?: boolean;
  /**
   * Browser UI language (e.g. 'pt-BR'): Chromium's `--lang` (what chrome.i18n.getUILanguage() and so
   * the extension's _locales follow) plus the context `locale` (navigator.language, Accept-Language).
   * Default: Chromium's own (en-US).
   */
  locale?: string;
}

/** A persistent context in a throw-away profile; close() also deletes the profile. */
async function launchChromium(profilePrefix: string, options: LaunchOptions, args: string[]) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
  const userDataDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    ...(options.locale ? { locale: options.locale } : {}),
    args: options.locale ? [...args, `--lang=${options.locale}`] : args,
  });
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Launched> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first (npm test does).`);
  }
  const { context, close } = await launchChromium('rg-e2e-', options, [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...BASE_ARGS]);
  const state = options.route === false ? createFixtureState(options.state) : await routeSellerCentral(context, options.state);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  return {
    context,
    extensionId,
    serviceWorker,
    state,
    page: () => context.newPage(),
    openPopup: () => extensionPage('popup.html'),
    openOptions: () => extensionPage('options.html'),
    close,
  };
}

/** Chromium with the fixture routing but without the extension: for testing the fixtures themselves. */
export async function launchPlain(options: LaunchOptions = {}): Promise<PlainLaunched> {
  const { context, close } = await launchChromium('rg-plain-', options, BASE_ARGS);
  const state = await routeSellerCentral(context, options.state);
  return {
    context,
    state,
    page: () => context.newPage(),
    close,
  };
}
