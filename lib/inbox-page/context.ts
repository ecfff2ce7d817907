// What the inbox readers need to know about the page they read: its marketplace zone, UI language and
// clock, the documents the messaging app may live in, and the case id a URL names.
import { querySelectorAllDeep } from '../deep-dom';
import { marketplaceForHost } from '../../rules/marketplaces';
import { now as clockNow } from '../clock';
import { pageLanguage } from '../page-language';

export interface PageContext {
  timeZone: string;
  now: number;
  lang: string;
}

/** Marketplace zone of this host, the UI language and the extension clock: what the parsers need. */
export function pageContext(doc: Document = document): PageContext {
  return { timeZone: marketplaceForHost(doc.location?.hostname ?? location.hostname)?.timeZone ?? 'UTC', now: clockNow(), lang: pageLanguage(doc) };
}

/**
 * The documents the messaging app may live in: this one and its same-origin iframes (some accounts
 * load the inbox in `iframe#messaging-frame`, spec §2.5). Cross-origin frames are skipped silently.
 */
export function inboxDocuments(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [root];
  for (const frame of querySelectorAllDeep<HTMLIFrameElement>(root, 'iframe')) {
    try {
      const inner = frame.contentDocument;
      if (inner?.documentElement) roots.push(...inboxDocuments(inner));
    } catch {
      // cross-origin: not ours to read
    }
  }
  return roots;
}

export function documentOf(root: ParentNode): Document {
  // nodeType, not instanceof: a frame's nodes come from another realm
  return (root as Node).nodeType === Node.DOCUMENT_NODE ? (root as Document) : ((root as Node).ownerDocument ?? document);
}

export function documentUrl(root: ParentNode): string {
  return documentOf(root).location?.href || location.href;
}

// the first cc= of the query with a plain value (the common case, once per row) needs no URL parsing
const FIRST_CC = /[?&]cc=([^&#]*)/;
const PLAIN_VALUE = /^[\w.-]+$/;

function plainCaseId(href: string): string | undefined {
  const match = FIRST_CC.exec(href);
  if (!match) return undefined;
  const query = href.indexOf('?');
  const hash = href.indexOf('#');
  if (query < 0 || match.index < query || (hash >= 0 && hash < match.index)) return undefined;
  return PLAIN_VALUE.test(match[1]!) ? match[1] : undefined;
}

/** The case a URL opens: `cc=`, `caseId=`, or `fi=caseId&ss=` (spec §2.5, inbox-api.md §5). */
export function caseIdFromUrl(href: string, base = location.href): string | undefined {
  const plain = plainCaseId(href);
  if (plain) return plain;
  try {
    const url = new URL(href, base);
    return url.searchParams.get('cc') ?? url.searchParams.get('caseId') ?? (url.searchParams.get('fi') === 'caseId' ? url.searchParams.get('ss') : null) ?? undefined;
  } catch {
    return undefined;
  }
}
