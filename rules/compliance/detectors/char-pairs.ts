// The character pairs of the text being checked, as a bit table (64K bits, hashed): a literal whose first
// two characters are no pair of the text cannot be in it, so most literals are ruled out without a search.
// Shared by the entry index (in-word triggers, cue places) and the Japanese entries, which look up literals
// in the same text during one check; the table is filled once per text.

const PAIRS = new Int32Array(1 << 11);
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e37) ^ b) & 0xffff;
/** The text the table was last filled from. */
let filledFrom: string | null = null;

function fill(text: string): void {
  PAIRS.fill(0);
  filledFrom = text;
  for (let i = 0; i + 1 < text.length; i++) {
    const h = pairHash(text.charCodeAt(i), text.charCodeAt(i + 1));
    PAIRS[h >>> 5]! |= 1 << (h & 31);
  }
}

/** Could `literal` be in `text`? False only when its first two characters are no pair of the text. */
export function mayHold(text: string, literal: string): boolean {
  if (literal.length < 2) return true;
  if (text !== filledFrom) fill(text);
  const h = pairHash(literal.charCodeAt(0), literal.charCodeAt(1));
  return (PAIRS[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/** Is `literal` in `text`? (the pair table first, then a search) */
export function holds(text: string, literal: string): boolean {
  return mayHold(text, literal) && text.includes(literal);
}
