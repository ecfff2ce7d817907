// Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi, on the same
// fixture Seller Central as the Chromium suite: the router's request -> response logic
// (test/e2e/fixture-router.ts) answers every request a tab makes, through puppeteer's interception.
//
// Two things Playwright's Chromium gives for free are built here:
// - Extension pages. BiDi refuses to navigate a tab to moz-extension://, so the extension's UUID is
//   fixed with `extensions.webextensions.uuids` and the page is opened from the browser's own chrome
//   window (`gBrowser.addTab` with the system principal; needs --remote-allow-system-access). The tab
//   is then an ordinary BiDi browsing context: evaluate, mouse and keyboard work in it.
// - Egress from outside a tab. BiDi sees tabs, not the background event page, so every connection
//   the browser makes outside the intercepted tabs goes to a local catch-all proxy that records the
//   host and refuses it.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { routeSellerCentral, type FixtureState, type FixtureStateInit } from '../../e2e/fixture-router';
import { centerOf, until } from './page-actions';
import type { RgBrowser, RgPage } from './types';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.env.RG_OUT_DIR ?? '.output', 'firefox-mv3');
const ADDON_ID = 'replyguard@replyguard.example';
/** fixed for the test profile only (a real install gets a random one) */
export const FIREFOX_EXTENSION_UUID = '3f1e2d4c-5b6a-4789-8abc-def012345678';
const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/** the WebExtension API as an extension page sees it (functions run there, serialised) */
declare const browser: {
  runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void };
  storage: { local: { set(items: object): Promise<void> } };
  action: { getBadgeText(details: object): Promise<string> };
};

type Handler = (route: Route) => Promise<unknown>;

/** The fixture router's handler, taken from routeSellerCentral without a Playwright context. */
async function fixtureHandler(init?: FixtureStateInit): Promise<{ state: FixtureState; handler: Handler }> {
  let handler: Handler | undefined;
  const capture = { route: async (_pattern: string, h: Handler) => void (handler = h) } as unknown as BrowserContext;
  const state = await routeSellerCentral(capture, init);
  return { state, handler: handler! };
}

/** A puppeteer request dressed as the part of Playwright's Route the fixture router uses. */
function asRoute(request: HTTPRequest, postData: string | undefined): Route {
  const req = {
    url: () => request.url(),
    method: () => request.method(),
    headers: () => request.headers(),
    postData: () => postData ?? null,
    postDataJSON: () => (postData ? JSON.parse(postData) : null),
  };
  const route = {
    request: () => req,
    continue: () => request.continue(),
    fallback: () => request.continue(),
    abort: () => request.abort('blockedbyclient'),
    fulfill: (r: { status?: number; contentType?: string; headers?: Record<string, string>; body?: string | Buffer }) =>
      request.respond({ status: r.status ?? 200, contentType: r.contentType, headers: r.headers, body: r.body ?? '' }),
  };
  return route as unknown as Route;
}

/** Catch-all proxy: records every host the browser tries to reach past the interception, refuses it. */
async function catchAllProxy(seen: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    seen.push(req.url ?? '?');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url ?? '?'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

function wrap(page: Page): RgPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: async (selector) => {
      const at = await until(wrapped(page), centerOf, selector, { what: `a visible ${selector}` });
      await page.mouse.click(at.x, at.y);
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    close: () => closeTab(page),
  };
}

/**
 * Unloads the tab's document before closing it: a request its scripts start while the tab is closing
 * can miss the tab's interception and reach the catch-all proxy (session 35's CI saw one "CONNECT
 * sellercentral.amazon.com:443" in the egress file). On about:blank nothing of ours is left to ask.
 */
async function closeTab(page: Page): Promise<void> {
  await page.goto('about:blank', { waitUntil: 'load', timeout: 5000 }).catch(() => undefined);
  await page.close().catch(() => undefined);
}
const wrapped = (page: Page): RgPage => ({ evaluate: (fn: never, arg: never) => page.evaluate(fn, arg) } as unknown as RgPage);

