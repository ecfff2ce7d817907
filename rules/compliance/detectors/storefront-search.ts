// (s31 mrec) The seller's storefront on Amazon put forward: a search or a visit told to the buyer, on Amazon, for the seller's other
// products ("type our brand name into the Amazon search bar to see the rest of our range", "besuchen Sie unseren Shop auf Amazon",
// "tapez « X » dans la recherche Amazon pour découvrir le reste de nos créations", "busca «X» en Amazon y verás el resto de nuestros
// aceites", "cerchi «X» su Amazon per vedere gli altri nostri prodotti", "dá uma passada na nossa loja aqui na Amazon, tem muito
// mais", "他にも…出品しております。Amazonで「X」と検索してみてください"). README: Amazon storefront pointers are marketing - another
// product put forward, no link needed. Three parts in one sentence (the range may sit in the sentence before, as the Japanese tells
// it first): a search/visit imperative, Amazon, the seller's range. Not the buyer's order or Amazon's help found by a search ("search
// your order number in Your Orders"), not a search off Amazon (a search engine, the web shop: offplatform's), not a denial ("n'hésitez pas" is none), not an answer to the buyer's own question about other items.
// Per sentence (sentence.ts), bounded patterns on the normalized (lower-cased) text, behind a literal test for Amazon.
import type { Span } from './span';
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';
import { NEGATION } from './promotion-guards';
import { sentenceSpans } from './sentence';

const re = (source: string) => accentOptionalRe(compactRegExp(source, 'u'));
const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

/** Cheap gate: Amazon named. */
const AMAZON = /amazon|アマゾン/u;

/** A search or a visit told to the buyer. */
const SEARCH_OR_VISIT = re(
  `${W}(?:search(?: for)?|look (?:us )?up|type|enter|visit|browse|check out|drop by|stop by|pop (?:by|into)|have a look (?:at|around)` +
    `|suchen sie|such(?:e|t) (?:nach|einfach)|geben sie|tippen sie|besuchen sie|besuch|schauen sie (?:\\p{L}+ ){0,2}(?:vorbei|rein|in)|stöbern sie` +
    `|tape[rz]|saisisse[zr]|recherche[rz]|cherche[rz]|visite[rz]|passe[rz] (?:voir|faire un tour|sur)|faites un tour|jete[rz] un (?:oeil|œil|coup d'oeil|coup d'œil)` +
    `|busca|busque|buscar|búscanos|búsquenos|escribe|escriba|visita|visite|pásate|pásese|date una vuelta|dese una vuelta|echa un vistazo|eche un vistazo` +
    `|cerca|cerchi|cercare|digita|digiti|fai un giro|faccia un giro|dai un'occhiata|dia un'occhiata|passa a trovarci` +
    `|procure|procura|pesquise|pesquisa|digite|dá uma passada|dê uma passada|passa (?:lá|na)|dá uma olhada|dê uma olhada|confira)${E}|検索|ご覧|のぞいて|覗いて|お立ち寄り`,
);

/** The seller's range or its shop: the rest of our products, our other items, our store, much more. */
const OWN_RANGE = re(
  `${W}(?:(?:the )?rest of our|our other|more of our|all (?:of )?our (?:other )?(?:products|items|designs)|our (?:whole |full |entire )?(?:range|collection|store|shop|storefront|brand page)` +
    `|unsere[nmr]? (?:anderen|weiteren|übrigen)|unseren (?:shop|store|markenshop)|unser (?:ganzes |komplettes )?sortiment|unsere (?:ganze |komplette )?kollektion` +
    `|le reste de (?:nos|notre)|nos autres|notre (?:boutique|vitrine|gamme|collection)|toutes nos` +
    `|el resto de nuestr\\p{L}{1,2}|nuestr[oa]s otr[oa]s|nuestra (?:tienda|colección|gama)|todos nuestros|todas nuestras` +
    `|il resto dei nostri|(?:gli |le )?altr[ie] nostr[ie]|(?:i |le )?nostr[ie] altr[ie]|il nostro (?:negozio|store|catalogo)|la nostra (?:collezione|gamma|vetrina)|tutti i nostri` +
    `|o resto d(?:os|as) noss\\p{L}{1,2}|noss[oa]s outr[oa]s|nossa loja|muito mais|todos os nossos|todas as nossas)${E}|他にも|当店の(?:他の)?商品|ストア|ショップ`,
);

/** A search for the buyer's order or for Amazon's help, not for products. */
const SERVICE_SEARCH = re(
  `${W}(?:your orders?|order (?:number|history|details)|bestell(?:ung|ungen|nummer|übersicht)|meine bestellungen|mes commandes|numéro de commande|mis pedidos|número de pedido|i miei ordini|numero d'ordine|meus pedidos|número do pedido|help|hilfe|aide|ayuda|aiuto|ajuda|return\\p{L}*|rücksend\\p{L}*|retour\\p{L}*|devoluci\\p{L}*|res[oi]|devoluç\\p{L}*|manual\\p{L}*|anleitung|notice|manuale)${E}|注文履歴|注文番号|ヘルプ|返品|説明書`,
);

/** The search or the shop is off Amazon (a search engine, the seller's web shop): offplatform's, not a storefront on Amazon. */
// why: s28go1-fr-003 - "no longer on Amazon, but in our online shop: type the name into Google"
const OFF_AMAZON = re(
  `${W}(?:google|bing|web ?shop|online ?shop|onlineshop|website|webseite|en ligne|site|sitio|sito|tienda online|negozio online|loja online|loja virtual)${E}|公式サイト|ホームページ|グーグル`,
);

/** "Don't hesitate to", the negation that is none: cleared before the denial test. */
const NO_HESITATION = re(
  `${W}(?:(?:don't|do not) hesitate|zögern sie nicht|n'hésitez pas|no (?:dude|dudes|dudéis|dude[ns]) en|non esit(?:i|are|ate)|não hesite)${E}`,
);

/** The buyer asked about other or more items: the pointer answers it. */
const BUYER_ASKS_OTHER = re(
  `${W}(?:other|more|else|another|andere\\p{L}{0,2}|weitere\\p{L}{0,2}|noch mehr|autres?|plus de|otr[oa]s?|más|altr[ieoa]|più|outr[oa]s?|mais)${E}|他の|他に`,
);

export function storefrontSearches(t: string, buyerMessage = ''): Span[] {
  if (!AMAZON.test(t)) return [];
  const buyer = buyerMessage.toLowerCase();
  if (/[?？]/u.test(buyer) && BUYER_ASKS_OTHER.test(buyer)) return [];
  const out: Span[] = [];
  let previous = '';
  for (const [a, b] of sentenceSpans(t, 600)) {
    const s = t.slice(a, b);
    const prev = previous;
    previous = s;
    if (!AMAZON.test(s)) continue;
    const act = SEARCH_OR_VISIT.exec(s);
    if (!act || !(OWN_RANGE.test(s) || OWN_RANGE.test(prev)) || SERVICE_SEARCH.test(s) || OFF_AMAZON.test(s) || NEGATION.test(s.replace(NO_HESITATION, ' '))) continue;
    out.push({ rule: 'marketing', severity: 'block', start: a, end: b, entry: 'marketing:promotion-storefront-search' });
  }
  return out;
}
