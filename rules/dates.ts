// Reads the date and time texts Seller Central shows, in every supported UI language, into epoch ms.
// Never throws and never guesses silently: text it cannot read gives null (or, from `readDateTime`,
// a reason). A zone written in the text ("PST", "JST", "GMT+1") wins; otherwise the marketplace's
// IANA zone is used. A date without a time is local midnight (the end of that day for range ends).
import { addDays, localDate, zonedTimeToEpoch, type LocalDate } from './zoned-time';

export interface ParseOptions {
  timeZone: string;
  now: number;
  /** UI language; decides 3/4/2026 (en-US: March 4) versus 3/4/2026 (elsewhere: 3 April) */
  lang?: string;
}

export interface ParsedDateTime {
  at: number;
  /** the text had a calendar date (not only a time or "yesterday") */
  hasDate: boolean;
  hasTime: boolean;
}

/** Why a text gave no date: shown as "unavailable" vs "could not read" by callers. */
export type UnreadableReason = 'empty' | 'unavailable' | 'unreadable';

export type DateReading = { ok: true; value: ParsedDateTime } | { ok: false; reason: UnreadableReason };

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['jan', 'january', 'januar', 'jän', 'jänner', 'janv', 'janvier', 'ene', 'enero', 'gen', 'gennaio', 'janeiro'],
  ['feb', 'february', 'februar', 'févr', 'fevr', 'février', 'fevrier', 'febrero', 'febbraio', 'fev', 'fevereiro'],
  ['mar', 'march', 'mär', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'mag', 'maggio', 'maio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giu', 'giugno', 'junho'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio', 'julho'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'sett', 'settembre', 'setembro'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre', 'out', 'outubro'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'décembre', 'decembre', 'dic', 'diciembre', 'dicembre', 'dezembro'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

// Fixed offsets (minutes) of the abbreviations Seller Central prints. Ambiguous ones are read the way
// Amazon's marketplaces use them (IST = India, CST = US Central, AST = Arabia, GST = Gulf).
const ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, WET: 0, BST: 60, IST: 330, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, WEST: 60, EET: 120, EEST: 180,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  JST: 540, KST: 540, AEST: 600, AEDT: 660, SGT: 480, GST: 240, AST: 180, BRT: -180, TRT: 180, SAST: 120,
};

const UNAVAILABLE =
  /currently unavailable|not available|derzeit nicht verfügbar|nicht verfügbar|actuellement indisponible|non disponible|no disponible|non disponibile|現在利用できません|利用できません/i;
const YESTERDAY = /(yesterday|gestern|\bhier\b|\bayer\b|\bieri\b|\bontem\b|昨日)/i;
const TODAY = /(today|heute|aujourd['’]hui|\bhoy\b|\boggi\b|\bhoje\b|今日)/i;
const MAX_LENGTH = 200;

export function isUnavailableText(text: string): boolean {
  return typeof text === 'string' && UNAVAILABLE.test(text);
}

/** What one text says, before it is placed on a calendar. */
interface Stamp {
  date?: LocalDate;
  /** the year was not written ("Nov 26", "11月26日") */
  yearless?: boolean;
  relativeDays?: number;
  hour?: number;
  minute?: number;
  second?: number;
  offsetMinutes?: number;
}

function readIso(text: string): number | undefined {
  const iso = /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})\s*$/i.exec(text);
  if (!iso) return undefined;
  const at = Date.parse(iso[0].trim());
  return Number.isFinite(at) ? at : undefined;
}

