// `npm run demo`: the extension on the fixture Seller Central, no network and no account needed.
// Builds the extension when the build is missing or older than the sources, then launches Chromium
// with it and every Seller Central host served from test/fixtures/seller-central.
// - With a display ($DISPLAY): one tab per demo page (plus popup and options); runs until you close
//   the browser.
// - Headless: visits each page, waits for the extension to attach, saves a full-page screenshot per
//   page into docs/screenshots/ (plus popup.png and options.png) and prints the paths.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension } from '../test/e2e/harness';
import { MARKETPLACE, ORDER_IDS, CASE } from '../test/fixtures/seller-central/scenarios';

const ROOT = resolve(import.meta.dirname, '..');
const SCREENSHOT_DIR = join(ROOT, 'docs', 'screenshots');
const ATTACH_WAIT_MS = 1500;
const US = 'https://sellercentral.amazon.com';

/** Typed into the composer so the screenshot shows the checker at work (several violations). */
const SAMPLE_MESSAGE =
  'Hi Bob! Thanks for your order 😀 If you love the mat, please leave us a 5-star review. ' +
  'Questions? Email me at support@example-shop.com or call +1 415 555 0100, or visit www.example-shop.com for 20% off your next order.';

interface DemoPage {
  name: string;
  url: string;
  /** runs after load, before the screenshot (headless) */
  prepare?: (page: Page) => Promise<void>;
}

async function typeSampleIntoComposer(page: Page) {
  await page.locator('kat-radiobutton input').first().check();
  const textarea = page.locator('.contact-buyer-text-area kat-textarea textarea');
  await textarea.click();
  await textarea.pressSequentially(SAMPLE_MESSAGE, { delay: 2 });
}

/** Every page the demo shows, in tab order. */
const DEMO_PAGES: DemoPage[] = [
  { name: 'contact-buyer', url: `${US}/messaging/contact?orderID=${ORDER_IDS.sweetSpot}&marketplaceID=${MARKETPLACE.US}`, prepare: typeSampleIntoComposer },
  { name: 'inbox', url: `${US}/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.ATRISK}` },
  { name: 'inbox-de', url: `https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded&cc=${CASE.DE}` },
  { name: 'order-details-eligible', url: `${US}/orders-v3/order/${ORDER_IDS.sweetSpot}` },
  { name: 'order-details-too-early', url: `${US}/orders-v3/order/${ORDER_IDS.deliveredTwoDaysAgo}` },
  { name: 'order-details-already-requested', url: `${US}/orders-v3/order/${ORDER_IDS.alreadyRequested}` },
  { name: 'order-details-unknown-delivery', url: `${US}/orders-v3/order/${ORDER_IDS.unknownDelivery}?rgfx_markup=legacy` },
  { name: 'order-details-jp', url: `https://sellercentral.amazon.co.jp/orders-v3/order/${ORDER_IDS.jp}` },
  { name: 'orders-list', url: `${US}/orders-v3?page=1` },
  { name: 'orders-list-cards', url: `${US}/orders-v3?rgfx_layout=cards` },
  { name: 'review-page-not-eligible', url: `${US}/messaging/reviews?orderId=${ORDER_IDS.tooLate}&marketplaceId=${MARKETPLACE.US}` },
];

const SOURCE_PATHS = ['entrypoints', 'components', 'lib', 'rules', 'storage', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIfStale() {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sources = Math.max(...SOURCE_PATHS.map((p) => newestMtime(join(ROOT, p))));
  if (built >= sources) return;
  console.log(built ? 'Sources changed since the last build: running wxt build...' : 'No build found: running wxt build...');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

async function headed() {
  const ext = await launchExtension({ headless: false });
  for (const demo of DEMO_PAGES) {
    const page = await ext.page();
    await page.goto(demo.url);
  }
  await ext.openPopup();
  await ext.openOptions();
  console.log(`Opened ${DEMO_PAGES.length} fixture pages, the popup and the options page. Close the browser to end the demo.`);
  await new Promise<void>((done) => ext.context.on('close', () => done()));
  await ext.close().catch(() => undefined);
}

async function headless() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const ext = await launchExtension();
  const saved: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    saved.push(path);
  };
  try {
    for (const demo of DEMO_PAGES) {
      const page = await ext.page();
      await page.goto(demo.url);
      await page.waitForTimeout(ATTACH_WAIT_MS); // let the content script attach and draw
      if (demo.prepare) {
        await demo.prepare(page);
        await page.waitForTimeout(ATTACH_WAIT_MS);
      }
      await shoot(page, demo.name);
      await page.close();
    }
    const popup = await ext.openPopup();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.waitForTimeout(ATTACH_WAIT_MS);
    await shoot(popup, 'popup');
    const options = await ext.openOptions();
    await options.waitForTimeout(ATTACH_WAIT_MS);
    await shoot(options, 'options');
  } finally {
    await ext.close();
  }
  console.log('Screenshots:');
  for (const path of saved) console.log(`  ${relative(ROOT, path)}`);
}

buildIfStale();
await (process.env.DISPLAY ? headed() : headless());
