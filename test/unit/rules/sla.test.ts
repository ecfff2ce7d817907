// Rule: a buyer message is due 24 real hours after delivery; the earliest unanswered message sets the
// deadline; replies answer earlier messages, auto-replies do not; NRN closes, a new buyer message
// restarts the clock; states follow the internal SLA.
import { describe, expect, it } from 'vitest';
import { crtEstimate, dailySeries, formatCountdown, HOUR, slaStatus, unansweredBuyerMessages, validateInternalSla } from '../../../rules/sla';

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

  it('refuses an internal SLA outside 1..24 h with a clear error', () => {
    expect(() => validateInternalSla(0.5)).toThrow(/between 1 and 24 hours/);
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
    const [w7, w30, w90] = crtEstimate(history, now);
    expect(w7).toEqual({ window: 7, value: 66.7, zone: 'red', counted: 3, late: 1 });
    expect(w30).toMatchObject({ counted: 4, late: 1, value: 75 });
    expect(w90).toMatchObject({ counted: 5, late: 2, value: 60 });
  });

  it('counts an old unanswered message as late and gives zones at 90 and 80', () => {
    expect(crtEstimate([msg(2)], now)[0]).toMatchObject({ counted: 1, late: 1, value: 0, zone: 'red' });
    const nine = Array.from({ length: 9 }, () => msg(1, 1));
    expect(crtEstimate([...nine, msg(1, 25)], now)[0]).toMatchObject({ value: 90, zone: 'safe' });
    const eight = Array.from({ length: 8 }, () => msg(1, 1));
    expect(crtEstimate([...eight, msg(1, 25), msg(1, 25)], now)[0]).toMatchObject({ value: 80, zone: 'yellow' });
    expect(crtEstimate([], now)[0]).toMatchObject({ value: null, zone: null, counted: 0 });
  });

  it('builds a 14-day local series', () => {
    const series = dailySeries([msg(1, 1), msg(1, 30)], now, 14, 'Asia/Tokyo');
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
  ] as const)('%i ms in %s -> %s', (ms, lang, text) => {
    expect(formatCountdown(ms, lang)).toBe(text);
  });
});
