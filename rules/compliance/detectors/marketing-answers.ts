// (s21 blind n) Marketing words in a reply that answers what the buyer asked, or that describe what the buyer already has:
// a discount the buyer got, explained; a newsletter declined with "new colours will simply appear on our listing"; the model
// the buyer asked about, compared; the pack the buyer ordered ("le pack de 2 que vous avez commandé"). Read on the normalized
// (lowercased) reply and buyer message; each guard needs the structure, not the row's words: who asked, past or new, a refusal.
import { accentOptionalRe } from '../accent-optional';
import { E, W, re } from './promotion-guards';

/** The buyer's order named right after a marketing word, with nothing between (a word between is another item: "la versão sem
 *  fio do fone que você comprou" is a new version of it), in any checker language ("the pack you ordered", "le pack de 2 que
 *  vous avez commandé", "el pack que pediste", "la confezione che hai ordinato", "das Set, das Sie bestellt haben", "o kit que
 *  você comprou"): an order detail. */
// why: s21 blind n fr-021 - only the English order was read after the phrase; a lexicon of another language fired on it
export const ORDERED_AFTER_ANY = accentOptionalRe(re(
  `^,?\\s{1,3}(?:(?:you|you've|you have) (?:already )?(?:ordered|bought|purchased|received|chose|selected)|que vous avez (?:déjà )?(?:commandée?s?|achetée?s?|reçue?s?|choisie?s?)|que (?:usted |tú )?(?:ya )?(?:pidió|compró|recibió|eligió|pediste|compraste|recibiste|elegiste|ha (?:pedido|comprado|recibido)|has (?:pedido|comprado|recibido))|che (?:lei )?(?:ha|hai) (?:già )?(?:ordinato|acquistato|comprato|ricevuto|scelto)|(?:den|die|das) sie (?:bereits )?(?:bestellt|gekauft|erhalten|gewählt) haben|que (?:você |o senhor |a senhora )?(?:já )?(?:pediu|comprou|recebeu|escolheu|encomendou))${E}`,
));

/** The buyer asking about a price paid, a discount or a coupon ("Why did my friend pay £5 less?", "J'ai eu une réduction,
 *  c'est normal ?", "¿Por qué pagué menos?"). */
const PRICE_QUESTION = accentOptionalRe(re(
  `${W}(?:pay|paid|price|cost|cheaper|less|discount\\p{L}*|coupon|promotion|deal|bezahlt|zahlte|preis|günstiger|weniger|rabatt|payé|prix|moins|réduction|remise|promo|pagu[eé]|pagó|pagado|precio|menos|descuento|cup[oó]n|pagato|prezzo|sconto|paguei|pagou|preço|desconto|cupom)${E}|安く|値段|価格|割引|クーポン`,
));
/** The sentence tells what the discount was, in the past or as "it corresponds to" ("the £5 off was a promotion Amazon ran",
 *  "la remise correspond à la promotion active le jour de votre achat", "el descuento fue un cupón que activaste al comprar"). */
const EXPLAINED_AS = accentOptionalRe(re(
  `${W}(?:was|were|came from|ran|correspond\\p{L}*|était|provient|fue|era|vino de|activaste|activó|war|stammte?|entspricht|era|è stato|è stata|corrispond\\p{L}*|foi|era|veio de|ativou)${E}|でした|によるもの`,
));
/** ... and no new offer beside it: a code, a next order, a call to use it ("use code SPRING next time"). */
const NEW_OFFER_NOW = accentOptionalRe(re(
  `${W}(?:codes?|next|future|again|still|use|grab|hurry|nächste\\p{L}?|noch|wieder|prochaine?s?|encore|profitez|utilisez|próxim[oa]s?|todavía|aún|aproveche|usa|use|prossim[oa]|ancora|approfitt\\p{L}*|usa|ainda|aproveite|de novo)${E}|次回|まだ`,
));
/** Does a discount word's sentence explain the discount the buyer asked about? */
// why: s21 blind n en-015/fr-014/es-014 - answers to "why did I pay less?" named the promotion or coupon that explained it
export function explainsAskedDiscount(sentence: string, buyerText: string): boolean {
  if (!buyerText || !/[?？]/u.test(buyerText) || !PRICE_QUESTION.test(buyerText)) return false;
  return EXPLAINED_AS.test(sentence) && !NEW_OFFER_NOW.test(sentence);
}

