// A rating asked with the buyer's order page as where to give it: "Would you take a moment to grade us as a seller from your Amazon order
// page?", "Would you rate how we handled the return from one to five in your orders page?", "Feedbak is welcome on your order page!",
// "Sagen Sie es uns über Ihre Bestellübersicht!" after "wie viele Sterne hätte unser Versand verdient?", "vous pouvez le faire depuis Vos
// commandes, bouton « Écrire un commentaire »", 「評価はAmazonの注文履歴から…簡単にできます。お手すきの際によろしくお願いします。」. The order
// page is where seller feedback is given; a rating word, that place and a request (would you, please, is welcome, you can, bitte, vous
// pouvez, よろしくお願いします) ask for feedback - a review ask (README: "you can do that here" after a review word). The rating word may
// stand in the sentence before the place's, and the request in the sentence after. Only what follows a contrast is read ("Ici ce n'est
// pas possible, mais vous pouvez ..."); not a negation there, thanks for a rating, a rate that is a price ("the shipping rate"), a review
// of the order details ("review your order details on the orders page"), tracking or a refund seen there, a carrier's notice
// ("avis de passage" - s26f-fr-017). Nor a review that someone else does, the verb with Amazon, "they" or "we" as its subject ("raise it
// with Amazon customer service from the order page and they'll review it" - s36 fg36: Amazon examines a claim, no rating is asked).
// why: s32 rrec32c - s10-en-019, s10-en-p033, rl-en-0480, s14b-de-047, s27e-fr-013, s22h-ja-026
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compact } from './compact-letters';

export const ORDER_PAGE_RATING_ENTRY = 'review_request:rating-on-the-order-page';

