// Session 26 (s26 blind b/e/f, marketing): offers told in a service reply without a coupon word, read from their structure in
// the seven languages, per sentence (promotionIn calls them; the text is the normalized copy):
//   paid upgrade     another version or model offered for a surcharge the buyer would pay ("for $12 more I can send you the
//                    waterproof version", "por 12 € más le puedo mandar la versión impermeable", "con 15 euro in più le posso
//                    mandare la versione impermeabile", "por mais R$ 40 te mando a versão impermeável", "a checkout link for the
//                    upgraded battery (you'd only pay the difference)"); not a surcharge paid or refunded, not shipping;
//   unit price cut   another unit offered below its price ("si vous en voulez une deuxième je vous la fais à 29 € au lieu de 39 €",
//                    "a second one for $29 instead of $39"); not a price explained, charged or refunded;
//   time-limited     a deal or a call to take it, limited to today or this week ("Aproveite: capinhas em dobro só hoje", "today
//                    only: 2 for 1"); not a carrier's schedule ("el transportista solo recoge esta semana"), which holds no deal;
//   complete set     other items of the range told to complete the set ("the 10-inch and 12-inch ones complete the set", "tenemos
//                    el juego de 6 con platillos a juego, así completa la vajilla"); not a missing part sent, not the buyer's order.
import { E, NEGATION, OWN_ORDER, W, re } from './promotion-guards';
import { gatedTest } from './literal-gate';
import { firstMatch as find, spanOf } from './span';

export type ExtraKind = 'paid-upgrade' | 'unit-price-cut' | 'time-limited' | 'complete-set';
export interface Extra {
  kind: ExtraKind;
  start: number;
  end: number;
}

/** An amount of money: a currency before or after a number (the one-byte stand-in \x80 beside €). */
const AMOUNT = String.raw`(?:(?:€|\x80|\$|£|r\$|us\$)\s?\d{1,4}(?:[.,]\d{1,2})?|\d{1,4}(?:[.,]\d{1,2})?\s?(?:€|\x80|\$|£|euros?|eur|dollars?|pounds?|reais|円))`;

/** A surcharge the buyer would pay: an amount "more" / "extra" / "in più" / "de plus" / "más" / "a mais" / "mehr" / Aufpreis, or
 *  the difference to pay ("you'd only pay the $18 difference", "pagando solo la diferencia", "差額"). */
// why: s26 blind b es-017/it-017/pt-017, e en-008 - a dearer version offered in place of the free exchange
// examples: "for $12 more", "por 12 € más", "con 15 euro in più", "por mais R$ 40", "pour 10 € de plus", "für 10 € mehr", "gegen
// 8 € Aufpreis", "pay the $18 difference"
// near-misses: "we refunded the $18 difference" (REFUND_OR_PAID), "the 12 € more you paid" (REFUND_OR_PAID), "no extra cost" (no amount)
// (the difference to pay only as a cost played down - "you'd only pay the $18 difference", "just pay the difference": "Please pay
// the difference through the Amazon order and we will send the bigger size" is an agreed exchange's payment step - s18-f4.test)
const SURCHARGE = re(
  `(?:${AMOUNT} (?:more|extra|on top|in più|in piu|de plus|de más|más|mas|a mais|mehr|aufpreis|de supplément)|(?:por|com|per) mais ${AMOUNT}|(?:an? )?(?:extra|additional) ${AMOUNT}|(?:un )?supplément de ${AMOUNT}|aufpreis von ${AMOUNT}|(?:(?:'d|would|could) (?:only |just )?|(?:only|just|solo|sólo|soltanto|só|seulement|nur|basta) )(?:pay|paying|pagar|pagando|pagare|payer|zahlen|bezahlen)(?: [\\p{L}']+){0,3}? (?:the |la |a |die )?(?:${AMOUNT} )?(?:difference|diferencia|differenza|diferença|différence|differenz|aufpreis))${E}|差額|追加料金`,
);
/** ... for another version, a model, an upgrade: the object of the offer ("the waterproof version", "upgraded", "la versión", "il
 *  modello", "上位モデル"). */
