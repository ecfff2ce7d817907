// Watches a subtree for changes, including inside open shadow roots (a document-level
// MutationObserver does not see them), plus a light poll as a safety net: Seller Central re-renders
// through frameworks we do not control, and public tools found polling more reliable than observers
// alone. The callback is coalesced to at most once per animation frame.
import { isOwnUi, openShadowRoots } from './deep-dom';

export interface ObserveOptions {
  signal: AbortSignal;
  /** safety-net poll interval; 0 disables it */
  pollMs?: number;
}

export function observeDeep(root: Node, callback: () => void, { signal, pollMs = 2000 }: ObserveOptions): void {
  if (signal.aborted) return;
  const observed = new WeakSet<Node>();
  let scheduled = false;

  const run = () => {
    scheduled = false;
    if (signal.aborted) return;
    attachToNewShadowRoots();
    try {
      callback();
    } catch (error) {
      console.error('[ReplyGuard]', error);
    }
  };
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(run);
  };

  // our own UI changing must not wake the page's observers (it would loop)
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOwnUi(r.target))) schedule();
  });
  const attach = (node: Node) => {
    if (observed.has(node)) return;
    observed.add(node);
    observer.observe(node, { childList: true, subtree: true, characterData: true, attributes: true });
  };
  const attachToNewShadowRoots = () => {
    const parent = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root;
    if (parent && 'querySelectorAll' in parent) for (const shadow of openShadowRoots(parent as ParentNode)) attach(shadow);
  };

  attach(root);
  attachToNewShadowRoots();
  const timer = pollMs > 0 ? setInterval(schedule, pollMs) : undefined;
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer) clearInterval(timer);
    },
    { once: true },
  );
  schedule();
}