// ---- relative times ("21 hours ago", "vor 2 Stunden", "21 時間前"): lists show them for recent items
const MINUTE_MS = 60_000;
const UNIT_MS: Record<string, number> = { s: 1000, min: MINUTE_MS, h: 60 * MINUTE_MS, d: 24 * 60 * MINUTE_MS, w: 7 * 24 * 60 * MINUTE_MS };
/** unit words of each language -> unit; the longest forms first so "minutes" is not read as "min" */
const UNIT_WORDS: [RegExp, string][] = [
  [/^(?:seconds?|secs?|sekunden?|secondes?|segundos?|second[oi]|秒)$/i, 's'],
  [/^(?:minutes?|mins?|minuten?|minutos?|minut[oi]|分)$/i, 'min'],
  [/^(?:hours?|hrs?|stunden?|heures?|horas?|or[ae]|時間)$/i, 'h'],
  [/^(?:days?|tagen?|tage|jours?|d[ií]as?|giorn[oi]|dias?|日)$/i, 'd'],
  [/^(?:weeks?|wochen?|semaines?|semanas?|settiman[ae]|週間)$/i, 'w'],
];
const ONE = /^(?:a|an|one|einer|einem|eine|ein|un|une|una|uno|um|uma)$/i;
const UNIT = '(\\p{L}+|秒|分|時間|日|週間)';
const COUNT = '(\\d{1,3}|a|an|one|einer|einem|eine|ein|un|une|una|uno|um|uma)';
const RELATIVE_PATTERNS = [
  new RegExp(`^${COUNT}\\s+${UNIT}\\s+(?:ago|fa|atr[aá]s)$`, 'iu'), // en, it, pt "3 horas atrás"
  new RegExp(`^(?:vor|il y a|hace|h[aá])\\s+${COUNT}\\s+${UNIT}$`, 'iu'), // de, fr, es, pt
  new RegExp(`^(\\d{1,3})\\s*(秒|分|時間|日|週間)前$`, 'u'), // ja
];
const JUST_NOW = /^(?:just now|now|gerade eben|jetzt|à l'instant|ahora mismo|ahora|adesso|proprio ora|agora|agora mesmo|たった今|今)$/i;

/**
 * "21 hours ago" in any supported language: when, and whether that is exact to the minute. A text
 * in hours or days stands for a span of a whole unit, so it is read at its EARLIEST possible instant
 * (a deadline from it is never later than the real one) and is not exact.
 */
export function readRelative(text: string, now: number): ParsedDateTime | null {
  if (typeof text !== 'string' || text.length > 60) return null;
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/[.。]$/, '');
  if (JUST_NOW.test(t)) return { at: now, hasDate: false, hasTime: true };
  for (const pattern of RELATIVE_PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const count = ONE.test(m[1]!) ? 1 : Number(m[1]);
    const unit = UNIT_WORDS.find(([words]) => words.test(m[2]!))?.[1];
    if (!unit || !Number.isFinite(count)) return null;
    const exact = unit === 's' || unit === 'min';
    return { at: now - (exact ? count : count + 1) * UNIT_MS[unit]!, hasDate: false, hasTime: exact };
  }
  return null;
}

function readTime(text: string, s: Stamp): string {
  const jaPrefix = /(午前|午後)\s*(\d{1,2})[:：](\d{2})/.exec(text);
  const clock = /(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?:\s*(am|pm|a\.\s?m\.|p\.\s?m\.|午前|午後))?/i.exec(text);
  const uhr = /\b(\d{1,2})\.(\d{2})\s*uhr/i.exec(text);
  const frenchH = /\b(\d{1,2})\s?h\s?(\d{2})\b/i.exec(text);
  const jaKanji = /(午前|午後)?\s*(\d{1,2})\s*時\s*(\d{1,2})\s*分/.exec(text);
  const m = jaPrefix
    ? ([jaPrefix[0], jaPrefix[2], jaPrefix[3], undefined, jaPrefix[1]] as const)
    : jaKanji
      ? ([jaKanji[0], jaKanji[2], jaKanji[3], undefined, jaKanji[1]] as const)
      : (clock ?? uhr ?? frenchH);
  if (!m) return text;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const meridiem = m[4]?.toLowerCase().replace(/[.\s]/g, '');
  if (meridiem && (hour < 1 || hour > 12)) return text;
  if (meridiem === 'pm' || meridiem === '午後') hour = (hour % 12) + 12;
  if (meridiem === 'am' || meridiem === '午前') hour %= 12;
  const second = m[3] ? Number(m[3]) : 0;
  if (hour > 23 || minute > 59 || second > 59) return text;
  Object.assign(s, { hour, minute, second });
  return text.replace(m[0], ' ');
}

function readZone(text: string, s: Stamp): string {
  const gmt = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b/i.exec(text);
  if (gmt) {
    s.offsetMinutes = (gmt[1] === '-' ? -1 : 1) * (Number(gmt[2]) * 60 + Number(gmt[3] ?? 0));
    return text.replace(gmt[0], ' ');
  }
  for (const abbr of text.matchAll(/\b([A-Z]{3,4})\b/g)) {
    if (!Object.hasOwn(ZONES, abbr[1]!)) continue;
    s.offsetMinutes = ZONES[abbr[1]!];
    return text.replace(abbr[0], ' ');
  }
  return text;
}

function validDate(year: number, month: number, day: number): LocalDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? { year, month, day } : undefined;
}

function yearless(s: Stamp, month: number, day: number): boolean {
  if (!validDate(2024, month, day)) return false; // 2024: a leap year, so 29 Feb is a real day
  s.date = { year: 0, month, day };
  s.yearless = true;
  return true;
}

