// Rule: Request a Review is allowed from day 5 after the earliest delivery through day 30 after the
// latest delivery, inclusive, on the marketplace's calendar; one request per order, one channel.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewEligibility, reviewPill, reviewWindow, formatDay } from '../../../rules/review-window';
import { zonedTimeToEpoch } from '../../../rules/zoned-time';

const at = (tz: string, y: number, m: number, d: number, h = 12, min = 0) => zonedTimeToEpoch({ year: y, month: m, day: d }, tz, h, min);

describe.each([
  ['America/Los_Angeles'],
  ['Europe/Berlin'],
  ['Asia/Tokyo'],
])('window in %s', (tz) => {
  const delivered = at(tz, 2026, 11, 2, 18);
  const verdict = (now: number) => reviewEligibility({ earliestDelivery: delivered, latestDelivery: delivered, timeZone: tz, now });

  it('day 4 is too early, day 5 from local midnight is eligible', () => {
    expect(verdict(at(tz, 2026, 11, 6, 23, 59)).reason).toBe('too-early');
    expect(verdict(at(tz, 2026, 11, 7, 0, 0)).reason).toBe('eligible');
    expect(verdict(at(tz, 2026, 11, 6, 23, 59)).blocked).toBe(true);
  });

  it('day 30 is eligible to its last minute, day 31 is too late', () => {
    expect(verdict(at(tz, 2026, 12, 2, 23, 59)).reason).toBe('eligible');
    expect(verdict(at(tz, 2026, 12, 3, 0, 0)).reason).toBe('too-late');
  });

  it('days 7-14 are the sweet spot', () => {
    expect(verdict(at(tz, 2026, 11, 8)).sweetSpot).toBe(false);
    expect(verdict(at(tz, 2026, 11, 9)).sweetSpot).toBe(true);
    expect(verdict(at(tz, 2026, 11, 16)).sweetSpot).toBe(true);
    expect(verdict(at(tz, 2026, 11, 17)).sweetSpot).toBe(false);
  });
});

describe('reviewEligibility', () => {
  const tz = 'America/Los_Angeles';
  const earliest = at(tz, 2026, 3, 1);
  const latest = at(tz, 2026, 3, 4);

  it('opens from the EARLIEST and closes from the LATEST delivery date', () => {
    const w = reviewWindow(earliest, latest, tz);
    expect(w.opensAt).toBe(at(tz, 2026, 3, 6, 0, 0));
    expect(w.closesAt).toBe(at(tz, 2026, 4, 4, 0, 0) - 1);
  });

  it('counts calendar days across the US spring-forward change (8 Mar 2026)', () => {
    const w = reviewWindow(at(tz, 2026, 3, 5), at(tz, 2026, 3, 5), tz);
    expect(w.opensAt).toBe(at(tz, 2026, 3, 10, 0, 0));
    expect(new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: 'numeric', hourCycle: 'h23' }).format(w.opensAt)).toBe('00');
  });

  it('blocks an order with a recorded request, whatever the window', () => {
    const v = reviewEligibility({ earliestDelivery: earliest, latestDelivery: latest, timeZone: tz, now: at(tz, 2026, 3, 12), requests: [{ channel: 'button', at: 5 }] });
    expect(v).toMatchObject({ reason: 'already-requested', blocked: true, requestedAt: 5 });
  });

  it('blocks when a review was asked for by message (one channel per order)', () => {
    const v = reviewEligibility({ earliestDelivery: earliest, latestDelivery: latest, timeZone: tz, now: at(tz, 2026, 3, 12), requests: [{ channel: 'message', at: 9 }] });
    expect(v).toMatchObject({ reason: 'review-sent-by-message', blocked: true });
  });

  it('prefers a direct request over a message request, and Amazon\'s "already sent" too', () => {
    const v = reviewEligibility({ timeZone: tz, now: 0, requests: [{ channel: 'message', at: 1 }, { channel: 'api', at: 2 }] });
    expect(v.reason).toBe('already-requested');
    expect(reviewEligibility({ timeZone: tz, now: 0, amazonSays: 'already-sent' }).reason).toBe('already-requested');
  });

  it('does not block unknown delivery dates unless Amazon said outside the window', () => {
    expect(reviewEligibility({ timeZone: tz, now: 0 })).toMatchObject({ reason: 'unknown-delivery', blocked: false });
    expect(reviewEligibility({ timeZone: tz, now: 0, amazonSays: 'outside-window' })).toMatchObject({ reason: 'too-late', blocked: true });
  });

  it('lets Amazon\'s answer win over our date math', () => {
    const early = reviewEligibility({ earliestDelivery: earliest, latestDelivery: latest, timeZone: tz, now: at(tz, 2026, 3, 3), amazonSays: 'eligible' });
    expect(early).toMatchObject({ reason: 'eligible', blocked: false, amazonOverrides: true });
    const refused = reviewEligibility({ earliestDelivery: earliest, latestDelivery: latest, timeZone: tz, now: at(tz, 2026, 3, 30), amazonSays: 'outside-window' });
    expect(refused).toMatchObject({ reason: 'too-late', blocked: true, amazonOverrides: true });
  });

  it('uses the one known date for both ends', () => {
    expect(reviewEligibility({ latestDelivery: latest, timeZone: tz, now: at(tz, 2026, 3, 9) }).reason).toBe('eligible');
  });
});

