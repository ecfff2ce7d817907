// Reads the date and time texts Seller Central shows, in every supported UI language, into epoch ms.
// Never throws and never guesses silently: text it cannot read gives null. Zones written in the text
// ("PST", "JST", "GMT+1") win; otherwise the marketplace's IANA zone is used.
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

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['jan', 'january', 'januar', 'jän', 'jänner', 'janv', 'janvier', 'ene', 'enero', 'gen', 'gennaio'],
  ['feb', 'february', 'februar', 'févr', 'fevr', 'février', 'febrero', 'febbraio'],
  ['mar', 'march', 'mär', 'märz', 'mars', 'marzo'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'mag', 'maggio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giu', 'giugno'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'sept', 'septiembre', 'set', 'sett', 'settembre'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'dec', 'décembre', 'decembre', 'dic', 'diciembre', 'dicembre'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 330, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  JST: 540, KST: 540, AEST: 600, AEDT: 660, SGT: 480, GST: 240, AST: 180, BRT: -180,
};

const UNAVAILABLE = /currently unavailable|derzeit nicht verfügbar|actuellement indisponible|no disponible actualmente|attualmente non disponibile|現在利用できません/i;
const YESTERDAY = /(yesterday|gestern|hier|ayer|ieri|昨日)/i;
const TODAY = /(today|heute|aujourd'hui|hoy|oggi|今日)/i;

export function isUnavailableText(text: string): boolean {
  return UNAVAILABLE.test(text);
}

interface Pieces {
  date?: LocalDate;
  /** the year was not written: the most recent such day not in the future */
  yearless?: boolean;
  relativeDays?: number;
  hour?: number;
  minute?: number;
  second?: number;
  offsetMinutes?: number;
}

function readTime(text: string, p: Pieces): string {
  const m = /(\d{1,2})[:：](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|午前|午後)?/i.exec(text) ?? /(\d{1,2})\.(\d{2})\s*uhr/i.exec(text);
  const prefix = /(午前|午後)\s*(\d{1,2})[:：](\d{2})/.exec(text);
  if (!m && !prefix) return text;
  let hour = Number(prefix ? prefix[2] : m![1]);
  const minute = Number(prefix ? prefix[3] : m![2]);
  const meridiem = (prefix ? prefix[1] : m![4])?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' || meridiem === '午後') hour = hour % 12 + 12;
  if (meridiem === 'am' || meridiem === '午前') hour = hour % 12;
  if (hour > 23 || minute > 59) return text;
  p.hour = hour;
  p.minute = minute;
  p.second = m?.[3] ? Number(m[3]) : 0;
  const matched = (prefix ?? m)![0];
  return text.replace(matched, ' ');
}

function readZone(text: string, p: Pieces): string {
  const gmt = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b/i.exec(text);
  if (gmt) {
    p.offsetMinutes = (gmt[1] === '-' ? -1 : 1) * (Number(gmt[2]) * 60 + Number(gmt[3] ?? 0));
    return text.replace(gmt[0], ' ');
  }
  for (const abbr of text.matchAll(/\b([A-Z]{2,5})\b/g)) {
    if (!Object.hasOwn(ZONES, abbr[1]!)) continue;
    p.offsetMinutes = ZONES[abbr[1]!];
    return text.replace(abbr[0], ' ');
  }
  return text;
}

function validDate(year: number, month: number, day: number): LocalDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? { year, month, day } : undefined;
}

