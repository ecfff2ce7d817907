// Session 25 (s25 blind b, marketing recall .85): standing offers told in a service reply without a coupon word, read from their
// structure in the seven languages, per sentence (promotionIn calls it; the text is the normalized copy):
//   subscribe nudge  a subscription programme suggested with a gain or a tip ("if you switch this to Subscribe & Save you'll get 15%
//                    off every refill", "Mit dem Spar-Abo sparen Sie dauerhaft 15 %", "denken Sie an unser Sparabo",
//                    "「定期おトク便」にしていただくと毎回10%お安く"); not the buyer's own subscription managed or explained ("your
//                    Subscribe & Save delivery can be skipped", "Ihr Spar-Abo-Rabatt"), not one the buyer asked about, not refused;
//   multi-buy        N items for the price of M, buy N pay M ("3 for the price of 2", "3 Packungen kaufen, nur 2 bezahlen", "au prix
//                    de 2", "zum Preis von zwei", "2個分の価格で"); not a price ("au prix de 25 €"), not a deal told as past or as the
//                    buyer's own order ("that was the 3-for-2 offer on your order");
//   word of mouth    the buyer asked to tell friends or family about the seller ("tell your friends about us", "Parlez de nous à vos
//                    proches", "erzählen Sie Ihren Freunden von uns", "ご家族やお友達にも当店をご紹介ください"), or to tell them about a
//                    name with the seller's wish to serve them ("tell them about Ridgeback - we'd love to kit them out too"); not
//                    a friend told about a parcel or a return, not a denial.
import { E, NEGATION, OWN_ORDER, W, re } from './promotion-guards';
import { gatedTest } from './literal-gate';
import { PORTUGUESE } from './portuguese';
import { clauseAfter, clauseAround, firstMatch as find } from './span';

export type StandingKind = 'subscribe-nudge' | 'multi-buy' | 'word-of-mouth';
export interface Standing {
  kind: StandingKind;
  start: number;
  end: number;
}
interface Hit {
  start: number;
  end: number;
}

/** A subscription programme: Amazon's (Subscribe & Save, Spar-Abo, ...) or a plain subscription for the consumable. */
// why: s25 blind b en-003/de-004/ja-004, s23 blind a de-023 - the programme suggested after a refund or an answer
// examples: "switch to Subscribe & Save", "unser Sparabo", "l'abonnement", "una suscripción", "l'abbonamento", "定期おトク便"
// near-misses: "assinatura" (a signature on delivery in Portuguese) is left out; pt reads "programe e poupe" / "assine e economize"
const SUBSCRIPTION = re(
  `${W}(?:subscribe (?:&|and|\\+) save|subscriptions?|spar-?abos?|abos?|abonnements?|abonnez-vous et économisez|suscripci[oó]n(?:es)?|suscríbete y ahorra|abbonament[oi]|iscriviti e risparmia|programe e poupe|assine e economize)${E}|定期(?:おトク|お得)便|定期便|定期購入|定期配送|定期お届け`,
);
/** ... suggested: a tip, an aside, a switch, an invitation ("Quick tip", "by the way", "if you switch", "Tipp", "Übrigens", "denken Sie
 *  an", "pensez à", "consejo", "suggerimento", "dica", "ぜひ", "ご利用ください"). A gain alone is Amazon's programme described, no
 *  nudge: "You can sign up for Subscribe & Save on the product page for 10% off future deliveries" (s18 review). */
