// What the extension may request, for the egress tests of both browsers (test/e2e/egress.test.ts,
// test/e2e-firefox/scenarios/egress.test.ts): the Seller Central origin of the page, and there only
// the pages, fixture assets and the read-only JSON the pages themselves use.
import { expect } from 'vitest';

export const ALLOWED_PATHS: readonly RegExp[] = [
  /^\/messaging\/(inbox(-v3)?|contact(\/returns)?|reviews)\/?$/,
  /^\/orders-v3(\/.*)?$/,
  /^\/orders-api\/(order\/[^/]+|search)$/,
  /^\/messaging\/api\/solicitations\/[^/]+\/productReviewAndSellerFeedback$/,
  // the inbox's own JSON: the cases needing a reply and one case's messages (GET only, below)
  /^\/messaging\/api\/global\/cases(\/[^/]+)?$/,
  /^\/__rgfx\//,
];

const SELLER_CENTRAL_HOST = /^sellercentral(-europe|-japan)?\.amazon\./;
const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);

/** Every request went to a Seller Central host and a known path; nothing was written to the inbox. */
export function expectOnlySellerCentral(requests: readonly { url: string; method: string }[], alsoAllowed: readonly RegExp[] = []): void {
  for (const { url, method } of requests) {
    const parsed = new URL(url);
    if (EXTENSION_PROTOCOLS.has(parsed.protocol)) continue; // the extension's own files
    // nothing is ever written to the inbox on the seller's behalf (reply, resolve)
    if (parsed.pathname.startsWith('/messaging/api/global/')) expect(method, url).toBe('GET');
    expect(parsed.hostname, url).toMatch(SELLER_CENTRAL_HOST);
    expect([...ALLOWED_PATHS, ...alsoAllowed].some((re) => re.test(parsed.pathname)), url).toBe(true);
  }
}
