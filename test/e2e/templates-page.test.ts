// The "Check templates" page (test-contract.md, Templates page): a CSV of 20 templates, a DOCX and a
// TXT with two templates are checked at once; each template shows its own findings (placeholders are
// not findings), worst first; the filters keep what they say; the CSV and HTML reports save with the
// findings, safe to open; a broken file gets its own message while the rest is still checked; the
// page is linked from the popup and from options. Invariant: nothing leaves the browser (the page
// works with no network and saves through a Blob URL download).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';

const ext = useExtension({ route: false });
const page = useSharedPage(ext, async (e) => {
  const p = await e.context.newPage();
  await p.goto(`chrome-extension://${e.extensionId}/templates.html`);
  await p.waitForSelector('[data-rg="templates-input"]');
  return p;
});

/** name, text, a rule that must be found ('' = a clean template) */
const CSV_TEMPLATES: [string, string, string][] = [
  ['Shipped', 'Hello {{buyer_name}}, your order ${order_id} has shipped today. Kind regards, [Seller Name]', ''],
  ['Website', 'Hi [Buyer Name], you can find the manual on www.lampenhaus-example.de/manual.', 'url'],
  ['Email us', 'Dear <name>, please write to support@lampenhaus-example.com if anything is wrong.', 'email'],
  ['Phone', 'Dear %BUYER%, call us on +49 30 12345678 any time.', 'phone'],
  ['Smiley', 'Thank you so much for your order 😀', 'emoji'],
  ['Review ask', 'If you are happy with the lamp, please leave us a 5-star review.', 'review_request'],
  ['Coupon', 'Use code LAMP10 for 10% off your next order!', 'marketing'],
  ['Important', '[Important] Your delivery is delayed by two days. Sorry, {{name}}.', 'important_tag'],
  ['=HYPERLINK("http://evil.example")', 'Your replacement parcel is on its way, "tracking" follows.', ''],
  ['Delay', 'We are sorry, your parcel is delayed.\nIt should arrive by Friday.', ''],
  ['WhatsApp', 'Please contact us on WhatsApp for a faster answer.', 'offplatform'],
  ['Return', 'You can return the item within 30 days through Your Orders.', ''],
  ['Birthday', 'Please send us a copy of your ID card and your date of birth.', 'personal_data'],
  ['Follow', 'Follow us on Instagram for news and giveaways!', 'marketing'],
  ['Thanks', 'Thank you for your order {{order_id}}. It ships within 24 hours.', ''],
  ['Tracking', 'Your tracking number is 1Z999AA10123456784, sent with UPS.', ''],
  ['Mixed', 'Visit shop-example.com 😀 and leave a review!', 'url'],
  ['Refund', 'Your refund of 19.99 EUR was issued today.', ''],
  ['Manual', 'The manual is attached as a PDF, in German and English.', ''],
  ['Bye', 'Best regards, the ${shop_name} team', ''],
];

function csvOf(rows: string[][]): Buffer {
  return Buffer.from(Papa.unparse(rows, { newline: '\r\n' }));
}

function makeDocx(paragraphs: string[]): Buffer {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`;
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs.map(p).join('')}</w:body></w:document>`),
    }),
  );
}

async function results(p: Page) {
  return p.$$eval('[data-rg="template-result"]', (els) =>
    els.map((el) => ({
      name: el.getAttribute('data-name')!,
      count: Number(el.getAttribute('data-rg-count')),
      block: Number(el.getAttribute('data-rg-block')),
      file: el.getAttribute('data-file'),
      highlights: el.querySelectorAll('[data-rg="highlight"]').length,
      findings: [...el.querySelectorAll('[data-rg-finding]')].map((f) => ({
        rule: f.getAttribute('data-rule')!,
        severity: f.getAttribute('data-severity')!,
        start: Number(f.getAttribute('data-start')),
        end: Number(f.getAttribute('data-end')),
        layer: f.getAttribute('data-layer'),
        entry: f.getAttribute('data-entry'),
      })),
    })),
  );
}

async function waitForRun(p: Page, total: number) {
  await p.waitForSelector(`[data-rg="templates-progress"][data-state="done"][data-total="${total}"][data-done="${total}"]`, { timeout: 30_000 });
  await p.waitForFunction((n) => document.querySelectorAll('[data-rg="template-result"]').length === n, total, { timeout: 30_000 });
}

