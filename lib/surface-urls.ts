// Which Seller Central page is this? URL knowledge shared by the content scripts
// (seller-central-dom.md §1.2). Paths only: the host never tells the marketplace of an order.

export const isInboxPage = (url: URL) => /^\/messaging\/inbox(-v3)?(\/|$)/.test(url.pathname);
export const isContactBuyerPage = (url: URL) => /^\/messaging\/contact(\/returns)?\/?$/.test(url.pathname);
export const isReviewPage = (url: URL) => /^\/messaging\/reviews\/?$/.test(url.pathname);
export const isOrderDetailsPage = (url: URL) => /^\/orders-v3\/order\/[^/]+\/?$/.test(url.pathname) || url.pathname === '/gp/orders/fba-order-details.html';
export const isOrdersListPage = (url: URL) => /^\/orders-v3(\/(mfn|fba|search)[^]*)?\/?$/.test(url.pathname) && !isOrderDetailsPage(url);

/** Composers live on Contact Buyer and in the inbox thread view. */
export const hasComposer = (url: URL) => isContactBuyerPage(url) || isInboxPage(url);
