// May this order get a Request a Review now? (policy.md §4, market.md §A5)
// The window runs from 5 days after the EARLIEST delivery date through 30 days after the LATEST
// delivery date (Amazon's API definition), both ends inclusive, on the marketplace's local calendar.
// One request per order, one channel: a recorded request of any channel blocks the button.
import { addDays, calendarDaysBetween, localDate, startOfLocalDay } from './zoned-time';
import { LANGUAGES as UI_LANGUAGES, type UiLanguage } from './compliance/languages';
import { text, type TextKey } from './texts';

export const WINDOW_OPENS_DAY = 5;
export const WINDOW_CLOSES_DAY = 30;
export const SWEET_SPOT = { from: 7, to: 14 } as const;

export type ReviewReason =
  | 'eligible'
  | 'too-early'
  | 'too-late'
  | 'already-requested'
  | 'review-sent-by-message'
  | 'unknown-delivery';

export interface ReviewRequestFact {
  channel: 'button' | 'message' | 'api';
  at: number;
  source?: string;
}

export type AmazonEligibility = 'eligible' | 'already-sent' | 'outside-window' | 'not-shipped';

export interface ReviewWindowInput {
  earliestDelivery?: number;
  latestDelivery?: number;
  timeZone: string;
  now: number;
  requests?: readonly ReviewRequestFact[];
  /** Seller Central's own answer (eligibility GET or the review page), when known */
  amazonSays?: AmazonEligibility;
}

export interface ReviewVerdict {
  reason: ReviewReason;
  blocked: boolean;
  /** first instant of day 5 after the earliest delivery */
  opensAt?: number;
  /** last instant of day 30 after the latest delivery */
  closesAt?: number;
  /** local calendar days since the earliest delivery */
  dayNumber?: number;
  sweetSpot: boolean;
  requestedAt?: number;
  /** Amazon's answer and our date math disagree: we follow Amazon (it decides) */
  amazonOverrides?: boolean;
  /** the calendar the day numbers were counted on (lets `reviewPill` count days without being told) */
  timeZone?: string;
}

export function reviewWindow(earliestDelivery: number, latestDelivery: number, timeZone: string) {
  const opensAt = startOfLocalDay(addDays(localDate(earliestDelivery, timeZone), WINDOW_OPENS_DAY), timeZone);
  const closesAt = startOfLocalDay(addDays(localDate(latestDelivery, timeZone), WINDOW_CLOSES_DAY + 1), timeZone) - 1;
  return { opensAt, closesAt };
}

/**
 * Precedence: a recorded button/API request (or Amazon saying "already sent") -> already-requested;
 * a review asked for by message -> review-sent-by-message; then the window. Unknown delivery dates are
 * not blocked (Amazon decides) unless Amazon itself said no.
 * Amazon beats our date math where they disagree (`amazonOverrides: true`):
 * - "eligible" while our dates say too early/late -> eligible;
 * - "outside-window" while our dates say open -> too-early in the first half of our window, too-late
 *   in the second (the nearer edge is the likelier mistake in the delivery dates);
 * - "not-shipped" -> too-early (no delivery yet), whatever the dates say.
 */
export function reviewEligibility(input: ReviewWindowInput): ReviewVerdict {
  const { now, timeZone, amazonSays } = input;
  const requests = [...(input.requests ?? [])].filter((r) => Number.isFinite(r.at)).sort((a, b) => a.at - b.at);
  const direct = requests.find((r) => r.channel !== 'message');
  const byMessage = requests.find((r) => r.channel === 'message');

  const dates = [input.earliestDelivery, input.latestDelivery].filter((d): d is number => typeof d === 'number' && Number.isFinite(d));
  // one known date serves as both ends; swapped ends are put in order
  const earliest = dates.length ? Math.min(...dates) : undefined;
  const latest = dates.length ? Math.max(...dates) : undefined;
  const window = earliest !== undefined ? reviewWindow(earliest, latest!, timeZone) : undefined;
  const dayNumber = earliest !== undefined ? calendarDaysBetween(earliest, now, timeZone) : undefined;
  const inSweetSpot = dayNumber !== undefined && dayNumber >= SWEET_SPOT.from && dayNumber <= SWEET_SPOT.to;
  const base = { opensAt: window?.opensAt, closesAt: window?.closesAt, dayNumber, timeZone };

  if (direct || amazonSays === 'already-sent') {
    return { ...base, reason: 'already-requested', blocked: true, sweetSpot: false, requestedAt: direct?.at };
  }
  if (byMessage) return { ...base, reason: 'review-sent-by-message', blocked: true, sweetSpot: false, requestedAt: byMessage.at };

  const byDates: ReviewReason | undefined = window && (now < window.opensAt ? 'too-early' : now > window.closesAt ? 'too-late' : 'eligible');
  let reason: ReviewReason = byDates ?? 'unknown-delivery';
  if (amazonSays === 'not-shipped') reason = 'too-early';
  else if (amazonSays === 'outside-window' && !window) reason = 'too-late';
  else if (amazonSays === 'outside-window' && byDates === 'eligible') reason = now < (window!.opensAt + window!.closesAt) / 2 ? 'too-early' : 'too-late';
  else if (amazonSays === 'eligible' && window) reason = 'eligible';
  // unknown dates with Amazon saying "eligible" stay unknown-delivery: not blocked, and we cannot tell days
  const amazonOverrides = reason !== (byDates ?? 'unknown-delivery');
  const blocked = reason !== 'eligible' && reason !== 'unknown-delivery';
  return { ...base, reason, blocked, sweetSpot: reason === 'eligible' && inSweetSpot, amazonOverrides };
}