// (s26 blind b en-004: the programme as where the buyer is told to put the item - "Put them on Subscribe & Save and you get 15%
// off", "mettez-les en abonnement", "ponlos en suscripción", "mettili in abbonamento", "coloque-os no Programe e Poupe"; not "were
// put on Subscribe & Save by mistake": a pronoun or a named item right after "put")
// (s25 review 4: "tip" is an aside only at the start of its clause or before ":"/"!" - "Quick tip:", "A tip!", ", tip: ...";
// "each refill includes a fresh applicator tip" is the nozzle's tip, no nudge)
const SUB_PUSH = re(
  `${W}(?:(?<=(?:^|[.!?;:,\\n(])\\s{0,3})(?:(?:a |one |quick |little |pro |small |our )?tip)(?![\\p{L}])|(?:quick |little |pro |small |a |one )?tip(?=\\s{0,2}[:!])|by the way|btw|if you switch|switch (?:\\p{L}+ ){0,2}?to|put (?:them|it|these|those|this|that|the [\\p{L}-]{2,20}) on|mettez-(?:les|le|la) en|pon(?:los|las|lo|la)|p[oó]ng(?:a|ase)(?:los|las|lo|la)|mettil[ie]|mettetel[ie]|coloque-(?:os|as|o|a)|stellen sie (?:\\p{L}+ ){0,3}?auf|consider|think about|worth|don't forget|tipp|übrigens|denken sie (?:\\p{L}+ ){0,2}?an|probieren sie|lohnt sich|wechseln sie|astuce|conseil|au fait|d'ailleurs|pensez (?:\\p{L}+ ){0,2}?à|passez|en passant|si vous passez|essayez|consejo|truco|por cierto|pásese|pásate|si se pasa|si te pasas|pruebe|prueba|consiglio|suggerimento|tra l'altro|se passa|provi|prova|dica|aliás|experimente|mude|se mudar)${E}|ぜひ|おすすめ|にしていただくと|にすると|ご利用ください|ご検討ください`,
);
/** The buyer's own subscription or a programme managed or explained: "your", "Ihr", "votre", "su", "il suo", "seu", "ご利用中"; to
 *  cancel, skip, pause, change ("kündigen", "annuler", "cancelar", "disdire", "解約"). */
const OWN_SUB = re(
  `${W}(?:your|ihr\\p{L}{0,2}|votre|vos|su|sus|tu|tus|il suo|la sua|il tuo|suo|sua|seu|teu)(?: [\\p{L}&+-]+){0,2} $`,
);
const SUB_SERVICE = re(
  `${W}(?:cancel\\p{L}*|skip\\p{L}*|pause\\p{L}*|manage|unsubscrib\\p{L}*|kündig\\p{L}*|pausier\\p{L}*|aussetzen|annul\\p{L}*|suspend\\p{L}*|cancela\\p{L}*|anula\\p{L}*|disdi\\p{L}*|sospend\\p{L}*|disattiv\\p{L}*|not available|nicht verfügbar|pas disponible|no (?:está|es) disponible|non (?:è )?disponibile|não (?:está )?disponível)${E}|解約|停止|スキップ|対象外`,
);
/** A discount explained as coming from the programme ("the 5% off on your refill comes from Subscribe & Save", "stammt aus", "provient
 *  de", "viene de", "deriva da", "vem do", "によるもの"): the price explained, nothing offered. */
// (s25 dev rows s16c-en-027, s23d-en-023: a discount told as applied, or as what the buyer saw - "That's Amazon's Subscribe & Save
// discount, applied by Amazon at checkout because you set up a delivery", "The 15% off you saw was the Subscribe & Save discount,
// which only applies to subscription orders"; read only in the programme's own clauses, up to 60 characters each side and not past an
// "and/but": "Your refund was processed, and with Subscribe & Save you'd save 10%" is still a nudge)
// (s25 review 3: a discount "set by Amazon, not by us" is Amazon's rule told, in six languages: "set/decided by Amazon", "von Amazon
// festgelegt", "fixé par Amazon", "fijado por Amazon", "stabilito da Amazon", "definido pela Amazon"; near-miss kept flagged: "Quick tip:
// Subscribe & Save sets your price lower" - no agent named)
const SUB_EXPLAINED = re(`${W}(?:(?:set|decided|determined|fixed|controlled) by (?:amazon|them)|(?:von amazon|durch amazon) (?:festgelegt|bestimmt|vorgegeben)|(?:festgelegt|bestimmt|vorgegeben) (?:von|durch) amazon|(?:fix[ée]e?s?|d[ée]fini[e]?s?|d[ée]cid[ée]e?s?) par amazon|(?:fijad|establecid|decidid|definid)[oa]s? por amazon|(?:stabilit|decis|fissat|definit)[oaie] da amazon|(?:definid|estabelecid|decidid)[oa]s? pela amazon|comes? from|came from|is (?:from|due to)|was|were|applied|applies|already (?:applied|included|deducted)|stammt|kommt (?:von|aus|vom)|war|wurde|angewendet|bereits (?:abgezogen|enthalten|angewendet)|provient|vient d[eu]|était|appliqu\\p{L}{1,3}|déjà (?:appliqu|dédui|inclu)\\p{L}{1,4}|viene de|proviene|fue|era|aplicad[oa]|aplica|deriva|è stato|è stata|applicat[oa]|vem d[oa]|veio d[oa]|foi)${E}|によるもの|が適用|適用され`);
/** A coordinator that opens a new clause ("and", "und", "et", "y", "e", "but", "aber", "mais", "pero", "ma", "mas", a spaced dash). */
const COORD = /(?<![\p{L}])(?:and|but|und|aber|et|mais|y|pero|e|ma|mas)(?![\p{L}])|\s[-–\x96—\x97]\s/gu;
/** The programme's own clauses: 60 characters each side, cut at a coordinator. */
function programClauses(s: string, sub: Hit): string {
  return clauseAround(s, sub.start, sub.end, COORD);
}
/** The buyer's question about a subscription: the reply answers it. */
const SUB_ASKED = /subscri|abo|abonn|suscri|abbona|assin|定期/u;
/** Nudge words that hold a negation of their own ("never run out", "nie wieder", "don't forget"): blanked before the denial test. */
// (and the invitations "don't hesitate to", "n'hésitez pas à", "no dude en", "non esiti a", "não hesite em", "zögern Sie nicht")
const OWN_NOT = re(`${W}(?:never run out|nie wieder|ne plus jamais|nunca más|mai più|nunca mais|don't forget|vergessen sie nicht|n'oubliez pas|no olvide|non dimentichi|não esqueça|don't hesitate|do not hesitate|zögern sie nicht|n'hésitez pas|no dude|no dudes|non esiti|non esitate|não hesite)${E}`);

