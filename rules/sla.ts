// The 24-hour reply clock (policy.md §1, market.md §A4). Pure: `now` is always a parameter.
// - A buyer message is due 24 real hours after Amazon delivered it; nights, weekends and DST do not
//   pause it (epoch arithmetic, never wall-clock arithmetic).
// - The EARLIEST unanswered buyer message sets the deadline.
// - A seller reply answers every buyer message before it; an auto-reply answers nothing.
// - "No response needed" closes the buyer messages before it; a later buyer message restarts the clock.
import { addDays, localDate, startOfLocalDay } from './zoned-time';
import { LANGUAGES, type UiLanguage } from './compliance/languages';
import { text } from './texts';

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
export const AMAZON_SLA_MS = 24 * HOUR;
export const DEFAULT_INTERNAL_SLA_HOURS = 20;

export interface TimelineEntry {
  from: 'buyer' | 'seller';
  at: number;
  autoReply?: boolean;
  /** the time was not read from the page (first seen / list without a date) */
  estimated?: boolean;
}

export interface ThreadTimeline {
  messages: readonly TimelineEntry[];
  /** times the seller marked the thread "No response needed" */
  nrnAt?: readonly number[];
}

export type SlaState = 'answered' | 'on-track' | 'at-risk' | 'overdue';

export interface SlaStatus {
  state: SlaState;
  /** the earliest unanswered buyer message */
  receivedAt?: number;
  dueAt?: number;
  internalDueAt?: number;
  msLeft?: number;
  estimated: boolean;
  hints: SlaHint[];
}

export type SlaHint = 'auto-reply-does-not-count' | 'estimated-time';

export interface SlaOptions {
  internalSlaHours?: number;
}

/**
 * Throws (RangeError) for a target outside 1..23.99 h rather than clamping: a silent clamp would hide a
 * bad setting. The settings schema keeps stored values inside this range.
 */
export function validateInternalSla(hours: number): number {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 1 || hours > 23.99) {
    throw new RangeError(`internal reply target must be between 1 and 23.99 hours, below Amazon's 24 (got ${hours})`);
  }
  return hours;
}

type TimelineEvent = { kind: 'buyer' | 'seller' | 'nrn'; at: number; message?: TimelineEntry };

/** Messages and NRN marks in time order; at the same instant the buyer comes first, so a reply or NRN
 * stamped the same minute (list times have no seconds) answers it. Entries without a real time are dropped. */
function timelineEvents(timeline: ThreadTimeline): TimelineEvent[] {
  const rank = (kind: TimelineEvent['kind']) => (kind === 'buyer' ? 0 : 1);
  return [
    ...timeline.messages.map((m): TimelineEvent => ({ kind: m.from, at: m.at, message: m })),
    ...(timeline.nrnAt ?? []).map((at): TimelineEvent => ({ kind: 'nrn', at })),
  ]
    .filter((e) => Number.isFinite(e.at))
    .sort((a, b) => a.at - b.at || rank(a.kind) - rank(b.kind));
}

/** Buyer messages still waiting for an answer, oldest first. */
export function unansweredBuyerMessages(timeline: ThreadTimeline): TimelineEntry[] {
  let open: TimelineEntry[] = [];
  for (const event of timelineEvents(timeline)) {
    if (event.kind === 'buyer') open.push(event.message!);
    else if (event.kind === 'nrn' || !event.message?.autoReply) open = [];
  }
  return open;
}

/** Each buyer message of a thread with its answer time or NRN mark: the input of `crtEstimate`. */
export function buyerMessageOutcomes(timeline: ThreadTimeline): CrtMessage[] {
  const outcomes: CrtMessage[] = [];
  let open: CrtMessage[] = [];
  for (const event of timelineEvents(timeline)) {
    if (event.kind === 'buyer') {
      const outcome: CrtMessage = { receivedAt: event.at };
      outcomes.push(outcome);
      open.push(outcome);
    } else if (event.kind === 'nrn') {
      for (const o of open) o.noResponseNeeded = true;
      open = [];
    } else if (!event.message?.autoReply) {
      for (const o of open) o.answeredAt = event.at;
      open = [];
    }
  }
  return outcomes;
}

export function slaStatus(timeline: ThreadTimeline, now: number, options: SlaOptions = {}): SlaStatus {
  const internalSlaHours = validateInternalSla(options.internalSlaHours ?? DEFAULT_INTERNAL_SLA_HOURS);
  const hints: SlaHint[] = [];
  const open = unansweredBuyerMessages(timeline);
  const earliest = open[0];
  if (!earliest) return { state: 'answered', estimated: false, hints };
  // an auto-reply sent while the buyer waits looks like an answer in the inbox, but it is not one
  if (timeline.messages.some((m) => m.from === 'seller' && m.autoReply && m.at >= earliest.at)) hints.push('auto-reply-does-not-count');
  const dueAt = earliest.at + AMAZON_SLA_MS;
  const internalDueAt = earliest.at + internalSlaHours * HOUR;
  const estimated = earliest.estimated === true;
  if (estimated) hints.push('estimated-time');
  const state: SlaState = now > dueAt ? 'overdue' : now > internalDueAt ? 'at-risk' : 'on-track';
  return { state, receivedAt: earliest.at, dueAt, internalDueAt, msLeft: dueAt - now, estimated, hints };
}

// ---- Contact Response Time estimate ----

