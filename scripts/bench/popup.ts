// The popup with 100,000 stored threads, in Chromium with the built extension: first contentful paint
// (from navigation start), the same first frame as a static page (the browser's own floor here), and
// when the fresh dashboard replaces the remembered one.
// RG_OUT_DIR picks the build (as for e2e); RG_BENCH_REBUILD=0 skips the build.
import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension } from '../../test/e2e/harness';
import { openFreshPopup } from '../../test/e2e/extension-helpers';
import { buildUnlessSkipped, logLoadAverage, ms, quantile } from './util';

const LATER_POPUPS = 10;
const STATIC_PAGE = 'rg-bench-static-first-frame.html';

buildUnlessSkipped();
logLoadAverage();
// no fixture routing: a routed context pauses every request, extension files included, for a round
// trip to Node (~30 ms a file here); a seller's browser has no such hop
const ext = await launchExtension({ route: false });
try {
  // 100,000 stored threads, sent through the real protocol in batches
  const setup = await ext.openOptions();
  const seeded = (await setup.evaluate(`(async () => {
    const now = Date.now();
    const started = performance.now();
    for (let batch = 0; batch < 50; batch += 1) {
      const threads = [];
      for (let i = 0; i < 2000; i += 1) {
        const n = batch * 2000 + i;
        const at = now - ((n * 7919) % (90 * 24 * 60)) * 60000; // spread over 90 days
        const answered = n % 10 !== 0;
        threads.push({
          host: 'sellercentral.amazon.com',
          caseId: 'BENCH-' + n,
          orderId: '111-' + String(1000000 + (n % 9000000)).padStart(7, '0') + '-' + String(n).padStart(7, '0'),
          buyerAlias: 'Buyer ' + n,
          messages: answered ? [{ from: 'buyer', at }, { from: 'seller', at: at + ((n % 30) + 1) * 3600000 }] : [{ from: 'buyer', at }],
          source: 'list',
          firstSeenAt: at,
          lastSeenAt: now,
        });
      }
      const reply = await chrome.runtime.sendMessage({ rg: 1, type: 'threads/upsert', payload: { threads } });
      if (!reply.ok) throw new Error(reply.error);
    }
    return performance.now() - started;
  })()`)) as number;
  console.log(`\n| popup with 100,000 threads | value |\n|---|---:|`);
  console.log(`| storing 100,000 threads (50 protocol batches) | ${ms(seeded)} |`);
  // the background rebuilds its dashboard after changes, and IndexedDB settles 100,000 fresh writes
  // (LevelDB compaction in the browser process): popups are timed on a settled profile, as a seller
  // opens one, not in the seconds after a bulk import
  await setup.waitForTimeout(Number(process.env.RG_BENCH_SETTLE_MS ?? 20_000));
  const rebuild = (await setup.evaluate(`(async () => {
    const t = performance.now();
    await chrome.runtime.sendMessage({ rg: 1, type: 'dashboard/get', payload: {} });
    return performance.now() - t;
  })()`)) as number;

  const timing = async (page: Page) =>
    (await page.evaluate(`({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      parsed: performance.getEntriesByType('navigation')[0]?.domInteractive ?? NaN,
      scripts: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN,
    })`)) as { fcp: number; parsed: number; scripts: number };

  // the first popup has nothing remembered: it waits for React and the background
  const first = await ext.context.newPage();
  await first.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await first.waitForSelector('[data-rg="crt"]', { timeout: 60_000 });
  const firstData = (await first.evaluate('performance.now()')) as number;
  const firstTiming = await timing(first);
  // its fresh paint leaves the snapshot the later popups start from
  await first.waitForSelector('[data-rg="popup-stale"]', { state: 'detached', timeout: 60_000 });
  await first.waitForTimeout(300);
  await first.close();

  // the popup's first frame as a static page: same markup and styles, no script at all
  const popupHtml = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const snapshot = JSON.parse((await setup.evaluate(`localStorage.getItem('rg-popup-snapshot')`)) as string) as { html: string };
  writeFileSync(join(EXTENSION_DIR, STATIC_PAGE), popupHtml.replace(/<script[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, '').replace('<div id="root"></div>', `<div id="root">${snapshot.html}</div>`));
  await setup.close();

  // later popups paint the last one's snapshot before React, then React's remembered dashboard, then
  // the fresh one; alternated with the static page so both see the same machine
  const popups: { fcp: number; fresh: number; parsed: number; scripts: number; snapshot: boolean }[] = [];
  const statics: number[] = [];
  for (let i = 0; i < LATER_POPUPS; i += 1) {
    const popup = await openFreshPopup(ext);
    const fresh = (await popup.evaluate('performance.now()')) as number;
    const snapshot = (await popup.evaluate(`performance.getEntriesByName('rg-popup-snapshot').length > 0`)) as boolean;
    popups.push({ ...(await timing(popup)), fresh, snapshot });
    await popup.close();
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/${STATIC_PAGE}`);
    await page.waitForTimeout(200);
    statics.push((await timing(page)).fcp);
    await page.close();
  }
  rmSync(join(EXTENSION_DIR, STATIC_PAGE));
  const median = (key: 'fcp' | 'fresh' | 'parsed' | 'scripts') => quantile(popups.map((p) => p[key]), 0.5);
  console.log(`| dashboard/get right after storing (background rebuilds) | ${ms(rebuild)} |`);
  console.log(`| first popup ever (nothing remembered): first contentful paint / lists and CRT painted | ${ms(firstTiming.fcp)} / ${ms(firstData)} |`);
  console.log(`| later popups, median of ${LATER_POPUPS} (p90): first contentful paint | ${ms(median('fcp'))} (${ms(quantile(popups.map((p) => p.fcp), 0.9))}) |`);
  console.log(`| the same first frame as a static page, no script (the browser's floor here), median (p90) | ${ms(quantile(statics, 0.5))} (${ms(quantile(statics, 0.9))}) |`);
  console.log(`| later popups, median: HTML parsed / entry script run (DOMContentLoaded) | ${ms(median('parsed'))} / ${ms(median('scripts'))} |`);
  console.log(`| later popups, median: fresh dashboard painted | ${ms(median('fresh'))} |`);
  console.log(`| later popups whose first frame was the last popup's snapshot | ${popups.filter((p) => p.snapshot).length}/${LATER_POPUPS} |`);
} finally {
  await ext.close();
}