/** The buyer asking for a newsletter or how to hear of new items ("Do you have a newsletter?", "¿Tenéis boletín?", "How will I
 *  know when the XL comes out?"). */
const NEWS_QUESTION = accentOptionalRe(re(
  `${W}(?:newsletter|mailing list|e-?mail list|notif\\p{L}*|let me know|news|comes? out|neuigkeiten|benachrichtig\\p{L}*|infolettre|lettre d'information|nouveautés?|bolet[ií]n|lista de correo|novedades|avis\\p{L}*|salen|notizie|novità|aggiornament\\p{L}*|novidades|lançamentos?|avis\\p{L}*)${E}|メルマガ|メールマガジン|新商品|お知らせ`,
));
/** ... answered by where new items show up on Amazon ("new sizes will simply appear on our Amazon listing", "Neue Farben
 *  erscheinen einfach im Angebot hier auf Amazon", "aparecerán directamente en el anuncio de Amazon"): no pitch, the place. */
const APPEARS_ON_AMAZON = accentOptionalRe(re(
  `${W}(?:appear|show up|be listed|erschein\\p{L}*|apparaîtr\\p{L}*|apparaiss\\p{L}*|aparecer\\p{L}*|aparec\\p{L}*|compar\\p{L}*|appar\\p{L}*)${E}[^.!?\\n]{0,50}${W}(?:amazon|listing|angebot|inserat|fiche|anuncio|inserzione|anúncio)${E}`,
));
/** ... with no price, sale or invitation in it ("new colours are on our listing at 20 % off - take a look"). */
const PITCH_IN_ANSWER = accentOptionalRe(re(
  `${W}(?:\\d{1,2} ?%|off|sale|discount\\p{L}*|check (?:out|it)|take a look|rabatt\\p{L}*|schauen sie|remise|découvrez|descuento|oferta|echa un vistazo|sconto|scopra|desconto|confira)${E}`,
));
// why: s21 blind n en-020/de-020/es-019 - a declined newsletter told new colours "will simply appear on our Amazon listing"
export function answersNewsAsk(sentence: string, buyerText: string): boolean {
  if (!buyerText || !/[?？]/u.test(buyerText) || !NEWS_QUESTION.test(buyerText)) return false;
  return APPEARS_ON_AMAZON.test(sentence) && !PITCH_IN_ANSWER.test(sentence);
}

/** Words of a model phrase that name no particular model ("the", "version", "modelo"). */
const GENERIC = new Set(['the', 'our', 'this', 'that', 'a', 'an', 'version', 'model', 'edition', 'set', 'size', 'la', 'le', 'el', 'il', 'lo', 'o', 'die', 'der', 'das', 'de', 'di', 'da', 'do', 'version', 'versión', 'versão', 'versione', 'modelo', 'modèle', 'modello', 'modell', 'nostro', 'nuestro', 'notre', 'nosso', 'unser', 'unsere']);
/** Does a marketing phrase name a model that the buyer's question named ("Is it worth upgrading to the Pro lamp?" ->
 *  "The Pro version only adds a dimmer")? Then the reply compares the model asked about, with no offer beside it. */
// why: s21 blind n en-021 - the seller answered "is the Pro worth it?" by telling what the Pro adds
export function answersModelAsk(phrase: string, sentence: string, buyerQuestion: string): boolean {
  if (!buyerQuestion) return false;
  const names = phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !GENERIC.has(w));
  if (names.length === 0) return false;
  const asked = new Set(buyerQuestion.split(/[^\p{L}\p{N}]+/u));
  return names.every((w) => asked.has(w)) && !PITCH_IN_ANSWER.test(sentence) && !NEW_OFFER_NOW.test(sentence);
}

/** A rating word: the review or star the leading rule is about. */
const RATING_WORD = /レビュー|評価|星|★|☆|満点|口コミ|review|rating|stars?/u;
/** Is a "many customers like it" line ("多くのお客様にご好評いただいております") praise of an item, not of a rating: no rating word in the
 *  whole message? Then it backs a pitch (marketing), it steers no review. */
// why: s21 blind n ja-008 - "popular with many customers" after an accessory pitch read as steering a review
export function popularityWithoutReview(phrase: string, message: string): boolean {
  return /好評|人気/u.test(phrase) && !RATING_WORD.test(message);
}
