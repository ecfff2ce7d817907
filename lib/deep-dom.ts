// Queries that also look inside OPEN shadow roots: Katal components keep their content there, and
// document.querySelector does not enter them.

/** Marks the host element of every piece of ReplyGuard UI, so our own nodes are never scanned. */
export const RG_UI_ATTR = 'data-rg-ui';

/** This node itself is the host of a piece of our UI (its ancestors are not looked at). */
export function isOwnUiHost(node: Node): boolean {
  // nodeType, not instanceof: nodes of a same-origin frame have that frame's Element class
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute(RG_UI_ATTR);
}

export function isOwnUi(node: Node | null): boolean {
  for (let n: Node | null = node; n; ) {
    if (isOwnUiHost(n)) return true;
    n = n.parentNode ?? ((n as ShadowRoot).host || null);
  }
  return false;
}

// Finding shadow roots means walking every element (no API lists them), and one scan of a 1,000-row
// inbox asks several times (frames, rows, messages, the observer). Inside withShadowRootsCached the
// answer is walked once per root.
let rootsInPass: Map<ParentNode, readonly ShadowRoot[]> | null = null;

/**
 * Runs `fn` with shadow-root look-ups remembered: for one synchronous pass that reads the page and
 * does not change its DOM (adding our own UI is fine: it is never searched). Nested calls share it.
 */
export function withShadowRootsCached<T>(fn: () => T): T {
  if (rootsInPass) return fn();
  rootsInPass = new Map();
  try {
    return fn();
  } finally {
    rootsInPass = null;
  }
}

/** Every open shadow root below `root` (including nested ones), in document order. */
export function openShadowRoots(root: ParentNode): readonly ShadowRoot[] {
  const known = rootsInPass?.get(root);
  if (known) return known;
  const found: ShadowRoot[] = [];
  const visit = (node: ParentNode) => {
    const walker = document.createTreeWalker(node as Node, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.currentNode as Element | null; el; el = walker.nextNode() as Element | null) {
      const shadow = (el as Element).shadowRoot;
      if (shadow && !found.includes(shadow) && !(el as Element).hasAttribute(RG_UI_ATTR)) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  rootsInPass?.set(root, found);
  return found;
}

export function querySelectorAllDeep<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const results = [...root.querySelectorAll<E>(selector)];
  for (const shadow of openShadowRoots(root)) results.push(...shadow.querySelectorAll<E>(selector));
  return results;
}

export function querySelectorDeep<E extends Element = Element>(root: ParentNode, selector: string): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  for (const shadow of openShadowRoots(root)) {
    const inner = shadow.querySelector<E>(selector);
    if (inner) return inner;
  }
  return null;
}

/** Visible text of an element, including its open shadow content and Katal label attributes. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const label = el.getAttribute('label') ?? el.getAttribute('aria-label');
  if (label) parts.push(label);
  parts.push(el.textContent ?? '');
  if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
