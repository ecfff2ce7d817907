// Rule: Seller Central's date texts in every supported UI language read into the right instant; text
// that is not a date gives null (never a silent guess).
import { describe, expect, it } from 'vitest';
import { parseDateRange, parseDateTime, readDateRange, readDateTime } from '../../../rules/dates';

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
    // amazon.com.br (pt-BR): day first, "de" between the parts, Portuguese month names
    ['5 de dezembro de 2019', 'America/Sao_Paulo', 'pt-BR', '2019-12-05T03:00:00.000Z'],
    ['12 de março de 2026 14:32', 'America/Sao_Paulo', 'pt-BR', '2026-03-12T17:32:00.000Z'],
    ['3 de out. de 2026', 'America/Sao_Paulo', 'pt-BR', '2026-10-03T03:00:00.000Z'],
    ['28/11/2026 09:15', 'America/Sao_Paulo', 'pt-BR', '2026-11-28T12:15:00.000Z'],
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
    expect(iso('Ontem', 'America/Sao_Paulo', 'pt-BR')).toBe('2026-11-27T03:00:00.000Z');
    expect(iso('hoje 09:15', 'America/Sao_Paulo', 'pt-BR')).toBe('2026-11-28T12:15:00.000Z');
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

describe('parseDateTime: more zones, languages and relative words', () => {
  it.each([
    // zones written in the text win over the marketplace zone
    ['Sep 25, 2026, 8:27 AM PDT', 'Asia/Tokyo', 'en', '2026-09-25T15:27:00.000Z'],
    ['25 Sept 2026, 14:05 BST', 'America/Los_Angeles', 'en-GB', '2026-09-25T13:05:00.000Z'],
    ['25.09.2026 14:05 MESZ', 'UTC', 'de', '2026-09-25T12:05:00.000Z'],
    ['2026/09/25 14:05 JST', 'Europe/Berlin', 'ja', '2026-09-25T05:05:00.000Z'],
    ['Sep 25, 2026 GMT-07:00', 'UTC', 'en', '2026-09-25T07:00:00.000Z'],
    ['2026-09-25T14:05:00Z', 'Asia/Tokyo', 'en', '2026-09-25T14:05:00.000Z'],
    ['2026-09-25T14:05:00+09:00', 'UTC', 'en', '2026-09-25T05:05:00.000Z'],
    // no zone in the text: the marketplace zone, DST included (CEST in September, CET in December)
    ['25.09.2026 14:05', 'Europe/Berlin', 'de', '2026-09-25T12:05:00.000Z'],
    ['5. Dezember 2019 14:32 Uhr', 'Europe/Berlin', 'de', '2019-12-05T13:32:00.000Z'],
    ['25.09.2026 14.05 Uhr', 'Europe/Berlin', 'de', '2026-09-25T12:05:00.000Z'],
    ['25 sept. 2026 à 14h05', 'Europe/Paris', 'fr', '2026-09-25T12:05:00.000Z'],
    ['25 sept 2026, 2:05 p. m.', 'Europe/Madrid', 'es', '2026-09-25T12:05:00.000Z'],
    ['Sep 25, 2026, 12:05 AM', 'America/Los_Angeles', 'en', '2026-09-25T07:05:00.000Z'],
    ['Sep 25, 2026, 12:05 PM', 'America/Los_Angeles', 'en', '2026-09-25T19:05:00.000Z'],
    ['2026年9月25日 午後2:05', 'Asia/Tokyo', 'ja', '2026-09-25T05:05:00.000Z'],
    ['2026年9月25日 14時05分', 'Asia/Tokyo', 'ja', '2026-09-25T05:05:00.000Z'],
    ['2026年9月25日 午後2時5分', 'Asia/Tokyo', 'ja', '2026-09-25T05:05:00.000Z'],
    // day-first vs month-first: only ambiguous dates follow the UI language
    ['03/04/2026', 'America/Los_Angeles', 'en-US', '2026-03-04T08:00:00.000Z'],
    ['11/30/2019', 'Europe/London', 'en-GB', '2019-11-30T00:00:00.000Z'],
    ['30/11/2019', 'Europe/London', 'en-GB', '2019-11-30T00:00:00.000Z'],
    ['Feb 29, 2028', 'UTC', 'en', '2028-02-29T00:00:00.000Z'],
  ])('%s (%s)', (text, zone, lang, expected) => {
    expect(iso(text, zone, lang)).toBe(expected);
  });

  it.each([
    ['Hier', 'Europe/Paris', 'fr', '2026-11-26T23:00:00.000Z'],
    ['Ayer', 'Europe/Madrid', 'es', '2026-11-26T23:00:00.000Z'],
    ['Ieri', 'Europe/Rome', 'it', '2026-11-26T23:00:00.000Z'],
    ['Gestern, 14:32', 'Europe/Berlin', 'de', '2026-11-27T13:32:00.000Z'],
    ['Yesterday 2:14 PM', 'America/Los_Angeles', 'en', '2026-11-27T22:14:00.000Z'],
    ["Aujourd'hui 09:15", 'Europe/Paris', 'fr', '2026-11-28T08:15:00.000Z'],
    ['Heute', 'Europe/Berlin', 'de', '2026-11-27T23:00:00.000Z'],
    ['昨日 11:45', 'Asia/Tokyo', 'ja', '2026-11-28T02:45:00.000Z'],
    // JST is already the 29th at `now`: a list time of 02:00 is today there
    ['2:00', 'Asia/Tokyo', 'ja', '2026-11-28T17:00:00.000Z'],
  ])('relative %j in %s', (text, zone, lang, expected) => {
    expect(iso(text, zone, lang)).toBe(expected);
  });

  it('reads every month in each UI language as Intl writes it (short, medium and long forms)', () => {
    const cases: Array<[string, string]> = [['en-US', 'America/Los_Angeles'], ['en-GB', 'Europe/London'], ['de', 'Europe/Berlin'], ['fr', 'Europe/Paris'], ['es', 'Europe/Madrid'], ['it', 'Europe/Rome'], ['ja', 'Asia/Tokyo']];
    for (const [lang, timeZone] of cases) {
      for (let month = 0; month < 12; month += 1) {
        const at = Date.UTC(2025, month, 17, 12);
        for (const style of [{ dateStyle: 'medium' }, { dateStyle: 'long' }, { dateStyle: 'full' }, { day: 'numeric', month: 'short', year: 'numeric' }] as const) {
          const text = new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' }).format(at);
          const parsed = parseDateTime(text, { timeZone, now, lang });
          expect(parsed && new Date(parsed.at).toLocaleDateString('en-CA', { timeZone }), `${lang} ${text}`).toBe(`2025-${String(month + 1).padStart(2, '0')}-17`);
        }
      }
    }
  });

  it('says why a text gave no date', () => {
    expect(readDateTime('Currently unavailable', { timeZone: 'UTC', now })).toEqual({ ok: false, reason: 'unavailable' });
    expect(readDateTime('Derzeit nicht verfügbar', { timeZone: 'UTC', now })).toEqual({ ok: false, reason: 'unavailable' });
    expect(readDateTime('現在利用できません', { timeZone: 'UTC', now })).toEqual({ ok: false, reason: 'unavailable' });
    expect(readDateTime('   ', { timeZone: 'UTC', now })).toEqual({ ok: false, reason: 'empty' });
    expect(readDateTime('Standard shipping', { timeZone: 'UTC', now })).toEqual({ ok: false, reason: 'unreadable' });
    expect(readDateTime('25.09.2026', { timeZone: 'UTC', now })).toMatchObject({ ok: true, value: { hasDate: true, hasTime: false } });
  });

  it.each(['Feb 30, 2026', '29.02.2026', '25.13.2026', '25:61', '13:05 PM', 'Order 2 of 5', '12.5 kg', 'x'.repeat(300) + ' Sep 25, 2026', null as unknown as string])(
    'never guesses: null for %j',
    (text) => expect(parseDateTime(text, { timeZone: 'UTC', now })).toBeNull(),
  );
});

