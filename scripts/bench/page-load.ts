// What the extension adds to every Seller Central page load, in Chromium on the fixture pages: the
// main thread's script time (CDP Performance.ScriptDuration, the page's and every content script's)
// and the load event, with the extension and without it (the same pages, the same routing), median of
// LOADS loads per page. Pages without a composer must stay cheap: the composer's engine loads only
// where a composer is (entrypoints/composer.content/engine-handoff.ts).
// RG_OUT_DIR picks the build (as for e2e); RG_BENCH_REBUILD=0 skips the build.
import type { BrowserContext } from 'playwright-core';
import { launchExtension, launchPlain } from '../../test/e2e/harness';
import { buildUnlessSkipped, logLoadAverage, ms, quantile } from './util';

const LOADS = 7;
const PAGES: [string, string][] = [
  ['Manage Orders (no composer)', 'https://sellercentral.amazon.com/orders-v3?page=1'],
  ['an order (no composer)', 'https://sellercentral.amazon.com/orders-v3/order/111-0000002-0000002'],
  ['inbox (composer)', 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'],
  ['Contact Buyer (composer)', 'https://sellercentral.amazon.com/messaging/contact?orderID=111-0000002-0000002&marketplaceID=ATVPDKIKX0DER'],
];

async function measure(context: BrowserContext, url: string): Promise<{ script: number; load: number }> {
  const scripts: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    // the content scripts run at document_idle and the composer's engine after them
    await page.waitForTimeout(2_500);
    const { metrics } = await cdp.send('Performance.getMetrics');
    scripts.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000);
    loads.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
    await page.close();
  }
  return { script: quantile(scripts, 0.5), load: quantile(loads, 0.5) };
}

buildUnlessSkipped();
logLoadAverage();
const withExtension = await launchExtension();
const without = await launchPlain();
try {
  console.log(`\n| page (median of ${LOADS} loads) | script, extension | script, none | load event, extension | load event, none |\n|---|---:|---:|---:|---:|`);
  for (const [name, url] of PAGES) {
    const a = await measure(withExtension.context, url);
    const b = await measure(without.context, url);
    console.log(`| ${name} | ${ms(a.script)} | ${ms(b.script)} | ${ms(a.load)} | ${ms(b.load)} |`);
  }
} finally {
  await withExtension.close();
  await without.close();
}
