// The ONLY code that knows the messaging inbox's DOM. Inbox-v3 row markup is NOT publicly documented
// (seller-central-dom.md §2.5, §4, §6), so rows are found by structure and content as well as by
// selector lists: a link carrying the case id (cc=), an order id (3-7-7), a time-looking text, a
// "response needed" label in six languages, list roles - inside open shadow roots too.
import { deepText, querySelectorAllDeep } from '../../lib/deep-dom';
import { findAll, type SelectorList } from '../../lib/selectors';
import { findOrderIds } from '../../rules/order-id';
import { parseDateTime } from '../../rules/dates';

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
  messages: OpenThreadMessage[];
  /** the "No response needed" control, when present */
  noResponseNeeded?: Element;
  /** elements whose time text could not be read: never guessed */
  unreadable: number;
}

export function uiLanguage(doc: Document = document): string {
  return (doc.documentElement.lang || navigator.language || 'en').toLowerCase();
}

export function caseIdFromUrl(href: string, base = location.href): string | undefined {
  try {
    const url = new URL(href, base);
    return url.searchParams.get('cc') ?? url.searchParams.get('caseId') ?? (url.searchParams.get('fi') === 'caseId' ? url.searchParams.get('ss') : null) ?? undefined;
  } catch {
    return undefined;
  }
}

function readTime(el: Element | undefined, ctx: PageContext): { at?: number; estimated: boolean } {
  if (!el) return { estimated: true };
  const iso = el.getAttribute('datetime');
  if (iso && !Number.isNaN(Date.parse(iso))) return { at: Date.parse(iso), estimated: false };
  const parsed = parseDateTime(el.textContent ?? '', ctx);
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

export function readThreadList(root: ParentNode, ctx: PageContext): ThreadRow[] {
  let candidates = findAll<Element>(root, THREAD_ROW_SELECTORS).map((f) => f.element);
  if (!candidates.length) candidates = rowsByStructure(root);
  const rows: ThreadRow[] = [];
  const filteredToResponseNeeded = /fi=responseneeded/i.test(location.search);
  for (const row of candidates) {
    const link = row.matches(THREAD_LINK) ? row : row.querySelector(THREAD_LINK);
    const text = deepText(row);
    const orderId = findOrderIds(text)[0];
    const caseId = (link && caseIdFromUrl(link.getAttribute('href') ?? '')) ?? row.getAttribute('data-case-id') ?? (orderId ? `order:${orderId}` : undefined);
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
      responseNeeded: RESPONSE_NEEDED_RE.test(text) || (filteredToResponseNeeded && !NO_RESPONSE_NEEDED_RE.test(text)),
    });
  }
  return rows;
}

export function readOpenThread(root: ParentNode, ctx: PageContext): OpenThread | null {
  const caseId = caseIdFromUrl(location.href);
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
  const title = container instanceof Element ? deepText(container) : '';
  const noResponseNeeded = [...(container as ParentNode).querySelectorAll('a, button, kat-button, kat-link')].find((el) => NO_RESPONSE_NEEDED_RE.test(deepText(el)));
  return { caseId, orderId: findOrderIds(title)[0], buyerAlias, messages, noResponseNeeded, unreadable };
}
