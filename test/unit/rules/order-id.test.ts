// Rule: an Amazon order id is 3-7-7 digits (or D01-7-7 for digital orders), found anywhere in a text,
// but never inside a longer number or glued to a word.
import { describe, expect, it } from 'vitest';
import { findOrderIds, isOrderId, ORDER_ID_RE } from '../../../rules/order-id';

describe('isOrderId', () => {
  it.each(['113-1234567-1234567', '503-0000009-0000009', 'D01-1234567-1234567', ' 402-7654321-1111111 '])('accepts %j', (id) => {
    expect(isOrderId(id)).toBe(true);
  });
  it.each(['113-123456-1234567', '113-1234567-12345678', '1113-1234567-1234567', 'd01-1234567-1234567', 'DD1-1234567-1234567', '113 1234567 1234567', '', 'Order 113-1234567-1234567'])(
    'rejects %j',
    (id) => expect(isOrderId(id)).toBe(false),
  );
  it('gives the same answer on repeated calls (no regex state)', () => {
    expect([1, 2, 3].map(() => isOrderId('113-1234567-1234567'))).toEqual([true, true, true]);
  });
});

describe('findOrderIds', () => {
  it('finds ids in running text, in order, without duplicates', () => {
    const text = 'Re: (Order: 113-1234567-1234567) and D01-7654321-7654321; again 113-1234567-1234567.';
    expect(findOrderIds(text)).toEqual(['113-1234567-1234567', 'D01-7654321-7654321']);
  });
  it('finds ids next to Japanese text and punctuation', () => {
    expect(findOrderIds('注文番号503-0000009-0000009について')).toEqual(['503-0000009-0000009']);
    expect(findOrderIds('#249-1111111-2222222,')).toEqual(['249-1111111-2222222']);
  });
  it('ignores ids inside longer digit runs or glued to words', () => {
    expect(findOrderIds('1113-1234567-1234567 113-1234567-12345678 X113-1234567-1234567 113-1234567-1234567-9')).toEqual([]);
    expect(findOrderIds('')).toEqual([]);
  });
  it('exports a global regex for matchAll', () => {
    expect([...'a 111-2222222-3333333 b 444-5555555-6666666'.matchAll(ORDER_ID_RE)].map((m) => m[0])).toHaveLength(2);
  });
});
