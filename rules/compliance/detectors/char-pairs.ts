// The character pairs and triples of the text being checked, as bit tables (64K bits each, hashed): a
// literal whose first two (three) characters are no pair (triple) of the text cannot be in it, so most
// literals are ruled out without a search. Shared by the entry index (in-word triggers, cue places) and the
// Japanese entries, which look up literals in the same text during one check; the tables are filled once
// per text. (Pairs alone let half the in-word triggers of a 2,000-character reply through to a search:
// "st", "re", "te" are in every English text; triples let through few but the literals that are there.)

const PAIRS = new Int32Array(1 << 11);
const TRIPLES = new Int32Array(1 << 11);
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e37) ^ b) & 0xffff;
const tripleHash = (a: number, b: number, c: number): number => (Math.imul(Math.imul(a, 0x9e37) ^ b, 0x85eb) ^ c ^ (c >>> 7)) & 0xffff;
/** The text the tables were last filled from. */
let filledFrom: string | null = null;

function fill(text: string): void {
  PAIRS.fill(0);
  TRIPLES.fill(0);
  filledFrom = text;
  const n = text.length;
  if (n < 2) return;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  let h = pairHash(a, b);
  PAIRS[h >>> 5]! |= 1 << (h & 31);
  for (let i = 2; i < n; i++) {
    const c = text.charCodeAt(i);
    h = pairHash(b, c);
    PAIRS[h >>> 5]! |= 1 << (h & 31);
    h = tripleHash(a, b, c);
    TRIPLES[h >>> 5]! |= 1 << (h & 31);
    a = b;
    b = c;
  }
}

/** Could `literal` be in `text`? False only when its first two (three) characters are no pair (triple)
 *  of the text. */
export function mayHold(text: string, literal: string): boolean {
  if (literal.length < 2) return true;
  if (text !== filledFrom) fill(text);
  const a = literal.charCodeAt(0);
  const b = literal.charCodeAt(1);
  if (literal.length === 2) {
    const h = pairHash(a, b);
    return (PAIRS[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
  const h = tripleHash(a, b, literal.charCodeAt(2));
  return (TRIPLES[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/** Is `literal` in `text`? (the tables first, then a search) */
export function holds(text: string, literal: string): boolean {
  return mayHold(text, literal) && text.includes(literal);
}
