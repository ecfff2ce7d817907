// Answers the popup's "Copy page structure" (through the background) with this page's text-free
// skeleton. Registered once per tab, by the inbox content script (it runs on every Seller Central page).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageStructure } from './page-structure';
import { formatReadingReport, readingReport } from './inbox-page/reading-report';

export function listenForStructureRequests(ctx: ContentScriptContext): void {
  const listener = (message: unknown) => {
    const m = message as { rg?: unknown; type?: unknown } | null;
    if (m?.rg !== 1) return undefined;
    if (m.type === 'page/reading') return Promise.resolve({ reading: readingReport(document) });
    if (m.type !== 'page/structure') return undefined;
    return Promise.resolve({ structure: `${pageStructure(document)}\n# what ReplyGuard's inbox readers found here:\n${formatReadingReport(readingReport(document))}` });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