/** N items for the price of M, or buy N and pay M (the count M is no price: no currency or decimal after it). */
// why: s25 blind b de-007/fr-017/de-017 - "3 Packungen kaufen, nur 2 bezahlen", "nos 3 bougies au prix de 2", "Kerzen-Trio zum Preis
// von zwei" after a service line
// near-misses: "au prix de 25 €" (a price: no count of items, a currency after it), "for the price of one coffee a day" (no count or set
// of the items before it: ITEMS_COUNTED)
const COUNT = '(?:[1-5]|one|two|three|four|five|eine[mnr]?|eins|zwei|drei|vier|une?|deux|trois|quatre|una?|dos|tres|cuatro|due|tre|quattro|uma?|dois|duas|três|quatro)';
const NOT_MONEY = '(?![\\p{N}]|[.,]\\p{N}|\\s?(?:€|\\x80|\\$|£|euros?|dollars?|pounds?|reais|r\\$|円|%))';
const PRICE_OF = re(
  `${W}(?:for the price of|zum preis von|au prix de|pour le prix de|al precio de|por el precio de|al prezzo di|per il prezzo di|pelo preço de|ao preço de|pelo valor de) ${COUNT}${NOT_MONEY}${E}|[2-5](?:個|つ|点|本|枚|セット)分の(?:価格|お値段|値段|料金)`,
);
/** ... after a count or a set of the items in the sentence ("nos 3 bougies", "Kerzen-Trio", "two packs"): "for the price of one
 *  coffee a day" compares a price, it sells no set. */
const ITEMS_COUNTED = re(`${W}(?:[2-9]|two|three|four|five|six|zwei|drei|vier|fünf|sechs|deux|trois|quatre|cinq|six|dos|tres|cuatro|cinco|seis|due|tre|quattro|cinque|sei|dois|duas|três|quatro)${E}|trio|duo|${W}(?:packs?|sets?|lots?|bundles?|kits?)${E}`);
const BUY_N_PAY_M = re(
  `${W}(?:buy|get|take|order|achetez|prenez|commandez|compra|lleva|llévate|compre|leve|acquista|prendi|prenda)(?:-en)?(?: [\\p{L}\\p{N}-]+){1,6}?,? (?:and |et |y |e )?(?:ne |n'en |en )?(?:only |just |seulement |solo |sólo |apenas |só )?(?:pay(?: for)?|payez|paga|pagas|paghi|pague)(?: (?:only|just|seulement|solo|sólo|apenas|só|que))? ${COUNT}${NOT_MONEY}${E}|${W}${COUNT} (?:\\p{L}+ ){0,3}?(?:kaufen|nehmen|bestellen),? (?:nur |bloß )?${COUNT} (?:bezahlen|zahlen)${E}`,
);
// (s26 blind b it-005: the paid count as a clitic's object - "prendi 3 barattoli e ne paghi 2", "achetez-en 3 et n'en payez que 2")
function multiBuyIn(s: string): Hit | null {
  const pay = find(BUY_N_PAY_M, s);
  if (pay) return pay;
  const priceOf = find(PRICE_OF, s);
  // (the Japanese form names both counts itself: "2個分の価格で3個")
  return priceOf && (s.slice(priceOf.start, priceOf.end).includes('分の') || ITEMS_COUNTED.test(s.slice(0, priceOf.start))) ? priceOf : null;
}
/** The deal told as past (in its own clauses, programClauses) or as the buyer's own order ("that was the multi-buy on your order", "war", "était", "fue", "era", "foi"). */
const DEAL_PAST = re(`${W}(?:was|were|came|applied|paid|bought|war|waren|hatten|était|a été|avez payé|fue|era|pagó|pagaste|è stato|era|ha pagato|foi|pagou)${E}|でした|適用され`);

