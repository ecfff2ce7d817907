// Calendar arithmetic in an IANA time zone with Intl only (no library): what day is it there, and when
// does a given local day start. DST-safe: days are counted on the local calendar, not as 24 h blocks.

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(epochMs: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(epochMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Offset of the zone from UTC at an instant, in ms (e.g. +9 h for Tokyo). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

export function localDate(epochMs: number, timeZone: string): LocalDate {
  const w = wallClock(epochMs, timeZone);
  return { year: w.year, month: w.month, day: w.day };
}

/** The instant a local wall time happens in the zone (the earlier one in a fall-back overlap). */
export function zonedTimeToEpoch(
  date: LocalDate,
  timeZone: string,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, ms);
  let guess = wall - zoneOffsetMs(wall, timeZone);
  // a second pass settles instants near a DST change
  guess = wall - zoneOffsetMs(guess, timeZone);
  return guess;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  return zonedTimeToEpoch(date, timeZone);
}

/** Whole local calendar days from the day of `from` to the day of `to` (0 on the same day). */
export function calendarDaysBetween(from: number, to: number, timeZone: string): number {
  const a = localDate(from, timeZone);
  const b = localDate(to, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