interface FirefoxProcess {
  firefox: Browser;
  proxy: Server;
  /** every connection the catch-all proxy saw, for the whole process */
  outside: string[];
}

/**
 * One Firefox per test process (the firefox project runs its files one after another in one worker,
 * `isolate: false`): starting Firefox costs seconds, installing the extension a fraction of one. Each
 * file gets a fresh install (a temporary add-on's storage and IndexedDB go with its uninstall, and a
 * check below makes sure) and its own fixture state; the process goes when the worker exits.
 */
let running: Promise<FirefoxProcess> | undefined;
let installs = 0;

async function startFirefox(): Promise<FirefoxProcess> {
  const started = Date.now();
  const outside: string[] = [];
  const proxy = await catchAllProxy(outside);
  const port = (proxy.address() as AddressInfo).port;
  try {
    const firefox = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_EXTENSION_UUID }),
        // the same UUID after an uninstall (its storage still goes: keepStorageOnUninstall stays false)
        'extensions.webextensions.keepUuidOnUninstall': true,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.share_proxy_settings': true,
        // no speculative connections (preconnect on hover or load): only real requests reach the proxy
        'network.http.speculative-parallel-limit': 0,
        'network.predictor.enabled': false,
        'network.prefetch-next': false,
        'network.dns.disablePrefetch': true,
      },
    });
    firefox.once('disconnected', () => {
      running = undefined;
      proxy.close();
    });
    process.once('beforeExit', () => void firefox.close());
    if (process.env.RG_DEBUG) console.log(`firefox up in ${Date.now() - started} ms`);
    return { firefox, proxy, outside };
  } catch (error) {
    proxy.close();
    throw error;
  }
}

/** Waits until `seen` has not grown for a second (at most three seconds in all). */
async function proxyQuiet(seen: readonly string[]): Promise<void> {
  const giveUp = Date.now() + 3000;
  let count = seen.length;
  let quietSince = Date.now();
  while (Date.now() < giveUp && Date.now() - quietSince < 1000) {
    await new Promise((r) => setTimeout(r, 100));
    if (seen.length !== count) {
      count = seen.length;
      quietSince = Date.now();
    }
  }
}