function readDate(text: string, s: Stamp, lang: string): boolean {
  let m: RegExpExecArray | null;
  if ((m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text))) return !!(s.date = validDate(+m[1]!, +m[2]!, +m[3]!));
  if ((m = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text))) return yearless(s, +m[1]!, +m[2]!);
  if ((m = /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])/.exec(text))) return !!(s.date = validDate(+m[1]!, +m[2]!, +m[3]!));
  if ((m = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.])/.exec(text))) {
    const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const a = Number(m[1]);
    const b = Number(m[3]);
    // dots are day-first everywhere; slashes are month-first only in US English
    const monthFirst = m[2] === '/' && /^en(?:[-_]us)?$/i.test(lang);
    const preferred = monthFirst ? validDate(year, a, b) : validDate(year, b, a);
    // the other order only when it is the sole reading (a part above 12): 11/30/2019 in a UK UI
    const unambiguous = Math.max(a, b) > 12 ? (validDate(year, a, b) ?? validDate(year, b, a)) : undefined;
    return !!(s.date = preferred ?? unambiguous);
  }
  const words = text.toLowerCase().normalize('NFC');
  const monthWord = /([a-zäéû]{3,10})\.?/g;
  for (let w = monthWord.exec(words); w; w = monthWord.exec(words)) {
    const month = MONTHS[w[1]!];
    if (!month) continue;
    const before = words.slice(0, w.index);
    const after = words.slice(w.index + w[0].length);
    const dayBefore = /(?<!\d)(\d{1,2})(?:\.|er|º)?\s*(?:de\s*)?$/.exec(before);
    const dayAfter = /^\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[:.]\d)/.exec(after);
    const yearAfter = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?(?:de\s+)?(\d{4})\b/.exec(after);
    const day = dayBefore ? Number(dayBefore[1]) : dayAfter ? Number(dayAfter[1]) : undefined;
    if (day === undefined) continue;
    if (yearAfter) return !!(s.date = validDate(Number(yearAfter[1]), month, day));
    return yearless(s, month, day);
  }
  return false;
}

/** The pieces of one text, or why there are none. */
function readStamp(text: string, lang: string): Stamp | UnreadableReason {
  if (typeof text !== 'string' || !text.trim()) return 'empty';
  if (isUnavailableText(text)) return 'unavailable';
  if (text.length > MAX_LENGTH) return 'unreadable';
  const s: Stamp = {};
  let rest = readZone(text, s);
  rest = readTime(rest, s);
  if (readDate(rest, s, lang)) return s;
  if (YESTERDAY.test(rest)) s.relativeDays = -1;
  else if (TODAY.test(rest)) s.relativeDays = 0;
  // a bare list time ("2:14 PM", "14:14 Uhr") means today: nothing else readable may be left over
  else if (s.hour !== undefined && !/\d/.test(rest) && !/[a-z]{3,}/i.test(rest.replace(/\buhr\b/gi, ''))) s.relativeDays = 0;
  else return 'unreadable';
  return s;
}

function stampToEpoch(date: LocalDate, s: Stamp, timeZone: string, endOfDay = false): number {
  const [h, mi, sec, ms] = endOfDay && s.hour === undefined ? [23, 59, 59, 999] : [s.hour ?? 0, s.minute ?? 0, s.second ?? 0, 0];
  if (s.offsetMinutes !== undefined) return Date.UTC(date.year, date.month - 1, date.day, h, mi, sec, ms) - s.offsetMinutes * 60_000;
  if (endOfDay && s.hour === undefined) return zonedTimeToEpoch(addDays(date, 1), timeZone) - 1; // 23 h / 25 h days
  return zonedTimeToEpoch(date, timeZone, h, mi, sec, ms);
}

/**
 * Puts a stamp on the calendar. A day without a year is the latest one not in the future ('past': inbox
 * and order dates) or the one nearest to now ('nearest': delivery promises may lie ahead).
 */
function placeStamp(s: Stamp, options: ParseOptions, yearMode: 'past' | 'nearest'): LocalDate {
  const today = localDate(options.now, options.timeZone);
  if (s.relativeDays !== undefined) return addDays(today, s.relativeDays);
  if (!s.yearless) return s.date!;
  const candidates = [today.year - 1, today.year, today.year + 1]
    .map((year) => ({ year, month: s.date!.month, day: s.date!.day }))
    .filter((d) => validDate(d.year, d.month, d.day));
  const distance = (d: LocalDate) => stampToEpoch(d, s, options.timeZone) - options.now;
  if (yearMode === 'nearest') return candidates.sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)))[0]!;
  // 36 h of slack: a day "ahead" of now in our zone may already be today in the text's zone
  return candidates.filter((d) => distance(d) <= 36 * 3_600_000).pop() ?? candidates[0]!;
}

