// Rule: a buyer message is due 24 real hours after delivery; the earliest unanswered message sets the
// deadline; replies answer earlier messages, auto-replies do not; NRN closes, a new buyer message
// restarts the clock; states follow the internal SLA.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buyerMessageOutcomes, crtEstimate, dailySeries, formatCountdown, HOUR, slaStatus, unansweredBuyerMessages, validateInternalSla, type ThreadTimeline } from '../../../rules/sla';
import { parseDateTime } from '../../../rules/dates';

const T0 = Date.UTC(2026, 10, 10, 15, 0); // 2026-11-10 15:00 UTC

describe('slaStatus', () => {
  const one = { messages: [{ from: 'buyer' as const, at: T0 }] };

  it('is due exactly 24 h after the buyer message', () => {
    expect(slaStatus(one, T0).dueAt).toBe(T0 + 24 * HOUR);
    expect(slaStatus(one, T0 + 24 * HOUR).state).toBe('at-risk');
    expect(slaStatus(one, T0 + 24 * HOUR + 1).state).toBe('overdue');
    expect(slaStatus(one, T0 + 24 * HOUR - 1).msLeft).toBe(1);
  });

  it('turns at-risk after the internal SLA (default 20 h, configurable)', () => {
    expect(slaStatus(one, T0 + 20 * HOUR).state).toBe('on-track');
    expect(slaStatus(one, T0 + 20 * HOUR + 1).state).toBe('at-risk');
    expect(slaStatus(one, T0 + 12 * HOUR + 1, { internalSlaHours: 12 }).state).toBe('at-risk');
    expect(slaStatus(one, T0 + 12 * HOUR + 1, { internalSlaHours: 12 }).internalDueAt).toBe(T0 + 12 * HOUR);
  });

  it('refuses an internal SLA outside 1..23.99 h with a clear error (no silent clamp)', () => {
    expect(validateInternalSla(1)).toBe(1);
    expect(validateInternalSla(23.99)).toBe(23.99);
    expect(() => validateInternalSla(0.99)).toThrow(/between 1 and 23.99 hours/);
    expect(() => validateInternalSla(23.995)).toThrow(RangeError);
    expect(() => validateInternalSla(24)).toThrow(RangeError);
    expect(() => slaStatus(one, T0, { internalSlaHours: Number.NaN })).toThrow();
  });

  it('runs 24 real hours across DST changes (US fall back, EU spring forward)', () => {
    const usFallBack = Date.UTC(2026, 10, 1, 7, 30); // 2026-11-01 00:30 PDT, the night clocks go back
    expect(slaStatus({ messages: [{ from: 'buyer', at: usFallBack }] }, usFallBack).dueAt! - usFallBack).toBe(24 * HOUR);
    const euSpring = Date.UTC(2026, 2, 28, 23, 30); // 2026-03-29 00:30 CET, the night clocks go forward
    expect(slaStatus({ messages: [{ from: 'buyer', at: euSpring }] }, euSpring).dueAt! - euSpring).toBe(24 * HOUR);
  });

  it('takes the deadline from the EARLIEST unanswered buyer message', () => {
    const two = { messages: [{ from: 'buyer' as const, at: T0 }, { from: 'buyer' as const, at: T0 + 5 * HOUR }] };
    expect(slaStatus(two, T0 + 6 * HOUR).dueAt).toBe(T0 + 24 * HOUR);
  });

  it('a seller reply answers every buyer message before it', () => {
    const answered = { messages: [{ from: 'buyer' as const, at: T0 }, { from: 'buyer' as const, at: T0 + HOUR }, { from: 'seller' as const, at: T0 + 2 * HOUR }] };
    expect(slaStatus(answered, T0 + 30 * HOUR).state).toBe('answered');
    const newer = { messages: [...answered.messages, { from: 'buyer' as const, at: T0 + 3 * HOUR }] };
    expect(slaStatus(newer, T0 + 4 * HOUR).dueAt).toBe(T0 + 27 * HOUR);
  });

  it('an auto-reply answers nothing and says so', () => {
    const auto = { messages: [{ from: 'buyer' as const, at: T0 }, { from: 'seller' as const, at: T0 + 60_000, autoReply: true }] };
    const status = slaStatus(auto, T0 + 25 * HOUR);
    expect(status.state).toBe('overdue');
    expect(status.hints).toContain('auto-reply-does-not-count');
  });

  it('NRN closes the thread; a buyer message after it restarts the clock', () => {
    const nrn = { messages: [{ from: 'buyer' as const, at: T0 }], nrnAt: [T0 + HOUR] };
    expect(slaStatus(nrn, T0 + 30 * HOUR).state).toBe('answered');
    const again = { messages: [...nrn.messages, { from: 'buyer' as const, at: T0 + 10 * HOUR }], nrnAt: nrn.nrnAt };
    expect(slaStatus(again, T0 + 11 * HOUR).dueAt).toBe(T0 + 34 * HOUR);
    expect(unansweredBuyerMessages(again)).toHaveLength(1);
  });

  it('marks a deadline computed from an estimated time', () => {
    const status = slaStatus({ messages: [{ from: 'buyer', at: T0, estimated: true }] }, T0);
    expect(status.estimated).toBe(true);
    expect(status.hints).toContain('estimated-time');
  });
});

