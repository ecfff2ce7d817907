// Seller Central's URLs in one place: which page this is (paths only: the host never tells the
// marketplace of an order), and the deep links ReplyGuard opens (seller-central-dom.md §1.2,
// inbox-api.md §5). Shared by content scripts, the background and extension pages.

export const isInboxPage = (url: URL) => /^\/messaging\/inbox(-v3)?(\/|$)/.test(url.pathname);
export const isContactBuyerPage = (url: URL) => /^\/messaging\/contact(\/returns)?\/?$/.test(url.pathname);
export const isReviewPage = (url: URL) => /^\/messaging\/reviews\/?$/.test(url.pathname);
export const isOrderDetailsPage = (url: URL) => /^\/orders-v3\/order\/[^/]+\/?$/.test(url.pathname) || url.pathname === '/gp/orders/fba-order-details.html';
export const isOrdersListPage = (url: URL) => /^\/orders-v3(\/(mfn|fba|search)[^]*)?\/?$/.test(url.pathname) && !isOrderDetailsPage(url);

/** Composers live on Contact Buyer and in the inbox thread view. */
export const hasComposer = (url: URL) => isContactBuyerPage(url) || isInboxPage(url);

/**
 * A thread in the inbox: `fi=caseId&ss=<id>&cc=<id>` opens a case by its id (inbox-api.md §5). A
 * thread known only by its order id (stored as `order:<id>`) opens the inbox's order search.
 */
export function threadLink(host: string, threadKey: string): string {
  const orderId = threadKey.startsWith('order:') ? threadKey.slice('order:'.length) : undefined;
  if (orderId) return `https://${host}/messaging/inbox?fi=search&ss=${encodeURIComponent(orderId)}`;
  const id = encodeURIComponent(threadKey);
  return `https://${host}/messaging/inbox?fi=caseId&ss=${id}&cc=${id}`;
}

export function orderDetailsLink(host: string, orderId: string): string {
  return `https://${host}/orders-v3/order/${encodeURIComponent(orderId)}`;
}
