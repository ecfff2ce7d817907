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

/** Coupon, voucher, code or discount entries: "the coupon you received" is an order detail only when nothing pushes it. */
export const COUPON_ENTRY = /coupon|voucher|code|percent|discount|amount-off|cupon|cupom|gutschein|buono|sconto|remise|promo(?!tion-novelty)/u;
/** ... pushed: valid until, on the whole store, to redeem or use ("Le code promo que vous avez reçu est valable sur toute la
 *  boutique jusqu'à dimanche", "Den Gutschein, den Sie erhalten haben, können Sie im ganzen Shop einlösen"). */
const COUPON_PUSH = accentOptionalRe(re(
  `${W}(?:until|till|valid|works? on|whole|entire|redeem\\p{L}*|use|next|bis|gültig|gilt|ganze[nm]?|einlös\\p{L}*|nächste\\p{L}?|jusqu|valable|toute|utilis\\p{L}*|profitez|prochaine?|hasta|válid[oa]|vale|sirve|toda|us[ae]l[oa]|aprovéch\\p{L}*|aproveche|próxim[oa]|fino|valid[oa]|tutto|intero|us[ai]|approfitt\\p{L}*|prossim[oa]|até|inteira|aproveite)${E}`,
));
/** Is a coupon-like phrase, named as the one the buyer received, pushed in its sentence? Then the order guard does not clear it. */
// why: s21 review 2 - "le code promo que vous avez reçu est valable sur toute la boutique" read as an order detail in 5 languages
export function couponPushed(entry: string, sentence: string): boolean {
  return COUPON_ENTRY.test(entry) && (COUPON_PUSH.test(sentence) || NEW_OFFER_NOW.test(sentence));
}

/** The buyer asking about a price paid, a discount or a coupon ("Why did my friend pay £5 less?", "J'ai eu une réduction,
 *  c'est normal ?", "¿Por qué pagué menos?"). */
// why: s21 review 2 - a bare "less/menos/moins/weniger" made "¿Cuándo llega más o menos?" a price question; "paid less",
// "payé moins", "pagué menos" still hold a pay verb, "moins cher" is kept whole
// (s25 blind b en-035/en-045: the invoice's line and a code the buyer found are price questions too - "Why is there a -$4.00 line
// on my invoice?", "I found code WELCOME10 online, does it work for this?"; the reply must still explain in the past with no new offer)
const PRICE_QUESTION = accentOptionalRe(re(
  `${W}(?:pay|paid|price|cost|cheaper|discount\\p{L}*|coupon|promotion|deal|invoice|receipt|bill|charged?|codes?|rechnung|beleg|gutschein\\p{L}*|rabattcode|facture|reçu|code promo|factura|recibo|c[oó]digo|fattura|ricevuta|codice|fatura|nota fiscal|bezahlt|zahlte|preis|günstiger|rabatt|payé|prix|moins cher|réduction|remise|promo|pagu[eé]|pagó|pagado|precio|descuento|cup[oó]n|pagato|prezzo|sconto|paguei|pagou|preço|desconto|cupom)${E}|安く|値段|価格|割引|クーポン`,
));
/** The sentence tells what the discount was, in the past or as "it corresponds to" ("the £5 off was a promotion Amazon ran",
 *  "la remise correspond à la promotion active le jour de votre achat", "el descuento fue un cupón que activaste al comprar"). */
