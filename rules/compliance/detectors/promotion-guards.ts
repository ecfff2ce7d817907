// The guards every promotion kind shares (promotion.ts, unasked-pitch.ts): the buyer's own order named, and a negation
// ("no" only outside Portuguese, portuguese.ts). Accent-optional: "commandee"/"commandée" read alike.
import { accentOptionalRe } from '../accent-optional';
import { alt, DE_KEIN, DE_NICHT, EN_NEVER, EN_NOT, EN_NT, NUNCA, FR_PAS, IT_NON, JA_NEG_ENDINGS, PT_NAO } from '../negation';
import { compactRegExp } from './compact-letters';
import { negatingNo } from './portuguese';

/** Word edges and the pattern constructor every promotion file uses (compact letters: the promotion
 *  patterns are the largest the checker compiles, up to 1.4 MB of code each on a Japanese text). */
export const W = '(?<![\\p{L}])';
export const E = '(?![\\p{L}])';
export const re = (source: string) => compactRegExp(source, 'u');

/** The buyer's own order: clears a novelty unless "also/too" points at another item. */
const OWN_ORDER_RE = accentOptionalRe(re(
  `${W}(?:you (?:ordered|bought|purchased|received|chose|asked)|your (?:order|purchase|parcel|package|item|pre-?order|preorder)|ihre[rn]? vorbestellung|votre pré-?commande|(?:tu|su) (?:reserva|preventa)|il suo pre-?ordine|(?:sua|tua) (?:reserva|pré-venda)|tu pedido|que (?:pediste|compraste)|il tuo ordine|che (?:ha|hai) preso|sie (?:bestellt|gekauft|erhalten)|ihre[rn]? (?:bestellung|sendung)|vous avez (?:commandé|acheté|reçu)e?s?|votre commande|que (?:recibió|compró|pidió|usted compró)|su pedido|che (?:ha|hai) (?:ricevuto|acquistato|comprato|ordinato)|il suo ordine|que (?:você )?(?:recebeu|comprou|pediu)|seu pedido|(?:the same (?:one )?as|like) (?:the one )?you(?:rs| have)|(?:el mismo|la misma) que (?:usted |tú )?tiene|que usted tiene|(?:le même|la même) que (?:vous avez|le vôtre|la vôtre)|(?:lo stesso|la stessa) che (?:lei )?ha|(?:o mesmo|a mesma) que você tem|sie haben [^.!?\\n]{0,80}?(?:bestellt|gekauft|erhalten)|(?:left|has left|leaves) our (?:warehouse|depot)|(?:has|have|was|were) (?:been )?(?:shipped|dispatched|sent)|(?:is|are) on (?:its|their) way|(?:wurde|wurden|ist|sind) (?:heute |gestern )?(?:versandt|verschickt|versendet|unterwegs)|(?:a|ont) été expédiée?s?|(?:est|sont) en route|(?:fue|ha sido|han sido) enviad[oa]s?|(?:está|están) en camino|(?:è|sono) stat[oaie] spedit[oaie]|(?:è|sono) in viaggio|(?:foi|foram) enviad[oa]s?|(?:está|estão) a caminho)${E}|ご注文|お届けした|ご購入(?:の|いただいた|された)|発送(?:いたしました|しました|済)`,
));
/** The buyer's item named only as what another item pairs with: "das Schneidbrett ... passt perfekt zu dem Messer, das Sie gekauft
 *  haben", "shelves that match the stand you ordered", "ご注文の商品とお揃いのランチョンマット" - the sentence speaks of the other item,
 *  so the order named inside the pairing's clause is no news about the order (s27 blind b de-003, ja-007). The clause runs from the
 *  pairing verb to a stop, a colon or a comma (a comma only before a relative: ", das Sie gekauft haben", ", which you ordered").
 *  Near-misses kept: "your order has shipped with the matching lid" (the order named outside the pairing), "the lid you ordered
 *  matches the pot; it ships Monday" (the order before the pairing verb). */
