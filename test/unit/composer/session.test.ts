// The composer session in a DOM: reads a Katal-style textarea through its open shadow root, never
// writes its value, never checks mid-IME-composition, and renders the contract hooks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposerSession } from '../../../entrypoints/composer.content/session';
import { findComposers, findSendButton, readContext, findNrnControls } from '../../../entrypoints/composer.content/page';

class FakeKatTextarea extends HTMLElement {
  textarea: HTMLTextAreaElement;
  constructor() {
    super();
    this.textarea = document.createElement('textarea');
    this.attachShadow({ mode: 'open' }).append(this.textarea);
  }
}
if (!customElements.get('kat-textarea')) customElements.define('kat-textarea', FakeKatTextarea);

function mount() {
  document.body.innerHTML = `<div id="ayb-contact-buyer"><form><div class="contact-buyer-text-area"><kat-textarea></kat-textarea></div>
    <div class="contact-buyer-file-input"><input type="file"></div></form><kat-button class="ayb-contact-form-send-button" label="Send"></kat-button></div>`;
  const [site] = findComposers(document);
  const field = site!.field as HTMLTextAreaElement;
  let writes = 0;
  const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
  Object.defineProperty(field, 'value', {
    get: () => proto.get!.call(field),
    set: (v: string) => {
      writes++;
      proto.set!.call(field, v);
    },
  });
  return { site: site!, field, type: (text: string) => {
    proto.set!.call(field, text); // the browser changes the value; only our code is watched
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }, writes: () => writes };
}

const panel = () => document.querySelector<HTMLElement>('[data-rg="composer-panel"]')!;
const rules = () => [...panel().shadowRoot!.querySelectorAll<HTMLElement>('[data-rg-finding]')].map((r) => r.dataset.rule);

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('composer page reading', () => {
  it('finds the Katal textarea, its Send button and file input', () => {
    const { site } = mount();
    expect(site.kind).toBe('kat-textarea');
    expect(site.variant).toBe('contact-buyer kat-textarea');
    expect(findSendButton(site)?.className).toBe('ayb-contact-form-send-button');
  });

  it('reads order, case and the buyer\'s last message of an inbox thread (the inbox\'s own open-thread reader)', () => {
    history.replaceState(null, '', '/messaging/inbox-v3?fi=responseNeeded&cc=CASE-1');
    document.body.innerHTML = `<div class="thread-view"><h2 class="thread-title">Invoice</h2><div class="thread-meta">Alice · <a>Order: 111-0000001-0000001</a></div>
      <div class="message message-buyer"><span>Alice</span><span>Nov 27, 2026 2:00 PM PST</span><div class="message-body">Old one</div></div>
      <div class="message message-buyer"><span>Alice</span><span>Nov 28, 2026 9:00 AM PST</span><div class="message-body">Can you email me?</div><div class="message-footer"><a class="no-response-needed">No response needed</a></div></div></div>`;
    const ctx = readContext(document, new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&cc=CASE-1'));
    expect(ctx).toEqual({ surface: 'thread', orderId: '111-0000001-0000001', caseId: 'CASE-1', buyerMessage: 'Can you email me?' });
    expect(findNrnControls(document).map((c) => c.messageText)).toEqual(['Can you email me?']);
    const contact = readContext(document, new URL('https://sellercentral.amazon.de/messaging/contact?orderID=302-0000008-0000008&marketplaceID=A1PA6795UKMFR9'));
    expect(contact).toMatchObject({ surface: 'contact', orderId: '302-0000008-0000008', marketplaceId: 'A1PA6795UKMFR9' });
  });
});

describe('ComposerSession', () => {
  it('checks after the seller pauses, renders rows and highlights, and never writes the value', () => {
    vi.useFakeTimers();
    const { site, type, writes, field } = mount();
    const session = new ComposerSession(site, () => ({}), new AbortController().signal);
    type('Write to me at bob@shop.com');
    expect(panel().dataset.rgPending).toBe('true');
    vi.advanceTimersByTime(200);
    expect(rules()).toContain('email');
    expect(panel().dataset.rgBlock).not.toBe('0');
    const overlay = document.querySelector('[data-rg="composer-overlay"]')!.shadowRoot!;
    const mark = overlay.querySelector<HTMLElement>('[data-rg="highlight"][data-rule="email"]')!;
    expect(mark.textContent).toBe('bob@shop.com');
    expect(field.value).toBe('Write to me at bob@shop.com');
    expect(writes()).toBe(0);
    session.destroy();
    expect(document.querySelector('[data-rg="composer-panel"]')).toBeNull();
  });

  it('does not check during IME composition, and checks once it ends', () => {
    vi.useFakeTimers();
    const { site, type, field } = mount();
    new ComposerSession(site, () => ({}), new AbortController().signal);
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    type('info@shop.jp へメール');
    vi.advanceTimersByTime(500);
    expect(rules()).toEqual([]);
    expect(panel().dataset.rgPending).toBeUndefined();
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true }));
    vi.advanceTimersByTime(200);
    expect(rules()).toContain('email');
  });

  it('shows a calm ready state for a clean message', () => {
    vi.useFakeTimers();
    const { site, type } = mount();
    new ComposerSession(site, () => ({}), new AbortController().signal);
    type('Your order shipped today.');
    vi.advanceTimersByTime(200);
    expect(panel().dataset.rgCount).toBe('0');
    expect(panel().shadowRoot!.querySelector('.ready')).not.toBeNull();
  });
});
