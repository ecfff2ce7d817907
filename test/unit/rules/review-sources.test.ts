import { describe, expect, it } from 'vitest';
import { amazonAnswer, deliveryWindow, requestBehind } from '../../../rules/review-sources';

const DAY = 86_400_000;

describe('amazonAnswer', () => {
  it('an order not shipped wins over everything (Amazon shows no button)', () => {
    expect(amazonAnswer({ rarReason: 'ReasonNotShippedOrder', eligibility: 'eligible', stored: 'already-sent' })).toBe('not-shipped');
  });
  it("today's eligibility answer wins over a stored one", () => {
    expect(amazonAnswer({ eligibility: 'eligible', stored: 'already-sent' })).toBe('eligible');
    expect(amazonAnswer({ eligibility: 'outside-window' })).toBe('outside-window');
  });
  it('a stored "already sent" stands when Amazon does not answer; a stored "outside the window" does not', () => {
    expect(amazonAnswer({ eligibility: null, stored: 'already-sent' })).toBe('already-sent');
    expect(amazonAnswer({ eligibility: null, stored: 'outside-window' })).toBeUndefined();
    expect(amazonAnswer({ stored: 'eligible' })).toBeUndefined();
    expect(amazonAnswer({})).toBeUndefined();
  });
});

describe('deliveryWindow', () => {
  const json = { earliest: 10 * DAY, latest: 12 * DAY };
  it('the order JSON, when it answered, even without dates', () => {
    expect(deliveryWindow({ json, pageText: { start: 1, end: 2 }, stored: { earliest: 3, latest: 4 } })).toEqual({ ...json, fromPageText: false });
    expect(deliveryWindow({ json: {}, stored: { earliest: 3, latest: 4 } })).toEqual({ earliest: undefined, latest: undefined, fromPageText: false });
  });
  it('else the page text, else what an earlier visit stored', () => {
    expect(deliveryWindow({ json: null, pageText: { start: 1, end: 2 }, stored: { earliest: 3, latest: 4 } })).toEqual({ earliest: 1, latest: 2, fromPageText: true });
    expect(deliveryWindow({ json: null, pageText: null, stored: { earliest: 3, latest: 4 } })).toEqual({ earliest: 3, latest: 4, fromPageText: true });
    expect(deliveryWindow({ json: null })).toEqual({ earliest: undefined, latest: undefined, fromPageText: true });
  });
});

describe('requestBehind', () => {
  const requests = [
    { channel: 'button' as const, at: 30 },
    { channel: 'message' as const, at: 20 },
    { channel: 'api' as const, at: 10 },
    { channel: 'message' as const, at: 5 },
  ];
  it('the first request by message when a message asked for the review', () => {
    expect(requestBehind('review-sent-by-message', requests)).toEqual({ channel: 'message', at: 5 });
  });
  it('else the first by button or API', () => {
    expect(requestBehind('already-requested', requests)).toEqual({ channel: 'api', at: 10 });
    expect(requestBehind('already-requested', [{ channel: 'message', at: 1 }])).toBeUndefined();
  });
});
