// The inbox list, read by content and structure (the real row markup is unknown, inbox-api.md §3):
// a row is the largest element around an order id or a case id that holds no other thread's ids and
// does not reach into the open thread or the reply box. Class words are only hints for a buyer name
// or a subject. Works in the light DOM, open shadow roots and any element kind (list items, table
// rows, grid rows, cards).
import { findOrderIds } from '../../rules/order-id';
import { isCaseUuid } from '../../rules/inbox-threads';
import { BUYER_COLUMN_RE, isNoResponseNeededLabel, isStatusWord, NO_RESPONSE_NEEDED_RE, saysResponseNeeded } from '../../rules/inbox-labels';
import { caseIdFromUrl, documentUrl, inboxDocuments, pageContext, type PageContext } from './context';
import { readElementTime, type TimeReading } from './times';
import { labelText, ownText, parentOrHost, walkElements } from './walk';

export interface ThreadRow {
  row: Element;
  /** Amazon's case id, when the row carries one (a link, an attribute) or is the selected row */
  caseId?: string;
  orderId?: string;
  buyerAlias?: string;
  subject?: string;
  /** the element the row's time was read from: the badge goes right after it */
  timeElement?: Element;
  receivedAt?: number;
  /** the list showed a day without a clock time ("Nov 26", "Yesterday", "21 hours ago") */
  estimated: boolean;
  responseNeeded: boolean;
  /** which content rule found what (the reading report and the fixture table test show it) */
  found: { caseId?: 'link' | 'attribute' | 'selected'; time?: TimeReading['from']; responseNeeded?: 'text' | 'label' | 'filter'; buyer: boolean };
}

const UUID_IN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const FORM_CONTROL = 'textarea, input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), select, [contenteditable=""], [contenteditable="true"], kat-textarea, kat-input, [role=textbox], [role=searchbox]';
const CLICKABLE = 'a, button, label, kat-button, kat-link, kat-checkbox, [role="button"], [role="link"], [role="checkbox"]';
const BOUNDARY_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'IFRAME', 'H1', 'H2']);
const BOUNDARY_ROLES = new Set(['main', 'navigation', 'banner', 'contentinfo', 'complementary', 'form', 'search', 'dialog', 'log', 'feed', 'region', 'tabpanel']);

interface Ids {
  caseIds: Set<string>;
  orderIds: Set<string>;
  /** how the (first) case id was carried */
  caseIdFrom?: 'link' | 'attribute';
}

/** The ids an element itself carries: a case id in a link or any attribute, order ids in its own text. */
interface OwnIds {
  caseId?: string;
  caseIdFrom?: 'link' | 'attribute';
  orderIds: string[];
}

function ownIds(el: Element, url: string): OwnIds {
  for (const attr of el.attributes) {
    if (attr.name === 'href' && /[?&](?:cc|caseId)=|[?&]fi=caseId/.test(attr.value)) {
      const fromLink = caseIdFromUrl(attr.value, url);
      if (fromLink) return { caseId: fromLink, caseIdFrom: 'link', orderIds: findOrderIds(ownText(el)) };
    }
    const uuid = UUID_IN.exec(attr.value)?.[0];
    if (uuid) return { caseId: uuid, caseIdFrom: 'attribute', orderIds: findOrderIds(ownText(el)) };
  }
  return { orderIds: findOrderIds(ownText(el)) };
}

