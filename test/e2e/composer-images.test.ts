// Image attachments on Contact Buyer (issue #15): the text in an attached image (OCR) and its QR codes
// are read in the extension's own pages (Chrome: an offscreen document) and checked like the message.
// A web address in a logo and a QR code of a URL block, naming the image; a photo without text passes;
// a damaged or huge image gets a clear message; typing stays exact while an image is read (off the page).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './setup';
import { openContactBuyer, textarea } from './composer-helpers';
import { asTiff, pngHeaderOnly, renderImage, type RenderedImage } from './image-fixtures';

// the service worker's chrome, typed for the one call made here
declare const chrome: { runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> } };

const ext = useExtension();
const US = 'ATVPDKIKX0DER';
const FILE_INPUT = '.contact-buyer-file-input input[type=file]';

interface AttachmentState { name: string; ok?: string; state?: string; rules: string; readMs?: string; detail?: string; text: string }
interface SourcedRow { rule: string; severity: string; source?: string; file?: string; via?: string; text: string }

function attachments(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-rg="composer-panel"]');
    return [...(panel?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rg="attachment"]') ?? [])].map((r): AttachmentState => ({
      name: r.dataset.name ?? '',
      ok: r.dataset.ok,
      state: r.dataset.state,
      rules: r.dataset.rules ?? '',
      readMs: r.dataset.readMs,
      detail: r.dataset.readDetail,
      text: r.textContent ?? '',
    }));
  });
}

function sourcedRows(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-rg="composer-panel"]');
    return [...(panel?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rg-finding][data-source="attachment"]') ?? [])].map((r): SourcedRow => ({
      rule: r.dataset.rule ?? '',
      severity: r.dataset.severity ?? '',
      source: r.dataset.source,
      file: r.dataset.file,
      via: r.dataset.via,
      text: r.textContent ?? '',
    }));
  });
}

async function attach(page: Page, files: RenderedImage[], timeout = 30_000) {
  const started = Date.now();
  await page.locator(FILE_INPUT).setInputFiles(files);
  await expect.poll(async () => (await attachments(page)).filter((a) => a.ok !== undefined).length, { timeout, interval: 50 }).toBe(files.length);
  return { wallMs: Date.now() - started, rows: Object.fromEntries((await attachments(page)).map((a) => [a.name, a])) };
}