describe('parseDateRange: more shapes', () => {
  const range = (text: string, timeZone: string, lang = 'en') => {
    const r = parseDateRange(text, { timeZone, now, lang });
    return r && [new Date(r.start).toISOString(), new Date(r.end).toISOString()];
  };

  it.each([
    ['Nov 18 - 21, 2026', 'America/Los_Angeles', 'en', ['2026-11-18T08:00:00.000Z', '2026-11-22T07:59:59.999Z']],
    ['18 - 21 nov. 2026', 'Europe/Paris', 'fr', ['2026-11-17T23:00:00.000Z', '2026-11-21T22:59:59.999Z']],
    ['del 18 al 21 de noviembre de 2026', 'Europe/Madrid', 'es', ['2026-11-17T23:00:00.000Z', '2026-11-21T22:59:59.999Z']],
    ['25.09.2026–28.09.2026', 'Europe/Berlin', 'de', ['2026-09-24T22:00:00.000Z', '2026-09-28T21:59:59.999Z']],
    ['2026年12月1日～2026年12月4日', 'Asia/Tokyo', 'ja', ['2026-11-30T15:00:00.000Z', '2026-12-04T14:59:59.999Z']],
    // a window crossing New Year takes the start from the year before
    ['Dec 29 - Jan 3, 2027', 'America/Los_Angeles', 'en', ['2026-12-29T08:00:00.000Z', '2027-01-04T07:59:59.999Z']],
    // a delivery promise without a year lies near now, here ahead of it
    ['Dec 1 - Dec 4', 'America/Los_Angeles', 'en', ['2026-12-01T08:00:00.000Z', '2026-12-05T07:59:59.999Z']],
    // a zone written in the text also sets the end of the day
    ['Deliver by date: Sep 25, 2026 PDT', 'Asia/Tokyo', 'en', ['2026-09-25T07:00:00.000Z', '2026-09-26T06:59:59.999Z']],
  ] as const)('%s', (text, zone, lang, expected) => {
    expect(range(text, zone, lang)).toEqual(expected);
  });

  it('a single day on the US spring-forward date is 23 hours long', () => {
    const r = parseDateRange('Mar 8, 2026', { timeZone: 'America/Los_Angeles', now });
    expect(r!.end - r!.start + 1).toBe(23 * 3600_000);
  });

  it('refuses windows it cannot read or that run backwards', () => {
    expect(parseDateRange('Fri, Nov 21, 2026 - Tue, Nov 18, 2026', { timeZone: 'UTC', now })).toBeNull();
    expect(parseDateRange('Nov 18, 2026 - soon', { timeZone: 'UTC', now })).toBeNull();
    expect(parseDateRange('Today - Tomorrow', { timeZone: 'UTC', now })).toBeNull();
    expect(readDateRange('Derzeit nicht verfügbar', { timeZone: 'UTC', now })).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('relative times', () => {
  const now = Date.UTC(2026, 10, 28, 20, 0);
  const H = 3_600_000;
  const read = (text: string) => parseDateTime(text, { timeZone: 'America/Los_Angeles', now, lang: 'en' });
  it('reads "N units ago" in every language at the earliest instant the text allows', () => {
    for (const text of ['21 hours ago', 'vor 21 Stunden', 'il y a 21 heures', 'hace 21 horas', '21 ore fa', 'há 21 horas', '21 horas atrás', '21 時間前', '21時間前']) {
      expect(read(text), text).toEqual({ at: now - 22 * H, hasDate: false, hasTime: false });
    }
    expect(read('an hour ago')).toEqual({ at: now - 2 * H, hasDate: false, hasTime: false });
    expect(read('vor einer Stunde')?.at).toBe(now - 2 * H);
    expect(read('2 days ago')?.at).toBe(now - 3 * 24 * H);
  });
  it('minutes and "just now" are exact', () => {
    expect(read('45 minutes ago')).toEqual({ at: now - 45 * 60_000, hasDate: false, hasTime: true });
    expect(read('vor 5 Minuten')?.at).toBe(now - 5 * 60_000);
    expect(read('5 分前')?.at).toBe(now - 5 * 60_000);
    expect(read('just now')).toEqual({ at: now, hasDate: false, hasTime: true });
  });
  it('does not read other words or long texts as times', () => {
    for (const text of ['3 apples ago', 'vor 3 Wochenenden', 'Order 3', `${'x'.repeat(70)} 3 hours ago`]) expect(read(text), text).toBeNull();
  });
});
