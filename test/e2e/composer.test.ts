// Live checker on Contact Buyer in real Chromium (issue 4). Invariants: the seller's text is never
// altered; findings show as rows and as highlights over the offending text; Send is guarded only with
// blocking findings; attachments are judged; one review channel per order.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';
import { useExtension } from './setup';
import { sendFromPopup } from './extension-helpers';
import { highlightGeometry, openContactBuyer, overlaps, panelState, settle, textarea, typeMessage } from './composer-helpers';

const ext = useExtension();
const US = 'ATVPDKIKX0DER';

describe('composer on Contact Buyer (US)', () => {
  it('never alters the text, shows one row per finding and highlights over the offending text', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000002-0000002', US);
    const typed = 'Hi Bob, thanks for your order!\nPlease email me at bob@myshop.com or visit www.myshop.com 😊';
    await typeMessage(page, typed);
    expect(await textarea(page).inputValue()).toBe(typed);

    const state = await panelState(page);
    const rules = state.rows.map((r) => r.rule);
    expect(rules).toEqual(expect.arrayContaining(['email', 'url', 'emoji']));
    expect(state.block).toBeGreaterThanOrEqual(3);
    expect(state.count).toBe(state.rows.filter((r) => r.severity !== 'info').length);
    const email = state.rows.find((r) => r.rule === 'email')!;
    expect(typed.slice(email.start, email.end)).toBe('bob@myshop.com');
    // each row says which layer and entry found it (a false alarm is traceable in one step)
    const url = page.locator('[data-rg="composer-panel"] [data-rg-finding][data-rule="url"]');
    expect(await url.getAttribute('data-layer')).toBe('rule');
    expect(await url.getAttribute('data-entry')).toMatch(/^url:/);

    const geometry = await highlightGeometry(page);
    expect(geometry.map((g) => g.rule)).toEqual(expect.arrayContaining(['email', 'url', 'emoji']));
    for (const g of geometry) {
      expect(g.markText).toBe(g.valueText);
      expect(g.actual.length).toBeGreaterThan(0);
      expect(g.actual.some((a) => g.expected.some((e) => overlaps(a, e)))).toBe(true);
    }

    // clicking a row selects that span in the composer
    await page.locator('[data-rg="composer-panel"] [data-rg-finding][data-rule="email"]').click();
    const selection = await textarea(page).evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
    expect(selection).toEqual([email.start, email.end]);
    expect(await textarea(page).inputValue()).toBe(typed);
    await page.close();
  });

  it('guards Send only with blocking findings: Edit message keeps it, Send anyway sends it', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000001-0000001', US);
    const bad = 'Use code SAVE20 for 20% off your next order.';
    await typeMessage(page, bad);
    const send = page.locator('kat-button.ayb-contact-form-send-button button');
    await send.click();
    const dialog = page.locator('[data-rg="send-guard"] [role="dialog"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('20% off');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => window.__rgFixture.sent)).toEqual([]);

    await send.click();
    await page.locator('[data-rg="send-guard"] [data-rg-action="risky"]').click();
    await expect.poll(() => page.evaluate(() => window.__rgFixture.sent)).toEqual([bad]);

    // clean text: Send is untouched (the fixture clears the form after sending: open it again)
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000001-0000001', US);
    await typeMessage(page, 'Your order shipped today and should arrive on Friday.');
    expect((await panelState(page)).count).toBe(0);
    expect(await page.locator('[data-rg="composer-panel"]').evaluate((el) => el.shadowRoot?.querySelector('.ready') !== null)).toBe(true);
    await send.click();
    expect(await dialog.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.__rgFixture.sent)).toEqual(['Your order shipped today and should arrive on Friday.']);
    await page.close();
  });

  it('judges attached files: type, size and the text inside', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000003-0000003', US);
    await page.locator('.contact-buyer-file-input input[type=file]').setInputFiles([
      { name: 'care-guide.txt', mimeType: 'text/plain', buffer: Buffer.from('Questions? Write to help@myshop.com anytime.') },
      { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') },
      { name: 'invoice.txt', mimeType: 'text/plain', buffer: Buffer.from('Invoice for order 111-0000003-0000003. Total 12.99 USD.') },
    ]);
    const rows = () => page.evaluate(() => {
      const panel = document.querySelector('[data-rg="composer-panel"]');
      return [...(panel?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rg="attachment"]') ?? [])].map((r) => ({ name: r.dataset.name, ok: r.dataset.ok, rules: r.dataset.rules }));
    });
    await expect.poll(async () => (await rows()).filter((r) => r.ok !== undefined).length).toBe(3);
    const byName = Object.fromEntries((await rows()).map((r) => [r.name, r]));
    expect(byName['care-guide.txt']).toMatchObject({ ok: 'false' });
    expect(byName['care-guide.txt']!.rules).toContain('email');
    expect(byName['setup.exe']).toMatchObject({ ok: 'false' });
    expect(byName['setup.exe']!.rules).toContain('attachment_type');
    expect(byName['invoice.txt']).toMatchObject({ ok: 'true' });
    // a blocking attachment blocks Send too
    await typeMessage(page, 'Please find the guide attached.');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await expect.poll(() => page.locator('[data-rg="send-guard"] [role="dialog"]').textContent()).toContain('setup.exe');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('one channel per order: a recorded review request makes review wording blocking, and sending review wording records one', async () => {
    const recorded = await sendFromPopup(ext, 'review/record', { host: 'sellercentral.amazon.com', orderId: '111-0000002-0000002', channel: 'button', at: Date.now(), source: 'amazon-success' });
    expect(recorded.ok).toBe(true);
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000002-0000002', US);
    await typeMessage(page, 'Thanks again. Please leave a review when you can.');
    expect((await panelState(page)).rows.map((r) => r.rule)).toContain('review_channel');

    // another order: sending review wording anyway records a message-channel request
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000006-0000006', US);
    await typeMessage(page, 'Please leave a review when you can.');
    expect((await panelState(page)).rows.map((r) => r.rule)).not.toContain('review_channel');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await page.locator('[data-rg="send-guard"] [data-rg-action="risky"]').click();
    await expect
      .poll(async () => ((await sendFromPopup(ext, 'review/get', { host: 'sellercentral.amazon.com', orderId: '111-0000006-0000006' })).data.requests as { channel: string; source: string }[]).map((r) => `${r.channel}/${r.source}`))
      .toEqual(['message/message-sent']);
    await page.close();
  });
});

/** A one-page PDF with one text line (same recipe as the checker's unit tests). */
function makePdf(line: string): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function makeDocx(text: string): Buffer {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return Buffer.from(zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`),
  }));
}

describe('a long paste', () => {
  it('is checked in slices: findings from the first and the last slice, at offsets into the text as pasted, the text unchanged', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000002-0000002', US);
    const filler = 'Your parcel left our warehouse today and should arrive within three business days.\n';
    const long = `Please email me at bob@myshop.com.\n\n${filler.repeat(800)}\nOr visit www.myshop.com for the manual.`;
    expect(long.length).toBeGreaterThan(60_000); // three slices and more
    await textarea(page).fill(long); // a paste: one input event
    await settle(page);
    expect(await textarea(page).inputValue()).toBe(long);
    const state = await panelState(page);
    const email = state.rows.find((r) => r.rule === 'email')!;
    const url = state.rows.find((r) => r.rule === 'url')!;
    expect(long.slice(email.start, email.end)).toBe('bob@myshop.com');
    expect(long.slice(url.start, url.end)).toBe('www.myshop.com');
    await page.close();
  });
});

describe('composer highlights follow the field', () => {
  it('stays over the offending text after the field scrolls, the page scrolls and the window resizes', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000002-0000002', US);
    const long = `${'Your parcel is on its way and should arrive this week.\n'.repeat(30)}Questions? Write to help@myshop.com`;
    await textarea(page).fill(long); // a paste: one input event
    await settle(page);
    expect(await textarea(page).inputValue()).toBe(long);
    const check = async () => {
      const g = (await highlightGeometry(page)).find((x) => x.rule === 'email')!;
      expect(g.markText).toBe('help@myshop.com');
      return g.actual.some((a) => g.expected.some((e) => overlaps(a, e)));
    };
    await textarea(page).evaluate((el: HTMLTextAreaElement) => (el.scrollTop = el.scrollHeight));
    await expect.poll(check).toBe(true);
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(check).toBe(true);
    await page.setViewportSize({ width: 760, height: 700 });
    await expect.poll(check).toBe(true);

    // a host dialog over the composer: our highlights must not paint over it
    const boxShown = () => page.evaluate(() => document.querySelector('[data-rg="composer-overlay"]')!.shadowRoot!.querySelector<HTMLElement>('.box')!.style.display !== 'none');
    await page.evaluate(() => {
      const modal = document.createElement('div');
      modal.id = 'host-modal';
      modal.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:10';
      document.body.append(modal);
    });
    await expect.poll(boxShown).toBe(false);
    await page.evaluate(() => document.getElementById('host-modal')!.remove());
    await expect.poll(boxShown).toBe(true);
    await page.close();
  });

  it('selector alternatives find what they should on the Contact Buyer fixture', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000002-0000002', US);
    const { COMPOSER_SELECTORS, SEND_BUTTON_SELECTORS } = await import('../../entrypoints/composer.content/page');
    const count = (list: readonly { selector: string }[]) =>
      page.evaluate((selectors) => selectors.map((s) => document.querySelectorAll(s).length), list.map((a) => a.selector));
    expect(await count(COMPOSER_SELECTORS)).toEqual([1, 1, 0, 0]);
    expect(await count(SEND_BUTTON_SELECTORS)).toEqual([1, 0]);
    await page.close();
  });
});

describe('composer on a contenteditable message box', () => {
  it('checks it and highlights with named CSS highlights (Custom Highlight API), text untouched', async () => {
    const page = await ext.page();
    await page.goto(`https://sellercentral.amazon.com/messaging/contact?orderID=111-0000002-0000002&marketplaceID=${US}`);
    await page.evaluate(() => {
      const box = Object.assign(document.createElement('div'), { id: 'rich' });
      box.setAttribute('contenteditable', 'true');
      box.setAttribute('role', 'textbox');
      box.style.cssText = 'min-height:80px;border:1px solid #888;padding:6px';
      document.getElementById('ayb-contact-buyer')!.append(box);
    });
    await page.waitForSelector('[data-rg="composer-panel"]');
    await page.locator('#rich').click();
    const typed = 'Mail me at a.b@shop.com please';
    await page.keyboard.type(typed);
    await settle(page);
    expect(await page.locator('#rich').textContent()).toBe(typed);
    expect((await panelState(page)).rows.map((r) => r.rule)).toContain('email');
    const highlighted = await page.evaluate(() =>
      [...CSS.highlights.entries()].filter(([name]) => name.startsWith('rg-')).flatMap(([name, h]) => [...h].map((r) => `${name.replace(/-\d+$/, '')}:${r.toString()}`)),
    );
    expect(highlighted).toContain('rg-block:a.b@shop.com');
    await page.close();
  });
});