/** One date and/or time, or the reason there is none ("unavailable" for "Currently unavailable"). */
export function readDateTime(text: string, options: ParseOptions): DateReading {
  const iso = typeof text === 'string' ? readIso(text) : undefined;
  if (iso !== undefined) return { ok: true, value: { at: iso, hasDate: true, hasTime: true } };
  const relative = readRelative(text, options.now);
  if (relative) return { ok: true, value: relative };
  const stamp = readStamp(text, options.lang ?? 'en');
  if (typeof stamp === 'string') return { ok: false, reason: stamp };
  const date = placeStamp(stamp, options, 'past');
  let at = stampToEpoch(date, stamp, options.timeZone);
  // a list time "today" that lies ahead of now belongs to yesterday (clock skew, zones)
  if (stamp.relativeDays === 0 && stamp.hour !== undefined && at > options.now + 5 * 60_000) {
    at = stampToEpoch(addDays(date, -1), stamp, options.timeZone);
  }
  return { ok: true, value: { at, hasDate: stamp.relativeDays === undefined, hasTime: stamp.hour !== undefined } };
}

/** "Wed, Dec 4, 2019, 8:27 AM PST", "25.09.2026", "2:14 PM", "Gestern", "2021年4月27日(火) 11:45 JST"; null if unreadable. */
export function parseDateTime(text: string, options: ParseOptions): ParsedDateTime | null {
  const reading = readDateTime(text, options);
  return reading.ok ? reading.value : null;
}

// "18", "Tue 18", "18.", "21, 2026": a range side that only names a day borrows month (and year) from the other
const BARE_DAY = /^\s*(?:[^\d\s,]+,?\s+)?(\d{1,2})\.?(?:,?\s*(\d{4}))?\s*$/;
const RANGE_SEPARATOR = /\s+[-‐–—~〜～]\s+|\s*[–—~〜～]\s*|\s+(?:to|bis|au|al|a)\s+/i;

/**
 * A delivery window: "Tue, Nov 18, 2026 - Fri, Nov 21, 2026", "25.09.2026 – 28.09.2026", "Nov 18 - 21, 2026",
 * "18 - 21 nov. 2026", or a single day (start = its midnight, end = its last millisecond). A side without a
 * time spans its whole day. Null when a side cannot be read or the end lies before the start.
 */
export function parseDateRange(text: string, options: ParseOptions): { start: number; end: number } | null {
  const reading = readDateRange(text, options);
  return reading.ok ? reading.value : null;
}

export function readDateRange(
  text: string,
  options: ParseOptions,
): { ok: true; value: { start: number; end: number } } | { ok: false; reason: UnreadableReason } {
  const lang = options.lang ?? 'en';
  if (typeof text !== 'string' || !text.trim()) return { ok: false, reason: 'empty' };
  if (isUnavailableText(text)) return { ok: false, reason: 'unavailable' };
  const parts = text.split(RANGE_SEPARATOR);
  if (parts.length > 2) return { ok: false, reason: 'unreadable' };
  const firstText = parts[0]!;
  const lastText = parts[parts.length - 1]!;
  let first = readStamp(firstText, lang);
  let last = readStamp(lastText, lang);
  const firstBare = BARE_DAY.exec(firstText);
  const lastBare = BARE_DAY.exec(lastText);
  if (typeof first === 'string' && firstBare && typeof last !== 'string' && last.date) {
    first = { ...last, date: { ...last.date, day: Number(firstBare[1]) }, hour: undefined, minute: undefined, second: undefined };
  } else if (typeof last === 'string' && lastBare && typeof first !== 'string' && first.date) {
    const year = lastBare[2] ? Number(lastBare[2]) : first.date.year;
    last = { ...first, date: { ...first.date, year, day: Number(lastBare[1]) }, yearless: first.yearless && !lastBare[2], hour: undefined, minute: undefined, second: undefined };
    if (lastBare[2] && first.yearless) first = { ...first, date: { ...first.date, year }, yearless: false };
  }
  if (typeof first === 'string') return { ok: false, reason: first };
  if (typeof last === 'string') return { ok: false, reason: last };
  if (!first.date || !last.date) return { ok: false, reason: 'unreadable' }; // "today - tomorrow" is not a window
  if (!validDate(first.date.year || 2024, first.date.month, first.date.day)) return { ok: false, reason: 'unreadable' };
  if (!validDate(last.date.year || 2024, last.date.month, last.date.day)) return { ok: false, reason: 'unreadable' };

  const endDate = placeStamp(last, options, 'nearest');
  let startDate: LocalDate;
  if (first.yearless) {
    // the start takes the end's year, or the year before when the window crosses New Year ("Dec 29 - Jan 3, 2027")
    const sameYear = { ...first.date, year: endDate.year };
    startDate = first.date.month > endDate.month ? { ...sameYear, year: endDate.year - 1 } : sameYear;
  } else startDate = first.date;
  if (!validDate(startDate.year, startDate.month, startDate.day)) return { ok: false, reason: 'unreadable' };
  const start = stampToEpoch(startDate, first, options.timeZone);
  const end = stampToEpoch(endDate, last, options.timeZone, true);
  if (end < start) return { ok: false, reason: 'unreadable' };
  return { ok: true, value: { start, end } };
}
