// The inbox at scale, in Chromium with the built extension: a 1,000-thread inbox, time from rows
// present to every badge present, and the cost of one tick of the shared ticker.
// RG_OUT_DIR picks the build (as for e2e); RG_BENCH_REBUILD=0 skips the build.
import { launchExtension } from '../../test/e2e/harness';
import { buildUnlessSkipped, logLoadAverage, ms, quantile } from './util';

// later visits are noisy on a shared 2-core machine (a GC of the last page can land before the scan)
const LATER_VISITS = 9;

buildUnlessSkipped();
logLoadAverage();
const ext = await launchExtension();
try {
  const page = await ext.page();
  // main world, before the page's scripts: note when the rows and when the last badge enter the DOM
  // (a MutationObserver on the list's shadow root, so the times are the DOM's, not the next frame's),
  // and whether the badges made it into the frame that first paints the rows
  await page.addInitScript(`(() => {
    const marks = (window.__rgBench = { rowsAt: null, badgesAt: null, rows: 0, badges: 0, sameFrame: null });
    const count = (list) => {
      const rows = list.querySelectorAll('[role="listitem"]').length;
      const badges = list.querySelectorAll('[data-rg="sla-badge"]').length;
      marks.rows = rows;
      marks.badges = badges;
      return rows > 0 && badges >= rows;
    };
    const watchList = (list) => {
      const seen = () => {
        const t = performance.now();
        if (marks.rowsAt === null && list.querySelector('[role="listitem"]')) {
          marks.rowsAt = t;
          // rAF callbacks run before the frame's style, layout and paint; a task queued from one runs
          // after that frame: were the badges in the frame that first painted the rows?
          requestAnimationFrame(() => setTimeout(() => { marks.sameFrame = count(list); }, 0));
        }
        if (marks.rowsAt !== null && marks.badgesAt === null && count(list)) { marks.badgesAt = t; observer.disconnect(); }
      };
      const observer = new MutationObserver(seen);
      observer.observe(list, { childList: true, subtree: true });
      seen(); // the page may fill the list in the same task that creates it
    };
    const find = new MutationObserver(() => {
      const list = document.querySelector('.thread-list-inner')?.shadowRoot;
      if (!list) return;
      find.disconnect();
      watchList(list);
    });
    find.observe(document, { childList: true, subtree: true });
  })()`);
  const url = `https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&rgfx_threads=1000${process.env.RG_BENCH_API === '404' ? '&rgfx_api=404' : ''}`;
  type Marks = { rowsAt: number | null; badgesAt: number | null; rows: number; badges: number; sameFrame: boolean | null };
  const visit = async (): Promise<Marks> => {
    await page.goto(url);
    await page.waitForFunction('window.__rgBench && window.__rgBench.badgesAt !== null && window.__rgBench.sameFrame !== null', undefined, { timeout: 30_000 });
    return (await page.evaluate('window.__rgBench')) as Marks;
  };
  // the inbox's own measures, as "phase start+duration" in ms from rows present
  const timeline = async () =>
    (await page.evaluate(`(() => { const b = window.__rgBench; return performance.getEntriesByType('measure').filter((e) => e.name !== 'rg:inbox-tick').map((e) => e.name.replace('rg:inbox-', '') + ' ' + Math.round(e.startTime - b.rowsAt) + '+' + Math.round(e.duration)).join(', ') + ' | badges done at ' + Math.round(b.badgesAt - b.rowsAt); })()`)) as string;
  // first visit: the 1,000 threads are new and get stored; later visits: they are known
  const first = await visit();
  const firstTimeline = await timeline();
  if (process.env.RG_BENCH_TIMELINE) console.log(`timeline (ms from rows present, first visit): ${firstTimeline}`);
  const again: number[] = [];
  let last = first;
  const sameFrame = [first.sameFrame];
  for (let i = 0; i < LATER_VISITS; i += 1) {
    last = await visit();
    again.push(last.badgesAt! - last.rowsAt!);
    sameFrame.push(last.sameFrame);
  }
  await page.waitForTimeout(6_000);
  const ticks = (await page.evaluate(`performance.getEntriesByName('rg:inbox-tick').map((e) => e.duration)`)) as number[];
  console.log('| inbox, 1,000 unanswered threads | value |\n|---|---:|');
  console.log(`| rows / badges | ${last.rows} / ${last.badges} |`);
  console.log(`| rows present -> all badges present, first visit (stores 1,000 new threads) | ${ms(first.badgesAt! - first.rowsAt!)} |`);
  console.log(`| rows present -> all badges present, later visits, median of ${LATER_VISITS} / p90 (min - max) | ${ms(quantile(again, 0.5))} / ${ms(quantile(again, 0.9))} (${ms(Math.min(...again))} - ${ms(Math.max(...again))}) |`);
  console.log(`| badges painted in the same frame as the rows (${sameFrame.length} visits) | ${sameFrame.filter(Boolean).length} of ${sameFrame.length} |`);
  console.log(`| one tick (all 1,000 badges), median / p95 (${ticks.length} ticks) | ${ms(quantile(ticks, 0.5))} / ${ms(quantile(ticks, 0.95))} |`);
  const phases = (await page.evaluate(`['rg:inbox-read', 'rg:inbox-get', 'rg:inbox-merge-place'].map((name) => [name, performance.getEntriesByName(name).map((e) => e.duration)])`)) as [string, number[]][];
  if (process.env.RG_BENCH_TIMELINE) console.log(`timeline (ms from rows present, last visit): ${await timeline()}`);
  for (const [name, values] of phases) console.log(`| phase ${name.replace('rg:inbox-', '')}, max / median (${values.length} scans, last visit) | ${ms(Math.max(...values))} / ${ms(quantile(values, 0.5))} |`);
  await page.close();
} finally {
  await ext.close();
}
