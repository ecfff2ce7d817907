// A posted review asked to be changed or removed when the change verb's object is a pronoun or a part of the review, the review
// itself named in that sentence or the one before: "Your review mentions a broken lid, but that has been fixed. Please amend it.",
// "your feedback says the parcel never came ... Can you remove it?", "the review no longer applies. Kindly take it down.", "would
// you consider editing it", "if u take down the 1 star one", "Bitte nehmen Sie die Ein-Stern-Wertung zurück", "wenn Sie den Beitrag
// anschließend anpassen", "¿te importaría cambiar las estrellas de tu opinión?", "potrebbe rivedere il punteggio", 「レビューの星の数を
// 見直していただけますでしょうか」, 「低評価を消してくれたら」. The lexicons read "amend your review" with the noun as the object; the
// anaphor leaves them nothing to read. Asking to change or remove a review is leading only (README conventions), so the entry is a
// change entry (check.ts drops a review_request read over the same words).
// Per sentence: a change verb with a pronoun or part object (CHANGE) in a request (ASKED), the buyer's review named in the sentence or
// the one before (NAMED), and no refusal or how-to before the verb ("we'd never ask you to remove it", "if you want to edit it, go
// to Your Orders").
// why: s32 rrec32 - rl-en-0077, rl-en-0080, rl-en-0523, s28gr2-en-004, s25q-en-011, s8-de-0115, s22f-de-009, s22g-es-019,
// s28gr2-it-009, s22g-ja-019, s25q-ja-011.
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compact } from './compact-letters';

export const CHANGE_ANAPHOR_ENTRY = 'leading:change-review-anaphor';

/** The buyer's review named: a possessed or definite review noun, a star-count review ("the 1 star one"), what the buyer posted. */
const NAMED = compact(
  /(?<![\p{L}])(?:(?:your|ur|the|that|this|original)(?: [\p{L}\d-]{1,12}){0,2} (?:review|feedback|rating|write-?up)|\d[- ]?stars? (?:one|review|rating)|(?:ihre|deine|die|ihr|der)(?: [\p{L}-]{1,20})? [\p{L}-]{0,20}(?:bewertung|rezension|wertung)|(?:tu|su|la) (?:reseña|opinión|valoración)|lo que (?:publicó|escribió|publicaste|escribiste)|(?:la sua|la tua|sua|tua) (?:recensione|valutazione)|(?:una|1) stella|(?:sua|tua|a) (?:avaliação|resenha)|(?:votre|ton) (?:avis|évaluation|commentaire))(?![\p{L}])|レビュー|低評価|星/u,
);
/** The change asked, with a pronoun or a part of the review as its object. */
const CHANGE = compact(
  /(?<![\p{L}])(?:(?:amend(?:ing)?|edit(?:ing)?|updat(?:e|ing)|chang(?:e|ing)|remov(?:e|ing)|delet(?:e|ing)|revis(?:e|ing)|correct(?:ing)?|adjust(?:ing)?) (?:it|that|them)(?! (?:to (?:us|me)|back|for you|out))|take (?:it|that) down|take down (?:the |ur |your )?(?:\d|one|two)[- ]?stars? (?:one|review|rating)|(?:nehmen|ziehen) sie (?:die|ihre|den) [\p{L}-]{0,30}(?:wertung|bewertung|rezension|beitrag) zurück|den beitrag (?:\p{L}+ )?(?:anpassen|ändern|löschen|entfernen|überarbeiten|korrigieren)|cambiar las estrellas|(?:cambiar|modificar|ajustar|actualizar|editar|quitar|borrar)(?:lo|la)|rivedere il (?:punteggio|voto)|(?:modificar|aggiornar|rimuover|toglier|cancellar)(?:la|lo))(?![\p{L}])|(?:星の数|低評価|評価)を(?:見直|変更|修正|消|削除|取り下げ)/u,
);
/** A request put to the buyer (a question, please, a modal, a condition of the seller's offer). */
const ASKED = compact(
  /\?|？|(?<![\p{L}])(?:please|kindly|could you|can you|would you|if (?:you|u)|bitte|könnten|würden|wenn sie|falls sie|importaría|podría|puede|potrebbe|può|per favore|pourriez|merci de|poderia|por favor)(?![\p{L}])|ください|いただけ|くれたら|頂け/u,
);
/** A refusal or the buyer's own wish before the change verb: "never ask you to remove it", "if you want to edit it". */
const NOT_ASKED = compact(
  /(?<![\p{L}])(?:never|not|n't|nie|nicht|nunca|no|non|mai|jamais|pas|não|want to|wish to|decide to|choose to|like to|how to)(?![\p{L}])[^.!?\n]{0,30}$/u,
);

/** The seller as the one who changes it: "we'll change it", "I can remove it for you" (a support reply, no ask). */
const SELLER_DOES = compact(/(?<![\p{L}])(?:we|we'll|we've|we'd|i|i'll|i'd|i've|wir|ich|nous|je|on|noi|nós)(?:'ll| will| can| could| would| shall| have| to)?(?: \p{L}{1,12})? $/u);

/** leading spans (normalized copy) over sentences that ask the buyer to change or remove the review named before. */
export function reviewChangesByAnaphor(t: string): Span[] {
  const out: Span[] = [];
  if (!NAMED.test(t)) return out;
  let prev = '';
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    const m = CHANGE.exec(s);
    const ok = m !== null && ASKED.test(s) && (NAMED.test(s) || NAMED.test(prev)) && !NOT_ASKED.test(s.slice(Math.max(0, m.index - 40), m.index)) && !SELLER_DOES.test(s.slice(Math.max(0, m.index - 30), m.index));
    prev = s;
    if (ok) out.push({ rule: 'leading', severity: 'block', start, end, entry: CHANGE_ANAPHOR_ENTRY });
  }
  return out;
}
