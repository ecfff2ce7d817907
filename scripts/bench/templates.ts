// The "Check templates" page with 1,000 templates of 2,000 characters (issue #15: under 2 s, the page
// responsive throughout), in Chromium with the built extension: from picking the CSV to the last
// template checked, to every result on the page, the checker's own time, and the main thread's long
// tasks and worst frame gap meanwhile. Each template is different (the page remembers repeated texts).
// RG_OUT_DIR picks the build (as for e2e); RG_BENCH_REBUILD=0 skips the build. RG_BENCH_TEMPLATES=N.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { launchExtension } from '../../test/e2e/harness';
import { buildUnlessSkipped, logLoadAverage, ms, quantile } from './util';

const COUNT = Number(process.env.RG_BENCH_TEMPLATES ?? 1_000);
const LENGTH = 2_000;
const RUNS = 3;

const SENTENCES = [
  'Thank you for your order {{order_id}}, {{buyer_name}}.',
  'Your parcel left our warehouse this morning and should arrive within three working days.',
  'If anything is missing or damaged, please reply to this message and we will sort it out.',
  'The instructions are in the box; the quick-start card shows how to connect the lamp.',
  'We are sorry for the delay: the carrier had a backlog after the holidays.',
  'You can return the item within 30 days through Your Orders, free of charge.',
  'Le colis a été expédié ce matin et arrivera sous trois jours ouvrables.',
  'Das Paket wurde heute verschickt und sollte in drei Werktagen ankommen.',
  'Your refund of 19.99 EUR was issued today and shows in 3-5 business days.',
  'Kind regards, [Seller Name]',
];
const VIOLATIONS = ['Visit www.lampenhaus-example.de for more.', 'Please leave us a 5-star review!', 'Thanks 😀', 'Use code LAMP10 for 10% off.'];

function template(i: number): string {
  let text = `Template ${i}. `;
  for (let k = 0; text.length < LENGTH; k++) {
    text += SENTENCES[(i + k * 7) % SENTENCES.length] + ' ';
    if (i % 4 === 0 && k === 5) text += VIOLATIONS[(i / 4) % VIOLATIONS.length] + ' ';
  }
  return text.slice(0, LENGTH);
}

buildUnlessSkipped();
logLoadAverage();
const csv = Buffer.from(Papa.unparse([['name', 'message'], ...Array.from({ length: COUNT }, (_, i) => [`T${i}`, template(i)])]));
// picked from disk, as a seller's file picker hands it over (a Buffer would first travel through the
// DevTools protocol as base64, a multi-second task in the page that is the harness's, not ours)
const dir = mkdtempSync(join(tmpdir(), 'rg-bench-templates-'));
const file = join(dir, 'library.csv');
writeFileSync(file, csv);
const ext = await launchExtension({ route: false });
try {
  const rows: { checked: number; rendered: number; checker: number; longTasks: number; longest: number; maxGap: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/templates.html`);
    await page.waitForSelector('[data-rg="templates-input"]');
    // a seller takes a few seconds to pick a file; the page warms its checkers meanwhile
    await page.waitForTimeout(Number(process.env.RG_BENCH_SETTLE_MS ?? 2_000));
    // long tasks and the longest gap between animation frames while the page works
    await page.evaluate(`(() => {
      window.__rgLong = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__rgLong.push(e.duration); }).observe({ type: 'longtask' });
      window.__rgGap = 0;
      let last = performance.now();
      const tick = (now) => { window.__rgGap = Math.max(window.__rgGap, now - last); last = now; if (!window.__rgStop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      document.querySelector('[data-rg="templates-input"]').addEventListener('change', () => { window.__rgStart = performance.now(); window.__rgGap = 0; window.__rgLong = []; }, { capture: true });
    })()`);
    await page.locator('[data-rg="templates-input"]').setInputFiles(file);
    await page.waitForSelector(`[data-rg="templates-progress"][data-state="done"][data-done="${COUNT}"]`, { timeout: 120_000 });
    const checked = (await page.evaluate('performance.now() - window.__rgStart')) as number;
    await page.waitForFunction((n) => document.querySelectorAll('[data-rg="template-result"]').length === n, COUNT, { timeout: 120_000, polling: 100 });
    const figures = (await page.evaluate(`(() => {
      window.__rgStop = true;
      const measure = performance.getEntriesByName('rg-templates-check').at(-1);
      return { rendered: performance.now() - window.__rgStart, checker: measure ? measure.duration : NaN, longTasks: window.__rgLong.length, longest: Math.max(0, ...window.__rgLong), maxGap: window.__rgGap };
    })()`)) as Omit<(typeof rows)[number], 'checked'>;
    rows.push({ checked, ...figures });
    await page.close();
  }
  console.log(`\n| ${COUNT} templates x ${LENGTH} chars (CSV ${(csv.length / 1e6).toFixed(1)} MB) | median | worst of ${RUNS} |\n|---|---:|---:|`);
  const line = (label: string, pick: (r: (typeof rows)[number]) => number, fmt = ms) => console.log(`| ${label} | ${fmt(quantile(rows.map(pick), 0.5))} | ${fmt(Math.max(...rows.map(pick)))} |`);
  line('file picked -> last template checked (read, parse, check, sort)', (r) => r.checked);
  line('file picked -> every result on the page', (r) => r.rendered);
  line('checking loop, wall (slices + yields)', (r) => r.checker);
  line('long tasks (> 50 ms) meanwhile', (r) => r.longTasks, (n) => String(n));
  line('longest task', (r) => r.longest);
  line('longest gap between frames', (r) => r.maxGap);
} finally {
  await ext.close();
  rmSync(dir, { recursive: true, force: true });
}