const PAIRED_REFS = accentOptionalRe(compactRegExp(
  `${W}(?:match(?:es)?(?= (?:the|your|what) )|matching (?:[\\p{L}-]+ ){1,3}?(?:for|to go with|with)(?= (?:the|your|what) )|(?:to go|that goes|which goes) with(?= (?:the|your|what) )|(?:go(?:es)?|pairs?) (?:(?:perfectly|nicely|really|so|well|great|beautifully|super) ){1,2}with|(?:passt|passen) (?:\\p{L}+ )?(?:perfekt|gut|super|toll|wunderbar|prima|hervorragend|ideal|genau|farblich) zu|passend(?:e[nmrs]?)? zu|irai(?:t|ent) (?:\\p{L}+ ){0,2}?avec|assortie?s? (?:à|avec)|a juego con|combina\\p{L}{0,2} (?:\\p{L}+ ){0,2}?(?:con|com)|si abbina\\p{L}{0,3} (?:\\p{L}+ ){0,2}?(?:a|al|alla|con)|fica\\p{L}? (?:perfeit\\p{L}{1,3}|lind\\p{L}{1,3}|ótim\\p{L}{1,3}) com)${E}(?:[^.!?;:,\\n。]|, (?=(?:das|die|der|den|which|that|que|qui|che|you|sie) )){0,80}|(?:ご注文|ご購入)[^。！？\\n]{0,16}?(?:と|に)(?:お揃い|おそろい|同じ柄|ぴったり|よく合う|合う)|(?:ご注文|ご購入)[^。！？\\n]{0,16}?と同じ(?:シリーズ|柄|デザイン|素材|色)`,
  'gu',
));
const PAIRED_HINT = /match|with|同じ|zu|avec|juego|combina|abbina|com|お揃い|おそろい|同じ柄|ぴったり|合う/u;
export const OWN_ORDER = {
  test: (s: string): boolean => OWN_ORDER_RE.test(PAIRED_HINT.test(s) ? s.replace(PAIRED_REFS, ' ') : s),
};

/** A negation in a novelty sentence ("not released yet", "ya no", "nicht mehr"); the invitations
 *  "don't miss", "no se pierda" are read before it. */
// (the core without Portuguese "nem", with "nunca" - the list as it was; "no" is read apart, below)
const NEGATION_WORDS = accentOptionalRe(re(`${W}(?:${alt(EN_NOT, EN_NEVER, DE_NICHT, DE_KEIN, FR_PAS, IT_NON, PT_NAO, NUNCA)})${E}|${EN_NT}|${JA_NEG_ENDINGS}`));
/** A negation in the sentence; "no" only outside Portuguese, where it is "in the" (s17: "você pode entrar no Clube …"). */
export const NEGATION = { test: (s: string): boolean => NEGATION_WORDS.test(s) || negatingNo(s) };

/** The buyer asking to buy, pay for or get more of an item ("Can I pay you directly for 4 more filters?", "Est-ce que vous
 *  vendez le filtre de rechange ?", "¿Te puedo pagar por Bizum dos cuchillas más?", "Avete anche le lame di ricambio?"; paying in any form: "Je peux vous régler ...", "¿Te pago ...?").
 *  A question is needed: "I paid for 4 filters" is no ask. */
const PURCHASE_ASK = accentOptionalRe(re(
  `${W}(?:buy|pay|paying|purchase|sell|get (?:more|another|extra|spare)|(?:send|transfer) you (?:the )?money|kaufen|bezahlen|zahlen|überweisen|bestellen|verkaufen|haben sie (?:auch )?|payer|régler|vous régler|acheter|commander|vendez|avez-vous|pag(?:o|as|ue|amos|ar|are|arti|arvi|arle|arte)|comprar|pedir|vend[eé]is|venden|vendes|tienen|ten[eé]is|comprare|ordinare|vendete|avete|vender|vendem|vocês têm|tem)${E}|購入|買え|販売|注文|ありますか`,
));
/** The reply's sentence pointing to the item on Amazon: its listing, a search there ("if you search for the model number on
 *  Amazon", "apparaît si vous recherchez la référence sur Amazon", "vendu sur Amazon par lot de 2"). */
const ON_AMAZON_POINTER = re(
  `${W}(?:amazon|listing|listed|search\\p{L}*|such\\p{L}*|inserat|recherch\\p{L}*|fiche|busca\\p{L}*|anuncio|cerca\\p{L}*|inserzione|pesquis\\p{L}*|procur\\p{L}*|anúncio)${E}|アマゾン|検索|出品`,
);
/** ... with nothing new or other beside it ("also check out our new range on Amazon" stays a pitch), and no code or discount
 *  ("use code SAVE10 for 10 % off on Amazon" answers no ask to buy; a bare "code" is the product's: "search
 *  the code CT-9 on Amazon"). */
