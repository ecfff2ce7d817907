// A review named only by a comment verb whose object is the purchase or the product, on Amazon or its page: "Quem comentar a compra
// na Amazon ganha 15% de desconto", "commentez votre achat sur Amazon", "chi commenta il prodotto su Amazon", "wer den Kauf bei Amazon
// kommentiert", "comment on your purchase on Amazon". Commenting on what was bought, where other shoppers read it, is writing a
// review. REVIEW_RE (shared by six modules) is left alone: a bare comment verb is far too wide there ("comment on the invoice",
// "comentar com o técnico"); this reading needs the purchase or product as the object and Amazon or the product page beside it,
// and an asker: a whoever-class ("quem", "chi", "qui", "wer", "whoever") or a request (an imperative, please, "could you").
// Not a refusal, a comment the buyer already made ("comentou", "commented"), thanks.
// why: s32 rrec32c - s14b-pt-016 (a reward for "comentar a compra na Amazon": rewardsBesideAsks then reads the reward beside it)
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compact } from './compact-letters';

export const COMMENT_PURCHASE_ENTRY = 'review_request:comment-on-purchase';

/** Cheap pre-test: a comment verb's stem. */
const STEM = /coment|comment|kommentier/u;
/** The comment verb, its object (the purchase, the order's item, the product) within two words, and the venue within 30 characters;
 *  German verb-final too ("wer den Kauf bei Amazon kommentiert"). */
const COMMENT_OBJECT = compact(
  /(?<![\p{L}])(?:comentar|comente|comentem|comenta|comentarem|comentando|commenter|commentez|commente|commentant|commentare|commenti|commenta|commentando|commentino|kommentieren|kommentiert|kommentiere|comment on)(?![\p{L}])(?: [\p{L}']{1,10}){0,2}? (?:(?:a|sua|tua|la|su|tu|votre|ton|l'|la sua|il|o|seu|el|le|den|das|ihren|ihr|your|the)\s?)?(?:compra|pedido|produto|producto|achat|produit|acquisto|prodotto|articolo|kauf|produkt|artikel|purchase|product|item)(?![\p{L}])[^.!?\n]{0,30}?(?<![\p{L}])(?:amazon|página do produto|page (?:du )?produit|pagina (?:del )?prodotto|produktseite|product page|listing)(?![\p{L}])|(?<![\p{L}])(?:den|das|ihren|ihr) (?:kauf|produkt|artikel) (?:bei|auf) (?:amazon|der produktseite) kommentier\p{L}{0,3}(?![\p{L}])/u,
);
/** The asker: a whoever-class or a request form. */
const ASKER = compact(
  /(?<![\p{L}])(?:quem|chi|qui|wer|quien|quienes|whoever|anyone who|everyone who|todo (?:o )?que|tutti quelli che|tous ceux qui|alle,? die|please|por favor|per favore|s'il vous pla[iî]t|bitte|could you|would you|pode|poderia|podría|puede|potrebbe|pourriez|pouvez|könnten|können sie|comente|comentem|commentez|kommentieren sie)(?![\p{L}])/u,
);
/** Refused, already done, or thanked. */
const NOT_ASKED = compact(
  /(?<![\p{L}])(?:não|nunca|nem|no|non|ne|pas|nicht|kein\p{L}{0,2}|never|not|don't|comentou|comentaram|comentó|commenté|commentato|kommentiert hat|kommentiert haben|commented|obrigad[oa]s?|gracias|merci|grazie|danke|thanks?)(?![\p{L}])/u,
);

/** review_request spans (normalized copy) over sentences that ask for a comment on the purchase on Amazon. */
export function commentedPurchases(t: string): Span[] {
  const out: Span[] = [];
  if (!STEM.test(t)) return out;
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    if (!STEM.test(s) || !COMMENT_OBJECT.test(s) || !ASKER.test(s) || NOT_ASKED.test(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: COMMENT_PURCHASE_ENTRY });
  }
  return out;
}
