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
import { noResponseNeededControls } from './controls';
import { below, contentAttributes, documentIndex, elementsWithText, labelText, ownText, parentOrHost, queryAllDeep, walkElements, withReadPass } from './walk';

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
const BOUNDARY_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'IFRAME', 'H1', 'H2']);
const BOUNDARY_ROLES = new Set(['main', 'navigation', 'banner', 'contentinfo', 'complementary', 'form', 'search', 'dialog', 'log', 'feed', 'region', 'tabpanel']);

/** The ids inside an element: one thread's at most, else `mixed` (a list, a pane, the page). */
interface Ids {
  caseId?: string;
  orderId?: string;
  /** how the case id was carried */
  caseIdFrom?: 'link' | 'attribute';
  mixed: boolean;
}

/** The ids an element itself carries: a case id in a link or any attribute, order ids in its own text. */
interface OwnIds {
  caseId?: string;
  caseIdFrom?: 'link' | 'attribute';
  orderIds: string[];
}

// attributes that repeat a truncated text in full (the list cuts subjects with "…", inbox-api.md §2)
const TOOLTIP_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'data-tooltip', 'label']);

/**
 * The ids an element's own attributes carry: a case id in a link to the case or a UUID in any
 * attribute; an order id in a link to the order or in a tooltip that repeats a truncated subject.
 */
function ownAttributeIds(el: Element, url: string): OwnIds | undefined {
  // most elements carry a class at most: nothing to read (1,000 rows are ~7,000 elements)
  const count = el.attributes.length;
  if (count === 0 || (count === 1 && el.hasAttribute('class'))) return undefined;
  const ids: OwnIds = { orderIds: [] };
  for (const attr of contentAttributes(el)) {
    if (attr.value.length < 19 && attr.name !== 'href') continue; // an order id has 19 characters, a UUID 36; a link may be short
    if (!ids.caseId && attr.name === 'href' && /[?&](?:cc|caseId)=|[?&]fi=caseId/.test(attr.value)) {
      const fromLink = caseIdFromUrl(attr.value, url);
      if (fromLink) Object.assign(ids, { caseId: fromLink, caseIdFrom: 'link' });
    }
    const uuid = ids.caseId ? undefined : UUID_IN.exec(attr.value)?.[0];
    if (uuid) Object.assign(ids, { caseId: uuid, caseIdFrom: 'attribute' });
    if (!ids.orderIds.length && (TOOLTIP_ATTRIBUTES.has(attr.name) || (attr.name === 'href' && attr.value.includes('/orders-v3/order/')))) ids.orderIds = findOrderIds(attr.value).slice(0, 1);
  }
  return ids.caseId || ids.orderIds.length ? ids : undefined;
}

// the shortest order id has 19 characters and dashes: most texts are ruled out before the regex
const mayHoldOrderId = (text: string) => text.length >= 19 && text.includes('-') && findOrderIds(text).length > 0;

