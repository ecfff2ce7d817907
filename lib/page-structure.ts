// "Copy page structure": the skeleton of a Seller Central page - tags, roles, attribute names, class
// names, shadow roots - with every text and attribute value replaced by its kind (date, order-id,
// case-id, number, word...). A seller can paste it into a support request so we learn markup nobody
// outside Amazon can see; it carries no buyer text, name or id. Nothing is sent anywhere by us.
import { RG_UI_ATTR } from './deep-dom';
import { ORDER_ID_SOURCE } from '../rules/order-id';

const ORDER_ID = new RegExp(`^${ORDER_ID_SOURCE}$`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_LIKE = /^(?:\d{1,4}[./\-年月]\d{1,2}(?:[./\-月日]\d{1,4})?日?|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)$/;
const MAX_ELEMENTS = 6000;
const SKIPPED_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);
/** attribute values that are markup vocabulary, not data: kept when short and plain */
const KEPT_VALUES = new Set(['role', 'type', 'slot', 'dir', 'variant', 'aria-hidden', 'aria-expanded', 'aria-selected', 'aria-current', 'aria-live', 'hidden', 'disabled']);

/** The kind of one token of text. */
export function tokenKind(token: string): string {
  if (ORDER_ID.test(token)) return 'order-id';
  if (UUID.test(token)) return 'case-id';
  if (DATE_LIKE.test(token)) return 'date';
  if (/^[+-]?\d+(?:[.,]\d+)*$/.test(token)) return 'number';
  if (/^[\p{P}\p{S}]+$/u.test(token)) return token.length === 1 ? token : 'punct';
  if (/@/.test(token)) return 'email';
  if (/^(?:https?:|www\.)/i.test(token)) return 'url';
  if (/\d/.test(token)) return 'code';
  return 'word';
}

const LEADING = /^[(（[【"'«¿¡]+/u;
const TRAILING = /[)）\]】"'»,.:;!?、。]+$/u;

/** Words with their surrounding punctuation as tokens of their own ("(Order:" -> "(", "Order", ":"). */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.trim().split(/\s+/)) {
    if (!piece) continue;
    const lead = LEADING.exec(piece)?.[0] ?? '';
    const rest = piece.slice(lead.length);
    const trail = rest.length > 1 ? (TRAILING.exec(rest)?.[0] ?? '') : '';
    const core = rest.slice(0, rest.length - trail.length);
    out.push(...lead, ...(core ? [core] : []), ...trail);
  }
  return out;
}

/** A text as the sequence of its token kinds, runs folded ("word×4 order-id"). */
export function textKinds(text: string): string {
  const kinds: string[] = [];
  let last = '';
  let run = 0;
  const flush = () => {
    if (run) kinds.push(run > 1 ? `${last}×${run}` : last);
  };
  for (const token of tokens(text)) {
    const kind = tokenKind(token);
    if (kind === last) run += 1;
    else {
      flush();
      last = kind;
      run = 1;
    }
  }
  flush();
  return kinds.join(' ');
}

/** A class or id token: kept as a name unless it carries data (digits runs, ids). */
function nameToken(token: string): string {
  const kind = tokenKind(token);
  if (kind === 'order-id' || kind === 'case-id' || kind === 'number' || kind === 'date' || kind === 'email' || kind === 'url') return `{${kind}}`;
  return /\d{4,}/.test(token) ? '{code}' : token;
}

function attributeSummary(el: Element): string {
  const parts: string[] = [];
  for (const attr of el.attributes) {
    if (attr.name === 'class' || attr.name === 'id' || attr.name === 'style') continue;
    const value = attr.value.trim();
    if (!value) parts.push(attr.name);
    else if (KEPT_VALUES.has(attr.name) && /^[a-z][a-z-]{0,20}$/.test(value)) parts.push(`${attr.name}=${value}`);
    else if (attr.name === 'href' || attr.name === 'src' || attr.name === 'action') parts.push(`${attr.name}={${linkKind(value)}}`);
    else parts.push(`${attr.name}={${textKinds(value) || 'empty'}}`);
  }
  return parts.length ? ` [${parts.join(' ')}]` : '';
}

/** A link's kind and its path shape ("url /messaging/inbox ?fi cc"), never its values. */
function linkKind(value: string): string {
  try {
    const url = new URL(value, 'https://seller-central.invalid/');
    const path = url.pathname
      .split('/')
      .map((seg) => (seg && /^[a-z-]+$/i.test(seg) && seg.length <= 30 ? seg : seg ? `{${tokenKind(decodeURIComponent(seg))}}` : ''))
      .join('/');
    const keys = [...url.searchParams.keys()].filter((k) => /^[a-z_-]{1,30}$/i.test(k));
    return `url ${path}${keys.length ? ` ?${keys.join(' ')}` : ''}${url.hash ? ' #' : ''}`;
  } catch {
    return 'url';
  }
}

function describe(el: Element): string {
  const id = el.id ? `#${nameToken(el.id)}` : '';
  const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).map(nameToken).join('.')}` : '';
  return `${el.tagName.toLowerCase()}${id}${classes}${attributeSummary(el)}`;
}

/**
 * The page's skeleton as indented lines; open shadow roots and same-origin frames included, our own
 * UI left out, long runs of alike siblings folded. Never throws.
 */
export function pageStructure(root: Document, { maxElements = MAX_ELEMENTS } = {}): string {
  const lines: string[] = [`# page structure of ${root.location?.pathname ?? '?'} (texts and values replaced by their kind)`];
  let count = 0;
  const visit = (node: ParentNode, depth: number) => {
    let previous = '';
    let alike = 0;
    let skipped = 0;
    const flushSkipped = () => {
      if (skipped) lines.push(`${'  '.repeat(depth)}… ×${skipped} more alike`);
      skipped = 0;
    };
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (count >= maxElements) break;
      if (child.nodeType === Node.TEXT_NODE) {
        const kinds = textKinds(child.nodeValue ?? '');
        if (kinds && !skipped) lines.push(`${'  '.repeat(depth)}"${kinds}"`);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (el.hasAttribute(RG_UI_ATTR)) continue;
      count += 1;
      const line = describe(el);
      // a list of 1,000 rows says the same 1,000 times: the first three rows show the shape
      const shape = `${line}|${el.childElementCount}`;
      if (shape === previous) {
        alike += 1;
        if (alike >= 3) {
          skipped += 1;
          continue;
        }
      } else {
        flushSkipped();
        previous = shape;
        alike = 0;
      }
      lines.push(`${'  '.repeat(depth)}${line}`);
      if (SKIPPED_CONTENT.has(el.tagName.toUpperCase())) continue;
      if (el.shadowRoot) {
        lines.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        visit(el.shadowRoot, depth + 2);
      }
      if (el.tagName === 'IFRAME') {
        try {
          const inner = (el as HTMLIFrameElement).contentDocument;
          if (inner?.documentElement) {
            lines.push(`${'  '.repeat(depth + 1)}#frame-document`);
            visit(inner, depth + 2);
          }
        } catch {
          lines.push(`${'  '.repeat(depth + 1)}#frame (other origin)`);
        }
      }
      visit(el, depth + 1);
    }
    flushSkipped();
  };
  try {
    visit(root, 0);
  } catch (error) {
    lines.push(`# stopped: ${(error as Error).message}`);
  }
  if (count >= maxElements) lines.push(`# cut at ${maxElements} elements`);
  return lines.join('\n');
}
