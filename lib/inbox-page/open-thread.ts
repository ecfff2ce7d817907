// The thread open in the inbox, read by content (the real markup is unknown, inbox-api.md §3): each
// message card is the largest element around one full date-and-time that holds no other one, no
// list row and no reply box. The author is the seller when the card carries the seller's own label
// ("You", "Sie", "あなた"...), a seller-side class or data word, or sits on the other side of the
// conversation from the buyer's cards; the buyer otherwise. One reader for the inbox badges and the
// composer (the buyer's last message, the "No response needed" control).
import { findOrderIds } from '../../rules/order-id';
import { BUYER_SIDE_HINT, isNoResponseNeededLabel, isSellerLabel, SELLER_SIDE_HINT } from '../../rules/inbox-labels';
import { caseIdFromUrl, documentUrl, inboxDocuments, pageContext, type PageContext } from './context';
import { readThreadList, type ThreadRow } from './rows';
import { readElementTime, type TimeReading } from './times';
import { noResponseNeededControls } from './controls';
import { below, ownText, parentOrHost, queryAllDeep, walkElements, withReadPass } from './walk';

export interface OpenThreadMessage {
  from: 'buyer' | 'seller';
  /** which rule decided the author: the seller's label, a side word, the side of the conversation, or none (buyer) */
  authorBy: 'label' | 'hint' | 'side' | 'default';
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
  /** oldest first */
  messages: OpenThreadMessage[];
  /** the "No response needed" control, when present */
  noResponseNeeded?: Element;
  /** `time` elements in the thread whose text could not be read: never guessed */
  unreadable: number;
}

const FORM_CONTROL = 'textarea, select, [contenteditable=""], [contenteditable="true"], kat-textarea, [role="textbox"]';
const CARD_STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'FORM', 'IFRAME']);
const CARD_STOP_ROLES = new Set(['main', 'log', 'list', 'feed', 'region', 'tabpanel', 'dialog']);
const HEADING = 'h1, h2, h3, [role="heading"]';

/**
 * The thread open in the inbox (this document or a same-origin frame), messages oldest first with
 * their exact times; null when no thread is open or none of its messages is recognised.
 */
export function readOpenThread(root: ParentNode = document, ctx: PageContext = pageContext(), rows?: ThreadRow[]): OpenThread | null {
  return withReadPass(() => {
    for (const doc of inboxDocuments(root)) {
      const open = readOpenThreadIn(doc, ctx, rows ?? readThreadList(doc, ctx));
      if (open) return open;
    }
    return null;
  });
}

function markInside(elements: Iterable<Element>): Set<Element> {
  const inside = new Set<Element>();
  for (const el of elements) {
    inside.add(el);
    for (const d of below(el)) inside.add(d);
  }
  return inside;
}

