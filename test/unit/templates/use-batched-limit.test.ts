// The templates page renders its results a batch per frame; a page in a background tab gets no frames, and the list
// must still grow to every result (s26: the e2e filter test waited 30 s for 23 cards that never came).
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBatchedLimit } from '../../../entrypoints/templates/use-batched-limit';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useBatchedLimit', () => {
  it('grows to the total without animation frames (a background tab)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const { result } = renderHook(({ total }) => useBatchedLimit(total, []), { initialProps: { total: 300 } });
    expect(result.current).toBe(10);
    for (let i = 0; i < 100 && result.current < 300; i++) await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(result.current).toBeGreaterThanOrEqual(300);
  });

  it('starts again from the first batch when the filter changes, and grows again', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const { result, rerender } = renderHook(({ total, filter }) => useBatchedLimit(total, [filter]), { initialProps: { total: 90, filter: 'a' } });
    for (let i = 0; i < 30 && result.current < 90; i++) await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(result.current).toBeGreaterThanOrEqual(90);
    rerender({ total: 70, filter: 'b' });
    expect(result.current).toBe(10);
    for (let i = 0; i < 30 && result.current < 70; i++) await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(result.current).toBeGreaterThanOrEqual(70);
  });

  it('shows a library of up to 40 results whole, with no frame and no timer (s33: CI showed 10 of 23 cards for 30 s)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const { result, rerender } = renderHook(({ total, filter }) => useBatchedLimit(total, [filter]), { initialProps: { total: 23, filter: '' } });
    expect(result.current).toBe(23);
    rerender({ total: 13, filter: 'block' });
    expect(result.current).toBe(13);
    rerender({ total: 40, filter: '' });
    expect(result.current).toBe(40);
    // one more and it is batched again, from the first screenful
    rerender({ total: 41, filter: 'x' });
    expect(result.current).toBe(10);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
  });
});
