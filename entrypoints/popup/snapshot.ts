// The popup's frame before React: the markup React painted last time, shown as it was and marked as
// updating. React (about 300 KB to load and compile) replaces it in one commit as soon as it runs.
import { t } from '../../components/i18n';
import { readSnapshot } from '../../lib/popup-memory';

/** rows per list in the popup's first frame: about what it shows without scrolling */
export const FIRST_FRAME_ROWS = 8;

/**
 * What to keep of a fresh paint: the first rows of each list (the rest would only cost layout before
 * the first frame; the headings keep the full counts) and not this tab's surface health, which
 * belongs to that tab.
 */
export function snapshotHtml(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const list of copy.querySelectorAll('[data-rg="overdue-list"], [data-rg="at-risk-list"]')) {
    list.querySelectorAll(`:scope > li[data-rg-thread]:nth-of-type(n+${FIRST_FRAME_ROWS + 1}), :scope > [data-rg="more"]`).forEach((row) => row.remove());
  }
  copy.querySelector('[data-rg="health"]')?.replaceChildren();
  return copy.innerHTML;
}

/**
 * Paints the remembered markup into an empty root; true when it did. The markup is our own React
 * output serialised by the browser (text escaped), read from this extension's own storage, and the
 * page's CSP runs no inline script.
 */
export function paintSnapshot(root: HTMLElement, build: string): boolean {
  const html = readSnapshot(build);
  if (!html || root.hasChildNodes()) return false;
  // parsed in an inert document (nothing loads or runs there), then moved in
  root.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  const updating = document.createElement('p');
  updating.className = 'rg-stale';
  updating.setAttribute('role', 'status');
  updating.dataset.rg = 'popup-stale';
  updating.textContent = t('popupUpdating');
  root.querySelector('.rg-header')?.after(updating);
  return true;
}

/** React never arrived (the extension was updated under the popup): the snapshot is not "updating". */
export function showLoadFailure(root: HTMLElement, error: unknown): void {
  root.querySelector('[data-rg="popup-stale"]')?.remove();
  const alert = document.createElement('p');
  alert.className = 'rg-error';
  alert.setAttribute('role', 'alert');
  alert.dataset.rg = 'popup-load-failed';
  alert.textContent = t('popupError', error instanceof Error ? error.message : String(error));
  root.prepend(alert);
}
