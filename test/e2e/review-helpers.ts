// The Request a Review control on Order details and what our guard made of it.
import type { Page, Route } from 'playwright-core';
import type { Launched } from './harness';

/** the control in both markups (new plugin button, legacy span) */
export const RAR = '[data-test-id="plugin-button-requestAReview"] a, span[data-test-id="request-a-review-button"] a';

/** Waits until the guard has judged the control (it marks it with data-rg-review). */
export async function waitForGuard(page: Page) {
  await page.waitForFunction((sel) => document.querySelector(sel)?.hasAttribute('data-rg-review'), RAR, { timeout: 10_000 });
}

/** Opens an order page and returns the guard's verdict: reason, aria-disabled and the reason text. */
export async function openGuarded(page: Page, url: string) {
  await page.goto(url);
  await waitForGuard(page);
  const rar = page.locator(RAR);
  return { reason: await rar.getAttribute('data-rg-review'), ariaDisabled: await rar.getAttribute('aria-disabled'), text: (await page.locator('[data-rg="review-reason"]').textContent()) ?? '' };
}

/**
 * Runs `body` while the order JSON fails for the extension's look-up only: the page's own load (it
 * sends Amazon's csrf marker) still works, so the guard must fall back to the page text.
 */
export async function withOrderJsonFailing(ext: Launched, body: () => Promise<void>) {
  const failing = async (route: Route) => {
    if (!route.request().headers()['anti-csrftoken-a2z-request']) await route.fulfill({ status: 503, body: 'unavailable' });
    else await route.fallback();
  };
  await ext.context.route('**/orders-api/order/**', failing);
  try {
    await body();
  } finally {
    await ext.context.unroute('**/orders-api/order/**', failing);
  }
}
