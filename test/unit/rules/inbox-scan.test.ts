import { describe, expect, it } from 'vitest';
import { awaitsReply, openThreadShape, unfetchedKeys } from '../../../rules/inbox-scan';

describe('awaitsReply', () => {
  const known = new Set(['known']);
  it("with Amazon's data, its cases alone decide", () => {
    const cases = new Set(['a']);
    expect(awaitsReply('a', false, cases, known)).toBe(true);
    expect(awaitsReply('known', true, cases, known)).toBe(false);
  });
  it("without it, the row's label or a thread we know", () => {
    expect(awaitsReply('x', true, undefined, known)).toBe(true);
    expect(awaitsReply('known', false, undefined, known)).toBe(true);
    expect(awaitsReply('x', false, undefined, known)).toBe(false);
  });
});

describe('openThreadShape', () => {
  const base = { caseId: 'c1', messages: [{ from: 'buyer' }], noResponseNeededOffered: true };
  it('changes with a new message, its author or the offer', () => {
    const shape = openThreadShape(base);
    expect(shape).toBe('c1|1|buyer|true');
    expect(openThreadShape({ ...base, messages: [...base.messages, { from: 'seller' }] })).not.toBe(shape);
    expect(openThreadShape({ ...base, noResponseNeededOffered: false })).not.toBe(shape);
    expect(openThreadShape({ ...base, messages: [] })).toBe('c1|0||true');
  });
});

describe('unfetchedKeys', () => {
  it('rows then the open thread, each once, not asked for yet', () => {
    expect(unfetchedKeys(['a', 'b', 'a', 'done'], 'c', new Set(['done']))).toEqual(['a', 'b', 'c']);
    expect(unfetchedKeys(['a'], 'a', new Set())).toEqual(['a']);
    expect(unfetchedKeys([], undefined, new Set())).toEqual([]);
  });
});
