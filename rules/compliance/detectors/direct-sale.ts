// A purchase steered away from Amazon by price, and a follow on a social network, read from their structure in the
// seven languages (s15 blind misses; README: "cheaper on our site" is marketing + offplatform, social follows are
// marketing, a social handle is an off-Amazon address).
//   cheaper direct  a lower price (a comparative, or a percentage less) where the buyer buys from the seller directly,
//                   in the seller's own shop or site, or "than on Amazon": "pídanoslos directamente a nosotros y le salen
//                   un 15 % más baratos que en Amazon", "In unserem eigenen Onlineshop kostet das Set 15 % weniger";
//   social follow   a follow of us or our account ("follow us", "folgen Sie unserer ...", or any follow verb with the
//                   account named) and a social network in the sentence or the one before: marketing; with the seller's
//                   account named (@handle, or an id in quotes or brackets) also offplatform: "Suivez nos coulisses sur
//                   Insta : @maison.verlaine", "Instagramで…。「hanamizuki_zakka」をぜひフォローしてください".
// Not: a negation or refusal in the clause of the lower price ("we can't sell it cheaper outside Amazon"), the seller's
// store on Amazon ("in our Amazon store"), a replacement, spare part or repair sent from us, "directly from us" with no
// purchase verb; following instructions, steps, a video or a parcel ("follow the assembly video on YouTube", "el vídeo
// sigue disponible en YouTube", "die Erstattung folgt"), Amazon's own follow button.
import { cueWithin, defineCue, type CueHits } from './entry-index';
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { negatingNo } from './portuguese';
import { SELLER_CLITIC, SELLER_POSSESSIVE, SOCIAL_NETWORKS } from '../lexicon/shared';
import { CHEAPER, NEGATION_MARKS, NEGATION_WORDS, NOT_A_SALE } from './payment-channel';
import { compact, compactRegExp } from './compact-letters';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

/** Buying from the seller directly, in the seller's own shop or site, or compared with Amazon. */
// (s25: Japanese says "directly" as "without going through Amazon" - "Amazonを通さずにお振込みいただければ、お安くできます"; s25
// blind e ja-012. Not "Amazonを通さずにお取引することはできません", a refusal NEGATED reads)
const DIRECT = re(
  `${W}(?:direct(?:ly)? (?:from|with|through) us|straight from us|from us directly|(?:direkt )?(?:bei|von) uns direkt|direkt (?:bei|von|über) uns|directement (?:chez|auprès de|avec) nous|directement sur notre|chez nous directement|directamente (?:a|con|de) nosotros|directamente en nuestr[oa]|a nosotros directamente|direttamente (?:da|con|presso) noi|direttamente (?:sul|nel) nostro|da noi direttamente|diret(?:o|amente) (?:com a gente|conosco|com nós|de nós)|diret(?:o|amente) (?:no|pelo|na|pela) noss[oa]|com a gente direto|(?:pay|paying) (?:me|us) directly|(?:me|nos) (?:lo |la |los |las )?pag\\p{L}{1,4} directamente|(?:mi|ci) (?:paga|pagate|pagasse|pagherà)\\p{L}{0,2} direttamente|(?:me|nous) (?:payez|payer|réglez) directement|(?:me|nos) (?:paga|pagar|pague)\\p{L}{0,2} diretamente|(?:mir|uns) direkt (?:bezahl|zahl|überweis)\\p{L}{0,3})${E}|(?:弊社|当店|私ども)(?:から|に)直接|直接(?:弊社|当店)|(?:amazon|アマゾン)を(?:通さず|介さず|経由せず)`,
);
const OWN_SHOP = re(
  `${W}(?:our (?:own )?(?:web ?site|online (?:shop|store)|web ?shop|e-?shop)|unsere[mnr]? (?:eigenen? )?(?:webseite|website|homepage|onlineshop|online-shop|webshop|internetseite)|unsere[mnr]? eigenen? seite|(?:unserem|unser) eigenen? (?:shop|laden)|notre (?:propre )?(?:site(?: internet| web)?|boutique en ligne|e-?boutique)|nuestr[oa] (?:propi[oa] )?(?:web|página web|sitio(?: web)?|tienda (?:online|en línea|web|propia))|(?:il )?nostro (?:sito(?: web| internet)?|negozio online|shop online|e-?commerce)|(?:o |a )?noss[oa] (?:próprio |própria )?(?:site|loja (?:online|virtual)|e-?commerce))${E}|(?:自社|公式|当店の)(?:サイト|ホームページ|オンラインショップ|ネットショップ|通販サイト)`,
);
/** Amazon as the dearer place: "than on Amazon", "als bei Amazon", "qu'sur Amazon", "que en Amazon", "Amazonより". */
const THAN_AMAZON = re(
  `${W}(?:than (?:on|at|via|through|from|buying on) amazon|als (?:bei|auf|über) amazon|qu['’]? ?(?:sur|chez|via) amazon|que (?:en|por|a través de) amazon|che su amazon|rispetto ad amazon|(?:do )?que na amazon)${E}|amazon(?:で購入する)?より`,
);
/** The seller selling the part itself (s19 blind c: "as lâminas de reposição a gente vende no nosso site ... sai mais barato que na
 *  Amazon"): a spare part sold there for less than on Amazon is a sale, not the replacement NOT_A_SALE means; "we sell", "vendemos",
 *  "nous vendons", "wir verkaufen", "vendiamo". */
