// Amazon order ids: 3-7-7 digits (e.g. 113-1234567-1234567) and the digital D01- form.
// Bounded on both sides so a longer digit run or a word glued to it (a tracking number, "X113-...")
// is not read as an order id.
export const ORDER_ID_SOURCE = String.raw`(?:\d{3}|D\d{2})-\d{7}-\d{7}`;
/** Global: use with `matchAll`/`match`; for a yes/no test use `isOrderId` (a /g regex keeps state). */
export const ORDER_ID_RE = new RegExp(String.raw`(?<![A-Za-z\d-])${ORDER_ID_SOURCE}(?![A-Za-z\d-])`, 'g');
const WHOLE_ORDER_ID = new RegExp(`^${ORDER_ID_SOURCE}$`);

export function isOrderId(text: string): boolean {
  return typeof text === 'string' && WHOLE_ORDER_ID.test(text.trim());
}

/** Every order id in a text, in order of appearance, without duplicates. */
export function findOrderIds(text: string): string[] {
  // the shortest id is 19 characters with dashes: most texts are ruled out without the regex
  if (typeof text !== 'string' || text.length < 19 || !text.includes('-')) return [];
  return [...new Set(text.match(ORDER_ID_RE) ?? [])];
}