describe('crtEstimate', () => {
  const now = T0 + 40 * 24 * HOUR;
  const msg = (daysAgo: number, answeredAfterH?: number, nrn = false) => ({
    receivedAt: now - daysAgo * 24 * HOUR,
    answeredAt: answeredAfterH === undefined ? undefined : now - daysAgo * 24 * HOUR + answeredAfterH * HOUR,
    noResponseNeeded: nrn,
  });

  it('counts on-time share per window, excluding NRN and undecided open messages', () => {
    const history = [msg(1, 2), msg(2, 30), msg(3, undefined, true), msg(0.5), msg(5, 23.9), msg(20, 1), msg(35, 50)];
    const [w7, w30, w90] = crtEstimate(history, now, { minAnswered: 0 });
    expect(w7).toEqual({ window: 7, value: 66.7, zone: 'red', counted: 3, late: 1 });
    expect(w30).toMatchObject({ counted: 4, late: 1, value: 75 });
    expect(w90).toMatchObject({ counted: 5, late: 2, value: 60 });
  });

  it('counts an old unanswered message as late and gives zones at 90 and 80', () => {
    expect(crtEstimate([msg(2)], now, { minAnswered: 0 })[0]).toMatchObject({ counted: 1, late: 1, value: 0, zone: 'red' });
    const nine = Array.from({ length: 9 }, () => msg(1, 1));
    expect(crtEstimate([...nine, msg(2, 25)], now, { minAnswered: 0 })[0]).toMatchObject({ value: 90, zone: 'safe' });
    const eight = Array.from({ length: 8 }, () => msg(1, 1));
    expect(crtEstimate([...eight, msg(2, 25), msg(2, 25)], now, { minAnswered: 0 })[0]).toMatchObject({ value: 80, zone: 'yellow' });
    expect(crtEstimate([], now)[0]).toMatchObject({ value: null, zone: null, counted: 0 });
  });

  it('says "not enough data" (null) until five buyer messages were answered in the window', () => {
    // a fresh install sees only the threads still open: two overdue ones are not a 0.0 % red figure
    expect(crtEstimate([msg(2), msg(3)], now)[0]).toMatchObject({ value: null, zone: null, counted: 2, late: 2 });
    const four = Array.from({ length: 4 }, () => msg(1, 1));
    expect(crtEstimate([...four, msg(2)], now)[0]).toMatchObject({ value: null, counted: 5 });
    expect(crtEstimate([...four, msg(2), msg(3, 30)], now)[0]).toMatchObject({ value: 66.7, zone: 'red', counted: 6, late: 2 });
  });

  it('builds a 14-day local series', () => {
    const series = dailySeries([msg(1, 1), msg(2, 30)], now, 14, 'Asia/Tokyo');
    expect(series).toHaveLength(14);
    expect(series.reduce((s, d) => s + d.counted, 0)).toBe(2);
    expect(series.reduce((s, d) => s + d.onTime, 0)).toBe(1);
  });
});

describe('formatCountdown', () => {
  it.each([
    [5 * HOUR + 12 * 60_000, 'en', '5 h 12 min left'],
    [-2 * HOUR, 'en', 'Overdue by 2 h'],
    [23 * 60_000, 'en', '23 min left'],
    [5 * HOUR + 12 * 60_000, 'de', 'noch 5 Std. 12 Min.'],
    [-2 * HOUR, 'de', '2 Std. überfällig'],
    [5 * HOUR + 12 * 60_000, 'ja', '残り5時間12分'],
    [-2 * HOUR, 'ja', '2時間超過'],
    [5 * HOUR + 12 * 60_000, 'pt', 'Faltam 5 h 12 min'],
    [-2 * HOUR, 'pt', 'Atrasado há 2 h'],
  ] as const)('%i ms in %s -> %s', (ms, lang, text) => {
    expect(formatCountdown(ms, lang)).toBe(text);
  });
});