/** Friends, family, people the buyer knows. */
const FRIENDS = re(
  `${W}(?:friends?|family|loved ones|people you know|anyone you know|colleagues|neighbou?rs|freund\\p{L}{0,4}|familie|bekannt\\p{L}{2,4}|liebsten|proches|amis|amies|famille|entourage|amig[oa]s?|familia(?:res)?|conocidos|seres queridos|amic[io]|amiche|famiglia|parenti|conoscenti|família|conhecidos)${E}|お友達|ご友人|ご家族|知人|お知り合い|周りの方`,
);
/** Telling about the seller, recommending the seller ("tell them about us", "spread the word", "recommend us", "erzählen Sie ... von
 *  uns", "parlez de nous", "recommandez-nous", "hábleles de nosotros", "parli di noi", "fale de nós", "当店をご紹介"). */
const TELL_US = re(
  `${W}(?:tell (?:\\p{L}+ ){0,3}?about us|spread the word|recommend us|pass (?:our name|the word) on|erzählen sie (?:\\p{L}+ ){0,3}?von uns|empfehlen sie uns|uns weiterempfehl\\p{L}*|(?:von uns|über uns) (?:zu )?erzählen|parlez(?:-leur)? de nous|parler de nous|nous recommander|recommandez-nous|h[áa]bl(?:e|ele|eles|ale|ales|ar|arles?) de nosotros|recomi[ée]nd(?:a|e|en)nos|recomendarnos|parl(?:a|i|ate|are)(?: loro)? di noi|consigliateci|consigliaci|ci consigli|consigliarci|fal(?:e|em|a|ar) de n[óo]s|nos indique|indique-nos|indique a gente|recomende-nos|recomende a gente)${E}|(?:当店|弊社|弊店|私たち)(?:を|のこと(?:を)?)[^。！？\\n]{0,10}(?:ご紹介|紹介|お勧め|おすすめ|広め)`,
);
/** Telling about a name (not "us"): only with the seller's wish to serve the friends in the sentence. */
const TELL_ABOUT = re(`${W}(?:tell (?:them|your \\p{L}+|others) about|erzählen sie (?:ihnen|\\p{L}+ freunden) von|parlez-leur de|háblales de|parla loro di|fale para eles sobre)${E}`);
const WISH_TO_SERVE = re(
  `${W}(?:we(?:'d| would) (?:love|be (?:happy|glad|delighted)) to (?:kit|help|serve|equip|welcome|see)|wir würden (?:uns freuen|sie gern\\p{L}* ausstatten)|nous serions ravis de|nos encantaría|saremmo felici di|adoraríamos)${E}`,
);
/** (s25 review 3) A refusal or a "not ours" told after the programme, in its clause (the German verb comes last: "Ein Abo können wir
 *  für diese Kartuschen nicht anbieten"; "the discount is set by Amazon, not by us"; "l'abbonamento non lo offriamo"; "a assinatura
 *  não a oferecemos"). Only a negation right before an offer/change verb (a pronoun between) or "not by us": "you do not have to
 *  change anything" (a gain of the programme) keeps the nudge, as does "you'll never run out". */
const SUB_DENIED_AFTER = re(
  `${W}(?:(?:not|cannot|nicht|pas|no|non|não|nie)(?: (?:be|lo|la|le|li|o|a|es|sie|ihn|it|them|vous|nous|os|as))? (?:offer\\p{L}{0,3}|provid\\p{L}{0,3}|chang\\p{L}{0,3}|control\\p{L}{0,3}|anbiet\\p{L}{0,2}|änder\\p{L}{0,2}|beeinfluss\\p{L}{0,2}|propos\\p{L}{0,5}|offr\\p{L}{0,5}|modifi\\p{L}{0,5}|ofrec\\p{L}{0,5}|ofrez\\p{L}{0,5}|cambi\\p{L}{0,5}|ofere[cç]\\p{L}{0,5}|alter\\p{L}{0,5})|not by us|nicht (?:von|bei) uns|pas par nous|no por nosotros|non da noi|não por nós)${E}`,
);
/** Where the programme's clause after it ends (read to 120 characters): where a German verb-final refusal sits. */
const SENTENCE_STOP = /[.;!?\n]/u;