describe('image attachments on Contact Buyer', () => {
  it('a QR code of a URL blocks, naming the image (data-via="qr")', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000003-0000003', US);
    const qr = await renderImage(page, 'insert-qr.png', { kind: 'qr', text: 'https://www.example-shop.com/register' });
    const { rows, wallMs } = await attach(page, [qr]);
    expect(rows['insert-qr.png']).toMatchObject({ ok: 'false' });
    expect(rows['insert-qr.png']!.rules).toContain('url');
    const found = (await sourcedRows(page)).filter((r) => r.via === 'qr');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ rule: 'url', severity: 'block', source: 'attachment', file: 'insert-qr.png' });
    expect(found[0]!.text).toContain('insert-qr.png');
    expect(found[0]!.text).toContain('www.example-shop.com');
    // the head counts it, and Send is guarded with the image named
    expect(Number(await page.locator('[data-rg="composer-panel"]').getAttribute('data-rg-block'))).toBeGreaterThan(0);
    await textarea(page).click();
    await page.keyboard.type('Your order shipped today.');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await expect.poll(() => page.locator('[data-rg="send-guard"] [role="dialog"]').textContent()).toContain('insert-qr.png');
    await page.keyboard.press('Escape');
    console.warn(`[images] QR insert 900x600: wall ${wallMs} ms, reader ${rows['insert-qr.png']!.readMs} ms (${rows['insert-qr.png']!.detail})`);
    await page.close();
  });

  it('a logo with a web address blocks, naming the image (data-via="ocr"); a photo with no text passes', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000003-0000003', US);
    const logo = await renderImage(page, 'logo.png', { kind: 'logo', brand: 'ACME HOME', address: 'www.example-shop.com' });
    const photo = await renderImage(page, 'mug-photo.jpg', { kind: 'photo' }, 'image/jpeg');
    const { rows } = await attach(page, [logo, photo]);
    expect(rows['logo.png']).toMatchObject({ ok: 'false' });
    expect(rows['logo.png']!.rules).toContain('url');
    const ocr = (await sourcedRows(page)).filter((r) => r.file === 'logo.png');
    expect(ocr.some((r) => r.rule === 'url' && r.via === 'ocr' && r.severity === 'block')).toBe(true);
    expect(ocr.find((r) => r.rule === 'url')!.text).toMatch(/logo\.png.*example-shop\.com/);
    expect(rows['mug-photo.jpg']).toMatchObject({ ok: 'true' });
    expect((await sourcedRows(page)).filter((r) => r.file === 'mug-photo.jpg')).toEqual([]);
    await page.close();
  });

  it('reads an insert card turned 7 degrees (1,000 x 1,000)', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000003-0000003', US);
    const card = await renderImage(page, 'insert-card.png', {
      kind: 'card',
      size: 1000,
      degrees: 7,
      lines: ['Thank you for your purchase!', 'Register your warranty at', 'www.acme-warranty.com', 'and get 20% off your next order.'],
    });
    const { rows, wallMs } = await attach(page, [card]);
    const row = rows['insert-card.png']!;
    expect(row.ok).toBe('false');
    expect(row.rules).toContain('url');
    expect((await sourcedRows(page)).some((r) => r.file === 'insert-card.png' && r.via === 'ocr' && r.rule === 'url')).toBe(true);
    console.warn(`[images] insert card 1000x1000 (7 deg): wall ${wallMs} ms, reader ${row.readMs} ms (${row.detail})`);
    // the budget is 3 s on a quiet machine (README, measured); shared CI machines run several sessions
    // at once, so the test holds the line against a hang, and prints the figure
    expect(Number(row.readMs)).toBeLessThan(15_000);
    await page.close();
  });

  it('reads the text of a TIFF (no browser decodes it: the OCR engine does)', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000003-0000003', US);
    const logo = await renderImage(page, 'logo.png', { kind: 'logo', brand: 'ACME HOME', address: 'www.example-shop.com' });
    const tiff = await asTiff(page, logo, 'scan.tif');
    const { rows } = await attach(page, [tiff]);
    expect(rows['scan.tif']).toMatchObject({ ok: 'false' });
    expect((await sourcedRows(page)).some((r) => r.file === 'scan.tif' && r.via === 'ocr' && r.rule === 'url')).toBe(true);
    await page.close();
  });

  it('a damaged image and a 100-megapixel one get a clear message, never a hang', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000003-0000003', US);
    const broken: RenderedImage = { name: 'broken.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), Buffer.alloc(2000, 7)]) };
    const huge = pngHeaderOnly('huge.png', 10_000, 10_000);
    const { rows, wallMs } = await attach(page, [broken, huge], 15_000);
    expect(rows['broken.png']).toMatchObject({ ok: 'false', rules: expect.stringContaining('attachment_unreadable') });
    expect(rows['broken.png']!.text).toMatch(/could not be opened/);
    expect(rows['huge.png']).toMatchObject({ ok: 'false', rules: expect.stringContaining('attachment_unreadable') });
    expect(rows['huge.png']!.text).toMatch(/too large to read \(100 megapixels/);
    expect(wallMs).toBeLessThan(10_000);
    await page.close();
  });

  it('typing stays exact while an image is read, and the reading runs off the page', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000003-0000003', US);
    const card = await renderImage(page, 'busy-card.png', {
      kind: 'card',
      size: 1000,
      degrees: 0,
      lines: ['Care instructions', 'Hand wash only. Do not bleach.', 'Dry flat in the shade.', 'Iron on low heat.'],
    });
    const typed = 'Hello Sam, thanks for your order. It ships today and should arrive on Friday. Kind regards';
    const typeAndMeasure = async () => {
      await page.evaluate(() => {
        const w = window as unknown as { __rgLong: number[]; __rgObs?: PerformanceObserver; __rgLoaf: string[]; __rgLoafObs?: PerformanceObserver };
        w.__rgObs?.disconnect();
        w.__rgLoafObs?.disconnect();
        w.__rgLong = [];
        w.__rgLoaf = [];
        w.__rgObs = new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__rgLong.push(e.duration)));
        w.__rgObs.observe({ type: 'longtask' });
        // what ran in each long frame (diagnosis when a long task shows up)
        w.__rgLoafObs = new PerformanceObserver((list) => list.getEntries().forEach((e) => {
          const scripts = (e as unknown as { scripts: { duration: number; invoker: string; sourceURL: string; sourceFunctionName: string }[] }).scripts;
          w.__rgLoaf.push(`${Math.round(e.duration)}ms: ${scripts.map((x) => `${Math.round(x.duration)} ${x.invoker} ${x.sourceURL.split('/').pop()}:${x.sourceFunctionName}`).join('; ')}`);
        }));
        w.__rgLoafObs.observe({ type: 'long-animation-frame' });
      });
      await textarea(page).click();
      const started = Date.now();
      await page.keyboard.type(typed);
      const ms = Date.now() - started;
      const value = await textarea(page).inputValue();
      const longTasks = await page.evaluate(() => (window as unknown as { __rgLong: number[] }).__rgLong.map(Math.round));
      const frames = await page.evaluate(() => (window as unknown as { __rgLoaf: string[] }).__rgLoaf);
      await textarea(page).fill('');
      return { ms, value, longTasks, frames };
    };
    // the first check in a fresh content script compiles the checker (a long task with or without
    // images): warm it, then type once without an image and once while one is read
    await typeAndMeasure();
    const before = await typeAndMeasure();
    await page.locator(FILE_INPUT).setInputFiles([card]);
    // the typing overlaps the reading when the reading has begun and not ended as the typing starts (how long
    // either takes depends on how busy the machine's two cores are: the reading may end first or last)
    await expect.poll(async () => (await attachments(page)).length, { timeout: 10_000 }).toBe(1);
    const stillReading = (await attachments(page)).some((a) => a.state === 'checking');
    const during = await typeAndMeasure();
    await expect.poll(async () => (await attachments(page)).every((a) => a.ok !== undefined), { timeout: 30_000 }).toBe(true);
    console.warn(`[images] typing ${typed.length} chars: ${before.ms} ms without an image, ${during.ms} ms while one is read (still reading as the typing began: ${stillReading}); long tasks ${JSON.stringify(before.longTasks)} / ${JSON.stringify(during.longTasks)}; long frames while reading: ${JSON.stringify(during.frames)}`);
    expect(during.value).toBe(typed);
    expect(stillReading).toBe(true);
    // the image is read off the page's main thread, in the extension's offscreen document: asserted by where
    // the work ran, not by how long the page's tasks took (a long task's wall time grows with whatever else
    // the machine's two cores run - 891 ms once in CI with two Chromiums and the OCR busy; figures printed)
    const offscreen = await ext.serviceWorker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);
    expect(offscreen).toBe(1);
    const pageLoads = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(pageLoads.filter((name) => /tesseract|\.wasm|traineddata|\/ocr[-/]|offscreen/i.test(name))).toEqual([]);
    expect(during.frames.filter((frame) => /\b(ocr|offscreen|tesseract|jsqr)[-\w]*\.(js|wasm)\b/i.test(frame))).toEqual([]);
    expect((await attachments(page))[0]).toMatchObject({ name: 'busy-card.png', ok: 'true' });
    await page.close();
  });

  it("reading images fetched nothing but the extension's own files and Seller Central (no CDN worker, core or model)", () => {
    expect(ext.state.blocked).toEqual([]);
    const outside = ext.state.requests.map((r) => new URL(r.url)).filter((u) => u.protocol !== 'chrome-extension:' && !/^sellercentral(-europe|-japan)?\.amazon\./.test(u.hostname));
    expect(outside.map(String)).toEqual([]);
    // the OCR engine came from the extension itself (the composer's own engine is the other file it loads)
    const own = ext.state.requests.map((r) => r.url).filter((u) => u.startsWith('chrome-extension:') && !/\/composer-engine\.js$/.test(u));
    if (own.length) expect(own.some((u) => u.includes('/ocr/'))).toBe(true);
  });
});
