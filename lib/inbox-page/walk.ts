// One walk over a document's elements, into every open shadow root (Katal components and app lists
// keep their content there) and never into ReplyGuard's own UI: the inbox readers find rows, times
// and message cards by content over this walk, not by class names.
import { RG_UI_ATTR } from '../deep-dom';

const skipOwnUi: NodeFilter = {
  acceptNode: (node) => ((node as Element).hasAttribute(RG_UI_ATTR) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
};

/** Elements below `root` in document order, a shadow root's content right after its host. */
export function walkElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    const doc = node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument!;
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_ELEMENT, skipOwnUi);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root as Node);
  return out;
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

/** Elements whose content is not text a person reads (scripts and JSON data, styles, form values). */
export function holdsNoReadableText(el: Element): boolean {
  return NOT_TEXT.has(el.tagName);
}

/** The text directly inside `el` (its own text nodes, not its children's), whitespace folded. */
export function ownText(el: Element): string {
  if (NOT_TEXT.has(el.tagName)) return '';
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === Node.TEXT_NODE) text += n.nodeValue;
  return text.replace(/\s+/g, ' ').trim();
}

/** The element's parent, or the host of the shadow root it sits in. */
export function parentOrHost(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/** Is `inner` inside `outer` (through shadow roots too)? */
export function containsDeep(outer: Element, inner: Element): boolean {
  for (let n: Element | null = inner; n; n = parentOrHost(n)) if (n === outer) return true;
  return false;
}

const LABEL_ATTRIBUTES = ['aria-label', 'title', 'label', 'alt', 'data-tooltip'];

/** Text an element carries for people who cannot see it: its labelling attributes. */
export function labelText(el: Element): string {
  let text = '';
  for (const name of LABEL_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value) text += ` ${value}`;
  }
  return text.trim();
}