const UPGRADE_OBJECT = re(
  `${W}(?:upgrad\\p{L}{0,4}|versions?|versión|versiones|versione|versioni|versão|versões|modell?\\p{L}{0,2}|modèles?|modelos?|ausführung|variante?n?|pro|premium|deluxe|waterproof|impermeab\\p{L}{1,3}|étanche|wasserdicht\\p{L}{0,2}|bigger|larger|größer\\p{L}{0,2})${E}|上位|アップグレード|モデル`,
);
/** ... offered: the seller able or willing to send or switch (first person: "I can send", "le puedo mandar", "te mando", "le posso
 *  mandare", "je peux vous envoyer", "kann ich Ihnen schicken"), a link handed over ("here's a checkout link"), the buyer asked to
 *  say ("just say", "usted me dice"). Not the buyer told how to pay a surcharge already agreed ("Den Aufpreis ... können Sie per
 *  PayPal senden", "to upgrade your order, pay the difference via this link": offplatform only, dev rows s21r-de-019, rl-en-0130). */
const OFFERED = re(
  `${W}(?:(?:i|we) (?:can|could|'ll|will|would)|i'd|we'd|here(?:'s| is)|link|let me know|just say|(?:puedo|podemos|podría|podríamos|posso|possiamo|potrei|potremmo|podemos|poderíamos|peux|pouvons|pourrais|pourrions|kann ich|können wir|könnte ich|könnten wir|ich kann|wir können)|(?:le|te|lhe|vous|ihnen|ti|gli|la) (?:mando|mandamos|envío|enviamos|mando|mandiamo|spedisco|spediamo|invio|inviamo|envoie|envoyons|expédie|expédions|schicke|schicken|sende|senden)|(?:me|mi) (?:dice|diga|dices|faccia sapere|fai sapere|avisa|avise)|é só (?:falar|avisar|pedir)|dites-moi|sagen sie|si (?:le|te) interesa|se (?:le|ti) interessa|se quiser|if you (?:want|like|prefer|wish))${E}|いかが|お申し付け|ご希望`,
);
/** A surcharge paid, charged, refunded or waived: the price explained, nothing offered ("we refunded the $18 difference", "you paid
 *  12 € more", "te devolvemos la diferencia", "la differenza le è stata rimborsata", "wir erstatten die Differenz"). */
const REFUND_OR_PAID = re(
  `${W}(?:refund\\p{L}*|reimburs\\p{L}*|paid|charged|waive\\p{L}*|reembols\\p{L}*|devolv\\p{L}*|devuelto|pagó|pagaste|pagado|cobrad[oa]|cobramos|rimbors\\p{L}*|pagato|pagat[oa]|addebitat[oa]|rembours\\p{L}*|payé\\p{L}?|facturé\\p{L}?|erstatt\\p{L}*|bezahlt|berechnet|estorn\\p{L}*|pagou|pago|cobrad[oa]|shipping|express|delivery|envío|spedizione|livraison|frete|versand\\p{L}*)${E}|返金|お支払い済`,
);

/** A price cut on another unit: an amount instead of an amount ("29 € au lieu de 39 €", "$29 instead of $39", "29 € statt 39 €"). */
// why: s26 blind e fr-007 - a second lamp offered cheaper (and paid directly: offplatform is payment-channel.ts's)
// near-misses: "you were charged 29 € instead of 39 €" (REFUND_OR_PAID), "the price shows 29 € instead of 39 € because the coupon
// applied" (APPLIED), a price without another unit ("the lamp is 29 € instead of 39 € this week" - a sale, promotion.ts's kinds)
const PRICE_INSTEAD = re(
  `${AMOUNT} (?:instead of|rather than|statt|anstatt|anstelle von|au lieu de|en lugar de|en vez de|invece di|anziché|al posto di|em vez de|ao invés de|no lugar de) ${AMOUNT}`,
);
/** ... for another unit than the bought one ("a second one", "une deuxième", "eine zweite", "otra", "un secondo", "outra"). */
const ANOTHER_UNIT = re(
  `${W}(?:a second(?: one)?|another(?: one)?|one more|une? (?:deuxième|seconde?|autre)|en voulez (?:une?|une? autre|encore)|eine? (?:zweite[nsr]?|weitere[nsr]?)|noch (?:eine[ns]?|einen)|(?:un|una) (?:segund[oa]|otr[oa])|otr[oa]|(?:un|una|un') ?(?:secondo|seconda|altro|altra)|(?:uma?|um) (?:segund[oa]|outr[oa])|outr[oa])${E}|もう一(?:つ|個|台|点)|2つ目|2個目|2台目`,
);
const APPLIED = re(`${W}(?:applied|angewendet|abgezogen|appliqu\\p{L}{1,3}|aplicad[oa]s?|applicat[oaie]|já entrou|ya (?:se )?aplic\\p{L}*|shows?|showed|zeigt|affich\\p{L}*|muestra|mostra)${E}`);

