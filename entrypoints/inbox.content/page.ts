// The ONLY code that knows the messaging inbox's DOM. Inbox-v3 row markup is NOT publicly documented
// (seller-central-dom.md §2.5, §4, §6), so rows are found by structure and content as well as by
// selector lists: a link carrying the case id (cc=), an order id (3-7-7), a time-looking text, a
// "response needed" label in six languages, list roles - inside open shadow roots too.
import { deepText, querySelectorAllDeep } from '../../lib/deep-dom';
import { findAll, type SelectorList } from '../../lib/selectors';
import { findOrderIds } from '../../rules/order-id';
import { parseDateTime } from '../../rules/dates';
import { marketplaceForHost } from '../../rules/marketplaces';
import { now as clockNow } from '../../lib/clock';

export const THREAD_ROW_SELECTORS: SelectorList = [
  // fixture / guessed v3: list items in the KAT list's shadow root
  { variant: 'v3 listitem', selector: '[role="listitem"]', deep: true },
  // guessed v3 alternative: KAT table rows
  { variant: 'v3 kat-table-row', selector: 'kat-table-row', deep: true },
  // legacy inbox (≈2017-2019, §2.6)
  { variant: 'legacy thread list', selector: '#threads-list > *' },
];

const THREAD_LINK = 'a[href*="cc="], a[href*="caseId"], a[href*="ss="]';
const TIME_SELECTORS = 'time[datetime], .thread-time, .thread-timestamp, [class*="time" i], [class*="date" i]';
const MESSAGE_SELECTORS: SelectorList = [
  { variant: 'v3 guessed message bubbles', selector: '.thread-view .message', deep: true },
  { variant: 'generic message articles', selector: '[role="article"], [class*="message-item" i]', deep: true },
];

export const RESPONSE_NEEDED_RE = /response needed|needs? (a )?response|antwort erforderlich|réponse (requise|nécessaire)|respuesta necesaria|risposta necessaria|要返信|返信が必要|需要回复/i;
export const NO_RESPONSE_NEEDED_RE = /no response (needed|required)|keine antwort erforderlich|aucune réponse (requise|nécessaire)|no se necesita respuesta|nessuna risposta necessaria|返信不要|无需回复/i;

const NO_RESPONSE_NEEDED_ALL = new RegExp(NO_RESPONSE_NEEDED_RE.source, 'gi');

export interface PageContext {
  timeZone: string;
  now: number;
  lang: string;
}

export interface ThreadRow {
  row: Element;
  caseId: string;
  orderId?: string;
  buyerAlias?: string;
  subject?: string;
  /** the row's time element: the badge goes right after it */
  timeElement?: Element;
  receivedAt?: number;
  /** the list showed a date without a time, or only "Yesterday" */
  estimated: boolean;
  responseNeeded: boolean;
}

export interface OpenThreadMessage {
  from: 'buyer' | 'seller';
  at: number;
  text: string;
  estimated: boolean;
  element: Element;
}

export interface OpenThread {
  caseId: string;
  orderId?: string;
  buyerAlias?: string;
  subject?: string;
  messages: OpenThreadMessage[];
  /** the "No response needed" control, when present */
  noResponseNeeded?: Element;
  /** elements whose time text could not be read: never guessed */
  unreadable: number;
}

export function uiLanguage(doc: Document = document): string {
  return (doc.documentElement.lang || navigator.language || 'en').toLowerCase();
}

