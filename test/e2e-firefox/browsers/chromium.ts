// The same neutral surface over the Chromium harness (test/e2e/harness.ts, Playwright), so a shared
// scenario runs unchanged in both browsers.
import type { Page } from 'playwright-core';
import { launchExtension } from '../../e2e/harness';
import type { FixtureStateInit } from '../../e2e/fixture-router';
import { centerOf, until } from './page-actions';
import type { RgBrowser, RgPage } from './types';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void> } };
  action: { getBadgeText(details: object): Promise<string> };
};

function wrap(page: Page): RgPage {
  const self: RgPage = {
    goto: async (url) => void (await page.goto(url)),
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: async (selector) => {
      const at = await until(self, centerOf, selector, { what: `a visible ${selector}` });
      await page.mouse.click(at.x, at.y);
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
  return self;
}

export async function launchChromiumBrowser(options: { state?: FixtureStateInit } = {}): Promise<RgBrowser> {
  const ext = await launchExtension({ state: options.state });
  const inExtension = async <R>(fn: () => Promise<R>): Promise<R> => {
    const popup = await ext.openPopup();
    try {
      return await popup.evaluate(fn);
    } finally {
      await popup.close().catch(() => undefined);
    }
  };
  return {
    name: 'chromium',
    state: ext.state,
    newPage: async () => wrap(await ext.page()),
    openPopup: async () => wrap(await ext.openPopup()),
    openOptions: async () => wrap(await ext.openOptions()),
    send: async (type, payload) => {
      const popup = await ext.openPopup();
      try {
        return (await popup.evaluate(([t, p]) => chrome.runtime.sendMessage({ rg: 1, type: t, payload: p }), [type, payload] as const)) as never;
      } finally {
        await popup.close();
      }
    },
    setClockOffset: async (ms) => {
      const popup = await ext.openPopup();
      await popup.evaluate((offset) => chrome.storage.local.set({ 'rg-clock-offset-ms': offset }), ms);
      await popup.close();
    },
    badgeText: () => inExtension(() => chrome.action.getBadgeText({})),
    // An unpacked extension loaded with --load-extension did not come back from runtime.reload() here
    // (no new service worker within 15 s): the reload scenario runs in Firefox only.
    reloadExtension: () => Promise.reject(new Error('runtime.reload() is not supported by the Chromium harness')),
    outsideRequests: () => [...ext.state.blocked],
    close: () => ext.close(),
  };
}