function readDate(text: string, p: Pieces, lang: string): boolean {
  let m: RegExpExecArray | null;
  if ((m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text))) return !!(p.date = validDate(+m[1]!, +m[2]!, +m[3]!));
  if ((m = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text))) return yearless(p, +m[1]!, +m[2]!);
  if ((m = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text))) return !!(p.date = validDate(+m[1]!, +m[2]!, +m[3]!));
  if ((m = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})\b/.exec(text))) {
    const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const a = Number(m[1]);
    const b = Number(m[3]);
    // dots are day-first everywhere; slashes are month-first only in US English
    const monthFirst = m[2] === '/' && (lang === 'en' || lang === 'en-US') && a <= 12;
    return !!(p.date = monthFirst ? validDate(year, a, b) : validDate(year, b, a) ?? (a <= 12 ? validDate(year, a, b) : undefined));
  }
  const words = text.toLowerCase().normalize('NFC');
  const monthWord = /([a-zäéû]{3,10})\.?/g;
  for (let w = monthWord.exec(words); w; w = monthWord.exec(words)) {
    const month = MONTHS[w[1]!];
    if (!month) continue;
    const before = words.slice(0, w.index);
    const after = words.slice(w.index + w[0].length);
    const dayBefore = /(\d{1,2})(?:\.|er|º)?\s*(?:de\s*)?$/.exec(before);
    const dayAfter = /^\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[:.]\d)/.exec(after);
    const yearAfter = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?(?:de\s+)?(\d{4})\b/.exec(after);
    const day = dayBefore ? Number(dayBefore[1]) : dayAfter ? Number(dayAfter[1]) : undefined;
    if (day === undefined) continue;
    if (yearAfter) return !!(p.date = validDate(Number(yearAfter[1]), month, day));
    return yearless(p, month, day);
  }
  return false;
}

function yearless(p: Pieces, month: number, day: number): boolean {
  if (!validDate(2024, month, day)) return false;
  p.date = { year: 0, month, day };
  p.yearless = true;
  return true;
}

function toEpoch(date: LocalDate, p: Pieces, timeZone: string): number {
  const [h, mi, s] = [p.hour ?? 0, p.minute ?? 0, p.second ?? 0];
  if (p.offsetMinutes !== undefined) return Date.UTC(date.year, date.month - 1, date.day, h, mi, s) - p.offsetMinutes * 60_000;
  return zonedTimeToEpoch(date, timeZone, h, mi, s);
}

/** One date and/or time: "Wed, Dec 4, 2019, 8:27 AM PST", "25.09.2026", "2:14 PM", "Gestern", "2021年4月27日(火) 11:45 JST". */
export function parseDateTime(text: string, options: ParseOptions): ParsedDateTime | null {
  if (typeof text !== 'string' || text.length > 200 || isUnavailableText(text)) return null;
  const lang = options.lang ?? 'en';
  const p: Pieces = {};
  let rest = readZone(text, p);
  rest = readTime(rest, p);
  const hasTime = p.hour !== undefined;
  const hasDate = readDate(rest, p, lang);
  if (!hasDate) {
    if (YESTERDAY.test(rest)) p.relativeDays = -1;
    else if (TODAY.test(rest) || (hasTime && !/\d{3,}/.test(rest) && !/[a-z]{4,}/i.test(rest.replace(/uhr|am|pm/gi, '')))) p.relativeDays = 0;
    else return null;
  }
  const today = localDate(options.now, options.timeZone);
  let date: LocalDate;
  if (p.relativeDays !== undefined) date = addDays(today, p.relativeDays);
  else if (p.yearless) {
    date = { ...p.date!, year: today.year };
    if (toEpoch(date, p, options.timeZone) > options.now + 36 * 3_600_000) date = { ...date, year: today.year - 1 };
  } else date = p.date!;
  let at = toEpoch(date, p, options.timeZone);
  // a list time "today" that lies ahead of now belongs to yesterday (clock skew, zones)
  if (p.relativeDays === 0 && at > options.now + 5 * 60_000) at = toEpoch(addDays(today, -1), p, options.timeZone);
  return { at, hasDate, hasTime };
}

/** "Tue, Nov 18, 2026 - Fri, Nov 21, 2026", "25.09.2026 – 28.09.2026", or a single day (start = end). */
export function parseDateRange(text: string, options: ParseOptions): { start: number; end: number } | null {
  if (typeof text !== 'string' || isUnavailableText(text)) return null;
  const parts = text.split(/\s+[-–—~〜]\s+|\s*[~〜]\s*|\s+to\s+|\s+bis\s+|\s+au\s+|\s+al\s+/);
  const first = parseDateTime(parts[0] ?? '', options);
  const last = parseDateTime(parts[parts.length - 1] ?? '', options);
  if (!first?.hasDate || !last?.hasDate) return null;
  const endDay = localDate(last.at, options.timeZone);
  const end = last.hasTime ? last.at : zonedTimeToEpoch(addDays(endDay, 1), options.timeZone) - 1;
  return { start: first.at, end };
}
