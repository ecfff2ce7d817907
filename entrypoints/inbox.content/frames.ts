// The top document, and every same-origin frame the messaging app appears in (found on each scan;
// the top document's poll finds frames that load later). The top document is observed by the feature.
import { observeDeep } from '../../lib/observe';
import { documentOf, inboxDocuments } from './page';

export function createFrameWatcher(signal: AbortSignal, onChange: () => void): () => void {
  const watched = new WeakSet<Document>();
  return () => {
    for (const root of inboxDocuments(document)) {
      const doc = documentOf(root);
      if (watched.has(doc)) continue;
      watched.add(doc);
      if (doc !== document) observeDeep(doc, onChange, { signal });
    }
  };
}
