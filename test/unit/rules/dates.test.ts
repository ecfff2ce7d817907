// Rule: Seller Central's date texts in every supported UI language read into the right instant; text
// that is not a date gives null (never a silent guess).
import { describe, expect, it } from 'vitest';
import { parseDateRange, parseDateTime } from '../../../rules/dates';

const now = Date.UTC(2026, 10, 28, 18, 0); // Sat 28 Nov 2026 10:00 PST, 19:00 CET, 03:00 (29th) JST
const iso = (text: string, timeZone: string, lang = 'en') => {
  const r = parseDateTime(text, { timeZone, now, lang });
  return r ? new Date(r.at).toISOString() : null;
};

describe('parseDateTime', () => {
  it.each([
    ['Sep 25, 2026', 'America/Los_Angeles', 'en', '2026-09-25T07:00:00.000Z'],
    ['Wed, Dec 4, 2019, 8:27 AM PST', 'Europe/Berlin', 'en', '2019-12-04T16:27:00.000Z'],
    ['Thu, 5 Dec 2019', 'Europe/London', 'en-GB', '2019-12-05T00:00:00.000Z'],
    ['18 Aug 2021', 'Asia/Kolkata', 'en', '2021-08-17T18:30:00.000Z'],
    ['2026-05-12', 'America/Los_Angeles', 'en', '2026-05-12T07:00:00.000Z'],
    ['11/30/2019 3:52 PM PST', 'America/Los_Angeles', 'en', '2019-11-30T23:52:00.000Z'],
    ['03/04/2026', 'Europe/London', 'en-GB', '2026-04-02T23:00:00.000Z'],
    ['25.09.2026', 'Europe/Berlin', 'de', '2026-09-24T22:00:00.000Z'],
    ['25. Sept. 2026', 'Europe/Berlin', 'de', '2026-09-24T22:00:00.000Z'],
    ['5. Dezember 2019 14:32', 'Europe/Berlin', 'de', '2019-12-05T13:32:00.000Z'],
    ['5 déc. 2019', 'Europe/Paris', 'fr', '2019-12-04T23:00:00.000Z'],
    ['5 de diciembre de 2019', 'Europe/Madrid', 'es', '2019-12-04T23:00:00.000Z'],
    ['5 dic 2019', 'Europe/Rome', 'it', '2019-12-04T23:00:00.000Z'],
    ['2021年4月27日(火) 11:45 JST', 'Asia/Tokyo', 'ja', '2021-04-27T02:45:00.000Z'],
    ['2026/11/28 9:15', 'Asia/Tokyo', 'ja', '2026-11-28T00:15:00.000Z'],
    ['28.11.2026 09:15 CET', 'America/Los_Angeles', 'de', '2026-11-28T08:15:00.000Z'],
    ['28 Nov 2026 09:15 GMT+1', 'Europe/London', 'en-GB', '2026-11-28T08:15:00.000Z'],
  ])('%s (%s)', (text, zone, lang, expected) => {
    expect(iso(text, zone, lang)).toBe(expected);
  });

  it('reads list times relative to now: today, yesterday, a day without a year', () => {
    expect(iso('9:15 AM', 'America/Los_Angeles')).toBe('2026-11-28T17:15:00.000Z');
    // 2:14 PM has not happened yet today in LA: it was yesterday's
    expect(iso('2:14 PM', 'America/Los_Angeles')).toBe('2026-11-27T22:14:00.000Z');
    expect(iso('14:14', 'Europe/Berlin', 'de')).toBe('2026-11-28T13:14:00.000Z');
    expect(iso('Yesterday', 'America/Los_Angeles')).toBe('2026-11-27T08:00:00.000Z');
    expect(iso('Gestern', 'Europe/Berlin', 'de')).toBe('2026-11-26T23:00:00.000Z');
    expect(iso('昨日', 'Asia/Tokyo', 'ja')).toBe('2026-11-27T15:00:00.000Z');
    expect(iso('Nov 26', 'America/Los_Angeles')).toBe('2026-11-26T08:00:00.000Z');
    expect(iso('11月26日', 'Asia/Tokyo', 'ja')).toBe('2026-11-25T15:00:00.000Z');
    // a day later in the calendar than today belongs to last year
    expect(iso('Dec 24', 'America/Los_Angeles')).toBe('2025-12-24T08:00:00.000Z');
    expect(parseDateTime('Nov 26', { timeZone: 'UTC', now })).toMatchObject({ hasDate: true, hasTime: false });
  });

  it.each(['Currently unavailable', 'Derzeit nicht verfügbar', '現在利用できません', 'hello world', 'v2.0.3', '113-1234567-1234567', '', '31.02.2026'])(
    'gives null for %j',
    (text) => expect(parseDateTime(text, { timeZone: 'UTC', now })).toBeNull(),
  );
});

describe('parseDateRange', () => {
  it('reads a delivery window to the end of its last day', () => {
    const r = parseDateRange('Tue, Nov 18, 2026 - Fri, Nov 21, 2026', { timeZone: 'America/Los_Angeles', now });
    expect(r && [new Date(r.start).toISOString(), new Date(r.end).toISOString()]).toEqual(['2026-11-18T08:00:00.000Z', '2026-11-22T07:59:59.999Z']);
  });
  it('treats a single day as a one-day window and unavailable as unknown', () => {
    const r = parseDateRange('25.09.2026', { timeZone: 'Europe/Berlin', now, lang: 'de' });
    expect(r!.end - r!.start).toBe(24 * 3600_000 - 1);
    expect(parseDateRange('Currently unavailable', { timeZone: 'UTC', now })).toBeNull();
  });
});