/** A limit to today or this week ("today only", "only this week", "só hoje", "solo per questa settimana", "nur heute", "本日限り"). */
// why: s26 blind b pt-015, it-005 - a deal with "only today / only this week" after a shipping line
// near-misses: "el transportista solo recoge esta semana" (the limit not next to "solo": the carrier's schedule; and no deal)
const LIMITED = re(
  `${W}(?:(?:only|just) (?:for )?(?:today|tonight|this (?:week(?:end)?|month))|(?:today|tonight|this (?:week(?:end)?|month)) only|nur (?:noch )?(?:heute|diese woche|dieses wochenende|diesen monat)|heute nur|(?:seulement|uniquement) (?:aujourd'hui|cette semaine|ce (?:week-end|mois-ci))|(?:aujourd'hui|cette semaine|ce week-end) (?:seulement|uniquement)|(?:solo|sólo|solamente|únicamente) (?:por )?(?:hoy|esta semana|este (?:fin de semana|mes))|hoy solo|(?:solo|soltanto|soltanto) (?:per )?(?:oggi|stasera|questa settimana|questo (?:weekend|fine settimana|mese))|oggi solo|(?:só|somente|apenas) (?:por )?(?:hoje|essa semana|esta semana|este fim de semana|este mês|esse mês)|hoje só)${E}|本日限り|今日だけ|今週(?:限り|だけ)|週末限定`,
);
/** ... with a deal or a call to take it ("em dobro", "2 for 1", "half price", "free", "aproveite", "grab", "profitez"). */
const DEAL_OR_CALL = re(
  `${W}(?:em dobro|in doppio|doppelt|double|doble|2 ?x ?1|3 ?x ?2|[1-5] for [1-5]|[1-5] für [1-5]|buy one,? get one|half price|halber preis|moitié prix|mitad de precio|a mitad|metà prezzo|meio preço|metade do preço|free|gratis|grátis|kostenlos|gratuit\\p{L}?|omaggio|in regalo|de regalo|de brinde|brinde|off|rabatt|remise|descuento|desconto|sconto|discount|(?:prendi|prenda|take|get|buy|compra|lleva|llévate|compre|leve|achetez|prenez|kaufen|nehmen) [1-5]|aproveite|aproveita|aprovecha|aproveche|approfitta\\p{L}*|approfittane|profitez(?:-en)?|nutzen sie|take advantage|grab|don't miss|no te lo pierdas|no se lo pierda|non perder\\p{L}*|não perca|ne manquez pas)${E}|\\d{1,2} ?%|お見逃しなく|お得|割引|半額|無料`,
);

/** The limit and the deal in one clause, next to each other: at most 45 characters between them, no sentence stop or semicolon and
 *  no clause joined by a conjunction ("so", "así que", "donc", "quindi", "então", "daher" ...) - "Today only: phone stands at half
 *  price", "capinhas em dobro só hoje", "Solo per questa settimana: prendi 3 barattoli"; not "Hoy solo trabaja el almacén por la
 *  mañana, así que el envío gratis de su recambio sale a las 12" (the limit is the warehouse's hours, the free shipping another
 *  clause's). */
// why: s26 review #7
const CLAUSE_JOIN = re(`${W}(?:so|because|and so|therefore|daher|deshalb|deswegen|weil|denn|donc|alors|parce que|así que|por eso|porque|ya que|quindi|perché|perciò|poiché|então|por isso|pois|porque)${E}|ので|から|ため`);
function dealNextToLimit(s: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const between = a.end <= b.start ? s.slice(a.end, b.start) : s.slice(b.end, a.start);
  return between.length <= 45 && !/[.;!?。！？]/u.test(between) && !CLAUSE_JOIN.test(between);
}

/** Other items told to complete the set ("complete the set", "completa la vajilla", "complète le service", "completa il servizio",
 *  "completa o jogo", "vervollständigt das Set", "セットが揃います"). */
// why: s26 blind b en-002/es-003 - the other sizes or a matching set offered after a replacement, without "with our ..."
const COMPLETES_SET = re(
  `${W}(?:complet(?:e|es|ed|ing) (?:the|your|this) (?:set|collection|range|series|line-?up)|complet(?:a|as|an|e|en|ar|am|i|ano|are) (?:(?:la|el|il|lo|tu|su|sus|tus|o|a|seu|sua|il tuo|la tua|il suo|la sua) )?(?:vajilla|colecci[oó]n|juego|set|servicio|vaisselle|collezione|servizio|serie|jogo|conjunto|cole[çc][ãa]o|aparelho)|compl[èé]t(?:e|ent|er|ez) (?:(?:le|la|votre|ce|cet|cette) )?(?:service|collection|set|série|ensemble|vaisselle)|(?:vervollständig|komplettier)\\p{L}{0,4} (?:das|ihr|ihre|ihren) (?:set|service|kollektion|sammlung|serie|geschirr)|(?:das|ihr) (?:set|service|geschirr) (?:\\p{L}+ ){0,2}komplett)${E}|(?:セット|シリーズ)が(?:揃|そろ)`,
);
/** ... said of items the seller has, other sizes or pieces, matching ones ("we have", "tenemos", "the other ones", "a juego",
 *  "matching", "assorti", "abbinat", "passend"). */
