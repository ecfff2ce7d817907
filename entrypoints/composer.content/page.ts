// The ONLY code that knows the composer pages' DOM (seller-central-dom.md §2.4, §2.5, §2.7). It reads
// the page into plain data: where the seller types, the Send button, file inputs, the order and the
// buyer's last message. Nothing here writes to Amazon's nodes.
import { isOwnUi, deepText } from '../../lib/deep-dom';
import { findAll, type SelectorList } from '../../lib/selectors';
import { isOrderId } from '../../rules/order-id';
import { readOpenThread } from '../../lib/inbox-page/open-thread';

export const COMPOSER_SELECTORS: SelectorList = [
  // Contact Buyer (H): the Katal textarea keeps a real <textarea> in its open shadow root
  { variant: 'contact-buyer kat-textarea', selector: '.contact-buyer-text-area kat-textarea' },
  // inbox reply box, case log, template editor: any Katal textarea (GUESS for the inbox, spec §2.5)
  { variant: 'any kat-textarea', selector: 'kat-textarea', deep: true },
  // legacy / non-Katal pages
  { variant: 'plain textarea', selector: 'textarea' },
  // rich editors
  { variant: 'contenteditable textbox', selector: '[contenteditable="true"][role="textbox"], [contenteditable="true"][aria-multiline="true"]' },
];

export const SEND_BUTTON_SELECTORS: SelectorList = [
  // Contact Buyer (H): kat-button with a shadow <button>
  { variant: 'contact-buyer send', selector: 'kat-button.ayb-contact-form-send-button' },
  // inbox reply box (fixture GUESS)
  { variant: 'reply send', selector: 'kat-button.reply-send-button' },
];
/** Label fallback for Send buttons: labels follow the seller's UI language (spec §5). */
const SEND_LABEL = /^(?:send|send reply|reply|senden|antworten|envoyer|enviar|invia|送信|返信|发送|發送)$/i;


export type ComposerKind = 'kat-textarea' | 'textarea' | 'contenteditable';

export interface ComposerSite {
  /** the element events are listened on (the Katal host, or the field itself) */
  host: HTMLElement;
  /** the element holding the text */
  field: HTMLTextAreaElement | HTMLElement;
  kind: ComposerKind;
  variant: string;
}

export function findComposers(root: ParentNode): ComposerSite[] {
  const sites: ComposerSite[] = [];
  for (const { element, variant } of findAll<HTMLElement>(root, COMPOSER_SELECTORS)) {
    if (isOwnUi(element)) continue;
    if (element.localName === 'kat-textarea') {
      const field = element.shadowRoot?.querySelector('textarea');
      if (field) sites.push({ host: element, field, kind: 'kat-textarea', variant });
    } else if (element instanceof HTMLTextAreaElement) {
      sites.push({ host: element, field: element, kind: 'textarea', variant });
    } else {
      sites.push({ host: element, field: element, kind: 'contenteditable', variant });
    }
  }
  return sites;
}

/** The text exactly as typed. Never written back. */
export function readText(site: ComposerSite): string {
  return site.field instanceof HTMLTextAreaElement ? site.field.value : (site.field.textContent ?? '');
}

/** Nearest ancestors first: the smallest container that holds both the composer and `match`. */
function nearest<E extends Element>(site: ComposerSite, find: (scope: Element) => E[]): E[] {
  let scope: Element | null = site.host.parentElement;
  for (let depth = 0; scope && depth < 8; depth++, scope = scope.parentElement) {
    const found = find(scope).filter((e) => !isOwnUi(e));
    if (found.length) return found;
    if (scope.id === 'ayb-contact-buyer') break;
  }
  return [];
}

export function findSendButton(site: ComposerSite): HTMLElement | null {
  const found = nearest(site, (scope) => {
    const known = findAll<HTMLElement>(scope, SEND_BUTTON_SELECTORS).map((f) => f.element);
    if (known.length) return known;
    return [...scope.querySelectorAll<HTMLElement>('kat-button, button, input[type="submit"]')].filter((b) =>
      SEND_LABEL.test(deepText(b) || (b as HTMLInputElement).value || ''),
    );
  });
  return found[0] ?? null;
}

export function findFileInputs(site: ComposerSite): HTMLInputElement[] {
  return nearest(site, (scope) => [...scope.querySelectorAll<HTMLInputElement>('input[type="file"]')]);
}

export type ComposerSurface = 'contact' | 'thread' | 'other';

export interface ComposerContext {
  surface: ComposerSurface;
  orderId?: string;
  marketplaceId?: string;
  /** inbox thread (case) id */
  caseId?: string;
  /** the buyer's most recent message in the open thread */
  buyerMessage?: string;
}

export function readContext(doc: Document, url: URL): ComposerContext {
  const param = (...names: string[]) => names.map((n) => url.searchParams.get(n)).find((v) => v);
  if (/^\/messaging\/contact/.test(url.pathname)) {
    const orderId = param('orderID', 'orderId') ?? undefined;
    return { surface: 'contact', orderId: orderId && isOrderId(orderId) ? orderId : undefined, marketplaceId: param('marketplaceID', 'marketplaceId') ?? undefined };
  }
  if (/^\/messaging\/inbox/.test(url.pathname)) {
    // the inbox's own reader of the open thread (lib/inbox-page): one reader for both surfaces
    const open = readOpenThread(doc);
    const buyerMessage = open?.messages.filter((m) => m.from === 'buyer').at(-1)?.text.trim() || undefined;
    return { surface: 'thread', orderId: open?.orderId, caseId: open?.caseId ?? param('cc') ?? undefined, buyerMessage };
  }
  return { surface: 'other' };
}

export { findNrnControls, type NrnControl } from '../../lib/inbox-page/open-thread';

/** Is this page supposed to have a composer right now (so "none found" means we are blind)? */
export function composerExpected(doc: Document, url: URL): boolean {
  // Contact Buyer: the message box appears once a contact reason is picked (spec §2.4)
  if (/^\/messaging\/contact/.test(url.pathname)) return !!doc.querySelector('#ayb-contact-buyer form, #ayb-contact-buyer input[type="radio"]:checked');
  // inbox: a thread is open (cc=) in a mounted messaging app (spec §2.5: a cold deep link can leave it unmounted)
  if (/^\/messaging\/inbox/.test(url.pathname)) return !!url.searchParams.get('cc') && !!readOpenThread(doc);
  return false;
}