// (s36 fh36: or the price told as having moved, for a buyer who asked why it changed - "le prix du lot de 6 est passé de 54,90 € à
// 49,90 € le 14/05", "the price of the 3-pack dropped from ... to ...", "der Preis ist ... gesunken"; a push beside it stays an offer)
const EXPLAINED_AS = accentOptionalRe(re(
  `${W}(?:est passée?|a baissé|a diminué|went down|dropped|ist gesunken|wurde gesenkt|bajó|ha bajado|pasó de|è sceso|è passato|baixou|caiu|passou de|was|were|came from|came with|got|received|ran|correspond\\p{L}*|bekam|erhielt|a eu|a reçu|tuvo|recibió|ha avuto|ha ricevuto|teve|recebeu|veio com|était|provient|fue|era|vino de|activaste|activó|war|stammte?|entspricht|è stato|è stata|corrispond\\p{L}*|foi|veio de|ativou)${E}|でした|によるもの`,
));
/** ... and no new offer beside it: a code, a next order, a call to use it ("use code SPRING next time"). */
const NEW_OFFER_NOW = accentOptionalRe(re(
  // (s21 review 2: an offer running now or starting - "this week", "right now", "starts Friday", "better value" - is new too)
  `${W}(?:codes?|next|future|again|still|use|grab|hurry|nächste\\p{L}?|noch|wieder|prochaine?s?|encore|profitez|utilisez|próxim[oa]s?|todavía|aún|aproveche|usa|prossim[oa]|ancora|approfitt\\p{L}*|ainda|aproveite|de novo|this week|right now|starts?|starting|better value|diese woche|jetzt|ab sofort|beginnt|cette semaine|maintenant|commencent?|esta semana|ahora|empieza|empiezan|questa settimana|ora|adesso|inizia(?:no)?|agora|começa(?:m)?)${E}|次回|まだ|今週`,
));
/** A clause edge: a comma, a semicolon, a colon or "and/but" in a checker language. */
const CLAUSE_EDGE = /[,;:!?.\n]|\s(?:and|but|while|y|pero|und|aber|sondern|et|mais|e|ma|però|mas)\s/u;
/** ... every edge, for the last one before a phrase (module level: one regexp, not one per call). */
const CLAUSE_EDGES = new RegExp(CLAUSE_EDGE.source, 'gu');
/** The phrase's own clause, from the text right before it (up to 40 characters) and right after it: "That price was our
 *  launch deal; the 3-pack is even better value" - "the 3-pack"'s clause is "the 3-pack is even better value". */
function ownClause(before: string, phrase: string, after: string): string {
  const b = before.slice(-40);
  let cut = 0;
  CLAUSE_EDGES.lastIndex = 0;
  for (let m = CLAUSE_EDGES.exec(b); m; m = CLAUSE_EDGES.exec(b)) cut = m.index + m[0].length;
  const a = after.slice(0, 40);
  const end = a.search(CLAUSE_EDGE);
  return `${b.slice(cut)}${phrase}${end < 0 ? a : a.slice(0, end)}`;
}
/** Does a discount word's sentence explain the discount the buyer asked about? `before`/`after`: the reply text next to the
 *  phrase, so the past verb is read in the phrase's own clause ("The £5 off was a spring promotion, and our summer sale starts
 *  Friday": "was" explains "£5 off", not "summer sale"). */
// why: s21 blind n en-015/fr-014/es-014 - answers to "why did I pay less?" named the promotion or coupon that explained it
// why: s21 review 2 - a past verb anywhere in the sentence cleared a new offer in the next clause
export function explainsAskedDiscount(sentence: string, buyerText: string, before = '', phrase = sentence, after = ''): boolean {
  if (!buyerText || !/[?？]/u.test(buyerText) || !PRICE_QUESTION.test(buyerText)) return false;
  if (EXPLAINED_AS.test(ownClause(before, phrase, after)) && !NEW_OFFER_NOW.test(sentence)) return true;
  // (or where any discount would show, the place on Amazon and no offer: "any Amazon promotion on the item would show up on the
  // product page automatically", "Aktionen erscheinen automatisch auf der Produktseite" - s22 blind e en-001)
  const at = sentence.indexOf(phrase);
  return at >= 0 && DISCOUNT_SHOWS_ON_AMAZON.test(sentence.slice(at)) && !NEW_OFFER_NOW.test(sentence) && !PITCH_IN_ANSWER.test(sentence);
}

/** The buyer asking for a newsletter or how to hear of new items ("Do you have a newsletter?", "¿Tenéis boletín?", "How will I
 *  know when the XL comes out?"). */
const NEWS_QUESTION = accentOptionalRe(re(
  // (s21 review 2: no "avis" - a review in French, "let me know when it arrives" in es/pt - and no bare "let me know")
  `${W}(?:newsletter|mailing list|e-?mail list|notif\\p{L}*|news|comes? out|neuigkeiten|benachrichtig\\p{L}*|infolettre|lettre d'information|nouveautés?|bolet[ií]n|lista de correo|novedades|salen|notizie|novità|aggiornament\\p{L}*|novidades|lançamentos?)${E}|メルマガ|メールマガジン|新商品|お知らせ`,
));
/** ... answered by where new items show up on Amazon ("new sizes will simply appear on our Amazon listing", "Neue Farben
 *  erscheinen einfach im Angebot hier auf Amazon", "aparecerán directamente en el anuncio de Amazon"): no pitch, the place. */
