// Queries that also look inside OPEN shadow roots: Katal components keep their content there, and
// document.querySelector does not enter them.

/** Marks the host element of every piece of ReplyGuard UI, so our own nodes are never scanned. */
export const RG_UI_ATTR = 'data-rg-ui';

export function isOwnUi(node: Node | null): boolean {
  for (let n: Node | null = node; n; ) {
    // nodeType, not instanceof: nodes of a same-origin frame have that frame's Element class
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).hasAttribute(RG_UI_ATTR)) return true;
    n = n.parentNode ?? ((n as ShadowRoot).host || null);
  }
  return false;
}

/** Every open shadow root below `root` (including nested ones), in document order. */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
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