const SELLS = re(`${W}(?:we (?:also )?sell|a gente (?:também )?vende|(?:nós )?vendemos|nous vendons|wir verkaufen|verkaufen wir|vendiamo)${E}`);
/** A purchase verb, read near "directly from us": a purchase steered off Amazon, not a replacement sent from us. */
const BUY = re(
  `${W}(?:buy\\p{L}{0,3}|bought|order\\p{L}{0,3}|purchas\\p{L}{0,3}|kauf\\p{L}{0,3}|gekauft|bestell\\p{L}{0,3}|achet\\p{L}{0,4}|achat|command\\p{L}{0,4}|compr\\p{L}{0,5}|p[íi]d\\p{L}{0,8}|pedi\\p{L}{0,4}|acquist\\p{L}{0,4}|ordin\\p{L}{0,4})${E}|購入|注文|お求め`,
);
/** A negation or refusal: the cheaper route turned down ("wir dürfen nicht günstiger verkaufen"). */
const NEGATED = re(`${W}(?:${NEGATION_WORDS})${E}|${NEGATION_MARKS}`);
/** The English and Spanish "no"; in Portuguese "no" is "in the" ("no Instagram"), which negates with "não". */
const negatedIn = (s: string) => NEGATED.test(s) || negatingNo(s);
/** The clause holding the match (a negation elsewhere, "Don't forget: our website is cheaper", is no refusal). */
function clauseOf(s: string, at: number): string {
  const breaks = /[,;:]|\s-\s/gu;
  let from = 0;
  let to = s.length;
  for (const m of s.matchAll(breaks)) {
    if (m.index < at) from = m.index + m[0].length;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  return s.slice(from, to);
}
/** "directly from us" with a purchase verb within 50 characters around it. */
/** Paying the seller directly is buying from it directly: "Amazonを通さずにお振込みいただければ、お安くできます", "pay us directly
 *  through us by bank transfer and it is 10 % cheaper" (the refund paid back to the buyer is no purchase: NOT_A_SALE reads it). */
// why: s25 blind e ja-012 - the direct route named by the payment, no purchase verb; near-misses: "Amazonを通さずにお支払いいただく
// ことはできません" (refused), "the refund is paid straight to your card"
const PAY = re(`${W}(?:pay|paying|paid|zahl\\p{L}{0,3}|bezahl\\p{L}{0,3}|überweis\\p{L}{0,3}|pag\\p{L}{1,4}|pai\\p{L}{1,5}|virement|transfer\\p{L}{0,5}|bonific\\p{L}{0,4})${E}|振込|振り込|支払`);
function buyDirect(s: string): boolean {
  const d = DIRECT.exec(s);
  if (!d) return false;
  const near = s.slice(Math.max(0, d.index - 50), d.index + d[0].length + 50);
  return BUY.test(near) || PAY.test(near);
}
/** A web address of the seller's (a url finding of links.ts, which reads joins, file names and spelled dots): the
 *  place of the lower price ("im eigenen Shop unter holzwerk.de", "comprarnos directamente en muebles.shop", "en
 *  direct sur atelier point fr"; s16 blind batch) - when a possessive or "us" stands just before it, and the lower
 *  price follows it or shares its clause ("other sellers may be cheaper, but on our site x.com we keep Amazon's
 *  price" names no lower price there; "we bought the parts for less at supplier.com" names a supplier's; s16 review). */
// (s23: or the seller's own selling verb - "we sell direct on x.shop too, ... a few quid cheaper", "on vend aussi en direct sur
// x.fr" - s23 blind a en-015; "we bought the parts for less at supplier.com" sells nothing)
const SELLERS_BEFORE = compactRegExp(`(?<![\\p{L}])(?:us|uns|eigen\\p{L}{0,2}|a gente|${SELLER_POSSESSIVE}|(?:we|nous|on|wir|a gente|nós) (?:also |aussi |auch |também )?(?:sell|vend\\p{L}{0,3}|verkaufen)|vendemos|vendiamo|verkaufen wir)(?![\\p{L}])|${SELLER_CLITIC}`, 'u');
function sellersAddress(s: string, from: number, to: number, cheaperAt: number, addresses: readonly Span[]): boolean {
  for (const a of addresses) {
    if (a.rule !== 'url' || a.start < from || a.start >= to) continue;
    const at = a.start - from;
    if (!SELLERS_BEFORE.test(s.slice(Math.max(0, at - 45), at))) continue;
    if (cheaperAt > at || !/[,;:]/u.test(s.slice(cheaperAt, at))) return true;
  }
  return false;
}
/** "Cheaper there", pointing back at an address the buyer is sent to buy or get from earlier in the sentence: the place of the
 *  lower price is that address (s20 blind k: "grab refills directly at x dot com - usually a bit cheaper there too", "bei x.de
 *  kaufen, dort sind sie etwas günstiger"). Not "da" (German "since", Italian "from", Portuguese "of the"), not an existential
 *  "there is a cheaper model", not without a purchase or get verb before it ("track it at ups.com; shipping there is cheaper"). */
const THERE = /(?<![\p{L}])(?:there|over there|dort|drüben|là|là-bas|ahí|allí|allá|lì|laggiù|lá|ali)(?![\p{L}])(?!'s|\s(?:is|are|was|were|will be)(?![\p{L}]))|そちら|あちら/u;
const GET = re(`${W}(?:grab|get|pick up|holen|besorgen|bekommen|procurez|trouvez|conseguir|consigue|consiga|consegue|encuentra|encuentre|prendi|prenda|trova|trovi|pegue|pega|encontra|adquir\\p{L}{1,4})${E}`);
/** The same item named as cheaper at an address (s23 blind f en-010: "the same rack is cheaper on x dot com"): the buyer is sent
 *  to buy it there, whoever's the site. The address right after the lower price and its "on/at/auf/sur/en/su/no"; the item "the
 *  same" before it. Not a carrier's rate ("shipping is cheaper with ups.com" names no same item), not the seller's own purchase of
 *  parts ("we bought ... for less at supplier.com": no "same"). */
const SAME_ITEM = re(`${W}(?:the same|same|das gleiche|dasselbe|derselbe|dieselbe|le même|la même|les mêmes|el mismo|la misma|lo stesso|la stessa|o mesmo|a mesma)${E}`);
// (the address before the lower price too, in German and Romance order: "Das gleiche Regal ist bei x.de günstiger")
const AT_BEFORE_ADDRESS = /^\s{0,2}(?:\p{L}{1,10}\s{1,2}){0,2}?(?:on|at|from|auf|bei|unter|sur|chez|en|su|da|no|na|em)\s{1,2}$/u;
const AT_RIGHT_BEFORE = /(?<![\p{L}])(?:on|at|from|auf|bei|unter|sur|chez|en|su|da|no|na|em)\s{1,2}$/u;
function sameItemAtAddress(s: string, from: number, cheaperAt: number, cheaperEnd: number, addresses: readonly Span[]): boolean {
  const same = SAME_ITEM.exec(s);
  if (!same || same.index > cheaperAt) return false;
  return addresses.some((a) => {
    if (a.rule !== 'url') return false;
    const at = a.start - from;
    const end = a.end - from;
    if (at >= cheaperEnd) return at - cheaperEnd <= 30 && AT_BEFORE_ADDRESS.test(s.slice(cheaperEnd, at));
    return at > same.index && cheaperAt - end >= 0 && cheaperAt - end <= 30 && AT_RIGHT_BEFORE.test(s.slice(Math.max(0, at - 12), at)) && !/[,;:.]/u.test(s.slice(end, cheaperAt));
  });
}
function addressThere(s: string, from: number, cheaperAt: number, cheaperEnd: number, addresses: readonly Span[]): boolean {
  if (!THERE.test(s.slice(Math.max(0, cheaperAt - 25), cheaperEnd + 25))) return false;
  const before = s.slice(0, cheaperAt);
  if (!BUY.test(before) && !GET.test(before)) return false;
  return addresses.some((a) => a.rule === 'url' && a.start >= from && a.start - from < cheaperAt);
}
/** "Than here": the listing the buyer is reading, Amazon, as the dearer place ("$4 less at x.com than here", "bei x.de 3 € günstiger
 *  als hier", "moins cher sur x.fr qu'ici", "más barato en x.es que aquí", "costa meno su x.it che qui", "mais barato em x.com.br
 *  do que aqui") - with an address beside the lower price, the item sent to be bought there: "than on Amazon" said by pointing. */
// why: s32 prec32 (s32g1-en-016 "the 6-pack is about $4 less at kettlebrook-supply.com than here": the possessive "our own store"
// sat in the clause before, beyond SELLERS_BEFORE's reach). Not "cheaper than buying singles here" (no address), not an address
// far from the lower price ("track it at ups.com; ... cheaper than here").
const THAN_HERE = re(
  `${W}(?:than (?:here|on here|over here|(?:buying|ordering) (?:it |them )?here)|als hier|als (?:hier )?bei uns hier|qu['’] ?ici|que (?:aqu[íi]|por aqu[íi]|ac[áa])|che qui|rispetto a qui|(?:do )?que (?:aqui|por aqui))${E}`,
);
function addressThanHere(s: string, from: number, to: number, cheaperAt: number, cheaperEnd: number, addresses: readonly Span[]): boolean {
  const here = THAN_HERE.exec(s);
  if (!here) return false;
  return addresses.some((a) => {
    if (a.rule !== 'url' || a.start < from || a.end > to) return false;
    const at = a.start - from;
    const end = a.end - from;
    // (the address within 40 characters of the lower price, either side, no clause stop between; 80 when the address leads
    // and "than here" closes the same run - s35 fb35 g4 es-014: "en www.x.es tenemos los packs de aceite con envío gratis y sale
    // más a cuenta que por aquí", the goods and a perk named between the site and its better price)
    const gap = at >= cheaperEnd ? s.slice(cheaperEnd, at) : end <= cheaperAt ? s.slice(end, cheaperAt) : '';
    return gap.length <= (end <= cheaperAt ? 80 : 40) && !/[;:.!?]/u.test(gap);
  });
}
/** No fees named as the gain ("(pas de commission)", "sin las comisiones de Amazon", "keine Marktplatzgebühren"): a
 *  negation of the fees, not of the sale. */
const NO_FEES = compact(/(?<![\p{L}])(?:pas de|sans|no|sin|senza|sem|keine?n?|without|ohne)\s(?:(?:les|las|la|le|the|die|as|os|i|le)\s)?(?:\p{L}+\s)?(?:commissions?|frais|fees|\p{L}*gebühr\p{L}*|comisi(?:ón|on|ones)|commission[ei]|taxas?|comiss(?:ão|ões))(?![\p{L}])/gu);
/** A perk of buying from the seller directly other than a lower price: free delivery, no or avoided fees, a gift (s18 blind g:
 *  "commandez directement chez nous sur x.fr, vous éviterez les frais Amazon et on vous offre la livraison", "ordini
 *  direttamente da noi su x.online: niente commissioni e spedizione gratis") - the same sale steered off Amazon. */
// (s19 blind a: a free extra thrown in - "se comprar direto na nossa loja virtual, ... você leva o carregador veicular de brinde",
// "te regalamos el cargador", "on vous offre le chargeur", "in omaggio", "gratis dazu", "as a free gift")
const DIRECT_PERK = re(
  `${W}(?:(?:de|um|como) brinde|brinde grátis|de regalo|(?:te|le|os|les) regalamos|(?:on|nous) vous offr(?:e|ons) (?:le|la|les|un|une)|en cadeau|in omaggio|in regalo|(?:ti|le|vi) regaliamo|gratis dazu|als geschenk|schenken wir ihnen|(?:a |as a )?free (?:extra|gift|bonus)|free (?:shipping|delivery|gift|engraving|personali[sz]ation|monogramming|gift[ -]?wrapping)|gravure (?:offerte|gratuite)|grabado gratis|incisione gratuita|grava[çc][ãa]o gr[áa]tis|kostenlose gravur|(?:avoid|skip) (?:the )?(?:\\p{L}+ )?fees|no (?:\\p{L}+ )?fees|versandkostenfrei|kostenlose[nr]? (?:versand|lieferung)|keine (?:\\p{L}+ )?gebühren|(?:livraison|expédition) (?:gratuite|offerte)|(?:on vous offre|nous vous offrons|offrons) la livraison|(?:évit\\p{L}{1,4}|sans|pas de) (?:les )?frais|env[íi]o (?:gratis|gratuito)|(?:evit\\p{L}{1,4}|sin) (?:las )?comisiones|(?:te|le) regalamos el envío|spedizion[ei] (?:gratis|gratuit[ae])|(?:niente|senza|nessuna) commission[ei]|(?:evit\\p{L}{1,4}) (?:le )?commission[ei]|frete (?:grátis|gratuito)|(?:sem|evit\\p{L}{1,4}) (?:as )?taxas)${E}|送料無料|手数料(?:なし|不要|がかからない)|(?:名入れ|刻印|ラッピング|ギフト包装)(?:サービス)?(?:も|を|が|は)?無料`,
);
/** The buyer told they can buy it there: a spare part or a replacement item on sale at the seller's own shop with a perk is a sale,
 *  not a replacement sent ("交換部品は当店公式サイト x.shop でもお求めいただけます（送料無料）", "Spare parts can also be bought on our
 *  website, free shipping", "les pièces de rechange, vous pouvez les commander sur notre site, livraison offerte"). */
// why: s24 blind c ja-006 - NOT_A_SALE's "交換" (replacement) kept a spare part sold with free shipping on the own site unflagged
const BUYER_CAN_BUY = re(
  `${W}(?:you can (?:also )?(?:buy|order|purchase|get)|(?:can|may) (?:also )?be (?:bought|ordered|purchased)|(?:können|kann) (?:\\p{L}{1,12} ){0,3}(?:kaufen|bestellen)|(?:vous pouvez|tu peux) (?:aussi |également )?(?:les |le |la )?(?:acheter|commander)|(?:puede|puedes|pueden) (?:también )?(?:comprar|pedir)(?:l[oa]s?)?|(?:può|puoi) (?:anche )?(?:acquistar|ordinar)\\p{L}{1,4}|(?:pode|podem) (?:também )?(?:comprar|adquirir|pedir))${E}|お求めいただけ|ご購入いただけ|購入(?:でき|可能|いただけ)`,
);
/** (s18 blind i) Amazon named as a detour the buyer can skip ("no need to go through Amazon next time", "müssen Sie nicht den
 *  Umweg über Amazon gehen", "inutile de repasser par Amazon", "non serve ripassare da Amazon", "sin pasar por Amazon", "não
 *  precisa passar pela Amazon", "Amazonを通さずに"): the next purchase steered to the seller. Its own "not" is the pitch's. */
const BYPASS_AMAZON = re(
  `${W}(?:no need to (?:go|order|buy|come back) (?:\\p{L}+ )?(?:through|via|on|from) amazon|(?:skip|bypass) amazon|without (?:going through|ordering (?:on|through)) amazon|umweg über amazon|(?:nicht|ohne) (?:\\p{L}+ )?über amazon (?:\\p{L}+ )?(?:gehen|bestellen|kaufen)|(?:inutile|pas besoin) de (?:re)?passer par amazon|sans (?:re)?passer par amazon|(?:no (?:hace falta|es necesario|necesita|necesitas)|sin) (?:volver a )?pasar por amazon|non (?:serve|c'è bisogno di|è necessario) (?:ri)?passare (?:da|per|su) amazon|senza (?:ri)?passare (?:da|per|su) amazon|(?:não (?:precisa|é preciso)|sem) (?:de )?passar (?:pela|pelo|na) amazon)${E}|amazonを(?:通さず|経由せず|介さず)`,
);
/** ... and the seller sending or selling it directly, or a write to us for it ("we send them to you directly", "bekommen Sie
 *  sie direkt von uns", "on vous les envoie directement", "gliele mandiamo direttamente noi", "se los enviamos directamente",
 *  "mandamos direto", "直接お送り"), which a bare "sent from our own warehouse" (the order's own shipping) lacks. */
const SEND_DIRECT = re(
  `${W}(?:direct(?:ly)?|straight|direkt|directement|directamente|direttamente|diret(?:o|amente))${E}|直接`,
);
/** A later purchase: "next time", "your next refills", "wenn Sie wieder ... brauchen", "vos prochains filtres", "le prossime
 *  cialde", "los próximos", "da próxima vez", "次回". */
const NEXT_PURCHASE = re(
  `${W}(?:next|again|future|nächste\\p{L}{0,2}|wieder|künftig|prochaine?s?|suivante?s?|siguientes?|successiv[oaie]|seguintes?|la prochaine fois|à l'avenir|próxim[oa]s?|la próxima vez|prossim[oa]|prossime|prossimi|la prossima volta|in futuro|da próxima vez|no futuro)${E}|次回|今後|また`,
);
/** A percentage off (s18 blind h: "notre boutique x point fr, avec -20 % pour nos clients Amazon"): with the seller's address
 *  or own shop, the same sale steered off Amazon as a lower price. */
const PERCENT_OFF = /(?<![\p{L}\p{N}])-\s?\d{1,2}\s?%|(?<![\p{N}])\d{1,2}\s?%\s(?:off|rabatt|de (?:remise|réduction|descuento|desconto)|di sconto|sconto|korting)(?![\p{L}])|\d{1,2}\s?%(?:オフ|引き)/u;
/** The perk's own "no"/"sin"/"niente"/"pas de"/"keine", blanked before the refusal is read (not a refusal of the sale). */
const NO_PERK_WORDS = /(?<![\p{L}])(?:no|sin|niente|nessuna|senza|sans|pas de|keine|sem)(?= (?:\p{L}+ )?(?:fees|comisiones|commission[ei]|frais|gebühren|taxas))/gu;
/** The seller's storefront on Amazon: the cheaper price is Amazon's own. */
const ON_AMAZON = re(`${W}(?:amazon (?:store|shop|storefront|page)|(?:store|shop|boutique|tienda|negozio|loja) (?:on|auf|sur|en|su|na) amazon|amazon-?(?:shop|store))${E}`);

// (s33 r2x33: the follow as a noun given, "give us a follow", "danos un follow", "dacci un follow", "dá um follow", "lassen Sie uns ein
// Follow da" - s33g5-en-048: "We post ... on Instagram, give us a follow" had only the model's offplatform, no follow of the rules)
/** A follow of us or our account ("follow us", "folgen Sie unserer Werkstatt", "suivez nos coulisses", "síganos",
 *  "seguici", "siga a nossa oficina"): a follow of anything else ("follow the threads", "el vídeo sigue disponible",
 *  "die Erstattung folgt", "following up on the post", "segua il video") is no social follow. */
const FOLLOW_US = re(
  `${W}(?:follow (?:us|me|our (?:[\\p{L}'-]+ ){0,2}?(?:page|account|profile|channel|feed|stories|story|journey|studio|workshop|shop|brand|team|diar(?:y|ies)|news|updates))|(?:give|drop) (?:us|me) a (?:quick |little )?follow|(?:lassen sie|lass|lasst) (?:uns )?(?:gern |gerne |doch )?(?:ein|einen) follow da|(?:danos|d[ée]nos|dale|denle|regálanos) (?:un )?follow|(?:dacci|ci dia|ci dai|lasciaci) un follow|(?:nos )?(?:dá|dê|da|deixa|deixe) (?:um|aquele) follow|(?:faites|fais)-nous un follow|(?:folgen sie|folge|folgt) (?:uns|mir|unser\\p{L}{0,2})|uns (?:[\\p{L}-]+ ){0,4}folgen|suivez[- ]nous|suis[- ]nous|nous suivre|suivez (?:nos|notre)|abonnez-vous|abonne-toi|s[íi]g(?:anos|ueme|uenos|ame|a a nosotros|an a nosotros)|seguirnos|s[íi]g(?:a|ue|an) (?:nuestr[oa]s?|a nuestr[oa]s?)|seguici|seguiteci|seguirci|segu(?:a|i|ite) (?:il nostro|la nostra|i nostri|le nostre)|siga-nos|sigam-nos|seguir-nos|nos seguir|segue a gente|siga a gente|sig(?:a|am) (?:a nossa|o nosso|as nossas|os nossos))${E}|フォロー`,
);
/** Adding the seller's messenger account as a friend ("LINE公式アカウントを友だち追加"): a follow when the seller pushes content to it
 *  ("お手入れ方法をお送りします", "使い方動画をお届けします", "配信"), not when it is the support desk ("ご相談を受け付け", "すぐに対応します",
 *  "動画で使い方をご案内いたします") - as the labels of s12b-ja-032/s13b-ja-038 against s15b-ja-032/s17d-ja-014/s20k-ja-019 have it. */
// why: s21 probe t ja-010 - "LINE公式アカウント(@x)を友だち追加していただくと、土鍋のお手入れ方法をお送りします" is a follow for tips
const FRIEND_ADD = /友だち追加|友達追加|友だち登録|友達登録/u;
const PUSHED = /お送り|お届け|配信|送ります|届きます/u;
// (s36 ff36: the buyer asked to send something once added - "友だち追加のうえ、ご注文番号をお送りください", "メッセージをお送りください" -
// makes the account a support chat, no channel the seller broadcasts on: offplatform alone, as dev rows label it - s31g5-ja-006)
const SUPPORT_DESK = /サポート|相談|対応|問い合わせ|ご案内|質問|受け付け|(?:お|ご)(?:送り|送信|連絡)(?:ください|下さい|いただけますか)|(?:送って|送信して)(?:ください|下さい)/u;
/** A subscription to a channel ("subscribe to our channel", "se inscreve", "inscreva-se", "abonnieren Sie", "suscríbete", "iscriviti",
 *  "チャンネル登録"): a follow when a channel or a network is named in the sentence or the one before ("Tem vídeo ... no nosso canal do
 *  YouTube. Aproveita e se inscreve que toda semana sai dica nova!"); not Amazon's Subscribe & Save. */
// why: s21 blind w pt-078 - the subscription sat in the sentence after the channel, with no follow verb
const SUBSCRIBE = re(
  `${W}(?:subscribe|subscribing|abonnieren sie|abonniere|abonniert|abonnez-vous|abonne-toi|vous abonner|suscr[ií]bete|suscr[ií]base|suscribirse|suscribirte|iscriviti|si iscriva|iscrivetevi|iscriversi|inscreva-se|se inscreve|se inscrever|inscreve-te|inscrevam-se)${E}|チャンネル登録`,
);
/** ... the seller's channel: "our channel", "nosso canal", "unserem Kanal", "notre chaîne", "nuestro canal", "il nostro canale"; not a
 *  service channel ("use the support channel", "o canal de atendimento do fabricante"). */
const CHANNEL = compact(/(?<![\p{L}])(?:our|unsere[mnr]?|notre|nuestro|nostro|nosso)\s(?:[\p{L}-]+\s){0,2}?(?:channel|kanal|chaîne|canal|canale)(?![\p{L}])(?!\s(?:(?:de|di|da|do|du)\s)?(?:atendimento|suporte|atención|soporte|assistenza|support|service|kundenservice|assistance|contato|contacto|contatto))|(?:当店|弊社|ショップ)の?(?:youtube|ユーチューブ)?チャンネル/u);
const SUBSCRIBE_AND_SAVE = /subscribe (?:&|and|\x26) save|spar-abo|économisez|ahorra|risparmia|poupe|定期おトク便/u;
/** "Find us on <network>" - where the seller's page is, the usual last line of a signature block ("Retrouvez-nous sur Facebook
 *  et Instagram !", "Sie finden uns auf Instagram", "Encuéntranos en Instagram", "Ci trovi su Facebook", "Nos encontre no
 *  Instagram"): a follow when the network is in the sentence (NETWORK, below), as "follow us" is. Not when the sentence also asks
 *  the buyer to message, write or call there (FIND_US_TO_WRITE: that is a contact channel, offplatform only, as s12o-fr-002 /
 *  s14o-fr-004 / s12o-pt-002 have it), and not "find us on Amazon" (the Amazon test below), nor finding an item, a video or
 *  a page ("retrouvez la vidéo sur YouTube", "trova il video su YouTube": no "us" object). English keeps its lexicon entries
 *  (en find-us-on-social). */
// why: s25 blind f fr-022 - "Retrouvez-nous sur Facebook et Instagram !" under the sign-off, labelled marketing, read by the learned
// layer only (a warning, and its offplatform a false alarm)
const FIND_US = re(
  `${W}(?:retrouvez[- ]nous|retrouve[- ]nous|nous retrouver(?:ez)?|vous nous (?:retrouverez|trouverez|trouvez)|(?:sie )?finden (?:sie )?uns|(?:du )?findest uns|encu[ée]ntr(?:anos|enos)|nos (?:encuentras?|encontrar[áa]s?|encuentran)|trovaci|trovateci|ci (?:trovi|trova|trovate|troverai|troverà)|(?:nos )?encontre-nos|nos encontr(?:e|em|a)|encontra a gente)${E}`,
);
/** The Portuguese forms mark their sentence Portuguese, so its "no" is "in the" ("Nos encontre no Instagram!" has no other mark). */
const FIND_US_PT = re(`${W}(?:encontre-nos|nos encontr(?:e|em|a)|encontra a gente)${E}`);
/** ...asking the buyer to message, write or call there (a contact channel, not a follow), or to review there ("Ci trova anche su
 *  Facebook: una recensione sulla nostra pagina ..." is a review asked off Amazon, s6-it-0008: review_request + offplatform). */
const FIND_US_TO_WRITE = re(
  `${W}(?:review\\p{L}{0,2}|rezension\\p{L}{0,2}|bewertung\\p{L}{0,2}|avis|commentaire\\p{L}{0,1}|[ée]valuation\\p{L}{0,1}|rese[ñn]a\\p{L}{0,2}|valoraci[óo]n\\p{L}{0,2}|opini[óo]n\\p{L}{0,2}|recension\\p{L}{0,1}|valutazion\\p{L}{0,1}|avalia[çc]\\p{L}{0,3}|coment[áa]rio\\p{L}{0,1}|dms?|direct|inbox|privado|priv[ée]e?|privat\\p{L}{0,3}|message\\p{L}{0,2}|nachricht\\p{L}{0,2}|mensa(?:je|gem)\\p{L}{0,2}|messaggi?o?|schreib\\p{L}{0,3}|[ée]cri\\p{L}{0,5}|escr[íi]b\\p{L}{0,5}|scriv\\p{L}{0,5}|envoy\\p{L}{0,5}|env[íi]\\p{L}{0,5}|mand\\p{L}{0,5}|contact\\p{L}{0,4}|kontakt\\p{L}{0,4}|contat\\p{L}{0,4}|appel\\p{L}{0,4}|llam\\p{L}{0,4}|chiam\\p{L}{0,4}|ruf\\p{L}{0,4}|lig(?:a|ue|ar|uem)|chat)${E}`,
);
/** Any follow verb, read only with the seller's account named (@handle, or an id in quotes or brackets). */
const FOLLOW = re(`${W}(?:follow|folgen|folge|suivez|suivre|s[íi]ga(?:n|m)?|síguenos|segui|segua|seguite|seguir)${E}`);
/** A social network (not Amazon's follow button); "threads" is the network only as a place ("on Threads"). */
const NETWORK = compactRegExp(String.raw`(?<![a-z])(?:${SOCIAL_NETWORKS})(?![a-z])|(?<![a-z])line(?:\s?(?:official|offiziell\p{L}*|officiel\p{L}*|oficial|ufficiale)|\s?id|\s?@)|line\s?(?:公式|アカウント)|ライン(?:公式|アカウント)|(?<![a-z])(?:on|auf|sur|en|su|no|in) threads(?![a-z])|インスタ|フェイスブック|ティックトック|ユーチューブ|ツイッター`, 'u');
/** The seller's account named: @handle, or an id in quotes or brackets ("「hanamizuki_zakka」", "(bottega_rame)"). */
const ACCOUNT = /(?<![a-z0-9_.])@[a-z0-9_][a-z0-9_.]{2,29}|[「『"“«(]\s?@?[a-z0-9][a-z0-9_.]{2,29}\s?[」』"”»)]/u;
const HANDLE_IN = /(?<![a-z0-9_.])@[a-z_]/u;
/** "so as not to miss" is the follow's lure, no refusal: "para no perderte las novedades", "pour ne rien manquer", "per non perderti". */
// why: s21 blind o es-037 - "Síguenos en Facebook como X para no perderte las novedades" read as negated
const MISS_NOTHING = compact(/(?<![\p{L}])(?:no|not|ne|non|nicht|não|nichts)\s(?:(?:te|se|vous|ti|lo|la|rien|more|mehr)\s)?(?:perd\p{L}{0,4}|miss\p{L}{0,3}|manqu\p{L}{0,3}|verpass\p{L}{0,3}|pierd\p{L}{0,3}|perder\p{L}{0,3})(?![\p{L}])/gu);
/** ...or the page named by its name right after the network: quoted ("auf unserer Facebook-Seite "Fellfreunde Tierbedarf"")
 *  or, with "follow us" itself, after "as / als / como / come / comme" ("Síguenos en Facebook como Muebles Sabino"); not
 *  "as well", "como siempre". */
// why: s21 blind n de-012, o es-037 - the seller's page named by a multi-word name was no account, so no offplatform
const PAGE_QUOTED =
  compactRegExp(String.raw`(?<![a-z])(?:${SOCIAL_NETWORKS})(?:[- ]?(?:seite|page|p[áa]gina|profil|profile|account|konto|compte|cuenta|perfil|canal|channel|kanal))?\s{0,2}["“„«「]\s?[\p{L}0-9][\p{L}0-9 &'._-]{2,40}["”»」]`, 'u');
// (the "as X" form only beside "follow us": "Segui il video su YouTube come indicato nel manuale", "Suivez le tutoriel YouTube
// comme indiqué" follow instructions - s21 review 1 #5; "unter/under" dropped: "auf YouTube unter dem Produktnamen" is a search)
const PAGE_AS =
  compactRegExp(String.raw`(?<![a-z])(?:${SOCIAL_NETWORKS})(?:[- ]?(?:seite|page|p[áa]gina|profil|profile|account|konto|compte|cuenta|perfil|canal|channel|kanal))?\s{0,2}(?:as|als|comme|como|come)\s(?!(?:well|soon|usual|always|siempre|sempre|toujours|immer|de costume|de costumbre|d'habitude)(?![\p{L}]))\p{L}`, 'u');
/** Things followed that are no account: instructions, steps ("den Schritten"), a parcel, a link in a manual. (Not "video":
 *  "follow us on YouTube for a new video every week" is a follow.) */
const NOT_AN_ACCOUNT = re(
  `${W}(?:instructions?|steps?|guide|tracking|parcel|package|anleitung|schritt\\p{L}{0,2}|sendung|paket|instructions|étapes|colis|instrucciones|pasos|paquete|envío|istruzioni|passaggi|pacco|spedizione|instruções|passos|pacote|encomenda)${E}|手順|説明書|荷物|配送状況`,
);

export interface DirectSaleBranch {
  id: string;
  why: string;
  match: string[];
  not: string[];
}

/** The branches below, with their reason and examples (the unit test runs them through checkMessage). */
export const DIRECT_SALE_BRANCHES: DirectSaleBranch[] = [
  {
    id: 'cheaper-direct-structure',
    why: 'a lower price where the buyer buys from the seller directly, in the own shop or "than on Amazon": a sale steered off Amazon (offplatform) and a promotion (marketing)',
    match: [
      'Next time, buy the pads straight from us - they come out 10 % cheaper.',
      'Auf unserer eigenen Website sind die Kapseln günstiger als bei Amazon.',
      'Sur notre site internet, le même coffret revient 12 % moins cher.',
      'Si nos los compra directamente a nosotros le hacemos mejor precio.',
      'Comprando diretamente com a gente, o kit fica bem mais barato.',
      '弊社から直接ご購入いただくと、Amazonよりお安くご提供できます。',
      'Order the filters straight from us next time and skip the marketplace fees.',
    ],
    not: [
      'We are not allowed to sell cheaper outside Amazon, sorry.',
      'The price in our Amazon store is cheaper than the list price printed on the box.',
      'No vendemos fuera de Amazon, así que no podemos hacerle un precio más barato.',
      'The new hinge ships straight from us, which is cheaper for you than a repair.',
    ],
  },
  {
    id: 'direct-perk-structure',
    why: 'free delivery, no fees or a gift where the buyer orders from the seller directly or in the own shop: a sale steered off Amazon (offplatform) and a promotion (marketing)',
    match: [
      'Se você comprar direto na nossa loja online, ganha um suporte de parede de brinde.',
      'Si lo compra directamente en nuestra tienda online, le regalamos la funda.',
      'Next time order straight from us at kettleworks.shop - no marketplace fees and free delivery.',
      'Commandez directement chez nous sur atelier-lune.fr : on vous offre la livraison.',
      'La próxima vez pídanos directamente a nosotros en mimbre.shop: envío gratis.',
      'La prossima volta ordini direttamente da noi su legnofino.online: spedizione gratuita.',
      'Bestellen Sie direkt bei uns auf holzwerk.de, dann ist es versandkostenfrei.',
      'Na próxima, compre direto com a gente pelo nosso site: frete grátis.',
    ],
    not: [
      'We cannot sell directly to you with free shipping; please order through Amazon.',
      'Amazon gives you free delivery on this order, so nothing extra to pay.',
      'The replacement ships free of charge straight from us, no fees for you.',
      'Non possiamo vendere direttamente da noi: su Amazon la spedizione è gratuita.',
    ],
  },
  {
    id: 'bypass-amazon-structure',
    why: 'Amazon named as a detour to skip and the seller sending or selling directly: the next purchase steered off Amazon (offplatform) and a promotion (marketing)',
    match: [
      'Next time there is no need to order through Amazon: drop us a line and we ship the pods straight to you.',
      'Beim nächsten Mal können Sie sich den Umweg über Amazon sparen und die Beutel direkt bei uns holen.',
      'Pour la recharge suivante, pas besoin de passer par Amazon : on vous l’expédie directement.',
      'Para el próximo paquete no hace falta pasar por Amazon: se lo mandamos directamente nosotros.',
      'Da próxima vez não precisa passar pela Amazon: mandamos direto para você.',
    ],
    not: [
      'Your replacement ships directly from our own warehouse; nothing to reorder.',
      'Please reorder through Amazon as usual; we cannot sell outside it.',
      'The courier delivers directly to your door, Amazon tracks it as usual.',
    ],
  },
  {
    id: 'percent-off-direct-structure',
    why: "a percentage off at the seller's own shop or address: a sale steered off Amazon (offplatform) and a promotion (marketing)",
    match: [
      'In unserem Onlineshop gibt es die ganze Kollektion mit 15 % Rabatt.',
      'Sur notre site internet, toute la gamme est à -10 % ce mois-ci.',
    ],
    not: [
      'The refund of 15 % off was applied to your order.',
      'Amazon applied the 10 % off to your order at checkout.',
    ],
  },
  {
    id: 'social-follow-structure',
    why: 'a follow on a social network is a social follow (marketing); the seller\'s account named there is an address outside Amazon (offplatform)',
    match: [
      'Follow our workshop diaries on TikTok: @fernandfig.studio',
      'Folgen Sie unserer Werkstatt auf Instagram, dort zeigen wir jede Woche neue Stücke.',
      'Siga a nossa oficina no Instagram (ateliermaresia) para ver as novidades.',
      'Síganos en Instagram como Cerámica Olmo para ver las piezas nuevas.',
      'Instagramを始めました。「ao_zakkaten」のフォローをお待ちしています。',
      "Suis-nous sur TikTok : on y montre l'atelier chaque semaine.",
      'Vous nous retrouverez aussi sur Pinterest et YouTube.',
    ],
    not: [
      'Please follow the steps in the Instagram-style picture guide in the box.',
      'We do not use Instagram or TikTok; please write to us here.',
      'Follow the tracking link in your Amazon order to see where the parcel is.',
      'The fitting clip is on YouTube; just follow it slowly.',
      'Das Ersatzteil folgt nächste Woche; Ihr Foto auf Instagram haben wir gesehen.',
      'Retrouvez la notice de montage sur YouTube, chaîne du fabricant.',
    ],
  },
];

const MAX_SENTENCE = 400;
/** Every finding's sentence holds a lower price or a follow verb: looked up among the text's words with the
 *  lexicons (check.ts passes the hits), so a sentence without one is not read and no pre-test scans the text.
 *  The cue is read from the patterns themselves: a hand-kept literal pre-test missed "suis-nous", then the fee
 *  words CHEAPER gained; ungated (a test's call) every sentence is read. */
export const DIRECT_SALE_CUE = defineCue('direct-sale', `${CHEAPER.source}|${DIRECT_PERK.source}|${FOLLOW_US.source}|${FIND_US.source}|${FOLLOW.source}|${SUBSCRIBE.source}|${FRIEND_ADD.source}|${BYPASS_AMAZON.source}|${PERCENT_OFF.source}`);
const OPEN: CueHits = { open: true, at: null };

/** offplatform and marketing spans over cheaper-direct sales and social follows (normalized copy). */
/** `addresses`: the url findings of the text (links.ts): a lower price at one of the seller's is a direct sale. */
export function directSales(t: string, cue: CueHits = OPEN, addresses: readonly Span[] = []): Span[] {
  if (!cue.open) return [];
  const out: Span[] = [];
  // the sentence before, read only when a follow names the account (sliced then)
  let previous: [number, number] | null = null;
  for (const [from, to] of sentenceSpans(t, MAX_SENTENCE)) {
    const last = previous;
    previous = [from, to];
    if (!cueWithin(cue, from, to)) continue;
    const s = sliceOf(t, from, to);
    const cheaper = CHEAPER.exec(s);
    // (a replacement, spare part, repair or return sent from us is no sale: "the replacement directly from us is cheaper
    // than a return"; the refusal read in the clause holding the lower price)
    const where = cheaper && (buyDirect(s) || ((OWN_SHOP.test(s) || sellersAddress(s, from, to, cheaper.index, addresses) || addressThere(s, from, cheaper.index, cheaper.index + cheaper[0].length, addresses) || sameItemAtAddress(s, from, cheaper.index, cheaper.index + cheaper[0].length, addresses) || addressThanHere(s, from, to, cheaper.index, cheaper.index + cheaper[0].length, addresses)) && !ON_AMAZON.test(s)) || THAN_AMAZON.test(s));
    if (cheaper && where && (!NOT_A_SALE.test(s) || (SELLS.test(s) && THAN_AMAZON.test(s))) && !negatedIn(clauseOf(s, cheaper.index).replace(NO_FEES, ' '))) {
      out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:cheaper-direct-structure' });
      out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:cheaper-direct-structure' });
      continue;
    }
    // (s18: a perk other than the price - free delivery, no fees - where the buyer orders from the seller directly or in the own
    // shop: the same steering; not refused in the clause of "directly", "we can't ship free outside Amazon")
    const perk = !cheaper && DIRECT_PERK.exec(s);
    const direct = perk && (buyDirect(s) || ((OWN_SHOP.test(s) || sellersAddress(s, from, to, perk.index, addresses)) && !ON_AMAZON.test(s)));
    if (perk && direct && (!NOT_A_SALE.test(s) || BUYER_CAN_BUY.test(s)) && !negatedIn(s.replace(NO_FEES, ' ').replace(NO_PERK_WORDS, ' '))) {
      out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:direct-perk-structure' });
      out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:direct-perk-structure' });
      continue;
    }
    // (s18 blind i: Amazon skipped for a direct send from us - "no need to go through Amazon: write to us, we send them
    // directly"; the bypass carries its own negation, so no refusal is read)
    if (BYPASS_AMAZON.test(s) && SEND_DIRECT.test(s)) {
      out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:bypass-amazon-structure' });
      // (a promotion only for a later purchase or a lower price: the missing cable sold once, or a refund wired "ohne Umweg
      // über Amazon", is the off-Amazon deal alone - README, s15 labels)
      if (cheaper || NEXT_PURCHASE.test(s)) out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:bypass-amazon-structure' });
      continue;
    }
    // (s18 blind h: a percentage off at the seller's own address or shop - "sur notre boutique x point fr, -20 %")
    const off = !cheaper && PERCENT_OFF.exec(s);
    if (off && (OWN_SHOP.test(s) || sellersAddress(s, from, to, off.index, addresses)) && !ON_AMAZON.test(s) && !NOT_A_SALE.test(s) && !negatedIn(s)) {
      out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:percent-off-direct-structure' });
      out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:percent-off-direct-structure' });
      continue;
    }
    // the seller's account named (@handle, or an id in quotes or brackets): any follow verb; else "follow us / our ..."
    const account = ACCOUNT.test(s) || PAGE_QUOTED.test(s) || (PAGE_AS.test(s) && FOLLOW_US.test(s));
    const subscribe = SUBSCRIBE.test(s) && !SUBSCRIBE_AND_SAVE.test(s);
    const friendAdd = FRIEND_ADD.test(s) && PUSHED.test(s) && !SUPPORT_DESK.test(s);
    const findUs = FIND_US.test(s) && !FIND_US_TO_WRITE.test(s);
    const follow = FOLLOW_US.test(s) || findUs || (account && FOLLOW.test(s)) || subscribe || friendAdd;
    const unmissed = s.replace(MISS_NOTHING, ' ');
    if (!follow || (findUs && FIND_US_PT.test(s) ? NEGATED.test(unmissed) : negatedIn(unmissed)) || /amazon|アマゾン/u.test(s) || NOT_AN_ACCOUNT.test(s)) continue;
    // the network in the sentence, or in the one before when the follow names the account ("Instagramで…。「x」をフォロー") or is a
    // subscription (its channel named before: "... no nosso canal do YouTube. Aproveita e se inscreve")
    const before = (account || subscribe) && last ? sliceOf(t, last[0], last[1]) : '';
    const channelled = subscribe && (CHANNEL.test(s) || NETWORK.test(s) || ((CHANNEL.test(before) || NETWORK.test(before)) && !negatedIn(before)));
    if (!NETWORK.test(s) && !(account && NETWORK.test(before) && !negatedIn(before)) && !channelled) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:social-follow-structure' });
    // (an @handle is its own offplatform finding already, the links detector's: only a quoted or bracketed id needs one)
    if (account && !HANDLE_IN.test(s)) out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:social-follow-structure' });
  }
  return out;
}