const APPEARS_ON_AMAZON = accentOptionalRe(re(
  // (s21 review 2: Italian "comparire/compariranno" only - "compare/comparar/comparer" is no appearing)
  `${W}(?:appear|show up|be listed|erschein\\p{L}*|apparaîtr\\p{L}*|apparaiss\\p{L}*|aparecer\\p{L}*|aparec\\p{L}*|compari\\p{L}{0,5}|compai\\p{L}{0,4}|appari\\p{L}{0,5})${E}[^.!?\\n]{0,50}${W}(?:amazon|listing|angebot|inserat|fiche|anuncio|inserzione|anúncio)${E}`,
));
/** ... with no price, sale or invitation in it ("new colours are on our listing at 20 % off - take a look"). */
const PITCH_IN_ANSWER = accentOptionalRe(re(
  // (s21 review 2: praise or desire is a pitch too - "you'll love the new teal, our best seller", "le encantará", "vous plaire")
  `${W}(?:\\d{1,2} ?%|off|sale|discount\\p{L}*|check (?:out|it)|take a look|rabatt\\p{L}*|schauen sie|remise|découvrez|descuento|oferta|echa un vistazo|sconto|scopra|desconto|confira|best|best[- ]?sellers?|love|adore|favou?rites?|should get|beste[nrs]?|lieben|gefallen|begeistert|encantar\\p{L}*|mejor(?:es)?|plaire|plaira|adorer\\p{L}*|adorerez|meilleur\\p{L}*|miglior\\p{L}*|piacer\\p{L}*|adorer\\p{L}*|adorar\\p{L}*|melhor(?:es)?|amar\\p{L}*)${E}`,
));
/** Entries that announce new items (what "new items will appear on the listing" is): not a best-seller, a coupon or a pack. */
const NOVELTY_ENTRY = /(?:^|[:-])(?:novelty|new|news|newsletter|collection|launch|coming|models?|variants?|colou?rs?|sizes?)(?:-|$)/u;
// why: s21 blind n en-020/de-020/es-019 - a declined newsletter told new colours "will simply appear on our Amazon listing"
// why: s21 review 2 - the guard cleared every marketing phrase in the sentence, best-sellers included; only the news is answered
export function answersNewsAsk(sentence: string, buyerText: string, entry = 'novelty'): boolean {
  if (!NOVELTY_ENTRY.test(entry)) return false;
  if (!buyerText || !/[?？]/u.test(buyerText) || !NEWS_QUESTION.test(buyerText)) return false;
  return APPEARS_ON_AMAZON.test(sentence) && !PITCH_IN_ANSWER.test(sentence);
}

/** A discount's place on Amazon after the phrase: it would appear on the product page or the listing by itself. */
const DISCOUNT_SHOWS_ON_AMAZON = accentOptionalRe(re(
  `${W}(?:appear|show up|shows up|show|be shown|be displayed|erschein\\p{L}*|angezeigt|apparaîtr\\p{L}*|apparaiss\\p{L}*|affich\\p{L}*|aparecer\\p{L}*|aparec\\p{L}*|mostrar\\p{L}*|compari\\p{L}{0,5}|appari\\p{L}{0,5}|visualizzat\\p{L})${E}[^.!?\\n]{0,50}${W}(?:amazon|listing|product page|angebot|produktseite|artikelseite|fiche(?: produit)?|page (?:du )?produit|anuncio|p[áa]gina del producto|inserzione|pagina (?:del )?prodotto|an[úu]ncio|p[áa]gina do produto)${E}|商品ページに(?:表示|反映)`,
));
/** Words of a model phrase that name no particular model ("the", "version", "modelo"). */
const GENERIC = new Set(['the', 'our', 'this', 'that', 'a', 'an', 'version', 'model', 'edition', 'set', 'size', 'la', 'le', 'el', 'il', 'lo', 'o', 'die', 'der', 'das', 'de', 'di', 'da', 'do', 'versión', 'versão', 'versione', 'modelo', 'modèle', 'modello', 'modell', 'nostro', 'nuestro', 'notre', 'nosso', 'unser', 'unsere']);
/** Does a marketing phrase name a model that the buyer's question named ("Is it worth upgrading to the Pro lamp?" ->
 *  "The Pro version only adds a dimmer")? Then the reply compares the model asked about, with no offer beside it. */
