// Harmless replies the phrase rules read as asks or offers (s30 precision, all families). Each guard reads who acts and
// what is asked of whom, never a row's words:
//   - reviewOnlyAsRegardless: help promised "with or without a review" - the review word only says the help does not
//     depend on it ("lo resolvemos igualmente, con reseña o sin ella");
//   - couponTheBuyerPicked: the Amazon coupon the buyer had picked on the product page, explained on the invoice;
//   - amazonsPromotionAsCause: Amazon's own promotion named as why a price moved (the buyer's price question answered).
// (a refusal of anything listed in exchange for a review is read in refusal.ts, with every other refusal)
// All patterns are bounded; each reads a sentence or a short head, so a 100k input stays linear.
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

const REVIEW = String.raw`(?:reviews?|ratings?|feedback|bewertung(?:en)?|rezension(?:en)?|avis|[ée]valuations?|commentaires?|notes?|rese[ñn]as?|valoraci[oó]n(?:es)?|opini[oó]n(?:es)?|calificaci[oó]n(?:es)?|recension[ei]|valutazion[ei]|opinion[ei]|avalia[çc](?:[ãa]o|[õo]es)|opini[ãa]o|coment[áa]rios?|stars?|sterne|[ée]toiles|estrellas|stelle|estrelas)`;