const ORDER_PAGE = compact(
  /(?<![\p{L}])(?:(?:your |the |amazon )?(?:order|orders) (?:page|history|list)|your orders|bestell(?:übersicht|historie|liste)|meine bestellungen|(?:vos|mes) commandes|(?:mis|tus|sus) pedidos|(?:i )?(?:miei|suoi) ordini|(?:meus|seus) pedidos)(?![\p{L}])|注文履歴/u,
);
const RATING = compact(
  /(?<![\p{L}])(?:grade us|rate (?:us|it|the|this|how|your|our)|rating|feedba?c?k|feedbak|seller feedback|(?<!(?:they|amazon|we|it|he|she|team|support|service)(?:['’]ll|['’]d| will| would| can| may| shall)? )reviews?(?! (?:the|your|our|this) (?:order|details|invoice|refund|return|address|tracking|items?))|stars?|sterne?n?|bewert\p{L}{0,4}|rezension\p{L}{0,2}|commentaire|avis(?! de (?:passage|livraison|r[ée]ception|d[ée]p[oô]t)| d'exp[ée]dition)|[ée]valu\p{L}{1,5}|not(?:e|ez|er)|rese[ñn]as?|valor\p{L}{1,6}|opini[óo]n|recension\p{L}{1,2}|valut\p{L}{1,6}|avalia\p{L}{1,6})(?![\p{L}])|評価|レビュー/u,
);
const REQUEST = compact(
  /(?<![\p{L}])(?:would you|could you|can you|please|(?:is|are) (?:always )?welcome|you can|we'd appreciate|we would appreciate|take a moment|sagen sie|geben sie|bitte|k[öo]nnen sie|vous pouvez|pouvez-vous|n'h[ée]sitez|merci de|puede|podr[ií]a|le agradecer[ií]amos|pu[òo]|potrebbe|pode|poderia)(?![\p{L}])|ください|お願いします|お願いいたします|いただけ/u,
);
/** A pointer to where the form is ("Das Verkäuferfeedback finden Sie unter Meine Bestellungen", "you'll find the seller feedback
 *  link under Your Orders", "vous trouverez l'évaluation vendeur dans Vos commandes", "encontrará la valoración en Mis pedidos"):
 *  with a rating word that is not the buyer's own posted one ("Ihre Bewertung finden Sie ..." may show it back), showing the way to
 *  the form asks for it as "you can" does. */
// why: s35 fa35 - s35g3-de-005 ("Wie zufrieden waren Sie ...? Das Verkäuferfeedback finden Sie unter Meine Bestellungen ...")
const POINTER = compact(
  /(?<![\p{L}])(?:finden sie|sie finden|you(?:'ll| will)? find|vous (?:le |la |les )?trouverez|(?:lo |la )?encontrar[áa]|(?:lo |la )?troverà|(?:o |a )?encontrar[áa])(?![\p{L}])/u,
);
const OWN_RATING = compact(
  /(?<![\p{L}])(?:ihre?|your|votre|vos|su|sus|sua|seu|suo|il suo|la sua)\s(?:\p{L}{1,12}\s)?(?:bewertung\p{L}{0,2}|rezension\p{L}{0,2}|feedback|review|rating|avis|évaluation|commentaire|reseña|valoración|recensione|valutazione|avaliação)(?![\p{L}])/u,
);
/** A German compound on "feedback" ("Verkäuferfeedback", "Produktfeedback"): RATING reads it from a word start only. */
const FEEDBACK_COMPOUND = /\p{L}{3,14}feedback(?![\p{L}])/u;
const CONTRAST = /(?<![\p{L}])(?:but|aber|jedoch|mais|pero|sino|ma|però|mas|porém)(?![\p{L}])|が、|けど|ですが/gu;
const NOT_ASKED = compact(
  /(?<![\p{L}])(?:not|never|no|nicht|kein\p{L}{0,2}|pas|non|n[ãa]o|nunca|thanks? for|thank you for|danke f[üu]r|merci pour|gracias por|grazie per|obrigad[oa] pel[ao]|shipping rate|track\p{L}{0,3}|suivre|suivi|verfolgen|sendungsverfolgung|seguir|seguimiento|seguire|tracciare|acompanhar|rastrear|refund|r[üu]ckerstattung|remboursement|reembolso|rimborso)(?![\p{L}])|n't|ありがとうございました|できません/u,
);

/** Another act done on the order page - a return, an exchange, a cancellation, an invoice: "you can return it through Your Orders",
 *  "Sie können es über Meine Bestellungen zurücksenden", "vous pouvez le retourner depuis Vos commandes", 「注文履歴から返品」. A place
 *  sentence asking for that act asks for no rating named only in the sentence before (a product's name, "the 5-Star Hotel Pillow ...
 *  If it's still too firm, you can return it through Your Orders"). */
// why: s34 blind g1 en-082 - a pillow named "5-Star Hotel" and a return through Your Orders were read as a rating asked there
const OTHER_ACT = compact(
  /(?<![\p{L}])(?:return\p{L}{0,3}|send (?:it|them) back|exchang\p{L}{0,3}|cancel\p{L}{0,5}|invoice|zurück(?:send|geb|schick)\p{L}{0,3}|r[üu]cksend\p{L}{0,3}|umtausch\p{L}{0,3}|stornier\p{L}{0,3}|rechnung|retourn\p{L}{0,4}|renvoy\p{L}{0,3}|[ée]chang\p{L}{0,4}|annul\p{L}{0,4}|facture|devol\p{L}{0,6}|cambi(?:ar|arlo|arla|o)|cancel(?:ar|arlo)|factura|restitu\p{L}{0,5}|rendere|reso|annull\p{L}{0,4}|fattura|trocar|troca|fatura|nota fiscal)(?![\p{L}])|返品|交換|キャンセル|領収書/u,
);

/** A star word alone ("Star", "Sterne"): in a sentence that asks another act on the order page it is a product's name ("Ihre
 *  Bestellung (Profi Star 2800 Häcksler) können Sie über Meine Bestellungen zurücksenden", "return the Star Lite lamp through Your
 *  Orders"), not a rating asked there; a sentence asking both still shows another rating word ("return it there and rate us"). */
// why: s37 gd37 - s37h2-de-006 (a shredder named "Profi Star 2800" returned through Meine Bestellungen)
const STAR_WORD = compact(/(?<![\p{L}])(?:stars?|sterne?n?)(?![\p{L}])/gu);
function ratedBesideOtherAct(s: string): boolean {
  return RATING.test(s.replace(STAR_WORD, ' ')) || FEEDBACK_COMPOUND.test(s);
}

/** The part after the last contrast word. */
function afterContrast(s: string): string {
  let at = 0;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(s); m; m = CONTRAST.exec(s)) at = m.index + m[0].length;
  return s.slice(at);
}

/** review_request spans (normalized copy) over a rating asked on the order page. */
export function orderPageRatings(t: string): Span[] {
  const out: Span[] = [];
  if (!ORDER_PAGE.test(t) || !(RATING.test(t) || FEEDBACK_COMPOUND.test(t))) return out;
  const rating = (x: string): boolean => RATING.test(x) || FEEDBACK_COMPOUND.test(x);
  const spans = sentenceSpans(t, 400);
  for (let k = 0; k < spans.length; k++) {
    const [start, end] = spans[k]!;
    const s = afterContrast(sliceOf(t, start, end));
    if (!ORDER_PAGE.test(s) || NOT_ASKED.test(s)) continue;
    const prev = k > 0 ? sliceOf(t, spans[k - 1]![0], spans[k - 1]![1]) : '';
    const rated = (OTHER_ACT.test(s) ? ratedBesideOtherAct(s) : rating(s)) || (prev !== '' && rating(prev) && !NOT_ASKED.test(prev) && !OTHER_ACT.test(s));
    if (!rated) continue;
    const next = spans[k + 1];
    const n = next ? sliceOf(t, next[0], next[1]) : '';
    // (the rating word in the pointer's own clause: not "Das „Fünf Sterne“-Gewürzset wird heute versandt; die Sendungsnummer finden
    // Sie in Ihrer Bestellübersicht" - s5-de-0034, a product name in another clause)
    const pointed = !OWN_RATING.test(s) && !OTHER_ACT.test(s) && s.split(/[;:]|,\s|[„“"«»]/u).some((c) => POINTER.test(c) && rating(c) && ORDER_PAGE.test(c));
    const asked = REQUEST.test(s) || pointed || (n !== '' && REQUEST.test(n) && !NOT_ASKED.test(n) && n.length <= 80);
    if (!asked) continue;
    const from = rating(s) ? start : spans[k - 1]![0];
    out.push({ rule: 'review_request', severity: 'block', start: from, end: REQUEST.test(s) || pointed ? end : next![1], entry: ORDER_PAGE_RATING_ENTRY });
  }
  return out;
}