const wall = (epochMs: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epochMs);
const buyer = (at: number, extra: object = {}) => ({ from: 'buyer' as const, at, ...extra });
const seller = (at: number, extra: object = {}) => ({ from: 'seller' as const, at, ...extra });

describe('slaStatus: the clock is 24 real hours, not the same wall time tomorrow', () => {
  it.each([
    // US spring forward 2026-03-08: Sat 10:00 PST is due Sun 11:00 PDT
    ['America/Los_Angeles', Date.UTC(2026, 2, 7, 18), '2026-03-07, 10:00', '2026-03-08, 11:00'],
    // US fall back 2026-11-01: Sat 10:00 PDT is due Sun 09:00 PST
    ['America/Los_Angeles', Date.UTC(2026, 9, 31, 17), '2026-10-31, 10:00', '2026-11-01, 09:00'],
    // EU spring forward 2026-03-29: Sat 12:00 CET is due Sun 13:00 CEST
    ['Europe/Berlin', Date.UTC(2026, 2, 28, 11), '2026-03-28, 12:00', '2026-03-29, 13:00'],
    // EU fall back 2026-10-25: Sat 12:00 CEST is due Sun 11:00 CET
    ['Europe/Berlin', Date.UTC(2026, 9, 24, 10), '2026-10-24, 12:00', '2026-10-25, 11:00'],
    // Japan has no DST: same wall time
    ['Asia/Tokyo', Date.UTC(2026, 2, 28, 3), '2026-03-28, 12:00', '2026-03-29, 12:00'],
  ])('%s: %s', (timeZone, received, receivedWall, dueWall) => {
    const status = slaStatus({ messages: [buyer(received)] }, received + HOUR);
    expect(wall(received, timeZone)).toBe(receivedWall);
    expect(status.dueAt! - received).toBe(24 * HOUR);
    expect(wall(status.dueAt!, timeZone)).toBe(dueWall);
  });

  it('gives one deadline for one instant, whichever marketplace zone printed it (PST, CET, JST)', () => {
    const now = Date.UTC(2026, 10, 28, 12);
    const texts: Array<[string, string, string]> = [
      ['Nov 27, 2026, 3:00 PM PST', 'America/Los_Angeles', 'en'],
      ['28.11.2026 00:00 CET', 'Europe/Berlin', 'de'],
      ['2026年11月28日(土) 8:00 JST', 'Asia/Tokyo', 'ja'],
      ['28.11.2026 00:00', 'Europe/Berlin', 'de'],
      ['2026/11/28 8:00', 'Asia/Tokyo', 'ja'],
    ];
    const dues = texts.map(([text, timeZone, lang]) => slaStatus({ messages: [buyer(parseDateTime(text, { timeZone, now, lang })!.at)] }, now).dueAt);
    expect(new Set(dues)).toEqual(new Set([Date.UTC(2026, 10, 28, 23)]));
  });
});

describe('slaStatus: which message sets the deadline', () => {
  it('a reply at the same instant as the buyer message answers it', () => {
    expect(slaStatus({ messages: [seller(T0), buyer(T0)] }, T0 + 30 * HOUR).state).toBe('answered');
  });

  it('a reply answers only messages before it; the first message after it sets the new deadline', () => {
    const t: ThreadTimeline = { messages: [buyer(T0), seller(T0 + HOUR), buyer(T0 + 2 * HOUR), buyer(T0 + 3 * HOUR)] };
    expect(unansweredBuyerMessages(t).map((m) => m.at)).toEqual([T0 + 2 * HOUR, T0 + 3 * HOUR]);
    expect(slaStatus(t, T0 + 4 * HOUR)).toMatchObject({ receivedAt: T0 + 2 * HOUR, dueAt: T0 + 26 * HOUR, state: 'on-track' });
  });

  it('reads messages in time order, not list order', () => {
    const t: ThreadTimeline = { messages: [buyer(T0 + 3 * HOUR), seller(T0 + 2 * HOUR), buyer(T0)] };
    expect(slaStatus(t, T0 + 4 * HOUR).dueAt).toBe(T0 + 27 * HOUR);
  });

  it('an auto-reply followed by a real reply is answered, with no hint', () => {
    const status = slaStatus({ messages: [buyer(T0), seller(T0 + 60_000, { autoReply: true }), seller(T0 + 3 * HOUR)] }, T0 + 30 * HOUR);
    expect(status).toEqual({ state: 'answered', estimated: false, hints: [] });
  });

  it('an auto-reply before a new buyer message does not answer it either', () => {
    const status = slaStatus({ messages: [buyer(T0), seller(T0 + HOUR), buyer(T0 + 2 * HOUR), seller(T0 + 2 * HOUR + 1000, { autoReply: true })] }, T0 + 30 * HOUR);
    expect(status).toMatchObject({ state: 'overdue', receivedAt: T0 + 2 * HOUR, hints: ['auto-reply-does-not-count'] });
  });

  it('NRN closes only messages before it, a buyer message at the NRN instant included', () => {
    expect(slaStatus({ messages: [buyer(T0)], nrnAt: [T0] }, T0 + 30 * HOUR).state).toBe('answered');
    expect(slaStatus({ messages: [buyer(T0 + HOUR)], nrnAt: [T0] }, T0 + 30 * HOUR)).toMatchObject({ state: 'overdue', dueAt: T0 + 25 * HOUR });
  });

  it('ignores entries without a real time instead of mis-sorting them', () => {
    expect(slaStatus({ messages: [buyer(Number.NaN), buyer(T0)] }, T0).receivedAt).toBe(T0);
    expect(slaStatus({ messages: [buyer(Number.NaN)] }, T0).state).toBe('answered');
  });
});

