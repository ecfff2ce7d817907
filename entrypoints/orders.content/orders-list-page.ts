// Manage Orders list (/orders-v3...): the ONLY code that knows this page's DOM (seller-central-dom.md
// §2.1, §3). Two layouts: the #orders-table rows, and the "new layout" of cards in an open shadow root.
import { openShadowRoots } from '../../lib/deep-dom';
import { findAll, type SelectorList } from '../../lib/selectors';
import { marketplaceForHost } from '../../rules/marketplaces';
import { ORDER_ID_SOURCE, findOrderIds, isOrderId } from '../../rules/order-id';

export const ORDER_ROWS: SelectorList = [
  // table layout, stable for 2019-2026 (SellerForge, src 66703854200)
  { variant: 'orders-table', selector: '#orders-table > tbody > tr' },
  // structure fallback: any table row that links to an order
  { variant: 'any-order-row', selector: 'tr:has(a[href*="/orders-v3/order/"])' },
];

/** The order-id link of a table row (its text may be a sellerOrderId: the href is authoritative). */
export const ROW_ORDER_LINK: SelectorList = [{ variant: 'order-link', selector: 'a[href*="/orders-v3/order/"]' }];

export const ORDER_CARDS: SelectorList = [
  // "new layout" cards in an open shadow root (ReviewNudge simulation only: GUESS)
  { variant: 'order-card', selector: '.order-card', deep: true },
];

/** "Deliver by date:" (table) or "Deliver by" (cards) in en, de, ja (fixtures); fr/es/it/pt GUESS. */
const DELIVER_BY = /(?:deliver by(?: date)?|delivery by|lieferung bis|livraison (?:prévue )?(?:le|d'ici)|entrega (?:prevista|antes|até)|entregar até|data de entrega|consegna (?:prevista|entro)|お届け予定日)\s*[:：]?\s*/i;
const CARD_ORDER = new RegExp(String.raw`(?:Order\s*#|Bestellung\s*#|Bestellnummer[:\s]|注文番号[:：\s]*)\s*(${ORDER_ID_SOURCE})`, 'i');

export interface OrderRow {
  orderId: string;
  /** the row's own marketplace, from "Sales channel: Amazon.co.jp" (spec §2.1), when shown */
  marketplaceId?: string;
  /** "Nov 18, 2026 - Nov 21, 2026", "Currently unavailable", or undefined when no such line */
  deliverByText?: string;
  /** Amazon's element the pill goes into (we append our own host as its last child) */
  pillParent: Element;
  layout: 'table' | 'cards';
}

/** Text with a space between text nodes: textContent glues "…0000002" to "Purchased", hiding the id. */
function spacedText(root: Node): string {
  const parts: string[] = [];
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** "Sales channel: Amazon.co.jp" -> the JP marketplace id (labels: en, de GUESS, ja GUESS). */
function salesChannelMarketplace(text: string): string | undefined {
  const domain = /(?:sales channel|vertriebskanal|販売チャネル)\s*[:：]?\s*amazon\.([a-z.]{2,6})\b/i.exec(text)?.[1]?.toLowerCase();
  if (!domain) return undefined;
  return marketplaceForHost(`sellercentral.amazon.${domain}`)?.id;
}

function orderIdFromHref(link: Element | undefined): string | null {
  const href = link?.getAttribute('href') ?? '';
  const id = decodeURIComponent(/\/orders-v3\/order\/([^/?#]+)/.exec(href)?.[1] ?? '');
  return isOrderId(id) ? id : null;
}

/** The deliver-by line of a row or card: one element whose own text starts with the label. */
function deliverByLine(root: Element): string | undefined {
  for (const el of root.querySelectorAll('div, span, td, p')) {
    if (el.children.length > 0 && [...el.children].some((c) => c.tagName !== 'BR' && c.tagName !== 'B')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const match = DELIVER_BY.exec(text);
    if (match && match.index === 0) return text.slice(match[0].length).trim();
  }
  return undefined;
}

export function readOrderRows(doc: Document = document): OrderRow[] {
  const rows: OrderRow[] = [];
  for (const { element: tr } of findAll(doc, ORDER_ROWS)) {
    const link = findAll(tr, ROW_ORDER_LINK)[0]?.element;
    const orderId = orderIdFromHref(link) ?? findOrderIds(spacedText(tr))[0];
    if (!orderId || !link) continue;
    rows.push({ orderId, marketplaceId: salesChannelMarketplace(spacedText(tr)), deliverByText: deliverByLine(tr), pillParent: link.closest('td') ?? tr, layout: 'table' });
  }
  for (const card of readCards(doc)) rows.push(card);
  return rows;
}

function readCards(doc: Document): OrderRow[] {
  let cards: Element[] = findAll<Element>(doc, ORDER_CARDS).map((f) => f.element);
  if (!cards.length) {
    // structure fallback: inside open shadow roots, the outermost elements that hold exactly one
    // "Order # <id>" line plus other lines (the card, not the line and not the whole list)
    cards = [];
    for (const shadow of openShadowRoots(doc.body ?? doc.documentElement)) {
      const candidates = [...shadow.querySelectorAll('*')].filter((el) => {
        const text = spacedText(el);
        return el.children.length >= 2 && CARD_ORDER.test(text) && findOrderIds(text).length === 1;
      });
      cards.push(...candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el))));
    }
  }
  const rows: OrderRow[] = [];
  for (const card of cards) {
    const text = spacedText(card);
    const orderId = CARD_ORDER.exec(text)?.[1] ?? findOrderIds(text)[0];
    if (orderId) rows.push({ orderId, marketplaceId: salesChannelMarketplace(text), deliverByText: deliverByLine(card), pillParent: card, layout: 'cards' });
  }
  return rows;
}


/** The marketplace Manage Orders shows (it keeps its state in localStorage, src 28701861122). */
export function listMarketplaceId(): string | undefined {
  try {
    const manifest = JSON.parse(localStorage.getItem('MYO-LIST-ORDERS-MANIFEST') ?? 'null') as { marketplaceId?: unknown } | null;
    return typeof manifest?.marketplaceId === 'string' ? manifest.marketplaceId : undefined;
  } catch {
    return undefined;
  }
}
