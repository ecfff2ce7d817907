// Really disables Amazon's Request a Review link while it is blocked: capture-phase listeners on the
// document stop click, middle-click (auxclick), and Enter before Seller Central or the browser act.
// The one allowed touch on Amazon's node is aria-disabled (+ our data-rg-review marker); both are
// restored exactly as found when the signal aborts (extension unload, SPA navigation).

const REVIEW_ATTR = 'data-rg-review';

export interface RarBlocker {
  /** mark the control with its reason; `blocked` decides aria-disabled and event blocking */
  apply(link: HTMLElement, reason: string, blocked: boolean): void;
}

export function createRarBlocker(doc: Document, signal: AbortSignal): RarBlocker {
  /** original aria-disabled of every node we touched (null = absent) */
  const original = new Map<HTMLElement, string | null>();
  const blocked = new WeakSet<HTMLElement>();

  const isBlockedTarget = (event: Event) =>
    event.composedPath().some((node) => node instanceof HTMLElement && blocked.has(node));
  const stop = (event: Event) => {
    if (!isBlockedTarget(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const stopEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') stop(event);
  };
  const stopMiddle = (event: MouseEvent) => {
    if (event.button === 1) stop(event); // middle-click autoscroll / new-tab gesture
  };
  const options = { capture: true, signal } as const;
  doc.addEventListener('click', stop, options);
  doc.addEventListener('auxclick', stop, options);
  doc.addEventListener('mousedown', stopMiddle, options);
  doc.addEventListener('keydown', stopEnter, options);

  signal.addEventListener(
    'abort',
    () => {
      for (const [link, aria] of original) {
        link.removeAttribute(REVIEW_ATTR);
        if (aria === null) link.removeAttribute('aria-disabled');
        else link.setAttribute('aria-disabled', aria);
      }
      original.clear();
    },
    { once: true },
  );

  return {
    apply(link, reason, isBlocked) {
      if (signal.aborted) return;
      if (!original.has(link)) original.set(link, link.getAttribute('aria-disabled'));
      if (link.getAttribute(REVIEW_ATTR) !== reason) link.setAttribute(REVIEW_ATTR, reason);
      if (isBlocked) {
        blocked.add(link);
        if (link.getAttribute('aria-disabled') !== 'true') link.setAttribute('aria-disabled', 'true');
      } else {
        blocked.delete(link);
        const was = original.get(link) ?? null;
        // give Amazon back its own state (it may grey the button itself)
        if (was === null) link.removeAttribute('aria-disabled');
        else if (link.getAttribute('aria-disabled') !== was) link.setAttribute('aria-disabled', was);
      }
      // forget nodes React already threw away
      for (const node of original.keys()) if (!node.isConnected && node !== link) original.delete(node);
    },
  };
}
