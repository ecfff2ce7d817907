// Order details (/orders-v3/order/<id>): the ONLY code that knows this page's DOM
// (seller-central-dom.md §2.2, §3). Reads the page into plain data; never changes it.
import { deepText } from '../../lib/deep-dom';
import { findAll, findFirst, type SelectorList } from '../../lib/selectors';
import { findOrderIds, isOrderId } from '../../rules/order-id';

/** The Request a Review control: always the <a> that links to /messaging/reviews. */
export const RAR_CONTROL: SelectorList = [
  // 2024-2026 "plugin action" button (SellerForge 2026, src 30539347706)
  { variant: 'plugin-button', selector: '[data-test-id="plugin-button-requestAReview"] a' },
  // <= 2021 AUI button (src 23380010258)
  { variant: 'legacy-button', selector: 'span[data-test-id="request-a-review-button"] a' },
  // structure fallback: any link to the review page inside the header action bar
  { variant: 'header-link', selector: '[data-test-id="order-details-header-action-buttons"] a[href*="/messaging/reviews"]' },
  // last resort: a review-page link anywhere on the page
  { variant: 'any-review-link', selector: 'a[href*="/messaging/reviews?"]' },
];

export const ORDER_ID_VALUE: SelectorList = [{ variant: 'order-id-value', selector: 'span[data-test-id="order-id-value"]' }];

export const DELIVER_BY_VALUE: SelectorList = [
  { variant: 'deliverby-value', selector: 'span[data-test-id="order-summary-deliverby-value"]' },
];

/** "Deliver by" labels in the UI languages we know (en, en-GB, de, ja from fixtures; fr/es/it GUESS). */
const DELIVER_BY_LABEL = /^(deliver by|delivery by|lieferung bis|livraison (?:prévue )?(?:le|d'ici)|entrega (?:prevista|antes)|consegna (?:prevista|entro)|お届け予定日)\s*(date)?\s*[:：]?/i;

/** The app is still loading (spinner visible): "not found" would be premature. */
export function isLoading(doc: Document = document): boolean {
  return doc.querySelector('#apploading') !== null;
}

export interface RarControl {
  /** the <a> whose navigation we block */
  link: HTMLAnchorElement;
  /** the Amazon wrapper our reason chip is placed after */
  anchorForUi: Element;
  variant: string;
  href: URL | null;
}

export function findRarControl(doc: Document = document): RarControl | null {
  const found = findFirst<HTMLAnchorElement>(doc, RAR_CONTROL);
  if (!found) return null;
  const link = found.element;
  const wrapper = link.closest('[data-test-id="plugin-button-requestAReview"], span[data-test-id="request-a-review-button"], .a-button') ?? link;
  let href: URL | null = null;
  try {
    href = new URL(link.getAttribute('href') ?? '', location.href);
  } catch {
    href = null;
  }
  return { link, anchorForUi: wrapper, variant: found.variant, href };
}

/** Order id: URL first (authoritative on this route), then the page's order-id value, then any 3-7-7 id. */
export function readOrderId(url: URL, doc: Document = document): string | null {
  const fromPath = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
  if (isOrderId(fromPath)) return fromPath;
  const fromQuery = url.searchParams.get('orderID') ?? url.searchParams.get('orderId');
  if (fromQuery && isOrderId(fromQuery)) return fromQuery;
  const value = findFirst(doc, ORDER_ID_VALUE)?.element.textContent?.trim();
  if (value && isOrderId(value)) return value;
  return findOrderIds(doc.body?.textContent ?? '')[0] ?? null;
}

/** The marketplace written in the Request a Review link (the order's, not the host's). */
export function marketplaceFromRar(control: RarControl | null): string | undefined {
  return control?.href?.searchParams.get('marketplaceId') ?? control?.href?.searchParams.get('marketplaceID') ?? undefined;
}

/** The promised delivery window text ("Tue, Nov 18, 2026 - Fri, Nov 21, 2026" or "Currently unavailable"). */
export function readDeliverByText(doc: Document = document): string | null {
  const value = findFirst(doc, DELIVER_BY_VALUE)?.element;
  if (value) return deepText(value);
  // structure fallback: a key/value row whose label reads "Deliver by"
  for (const { element } of findAll(doc, [{ variant: 'keyvalue-row', selector: 'tr, .a-row' }])) {
    const text = deepText(element);
    const match = DELIVER_BY_LABEL.exec(text);
    if (match) return text.slice(match[0].length).trim();
  }
  return null;
}
