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
    const { result } = renderHook(({ total }) => useBatchedLimit(total, []), { initialProps: { total: 60 } });
    expect(result.current).toBe(10);
    for (let i = 0; i < 30 && result.current < 60; i++) await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(result.current).toBeGreaterThanOrEqual(60);
  });

  it('starts again from the first batch when the filter changes, and grows again', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const { result, rerender } = renderHook(({ total, filter }) => useBatchedLimit(total, [filter]), { initialProps: { total: 30, filter: 'a' } });
    for (let i = 0; i < 30 && result.current < 30; i++) await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(result.current).toBeGreaterThanOrEqual(30);
    rerender({ total: 23, filter: 'b' });
    expect(result.current).toBe(10);
    for (let i = 0; i < 30 && result.current < 23; i++) await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(result.current).toBeGreaterThanOrEqual(23);
  });
});
