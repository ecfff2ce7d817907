// Serves the fixture Seller Central on the REAL Seller Central URLs through Playwright routing.
// Every request is recorded; any request to a host that is not Seller Central is aborted and recorded
// in `blocked` (the no-egress test reads it).
import type { BrowserContext, Route } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SELLER_CENTRAL_HOSTS } from '../../rules/marketplaces';
import { DAY, ORDERS, THREADS, generatedThreads, orderById, type OrderScenario, type ThreadScenario } from '../fixtures/seller-central/scenarios';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/seller-central');

export interface FixtureState {
  requests: { method: string; url: string }[];
  blocked: string[];
  orders: OrderScenario[];
  threads: ThreadScenario[];
  /** orders Amazon "sent" a review request for during the test (POSTs to the solicitation API) */
  solicited: Set<string>;
}

const PAGES: { test: RegExp; file: string }[] = [
  { test: /^\/messaging\/contact(\/returns)?\/?$/, file: 'contact-buyer.html' },
  { test: /^\/messaging\/inbox(-v3)?\/?$/, file: 'inbox.html' },
  { test: /^\/messaging\/reviews\/?$/, file: 'reviews.html' },
  { test: /^\/orders-v3\/order\/[^/]+\/?$/, file: 'order-details.html' },
  { test: /^\/orders-v3(\/.*)?$/, file: 'orders-list.html' },
];

const STATIC_TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json', html: 'text/html' };

function uiLanguage(url: URL): string {
  const forced = url.searchParams.get('rgfx_lang');
  if (forced) return forced;
  if (/\.de$/.test(url.hostname)) return 'de';
  if (/\.co\.jp$|japan/.test(url.hostname)) return 'ja';
  if (/\.co\.uk$|europe/.test(url.hostname)) return 'en-GB';
  return 'en';
}

function pageData(url: URL, state: FixtureState) {
  const count = Number(url.searchParams.get('rgfx_threads') ?? 0);
  return {
    now: Date.now(),
    lang: uiLanguage(url),
    host: url.hostname,
    params: Object.fromEntries(url.searchParams),
    orders: state.orders,
    threads: count > 0 ? generatedThreads(Math.min(count, 5000)) : state.threads,
    solicited: [...state.solicited],
  };
}

function orderJson(order: OrderScenario, now: number, state: FixtureState) {
  const toSeconds = (daysAgo: number | undefined, endOfDay: boolean) =>
    daysAgo === undefined ? undefined : Math.floor((now - daysAgo * DAY) / 1000) + (endOfDay ? 3600 : 0);
  const requested = order.amazon === 'already-sent' || state.solicited.has(order.orderId);
  const isAvailable = order.amazon === 'eligible' && !requested;
  return {
    order: {
      amazonOrderId: order.orderId,
      homeMarketplaceId: order.marketplaceId,
      purchaseDate: toSeconds((order.earliestDaysAgo ?? 3) + 4, false),
      earliestDeliveryDate: toSeconds(order.earliestDaysAgo, false),
      latestDeliveryDate: toSeconds(order.latestDaysAgo, true),
      orderStatus: { OrderStatus: order.amazon === 'not-shipped' ? 'Unshipped' : 'Shipped' },
      timeZoneDetailsMap: { [order.marketplaceId]: { shortenedTzString: order.marketplaceId === 'A1VC38T7YXB528' ? 'JST' : order.marketplaceId === 'A1PA6795UKMFR9' ? 'CET' : 'PST' } },
      buyerName: order.buyer,
      pluginActions: {
        requestAReview: {
          displayText: 'Request a Review',
          isAvailable,
          reason: order.amazon === 'not-shipped' ? 'ReasonNotShippedOrder' : isAvailable ? undefined : 'ReasonNotAvailable', // GUESS: only ReasonNotShippedOrder is evidenced
          url: `/messaging/reviews?orderId=${order.orderId}&marketplaceId=${order.marketplaceId}`,
        },
      },
    },
  };
}

async function fulfillJson(route: Route, body: unknown, status = 200) {
  await route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
}

export async function routeSellerCentral(context: BrowserContext, initial: Partial<FixtureState> = {}): Promise<FixtureState> {
  const state: FixtureState = {
    requests: [],
    blocked: [],
    orders: initial.orders ?? ORDERS.map((o) => ({ ...o })),
    threads: initial.threads ?? THREADS.map((t) => ({ ...t, messages: [...t.messages] })),
    solicited: initial.solicited ?? new Set(),
  };

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

    if (path.startsWith('/__rgfx/')) {
      const name = path.slice('/__rgfx/'.length).replace(/[^a-z0-9._-]/gi, '');
      try {
        const body = readFileSync(join(FIXTURE_DIR, name));
        return route.fulfill({ status: 200, contentType: STATIC_TYPES[name.split('.').pop() ?? ''] ?? 'text/plain', body });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    }

    const apiOrder = /^\/orders-api\/order\/([^/]+)$/.exec(path);
    if (apiOrder) {
      const order = orderById(decodeURIComponent(apiOrder[1]!)) ?? state.orders.find((o) => o.orderId === apiOrder[1]);
      return order ? fulfillJson(route, orderJson(order, Date.now(), state)) : fulfillJson(route, { error: 'NOT_FOUND' }, 404);
    }

    const solicitation = /^\/messaging\/api\/solicitations\/([^/]+)\/productReviewAndSellerFeedback$/.exec(path);
    if (solicitation) {
      const order = state.orders.find((o) => o.orderId === decodeURIComponent(solicitation[1]!));
      if (!order) return fulfillJson(route, { isSuccess: false, ineligibleReason: 'ORDER_NOT_FOUND' }, 404);
      const already = order.amazon === 'already-sent' || state.solicited.has(order.orderId);
      const verdict = already
        ? { isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_ALREADY_SENT' }
        : order.amazon === 'eligible'
          ? { isSuccess: true }
          : { isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW' };
      if (request.method() === 'POST' && verdict.isSuccess) state.solicited.add(order.orderId);
      // GUESS (ReviewNudge): on some accounts the GET says yes and only the POST tells "already sent"
      if (request.method() === 'GET' && order.errorAfterYes) return fulfillJson(route, { isSuccess: true });
      return fulfillJson(route, verdict);
    }

    const page = PAGES.find((p) => p.test.test(path));
    if (!page) return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Page not found</title><h1>Page not found</h1>' });
    const html = readFileSync(join(FIXTURE_DIR, page.file), 'utf8').replace(
      '<!--RGFX-DATA-->',
      `<script id="rgfx-data" type="application/json">${JSON.stringify(pageData(url, state)).replace(/</g, '\\u003c')}</script>`,
    );
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return state;
}