const OTHER_OR_NEW = re(
  `${W}(?:\\d{1,2} ?%|promo\\p{L}*|sales?|on sale|saldi|soldes|rebajas|liquida\\p{L}*|aktion\\p{L}*|club|clube|early access|all|every|whole|entire|toda|todas|todos|tutte|tutti|tous|toutes|alle|ganze\\p{L}?|coupons?|vouchers?|discounts?|rabatt\\p{L}*|gutschein\\p{L}*|réductions?|remises?|cupón|cupom|descuentos?|scont[oi]|descontos?|new|newest|other|also|neu\\p{L}{0,2}|andere\\p{L}{0,2}|auch|nouve\\p{L}{0,3}|nouvel\\p{L}{0,2}|autres?|aussi|nuev\\p{L}{1,2}|otr\\p{L}{1,2}|también|nuov\\p{L}{1,2}|altr\\p{L}{1,2}|anche|nov[oa]s?|outr\\p{L}{1,2}|também)${E}|新|他の`,
);
/** Does a marketing phrase's sentence answer the buyer's own ask to buy more of an item, by pointing to it on Amazon (s18 blind
 *  f/g: a refusal of an off-Amazon payment that points to "the pack of 4 ... in our storefront", "pack de 2", "confezione da 2")?
 *  `buyerText` is the buyer's message, normalized; empty when there is none. */
export function answersPurchaseAsk(sentence: string, buyerText: string): boolean {
  if (!buyerText || !/[?？]|か[。\s]*$/u.test(buyerText) || !PURCHASE_ASK.test(buyerText)) return false;
  // (s22 blind a es-018/it-003: or the item asked for named in the sentence - "¿Vendéis recambios para esta fregona?" -> "sí, las mopas
  // de recambio ... se venden en pack de 4 con nuestra marca"; a saving told with it is a pitch: "the 4-pack saves you 20 %")
  const pointed = ON_AMAZON_POINTER.test(sentence) || (namesAskedItem(sentence, buyerText) && !SAVING_WORD.test(sentence));
  return pointed && !OTHER_OR_NEW.test(sentence.replace(OTHER_LISTING, ' '));
}
/** A saving or a better price ("cheaper", "save", "günstiger", "moins cher", "más barato", "conviene", "mais barato", "お得"). */
const SAVING_WORD = re(
  `${W}(?:cheaper|sav(?:e|es|ing)|better value|deal|günstiger|sparen|spart|lohnt|moins cher|économi\\p{L}*|avantageu\\p{L}*|más barat[oa]|ahorr\\p{L}*|sale a cuenta|conviene|convenient\\p{L}*|risparmi\\p{L}*|mais barat[oa]|economi\\p{L}*|em conta)${E}|お得|割安`,
);
/** Purchase and function words a question shares with any answer ("vendéis", "para", "esta"). */
const ASK_WORD = /^(?:sell|sells|have|does|this|that|with|your|verkaufen|haben|gibt|vendez|avez|vendéis|vendeis|venden|vendes|tenéis|tienen|vendete|avete|vendem|para|esta|este|questo|questa|pour|cette|diese[nmrs]?|essa|esse)$/u;
/** Does the sentence name a word of the buyer's question (its first five letters, a word of five or more: "recambio" for "recambios",
 *  "ricambio" for "ricambi")? */
function namesAskedItem(sentence: string, buyerText: string): boolean {
  const asked = new Set<string>();
  for (const m of buyerText.matchAll(/[\p{L}]{5,}/gu)) if (!ASK_WORD.test(m[0])) asked.add(m[0].slice(0, 5));
  for (const m of sentence.matchAll(/[\p{L}]{5,}/gu)) if (!ASK_WORD.test(m[0]) && asked.has(m[0].slice(0, 5))) return true;
  return false;
}
/** "Another listing": the other is where the asked item is listed, not another item ("só temos a versão de couro em outro anúncio",
 *  "it's in another listing", "en otro anuncio", "dans une autre annonce", "in un'altra inserzione", "in einem anderen Angebot"). */
// why: s21 blind w pt-036 - the leather chair the buyer asked for, pointed to "em outro anúncio ... na Amazon", read as another item
const OTHER_LISTING = compactRegExp(
  `${W}(?:another|other|separate|(?:einem |ein )?(?:anderen|separaten|eigenen)|(?:une |l')?autre|(?:otro|outro|um outro|un altro|un'altra|altra|otra)) (?:listing|angebot|inserat|annonce|fiche|anuncio|anúncio|inserzione|scheda)${E}`,
  'gu',
);
/** A search-for-a-name pointer, told on Amazon (the lexicons' "busque por 'X'" may point anywhere): the listing or Amazon named. */
const AMAZON_NAMED = /amazon|アマゾン|listing|anúncio|anuncio|annonce|inserzione|angebot|inserat|出品/u;
/** Does a "search for <name>" phrase point the buyer who asked to buy an item to it on Amazon? */
// why: s21 blind w pt-036 - "busque por 'Cadeira Diretor Couro Caramelo' na Amazon" answered "Vocês têm essa cadeira em couro?"
export function answersPurchaseAskBySearch(sentence: string, buyerText: string): boolean {
  return AMAZON_NAMED.test(sentence) && answersPurchaseAsk(sentence, buyerText);
}