/** Marketplace zone of this host, the UI language and the extension clock: what the parsers need. */
export function pageContext(doc: Document = document): PageContext {
  return { timeZone: marketplaceForHost(doc.location?.hostname ?? location.hostname)?.timeZone ?? 'UTC', now: clockNow(), lang: uiLanguage(doc) };
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

function documentUrl(root: ParentNode): string {
  // nodeType, not instanceof: a frame's nodes come from another realm
  const doc = (root as Node).nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root as Node).ownerDocument;
  return doc?.location?.href || location.href;
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

// Parsing a date text costs ~0.1 ms (zone arithmetic through Intl) and a list repeats few texts
// ("Yesterday", "Nov 26"): results are kept per text for the current minute ("5 hours ago" and
// "2:14 PM" read against a clock that moved less than a minute are the same).
const parsedTexts = new Map<string, ReturnType<typeof parseDateTime>>();
let parsedMinute = '';
function parseCached(text: string, ctx: PageContext): ReturnType<typeof parseDateTime> {
  const minute = `${Math.floor(ctx.now / 60_000)}|${ctx.timeZone}|${ctx.lang}`;
  if (minute !== parsedMinute || parsedTexts.size > 5000) {
    parsedTexts.clear();
    parsedMinute = minute;
  }
  if (!parsedTexts.has(text)) parsedTexts.set(text, parseDateTime(text, ctx));
  return parsedTexts.get(text) ?? null;
}

function readTime(el: Element | undefined, ctx: PageContext): { at?: number; estimated: boolean } {
  if (!el) return { estimated: true };
  const iso = el.getAttribute('datetime');
  if (iso && !Number.isNaN(Date.parse(iso))) return { at: Date.parse(iso), estimated: false };
  const parsed = parseCached(el.textContent ?? '', ctx);
  if (!parsed) return { estimated: true };
  // "Nov 26" or "Yesterday" says the day, not the minute: the deadline is an estimate
  return { at: parsed.at, estimated: !parsed.hasTime };
}

function rowsByStructure(root: ParentNode): Element[] {
  // every thread link's nearest ancestor that holds exactly one thread link
  const rows = new Set<Element>();
  for (const link of querySelectorAllDeep(root, THREAD_LINK)) {
    let row: Element = link;
    while (row.parentElement && row.parentElement.querySelectorAll(THREAD_LINK).length === 1) row = row.parentElement;
    rows.add(row);
  }
  return [...rows];
}

/** Every thread row of the inbox list (in this document and its same-origin frames); [] when none. */
export function readThreadList(root: ParentNode = document, ctx: PageContext = pageContext()): ThreadRow[] {
  return inboxDocuments(root).flatMap((doc) => readThreadListIn(doc, ctx));
}

function readThreadListIn(root: ParentNode, ctx: PageContext): ThreadRow[] {
  let candidates = findAll<Element>(root, THREAD_ROW_SELECTORS).map((f) => f.element);
  if (!candidates.length) candidates = rowsByStructure(root);
  const rows: ThreadRow[] = [];
  const url = documentUrl(root);
  const filteredToResponseNeeded = /[?&]fi=responseneeded/i.test(url);
  for (const row of candidates) {
    const link = row.matches(THREAD_LINK) ? row : row.querySelector(THREAD_LINK);
    const text = deepText(row);
    const orderId = findOrderIds(text)[0];
    const caseId = (link && caseIdFromUrl(link.getAttribute('href') ?? '', url)) ?? row.getAttribute('data-case-id') ?? (orderId ? `order:${orderId}` : undefined);
    if (!caseId) continue;
    const timeElement = row.querySelector(TIME_SELECTORS) ?? undefined;
    const time = readTime(timeElement, ctx);
    const subject = row.querySelector('.thread-subject, [class*="subject" i]')?.textContent?.trim();
    rows.push({
      row,
      caseId,
      orderId,
      buyerAlias: row.querySelector('.buyer-name, .thread-buyername, [class*="buyer" i]')?.textContent?.trim() || undefined,
      subject,
      timeElement,
      receivedAt: time.at,
      estimated: time.estimated,
      // "No response needed" contains "response needed": take it out before asking
      responseNeeded: RESPONSE_NEEDED_RE.test(text.replace(NO_RESPONSE_NEEDED_ALL, ' ')) || (filteredToResponseNeeded && !NO_RESPONSE_NEEDED_RE.test(text)),
    });
  }
  return rows;
}

/**
 * The thread open in the inbox (this document or a same-origin frame), messages oldest first with
 * their exact times; null when no thread is open. Stable API: the composer reads the buyer's last
 * message and the case id from it.
 */
export function readOpenThread(root: ParentNode = document, ctx: PageContext = pageContext()): OpenThread | null {
  for (const doc of inboxDocuments(root)) {
    const open = readOpenThreadIn(doc, ctx);
    if (open) return open;
  }
  return null;
}

function readOpenThreadIn(root: ParentNode, ctx: PageContext): OpenThread | null {
  const caseId = caseIdFromUrl(documentUrl(root));
  if (!caseId) return null;
  const found = findAll<Element>(root, MESSAGE_SELECTORS).map((f) => f.element);
  if (!found.length) return null;
  const messages: OpenThreadMessage[] = [];
  let unreadable = 0;
  let buyerAlias: string | undefined;
  for (const el of found) {
    const from = /seller|outgoing|sent|mine/i.test(el.className) ? 'seller' : 'buyer';
    const timeEl = el.querySelector('time[datetime], .message-time, [class*="time" i], [class*="date" i]') ?? undefined;
    const time = readTime(timeEl, ctx);
    if (time.at === undefined) {
      unreadable += 1;
      continue;
    }
    if (from === 'buyer') buyerAlias ??= el.querySelector('.message-sender, [class*="sender" i]')?.textContent?.trim();
    const text = el.querySelector('.message-body, [class*="body" i]')?.textContent ?? el.textContent ?? '';
    messages.push({ from, at: time.at, text, estimated: time.estimated, element: el });
  }
  const container = found[0]!.closest('.thread-view') ?? found[0]!.parentElement ?? root;
  const title = (container as Node).nodeType === Node.ELEMENT_NODE ? deepText(container as Element) : '';
  const noResponseNeeded = [...(container as ParentNode).querySelectorAll('a, button, kat-button, kat-link')].find((el) => NO_RESPONSE_NEEDED_RE.test(deepText(el)));
  const heading = (container as ParentNode).querySelector('.thread-title, h1, h2, [role="heading"]');
  const subject = heading?.textContent?.replace(/\(\s*(order|bestellung|commande|pedido|ordine|注文)[^)]*\)/i, '').replace(/\s+/g, ' ').trim() || undefined;
  messages.sort((a, b) => a.at - b.at);
  return { caseId, orderId: findOrderIds(title)[0], buyerAlias, subject, messages, noResponseNeeded, unreadable };
}
