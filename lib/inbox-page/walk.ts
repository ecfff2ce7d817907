// One walk over a document's elements, into every open shadow root (Katal components and app lists
// keep their content there) and never into ReplyGuard's own UI: the inbox readers find rows, times
// and message cards by content over this walk, not by class names.
import { RG_UI_ATTR } from '../deep-dom';

interface Tree {
  /** document order, a shadow root's content right after its host's light children */
  elements: Element[];
  /** the root and every open shadow root inside it (for native queries) */
  roots: ParentNode[];
  /** exclusive end of each element's subtree in `elements` */
  end: number[];
  index: Map<Element, number>;
}

/** One read of the page (rows, open thread, report) walks each root once and reads each text once. */
let pass: { trees: Map<Node, Tree>; texts: Map<Element, string>; attributes: Map<Element, readonly Attribute[]> } | null = null;

/** Runs `fn` with walks and texts remembered: for one synchronous read that does not change the DOM. */
export function withReadPass<T>(fn: () => T): T {
  if (pass) return fn();
  pass = { trees: new Map(), texts: new Map(), attributes: new Map() };
  try {
    return fn();
  } finally {
    pass = null;
  }
}

function build(root: Node): Tree {
  const elements: Element[] = [];
  const end: number[] = [];
  const roots: ParentNode[] = [root as unknown as ParentNode];
  const visit = (parent: ParentNode) => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (el.hasAttribute(RG_UI_ATTR)) continue; // our own UI and everything in it
      const i = elements.length;
      elements.push(el);
      end.push(0);
      visit(el);
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
      end[i] = elements.length;
    }
  };
  visit(root as unknown as ParentNode);
  return { elements, end, roots, index: new Map(elements.map((el, i) => [el, i])) };
}

/**
 * Elements below `root` whose own text nodes pass `test`: a walk over text nodes (native iteration;
 * most fail a length check), not a read of every element's text.
 */
export function elementsWithText(root: ParentNode, test: (text: string) => boolean): Element[] {
  const found = new Set<Element>();
  for (const r of treeOf(root as Node).roots) {
    const doc = (r as Node).nodeType === Node.DOCUMENT_NODE ? (r as Document) : (r as Node).ownerDocument!;
    const walker = doc.createTreeWalker(r as Node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || found.has(parent) || NOT_TEXT.has(parent.tagName) || !test(n.nodeValue ?? '')) continue;
      found.add(parent);
    }
  }
  return [...found];
}

/** Elements below `root` (into open shadow roots) that match `selector`: native queries, one per root. */
export function queryAllDeep(root: ParentNode, selector: string): Element[] {
  return treeOf(root as Node).roots.flatMap((r) => [...r.querySelectorAll(selector)]);
}

export interface Attribute {
  name: string;
  value: string;
}

// markup attributes that never carry an id, a time or a label: not read
const PLAIN_ATTRIBUTES = new Set(['class', 'style', 'role', 'tabindex', 'type', 'dir', 'lang', 'width', 'height', 'hidden', 'slot', 'part']);

/** An element's attributes that may carry content (ids, times, labels), read once per pass. */
export function contentAttributes(el: Element): readonly Attribute[] {
  const known = pass?.attributes.get(el);
  if (known) return known;
  const out: Attribute[] = [];
  if (el.hasAttributes()) {
    for (const name of el.getAttributeNames()) if (!PLAIN_ATTRIBUTES.has(name)) out.push({ name, value: el.getAttribute(name) ?? '' });
  }
  pass?.attributes.set(el, out);
  return out;
}

/** One content attribute's value ('' when absent). */
export function attribute(el: Element, name: string): string {
  for (const a of contentAttributes(el)) if (a.name === name) return a.value;
  return '';
}

function treeOf(root: Node): Tree {
  const known = pass?.trees.get(root);
  if (known) return known;
  const tree = build(root);
  pass?.trees.set(root, tree);
  return tree;
}

/** Elements below `root` in document order, into open shadow roots, never into our own UI. */
export function walkElements(root: ParentNode): Element[] {
  return treeOf(root as Node).elements;
}

/** Position of `el` in its walk (document order), for sorting what was found out of order. */
export function documentIndex(root: ParentNode, el: Element): number {
  return treeOf(root as Node).index.get(el) ?? Number.MAX_SAFE_INTEGER;
}

/** The elements inside `el` (not `el` itself), from a walk already made in this pass when there is one. */
export function below(el: Element): Element[] {
  for (const tree of pass?.trees.values() ?? []) {
    const i = tree.index.get(el);
    if (i !== undefined) return tree.elements.slice(i + 1, tree.end[i]);
  }
  return build(el).elements;
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

/** The text directly inside `el` (its own text nodes, not its children's), whitespace folded. */
export function ownText(el: Element): string {
  const known = pass?.texts.get(el);
  if (known !== undefined) return known;
  let text = '';
  if (!NOT_TEXT.has(el.tagName)) {
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === Node.TEXT_NODE) text += n.nodeValue;
    if (text) text = text.replace(/\s+/g, ' ').trim();
  }
  pass?.texts.set(el, text);
  return text;
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
  for (const a of contentAttributes(el)) if (a.value && LABEL_ATTRIBUTES.includes(a.name)) text += ` ${a.value}`;
  return text.trim();
}