function isBoundary(el: Element): boolean {
  if (BOUNDARY_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return !!role && BOUNDARY_ROLES.has(role);
}

/** Every thread row of the inbox list (in this document and its same-origin frames); [] when none. */
export function readThreadList(root: ParentNode = document, ctx: PageContext = pageContext()): ThreadRow[] {
  return withReadPass(() => inboxDocuments(root).flatMap((doc) => readThreadListIn(doc, ctx)));
}

/**
 * The rows' shape learnt by the last full discovery in a document (tag and role, never class words):
 * later scans query it natively and read only rows that changed. A full discovery runs again when
 * the shape finds nothing, or after RELEARN_MS (a list can change markup under an SPA).
 */
const shapes = new WeakMap<Node, { selector: string; at: number }>();
const RELEARN_MS = 10_000;

function readThreadListIn(root: ParentNode, ctx: PageContext): ThreadRow[] {
  const url = documentUrl(root);
  const fenced = fencedArea(root);
  const shape = shapes.get(root as Node);
  if (shape && performance.now() - shape.at < RELEARN_MS) {
    const rows = queryAllDeep(root, shape.selector).filter((row) => !fenced.has(row));
    const read = readRows(rows, root, url, ctx, () => undefined);
    if (read.length) return read;
  }
  const { rows, idsOf, siblings } = discoverRows(root, url, fenced);
  const read = readRows(rows, root, url, ctx, idsOf, siblings);
  const selector = shapeOf(read.map((r) => r.row));
  if (selector) shapes.set(root as Node, { selector, at: performance.now() });
  else shapes.delete(root as Node);
  return read;
}

/** Elements a row never reaches into: the reply box and the open thread's "No response needed" control. */
function fencedArea(root: ParentNode): Set<Element> {
  const fenced = new Set<Element>();
  const fences = [...queryAllDeep(root, FORM_CONTROL), ...noResponseNeededControls(root)];
  for (const el of fences) {
    for (let n: Element | null = el; n && !fenced.has(n); n = parentOrHost(n)) fenced.add(n);
  }
  return fenced;
}

/** A selector for the found rows' shape (tag, and role when they share one), if they share a tag. */
function shapeOf(rows: Element[]): string | undefined {
  if (rows.length < 2) return undefined;
  const tag = rows[0]!.localName;
  if (!/^[a-z][a-z0-9-]*$/.test(tag) || rows.some((r) => r.localName !== tag)) return undefined;
  const role = rows[0]!.getAttribute('role');
  return role && /^[a-z]+$/.test(role) && rows.every((r) => r.getAttribute('role') === role) ? `${tag}[role="${role}"]` : tag;
}

/** Every row by content: the largest element around an order or case id that holds no other thread's. */
function discoverRows(root: ParentNode, url: string, fenced: Set<Element>) {
  const carriers = new Map<Element, OwnIds>();
  for (const el of walkElements(root)) {
    const ids = ownAttributeIds(el, url);
    if (ids) carriers.set(el, ids);
  }
  for (const el of elementsWithText(root, mayHoldOrderId)) {
    const orderIds = findOrderIds(ownText(el));
    const known = carriers.get(el);
    if (known) known.orderIds = [...new Set([...known.orderIds, ...orderIds])];
    else carriers.set(el, { orderIds });
  }
  const idsBelow = new Map<Element, Ids>();
  const add = (el: Element, ids: OwnIds) => {
    for (let n: Element | null = el; n; n = parentOrHost(n)) {
      let known = idsBelow.get(n);
      if (!known) idsBelow.set(n, (known = { mixed: false }));
      else if (known.mixed) return; // its ancestors are mixed already
      if (ids.caseId) {
        if (known.caseId && known.caseId !== ids.caseId) known.mixed = true;
        known.caseId ??= ids.caseId;
        known.caseIdFrom ??= ids.caseIdFrom;
      }
      for (const o of ids.orderIds) {
        if (known.orderId && known.orderId !== o) known.mixed = true;
        known.orderId ??= o;
      }
    }
  };
  for (const [el, ids] of carriers) add(el, ids);
  const oneThread = (el: Element) => {
    const ids = idsBelow.get(el);
    return !!ids && !ids.mixed;
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
  return { rows: [...rows].sort((a, b) => documentIndex(root, a) - documentIndex(root, b)), idsOf: (row: Element) => idsBelow.get(row), siblings };
}

/** A row's ids without a discovery: order ids in its text, case ids in its elements' attributes; one thread's at most. */
function idsInside(row: Element, url: string): Ids | undefined {
  const orderIds = findOrderIds(row.textContent ?? '');
  if (orderIds.length > 1) return undefined;
  const ids: Ids = { orderId: orderIds[0], mixed: false };
  for (const el of [row, ...below(row)]) {
    const found = ownAttributeIds(el, url);
    if (!found?.caseId) continue;
    if (ids.caseId && ids.caseId !== found.caseId) return undefined;
    ids.caseId = found.caseId;
    ids.caseIdFrom ??= found.caseIdFrom;
  }
  return ids.orderId || ids.caseId ? ids : undefined;
}

function readRows(rows: Element[], root: ParentNode, url: string, ctx: PageContext, idsOf: (row: Element) => Ids | undefined, siblings?: Map<Element | null, number>): ThreadRow[] {
  const out: ThreadRow[] = [];
  const selectedCase = caseIdFromUrl(url);
  // under the "Response needed" filter every listed row waits (rows may carry no status of their own)
  const filteredToResponseNeeded = /[?&]fi=responseneeded/i.test(url);
  const context = `${Math.floor(ctx.now / 60_000)}|${ctx.timeZone}|${ctx.lang}|${selectedCase}|${filteredToResponseNeeded}`;
  for (const row of rows) {
    // a row read before, unchanged (same element, same text, same minute): its reading stands. A list
    // of 1,000 rows is read on every mutation of the page; most rows did not change
    // (text only: our badge joins the row but adds no text; its host is an element)
    const signature = `${context}|${row.textContent}`;
    const cached = rowCache.get(row);
    let read: ThreadRow | null | undefined = cached?.signature === signature ? cached.read : undefined;
    if (read === undefined) {
      const ids = idsOf(row) ?? idsInside(row, url);
      read = ids ? readRow(row, ids, ctx, selectedCase, filteredToResponseNeeded) : null;
      rowCache.set(row, { signature, read });
    }
    // a lone element with an order id and no time (a thread header, an order link) is not a row;
    // rows show a time or a case id, or repeat beside each other
    if (read && (read.receivedAt !== undefined || read.caseId || !siblings || (siblings.get(parentOrHost(row)) ?? 0) >= 2)) out.push(read);
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

const rowCache = new WeakMap<Element, { signature: string; read: ThreadRow | null }>();

// the selected row, by ARIA state (class words for "selected" differ from markup to markup)
const SELECTED = '[aria-selected="true"], [aria-current]:not([aria-current="false"])';

function readRow(row: Element, ids: Ids, ctx: PageContext, selectedCase: string | undefined, filteredToResponseNeeded: boolean): ThreadRow | null {
  const inside = [row, ...below(row)];
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
  const orderId = ids.orderId;
  let caseId = ids.caseId;
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
