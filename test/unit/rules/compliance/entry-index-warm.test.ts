// The composer builds the entry index while the page is idle, a slice at a time; a check that comes
// before the last slice finishes it at once. The index is built once per module instance, and the
// rules project shares modules between files (isolate: false): the test loads fresh copies.
import { describe, expect, it, vi } from 'vitest';

describe('building the entry index in idle slices', () => {
  it('stops when a slice is over, goes on from there, and a check in between finishes it', async () => {
    vi.resetModules();
    const { checkMessage } = await import('../../../../rules/compliance');
    const { warmEntryIndex } = await import('../../../../rules/compliance/detectors/entry-index');
    const sliceOf = (entries: number) => {
      let read = 0;
      return () => read++ >= entries;
    };
    expect(warmEntryIndex(sliceOf(100))).toBe(false);
    expect(warmEntryIndex(sliceOf(100))).toBe(false);
    // a keystroke before the index is complete: the check finishes it and finds what it should
    const rules = checkMessage('If you are happy with it, please leave us a 5-star review.').map((f) => f.rule);
    expect(rules).toContain('leading');
    expect(warmEntryIndex(sliceOf(1))).toBe(true);
  });
});
