// Seller Central's UI language: the one reader for every surface. The page declares it on <html lang>
// (spec seller-central-dom.md §5); a page without it falls back to the browser's language. Dates and
// labels on the page are read in this language; our own words on the page follow it when we speak it.
import { LANGUAGES, type UiLanguage } from '../rules/compliance/languages';

/** The page's language tag, lowercased ("en-us", "de-de", "ja-jp"); the browser's when the page has none. */
export function pageLanguage(doc: Document = document): string {
  return (doc.documentElement.lang || globalThis.navigator?.language || 'en').toLowerCase();
}

/** The page's language when ReplyGuard speaks it (engine messages, badges on the page), else `fallback`. */
export function pageUiLanguage(doc: Document = document, fallback: UiLanguage = 'en'): UiLanguage {
  const base = pageLanguage(doc).split('-')[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : fallback;
}
