// (s29) Where a reply turns from the buyer's question to the seller's own topic inside one sentence: a topic-shift marker ("by the
// way", "übrigens", "au fait", "por cierto", "a proposito", "aliás", "aproveita e", "ちなみに") or a refusal turned by "but"
// ("no gift on this order, but on your next one ..."). What follows the turn is read as its own sentence by promotion.ts: the
// answer before it no longer clears an offer after it (the buyer did not ask about the turn), and the refusal's negation no
// longer reaches it. Read on the normalized (lowercased) sentence.
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';
import { NEGATION } from './promotion-guards';
import { BUT_WORDS } from '../negation';

/** A topic-shift marker: the words after it are the seller's own topic. */
const SHIFT = accentOptionalRe(compactRegExp(
  `(?:^|[^\\p{L}])(?:by the way|btw|also good to know|while you're here|on another note|übrigens|nebenbei bemerkt|ach ja|au fait|d'ailleurs|par ailleurs|à propos|petite info|por cierto|a propósito|por otro lado|aprovecho para|tra l'altro|a proposito|per inciso|ne approfitto per|aliás|por falar nisso|aproveita e|aproveite e|aproveitando)(?![\\p{L}])[\\s,:;-]*|ちなみに[、,]?|ところで[、,]?|余談ですが[、,]?`,
  'u',
));
/** A contrast after a refusal's clause: ", but", ", aber", ", mais", ", pero", ", ma", ", però", ", mas". */
const BUT = new RegExp(`,\\s{0,3}(?:${BUT_WORDS})\\s`, 'gu');
/** Refusing words the novelty guard's negation leaves out ("niente omaggi", "ningún regalo", "aucun cadeau", "nichts dabei"). */
const NONE = /(?:^|[^\p{L}])(?:nothing|none|nichts|aucune?|rien|ningún|ninguna|nada|niente|nessun[oa]?|nenhum|nenhuma)(?![\p{L}])/u;

export interface Turn {
  /** where the turned part starts in the sentence */
  readonly at: number;
  /** a topic shift (the buyer's question answers nothing after it), not a refusal's "but" */
  readonly shift: boolean;
}

/** The turn in a sentence, or null. A "but" counts only after a negation in its head ("Leider kein Geschenk, aber ..."). */
export function turnIn(s: string): Turn | null {
  const m = SHIFT.exec(s);
  if (m) return { at: m.index + m[0].length, shift: true };
  BUT.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let b = BUT.exec(s); b; b = BUT.exec(s)) last = b;
  if (last && (NEGATION.test(s.slice(0, last.index)) || NONE.test(s.slice(0, last.index)))) return { at: last.index + last[0].length, shift: false };
  return null;
}
