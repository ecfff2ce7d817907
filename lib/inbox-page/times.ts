// Times as the inbox shows them, wherever they are: a machine-readable `datetime`, a `title` or
// `aria-label` tooltip, or visible text - absolute ("Nov 28, 2026 9:15 AM PST"), day-only ("Nov 26",
// "Yesterday") or relative ("21 hours ago", "vor 2 Stunden", "21 時間前"). rules/dates parses them.
import { parseDateTime, type ParsedDateTime } from '../../rules/dates';
import type { PageContext } from './context';
import { attribute, contentAttributes, ownText } from './walk';

// Parsing a date text costs ~0.1 ms (zone arithmetic through Intl) and a list repeats few texts
// ("Yesterday", "Nov 26"): results are kept per text for the current minute ("5 hours ago" and
// "2:14 PM" read against a clock that moved less than a minute are the same).
const parsedTexts = new Map<string, ParsedDateTime | null>();
let parsedMinute = '';
const contextKeys = new WeakMap<PageContext, string>();
export function parseCached(text: string, ctx: PageContext): ParsedDateTime | null {
  let minute = contextKeys.get(ctx);
  if (minute === undefined) contextKeys.set(ctx, (minute = `${Math.floor(ctx.now / 60_000)}|${ctx.timeZone}|${ctx.lang}`));
  if (minute !== parsedMinute || parsedTexts.size > 5000) {
    parsedTexts.clear();
    parsedMinute = minute;
  }
  let parsed = parsedTexts.get(text);
  if (parsed === undefined) {
    parsed = text.length > 80 || !/\d|yesterday|gestern|hier|ayer|ieri|ontem|昨日|今日|today|heute|now|jetzt/i.test(text) ? null : parseDateTime(text, ctx);
    parsedTexts.set(text, parsed);
  }
  return parsed;
}

export interface TimeReading {
  at: number;
  /** where it was read: a machine-readable `datetime`, the element's own text, or a tooltip attribute */
  from: 'datetime' | 'text' | 'tooltip';
  /** the text names a day but no clock time ("Nov 26", "Yesterday", "21 hours ago"): an estimate */
  estimated: boolean;
  /** a full date and clock time: what a message card carries */
  full: boolean;
}

const TIME_ATTRIBUTES = ['title', 'aria-label', 'data-tooltip', 'label'];

/** The time one element carries: its `datetime`, its own text, then its tooltip attributes. */
export function readElementTime(el: Element, ctx: PageContext): TimeReading | null {
  const attributes = contentAttributes(el);
  const iso = attributes.length ? attribute(el, 'datetime') : '';
  if (iso && !Number.isNaN(Date.parse(iso))) return { at: Date.parse(iso), from: 'datetime', estimated: false, full: true };
  const own = ownText(el);
  const fromText = own ? parseCached(own, ctx) : null;
  if (fromText) return reading(fromText, 'text');
  for (const a of attributes) {
    if (!a.value || !TIME_ATTRIBUTES.includes(a.name)) continue;
    const parsed = parseCached(a.value.trim(), ctx);
    if (parsed) return reading(parsed, 'tooltip');
  }
  return null;
}

function reading(p: ParsedDateTime, from: TimeReading['from']): TimeReading {
  return { at: p.at, from, estimated: !p.hasTime, full: p.hasDate && p.hasTime };
}
