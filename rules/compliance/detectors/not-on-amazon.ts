// Offers or goods the seller has "that are not on Amazon" (README: marketing - other products, deals, a channel or shop with
// them). The words change with every paraphrase ("ofertas que no salen en Amazon", "Angebote, die es bei Amazon nicht gibt",
// "colours you won't find on Amazon", "Amazonにはない限定カラー"); the structure does not: a plural of offers or goods, a
// relative or contact clause on them ("that", "die", "que", "qu'on", "che", "you") holding a negation and "on Amazon". The goods
// as the subject of a copula or a passive ("our products are not sold on Amazon Japan", "sind bei Amazon nicht mehr gelistet",
// "ne sont pas vendus sur Amazon Canada") are a refusal or a fact, not an offer (s22 review 1 #3). The seller must also stand in
// the sentence (we, our, a channel, a shop), so a buyer's "the blue is not on Amazon" does not count.
// Not: a negation before the goods ("no tenemos modelos que no estén en Amazon"), goods said to be gone or not yet there ("no
// longer", "nicht mehr", "yet", "noch nicht"), another Amazon store ("Amazon USA", "Amazon.co.jp"), a Japanese "ございません" after.
// why: s22 blind i es-036 (a Telegram channel "con ofertas que no salen en Amazon"), h ja-011 (the official shop's colours
// "Amazonにはない") - each found only its offplatform or url finding
import type { Span } from './span';
import { compact, compactRegExp } from './compact-letters';

const GOODS =
  'offers|deals|discounts|promotions|colou?rs|models|sizes|products|items|bundles|ofertas|descuentos|promociones|chollos|colores|modelos|tallas|productos|artículos|packs|promoções|descontos|cores|produtos|tamanhos|angebote|rabatte|aktionen|farben|modelle|produkte|größen|offres|réductions|remises|couleurs|modèles|produits|tailles|offerte|sconti|promozioni|colori|modelli|prodotti|taglie';
const NEG = String.raw`\p{L}n't|(?<![\p{L}])(?:no|não|nao|not|nicht|keine?n?|non|pas|nunca|never|nie|jamais|mai)(?![\p{L}])`;
const ON_AMAZON = String.raw`(?<![\p{L}])(?:en|na|no|on|auf|bei|sur|su|in|da|de) amazon(?![\p{L}])`;
/** Goods, then in their own clause a negation and "on Amazon" in either order ("… die es bei Amazon nicht gibt"). */
// (the clause only - no comma but a German relative's: "nos produits, n'hésitez pas à nous le faire savoir sur Amazon" asks a review - s17b-fr-001)
const NOT_ON_AMAZON = compactRegExp(
  // (a relative or contact clause on the goods, or an English reduced one - "deals not found on Amazon": the goods are what is had,
  // not the subject of "are not sold" / "no están" / "ne sont pas" / "non sono" / "sind nicht")
  String.raw`(?<![\p{L}])(?:${GOODS})(?![\p{L}])(?:,? (?:(?:die|das|der|welche|that|which|you|we|que|che|i)(?![\p{L}])|qu['’])|(?= not ))[^.!?\n,;:]{0,40}?(?:(?:${NEG})[^.!?\n]{0,30}?${ON_AMAZON}|${ON_AMAZON}(?: \p{L}+){0,2} (?:nicht|keine?n?)(?![\p{L}]))` +
    // Japanese: "Amazonにはない限定カラー", "Amazonでは取り扱いのない商品"
    String.raw`|(?:amazon|アマゾン)(?:には|では|で(?:は)?(?:販売|取り扱い|取扱)(?:して|の)?)(?:ない|無い|いない|おりません|未発売の?)[^。\n]{0,15}?(?:限定|カラー|色|商品|モデル|セット|セール|特典|割引|クーポン|サイズ|アイテム)`,
  'gu',
);
/** Any goods named by a relative clause in which the seller does not sell them on Amazon: "i semi biologici che su Amazon non
 *  vendiamo", "the refills that we don't sell on Amazon", "las semillas que no vendemos en Amazon", "as sementes que não vendemos na
 *  Amazon", "die Samen, die wir bei Amazon nicht verkaufen", "les graines que nous ne vendons pas sur Amazon": the noun is free (the
 *  list above is closed), the first-person sell verb with the negation and "on Amazon" in the relative tells the offer. */