describe('buyerMessageOutcomes', () => {
  it('gives each buyer message its answer, NRN mark or nothing', () => {
    const t: ThreadTimeline = {
      messages: [buyer(T0), buyer(T0 + 10 * HOUR), seller(T0 + 11 * HOUR, { autoReply: true }), seller(T0 + 30 * HOUR), buyer(T0 + 31 * HOUR), buyer(T0 + 40 * HOUR)],
      nrnAt: [T0 + 32 * HOUR],
    };
    expect(buyerMessageOutcomes(t)).toEqual([
      { receivedAt: T0, answeredAt: T0 + 30 * HOUR },
      { receivedAt: T0 + 10 * HOUR, answeredAt: T0 + 30 * HOUR },
      { receivedAt: T0 + 31 * HOUR, noResponseNeeded: true },
      { receivedAt: T0 + 40 * HOUR },
    ]);
    // first late (30 h), second on time (20 h; the auto-reply did not count), NRN excluded, last still open at +41 h (undecided)
    expect(crtEstimate(buyerMessageOutcomes(t), T0 + 41 * HOUR, { minAnswered: 0 })[0]).toMatchObject({ counted: 2, late: 1, value: 50 });
  });
});

describe('crtEstimate: boundaries and zones', () => {
  const now = Date.UTC(2026, 10, 28, 12);
  const DAY = 24 * HOUR;

  it('answered at exactly 24 h is on time, 1 ms later is late', () => {
    expect(crtEstimate([{ receivedAt: now - DAY, answeredAt: now }], now)[0]).toMatchObject({ counted: 1, late: 0 });
    expect(crtEstimate([{ receivedAt: now - DAY - 1, answeredAt: now }], now)[0]).toMatchObject({ counted: 1, late: 1 });
  });

  it('an open message is undecided up to exactly 24 h and late 1 ms after', () => {
    expect(crtEstimate([{ receivedAt: now - DAY }], now)[0]).toMatchObject({ counted: 0, value: null });
    expect(crtEstimate([{ receivedAt: now - DAY - 1 }], now)[0]).toMatchObject({ counted: 1, late: 1 });
  });

  it('an answer stamped after now is not known yet', () => {
    expect(crtEstimate([{ receivedAt: now - 2 * DAY, answeredAt: now + HOUR }], now)[0]).toMatchObject({ counted: 1, late: 1 });
  });

  it('windows include a message exactly 7/30/90 days old and drop it 1 ms later', () => {
    for (const days of [7, 30, 90] as const) {
      const windows = (age: number) => crtEstimate([{ receivedAt: now - age, answeredAt: now - age + HOUR }], now).map((w) => w.counted);
      const index = [7, 30, 90].indexOf(days);
      expect(windows(days * DAY)[index]).toBe(1);
      expect(windows(days * DAY + 1)[index]).toBe(0);
    }
  });

  it.each([
    [1000, 0, 100, 'safe'],
    [1000, 100, 90, 'safe'],
    [1000, 101, 89.9, 'yellow'],
    [1000, 200, 80, 'yellow'],
    [1000, 201, 79.9, 'red'],
    [3, 1, 66.7, 'red'],
  ] as const)('%i counted, %i late -> %d %s', (counted, late, value, zone) => {
    const history = Array.from({ length: counted }, (_, i) => ({ receivedAt: now - 2 * DAY, answeredAt: now - 2 * DAY + (i < late ? 25 : 1) * HOUR }));
    expect(crtEstimate(history, now, { minAnswered: 0 })[0]).toEqual({ window: 7, value, zone, counted, late });
  });
});