// why: s21 blind n en-021 - the seller answered "is the Pro worth it?" by telling what the Pro adds
/** Words that relate an item to the bought one ("the matching saucer", "le couvercle assorti", "passende"): the item the buyer asked
 *  for, named by its relation, is still that item. */
// why: s22 blind a en-002 - "Is there a saucer that fits the 12cm pot?" answered by "The matching saucer ... is 14 cm across"
const RELATION = /^(?:matching|passende[nmrs]?|assortie?s?|abbinat[oaie]|coordinat[oaie]|combinando|juego|companion)$/u;
export function answersModelAsk(phrase: string, sentence: string, buyerQuestion: string): boolean {
  if (!buyerQuestion) return false;
  const names = phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !GENERIC.has(w) && !RELATION.test(w));
  if (names.length === 0) return false;
  const asked = new Set(buyerQuestion.split(/[^\p{L}\p{N}]+/u));
  return names.every((w) => asked.has(w)) && !PITCH_IN_ANSWER.test(sentence) && !NEW_OFFER_NOW.test(sentence);
}

/** A rating word: the review or star the leading rule is about. */
// (s21 review 2: the ja review nouns of the opinion asks too - "ご感想をお聞かせください", "ご意見をお寄せください")
const RATING_WORD = /レビュー|評価|星|★|☆|満点|口コミ|感想|ご意見|投稿|お聞かせ|review|rating|stars?/u;
/** Is a "many customers like it" line ("多くのお客様にご好評いただいております") praise of an item, not of a rating: no rating word in the
 *  whole message? Then it backs a pitch (marketing), it steers no review. */
// why: s21 blind n ja-008 - "popular with many customers" after an accessory pitch read as steering a review
export function popularityWithoutReview(phrase: string, message: string): boolean {
  return /好評|人気/u.test(phrase) && !RATING_WORD.test(message);
}

/** The time of the buyer's purchase, in the seven languages ("at the time of your purchase", "when you bought", "beim Kauf", "au
 *  moment de votre achat", "cuando hizo la compra", "al momento dell'acquisto", "quando você comprou", "ご注文時"). */
const AT_PURCHASE = accentOptionalRe(re(
  `${W}(?:at (?:the time of )?(?:your |the )?(?:purchase|checkout|order)|when you (?:bought|ordered|purchased|paid|checked out)|beim (?:kauf|bestellen|bezahlen)|bei (?:ihrer|der) bestellung|zum zeitpunkt (?:ihres|des) (?:kauf\\p{L}{0,2}|bestellung)|als sie (?:\\p{L}+ ){0,2}(?:bestellt|gekauft) haben|au moment de (?:votre |l')?(?:achat|commande)|lors de votre (?:achat|commande)|quand vous avez (?:acheté|commandé)|cuando (?:hizo|hiciste|realizó|realizaste) (?:la|su|tu) (?:compra|pedido)|al (?:hacer|realizar) (?:la|su|tu) (?:compra|pedido)|en el momento de (?:la|su|tu) compra|al momento dell['’](?:acquisto|ordine)|quando (?:ha|hai) (?:acquistato|ordinato)|quando (?:você |o senhor |a senhora )?(?:comprou|fez o pedido)|no momento da compra)${E}|ご注文時|ご購入時|購入時|注文時|お買い上げ時`,
));
/** ... and the discount taken off already, in its sentence or the next ("Er wurde bereits an der Kasse abgezogen", "Elle a déjà été
 *  déduite", "ya se le descontó al pagar", "è già stato detratto", "Ele já foi abatido", "すでに差し引かれております"). Past or "already"
 *  only: "wird an der Kasse abgezogen" (it will be) is how a coupon on offer works. */
