// Serves the fixture Seller Central on the REAL Seller Central URLs through Playwright routing, so the
// extension's production match patterns apply unchanged and nothing touches the network.
// Every request is recorded in `state.requests`; any request to a host that is not Seller Central is
// aborted and recorded in `state.blocked` (the no-egress test reads it). JSON APIs (order, order
// search, review eligibility) answer from the mutable `state`, so tests set up cases by editing it.
import type { BrowserContext, Request, Route } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MARKETPLACES, SELLER_CENTRAL_HOSTS } from '../../rules/marketplaces';
import {
  BR_ORDER_SCENARIOS,
  BR_THREAD_SCENARIOS,
  DAY,
  MARKETPLACE_ZONE,
  ORDER_SCENARIOS,
  THREAD_SCENARIOS,
  generatedThreads,
  materializeOrder,
  materializeThread,
  zoneOffset,
  type FixtureOrder,
  type FixtureThread,
} from '../fixtures/seller-central/scenarios';
import { caseDetailBody, caseListBody, inboxApiMode } from './fixture-inbox-api';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/seller-central');

export interface SentMessage {
  surface: 'contact-buyer' | 'inbox';
  orderId?: string;
  caseId?: string;
  text: string;
  /** epoch ms when "sent" */
  at: number;
}

export interface FixtureState {
  /** clock origin: every scenario time is relative to this (epoch ms) */
  now: number;
  /** every request the browser made, any host, in order */
  requests: { method: string; url: string }[];
  /** requests to non-Seller-Central hosts; they were aborted */
  blocked: string[];
  orders: FixtureOrder[];
  threads: FixtureThread[];
  /** orders a review request was made for during the test (POST to the solicitation API) */
  solicited: Set<string>;
  /** messages "sent" from Contact Buyer or an inbox reply */
  sent: SentMessage[];
  /** orders of amazon.com.br: Manage Orders on sellercentral.amazon.com.br lists these instead of `orders` */
  brOrders: FixtureOrder[];
  /** threads of amazon.com.br: the inbox on sellercentral.amazon.com.br shows these instead of `threads` */
  brThreads: FixtureThread[];
}

export type FixtureStateInit = Partial<FixtureState>;

export function createFixtureState(init: FixtureStateInit = {}): FixtureState {
  const now = init.now ?? Date.now();
  return {
    now,
    requests: init.requests ?? [],
    blocked: init.blocked ?? [],
    orders: init.orders ?? ORDER_SCENARIOS.map((s) => materializeOrder(s, now)),
    threads: init.threads ?? THREAD_SCENARIOS.map((s) => materializeThread(s, now)),
    solicited: init.solicited ?? new Set(),
    sent: init.sent ?? [],
    brOrders: init.brOrders ?? BR_ORDER_SCENARIOS.map((s) => materializeOrder(s, now)),
    brThreads: init.brThreads ?? BR_THREAD_SCENARIOS.map((s) => materializeThread(s, now)),
  };
}

/**
 * Inbox markups: `inbox.html` is the team's own guess; the others were written independently of the
 * extension's readers (`rgfx_markup=grid|table|cards`), so the readers are tried on markup they were
 * not written against.
 */
export const INBOX_MARKUPS = ['default', 'grid', 'table', 'cards'] as const;
export type InboxMarkup = (typeof INBOX_MARKUPS)[number];
function inboxFile(url: URL): string {
  const markup = url.searchParams.get('rgfx_markup');
  return markup && markup !== 'default' && (INBOX_MARKUPS as readonly string[]).includes(markup) ? `inbox-${markup}.html` : 'inbox.html';
}

/** Path -> page file. Anything else is a 404 page. */
const PAGES: { test: RegExp; file: string | ((url: URL) => string) }[] = [
  { test: /^\/messaging\/contact(\/returns)?\/?$/, file: 'contact-buyer.html' },
  { test: /^\/messaging\/inbox(-v3)?\/?$/, file: inboxFile },
  { test: /^\/messaging\/reviews\/?$/, file: 'reviews.html' },
  { test: /^\/orders-v3\/order\/[^/]+\/?$/, file: 'order-details.html' },
  { test: /^\/orders-v3(\/(mfn|fba)(\/[a-z-]+)*)?\/?$/, file: 'orders-list.html' },
];

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json', html: 'text/html', svg: 'image/svg+xml' };

export type UiLanguage = 'en' | 'en-GB' | 'de' | 'ja' | 'pt-BR';