export interface CrtMessage {
  receivedAt: number;
  answeredAt?: number;
  noResponseNeeded?: boolean;
}

export type CrtZone = 'safe' | 'yellow' | 'red';

export interface CrtWindow {
  window: 7 | 30 | 90;
  /** percent answered within 24 h, one decimal; null without data */
  value: number | null;
  zone: CrtZone | null;
  counted: number;
  late: number;
}

export function crtZone(value: number): CrtZone {
  return value >= 90 ? 'safe' : value >= 80 ? 'yellow' : 'red';
}

/** undefined: not decided yet (still open and younger than 24 h) or excluded (NRN). */
function onTime(message: CrtMessage, now: number): boolean | undefined {
  if (message.noResponseNeeded) return undefined;
  if (message.answeredAt !== undefined && message.answeredAt <= now) return message.answeredAt - message.receivedAt <= AMAZON_SLA_MS;
  // still open: undecided while younger than 24 h, late after
  return now - message.receivedAt <= AMAZON_SLA_MS ? undefined : false;
}

/**
 * A percentage over a handful of messages says little, and a fresh install has seen only the threads
 * still open (the overdue ones count as late): 0.0 %, red, on day one. Below this many ANSWERED buyer
 * messages in a window, its value is "not enough data yet" (null).
 */
export const CRT_MIN_ANSWERED = 5;

export function crtEstimate(history: readonly CrtMessage[], now: number, { minAnswered = CRT_MIN_ANSWERED } = {}): CrtWindow[] {
  return ([7, 30, 90] as const).map((window) => {
    let counted = 0;
    let late = 0;
    let answered = 0;
    for (const message of history) {
      if (!Number.isFinite(message.receivedAt) || message.receivedAt > now || now - message.receivedAt > window * DAY) continue;
      const verdict = onTime(message, now);
      if (verdict === undefined) continue;
      counted += 1;
      if (!verdict) late += 1;
      if (message.answeredAt !== undefined && message.answeredAt <= now) answered += 1;
    }
    const value = counted && answered >= minAnswered ? Math.round(((counted - late) / counted) * 1000) / 10 : null;
    return { window, value, zone: value === null ? null : crtZone(value), counted, late };
  });
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Calendar day (YYYY-MM-DD) of an instant in a time zone. Formatters are cached: building one costs ~0.1 ms. */
export function localDay(epochMs: number, timeZone: string): string {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f.format(epochMs);
}

export interface DailyCrt {
  /** local calendar day, YYYY-MM-DD */
  day: string;
  counted: number;
  onTime: number;
}

/** Per local day (oldest first, today last): decided messages received that day and how many were on time.
 * Days are stepped on the local calendar, so a 23 h or 25 h DST day is neither skipped nor doubled. */
export function dailySeries(history: readonly CrtMessage[], now: number, days = 14, timeZone = 'UTC'): DailyCrt[] {
  const count = Math.min(366, Math.max(1, Math.floor(days) || 1));
  const today = localDate(now, timeZone);
  const series = new Map<string, DailyCrt>();
  for (let i = count - 1; i >= 0; i -= 1) {
    const day = localDay(startOfLocalDay(addDays(today, -i), timeZone), timeZone);
    series.set(day, { day, counted: 0, onTime: 0 });
  }
  for (const message of history) {
    if (!Number.isFinite(message.receivedAt)) continue;
    const bucket = series.get(localDay(message.receivedAt, timeZone));
    const verdict = onTime(message, now);
    if (!bucket || verdict === undefined) continue;
    bucket.counted += 1;
    if (verdict) bucket.onTime += 1;
  }
  return [...series.values()];
}

// ---- countdown text ----

/** every language the product speaks (rules/compliance/languages.ts): a new one fails to compile until its words are here */
export type CountdownLanguage = UiLanguage;

/** The countdown's words (rules/texts.ts), read once per language: a shared ticker formats every badge each second. */
const UNITS = new Map<CountdownLanguage, { h: string; min: string; left: (d: string) => string; over: (d: string) => string }>();
function unitsOf(lang: CountdownLanguage) {
  let units = UNITS.get(lang);
  if (!units) {
    units = { h: text(lang, 'countdownHours'), min: text(lang, 'countdownMinutes'), left: (d) => text(lang, 'countdownLeft', d), over: (d) => text(lang, 'countdownOverdue', d) };
    UNITS.set(lang, units);
  }
  return units;
}

function duration(ms: number, lang: CountdownLanguage): string {
  const u = unitsOf(lang);
  const sep = lang === 'ja' ? '' : ' ';
  const totalMinutes = Math.max(1, Math.floor(Math.abs(ms) / 60_000));
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  if (h === 0) return `${m}${sep}${u.min}`;
  if (m === 0 || h >= 10) return `${h}${sep}${u.h}`;
  return `${h}${sep}${u.h}${sep}${m}${sep}${u.min}`;
}

/** "5 h 12 min left", "Overdue by 2 h", "残り5時間12分" ... */
export function formatCountdown(msLeft: number, lang: CountdownLanguage = 'en'): string {
  if (!Number.isFinite(msLeft)) return '';
  const known: CountdownLanguage = (LANGUAGES as readonly string[]).includes(lang) ? lang : 'en';
  const u = unitsOf(known);
  return msLeft >= 0 ? u.left(duration(msLeft, known)) : u.over(duration(msLeft, known));
}