const ALREADY_TAKEN_OFF = accentOptionalRe(re(
  `${W}(?:already (?:been )?(?:applied|deducted|taken off|subtracted)|(?:was|were|has been|had been) (?:applied|deducted|taken off|subtracted)|(?:bereits|schon) (?:\\p{L}+ ){0,3}(?:abgezogen|verrechnet|angerechnet|berücksichtigt|angewendet)|déjà (?:été )?(?:déduite?s?|appliquée?s?|pris\\p{L}{0,2} en compte|retirée?s?)|ya (?:se )?(?:le |te |les )?(?:descont[óo]|aplic[óo]|dedujo|rest[óo])|ya (?:está|fue|ha sido|estaba) (?:descontad|aplicad)\\p{L}{1,2}|già (?:stat[oaie] )?(?:detratt|scalat|applicat|sottratt)\\p{L}|j[áa] (?:foi |foram |está |estava )?(?:abatid|descontad|aplicad|deduzid)\\p{L}{1,2})${E}|(?:すでに|既に)[^。！？\\n]{0,12}(?:差し引か|差し引い|適用され|割引され)|差し引き済`,
));
/** An Amazon coupon named with the time of purchase and told as taken off already: the seller explains the invoice (s23 blind a
 *  de/fr/es/it/pt/ja-004/006 - "der Abzug ... ist der Amazon-Coupon, der beim Kauf auf der Produktseite aktiv war. Er wurde bereits
 *  an der Kasse abgezogen"). Not when the sentence offers it anew ("also works on your next order", "this week", "use"): the
 *  push words of the coupon guards above. `following` is the next sentence. */
// examples: "la réduction ... correspond au coupon affiché au moment de votre achat. Elle a déjà été déduite."
// near-misses (still flagged): "Beim Kauf gibt es jetzt einen Coupon - er wird an der Kasse abgezogen." (jetzt, no "bereits"),
// "The coupon active when you bought is back this week; the first one was already deducted." (this week)
export function couponToldAsPaid(entry: string, sentence: string, following: string): boolean {
  if (!COUPON_ENTRY.test(entry) || !AT_PURCHASE.test(sentence)) return false;
  const pushes = (s: string): boolean => NEW_OFFER_NOW.test(s) || COUPON_PUSH.test(s) || USE_IT.test(s) || OFFERED_AGAIN.test(s);
  if (pushes(sentence)) return false;
  return ALREADY_TAKEN_OFF.test(sentence) || (ALREADY_TAKEN_OFF.test(following) && !pushes(following));
}
/** The coupon offered again, for a later order, until a day or on the whole shop, after it is told as paid ("..., and the same
 *  coupon is live again for your next order", "et il est de nouveau valable sur toute la boutique jusqu'à dimanche" - s23 review
 *  #4): the explanation is then the lead-in to an offer. */
// near-misses it keeps clean: the batch's invoice explanations ("Er wurde bereits an der Kasse abgezogen, Sie müssen nichts weiter tun")
const OFFERED_AGAIN = accentOptionalRe(re(
  `${W}(?:(?:live|valid|available|active|on|back) again|again (?:valid|available|active|live|for|on)|next (?:order|purchase)|future (?:orders?|purchases?)|until|(?:whole|entire) (?:store|shop)|store-?wide|(?:wieder|erneut) (?:gültig|verfügbar|aktiv|da)|gilt (?:\\p{L}{1,12} ){0,2}(?:wieder|erneut)|nächste\\p{L}{0,2} (?:bestellung|kauf|einkauf)|ganzen? (?:shop|sortiment)|(?:de nouveau|à nouveau) (?:valable|disponible|actif|active)|prochaine? (?:commande|achat)|jusqu['’]|toute la boutique|(?:de nuevo|otra vez|nuevamente) (?:válido|disponible|activo)|vuelve a (?:estar|ser|valer)|próxim[oa] (?:pedido|compra)|hasta|toda la tienda|(?:di nuovo|nuovamente) (?:valido|disponibile|attivo)|torna (?:valido|disponibile|attivo)|prossim[oa] (?:ordine|acquisto)|fino a|tutto il (?:negozio|catalogo)|(?:de novo|novamente) (?:válido|disponível|ativo)|volta a (?:valer|estar)|toda a loja)${E}|再度|次回|まで有効`,
));
export const offeredAgain = (sentence: string): boolean => OFFERED_AGAIN.test(sentence);
/** A call to use or clip a coupon that the push words above lack ("nutzen Sie", "clip", "ご利用ください"): the coupon is offered. */
// near-miss it keeps flagged: "ご注文時にクーポンをご利用ください。すでに差し引かれている場合は不要です。"
const USE_IT = accentOptionalRe(re(`${W}(?:nutzen sie|benutzen sie|sichern sie|lösen sie|clip\\p{L}{0,3}|don't miss|verpassen sie)${E}|ご利用ください|お使いください|ご活用ください|お見逃し|お早めに|ご利用いただけ`));