function markAncestors(elements: Iterable<Element>): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const el of elements) for (let n: Element | null = el; n; n = parentOrHost(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}

function readOpenThreadIn(root: ParentNode, ctx: PageContext, rows: ThreadRow[]): OpenThread | null {
  const caseId = caseIdFromUrl(documentUrl(root));
  if (!caseId) return null;
  const inRows = markInside(rows.map((r) => r.row));
  const elements = walkElements(root).filter((el) => !inRows.has(el));
  const stamps = new Map<Element, TimeReading>();
  let unreadable = 0;
  for (const el of elements) {
    const reading = readElementTime(el, ctx);
    if (reading?.full) stamps.set(el, reading);
    // health only: a machine-readable time element whose text reads as none
    else if (!reading && (el.tagName === 'TIME' || el.hasAttribute('datetime')) && ownText(el)) unreadable += 1;
  }
  if (!stamps.size) return null;

  const stampsBelow = markAncestors(stamps.keys());
  const controlsBelow = markAncestors(queryAllDeep(root, FORM_CONTROL).filter((el) => !inRows.has(el)));
  const rowsBelow = markAncestors(rows.map((r) => r.row));
  const headingsBelow = markAncestors(queryAllDeep(root, HEADING).filter((el) => !inRows.has(el)));
  const isStop = (el: Element) => CARD_STOP_TAGS.has(el.tagName) || CARD_STOP_ROLES.has(el.getAttribute('role') ?? '');
  const cards: { card: Element; stamp: Element; time: TimeReading }[] = [];
  for (const [stamp, time] of stamps) {
    let card = stamp;
    for (let parent = parentOrHost(card); parent && !isStop(parent) && (stampsBelow.get(parent) ?? 0) <= 1 && !controlsBelow.has(parent) && !rowsBelow.has(parent) && !headingsBelow.has(parent); parent = parentOrHost(card)) card = parent;
    cards.push({ card, stamp, time });
  }

  const sides = sidesByPosition(cards.map((c) => c.card));
  const nrnControls = noResponseNeededControls(root).filter((el) => !inRows.has(el));
  const messages: OpenThreadMessage[] = cards.map(({ card, stamp, time }, i) => {
    const inside = [card, ...below(card)];
    const leaves = inside.filter((el) => el !== stamp && !nrnControls.includes(el)).map((el) => ownText(el)).filter(Boolean);
    const { from, by } = authorOf(inside, leaves, sides[i]);
    const text = leaves.reduce((longest, t) => (t.length > longest.length && !isSellerLabel(t) ? t : longest), '');
    return { from, authorBy: by, at: time.at, text, estimated: time.estimated, element: card };
  });
  messages.sort((a, b) => a.at - b.at);

  const buyerCard = messages.find((m) => m.from === 'buyer');
  const buyerAlias = buyerCard ? shortLabel(buyerCard.element, buyerCard.text) : undefined;
  const { orderId, subject } = threadHeader(elements, inRows, cards.map((c) => c.card));
  return { caseId, orderId, buyerAlias, subject, messages, noResponseNeeded: nrnControls.at(-1), unreadable };
}

function authorOf(inside: Element[], leaves: string[], side: 'left' | 'right' | undefined): { from: 'buyer' | 'seller'; by: OpenThreadMessage['authorBy'] } {
  if (leaves.some((t) => t.length <= 20 && isSellerLabel(t))) return { from: 'seller', by: 'label' };
  let hint = 0;
  for (const el of inside.slice(0, 6)) {
    const words = `${typeof el.className === 'string' ? el.className : ''} ${[...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => a.value).join(' ')}`;
    if (SELLER_SIDE_HINT.test(words)) hint += 1;
    if (BUYER_SIDE_HINT.test(words)) hint -= 1;
  }
  if (hint) return { from: hint > 0 ? 'seller' : 'buyer', by: 'hint' };
  if (side) return { from: side === 'right' ? 'seller' : 'buyer', by: 'side' };
  return { from: 'buyer', by: 'default' };
}

/**
 * Chat layouts put the two parties on opposite sides. Only when the cards sit on two different sides
 * is that a signal: the seller's side is the right (the convention of every chat UI, and of the
 * inbox skeleton in the public screenshot, inbox-api.md §2).
 */
function sidesByPosition(cards: Element[]): ('left' | 'right' | undefined)[] {
  const offsets = cards.map((card) => {
    const parent = parentOrHost(card);
    const box = card.getBoundingClientRect();
    const outer = parent?.getBoundingClientRect();
    if (!outer || !box.width || !outer.width) return undefined;
    return box.left - outer.left - (outer.right - box.right);
  });
  const known = offsets.filter((o): o is number => o !== undefined);
  if (!known.length || Math.max(...known) - Math.min(...known) < 24) return cards.map(() => undefined);
  return offsets.map((o) => (o === undefined ? undefined : o > 12 ? 'right' : o < -12 ? 'left' : undefined));
}

/** The sender label of a buyer's card: its first short text that is not the body. */
function shortLabel(card: Element, body: string): string | undefined {
  for (const el of below(card)) {
    const t = ownText(el);
    if (t && t !== body && t.length <= 60 && /\p{L}/u.test(t) && !isNoResponseNeededLabel(t) && !readsAsTime(t)) return t;
  }
  return undefined;
}

const readsAsTime = (t: string) => /\d{1,2}[:：]\d{2}|\d{4}/.test(t);

/** The order id and subject of the open thread: from its header, outside the list and the cards. */
function threadHeader(elements: Element[], inRows: Set<Element>, cards: Element[]): { orderId?: string; subject?: string } {
  const inCards = markInside(cards);
  const outside = elements.filter((el) => !inRows.has(el) && !inCards.has(el));
  const orderIds = new Set(outside.flatMap((el) => findOrderIds(ownText(el))));
  const orderId = orderIds.size === 1 ? [...orderIds][0] : undefined;
  const first = cards[0];
  const heading = outside.filter((el) => el.matches(HEADING) && (!first || el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)).at(-1);
  const subject = heading?.textContent
    ?.replace(/[(（]\s*[^()（）]*\d{3}-\d{7}-\d{7}[^()（）]*[)）]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { orderId, subject: subject || undefined };
}

export interface NrnControl {
  element: HTMLElement;
  /** the text of the message the control marks */
  messageText: string;
}

/** Every "No response needed" control of the open thread, with the text of the message it marks. */
export function findNrnControls(root: ParentNode = document, ctx: PageContext = pageContext()): NrnControl[] {
  const open = readOpenThread(root, ctx);
  if (!open?.noResponseNeeded) return [];
  const control = open.noResponseNeeded as HTMLElement;
  const card = open.messages.find((m) => m.element.contains(control)) ?? open.messages.filter((m) => m.from === 'buyer').at(-1);
  return [{ element: control, messageText: card?.text ?? '' }];
}
