// "Copy page structure" (popup): asks the Seller Central tab the popup's health card speaks of for
// its page structure; every failure is an answer with the reason, never an exception.
import type { ResponseOf } from '../../storage/protocol';
import { healthOf } from './health';

export type AskTab = (tabId: number, message: unknown) => Promise<unknown>;

export async function pageStructure(askTab: AskTab, requestedTabId: number | undefined): Promise<ResponseOf<'page/structure'>> {
  // the same tab the popup's health card speaks of: the active Seller Central tab, or the last one
  const { tabId } = await healthOf(requestedTabId);
  if (tabId === null) return { tabId, structure: null, error: 'no Seller Central tab is open' };
  try {
    const reply = (await askTab(tabId, { rg: 1, type: 'page/structure' })) as { structure?: unknown } | undefined;
    if (typeof reply?.structure !== 'string') return { tabId, structure: null, error: 'the page did not answer (reload it and try again)' };
    return { tabId, structure: reply.structure.slice(0, 4_000_000) };
  } catch (error) {
    return { tabId, structure: null, error: `the page did not answer (${(error as Error).message})`.slice(0, 500) };
  }
}
