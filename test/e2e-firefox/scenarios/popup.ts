// Reading the extension's popup (opened in a tab) in either browser.
import { until, type RgBrowser, type RgPage } from '../browsers';

/** A popup showing what the background answered now (React mounted, no remembered snapshot left). */
export async function openFreshPopup(b: RgBrowser): Promise<RgPage> {
  const popup = await b.openPopup();
  await until(popup, () => document.querySelector('[data-rg="crt"]') !== null && document.querySelector('[data-rg="popup-stale"]') === null, undefined, {
    timeout: 15_000,
    what: 'a fresh popup',
  });
  return popup;
}

export interface PopupView {
  overdue: string[];
  atRisk: string[];
  sweetSpot: string[];
  crt: { zone: string | null; value: string | null };
  health: Record<string, string>;
}

/** (in the page) what the popup shows */
export const popupView = (): PopupView => {
  const ids = (list: string) => [...document.querySelectorAll(`[data-rg="${list}"] [data-rg-thread]`)].map((e) => e.getAttribute('data-thread-id') ?? '').sort();
  const crt = document.querySelector('[data-rg="crt"]');
  return {
    overdue: ids('overdue-list'),
    atRisk: ids('at-risk-list'),
    sweetSpot: [...document.querySelectorAll('[data-rg="sweet-spot-list"] [data-rg-order]')].map((e) => e.getAttribute('data-rg-order') ?? '').sort(),
    crt: { zone: crt?.getAttribute('data-zone') ?? null, value: crt?.getAttribute('data-value') ?? null },
    health: Object.fromEntries([...document.querySelectorAll('[data-rg="health"] [data-rg-surface]')].map((e) => [e.getAttribute('data-rg-surface') ?? '', e.getAttribute('data-status') ?? ''])),
  };
};

/** Opens fresh popups until `accept` holds (the background may still be storing what a page saw). */
export async function popupUntil(b: RgBrowser, accept: (view: PopupView) => boolean, timeout = 15_000): Promise<PopupView> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const popup = await openFreshPopup(b);
    const view = await popup.evaluate(popupView);
    await popup.close();
    if (accept(view) || Date.now() > deadline) return view;
    await new Promise((r) => setTimeout(r, 500));
  }
}
