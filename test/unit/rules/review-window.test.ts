// Rule: Request a Review is allowed from day 5 after the earliest delivery through day 30 after the
// latest delivery, inclusive, on the marketplace's calendar; one request per order, one channel.
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
