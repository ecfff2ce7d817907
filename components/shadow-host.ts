// Our UI on Seller Central's pages sits in an element of our own, marked with RG_UI_ATTR (observers
// and scanners skip it), holding an OPEN shadow root (tests and the contract hooks reach inside) that
// adopts one stylesheet per CSS text, constructed once. A constructed sheet belongs to the document
// that made it: a frame's shadow root gets a <style> instead, as do engines without constructed sheets.
import { RG_UI_ATTR } from '../lib/deep-dom';

const sheets = new Map<string, CSSStyleSheet | null>();

function sheetFor(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null;
  }
  sheets.set(css, sheet);
  return sheet;
}

/** Gives `root` the stylesheet `css`: the shared constructed sheet, else a <style>. */
export function adoptCss(root: ShadowRoot, css: string): void {
  const doc = root.ownerDocument;
  const sheet = doc === document ? sheetFor(css) : null;
  if (sheet) {
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.prepend(style);
}

/** A host element of ours with an open shadow root styled by `css`. */
export function createShadowHost(doc: Document, tag: string, css: string, attributes: Record<string, string> = {}): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute(RG_UI_ATTR, '');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  const root = host.attachShadow({ mode: 'open' });
  adoptCss(root, css);
  return { host, root };
}
