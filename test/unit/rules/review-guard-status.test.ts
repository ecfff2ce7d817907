import { describe, expect, it } from 'vitest';
import { missingControlStatus } from '../../../rules/review-guard-status';

describe('missingControlStatus', () => {
  it('an order not shipped has no button: ok, whatever the time', () => {
    expect(missingControlStatus({ amazonSays: 'not-shipped', loading: true, elapsedMs: 0, graceMs: 3000 })).toEqual({ status: 'ok', detail: 'order not shipped: Amazon shows no Request a Review button' });
  });
  it('blind only once loaded and past the grace', () => {
    expect(missingControlStatus({ loading: false, elapsedMs: 3001, graceMs: 3000 })).toEqual({ status: 'not-found', detail: 'Request a Review button not found on Order details' });
    expect(missingControlStatus({ amazonSays: 'eligible', loading: false, elapsedMs: 5000, graceMs: 3000 })?.status).toBe('not-found');
  });
  it('nothing to say while loading or within the grace', () => {
    expect(missingControlStatus({ loading: true, elapsedMs: 10_000, graceMs: 3000 })).toBeUndefined();
    expect(missingControlStatus({ loading: false, elapsedMs: 3000, graceMs: 3000 })).toBeUndefined();
  });
});
