// Watches a subtree for changes, including inside open shadow roots (a document-level
// MutationObserver does not see them), plus a light poll as a safety net: Seller Central re-renders
// through frameworks we do not control, and public tools found polling more reliable than observers
// alone. The callback is coalesced to at most once per animation frame.
import { isOwnUi, isOwnUiHost, openShadowRoots, withShadowRootsCached } from './deep-dom';

export interface ObserveOptions {
  signal: AbortSignal;
  /** safety-net poll interval; 0 disables it */
  pollMs?: number;
}

/** Ours alone: our UI changed, or only our UI was added (each added node is checked, not its ancestors). */
function ownChange(record: MutationRecord): boolean {
  if (record.type === 'childList' && record.addedNodes.length && !record.removedNodes.length) {
    if (Array.prototype.every.call(record.addedNodes, isOwnUiHost)) return true;
  }
  return isOwnUi(record.target);
}

export function observeDeep(root: Node, callback: () => void, { signal, pollMs = 2000 }: ObserveOptions): void {
  if (signal.aborted) return;
  const observed = new WeakSet<Node>();
  let scheduled = false;

  const run = () => {
    scheduled = false;
    if (signal.aborted) return;
    try {
      // the callback's own deep queries reuse the walk that found new shadow roots
      withShadowRootsCached(() => {
        attachToNewShadowRoots();
        callback();
      });
    } catch (error) {
      console.error('[ReplyGuard]', error);
    }
  };
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(run);
  };

  // our own UI changing, or being added, must not wake the observer (it would loop, and placing 1,000
  // badges would cost a second full scan); our UI removed still does: the page may have dropped it
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !ownChange(r))) schedule();
  });
  const attach = (node: Node) => {
    if (observed.has(node)) return;
    observed.add(node);
    observer.observe(node, { childList: true, subtree: true, characterData: true, attributes: true });
  };
  const attachToNewShadowRoots = () => {
    // the document itself, not its root element: the scan that follows asks for the same root's list
    if ('querySelectorAll' in root) for (const shadow of openShadowRoots(root as ParentNode)) attach(shadow);
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