export async function launchFirefox(options: { state?: FixtureStateInit } = {}): Promise<RgBrowser> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH.`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox --mv3\` first (npm test does).`);
  }
  running ??= startFirefox();
  const { firefox, outside: allOutside } = await running.catch((error: unknown) => {
    running = undefined;
    throw error;
  });
  // (a connection of the previous file's closing tabs can reach the proxy after that file ended - session 27's CI saw one
  // "CONNECT sellercentral.amazon.com:443" in the egress file right after review-guard's, which passes alone: this file's share
  // starts once the proxy has been quiet for a second, at most three)
  await proxyQuiet(allOutside);
  const outsideFrom = allOutside.length;
  const outside = { slice: () => allOutside.slice(outsideFrom) };
  const { state, handler } = await fixtureHandler(options.state);
  const installed = Date.now();
  const addonId = await firefox.installExtension(FIREFOX_EXTENSION_DIR);
  if (process.env.RG_DEBUG) console.log(`extension installed in ${Date.now() - installed} ms`);
  const opened: Page[] = [];
  installs += 1;

  const connection = (firefox as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;

  async function newPage(): Promise<RgPage> {
    const page = await firefox.newPage();
    opened.push(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      void (async () => {
        // the extension's own files (the router knows chrome-extension: only): recorded, served as is
        if (request.url().startsWith('moz-extension:')) {
          state.requests.push({ method: request.method(), url: request.url() });
          return request.continue();
        }
        // (BiDi has no synchronous postData(): the body is fetched first)
        const post = request.hasPostData() ? await request.fetchPostData() : undefined;
        await handler(asRoute(request, post));
      })().catch((error: unknown) => {
        // a tab closed while its request was answered: nothing to route any more
        if ((error as Error).name !== 'TargetCloseError') console.error('fixture routing failed for', request.url(), error);
      });
    });
    return wrap(page);
  }

  /** Opens an extension page in a new tab from the browser's chrome window (see the top of the file). */
  async function extensionPage(path: string): Promise<RgPage> {
    const before = new Set(await firefox.pages());
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
    const chrome = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!chrome) throw new Error('no Firefox browser window to open an extension page from');
    const url = `${EXTENSION_ORIGIN}/${path}`;
    await connection.send('script.evaluate', {
      target: { context: chrome.context },
      awaitPromise: false,
      expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() })`,
    });
    const deadline = Date.now() + 10_000;
    for (;;) {
      const fresh = (await firefox.pages()).filter((p) => !before.has(p));
      for (const p of fresh) {
        const href = await p.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
        if (href.startsWith(url)) return wrap(p);
      }
      if (Date.now() > deadline) throw new Error(`extension page ${url} did not open`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function inExtension<R>(fn: () => Promise<R>): Promise<R> {
    const page = await extensionPage('popup.html');
    try {
      return await page.evaluate(fn);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  const rg: RgBrowser = {
    name: 'firefox',
    state,
    newPage,
    openPopup: () => extensionPage('popup.html'),
    openOptions: () => extensionPage('options.html'),
    send: async (type, payload) => {
      const page = await extensionPage('popup.html');
      try {
        return (await page.evaluate(([t, p]) => browser.runtime.sendMessage({ rg: 1, type: t, payload: p }), [type, payload] as const)) as never;
      } finally {
        await page.close();
      }
    },
    setClockOffset: async (ms) => {
      const page = await extensionPage('popup.html');
      await page.evaluate((offset) => browser.storage.local.set({ 'rg-clock-offset-ms': offset }), ms);
      await page.close();
    },
    badgeText: () => inExtension(() => browser.action.getBadgeText({})),
    reloadExtension: async () => {
      const page = await extensionPage('popup.html');
      await page.evaluate(() => void setTimeout(() => browser.runtime.reload(), 50)).catch(() => undefined);
      // a reload closes every page of the extension: proof that it happened (puppeteer's Page does not
      // notice an extension tab closing, the browsing-context tree does)
      const openTabs = async () => ((await connection.send('browsingContext.getTree', {})).result as { contexts: { url: string }[] }).contexts.filter((c) => c.url.startsWith(EXTENSION_ORIGIN)).length;
      const closedBy = Date.now() + 10_000;
      while ((await openTabs()) > 0) {
        if (Date.now() > closedBy) throw new Error('runtime.reload() did not reload the extension: its page stayed open');
        await new Promise((r) => setTimeout(r, 100));
      }
      // back when an extension page gets an answer from the background again
      const deadline = Date.now() + 15_000;
      for (;;) {
        const reply = await inExtension(() => browser.runtime.sendMessage({ rg: 1, type: 'dashboard/get', payload: {} })).catch(() => null);
        if (reply) return;
        if (Date.now() > deadline) throw new Error('the extension did not come back after runtime.reload()');
        await new Promise((r) => setTimeout(r, 300));
      }
    },
    outsideRequests: () => outside.slice(),
    close: async () => {
      // the next file gets a fresh install: close this file's tabs, extension pages included, and
      // uninstall (its storage and database go with it)
      for (const page of opened) await closeTab(page);
      await firefox.uninstallExtension(addonId).catch(() => undefined);
      for (const page of await firefox.pages()) if (!(await page.evaluate(() => location.href).catch(() => '')).startsWith('about:blank')) await page.close().catch(() => undefined);
    },
  };
  if (installs > 1) {
    // a fresh install starts from nothing: the file before left no thread behind
    const left = await rg.send<{ threads: unknown[] }>('threads/list', {});
    if (!left.ok || left.data.threads.length > 0) throw new Error(`the reinstalled extension is not fresh: ${JSON.stringify(left).slice(0, 200)}`);
  }
  return rg;
}

