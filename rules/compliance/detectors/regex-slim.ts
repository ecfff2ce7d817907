// Smaller native code for the detectors' patterns, same matches (s31 size31).
//
// Irregexp compiles what follows an optional or repeated piece once per way the engine can arrive
// there with work still pending (a deferred position advance, a bound check): up to ten copies of the
// rest of the pattern after each such piece, nested. A long alternation full of "(?:a |the )?",
// "\s{1,4}", "[^.!?\n]{0,110}" compiled to 1-2 MB of code for each subject width (one-byte and
// two-byte), and past 16 MB of executable memory V8 stops optimising every later regexp (notes31
// speed-probes). An empty look-ahead "(?=)" after such a piece flushes that pending work, so the
// rest is compiled once; it matches the empty string everywhere, so matches, captures and the
// order the engine tries things in are unchanged (lexical.ts's cutCopies does the same for the
// lexicon entries, after groups only).
import { eachToken } from './regex-tokens';

/** A quantifier at the start of the text (greedy or lazy): "?", "*", "+", "{2}", "{0,3}", "{1,}". */
const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/** V8 does not optimise a pattern whose source is longer than this: a cut never pushes a source past it. */
export const V8_OPTIMISED_SOURCE = 20000;

/** Tokens that end no atom a quantifier could follow. */
const NOT_ATOM_END = new Set(['(', '|', '?', '*', '+', '}']);

/**
 * The source with "(?=)" after each quantified atom (a group, a class, an escape, a character) past
 * the pattern's first `head` characters; the head is left alone so V8's first-character dispatch
 * and look-ahead scan still see the words a match starts with. Classes are copied as written.
 * Returned unchanged when the cuts would push it past V8_OPTIMISED_SOURCE.
 */
// examples: "(?:a |the )?review" -> "(?:a |the )?(?=)review"; "\s{0,3}code" -> "\s{0,3}(?=)code";
// "[^.!?]{0,80}?x" -> "[^.!?]{0,80}?(?=)x"; "[a?]" and "\?" stay (no quantifier); "(?:x)" stays
export function slimSource(source: string, head = 0): string {
  let out = '';
  let skipUntil = 0;
  eachToken(source, (text, start, inClass) => {
    if (start < skipUntil) return;
    out += text;
    // an atom ends at a class's "]", or at any other token outside a class that is not an operator
    if (inClass ? text !== ']' : NOT_ATOM_END.has(text)) return;
    const after = start + text.length;
    if (after < head) return;
    const quantifier = QUANTIFIER.exec(source.slice(after, after + 16));
    if (!quantifier) return;
    out += `${quantifier[0]}(?=)`;
    skipUntil = after + quantifier[0].length;
  });
  return out.length > V8_OPTIMISED_SOURCE && source.length <= V8_OPTIMISED_SOURCE ? source : out;
}
