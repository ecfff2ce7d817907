// Keystroke-to-highlight latency of the composer in Chromium with the built extension (issue 4).
// For 2,000- and 4,000-character messages: the time from a key's keydown to our overlay's highlights
// being updated and laid out (the per-keystroke path), the duration of the idle-time check (the
// debounced full check + render), and the number of long tasks (> 50 ms) the page saw while typing.
// Then the first replies after a page load: six short everyday replies put in the field one after
// another, 6 s after load (the composer warms the checker while the page is idle), each one's
// check + render - the checks that meet regexps V8 has not compiled yet.
import { launchExtension } from '../../test/e2e/harness';
import { buildIfMissing, quantile } from './util';

buildIfMissing();

const PARAGRAPH =
  'Hello Bob, thank you for your order of the green yoga mat. It left our warehouse this morning and the carrier expects to deliver it on Friday. ' +
  'If the parcel is late or anything is damaged, reply to this message and we will send a replacement right away. ';
const VIOLATIONS = ' You can also reach us at www.myshop-support.com or help@myshop.com for 10% off. ';

function message(length: number): string {
  const half = Math.floor(length / 2);
  const body = PARAGRAPH.repeat(Math.ceil(length / PARAGRAPH.length) + 1);
  return (body.slice(0, half) + VIOLATIONS + body).slice(0, length);
}

/** Short replies a seller writes first: each wakes other detectors (and so other regexps). */
const FIRST_REPLIES = [
  'Hello, thanks for your order.',
  'Hi Sam, sorry the lamp arrived broken. A replacement ships tomorrow; you will get tracking by e-mail from Amazon.',
  'Yes, the cover fits the 2023 model. Let me know if you need anything else.',
  'Vielen Dank für Ihre Nachricht, das Paket ist heute rausgegangen.',
  'Dear customer, your parcel was delayed by the carrier; it is now out for delivery.',
  'If you are happy with it, a review would help us a lot. Our new model is on sale at lampworks.com.',
];

const ext = await launchExtension();
const rows: string[] = [];
const firstRows: string[] = [];
try {
  // first, in a fresh browser: the first replies after a page load (later pages of the same site share
  // its renderer, and V8 keeps compiled regexp code per renderer)
  {
    const page = await ext.page();
    await page.goto('https://sellercentral.amazon.com/messaging/contact?orderID=111-0000002-0000002&marketplaceID=ATVPDKIKX0DER');
    await page.locator('kat-radiobutton input').first().check();
    await page.waitForSelector('[data-rg="composer-panel"]');
    await page.waitForTimeout(6_000);
    const field = page.locator('kat-textarea textarea').first();
    const panel = page.locator('[data-rg="composer-panel"]');
    for (const reply of FIRST_REPLIES) {
      // fill fires input: the panel is pending until the debounced check has rendered
      await field.fill(reply);
      await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-rg="composer-panel"]')!.dataset.rgPending);
      firstRows.push(`| ${reply.slice(0, 40)}... | ${Number(await panel.getAttribute('data-rg-check-ms')).toFixed(1)} |`);
    }
    await page.close();
  }
  for (const length of [2000, 4000]) {
    const page = await ext.page();
    await page.goto('https://sellercentral.amazon.com/messaging/contact?orderID=111-0000002-0000002&marketplaceID=ATVPDKIKX0DER');
    await page.locator('kat-radiobutton input').first().check();
    await page.waitForSelector('[data-rg="composer-panel"]');
    const field = page.locator('kat-textarea textarea').first();
    await field.fill(message(length));
    await page.waitForFunction(() => document.querySelector('[data-rg="highlight"]') === null && !!document.querySelector('[data-rg="composer-overlay"]')?.shadowRoot?.querySelector('[data-rg="highlight"]'));

    await page.evaluate(() => {
      const w = window as unknown as { __bench: { latencies: number[]; checks: number[]; longTasks: number; key: number } };
      w.__bench = { latencies: [], checks: [], longTasks: 0, key: 0 };
      new PerformanceObserver((list) => (w.__bench.longTasks += list.getEntries().length)).observe({ type: 'longtask' });
      const textarea = document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!;
      textarea.addEventListener('keydown', (e) => (w.__bench.key = e.timeStamp), { capture: true });
      const overlay = document.querySelector('[data-rg="composer-overlay"]')!.shadowRoot!;
      new MutationObserver(() => {
        if (!w.__bench.key) return;
        overlay.querySelector('[data-rg="highlight"]')?.getBoundingClientRect(); // laid out
        w.__bench.latencies.push(performance.now() - w.__bench.key);
        w.__bench.key = 0;
      }).observe(overlay, { childList: true, subtree: true, characterData: true });
      const panel = document.querySelector<HTMLElement>('[data-rg="composer-panel"]')!;
      new MutationObserver(() => {
        const ms = Number(panel.dataset.rgCheckMs);
        if (!panel.dataset.rgPending && Number.isFinite(ms)) w.__bench.checks.push(ms);
      }).observe(panel, { attributes: true, attributeFilter: ['data-rg-check-ms'] });
      // type in the middle, before the violations, so every keystroke moves the highlights
      textarea.focus();
      textarea.setSelectionRange(Math.floor(textarea.value.length / 3), Math.floor(textarea.value.length / 3));
    });
    // fast typing (highlights shift per key), then slow typing (a full check after each key)
    await page.keyboard.type('we checked the parcel twice before it left ', { delay: 25 });
    for (const ch of 'and sealed it') await page.keyboard.type(ch, { delay: 180 });
    await page.waitForTimeout(300);
    const result = await page.evaluate(() => (window as unknown as { __bench: { latencies: number[]; checks: number[]; longTasks: number } }).__bench);
    const f = (n: number) => n.toFixed(2);
    rows.push(
      `| ${length} | ${result.latencies.length} | ${f(quantile(result.latencies, 0.5))} | ${f(quantile(result.latencies, 0.95))} | ${result.checks.length} | ${f(quantile(result.checks, 0.5))} | ${f(quantile(result.checks, 0.95))} | ${result.longTasks} |`,
    );
    await page.close();
  }
} finally {
  await ext.close();
}
console.log('| chars | keystrokes | key→highlight median ms | p95 ms | idle checks | check+render median ms | p95 ms | long tasks |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log('');
console.log('| first replies after a page load | check+render ms |');
console.log('|---|---:|');
for (const row of firstRows) console.log(row);