function isBoundary(el: Element): boolean {
  if (BOUNDARY_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return !!role && BOUNDARY_ROLES.has(role);
}

/** Every thread row of the inbox list (in this document and its same-origin frames); [] when none. */
export function readThreadList(root: ParentNode = document, ctx: PageContext = pageContext()): ThreadRow[] {
  return inboxDocuments(root).flatMap((doc) => readThreadListIn(doc, ctx));
}

function readThreadListIn(root: ParentNode, ctx: PageContext): ThreadRow[] {
  const url = documentUrl(root);
  const elements = walkElements(root);
  // ids per element, and which elements hold a form control or a "No response needed" control (the
  // open thread and the reply box: a row never reaches into them)
  const carriers = new Map<Element, OwnIds>();
  for (const el of elements) {
    const ids = ownIds(el, url);
    if (ids.caseId || ids.orderIds.length) carriers.set(el, ids);
  }
  if (!carriers.size) return [];
  const idsBelow = new Map<Element, Ids>();
  const fenced = new Set<Element>();
  const add = (el: Element, ids: OwnIds) => {
    for (let n: Element | null = el; n; n = parentOrHost(n)) {
      let known = idsBelow.get(n);
      if (!known) idsBelow.set(n, (known = { caseIds: new Set(), orderIds: new Set() }));
      if (ids.caseId) {
        known.caseIds.add(ids.caseId);
        known.caseIdFrom ??= ids.caseIdFrom;
      }
      for (const o of ids.orderIds) known.orderIds.add(o);
    }
  };
  for (const [el, ids] of carriers) add(el, ids);
  for (const el of elements) {
    if (el.matches(FORM_CONTROL) || (el.matches(CLICKABLE) && isNoResponseNeededLabel(labelText(el) || el.textContent || ''))) {
      for (let n: Element | null = el; n && !fenced.has(n); n = parentOrHost(n)) fenced.add(n);
    }
  }

  const oneThread = (el: Element) => {
    const ids = idsBelow.get(el);
    return !!ids && ids.caseIds.size <= 1 && ids.orderIds.size <= 1;
  };
  const rows = new Set<Element>();
  for (const carrier of carriers.keys()) {
    if (fenced.has(carrier) || !oneThread(carrier)) continue;
    let row = carrier;
    for (let parent = parentOrHost(row); parent && !isBoundary(parent) && !fenced.has(parent) && oneThread(parent); parent = parentOrHost(row)) row = parent;
    rows.add(row);
  }

  const siblings = new Map<Element | null, number>();
  for (const row of rows) siblings.set(parentOrHost(row), (siblings.get(parentOrHost(row)) ?? 0) + 1);
  const out: ThreadRow[] = [];
  const selectedCase = caseIdFromUrl(url);
  // under the "Response needed" filter every listed row waits (rows may carry no status of their own)
  const filteredToResponseNeeded = /[?&]fi=responseneeded/i.test(url);
  for (const row of rows) {
    const read = readRow(row, idsBelow.get(row)!, ctx, selectedCase, filteredToResponseNeeded);
    // a lone element with an order id and no time (a thread header, an order link) is not a row;
    // rows show a time or a case id, or repeat beside each other
    if (read && (read.receivedAt !== undefined || read.caseId || (siblings.get(parentOrHost(row)) ?? 0) >= 2)) out.push(read);
  }
  // a thread seen twice (a header repeating the selected row's order id) keeps its first, timed row
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = r.caseId ?? r.orderId ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// the selected row, by ARIA state (class words for "selected" differ from markup to markup)
const SELECTED = '[aria-selected="true"], [aria-current]:not([aria-current="false"])';

function readRow(row: Element, ids: Ids, ctx: PageContext, selectedCase: string | undefined, filteredToResponseNeeded: boolean): ThreadRow | null {
  const inside = [row, ...walkElements(row)];
  let timeElement: Element | undefined;
  let time: ReturnType<typeof readElementTime> = null;
  const texts: { el: Element; text: string }[] = [];
  let labels = '';
  let dated = 0;
  for (const el of inside) {
    const text = ownText(el);
    if (text) texts.push({ el, text });
    labels += ` ${labelText(el)}`;
    const t = readElementTime(el, ctx);
    if (!t) continue;
    dated += 1;
    if (!time) {
      time = t;
      timeElement = el;
    }
  }
  // a row shows a time or two: an element with many dated texts is a conversation, not a row
  if (dated > 2) return null;
  const orderId = [...ids.orderIds][0];
  let caseId = [...ids.caseIds][0];
  let caseIdFrom: ThreadRow['found']['caseId'] = caseId ? ids.caseIdFrom : undefined;
  if (!caseId && selectedCase && (row.matches(SELECTED) || !!row.querySelector(SELECTED)) && isCaseUuid(selectedCase)) {
    caseId = selectedCase;
    caseIdFrom = 'selected';
  }
  const allText = texts.map((t) => t.text).join(' ');
  // the subject is the text that names the order ("Where is my order? (Order: 111-…)", evidenced);
  // the buyer's name the first short text that is not the time, the subject or a status
  const subjectText = texts.find((t) => findOrderIds(t.text).length)?.text;
  const buyerAlias = buyerByColumn(row) ?? firstNameLike(texts, timeElement, subjectText);
  const responseNeededFrom = saysResponseNeeded(allText) ? 'text' : saysResponseNeeded(labels) ? 'label' : filteredToResponseNeeded && !NO_RESPONSE_NEEDED_RE.test(`${allText} ${labels}`) ? 'filter' : undefined;
  return {
    row,
    caseId,
    orderId,
    buyerAlias,
    subject: subjectText,
    timeElement,
    receivedAt: time?.at,
    estimated: !time || time.estimated,
    responseNeeded: responseNeededFrom !== undefined,
    found: { caseId: caseIdFrom, time: time?.from, responseNeeded: responseNeededFrom, buyer: !!buyerAlias },
  };
}

/** A table or grid row's cell under a "Buyer name" column header. */
function buyerByColumn(row: Element): string | undefined {
  const cells = [...row.children].filter((c) => c.matches('td, th, [role="gridcell"], [role="cell"]'));
  if (cells.length < 2) return undefined;
  const table = row.closest('table, [role="grid"], [role="table"]');
  const headerRow = table?.querySelector('thead tr, tr:has(> th), [role="row"]:has(> [role="columnheader"])');
  if (!headerRow || headerRow === row) return undefined;
  const headers = [...headerRow.children];
  const column = headers.findIndex((h) => BUYER_COLUMN_RE.test(h.textContent ?? '') && !/order|bestell|commande|pedido|ordine|注文/i.test(h.textContent ?? ''));
  const text = column >= 0 ? cells[column]?.textContent?.replace(/\s+/g, ' ').trim() : undefined;
  return text && text.length <= 80 ? text : undefined;
}

/** Without a column, the buyer's name is the row's first short text that is not its time, subject or status. */
function firstNameLike(texts: { el: Element; text: string }[], timeElement: Element | undefined, subject: string | undefined): string | undefined {
  return texts.find(
    (t) => t.el !== timeElement && t.text !== subject && t.text.length <= 60 && /\p{L}/u.test(t.text) && !findOrderIds(t.text).length && !saysResponseNeeded(t.text) && !isStatusWord(t.text) && !isNoResponseNeededLabel(t.text) && !/^\(?\s*(order|bestellung|commande|pedido|ordine|注文)/i.test(t.text),
  )?.text;
}