/** UI language: follows the host unless the fixture-only `rgfx_lang` overrides it. */
export function uiLanguage(url: URL): UiLanguage {
  const forced = url.searchParams.get('rgfx_lang');
  if (forced === 'en' || forced === 'en-GB' || forced === 'de' || forced === 'ja' || forced === 'pt-BR') return forced;
  const code = SELLER_CENTRAL_HOSTS[url.hostname];
  if (code === 'DE') return 'de';
  if (code === 'BR') return 'pt-BR';
  if (code === 'JP') return 'ja';
  if (code === 'UK' || code === 'IE' || code === 'IN') return 'en-GB';
  return 'en';
}

/** sellercentral.amazon.com.br serves its own orders and threads (`state.brOrders` / `state.brThreads`). */
export const isBrazilHost = (hostname: string) => SELLER_CENTRAL_HOSTS[hostname] === 'BR';

/** An order by id, whichever host's list holds it. */
const findOrder = (state: FixtureState, orderId: string | null) => (orderId === null ? undefined : (state.orders.find((o) => o.orderId === orderId) ?? state.brOrders.find((o) => o.orderId === orderId)));
/** A thread by case id, whichever host's inbox holds it. */
const findThread = (state: FixtureState, caseId: string | undefined) => (caseId === undefined ? undefined : (state.threads.find((t) => t.caseId === caseId) ?? state.brThreads.find((t) => t.caseId === caseId)));

/** Zone the host's own timestamps (inbox) are shown in. GUESS: the host's default marketplace zone. */
export function hostZone(hostname: string): string {
  const code = SELLER_CENTRAL_HOSTS[hostname];
  return MARKETPLACES.find((m) => m.code === code)?.timeZone ?? 'America/Los_Angeles';
}

/** The page a fetch came from (for its UI language), else the request URL itself. */
function pageUrlOf(request: Request): URL {
  const referer = request.headers()['referer'];
  try {
    return new URL(referer ?? request.url());
  } catch {
    return new URL(request.url());
  }
}

const RAR_LABEL: Record<UiLanguage, string> = {
  en: 'Request a Review',
  'en-GB': 'Request a Review',
  de: 'Bewertung anfordern', // GUESS: no German label found (spec §5)
  ja: 'レビューをリクエスト', // GUESS: no Japanese label found (spec §5)
  'pt-BR': 'Solicitar uma avaliação', // GUESS: no Portuguese label found
};

const seconds = (ms: number | undefined) => (ms === undefined ? null : ms / 1000);

function tzDetails(order: FixtureOrder, fields: string[]) {
  const zone = MARKETPLACE_ZONE[order.marketplaceId] ?? 'America/Los_Angeles';
  const offset = zoneOffset(order.purchaseAt, zone);
  const short = shortZoneName(offset, zone);
  return Object.fromEntries(fields.map((f) => [f, { offset, shortenedTzString: short }]));
}

function shortZoneName(offsetMs: number, zone: string): string {
  const hours = offsetMs / 3_600_000;
  if (zone === 'America/Los_Angeles') return hours === -7 ? 'PDT' : 'PST';
  if (zone === 'Europe/London') return hours === 1 ? 'BST' : 'GMT';
  if (zone === 'Europe/Berlin') return hours === 2 ? 'CEST' : 'CET';
  if (zone === 'Asia/Tokyo') return 'JST';
  if (zone === 'America/Sao_Paulo' && hours === -3) return 'BRT';
  return `GMT${hours >= 0 ? '+' : ''}${hours}`;
}

const salesChannel = (marketplaceId: string) =>
  ({ ATVPDKIKX0DER: 'Amazon.com', A1F83G8C2ARO7P: 'Amazon.co.uk', A1PA6795UKMFR9: 'Amazon.de', A1VC38T7YXB528: 'Amazon.co.jp', A2Q3Y263D00KWC: 'Amazon.com.br' })[marketplaceId] ?? 'Amazon';

function isRequested(order: FixtureOrder, state: FixtureState) {
  return order.amazon === 'already-sent' || state.solicited.has(order.orderId);
}

function orderStatus(order: FixtureOrder, now: number) {
  if (order.amazon === 'not-shipped') return 'Unshipped';
  // GUESS: "Delivered" once the promised window is over; no public markup shows delivery status text
  return order.latestDeliveryAt !== undefined && order.latestDeliveryAt < now ? 'Delivered' : 'Shipped';
}