/** A parcel, a return or a problem told to a friend is no recommendation ("tell your friend about the pickup point"). */
const SERVICE_OBJECT = re(`${W}(?:parcel|package|delivery|return|refund|pickup|problem|issue|paket|lieferung|rücksendung|colis|livraison|retour|paquete|entrega|devoluci[oó]n|pacco|consegna|reso|pacote|devolução)${E}|荷物|配達|返品`);

/** The literals one of the kinds needs (a sentence without any costs one scan). */
export const STANDING_ANCHOR =
  /subscri|save|abo|abonn|suscri|abbona|risparmia|poupe|economize|定期|price of|preis von|prix de|precio de|prezzo di|preço de|valor de|pay|zahlen|payez|payer|paga|paghi|pague|分の|about us|spread|recommend us|pass |von uns|uns weiter|empfehlen sie uns|de nous|recommandez|nosotros|recomi|di noi|consiglia|de nós|de nos|indique|recomende|当店|弊社|弊店|私たち|tell |erzählen|parlez|háblales|hablales|parla loro|fale para/u;

/** `part` of sentence `s` with its "no" blanked when the whole sentence is Portuguese (where "no" is "in the", portuguese.ts). */
const ptPlace = (s: string, part: string): string => (PORTUGUESE.test(s) ? part.replace(/(?<![\p{L}])no(?![\p{L}])/gu, '  ') : part);

export function standingOfferIn(s: string, buyerWords: ReadonlySet<string>): Standing | null {
  if (!gatedTest(STANDING_ANCHOR, s)) return null;
  const sub = find(SUBSCRIPTION, s);
  if (sub) {
    // (the programme's own name holds a gain - "Subscribe & Save", "suscríbete y ahorra": the push is read outside it)
    const push = find(SUB_PUSH, `${s.slice(0, sub.start)}${' '.repeat(sub.end - sub.start)}${s.slice(sub.end)}`);
    // (the denial is read before the programme; a Portuguese sentence's "no" is "in the" - "Dica: no Programe e Poupe você economiza")
    let asked = false;
    for (const w of buyerWords) if (SUB_ASKED.test(w)) asked = true;
    const before = s.slice(Math.max(0, sub.start - 30), sub.start);
    if (push && !asked && !OWN_SUB.test(before) && !SUB_SERVICE.test(s) && !SUB_EXPLAINED.test(programClauses(s, sub)) && !NEGATION.test(ptPlace(s, s.slice(0, sub.end).replace(OWN_NOT, ' '))) && !SUB_DENIED_AFTER.test(clauseAfter(s, sub.end, SENTENCE_STOP, 120)) && !OWN_ORDER.test(s)) {
      return { kind: 'subscribe-nudge', start: Math.min(sub.start, push.start), end: Math.max(sub.end, push.end) };
    }
  }
  const deal = multiBuyIn(s);
  if (deal && !DEAL_PAST.test(programClauses(s, deal)) && !OWN_ORDER.test(s) && !NEGATION.test(s.slice(0, deal.start))) return { kind: 'multi-buy', ...deal };
  const friends = find(FRIENDS, s);
  if (friends && !NEGATION.test(s.replace(OWN_NOT, ' '))) {
    const tell = find(TELL_US, s);
    if (tell) return { kind: 'word-of-mouth', start: Math.min(tell.start, friends.start), end: Math.max(tell.end, friends.end) };
    const about = find(TELL_ABOUT, s);
    if (about && WISH_TO_SERVE.test(s) && !SERVICE_OBJECT.test(s.slice(about.end, about.end + 40))) return { kind: 'word-of-mouth', start: Math.min(about.start, friends.start), end: about.end };
  }
  return null;
}

/** Their sources, for the promotion cue (entry-index reads their triggers). */
export const STANDING_CUE_SOURCE = [SUBSCRIPTION, PRICE_OF, BUY_N_PAY_M, TELL_US, TELL_ABOUT].map((r) => `(?:${r.source})`).join('|');