describe('texts', () => {
  const tz = 'Europe/Berlin';
  const delivered = at(tz, 2026, 11, 20);
  it('pills say when the window opens, the sweet spot, closing soon and requested', () => {
    const now = at(tz, 2026, 11, 23);
    const early = reviewEligibility({ earliestDelivery: delivered, latestDelivery: delivered, timeZone: tz, now });
    expect(reviewPill(early, now, tz)).toBe('review window opens in 2 days');
    const sweetNow = at(tz, 2026, 11, 29);
    expect(reviewPill(reviewEligibility({ earliestDelivery: delivered, latestDelivery: delivered, timeZone: tz, now: sweetNow }), sweetNow, tz)).toBe('sweet spot');
    const late = at(tz, 2026, 12, 17);
    expect(reviewPill(reviewEligibility({ earliestDelivery: delivered, latestDelivery: delivered, timeZone: tz, now: late }), late, tz)).toBe('closes in 3 days');
    expect(reviewPill(reviewEligibility({ timeZone: tz, now, requests: [{ channel: 'button', at: 1 }] }), now, tz, 'de')).toBe('angefragt');
    expect(formatDay(at(tz, 2026, 12, 3), tz, 'en')).toBe('3 Dec');
  });
});

const wallDay = (epochMs: number, tz: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(epochMs);

describe.each([
  ['America/Los_Angeles'],
  ['America/Sao_Paulo'],
  ['Europe/London'],
  ['Europe/Berlin'],
  ['Asia/Kolkata'],
  ['Asia/Tokyo'],
  ['Australia/Sydney'],
])('window edges to the millisecond in %s (earliest 10 Jan, latest 14 Jan 2026)', (tz) => {
  const earliest = at(tz, 2026, 1, 10, 23, 30); // late in the local day: still day 0
  const latest = at(tz, 2026, 1, 14, 0, 30);
  const verdict = (now: number) => reviewEligibility({ earliestDelivery: earliest, latestDelivery: latest, timeZone: tz, now });
  const dayStart = (d: number, m = 1) => at(tz, 2026, m, d, 0, 0);

  it('day 4 after the earliest date is too early to its last ms; day 5 opens at local midnight', () => {
    expect(verdict(dayStart(15) - 1)).toMatchObject({ reason: 'too-early', blocked: true, dayNumber: 4 });
    expect(verdict(dayStart(15))).toMatchObject({ reason: 'eligible', blocked: false, dayNumber: 5, opensAt: dayStart(15) });
  });

  it('day 30 after the LATEST date is open to its last ms; day 31 is too late', () => {
    expect(verdict(dayStart(14, 2) - 1)).toMatchObject({ reason: 'eligible', closesAt: dayStart(14, 2) - 1 });
    expect(wallDay(dayStart(14, 2) - 1, tz)).toBe('2026-02-13, 23:59:59');
    expect(verdict(dayStart(14, 2))).toMatchObject({ reason: 'too-late', blocked: true });
  });

  it('30 days after the EARLIEST date is still open because the latest date is later', () => {
    expect(verdict(dayStart(9, 2) + 1).reason).toBe('eligible');
  });
});

describe('DST inside the window: days are local calendar days, not 24 h blocks', () => {
  it.each([
    // US fall back (1 Nov 2026) and spring forward (8 Mar 2026) between delivery and the window's edges
    ['America/Los_Angeles', [2026, 10, 25], '2026-10-30, 00:00:00', '2026-11-24, 23:59:59'],
    ['America/Los_Angeles', [2026, 3, 1], '2026-03-06, 00:00:00', '2026-03-31, 23:59:59'],
    ['America/Los_Angeles', [2026, 3, 5], '2026-03-10, 00:00:00', '2026-04-04, 23:59:59'],
    // EU spring forward (29 Mar 2026) and fall back (25 Oct 2026)
    ['Europe/Berlin', [2026, 3, 27], '2026-04-01, 00:00:00', '2026-04-26, 23:59:59'],
    ['Europe/Berlin', [2026, 10, 20], '2026-10-25, 00:00:00', '2026-11-19, 23:59:59'],
    ['Europe/London', [2026, 10, 22], '2026-10-27, 00:00:00', '2026-11-21, 23:59:59'],
  ] as const)('%s delivered %j', (tz, [y, m, d], opens, closes) => {
    const delivered = at(tz, y, m, d, 9);
    const w = reviewWindow(delivered, delivered, tz);
    expect(wallDay(w.opensAt, tz)).toBe(opens);
    expect(wallDay(w.closesAt, tz)).toBe(closes);
    expect(wallDay(w.closesAt + 1, tz).endsWith('00:00:00')).toBe(true);
  });
});

describe('reviewEligibility: every precedence case', () => {
  const tz = 'Europe/Berlin';
  const delivered = at(tz, 2026, 11, 1);
  const base = { earliestDelivery: delivered, latestDelivery: delivered, timeZone: tz };
  const tooEarly = at(tz, 2026, 11, 3);
  const open = at(tz, 2026, 11, 10);
  const tooLate = at(tz, 2026, 12, 20);

  it.each([
    // [case, input, expected]
    ['button request inside the window', { now: open, requests: [{ channel: 'button', at: 7, source: 'click' }] }, { reason: 'already-requested', blocked: true, requestedAt: 7 }],
    ['API request before the window', { now: tooEarly, requests: [{ channel: 'api', at: 8, source: 'tool' }] }, { reason: 'already-requested', blocked: true, requestedAt: 8 }],
    ['Amazon says already sent, no record of ours', { now: open, amazonSays: 'already-sent' }, { reason: 'already-requested', blocked: true, requestedAt: undefined }],
    ['already sent beats a message request', { now: open, amazonSays: 'already-sent', requests: [{ channel: 'message', at: 3, source: 'composer' }] }, { reason: 'already-requested' }],
    ['button beats an earlier message request', { now: open, requests: [{ channel: 'message', at: 3, source: 'composer' }, { channel: 'button', at: 9, source: 'click' }] }, { reason: 'already-requested', requestedAt: 9 }],
    ['message request inside the window', { now: open, requests: [{ channel: 'message', at: 3, source: 'composer' }] }, { reason: 'review-sent-by-message', blocked: true, requestedAt: 3 }],
    ['message request beats Amazon saying eligible', { now: open, amazonSays: 'eligible', requests: [{ channel: 'message', at: 3, source: 'composer' }] }, { reason: 'review-sent-by-message', blocked: true }],
    ['the earliest message request is reported', { now: open, requests: [{ channel: 'message', at: 30, source: 'b' }, { channel: 'message', at: 3, source: 'a' }] }, { requestedAt: 3 }],
    ['window: too early', { now: tooEarly }, { reason: 'too-early', blocked: true, sweetSpot: false }],
    ['window: open, sweet spot', { now: open }, { reason: 'eligible', blocked: false, sweetSpot: true, dayNumber: 9 }],
    ['window: too late', { now: tooLate }, { reason: 'too-late', blocked: true }],
    ['Amazon agrees it is too early', { now: tooEarly, amazonSays: 'outside-window' }, { reason: 'too-early', amazonOverrides: false }],
    ['Amazon says eligible while our dates say too early', { now: tooEarly, amazonSays: 'eligible' }, { reason: 'eligible', blocked: false, amazonOverrides: true, sweetSpot: false }],
    ['Amazon says eligible while our dates say too late', { now: tooLate, amazonSays: 'eligible' }, { reason: 'eligible', blocked: false, amazonOverrides: true }],
    ['Amazon says outside early in our window', { now: at(tz, 2026, 11, 7), amazonSays: 'outside-window' }, { reason: 'too-early', blocked: true, amazonOverrides: true }],
    ['Amazon says outside late in our window', { now: at(tz, 2026, 11, 28), amazonSays: 'outside-window' }, { reason: 'too-late', blocked: true, amazonOverrides: true }],
    ['Amazon says not shipped', { now: open, amazonSays: 'not-shipped' }, { reason: 'too-early', blocked: true, amazonOverrides: true }],
  ] as const)('%s', (_name, extra, expected) => {
    expect(reviewEligibility({ ...base, ...extra } as Parameters<typeof reviewEligibility>[0])).toMatchObject(expected);
  });

  it.each([
    [{}, { reason: 'unknown-delivery', blocked: false }],
    [{ amazonSays: 'eligible' }, { reason: 'unknown-delivery', blocked: false }],
    [{ amazonSays: 'outside-window' }, { reason: 'too-late', blocked: true, amazonOverrides: true }],
    [{ amazonSays: 'not-shipped' }, { reason: 'too-early', blocked: true }],
    [{ amazonSays: 'already-sent' }, { reason: 'already-requested', blocked: true }],
    [{ requests: [{ channel: 'message', at: 1, source: 'x' }] }, { reason: 'review-sent-by-message', blocked: true }],
    [{ earliestDelivery: Number.NaN }, { reason: 'unknown-delivery', blocked: false, opensAt: undefined }],
  ] as const)('unknown delivery dates with %j', (extra, expected) => {
    expect(reviewEligibility({ timeZone: tz, now: open, ...extra } as Parameters<typeof reviewEligibility>[0])).toMatchObject(expected);
  });

  it('puts swapped delivery dates in order', () => {
    const swapped = reviewEligibility({ earliestDelivery: at(tz, 2026, 11, 4), latestDelivery: delivered, timeZone: tz, now: open });
    expect(swapped.opensAt).toBe(at(tz, 2026, 11, 6, 0, 0));
    expect(swapped.closesAt).toBe(at(tz, 2026, 12, 5, 0, 0) - 1);
  });
});

describe('reviewPill and formatDay in six languages', () => {
  const tz = 'Asia/Tokyo';
  const delivered = at(tz, 2026, 11, 20);
  const verdictAt = (now: number, extra = {}) => reviewEligibility({ earliestDelivery: delivered, latestDelivery: delivered, timeZone: tz, now, ...extra });
  const cases = {
    opens: at(tz, 2026, 11, 23),
    sweet: at(tz, 2026, 11, 29),
    closes: at(tz, 2026, 12, 17),
    open: at(tz, 2026, 12, 5),
    closed: at(tz, 2026, 12, 21),
  };

  it.each([
    ['en', ['review window opens in 2 days', 'sweet spot', 'closes in 3 days', 'review window open', 'review window closed', 'requested']],
    ['de', ['Bewertungsfenster öffnet in 2 Tagen', 'idealer Zeitpunkt', 'schließt in 3 Tagen', 'Bewertungsfenster offen', 'Bewertungsfenster geschlossen', 'angefragt']],
    ['fr', ['ouverture dans 2 j', 'moment idéal', 'ferme dans 3 j', 'fenêtre ouverte', 'fenêtre fermée', 'demandé']],
    ['es', ['se abre en 2 días', 'momento ideal', 'se cierra en 3 días', 'ventana abierta', 'ventana cerrada', 'solicitada']],
    ['it', ['si apre tra 2 giorni', 'momento ideale', 'si chiude tra 3 giorni', 'finestra aperta', 'finestra chiusa', 'richiesta']],
    ['ja', ['あと2日で依頼可能', '最適な時期', 'あと3日で終了', '依頼可能', '期間終了', '依頼済み']],
    ['pt', ['abre em 2 dias', 'momento ideal', 'fecha em 3 dias', 'janela aberta', 'janela fechada', 'solicitada']],
  ] as const)('%s', (lang, [opens, sweet, closes, open, closed, requested]) => {
    expect(reviewPill(verdictAt(cases.opens), cases.opens, lang)).toBe(opens);
    expect(reviewPill(verdictAt(cases.sweet), cases.sweet, lang)).toBe(sweet);
    expect(reviewPill(verdictAt(cases.closes), cases.closes, lang)).toBe(closes);
    expect(reviewPill(verdictAt(cases.open), cases.open, lang)).toBe(open);
    expect(reviewPill(verdictAt(cases.closed), cases.closed, lang)).toBe(closed);
    expect(reviewPill(verdictAt(cases.open, { requests: [{ channel: 'api', at: 1, source: 'x' }] }), cases.open, lang)).toBe(requested);
  });

  it('counts days on the verdict calendar, and the explicit-zone form agrees', () => {
    const v = verdictAt(cases.opens);
    expect(reviewPill(v, cases.opens, tz, 'de')).toBe(reviewPill(v, cases.opens, 'de'));
  });

  it('does not invent an opening day when Amazon says "not yet" against our dates', () => {
    const now = at(tz, 2026, 12, 2);
    expect(reviewPill(verdictAt(now, { amazonSays: 'outside-window' }), now, 'en')).toBe('not yet open');
  });

  it.each([
    ['en', '3 Dec'],
    ['de', '3. Dez.'],
    ['fr', '3 déc.'],
    ['es', '3 dic'],
    ['it', '3 dic'],
    ['ja', '12月3日'],
  ] as const)('formatDay in %s', (lang, text) => {
    // 3 Dec 02:00 in Tokyo is still 2 Dec in Los Angeles: the marketplace calendar decides
    const instant = at('Asia/Tokyo', 2026, 12, 3, 2);
    expect(formatDay(instant, 'Asia/Tokyo', lang)).toBe(text);
    expect(formatDay(instant, 'America/Los_Angeles', lang)).not.toBe(text);
  });
});

describe('review window: properties over random deliveries and zones', () => {
  it('opens at a local midnight, closes at the last ms before one, and spans 26..32 local days', () => {
    const zones = ['America/Los_Angeles', 'America/Sao_Paulo', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney'];
    const hourOf = (ms: number, tz: string) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(ms);
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }), fc.integer({ min: 0, max: 5 * 86_400_000 }), (tz, earliest, spread) => {
        const w = reviewWindow(earliest, earliest + spread, tz);
        const days = Math.round((w.closesAt + 1 - w.opensAt) / 86_400_000);
        return hourOf(w.opensAt, tz) === '00:00:00' && hourOf(w.closesAt + 1, tz) === '00:00:00' && days >= 26 && days <= 32;
      }),
      { numRuns: 300 },
    );
  });
});