/** `GET /orders-api/order/<id>`: a subset of the real shape (captured JSON, src 42835202452, spec §2.2). */
export function orderJson(order: FixtureOrder, state: FixtureState, lang: UiLanguage) {
  const available = order.amazon === 'eligible' && !isRequested(order, state);
  const status = orderStatus(order, Date.now());
  return {
    debugInfo: null,
    featureList: [],
    order: {
      actions: ['manageFeedback', 'manageSellerNotes', 'printPackingSlip', 'contactBuyer', 'canViewOrderHistory'],
      amazonOrderId: order.orderId,
      orderMarketplaceId: order.marketplaceId,
      rootMarketplaceId: order.marketplaceId,
      homeMarketplaceId: order.marketplaceId, // GUESS: seen in the search JSON, not in the order JSON
      purchaseDate: seconds(order.purchaseAt),
      earliestShipDate: seconds(order.latestShipAt - 2 * DAY + 1000),
      latestShipDate: seconds(order.latestShipAt),
      earliestDeliveryDate: seconds(order.earliestDeliveryAt),
      latestDeliveryDate: seconds(order.latestDeliveryAt),
      hasSystemUnknownPromiseDate: order.earliestDeliveryAt === undefined,
      fulfillmentChannel: 'Seller',
      salesChannel: salesChannel(order.marketplaceId),
      shippingService: 'Standard',
      buyerName: order.buyer, // GUESS: the real page gets the buyer from another call
      orderItems: [{ ASIN: order.asin, SellerSKU: order.sku, Title: order.product, QuantityOrdered: 1, ItemStatus: { ItemStatus: status === 'Unshipped' ? 'Unshipped' : 'Shipped' } }],
      orderStatus: { AtRiskOfCancellation: false, Late: false, OrderStatus: status === 'Unshipped' ? 'Unshipped' : 'Shipped', RefundApplied: false, RefundPending: false },
      pluginActions: {
        requestAReview: {
          displayText: RAR_LABEL[lang],
          isAvailable: available,
          properties: {},
          // GUESS: only ReasonNotShippedOrder is evidenced; one neutral code for both greyed cases keeps
          // the real ambiguity (already requested vs outside the window) that the eligibility GET resolves
          reason: order.amazon === 'not-shipped' ? 'ReasonNotShippedOrder' : available ? null : 'ReasonNotEligible',
          url: `/messaging/reviews?orderId=${order.orderId}&marketplaceId=${order.marketplaceId}`,
        },
      },
      timeZoneDetailsMap: tzDetails(order, ['earliestDeliveryDate', 'earliestShipDate', 'latestDeliveryDate', 'latestShipDate', 'purchaseDate']),
    },
    protips: [],
    requestId: 'RGFX0000000000000000',
    responseCodes: [],
  };
}

const SORTS: Record<string, (a: FixtureOrder, b: FixtureOrder) => number> = {
  order_date_desc: (a, b) => b.purchaseAt - a.purchaseAt,
  order_date_asc: (a, b) => a.purchaseAt - b.purchaseAt,
  ship_by_asc: (a, b) => a.latestShipAt - b.latestShipAt,
  ship_by_desc: (a, b) => b.latestShipAt - a.latestShipAt,
  status_asc: (a, b) => a.amazon.localeCompare(b.amazon) || b.purchaseAt - a.purchaseAt,
};

/** `date-range=last-N` or `<startMs>-<endMs>` over the purchase date; anything else = no filter. */
export function inDateRange(range: string | null, purchaseAt: number, now: number): boolean {
  const last = range && /^last-(\d+)$/.exec(range);
  if (last) return purchaseAt >= now - Number(last[1]) * DAY;
  const span = range && /^(\d+)-(\d+)$/.exec(range);
  if (span) return purchaseAt >= Number(span[1]) && purchaseAt <= Number(span[2]);
  return true;
}

function relativeOrderDate(ms: number, now: number, lang: UiLanguage): string {
  const hours = Math.max(1, Math.round((now - ms) / 3_600_000));
  const days = Math.round(hours / 24);
  if (lang === 'de') return hours < 24 ? `vor ${hours} Stunden` : `vor ${days} Tagen`;
  if (lang === 'ja') return hours < 24 ? `${hours} 時間前` : `${days} 日前`;
  if (lang === 'pt-BR') return hours < 24 ? `há ${hours} horas` : `há ${days} dias`; // GUESS
  return hours < 24 ? `${hours} hours ago` : `${days} days ago`;
}

