// The composer builds the entry index while the page is idle, a slice at a time; a check that comes
// before the last slice finishes it at once. (Its own file: the index is built once per module.)
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { warmEntryIndex } from '../../../../rules/compliance/detectors/entry-index';

describe('building the entry index in idle slices', () => {
  it('stops when a slice is over, goes on from there, and a check in between finishes it', () => {
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