describe('dailySeries across DST', () => {
  it.each([
    ['America/Los_Angeles', Date.UTC(2026, 2, 9, 7, 30), '2026-03-08'], // Mon 00:30 PDT, the day after spring forward
    ['America/Los_Angeles', Date.UTC(2026, 10, 2, 7, 30), '2026-11-01'], // fall back
    ['Europe/Berlin', Date.UTC(2026, 2, 29, 22, 30), '2026-03-29'], // Mon 00:30 CEST
    ['Europe/Berlin', Date.UTC(2026, 9, 25, 23, 30), '2026-10-25'], // Mon 00:30 CET
  ])('%s: consecutive local days, the DST day once', (timeZone, now, dstDay) => {
    const days = dailySeries([], now, 14, timeZone).map((d) => d.day);
    expect(days).toHaveLength(14);
    expect(days.filter((d) => d === dstDay)).toHaveLength(1);
    for (let i = 1; i < days.length; i += 1) expect(Date.parse(days[i]!) - Date.parse(days[i - 1]!)).toBe(24 * HOUR);
    expect(days.at(-1)).toBe(new Intl.DateTimeFormat('en-CA', { timeZone }).format(now));
  });

  it('buckets by the local day of receipt', () => {
    const now = Date.UTC(2026, 10, 28, 12);
    // 16:00 UTC on the 26th is the 26th in LA but already the 27th in Tokyo
    const history = [{ receivedAt: Date.UTC(2026, 10, 26, 16), answeredAt: Date.UTC(2026, 10, 26, 17) }];
    expect(dailySeries(history, now, 3, 'America/Los_Angeles').find((d) => d.counted)?.day).toBe('2026-11-26');
    expect(dailySeries(history, now, 3, 'Asia/Tokyo').find((d) => d.counted)).toMatchObject({ day: '2026-11-27', onTime: 1 });
  });
});

describe('formatCountdown: every language', () => {
  it.each([
    [5 * HOUR + 12 * 60_000, 'fr', '5 h 12 min restantes'],
    [-2 * HOUR, 'fr', 'En retard de 2 h'],
    [5 * HOUR + 12 * 60_000, 'es', 'Quedan 5 h 12 min'],
    [-2 * HOUR, 'es', 'Retraso de 2 h'],
    [5 * HOUR + 12 * 60_000, 'it', '5 h 12 min rimanenti'],
    [-2 * HOUR, 'it', 'In ritardo di 2 h'],
    [23 * 60_000, 'ja', '残り23分'],
    [23 * 60_000, 'de', 'noch 23 Min.'],
    [59_000, 'en', '1 min left'],
    [-(26 * HOUR + 5 * 60_000), 'en', 'Overdue by 26 h'],
  ] as const)('%i ms in %s -> %s', (ms, lang, text) => {
    expect(formatCountdown(ms, lang)).toBe(text);
  });

  it('falls back to English for an unknown language', () => {
    expect(formatCountdown(-2 * HOUR, 'nl' as never)).toBe('Overdue by 2 h');
  });
});

describe('slaStatus: properties over random threads', () => {
  it('the deadline is always 24 h after the earliest unanswered buyer message, and states only move forward with time', () => {
    const entry = fc.record({ from: fc.constantFrom('buyer' as const, 'seller' as const), at: fc.integer({ min: 0, max: 72 * HOUR }), autoReply: fc.boolean() });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 72 * HOUR }), { maxLength: 2 }), fc.integer({ min: 0, max: 120 * HOUR }), (messages, nrnAt, offset) => {
        const timeline = { messages: messages.map((m) => ({ ...m, at: T0 + m.at })), nrnAt: nrnAt.map((n) => T0 + n) };
        const status = slaStatus(timeline, T0 + offset);
        const open = unansweredBuyerMessages(timeline);
        if (!open.length) return status.state === 'answered';
        const rank = { 'on-track': 0, 'at-risk': 1, overdue: 2, answered: -1 };
        const later = slaStatus(timeline, T0 + offset + HOUR);
        return (
          status.dueAt === Math.min(...open.map((m) => m.at)) + 24 * HOUR &&
          status.msLeft === status.dueAt - (T0 + offset) &&
          rank[later.state] >= rank[status.state]
        );
      }),
      { numRuns: 300 },
    );
  });
});