/** `GET /orders-api/search?limit&offset&sort&date-range` (captured JSON, src 42535897373). */
export function searchJson(url: URL, state: FixtureState, lang: UiLanguage) {
  const limit = Math.max(1, Number(url.searchParams.get('limit') ?? 15));
  const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0));
  const sort = url.searchParams.get('sort') ?? 'order_date_desc';
  const range = url.searchParams.get('date-range');
  const now = Date.now();
  const orders = isBrazilHost(url.hostname) ? state.brOrders : state.orders;
  const matching = orders.filter((o) => inDateRange(range, o.purchaseAt, now)).sort(SORTS[sort] ?? SORTS.order_date_desc);
  return {
    appliedSearchFilters: [...url.searchParams].map(([key, value]) => ({ key, selectedValues: [value] })),
    debugInfo: null,
    exceptions: [],
    offset,
    orders: matching.slice(offset, offset + limit).map((o) => ({
      amazonOrderId: o.orderId,
      homeMarketplaceId: o.marketplaceId,
      buyerName: o.buyer, // GUESS: not in the captured JSON (it had no buyer field)
      orderDate: o.purchaseAt / 1000,
      relativeOrderDate: relativeOrderDate(o.purchaseAt, now, lang),
      earliestShipDate: (o.latestShipAt - 2 * DAY + 1000) / 1000,
      latestShipDate: o.latestShipAt / 1000,
      earliestDeliveryDate: seconds(o.earliestDeliveryAt),
      latestDeliveryDate: seconds(o.latestDeliveryAt),
      orderFulfillmentStatus: orderStatus(o, now),
      fulfillmentMethod: 'Ship',
      isMerchantFulfilled: true,
      salesChannel: salesChannel(o.marketplaceId),
      shippingService: 'Standard',
      orderItems: [{ asin: o.asin, productName: o.product, sellerSku: o.sku, quantityOrdered: 1, unitPrice: { Amount: 19.99, CurrencyCode: 'USD' } }],
      timeZoneDetailsMap: tzDetails(o, ['earliestDeliveryDate', 'earliestShipDate', 'latestDeliveryDate', 'latestShipDate', 'orderDate']),
    })),
    requestId: 'RGFX0000000000000000',
    total: matching.length,
  };
}