/** A model named in a condition on the buyer's own wish whose answer is to cancel the order and reorder it ("Si vous voulez la
 *  version XL, le plus simple est d'annuler et de repasser commande sur la fiche du produit", "If you'd rather have the Pro
 *  version, just cancel and reorder it", "Se preferisce la versione XL, annulli l'ordine e lo rifaccia"): how the buyer changes
 *  the order they placed, not an offer - no new sale beside the order is pitched. Not with a pitch in the sentence (a discount,
 *  praise: "If you want the Pro version, cancel and reorder - it's 20% off and our best seller"). */
// why: s24 blind b fr-020 - a refusal of PayPal for the price difference, then the Amazon path to the bigger size, read as an upsell
const WISH_THEN_REORDER = accentOptionalRe(re(
  `${W}(?:si vous (?:voulez|souhaitez|préférez)|if you(?:'d)? (?:want|prefer|would like|'d like|'d rather have|would rather have)|wenn sie (?:\\p{L}{1,15} ){0,3}(?:möchten|wollen|bevorzugen)|si (?:quiere|prefiere|desea|quieres|prefieres)|se (?:vuole|preferisce|desidera|vuoi|preferisci|quiser|preferir)|se você (?:quiser|preferir))${E}[^.!?;\\n]{0,90}?${W}(?:annul\\p{L}{1,5}|cancel\\p{L}{0,5}|storn\\p{L}{1,6}|annull\\p{L}{1,5})${E}`,
));
export const reorderOnWish = (sentence: string): boolean => WISH_THEN_REORDER.test(sentence) && !PITCH_IN_ANSWER.test(sentence);

/** The buyer asking whether the seller sells or has an item ("Do you also sell the refill?", "Vous vendez la recharge seule ?",
 *  "Verkaufen Sie den Filter einzeln?", "¿Tienen la funda?", "Vendete anche il coperchio?", "Vocês vendem o refil?", "販売していますか"). */
const SELLS_ASKED = accentOptionalRe(re(
  `${W}(?:do you (?:also )?(?:sell|have|carry|make|stock)|is there|are there|can i (?:buy|get|order)|verkaufen sie|haben sie|führen sie|gibt es|vendez(?:-vous)?|avez(?:-vous)?|existe-t-il|est-ce que vous (?:vendez|avez)|vend[eé]is|venden|tienen|ten[eé]is|hay|vendete|avete|vendono|c'[eè]|vocês (?:vendem|têm|tem)|vendem|tem|existe)${E}|販売して|売って|ありますか|ございますか`,
));
/** Entries that tell the seller sells or has another item ("nous vendons aussi", "we also sell"). */
const SELLS_ENTRY = /^(?!marketing:promotion-)(?:[a-z]{2}:)?marketing:(?:[a-z-]*-)?(?:sell|sells|carry)(?:-|$)/u;
/** ... not where the buyer is sent elsewhere to buy it (the seller's site or shop, another marketplace, directly). */
const ELSEWHERE = accentOptionalRe(re(`${W}(?:site|website|web|webshop|online-?shop|shop|store|boutique|tienda|negozio|loja|laden|ebay|etsy|directly|direkt|directement|directamente|direttamente|diretamente)${E}|サイト|ショップ|直接`));
/** Does a "we also sell" phrase answer the buyer's own question whether the seller sells it, with no price, sale or praise beside? */
// why: s29 - "Oui, nous vendons aussi la recharge seule" to "Vous vendez la recharge seule ?" read as a cross-sell
export function answersSellsAsk(entry: string, sentence: string, buyerText: string): boolean {
  return SELLS_ENTRY.test(entry) && /[?？]|か[。\s]*$/u.test(buyerText) && SELLS_ASKED.test(buyerText) && !PITCH_IN_ANSWER.test(sentence) && !NEW_OFFER_NOW.test(sentence) && !ELSEWHERE.test(sentence) && !/\d{1,2} ?%/u.test(sentence);
}

