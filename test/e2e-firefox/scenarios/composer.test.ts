// The composer checker on Contact Buyer, in the browser of the running project (Firefox in `firefox`,
// Chromium in `e2e`): highlights over the offending text, the findings panel, the send guard, and the
// seller's text exactly as typed. Chromium's own suite (test/e2e/composer.test.ts) goes deeper.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, until, type RgPage } from '../browsers';
import { highlightGeometry, overlaps, panelState } from '../../e2e/composer-helpers';

const b = useBrowser();
const US = 'ATVPDKIKX0DER';
const FIELD = 'kat-textarea >>> textarea';
const SEND = 'kat-button.ayb-contact-form-send-button >>> button';
// the composer helpers that only call page.evaluate work on either page
const evaluating = (page: RgPage) => page as unknown as Page;

async function openContactBuyer(page: RgPage, orderId: string) {
  await page.goto(`https://sellercentral.amazon.com/messaging/contact?orderID=${orderId}&marketplaceID=${US}`);
  await page.click('kat-radiobutton input');
  await until(page, () => document.querySelector('[data-rg="composer-panel"]') !== null, undefined, { what: 'the composer panel' });
}

async function typeMessage(page: RgPage, text: string) {
  await page.click(FIELD);
  await page.type(text);
  await settle(page);
}

async function settle(page: RgPage) {
  await until(page, () => {
    const panel = document.querySelector('[data-rg="composer-panel"]');
    return panel !== null && !panel.hasAttribute('data-rg-pending');
  }, undefined, { what: 'the idle check' });
  await new Promise((r) => setTimeout(r, 50));
}

const fieldValue = (page: RgPage) => page.evaluate(() => document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!.value);
const sent = (page: RgPage) => page.evaluate(() => (window as unknown as { __rgFixture: { sent: string[] } }).__rgFixture.sent);
const guardDialog = (page: RgPage) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-rg="send-guard"]');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]') ?? host?.querySelector('[role="dialog"]');
    return dialog ? dialog.textContent ?? '' : null;
  });

describe('composer on Contact Buyer', () => {
  it('highlights the offending text in place, lists the findings, and never alters the text', async () => {
    const page = await b.newPage();
    await openContactBuyer(page, '111-0000002-0000002');
    const typed = 'Hi Bob, thanks for your order!\nPlease email me at bob@myshop.com or visit www.myshop.com 😊';
    await typeMessage(page, typed);
    expect(await fieldValue(page)).toBe(typed);

    const state = await panelState(evaluating(page));
    expect(state.rows.map((r) => r.rule)).toEqual(expect.arrayContaining(['email', 'url', 'emoji']));
    expect(state.block).toBeGreaterThanOrEqual(3);
    expect(state.count).toBe(state.rows.filter((r) => r.severity !== 'info').length);
    const email = state.rows.find((r) => r.rule === 'email')!;
    expect(typed.slice(email.start, email.end)).toBe('bob@myshop.com');

    const geometry = await highlightGeometry(evaluating(page));
    expect(geometry.map((g) => g.rule)).toEqual(expect.arrayContaining(['email', 'url', 'emoji']));
    for (const g of geometry) {
      expect(g.markText).toBe(g.valueText);
      expect(g.actual.length).toBeGreaterThan(0);
      expect(g.actual.some((a) => g.expected.some((e) => overlaps(a, e))), JSON.stringify(g)).toBe(true);
    }
    expect(await fieldValue(page)).toBe(typed);
    await page.close();
  });

  it('guards Send only with blocking findings: Escape keeps the message, "Send anyway" sends it unchanged', async () => {
    const page = await b.newPage();
    await openContactBuyer(page, '111-0000001-0000001');
    const bad = 'Use code SAVE20 for 20% off your next order.';
    await typeMessage(page, bad);
    await page.click(SEND);
    expect(await until(page, () => {
      const host = document.querySelector('[data-rg="send-guard"]');
      return (host?.shadowRoot ?? host)?.querySelector('[role="dialog"]')?.textContent ?? '';
    }, undefined, { what: 'the send guard' })).toContain('20% off');
    await page.press('Escape');
    await until(page, () => {
      const host = document.querySelector('[data-rg="send-guard"]');
      return !(host?.shadowRoot ?? host)?.querySelector('[role="dialog"]');
    }, undefined, { what: 'the guard to close' });
    expect(await sent(page)).toEqual([]);
    expect(await fieldValue(page)).toBe(bad);

    await page.click(SEND);
    await page.click('[data-rg="send-guard"] >>> [data-rg-action="risky"]');
    await until(page, () => (window as unknown as { __rgFixture: { sent: string[] } }).__rgFixture.sent.length > 0, undefined, { what: 'the message to be sent' });
    expect(await sent(page)).toEqual([bad]);
    await expect.poll(() => b.state.sent.map((m) => m.text), { timeout: 5_000 }).toContain(bad);

    // clean text: Send is not guarded
    await openContactBuyer(page, '111-0000001-0000001');
    const clean = 'Your order shipped today and should arrive on Friday.';
    await typeMessage(page, clean);
    expect((await panelState(evaluating(page))).count).toBe(0);
    await page.click(SEND);
    await until(page, () => (window as unknown as { __rgFixture: { sent: string[] } }).__rgFixture.sent.length > 0, undefined, { what: 'the clean message to be sent' });
    expect(await guardDialog(page)).toBeNull();
    expect(await sent(page)).toEqual([clean]);
    await page.close();
  });

  it('judges attached files: type, and the text inside (the reader is the extension\'s own web-accessible file)', async () => {
    const page = await b.newPage();
    await openContactBuyer(page, '111-0000003-0000003');
    // a change from the file chooser, as the page sees it
    await page.evaluate((files) => {
      const input = document.querySelector<HTMLInputElement>('.contact-buyer-file-input input[type=file]')!;
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([f.text], f.name, { type: f.type }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, [
      { name: 'care-guide.txt', type: 'text/plain', text: 'Questions? Write to help@myshop.com anytime.' },
      { name: 'setup.exe', type: 'application/x-msdownload', text: 'MZ' },
      { name: 'invoice.txt', type: 'text/plain', text: 'Invoice for order 111-0000003-0000003. Total 12.99 USD.' },
    ]);
    const rows = await until(page, () => {
      const panel = document.querySelector('[data-rg="composer-panel"]');
      const all = [...(panel?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rg="attachment"]') ?? [])].map((r) => ({ name: r.dataset.name, ok: r.dataset.ok, rules: r.dataset.rules ?? '' }));
      return all.length === 3 && all.every((r) => r.ok !== undefined) ? all : null;
    }, undefined, { timeout: 15_000, what: 'three judged attachments' });
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName['care-guide.txt']).toMatchObject({ ok: 'false' });
    expect(byName['care-guide.txt']!.rules).toContain('email');
    expect(byName['setup.exe']).toMatchObject({ ok: 'false' });
    expect(byName['setup.exe']!.rules).toContain('attachment_type');
    expect(byName['invoice.txt']).toMatchObject({ ok: 'true' });
    await page.close();
  });
});
