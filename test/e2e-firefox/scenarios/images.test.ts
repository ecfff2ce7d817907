// Image attachments in the browser of the running project (issue #15): Firefox has no offscreen
// documents, so its background page reads the image itself (QR codes and OCR from the extension's own
// files); Chromium goes through its offscreen document. Chromium's own suite goes deeper
// (test/e2e/composer-images.test.ts).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserName, useBrowser, until, type RgPage } from '../browsers';
import { renderImage, type RenderedImage } from '../../e2e/image-fixtures';

const b = useBrowser();
const US = 'ATVPDKIKX0DER';
const evaluating = (page: RgPage) => page as unknown as Page;

/** Picks files on the Contact Buyer file input the way a change from the file chooser arrives. */
async function attach(page: RgPage, files: RenderedImage[]) {
  await page.evaluate((list) => {
    const input = document.querySelector<HTMLInputElement>('.contact-buyer-file-input input[type=file]')!;
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') })));
}

describe(`image attachments (${browserName()})`, () => {
  it('the background reads a QR code and the text of an image', async () => {
    const page = await b.newPage();
    await page.goto(`https://sellercentral.amazon.com/messaging/contact?orderID=111-0000003-0000003&marketplaceID=${US}`);
    const qr = await renderImage(evaluating(page), 'insert-qr.png', { kind: 'qr', text: 'https://www.example-shop.com/register' });
    const logo = await renderImage(evaluating(page), 'logo.png', { kind: 'logo', brand: 'ACME HOME', address: 'www.example-shop.com' });
    const read = (img: RenderedImage) => b.send<{ status: string; qr: string[]; text: string; ms: number; detail?: string }>('image/read', { name: img.name, type: img.mimeType, base64: img.buffer.toString('base64') });
    const qrReply = await read(qr);
    expect(qrReply.ok, qrReply.error).toBe(true);
    expect(qrReply.data).toMatchObject({ status: 'read', qr: ['https://www.example-shop.com/register'] });
    const logoReply = await read(logo);
    expect(logoReply.data.status).toBe('read');
    expect(logoReply.data.text).toMatch(/example-shop\.com/);
    console.warn(`[images ${b.name}] QR insert ${qrReply.data.ms} ms (${qrReply.data.detail}); logo ${logoReply.data.ms} ms (${logoReply.data.detail})`);
    await page.close();
  });

  it('an image with a web address blocks on Contact Buyer, naming the image', async () => {
    const page = await b.newPage();
    await page.goto(`https://sellercentral.amazon.com/messaging/contact?orderID=111-0000003-0000003&marketplaceID=${US}`);
    await page.click('kat-radiobutton input');
    await until(page, () => document.querySelector('[data-rg="composer-panel"]') !== null, undefined, { what: 'the composer panel' });
    const qr = await renderImage(evaluating(page), 'insert-qr.png', { kind: 'qr', text: 'https://www.example-shop.com/register' });
    await attach(page, [qr]);
    await until(page, () => {
      const row = document.querySelector('[data-rg="composer-panel"]')?.shadowRoot?.querySelector<HTMLElement>('[data-rg="attachment"]');
      return row?.dataset.ok !== undefined;
    }, undefined, { what: 'the image verdict', timeout: 60_000 });
    const rows = await page.evaluate(() =>
      [...(document.querySelector('[data-rg="composer-panel"]')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rg-finding][data-source="attachment"]') ?? [])].map((r) => ({ rule: r.dataset.rule, via: r.dataset.via, file: r.dataset.file, text: r.textContent ?? '' })),
    );
    expect(rows.some((r) => r.rule === 'url' && r.via === 'qr' && r.file === 'insert-qr.png' && r.text.includes('insert-qr.png'))).toBe(true);
    await page.close();
  });
});