/** "With or without a review", "review or not", "regardless of any review", in the seven languages' Latin scripts. */
const REGARDLESS = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:with or without (?:a |an |any |your )?${REVIEW}|(?:a |any )?${REVIEW} or (?:no|not)(?: ${REVIEW})?|whether (?:or not )?you (?:leave|write|post|give)(?: \p{L}{1,10}){0,2}?(?: or not)?|regardless of (?:a |any |your |the )?${REVIEW}|(?:ob )?mit oder ohne (?:eine |ihre )?${REVIEW}|unabh[äa]ngig von (?:einer |ihrer |der )?${REVIEW}|avec ou sans (?:un |une |votre )?${REVIEW}|${REVIEW} ou (?:pas|non)|ind[ée]pendamment (?:d'un |d'une |de votre |de l')?${REVIEW}|con (?:una |su )?${REVIEW} o sin (?:ella|[ée]l|ellas|ellos|${REVIEW})|con o sin (?:una |su )?${REVIEW}|independientemente de (?:su |la |una )?${REVIEW}|con o senza (?:una |la sua )?${REVIEW}|con (?:la |una )?${REVIEW} o senza|${REVIEW} o no|indipendentemente dalla? ${REVIEW}|com ou sem (?:uma |sua )?${REVIEW}|com (?:uma |sua )?${REVIEW} ou sem|independentemente da ${REVIEW}|${REVIEW} ou n[ãa]o)(?![\p{L}])`,
    'iu',
  ),
);
const REGARDLESS_ALL = new RegExp(REGARDLESS.source, 'giu');
const REVIEW_WORD = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:${REVIEW}|rate|rating|bewerten|noter|[ée]valuer|valorar|calificar|valutare|recensire|avaliar)(?![\p{L}])`, 'iu'));

/** Is every review word of the flagged phrase inside a "with or without a review" aside? Then the review is what the help
 *  does not depend on, no ask ("tell us what's wrong and we'll fix it anyway, with or without a review"). */
// near-miss still flagged: "we'll fix it with or without a review - but please leave one on Amazon" (a review word outside)
export function reviewOnlyAsRegardless(phrase: string): boolean {
  if (!REGARDLESS.test(phrase)) return false;
  return !REVIEW_WORD.test(phrase.replace(REGARDLESS_ALL, ' '));
}

/** The coupon the buyer picked (clipped, selected, activated) on Amazon's product page, in the past: the buyer's own choice at
 *  purchase, told on the invoice ("the coupon you had clipped on the product page", "den Sie auf der Produktseite aktiviert hatten",
 *  "que vous aviez sélectionné", "que había activado", "che aveva selezionato", "que você tinha ativado"). */
const BUYER_PICKED = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:you|you'd|you had) (?:clipped|selected|activated|ticked|checked|applied|chose)|(?:sie|du) (?:\p{L}{1,15} ){0,4}(?:aktiviert|ausgewählt|angeklickt|eingelöst|gewählt) (?:hatten|haben|hattest|hast)|(?:vous|tu) (?:aviez|avez|avais|as) (?:\p{L}{1,10} )?(?:sélectionné|activé|coché|choisi|appliqué)|(?:usted |tú )?(?:había|habías|ha|has) (?:seleccionado|activado|marcado|elegido|aplicado)|(?:seleccion|activ|marc)(?:ó|aste)|(?:aveva|avevi|ha|hai) (?:selezionato|attivato|spuntato|scelto|applicato)|(?:você |o senhor |a senhora )?(?:tinha|havia) (?:selecionado|ativado|marcado|escolhido|aplicado)|(?:selecion|ativ|marc)ou)(?![\p{L}])`,
    'iu',
  ),
);
const AMAZON = /(?<![\p{L}])amazon(?![\p{L}])/iu;
/** A coupon offered for later ("next order", "until Sunday", "use it", "again"): then the explanation leads into an offer. */
const PUSHED_LATER = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:next|again|until|use it|n[äa]chste\p{L}{0,2}|wieder|bis|prochaine?|nouveau|jusqu|pr[óo]xim[oa]|de nuevo|otra vez|hasta|prossim[oa]|di nuovo|fino|de novo|at[ée]|codes?|c[óo]digos?|codice)(?![\p{L}])`,
    'iu',
  ),
);
/** `sentence` holds the coupon phrase, `following` the next sentence. */
// examples: "lo sconto in fattura è il coupon Amazon che aveva selezionato sulla pagina del prodotto"
// near-miss still flagged: "the Amazon coupon you clipped is live again for your next order"
export function couponTheBuyerPicked(entry: string, sentence: string, following: string): boolean {
  if (!/coupon|cupon|cupom|voucher|gutschein|buono|discount|rabatt|remise|r[ée]duction|descuento|sconto|desconto/u.test(entry)) return false;
  return AMAZON.test(sentence) && BUYER_PICKED.test(sentence) && !PUSHED_LATER.test(sentence) && !PUSHED_LATER.test(following);
}

/** The buyer's own message names a coupon or discount ("There was a coupon on the page and it didn't apply", "Der Coupon wurde
 *  nicht abgezogen", "le coupon n'a pas marché", "había un cupón y no se me aplicó", "il coupon non è stato applicato"). */
const BUYER_COUPON = accentOptionalRe(
  compactRegExp(String.raw`(?<![\p{L}])(?:coupons?|vouchers?|discount|gutschein|rabatt|coupon|r[ée]duction|remise|cup[óo]n|descuento|buono|sconto|cupom|desconto)(?![\p{L}])|クーポン|割引`, 'iu'),
);
/** A refund the seller has made, in the past ("we've refunded you the difference", "wir haben Ihnen die 3 € erstattet", "nous vous
 *  avons remboursé", "te hemos devuelto los 3 €", "le abbiamo rimborsato", "já reembolsamos", "差額を返金いたしました"). */
const REFUND_MADE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:we(?:'ve| have)?|i(?:'ve| have)?) (?:just |already |now )?(?:refunded|credited|sent back|reimbursed|issued (?:a |you a |the )?refund)|(?:wir haben|ich habe) (?:\p{L}{1,12} ){0,5}(?:erstattet|zur[üu]ckerstattet|gutgeschrieben|zur[üu]ckgezahlt|zur[üu]ck[üu]berwiesen)|(?:nous )?(?:vous |t')?(?:avons|ai) (?:d[ée]j[àa] )?(?:rembours[ée]|recr[ée]dit[ée]|restitu[ée])|(?:te |le |les |os )?(?:hemos|he) (?:\p{L}{1,10} )?(?:devuelto|reembolsado|abonado|reintegrado)|(?:le |ti |vi )?(?:abbiamo|ho) (?:gi[àa] )?(?:rimborsato|restituito|riaccreditato)|(?:j[áa] )?(?:reembolsamos|estornamos|devolvemos)|(?:lhe |te )?(?:foi|foram) (?:reembolsad|estornad|devolvid)\p{L}{1,2})(?![\p{L}])|返金(?:いたしました|しました|させていただきました|済み)`,
    'iu',
  ),
);
/** A coupon the buyer says was on the page (or did not apply), told back with the refund the seller made for it, in its sentence or
 *  the next: the buyer's own coupon explained and settled, no offer ("the coupon on the listing has to be clipped before you add to
 *  the cart. Since it didn't apply, we've refunded the difference"). Not with anything that offers it for later (PUSHED_LATER:
 *  "next time", "until", a code). `buyerText`: the buyer's last message. */
