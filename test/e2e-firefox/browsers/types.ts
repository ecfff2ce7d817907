// One small, browser-neutral surface for the e2e scenarios that run in more than one browser. A test
// file names its browser once (`useBrowser()` picks it from the vitest project); everything it does
// to a page goes through evaluate, mouse and keyboard, which Playwright (Chromium) and Puppeteer over
// WebDriver BiDi (Firefox) both do the same way. Elements are found through open shadow roots too.
import type { FixtureState } from '../../e2e/fixture-router';

export type BrowserName = 'chromium' | 'firefox';

export interface RgPage {
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** runs `fn(arg)` in the page (serialisable argument and result) */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** a real mouse click in the middle of the first element matching `selector` (open shadow roots pierced) */
  click(selector: string): Promise<void>;
  /** real key events into whatever has the focus */
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface RgBrowser {
  readonly name: BrowserName;
  /** the fixture Seller Central's state: every request seen, blocked hosts, orders, threads, sent messages */
  readonly state: FixtureState;
  newPage(): Promise<RgPage>;
  /** the extension's popup / options page, opened in a tab */
  openPopup(): Promise<RgPage>;
  openOptions(): Promise<RgPage>;
  /** one protocol message, sent from an extension page the way the popup sends it */
  send<T = Record<string, unknown>>(type: string, payload: unknown): Promise<{ ok: boolean; data: T; error?: string }>;
  /** moves the extension's clock (the key the background and content scripts read) */
  setClockOffset(ms: number): Promise<void>;
  /** the toolbar badge's text */
  badgeText(): Promise<string>;
  /** runtime.reload(): the background restarts and every content script is re-injected */
  reloadExtension(): Promise<void>;
  /**
   * Hosts outside the fixture routing the browser tried to reach during the run (Firefox: every
   * connection that reached the catch-all proxy, the background page's included).
   */
  outsideRequests(): string[];
  close(): Promise<void>;
}