/** The buyer asking where to see or buy the seller's range: a website, a shop, a catalogue, "where can I see", the other colours or
 *  products ("Do you have a website where I can see all your colours?", "Haben Sie einen Onlineshop?", "Vous avez un site ?", "¿Tienen
 *  página web?", "Avete un sito?", "Vocês têm site?", "ホームページはありますか"). */
const WHERE_ASKED = accentOptionalRe(re(
  `${W}(?:web ?site|site|homepage|online (?:shop|store)|webshop|catalog(?:ue)?|where (?:can|could|do|else) (?:i|we)|other (?:colou?rs|products|items|designs|models)|all (?:of )?your (?:colou?rs|products|items|designs|models)|webseite|internetseite|onlineshop|katalog|wo (?:kann|könnte|finde|sehe)|(?:anderen|alle) (?:farben|produkte|modelle)|boutique en ligne|catalogue|où (?:puis-je|peut-on|trouver|voir)|(?:autres|toutes (?:les|vos)) (?:couleurs|produits|modèles)|web|página(?: web)?|sitio|tienda (?:online|en línea)|catálogo|dónde (?:puedo|se puede|ver|comprar|encontrar)|(?:otros|todos (?:los|sus)) (?:colores|productos|modelos)|sito|negozio online|catalogo|dove (?:posso|si può|trovo|vedere|comprare)|(?:altri|tutti i) (?:colori|prodotti|modelli)|loja (?:online|virtual)|onde (?:posso|vejo|encontro|compro|ver)|(?:outr[oa]s|todas as|todos os) (?:cores|produtos|modelos))${E}|ホームページ|サイト|ショップ|カタログ|どこで|他の(?:色|商品|カラー)|全色|全カラー`,
));
/** The reply's place: the seller's store or shop on Amazon ("our Amazon storefront", "in unserem Amazon-Shop", "notre boutique
 *  Amazon", "nuestra tienda de Amazon", "il nostro negozio Amazon", "nossa loja da Amazon", "Amazonのストアページ"). */
const STORE_ON_AMAZON = accentOptionalRe(re(
  `${W}amazon[- ]?(?:storefront|store ?front|store|shop|brand (?:store|page)|boutique|seite)${E}|${W}(?:storefront|store|shop|boutique|tienda|negozio|loja|page|seite|brand page)(?: (?:(?:on|auf|bei|sur|d'|de|en|su|di|da|na|no|in) ?(?:the |la |el |l')?)?)amazon${E}|amazon(?:の|内の)?(?:ストア|ショップ|ブランドページ)`,
));
/** Does the sentence answer the buyer's "where can I see your range / do you have a website?" by naming the seller's store on Amazon,
 *  with no pitch beside it (no praise, no "check out", no discount, nothing new or running now)? */
// why: s33 r4x33 - "We only sell on Amazon, so everything is in our Amazon storefront - click our name" to a buyer who asked for a
// website read as an unasked storefront pitch; near-miss kept: the same sentence with no question from the buyer, or with "check out
// the new arrivals, 20% off this week" beside the store
export function answersWhereAsk(sentence: string, buyerText: string): boolean {
  if (!buyerText || !/[?？]|か[。\s]*$/u.test(buyerText) || !WHERE_ASKED.test(buyerText)) return false;
  // ("next to" is where the seller's name sits on the listing - "click our name next to 'Sold by'" - no next order)
  const said = sentence.replace(/(?<![\p{L}])next to(?![\p{L}])/gu, ' ');
  return STORE_ON_AMAZON.test(said) && !PITCH_IN_ANSWER.test(said) && !NEW_OFFER_NOW.test(said) && !/\d{1,2} ?%/u.test(said);
}