const COMPLETERS = re(
  `${W}(?:ones|the others|the rest|other sizes|(?:we|i) (?:also )?(?:have|carry|sell|make|stock)|tenemos|hay|abbiamo|c'è|ci sono|temos|tem|nous avons|il y a|wir haben|gibt es|a juego|matching|passend\\p{L}{0,2}|assorti\\p{L}{0,2}|abbinat\\p{L}|coordinat\\p{L}|combinando|a condizer|same (?:handle|line|series|range|design|coating)|demás (?:tamaños|medidas)|altre misure|outros tamanhos|autres tailles|anderen größen)${E}|もございます|もあります|ご用意`,
);
/** A missing part or the buyer's own piece sent: a service, not an offer ("the missing saucer completes your set"). */
const MISSING = re(`${W}(?:missing|que (?:le )?faltaba|que faltava|faltante|manquant\\p{L}{0,2}|mancant\\p{L}|fehlend\\p{L}{0,2}|replacement|ersatz\\p{L}*|remplacement|reemplazo|recambio|sostituzion\\p{L}|ricambio|reposição|substitut\\p{L}*)${E}|不足|欠品`);

/** The literals one of the kinds needs (a sentence without any costs one scan). */
export const EXTRA_ANCHOR =
  /more|extra|più|piu|plus|más|mas |mais|mehr|aufpreis|suppl|additional|differen|diferen|差額|追加料金|instead|rather|statt|lieu|lugar|vez de|invece|anziché|posto|invés|only|just|today|tonight|this |nur|heute|seulement|uniquement|aujourd|solo|sólo|solamente|únicamente|hoy|soltanto|oggi|só |somente|apenas|hoje|限り|だけ|限定|complet|vervollst|komplett|揃|そろ/u;

/** The kind of extra offer sentence `s` makes, or null (only for a sentence that answers no question: promotionIn reads that).
 *  `hard`: promotionIn's hard guard (a replacement, a refund, tracking ...) holds in the sentence - only the paid upgrade is read then
 *  (it is offered in place of the free exchange: "instead of the replacement, for $12 more ..."), under its own guard. */
export function extraOfferIn(s: string, hard: boolean): Extra | null {
  if (!gatedTest(EXTRA_ANCHOR, s)) return null;
  const surcharge = find(SURCHARGE, s);
  // (the buyer's own order upgraded is the order changed as agreed, no offer: "to upgrade your order, pay the difference")
  if (surcharge && UPGRADE_OBJECT.test(s) && OFFERED.test(s) && !REFUND_OR_PAID.test(s) && !OWN_ORDER.test(s) && !NEGATION.test(s.slice(0, surcharge.start))) {
    const object = find(UPGRADE_OBJECT, s)!;
    return { kind: 'paid-upgrade', ...spanOf(surcharge, object) };
  }
  if (hard) return null;
  const cut = find(PRICE_INSTEAD, s);
  if (cut && ANOTHER_UNIT.test(s) && !REFUND_OR_PAID.test(s) && !APPLIED.test(s) && !OWN_ORDER.test(s)) return { kind: 'unit-price-cut', ...cut };
  const limited = find(LIMITED, s);
  const deal = limited && find(DEAL_OR_CALL, s);
  if (limited && deal && dealNextToLimit(s, limited, deal) && !NEGATION.test(s) && !OWN_ORDER.test(s)) return { kind: 'time-limited', ...spanOf(limited, deal) };
  const complete = find(COMPLETES_SET, s);
  if (complete && COMPLETERS.test(s) && !MISSING.test(s) && !OWN_ORDER.test(s) && !NEGATION.test(s)) return { kind: 'complete-set', ...complete };
  return null;
}

/** Their sources, for the promotion cue (entry-index reads their triggers). */
export const EXTRA_CUE_SOURCE = [SURCHARGE, PRICE_INSTEAD, LIMITED, COMPLETES_SET].map((r) => `(?:${r.source})`).join('|');