describe('composer attachments inside PDF and DOCX', () => {
  it('reads the text of PDF and DOCX files with the on-demand checker', async () => {
    const page = await ext.page();
    await openContactBuyer(page, 'sellercentral.amazon.com', '111-0000003-0000003', US);
    await page.locator('.contact-buyer-file-input input[type=file]').setInputFiles([
      { name: 'warranty.pdf', mimeType: 'application/pdf', buffer: makePdf('Register your warranty at www.myshop-warranty.com today') },
      { name: 'manual.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: makeDocx('Follow us on Instagram for 20% off your next order.') },
      { name: 'clean.pdf', mimeType: 'application/pdf', buffer: makePdf('Assembly: insert the lid and turn clockwise.') },
    ]);
    const rows = () => page.evaluate(() => {
      const panel = document.querySelector('[data-rg="composer-panel"]');
      return [...(panel?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rg="attachment"]') ?? [])].map((r) => ({ name: r.dataset.name, ok: r.dataset.ok, rules: r.dataset.rules ?? '' }));
    });
    await expect.poll(async () => (await rows()).filter((r) => r.ok !== undefined).length, { timeout: 15_000 }).toBe(3);
    const byName = Object.fromEntries((await rows()).map((r) => [r.name, r]));
    // the heavy checker loads only when the manifest makes it web-accessible (wxt.config.ts, lead);
    // without it the composer must say "could not read", never pretend the file is fine
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
    if (!manifest.web_accessible_resources?.some((w) => w.resources.includes('attachment-check.js'))) {
      for (const name of ['warranty.pdf', 'manual.docx', 'clean.pdf']) expect(byName[name]).toMatchObject({ ok: 'false', rules: 'attachment_unreadable' });
      await page.close();
      return;
    }
    expect(byName['warranty.pdf']!.rules).toContain('url');
    expect(byName['manual.docx']!.rules).toContain('marketing');
    expect(byName['clean.pdf']).toMatchObject({ ok: 'true' });
    await page.close();
  });
});

describe('composer in other marketplaces and UI languages', () => {
  it.each([
    ['sellercentral.amazon.co.uk', '202-0000011-0000011', 'A1F83G8C2ARO7P', 'Hello Imogen, visit www.myshop.co.uk for 10% off.', ['url', 'marketing']],
    ['sellercentral.amazon.de', '302-0000008-0000008', 'A1PA6795UKMFR9', 'Hallo Jonas, schreiben Sie an info@laden.de oder rufen Sie +49 30 1234567 an.', ['email', 'phone']],
    ['sellercentral.amazon.co.jp', '503-0000009-0000009', 'A1VC38T7YXB528', 'ご注文ありがとうございます。☆5の評価をお願いします。', ['emoji', 'review_request']],
  ])('%s: rows, highlights and exact text', async (host, orderId, mp, typed, expected) => {
    const page = await ext.page();
    await openContactBuyer(page, host, orderId, mp);
    await typeMessage(page, typed);
    expect(await textarea(page).inputValue()).toBe(typed);
    const state = await panelState(page);
    expect(state.rows.map((r) => r.rule)).toEqual(expect.arrayContaining(expected));
    const geometry = await highlightGeometry(page);
    for (const rule of expected) {
      const g = geometry.find((x) => x.rule === rule)!;
      expect(g.markText).toBe(g.valueText);
      expect(g.actual.some((a) => g.expected.some((e) => overlaps(a, e)))).toBe(true);
    }
    await settle(page);
    await page.close();
  });
});