async function download(p: Page, hook: string): Promise<string> {
  const [file] = await Promise.all([p.waitForEvent('download'), p.locator(`[data-rg="${hook}"]`).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('templates page', () => {
  it('checks a 20-template CSV, a DOCX and a TXT of two templates; a broken file gets its own message', async () => {
    const csv = csvOf([['Template name', 'Message'], ...CSV_TEMPLATES.map(([name, text]) => [name, text])]);
    await page.locator('[data-rg="templates-input"]').setInputFiles([
      { name: 'library.csv', mimeType: 'text/csv', buffer: csv },
      { name: 'insert.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: makeDocx(['Thanks for your order!', 'Follow us on Instagram for 20% off your next order.']) },
      { name: 'two.txt', mimeType: 'text/plain', buffer: Buffer.from('Hello [Buyer Name], your parcel is on its way.\n---\nPlease email us at help@shop-example.com\n') },
      { name: 'broken.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('this is not a zip archive') },
      { name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
    ]);
    await waitForRun(page, 23);

    const errors = await page.$$eval('[data-rg="templates-file-error"]', (els) => els.map((e) => [e.getAttribute('data-file'), e.textContent]));
    expect(errors.map((e) => e[0])).toEqual(['broken.xlsx', 'old.xls']);
    for (const [file, text] of errors) expect(text).toContain(file);

    const all = await results(page);
    expect(all).toHaveLength(23);
    // worst first: blocking counts never increase down the list, clean templates last
    for (let i = 1; i < all.length; i++) expect(all[i]!.block).toBeLessThanOrEqual(all[i - 1]!.block);
    expect(all.at(-1)!.count).toBe(0);

    for (const [name, , rule] of CSV_TEMPLATES) {
      const r = all.find((x) => x.name === name);
      expect(r, name).toBeDefined();
      expect(r!.file).toBe('library.csv');
      if (!rule) {
        expect(r!.count, `${name}: ${JSON.stringify(r!.findings)}`).toBe(0);
        expect(r!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      } else {
        expect(r!.findings.map((f) => f.rule), name).toContain(rule);
        expect(r!.block, name).toBeGreaterThan(0);
        expect(r!.highlights, name).toBeGreaterThan(0);
        expect(r!.count).toBe(r!.findings.filter((f) => f.severity !== 'info').length);
      }
      for (const f of r!.findings) {
        expect(f.end).toBeGreaterThan(f.start);
        expect(['rule', 'model']).toContain(f.layer);
        if (f.layer === 'model') expect(f.entry).toMatch(/^model:/);
      }
    }
    // the entry that fired is named, as in the composer (test-contract.md, Finding sources)
    expect(all.find((x) => x.name === 'Website')!.findings.find((f) => f.rule === 'url')!.entry).toBeTruthy();
    // offsets point into the template as written (placeholders before the finding do not move it)
    const website = all.find((x) => x.name === 'Website')!.findings.find((f) => f.rule === 'url')!;
    expect(CSV_TEMPLATES[1]![1].slice(website.start, website.end)).toBe('www.lampenhaus-example.de/manual');

    const docx = all.find((x) => x.file === 'insert.docx')!;
    expect(docx.name).toBe('insert.docx');
    expect(docx.findings.map((f) => f.rule)).toContain('marketing');
    const txt = all.filter((x) => x.file === 'two.txt').sort((a, b) => a.name.localeCompare(b.name));
    expect(txt.map((x) => [x.name, x.count > 0])).toEqual([
      ['two.txt #1', false],
      ['two.txt #2', true],
    ]);
    expect(txt[1]!.findings.map((f) => f.rule)).toContain('email');

    const summary = page.locator('[data-rg="templates-summary"]');
    expect(await summary.getAttribute('data-total')).toBe('23');
    expect(Number(await summary.getAttribute('data-problems'))).toBe(all.filter((r) => r.count > 0).length);
  });

  it('filters by rule and by severity', async () => {
    await page.locator('[data-rg="templates-filter-rule"]').selectOption('url');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-rg-finding]')].every((f) => f.getAttribute('data-rule') === 'url'));
    const urls = await results(page);
    expect(urls.map((r) => r.name).sort()).toEqual(['Mixed', 'Website']);
    expect(urls.every((r) => r.findings.length && r.findings.every((f) => f.rule === 'url'))).toBe(true);

    await page.locator('[data-rg="templates-filter-rule"]').selectOption('');
    await page.locator('[data-rg="templates-filter-severity"]').selectOption('block');
    // the list draws a batch per frame: wait for every blocking template the summary counts
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('[data-rg="template-result"]')];
      const blocked = Number(document.querySelector('[data-rg="templates-summary"]')?.getAttribute('data-blocked'));
      return shown.length === blocked && shown.every((el) => el.getAttribute('data-rg-block') !== '0');
    });
    const blocking = await results(page);
    expect(blocking.length, blocking.map((r) => r.name).join(', ')).toBeGreaterThanOrEqual(13);
    expect(blocking.every((r) => r.findings.every((f) => f.severity === 'block'))).toBe(true);

    await page.locator('[data-rg="templates-filter-severity"]').selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('[data-rg="template-result"]').length === 23);
  });

  it('saves the CSV report: every finding, a row for each clean template, no cell a spreadsheet would run', async () => {
    const shown = await results(page);
    const csv = await download(page, 'templates-report-csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['name', 'rule', 'severity', 'excerpt', 'message']);
    expect(rows).toHaveLength(1 + shown.reduce((n, r) => n + Math.max(1, r.findings.length), 0));
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.some((r) => r[0] === `'=HYPERLINK("http://evil.example")` && r[1] === '')).toBe(true);
    const site = rows.find((r) => r[0] === 'Website' && r[1] === 'url')!;
    expect(site[2]).toBe('block');
    expect(site[3]).toContain('www.lampenhaus-example.de/manual');
    expect(site[4]).toBeTruthy();
    for (const [name, , rule] of CSV_TEMPLATES.filter((t) => t[2])) expect(rows.some((r) => r[0] === name && r[1] === rule), name).toBe(true);
  });

  it('saves a printable HTML report with the texts escaped', async () => {
    const html = await download(page, 'templates-report-html');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;)');
    expect(html).toContain('Dear &lt;name&gt;');
    expect((html.match(/<section>/g) ?? []).length).toBe(23);
  });

  it('has no serious or critical accessibility violation with the results shown (axe-core)', async () => {
    // evaluate, not a script tag: the extension page's CSP forbids inline scripts
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = (await page.evaluate(`(async () => {
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.slice(0, 2).map((n) => n.html).join(' | '));
    })()`)) as string[];
    expect(violations).toEqual([]);
  });

  it('checks a pasted message on its own', async () => {
    await page.locator('[data-rg="templates-paste"]').fill('Hi {{name}}! Get 20% off at www.shop-example.com 😀');
    await page.locator('[data-rg="templates-check"]').click();
    await waitForRun(page, 1);
    const [pasted] = await results(page);
    expect(pasted!.name).toBe('Pasted message');
    // (a discount "at" the seller's own address is also buying off Amazon: offplatform since s31, as the corpus labels it)
    expect(new Set(pasted!.findings.map((f) => f.rule))).toEqual(new Set(['marketing', 'url', 'emoji', 'offplatform']));
    expect(await page.locator('[data-rg="templates-file-error"]').count()).toBe(0);
  });

  it('checks files dropped on the page', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Thanks for your order!\n---\nCall us on +1 (555) 123-4567.'], 'dropped.txt', { type: 'text/plain' }));
      const zone = document.querySelector('[data-rg="templates-drop"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await waitForRun(page, 2);
    const dropped = await results(page);
    expect(dropped.map((r) => [r.name, r.file])).toEqual([
      ['dropped.txt #2', 'dropped.txt'],
      ['dropped.txt #1', 'dropped.txt'],
    ]);
    expect(dropped[0]!.findings.map((f) => f.rule)).toContain('phone');
  });

  it('is linked from the popup and from options', async () => {
    for (const open of [ext.openPopup, ext.openOptions]) {
      const p = await open();
      const link = p.locator('[data-rg="open-templates"]');
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`chrome-extension://${ext.extensionId}/templates.html`);
      await p.close();
    }
  });
});