// why: s24 blind d it-007 - "Sul nostro sito ... trova anche i semi biologici che su Amazon non vendiamo" (its url and offplatform
// only); near-misses kept clean: "Il modello che su Amazon non vendiamo più" (gone), "Non vendiamo nulla che non sia su Amazon"
// (a negation before), "Die Samen verkaufen wir nicht bei Amazon" (no relative: a fact), "the part that you need is one we don't
// sell on Amazon" (the relative's own verb is the buyer's)
const SELL_VERB = String.raw`(?:vendiamo|offriamo|proponiamo|sell|offer|stock|carry|list|vendemos|ofrecemos|oferecemos|temos|vendons|proposons|verkaufen|anbieten|führen)`;
const RELATIVE_NOT_SOLD = compactRegExp(
  String.raw`(?<![\p{L}])(?:che|that|which|que|die|das|den|welche)\s(?:we\s|wir\s|nous\s|(?:usted|ustedes)\s)?(?:\p{L}+\s){0,2}?(?:(?:(?:\p{L}{1,4}(?=\p{L}n't))?(?:${NEG})(?:\s(?:\p{L}+\s){0,2}?|\s)${SELL_VERB}|ne\s${SELL_VERB}\spas)(?![\p{L}])[^.!?\n,;:]{0,25}?${ON_AMAZON}|${ON_AMAZON}(?:\s\p{L}+){0,2}?\s(?:(?:${NEG})\s(?:\p{L}+\s){0,1}?${SELL_VERB}(?![\p{L}])|${SELL_VERB}\s(?:\p{L}+\s)?(?:nicht|pas|not)(?![\p{L}])))`,
  'gu',
);
/** Where the seller offers the goods the relative says are not on Amazon: the own site or shop, "bei uns", "chez nous", a find
 *  verb, an address. A plain "we don't sell it on Amazon" is a fact (s24 review #8: "El azul es un color que no vendemos en Amazon
 *  ni en ningún otro sitio", "a part that we don't sell on Amazon; the manufacturer Brita sells it directly"). */
const SOLD_ELSEWHERE = compact(/(?<![\p{L}])(?:(?:our|notre|nos|nuestr[oa]|nostr[oa]|noss[oa]|unser\p{L}{0,2})\s(?:own\s|eigene\p{L}{0,2}\s|propia\s|propri[oa]\s)?(?:site|website|web|webshop|online-?shop|shop|store|tienda|sitio|sito|negozio|loja|boutique|channel|canal|kanal)|bei uns|chez nous|con nosotros|da noi|com a gente|conosco|trova\p{L}{0,2}|troverà|find|finden|trouve\p{L}{0,2}|encuentr\p{L}{0,2}|encontr\p{L}{1,3}|www|https?)(?![\p{L}])|\.(?:com|de|fr|es|it|shop|store|net|eu|co|jp)(?![\p{L}])/u);
/** Not anywhere, or a maker or another firm that sells them: "ni en ningún otro sitio", "nowhere else", "the manufacturer Brita",
 *  "beim Hersteller", "chez le fabricant", "dal produttore". */