// ---- short texts for pills and reasons ----

/** every language the product speaks (rules/compliance/languages.ts): a new one fails to compile until its words are here */
export type ReviewLanguage = UiLanguage;

/** "3 Dec" in the seller's language, on the marketplace's calendar. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
export function formatDay(epochMs: number, timeZone: string, lang: ReviewLanguage = 'en'): string {
  // day-first English ("3 Dec") reads unambiguously on every marketplace
  const locale = lang === 'en' ? 'en-GB' : lang;
  const key = `${locale}|${timeZone}`;
  let f = dayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone });
    dayFormatters.set(key, f);
  }
  return f.format(epochMs);
}

/** The pill's words (rules/texts.ts, keys pill*); "one" and "many" forms where a language inflects the day count. */
function pillText(lang: ReviewLanguage) {
  const days = (one: TextKey, many: TextKey) => (n: number) => text(lang, n === 1 ? one : many, n);
  return {
    opensIn: days('pillOpensInOne', 'pillOpensInMany'),
    sweet: text(lang, 'pillSweetSpot'),
    open: text(lang, 'pillOpen'),
    closesIn: days('pillClosesInOne', 'pillClosesInMany'),
    requested: text(lang, 'pillRequested'),
    closed: text(lang, 'pillClosed'),
    unknown: text(lang, 'pillUnknown'),
    notYet: text(lang, 'pillNotYet'),
  };
}

const LANGUAGES: readonly ReviewLanguage[] = UI_LANGUAGES;
const isLanguage = (value: string | undefined): value is ReviewLanguage => LANGUAGES.includes(value as ReviewLanguage);

/**
 * The orders-list pill. `reviewPill(verdict, now, lang)` counts days on the verdict's own calendar;
 * the older `reviewPill(verdict, now, timeZone, lang)` form still works.
 */
export function reviewPill(verdict: ReviewVerdict, now: number, lang?: ReviewLanguage): string;
export function reviewPill(verdict: ReviewVerdict, now: number, timeZone: string, lang?: ReviewLanguage): string;
export function reviewPill(verdict: ReviewVerdict, now: number, zoneOrLang?: string, maybeLang?: ReviewLanguage): string {
  const lang = maybeLang ?? (isLanguage(zoneOrLang) ? zoneOrLang : 'en');
  const timeZone = zoneOrLang && !isLanguage(zoneOrLang) ? zoneOrLang : (verdict.timeZone ?? 'UTC');
  const p = pillText(isLanguage(lang) ? lang : 'en');
  switch (verdict.reason) {
    case 'already-requested':
    case 'review-sent-by-message':
      return p.requested;
    case 'too-late':
      return p.closed;
    case 'unknown-delivery':
      return p.unknown;
    case 'too-early':
      // Amazon said "not yet" against our dates: we do not know when it opens
      return verdict.opensAt !== undefined && now < verdict.opensAt ? p.opensIn(Math.max(1, calendarDaysBetween(now, verdict.opensAt, timeZone))) : p.notYet;
    case 'eligible': {
      if (verdict.sweetSpot) return p.sweet;
      const left = verdict.closesAt !== undefined ? calendarDaysBetween(now, verdict.closesAt, timeZone) : undefined;
      return left !== undefined && left <= 5 ? p.closesIn(Math.max(0, left)) : p.open;
    }
  }
}