/** The review-eligibility API behind the Request a Review page (spec §1.2, §2.3). */
export function solicitationAnswer(order: FixtureOrder, method: string, state: FixtureState) {
  const already = isRequested(order, state);
  const verdict = already
    ? { isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_ALREADY_SENT' }
    : order.amazon === 'eligible'
      ? { isSuccess: true }
      : { isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW' };
  if (method === 'POST' && verdict.isSuccess) state.solicited.add(order.orderId);
  // GUESS (ReviewNudge): on some accounts the GET says yes and only the POST tells the truth
  if (method === 'GET' && order.errorAfterYes) return { isSuccess: true };
  return verdict;
}

/** The threads an inbox page shows: the scenario state, or `rgfx_threads=N` generated ones (cached per N). */
const generated = new Map<string, FixtureThread[]>();
function inboxThreads(url: URL, state: FixtureState): FixtureThread[] {
  const count = Math.min(Number(url.searchParams.get('rgfx_threads') ?? 0) || 0, 5000);
  if (count <= 0) return isBrazilHost(url.hostname) ? state.brThreads : state.threads;
  const key = `${count}|${state.now}`;
  if (!generated.has(key)) generated.set(key, generatedThreads(count, state.now));
  return generated.get(key)!;
}

function pageData(url: URL, state: FixtureState) {
  const orderId = url.searchParams.get('orderID') ?? url.searchParams.get('orderId');
  return {
    now: state.now,
    served: Date.now(),
    lang: uiLanguage(url),
    zone: hostZone(url.hostname),
    host: url.hostname,
    params: Object.fromEntries(url.searchParams),
    order: findOrder(state, orderId) ?? null,
    threads: url.pathname.startsWith('/messaging/inbox') ? inboxThreads(url, state) : [],
  };
}

const json = (route: Route, body: unknown, status = 200) =>
  route.fulfill({ status, contentType: 'application/json', headers: { 'anti-csrftoken-a2z': 'rgfx-token' }, body: JSON.stringify(body) });

const NOT_FOUND_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>Page Not Found</title></head><body><h1>Page not found</h1><p>Looking for something? We\'re sorry. The Web address you entered is not a functioning page on our site.</p></body></html>';

export async function routeSellerCentral(context: BrowserContext, init: FixtureStateInit = {}): Promise<FixtureState> {
  const state = createFixtureState(init);

  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    state.requests.push({ method: request.method(), url: request.url() });
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (!(url.protocol === 'https:' && Object.hasOwn(SELLER_CENTRAL_HOSTS, url.hostname))) {
      state.blocked.push(request.url());
      return route.abort('blockedbyclient');
    }
    const path = url.pathname;
    const lang = uiLanguage(pageUrlOf(request));

    // fixture plumbing: static files and the page -> state channel (sent messages, NRN marks)
    if (path === '/__rgfx/api/sent' && request.method() === 'POST') {
      const body = (request.postDataJSON() ?? {}) as Partial<SentMessage>;
      const message: SentMessage = { surface: body.surface ?? 'contact-buyer', orderId: body.orderId, caseId: body.caseId, text: String(body.text ?? ''), at: Date.now() };
      state.sent.push(message);
      const thread = findThread(state, message.caseId);
      thread?.messages.push({ id: `${thread.caseId}-m${thread.messages.length}`, from: 'seller', at: message.at, text: message.text });
      return json(route, { ok: true, at: message.at });
    }
    if (path === '/__rgfx/api/nrn' && request.method() === 'POST') {
      const body = (request.postDataJSON() ?? {}) as { caseId?: string };
      const at = Date.now();
      findThread(state, body.caseId)?.nrnAt.push(at);
      return json(route, { ok: true, at });
    }
    if (path.startsWith('/__rgfx/')) {
      const name = path.slice('/__rgfx/'.length);
      if (!/^[a-z0-9-]+\.(js|css|svg)$/i.test(name)) return route.fulfill({ status: 404, body: 'not found' });
      try {
        return route.fulfill({ status: 200, contentType: CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'text/plain', body: readFileSync(join(FIXTURE_DIR, name)) });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    }

    // the messaging inbox's own JSON: GET only (the app's writes are not modelled and must never come)
    if (path.startsWith('/messaging/api/global/')) {
      const pageUrl = pageUrlOf(request);
      const mode = inboxApiMode(pageUrl);
      const threads = inboxThreads(pageUrl, state);
      const detail = /^\/messaging\/api\/global\/cases\/([^/]+)$/.exec(path);
      if (mode === '404' || request.method() !== 'GET') return route.fulfill({ status: mode === '404' ? 404 : 405, contentType: 'text/html', body: NOT_FOUND_PAGE });
      const answer = (body: string) => route.fulfill({ status: 200, contentType: 'application/json', headers: { 'anti-csrftoken-a2z': 'rgfx-token' }, body });
      if (path === '/messaging/api/global/cases') return answer(caseListBody(url, threads, mode));
      if (detail) {
        const thread = threads.find((t) => t.caseId === decodeURIComponent(detail[1]!));
        return thread ? answer(caseDetailBody(thread, mode)) : json(route, { message: 'Case not found' }, 404); // GUESS: error body
      }
      return json(route, { message: 'Not found' }, 404);
    }
    if (path === '/orders-api/search') return json(route, searchJson(url, state, lang));
    const apiOrder = /^\/orders-api\/order\/([^/]+)$/.exec(path);
    if (apiOrder) {
      const order = findOrder(state, decodeURIComponent(apiOrder[1]!));
      return order ? json(route, orderJson(order, state, lang)) : json(route, { order: null, responseCodes: ['ORDER_NOT_FOUND'] }, 404);
    }
    const solicitation = /^\/messaging\/api\/solicitations\/([^/]+)\/productReviewAndSellerFeedback$/.exec(path);
    if (solicitation) {
      const order = findOrder(state, decodeURIComponent(solicitation[1]!));
      if (!order) return json(route, { isSuccess: false, ineligibleReason: 'ORDER_NOT_FOUND' }, 404); // GUESS
      return json(route, solicitationAnswer(order, request.method(), state));
    }

    const page = PAGES.find((p) => p.test.test(path));
    if (!page) return route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: NOT_FOUND_PAGE });
    const data = JSON.stringify(pageData(url, state)).replace(/</g, '\\u003c');
    const file = typeof page.file === 'function' ? page.file(url) : page.file;
    const html = readFileSync(join(FIXTURE_DIR, file), 'utf8').replace('<!--RGFX-DATA-->', `<script id="rgfx-data" type="application/json">${data}</script>`);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return state;
}