const NOWHERE_OR_MAKER = compact(/(?<![\p{L}])(?:ni en ning[uú]n\p{L}{0,2}|nowhere|anywhere(?:\selse)?|nirgend\p{L}{0,4}|nulle part|da nessuna parte|em nenhum lugar|en ning[uú]n (?:otro )?(?:sitio|lugar)|manufacturer|maker|hersteller\p{L}{0,2}|fabricant\p{L}{0,2}|fabricante\p{L}{0,2}|produttore|fabbricante)(?![\p{L}])/u);
/** The seller as who has or shows them. */
const SELLER = compact(/(?<![\p{L}])(?:we|our|us|tenemos|nuestr[oa]s?|ofrecemos|publicamos|temos|nosso|nossa|nossos|nossas|a gente|wir|unser\p{L}{0,2}|nous|notre|nos|abbiamo|nostr[oaie]|channel|canal|grupo|group|gruppo|groupe|kanal|gruppe|shop|tienda|loja|negozio|boutique|site|website|web|sitio)(?![\p{L}])|当店|弊社|公式|ご用意|ショップ/u);
/** A negation before the goods, or goods said to be gone (not the Portuguese "no" = "in the": "No nosso canal temos ofertas ..."). */
const NEGATED_BEFORE = compact(/(?<![\p{L}])(?:no(?! (?:noss\p{L}{1,2}|meu|minha|seu|sua|site|canal|grupo|app|link|insta\p{L}*))|não|not|nicht|keine?n?|non|pas|ya no|já não|nicht mehr|plus|più)(?![\p{L}])[^.!?\n]{0,20}$/u);
/** Right after the match: another Amazon store, or the goods not there yet / no longer ("Amazon USA", "Amazon.co.jp", "yet", "noch
 *  nicht", "nicht mehr", "encore", "todavía", "ancora", "ainda"), or a Japanese denial of the whole ("…モデルはございません"). */
const NOT_AN_OFFER_AFTER = compact(/^(?:\.[a-z]{2,3}(?:\.[a-z]{2})?|[\s-]{1,2}(?:(?:in|en|em|nel|au) )?(?:usa|us|uk|japan|japon|jap[óo]n|giappone|jap[ãa]o|m[ée]xico|messico|brasil|brazil|brasile|br[ée]sil|canad[áa]|deutschland|germany|allemagne|alemania|germania|alemanha|france|frankreich|francia|fran[çc]a|espa[ñn]a|spain|spanien|espagne|spagna|espanha|italia|italy|italien|italie|it[áa]lia)(?![\p{L}]))|^[^.!?\n]{0,12}?(?<![\p{L}])(?:yet|anymore|any more|noch nicht|nicht mehr|mehr|encore|plus|todav[íi]a|ya|ancora|pi[ùu]|ainda)(?![\p{L}])|^[^。\n]{0,6}?(?:ございません|ありません|ないです)/u);

export function offersNotOnAmazon(t: string): Span[] {
  if (!/amazon|アマゾン/u.test(t)) return [];
  const out: Span[] = [];
  NOT_ON_AMAZON.lastIndex = 0;
  const relatives = [...t.matchAll(RELATIVE_NOT_SOLD)];
  for (const m of [...t.matchAll(NOT_ON_AMAZON), ...relatives]) {
    const from = Math.max(0, m.index - 120);
    let start = from;
    for (let i = m.index - 1; i >= from; i--) {
      const c = t[i]!;
      // (a full stop only before a blank, as sentence.ts has it: "ortobellezza.it" keeps its sentence - s24 blind d it-007)
      if ((c === '.' && /\s/u.test(t[i + 1] ?? ' ')) || c === '!' || c === '?' || c === '\n' || c === '。') {
        start = i + 1;
        break;
      }
    }
    let end = m.index + m[0].length;
    const limit = Math.min(t.length, end + 120);
    while (end < limit && !/[.!?\n。]/u.test(t[end]!)) end++;
    const sentence = t.slice(start, end);
    if (!SELLER.test(sentence) || NEGATED_BEFORE.test(t.slice(start, m.index))) continue;
    // (normalized copy: lower case, so the country list is read as words)
    if (NOT_AN_OFFER_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    if (relatives.includes(m) && (!SOLD_ELSEWHERE.test(sentence) || NOWHERE_OR_MAKER.test(sentence))) continue;
    out.push({ rule: 'marketing', severity: 'block', start: m.index, end: m.index + m[0].length, entry: 'marketing:offers-not-on-amazon' });
  }
  return out;
}
