// Shared steps for the composer e2e tests: open a composer, read our panel / overlay through their
// open shadow roots, and measure where the offending text really is with an independent mirror.
import type { Page } from 'playwright-core';

// what the fixture pages record for the tests (test/fixtures/seller-central)
declare global {
  interface Window { __rgFixture: { sent: string[]; nrn: string[] } }
}

export interface Row { rule: string; severity: string; start: number; end: number; text: string }

export async function openContactBuyer(page: Page, host: string, orderId: string, marketplaceId: string) {
  await page.goto(`https://${host}/messaging/contact?orderID=${orderId}&marketplaceID=${marketplaceId}`);
  await page.locator('kat-radiobutton input').first().check();
  await page.waitForSelector('[data-rg="composer-panel"]');
}

export const textarea = (page: Page) => page.locator('kat-textarea textarea').first();

/** Type like a seller (real key events) and wait until the idle check has run. */
export async function typeMessage(page: Page, text: string) {
  await textarea(page).click();
  await page.keyboard.type(text);
  await settle(page);
}

export async function settle(page: Page) {
  await page.waitForFunction(() => {
    const panel = document.querySelector('[data-rg="composer-panel"]');
    return panel && !panel.hasAttribute('data-rg-pending');
  });
  await page.waitForTimeout(50);
}

export function panelState(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('[data-rg="composer-panel"]');
    const rows = [...(panel?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rg-finding]') ?? [])].map((r) => ({
      rule: r.dataset.rule ?? '',
      severity: r.dataset.severity ?? '',
      start: Number(r.dataset.start),
      end: Number(r.dataset.end),
      text: r.textContent ?? '',
    }));
    return { count: Number(panel?.dataset.rgCount), block: Number(panel?.dataset.rgBlock), rows, head: panel?.shadowRoot?.querySelector('.panel-head')?.textContent ?? '' };
  });
}

/**
 * For every highlight: its boxes, and the boxes of the same offsets measured by the TEST's own mirror
 * of the textarea (built here from the computed style, independently of the extension's code).
 */
export function highlightGeometry(page: Page) {
  return page.evaluate(() => {
    const field = document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!;
    const overlays = [...document.querySelectorAll('[data-rg="composer-overlay"]')];
    const marks = overlays.flatMap((o) => [...(o.shadowRoot?.querySelectorAll<HTMLElement>('[data-rg="highlight"]') ?? [])]);
    const probe = document.createElement('div');
    const cs = getComputedStyle(field);
    for (const key of ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing'] as const) {
      probe.style[key] = cs[key];
    }
    const rect = field.getBoundingClientRect();
    Object.assign(probe.style, { position: 'fixed', left: `${rect.left}px`, top: `${rect.top - field.scrollTop}px`, width: `${rect.width}px`, whiteSpace: 'pre-wrap', overflowWrap: 'break-word', borderStyle: 'solid', borderColor: 'transparent', color: 'transparent', pointerEvents: 'none', overflowY: field.scrollHeight > field.clientHeight ? 'scroll' : 'hidden' });
    probe.textContent = field.value;
    document.body.append(probe);
    const text = probe.firstChild!;
    const result = marks.map((m) => {
      const start = Number(m.dataset.start);
      const end = Number(m.dataset.end);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      const expected = [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }));
      const actual = [...m.getClientRects()].map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }));
      return { rule: m.dataset.rule, start, end, markText: m.textContent, valueText: field.value.slice(start, end), expected, actual };
    });
    probe.remove();
    return result;
  });
}

type Box = { x: number; y: number; w: number; h: number };
export const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