// why: s35 fb35 g4 es-012 - "el cupón de la ficha hay que marcarlo antes de añadir al carrito. Como no se aplicó, te hemos devuelto
// por Amazon los 3 €" answered a buyer whose coupon had not applied; the how-to clause read as a coupon offered
// near-miss still flagged: "clip the coupon next time - we've refunded the difference" (next time), and any coupon with no refund
export function couponComplaintRefunded(entry: string, sentence: string, following: string, buyerText: string): boolean {
  if (!buyerText || !/coupon|cupon|cupom|voucher|gutschein|buono|discount|rabatt|remise|r[ée]duction|descuento|sconto|desconto/u.test(entry)) return false;
  if (!BUYER_COUPON.test(buyerText) || PUSHED_LATER.test(sentence) || PUSHED_LATER.test(following)) return false;
  return REFUND_MADE.test(sentence) || REFUND_MADE.test(following);
}

/** Amazon's own promotion or deal right after the phrase ("a promotion by Amazon itself", "eine Aktion von Amazon selbst", "une
 *  promotion d'Amazon", "una promoción de la propia Amazon", "una promozione di Amazon", "uma promoção da própria Amazon") or
 *  before it ("Amazon's own deal", "Amazon-Aktion"). */
const AMAZONS_OWN = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:run |held |set )?(?:by|of|von|d'|de|du|da|do|di|della|dalla|del|de la))\s{0,3}(?:(?:la |a |o )?(?:pr[óo]pria|propia|propre|propria|stessa|selbst)\s{1,3})?amazon(?![\p{L}])(?!\s{1,3}(?:and|und|et|y|e|ou|o|or)\s)`,
    'iu',
  ),
);
/** The promotion named as why the price moved: a cause word, or the price as the subject of a drop. */
const AS_CAUSE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:because of|due to|thanks to|caused by|wegen|aufgrund|durch|à cause d|en raison d|grâce à|dû à|due à|por causa d|devido a|gra[çc]as a|debido a|a causa d|por|a causa di|dovut[oa] a|per via di|por conta d)(?![\p{L}])`,
    'iu',
  ),
);
const SELLERS_OWN = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:our|we|unser\p{L}{0,2}|wir|notre|nos|nous|nuestr[oa]s?|nostr[oaie]|noss[oa]s?)(?![\p{L}])`, 'iu'));
/** `head`: the phrase's sentence before it; `phrase`: the flagged text and 40 characters after it (Amazon's within its first
 *  60 characters). Not with the seller's own ("our") in the head. */
// examples: "O preço caiu por causa de uma promoção da própria Amazon neste fim de semana", "the price dropped because of a
// promotion run by Amazon"; near-miss still flagged: "our promotion with Amazon ends Sunday" (our), "join Amazon's deal and ours"
export function amazonsPromotionAsCause(head: string, phrase: string): boolean {
  return AMAZONS_OWN.test(phrase.slice(0, 60)) && AS_CAUSE.test(head.slice(-60)) && !SELLERS_OWN.test(head);
}
