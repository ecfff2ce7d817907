// Amazon order ids: 3-7-7 digits (e.g. 113-1234567-1234567) and the digital D01- form.
export const ORDER_ID_SOURCE = String.raw`(?:\d{3}|D\d{2})-\d{7}-\d{7}`;
export const ORDER_ID_RE = new RegExp(String.raw`(?<![\d-])${ORDER_ID_SOURCE}(?![\d-])`, 'g');

export function isOrderId(text: string): boolean {
  return new RegExp(`^${ORDER_ID_SOURCE}$`).test(text.trim());
}

/** Every order id in a text, in order of appearance, without duplicates. */
export function findOrderIds(text: string): string[] {
  return [...new Set(text.match(ORDER_ID_RE) ?? [])];
}
