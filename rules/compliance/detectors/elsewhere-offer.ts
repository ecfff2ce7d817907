// Session 27 (s27 blind d/e/b, marketing without a coupon word): a sale pushed to the buyer by where it happens or by its terms,
// read per sentence in the seven languages (promotionIn calls it; the buyer's own question does not clear these kinds - an answer
// that sends the buyer to a cheaper shop or hands over a code is still the offer, as the s27 e rows label it):
//   shop elsewhere  the seller's own shop on another marketplace or found by a search engine, offered as where to buy ("in unserem
//                   eBay-Shop haben wir noch welche", "sul nostro negozio Etsy", "Yahoo!ショッピング店の方が…お安く", "Geben Sie bei
//                   Google „…" ein, dann landen Sie direkt in unserem Shop", "just google "…" and you'll find us"), a price lower there
//                   ("about 12% cheaper there with no Amazon fees"), or the seller's other products to be seen on a network ("if you
//                   want to see what else we make, we're on Instagram");
//   code use        a code-shaped word handed over with a use ("Pop DIRECT5 in at checkout for a bit extra off", "use GRIND15 on
//                   your next order") - the lexicons know "code" words, not a bare code;
//   free shipping   free shipping above an amount ("spedizione gratuita sopra i 50 euro", "free shipping on orders over $35"): a
//                   shop's terms pitched;
//   last call       a last chance for an item of the seller's ("Last call: the holiday bundle leaves our store Sunday").
// Guards: a negation before the cue (a refusal: "we don't sell on eBay", "we only sell on Amazon" names no other shop), the
// buyer's own order bought there ("you ordered from our eBay shop"), Amazon as the shop.
import { E, NEGATION, W, re } from './promotion-guards';
import { writtenSource } from './compact-letters';
import { firstMatch as find } from './span';

export type ElsewhereKind = 'shop-elsewhere' | 'code-use' | 'shipping-threshold' | 'last-call';
export interface Elsewhere {
  kind: ElsewhereKind;
  start: number;
  end: number;
}

/** Another marketplace or shop platform (not Amazon). */
const MARKETPLACE = '(?:ebay|etsy|walmart|rakuten|kaufland|cdiscount|fnac|mercado ?livre|mercado ?libre|shopify|temu|aliexpress)';
/** The seller's own shop there: "unserem eBay-Shop", "our Etsy store", "nostro negozio Etsy", "notre boutique Etsy", "nuestra tienda de
 *  eBay", "nossa loja no Mercado Livre", "楽天市場の当店", "Yahoo!ショッピング店". */
// why: s27 blind d de-003/it-003/ja-018 - items only or cheaper in the seller's shop on another marketplace
// near-misses kept: "Verkauft ihr auch auf Etsy?" answered "nur hier bei Amazon" (no shop of ours named), "we don't have an eBay store"
// (a negation before it)
const OWN_SHOP_THERE = re(
  `${W}(?:(?:our|unsere[mnr]?|unser|notre|nos|nostr[oa]|nuestr[oa]|noss[oa])(?: own| eigene[nmr]?)? ${MARKETPLACE}[ -]?(?:shop|store|listing|seite|page|boutique)?|(?:our|unsere[mnr]?|unser|notre|nostr[oa]|nuestr[oa]|noss[oa]) (?:shop|store|negozio|boutique|tienda|loja|listing|angebot) (?:(?:on|auf|bei|sur|en|su|no|na|de|di) )?${MARKETPLACE})${E}|(?:楽天市場|楽天|yahoo!?ショッピング|ヤフーショッピング|メルカリ|ebay|etsy)(?:の)?(?:当店|店|ショップ|ストア)`,
);
/** ... with an item, a stock or a price told of it (the shop alone is an invitation elsewhere, the offplatform rules' matter: "当店の楽天
 *  市場店もぜひご利用ください" is labelled so): "haben wir noch welche", "le facciamo solo", "we sell the engraved ones", "cheaper". */
const ITEM_THERE = re(
  `${W}(?:haben wir|gibt es|führen wir|finden sie|verkaufen wir|noch welche|(?:le|li|lo|la) facciamo|vendiamo|abbiamo|we (?:have|sell|make|stock|carry|offer)|nous (?:avons|vendons|proposons)|on (?:a|vend|fait)|tenemos|vendemos|hacemos|temos|fazemos|only|nur|solo|seulement|uniquement|solamente|sólo|só|apenas|in stock|auf lager|en stock|cheaper|günstiger|billiger|moins cher|más barat[oa]|più economic[oa]|mais barat[oa])${E}|取り扱|(?<!取り?)扱って(?:おり|い)|販売|お安く|安く|のみ|在庫(?:が|も)?(?:ございます|あります|あり|残り|わずか)`,
  // (s37 fa37: the carrying verb without its 取り - "当店サイト x.jp でも多数扱っております", s37g7-ja-015 - as 取り扱っております is read)
  // (stock said to be there, not stock named: "楽天市場の当店とAmazonでは在庫が別管理" is a fact - s27 review #6)
);
/** The seller's own web shop or site (not another marketplace): "in unserem eigenen Onlineshop", "on our own website", "sur notre site",
 *  "en nuestra tienda online", "sul nostro sito", "no nosso site", "当店の公式サイト" - with a purchase there (BUY_THERE) or an item told of
 *  it (ITEM_THERE), it is where the seller sells off Amazon: a sale, even in an answer ("Gibt es den Deckel einzeln?" - "Bei Amazon
 *  nicht, aber in unserem Onlineshop bekommen Sie ihn"). Not a manual, a video, a form or a tracking page there (DOC_THERE), a negation
 *  before or after it ("we have no online shop", 「自社サイトや実店舗はございません」). */
// why: s33 rec33 - s31g3-de-015, s31g3-pt-016 (a spare part sold on the seller's own site, as an answer: url + offplatform only)
const OWN_SITE = re(
  `${W}(?:(?:our|unsere[mnr]?|unser) (?:own |eigene[nmr]? )?(?:online[ -]?shop|web[ -]?shop|website|webseite|homepage|site|internetseite|online[ -]?store|web[ -]?store)|(?:notre|nos) (?:propre )?(?:site|boutique en ligne|e-?shop)|(?:nuestr[oa]) (?:propi[oa] )?(?:web|página web|sitio(?: web)?|tienda (?:online|en línea|web))|(?:il )?(?:nostr[oa]) (?:sito|negozio online|shop online|e-?shop)|(?:noss[oa]) (?:própri[oa] )?(?:site|loja virtual|loja online|e-?commerce))${E}|(?:当店|弊社|自社)の?(?:公式)?(?:サイト|ホームページ|オンラインショップ|ネットショップ)`,
);
/** The buyer buys or gets it there: "bekommen Sie ihn", "you can buy it", "vous pouvez l'acheter", "puede comprarlo", "può acquistarlo",
 *  "você compra", "ご購入いただけます". */
const BUY_THERE = re(
  `${W}(?:(?:bekommen|erhalten|kaufen|bestellen) sie|können sie (?:\\p{L}+ ){0,2}(?:kaufen|bestellen|bekommen)|you can (?:\\p{L}+ )?(?:buy|get|order)|(?:vous )?(?:pouvez )?(?:l'|les |la |le )?(?:acheter|commander)|vous (?:le |la |les )?trouverez|puede (?:comprar|pedir|conseguir)\\p{L}{0,3}|(?:lo|la|los|las) (?:puede|puedes) (?:comprar|pedir)|(?:può|puoi) (?:acquistar|ordinar|comprar)\\p{L}{0,3}|(?:lo|la|li|le) (?:può|puoi) (?:acquistare|ordinare|comprare)|(?:você|voce|vc) (?:compra|encontra|pede|consegue comprar)|(?:pode|podes) (?:comprar|pedir|encontrar)\\p{L}{0,3})${E}|ご購入いただけ|お求めいただけ|お買い求め`,
);
/** The same item "still" had on the site after it sold out here ("Todavía tenemos en nuestra web", "Mas ainda temos no nosso site"):
 *  the order's own item sent elsewhere, which s25 labels offplatform only - not another product pitched. */
// why: s33 merge - s25-pt's learned-layer guard (the grey cable sold out on Amazon, still on the shop's site)
const STILL_THERE = re(`${W}(?:still|noch|encore|toujours|todavía|aún|ancora|ainda)${E}|まだ`);
/** A document or a service page on the site, not goods: "the manual is on our website", "Anleitung", "tutoriel", "formulario". */
// (s37 ga37: a driver or firmware to download is such a document - offsite-invite.ts ADDRESS_HARMLESS reads it so - not goods: "O driver
// mais novo está no nosso site, é só baixar", whose "só" is no "only")
const DOC_THERE = re(`${W}(?:drivers?|firmware|treiber|pilotes?|controlador(?:es)?|manuals?|instructions?|guide|videos?|tutorial\\p{L}{0,2}|faq|form|formular\\p{L}{0,2}|anleitung\\p{L}{0,2}|notice|manuel|formulaire|manual|instrucciones|formulario|istruzioni|modulo|manuale|instruções|formulário|tracking|sendungsverfolgung|suivi|seguimiento|tracciamento|rastreio|warranty|garantie|garantía|garanzia|garantia|register\\p{L}{0,3}|registrier\\p{L}{0,4}|enregistr\\p{L}{0,4}|registr\\p{L}{0,5})${E}|説明書|取扱|動画|保証`);
/** A search engine that leads to the seller's shop or site: "bei Google … eingeben, dann landen Sie in unserem Shop", "just google
 *  "…" and you'll find us", "cerca … su Google e trova il nostro sito", "Google検索していただくと当店の公式サイト". */
// why: s27 blind d de-001/en-001 - a spare part not listed on Amazon, the buyer sent to find the shop by a search
// (s27 r2: or a search verb with the seller's name quoted - "search for "Brookline Kitchen"", "suchen Sie nach „Holzwerk"", "tapez « … »",
// "busca "…"", "cerchi "…"", "pesquisa "…"", "「…」で検索" - read with a shop of ours found after it)
const SEARCH_ENGINE = re(`${W}(?:google\\p{L}{0,4}|bing|duckduckgo|suchmaschine|moteur de recherche|buscador|motore di ricerca|buscador|(?:search(?: for)?|type|look up|(?:suchen|geben) sie (?:einfach )?(?:nach )?|such(?:e|t)? (?:einfach )?nach|cherchez|tapez|recherchez|busca|busque|buscad|escribe|escriba|cerca|cerchi|digiti|scrivi|pesquis[ae]|procure|procura|digite)(?: \\p{L}+)? ?["'“„«「])|グーグル|google検索|」で(?:検索|お調べ)`);
const FINDS_US = re(
  `${W}(?:(?:land|end up|arrive) (?:on|at|in) our (?:shop|store|site|website|page)|finden sie (?:\\p{L}+ ){0,2}unse?re?[nmrs]? (?:shop|store|laden|onlineshop)|tomberez sur (?:notre|nos) (?:boutique|site)|(?:a |o )?(?:nossa|nosso) (?:loja|site)|(?:you'll|you will|you can|to) find us|find our (?:shop|store|site|website)|(?:in|auf|bei) unsere[mnr]? (?:shop|webshop|onlineshop|seite|website)|(?:landen|finden) sie (?:\\p{L}+ ){0,2}(?:bei )?uns|(?:notre|nos) (?:boutique|site)|(?:nous |vous nous )trouve(?:re)?z|(?:nuestra|nuestro) (?:tienda|web|sitio)|(?:nos )?encontrar(?:á|ás)|(?:il )?nostro (?:sito|negozio)|(?:nossa|nosso) (?:loja|site)|(?:nos )?encontra(?:rá)?)${E}|当店|弊社|公式サイト`,
);
/** ... to something on sale, told after the pointer: "and you'll find us, we ship same day", "dann landen Sie in unserem Shop, dort
 *  gibt es alle Teile" (not a site for videos, a service form or a phone number: "just search ... on Google and you'll find us" after
 *  "our setup videos are on our own site", "trova il nostro numero diretto", "dal nostro sito può aprire una richiesta"). */
const SALE_AFTER = re(
  `${W}(?:ship\\p{L}{0,3}|deliver\\p{L}{0,3}|versend\\p{L}{0,3}|verschick\\p{L}{0,3}|liefer\\p{L}{0,3}|expédi\\p{L}{0,5}|livr\\p{L}{0,5}|envia\\p{L}{0,5}|enviamos|spedi\\p{L}{0,5}|gibt es|haben wir|führen wir|sell\\p{L}{0,3}|verkauf\\p{L}{0,3}|vend\\p{L}{0,5}|buy|kaufen|acheter|compr\\p{L}{0,4}|bestellen|order|commander|in stock|auf lager|en stock|(?:alle |all the |tous les |todas las |tutti i |todas as )?(?:teile|ersatzteile|parts|spares|pièces|piezas|recambios|pezzi|ricambi|peças))${E}|販売|購入|お求め|取り扱`,
);
/** The found place is a shop (not a site, a page, a channel): "unseren Shop", "notre boutique", "nuestra tienda", "il nostro negozio", "a nossa loja"; the Japanese 当店 needs the sale after it: "当店の問い合わせ窓口が見つかります" is a contact, s12o-ja-006). */
const SHOP_FOUND = /shop|store|laden|boutique|tienda|negozio|loja/u;
/** Lower there: "cheaper there", "dort günstiger", "moins cher là-bas", "más barato allí", "più economico lì", "mais barato lá",
 *  "…店の方が…お安く" (not the fees alone: "direkt in unserem Onlineshop, ganz ohne Amazon-Gebühren" is the team corpus's offplatform only,
 *  de-h013). */
// why: s27 blind e en-023, d ja-018 - the buyer told the other shop costs less
const CHEAPER_THERE = re(
  `${W}(?:(?:\\d{1,2} ?% )?cheaper (?:there|over there|on (?:our|my) (?:site|website|shop|store))|(?:dort|da|drüben) (?:\\p{L}+ ){0,2}(?:günstiger|billiger)|moins cher(?:s)? (?:là-bas|là|chez nous|sur notre site)|más barat[oa]s? (?:allí|allá|ahí|en nuestra web)|più economic[oi] (?:lì|là|sul nostro sito)|mais barat[oa]s? (?:lá|no nosso site))${E}|(?:店|ショップ|サイト)の方が[^。！？\\n]{0,16}?(?:お)?安く`,
);
/** The cheaper place named as the seller's (s27 review #7): a lower price "there" is a pitch only when the sentence names the seller's
 *  shop elsewhere, a way to find it, its own site (the match itself: "cheaper on our site", "moins cher chez nous") or a web address
 *  ("oakandember.shop - everything's about 12% cheaper there", "Yahoo!ショッピング店の方が…お安く"). Not a shop of someone else's: "Yes, it
 *  may be cheaper there because of the exchange rate; we cannot match it", "お近くの家電量販店の方がお安く購入できる場合も…". */
const OWN_IN_MATCH = re(`${W}(?:our|my|chez nous|notre|nuestra|nostro|nosso)${E}`);
/** Japanese: the shop before "店の方が" named as the seller's or a marketplace store ("Yahoo!ショッピング店の方が", "公式サイトの方が",
 *  "当店のネットショップの方が"; the "!" of "Yahoo!" ends a sentence for the splitter, so the name is read right before the match). */
const OWN_SHOP_BEFORE_JA = /(?:ショッピング|市場|楽天|メルカリ|ヤフー|yahoo!?|ebay|etsy|当|弊|自社|公式|直営|オンライン|ネット)(?:の)?$/u;
/** ... or the seller's own place in the sentence ("dann kommen Sie in unseren Kundenbereich und können dort Ersatzfilter günstiger
 *  nachbestellen", "our app", "notre espace client"). */
const OWN_PLACE = re(
  `${W}(?:our|unse?re?[nmrs]?|notre|nos|nuestr[oa]s?|nostr[oa]|noss[oa]s?)\\s(?:(?:own|eigene[nmrs]?|propre|propi[oa]|propri[oa])\\s)?(?:shop|store|site|website|webshop|onlineshop|online-shop|kundenbereich|kundenportal|portal|app|page|seite|boutique|espace client|tienda|web|área de cliente|negozio|sito|area clienti|loja|área do cliente)${E}`,
);
const WEB_ADDRESS = re(`(?<![\\p{L}\\d.@-])[a-z\\d][a-z\\d-]{1,40}\\.[a-z]{2,6}(?:\\.[a-z]{2})?(?![\\p{L}\\d])`);
/** The seller's other products to be seen: "see what else we make", "was wir sonst noch machen", "ce que nous faisons d'autre", "qué más
 *  hacemos", "cos'altro facciamo", "o que mais fazemos", "他の作品". */
// why: s27 blind d en-002 - "If you want to see what else we make, we're on Instagram as @…"
const WHAT_ELSE = re(
  `${W}(?:(?:see|check out|look at|browse) what else we (?:make|sell|do|have|offer)|was wir (?:sonst|noch) (?:alles )?(?:machen|herstellen|verkaufen|anbieten)|ce que nous (?:faisons|fabriquons|vendons|proposons) d'autre|qu[ée] m[áa]s (?:hacemos|vendemos|fabricamos|ofrecemos)|cos'altro (?:facciamo|produciamo|vendiamo)|o que mais (?:fazemos|vendemos|fabricamos))${E}`,
);

/** A code-shaped word (letters then digits, as coupon codes are written: "direct5", "grind15", "wieder15"). */
const CODE = '(?<![\\p{L}\\p{N}])\\p{L}{4,12}\\d{1,3}(?![\\p{L}\\p{N}])';
/** ... handed over with a use: "use X on your next order", "pop X in at checkout", "enter X at checkout", "X at checkout for extra off",
 *  "utilisez X", "geben Sie X ein", "usa X", "usa o X". */
// why: s27 blind e en-023/en-002 - a bare code with "at checkout" or "on your next order"
// near-misses kept: "use FS3000 as the firmware name" (no checkout or order), "enter PIN1234 in the app" (an app, no order)
const CODE_USE = re(
  `${W}(?:use|pop|enter|apply|type|add|utilisez|entrez|saisissez|verwenden sie|nutzen sie|geben sie|usa|use o|utilice|introduce|utilizza|inserisci|digite|insira)(?: the| code| le code| den code| el código| il codice| o código)? ${CODE}(?: [\\p{L}']+){0,3} (?:at (?:the )?checkout|(?:on|for|with) your next (?:order|purchase)|for (?:a bit |some )?(?:extra|more) off|(?:bei|an) der kasse|au paiement|lors du paiement|sur votre prochaine commande|en (?:el pago|tu próxima compra|su próxima compra)|al (?:checkout|pagamento)|sul (?:prossimo|tuo prossimo) ordine|no (?:checkout|pagamento)|na (?:próxima|sua próxima) compra)${E}`,
);

/** (s27 r2) A bare code, a verb of entering it and the checkout, cart or payment as where, in any order in the sentence ("Geben Sie beim
 *  Bezahlen einfach DANKE5 ein", "au moment du paiement, saisissez MERCI10", "introduce GRACIAS10 al pagar", "digite VOLTA15 no carrinho").
 *  near-misses kept: "enter PIN1234 in the app" (no checkout), "geben Sie bei der Rücksendung die Nummer RMA22 an" (a return, no cart),
 *  "the code on the box, LOT2024, tells the batch" (no entry verb). */
const CODE_BARE = re(CODE);
const ENTRY_VERB = re(
  `${W}(?:use|enter|apply|type|pop|add|paste|redeem|geben sie|gib|eingeben|einlösen|lösen sie|tippen sie|eintippen|nutzen sie|verwenden sie|utilisez|entrez|saisissez|tapez|collez|indiquez|introduce|introduzca|usa|use|utiliza|utilice|aplica|aplique|escribe|escriba|pega|inserisci|inserisca|utilizza|utilizzi|digita|digiti|digite|insira|cole|aplique)${E}`,
);
const CHECKOUT_PLACE = re(
  `${W}(?:checkout|check-out|cart|basket|payment|kasse|warenkorb|bezahl\\p{L}{0,3}|bestellvorgang|paiement|panier|pago|pagar|carrito|cesta|pagamento|carrello|cassa|carrinho|finalizar)${E}|カート|お支払い|決済`,
);
/** Free shipping above an amount: "free shipping over $35", "versandkostenfrei ab 50 €", "livraison offerte dès 40 €", "envío gratis
 *  desde 30 €", "spedizione gratuita sopra i 50 euro", "frete grátis acima de R$ 99", "5,000円以上で送料無料". */
// why: s27 blind e it-020 - the seller's site pitched with its free-shipping threshold
// near-misses kept: "Amazon ships free over 29 €" (Amazon's own terms), "the return label is free" (no threshold), "loyal shoppers get
// free shipping from us" (no amount: the loyalty kind's)
const SHIPPING_THRESHOLD = re(
  `${W}(?:free (?:shipping|delivery) (?:on (?:all )?orders )?(?:over|above|from)|(?:versandkostenfrei|kostenloser versand|gratisversand) (?:ab|über)|(?:livraison|port) (?:offerte?|gratuite?) (?:dès|à partir de|au-delà de)|env[ií]o (?:gratis|gratuito) (?:desde|a partir de|por encima de)|spedizion[ei] gratuit[ae] (?:sopra|oltre|da|a partire da)|frete (?:grátis|gratuito) (?:acima de|a partir de))(?= (?:[$£€¥]|\\x80|r\\$ ?|(?:i|gli|the|los|las) )?\\d)|(?:円|ドル)以上(?:の(?:ご注文|お買い上げ|ご購入))?で送料無料`,
);
/** (s27 r2) Free shipping and an order amount in one sentence, in either order and with other words between ("Orders above $40 ship
 *  free", "Ab einem Bestellwert von 30 € liefern wir versandkostenfrei", "envío gratis en pedidos de más de 30 €", "spedizione gratis per
 *  ordini da 30 € in su", "3,000円以上のご購入で送料無料"). The amount needs a currency or a threshold word before it.
 *  near-misses kept: "the return shipping is free, and your refund of 35 € is on its way" (no order amount), "Amazon ships free over 29 €". */
const FREE_SHIP = re(
  `${W}(?:free (?:shipping|delivery|postage)|ships? (?:for )?free|(?:delivered|posted) free|versandkostenfrei|kostenlose[rn]? (?:versand|lieferung)|gratisversand|liefern wir (?:\\p{L}+ ){0,2}(?:kostenlos|gratis|versandkostenfrei)|(?:livraison|port|frais de port) (?:offerte?s?|gratuite?s?)|livr[ée]e?s? gratuitement|env[ií]os? (?:gratis|gratuitos?)|(?:spedizion[ei]|consegna) (?:gratis|gratuit[ae])|spediamo gratis|frete (?:grátis|gratuito)|entrega grátis)${E}|送料無料`,
);
const ORDER_AMOUNT = re(
  `${W}(?:(?:orders?|purchases?|spend(?:ing)?|baskets?) (?:of |worth )?(?:over|above|from|of more than|more than|upwards of)|bestellwert|einkaufswert|warenwert|(?:ab|über) (?:einem \\p{L}+ (?:von )?)?(?=\\d|€|\\x80)|(?:dès|à partir de|au-delà de|de plus de|supérieure?s? à) (?=\\d)|(?:más de|desde|a partir de|por encima de|superiores? a) (?=\\d)|(?:sopra|oltre|superiori a|a partire da)(?: i)? (?=\\d)|da \\d{1,4} ?(?:€|\\x80|euro) in su|(?:acima de|a partir de|mais de) (?:r\\$ ?)?(?=\\d))|\\d(?:[\\d,.]*)(?:円|ドル)以上`,
);
const AMAZONS = /amazon|アマゾン/u;
/** The buyer's own order told in the past as having met the threshold (s27 review #8): an explanation of a fee not charged, no terms
 *  pitched - "Your order qualified for free shipping over 25 € at checkout, so no fee was charged", "Ihre Bestellung war ab 50 €
 *  versandkostenfrei", "su pedido tuvo envío gratis desde 30 €", "ご注文は5,000円以上で送料無料となりました". Terms for a next order still
 *  flag: "free shipping on orders over $35 - your next order too". */
const OWN_ORDER_PAST = re(
  `${W}(?:your order|ihre bestellung|votre commande|su pedido|tu pedido|il suo ordine|il tuo ordine|seu pedido|sua encomenda)\\s(?:\\p{L}{1,15}\\s){0,2}?(?:qualified|was|got|received|had|came|erhielt|war|wurde|hatte|a (?:bénéficié|eu|été)|était|tuvo|fue|recibió|ha (?:tenido|recibido|sido|avuto|ricevuto)|ebbe|era|è stato|teve|foi|recebeu)${E}|ご注文[^。！？\\n]{0,30}?(?:となりました|になりました|でした)`,
);

/** A last chance for an item: "last call", "last chance", "letzte Chance", "dernière chance", "última oportunidad", "ultima occasione",
 *  "última chance", "ラストチャンス", with the seller's item leaving or ending. */
// why: s27 blind b en-020 - "Last call: the holiday bundle leaves our store Sunday at midnight"
// near-misses kept: "last call for returns is Friday" (a return), "this is the last call from the carrier" (no item of ours leaving)
// (s27 r2: the last day or the final chance, "nur noch heute" - with a sale of ours after it, LEAVES_STORE's sale words: "Dernier jour pour
// profiter de nos soldes", "Último día de nuestras rebajas", "セールは本日最終日"; not "the last day to return it is Friday")
const LAST_CALL = re(`${W}(?:last (?:call|chance|day)|final (?:call|chance|day|hours)|letzte chance|letzter tag|nur noch heute|dernière chance|dernier jour|dernières heures|última oportunidad|último día|últimas horas|ultima (?:occasione|chiamata)|ultimo giorno|ultime ore|última chance|último dia|últimas horas)${E}|ラストチャンス|最終日|本日まで`);
const LEAVES_STORE = re(
  `${W}(?:sales?|offers?|promo\\p{L}{0,6}|deals?|soldes|rebajas|saldi|liquidaç\\p{L}{1,3}|promoç\\p{L}{1,3}|angebot\\p{L}{0,2}|aktion\\p{L}{0,2}|\\p{L}{0,8}schlussverkauf|ausverkauf|offres?|ofertas?|offert[ae]|wraps? up|profiter|aprovechar|approfittare|aproveitar|leaves our (?:store|shop|range)|(?:is|are) gone|ends|verlässt unser\\p{L}{0,2}|endet|quitte (?:notre|la) boutique|se termine|sale de nuestra tienda|termina|lascia il nostro negozio|finisce|sai da nossa loja|acaba)${E}|終了|セール|キャンペーン`,
);
// (warranty and exchange words too - s27 review #9: "Letzte Chance: die Garantie endet am Freitag, bitte schicken Sie uns vorher die Fotos"
// is a service deadline, no item leaving)
const SERVICE_AFTER = re(`${W}(?:replacements?|repairs?|exchanges?|ersatz\\p{L}*|umtausch\\p{L}*|remplacement|échange|reemplazo|cambio|sostituzion\\p{L}|riparazion\\p{L}|substituiç\\p{L}{1,3}|troca|returns?|refunds?|rücksend\\p{L}*|retours?|devoluci\\p{L}*|resi|reso|devoluç\\p{L}*|carrier|courier|warrant(?:y|ies)|guarantee|garantie|garantía|garanzia|garantia|reparatur|réparation|reparación|reparo)${E}|返品|保証|交換|修理`);

/** A sale pushed by where it happens or by its terms, in sentence `s` (normalized). */
export function elsewhereIn(s: string): Elsewhere | null {
  const negatedBefore = (at: number) => NEGATION.test(s.slice(0, at));
  const shop = find(OWN_SHOP_THERE, s);
  if (shop && ITEM_THERE.test(s) && !negatedBefore(shop.start)) return { kind: 'shop-elsewhere', ...shop };
  const site = find(OWN_SITE, s);
  if (site && (BUY_THERE.test(s) || ITEM_THERE.test(s)) && !DOC_THERE.test(s) && !negatedBefore(site.start) && !NEGATION.test(s.slice(site.end)) && !/amazon/u.test(s.slice(site.start)) && !STILL_THERE.test(s.slice(0, site.start))) return { kind: 'shop-elsewhere', ...site };
  const engine = find(SEARCH_ENGINE, s);
  const us = engine && find(FINDS_US, s.slice(engine.end));
  // (s27 r2: a shop found is the sale itself - "vous tomberez sur notre boutique"; a site needs something sold after it)
  if (engine && us && (SALE_AFTER.test(s.slice(engine.end + us.end)) || SHOP_FOUND.test(s.slice(engine.end + us.start, engine.end + us.end))) && !negatedBefore(engine.start)) return { kind: 'shop-elsewhere', start: engine.start, end: engine.end + us.end };
  const cheaper = find(CHEAPER_THERE, s);
  const ownPlace = (c: { start: number; end: number }) =>
    /^[店ショサ]/u.test(s.slice(c.start, c.start + 1))
      ? OWN_SHOP_BEFORE_JA.test(s.slice(Math.max(0, c.start - 12), c.start))
      : OWN_IN_MATCH.test(s.slice(c.start, c.end)) || OWN_PLACE.test(s) || OWN_SHOP_THERE.test(s) || FINDS_US.test(s) || WEB_ADDRESS.test(s);
  if (cheaper && !negatedBefore(cheaper.start) && ownPlace(cheaper)) return { kind: 'shop-elsewhere', ...cheaper };
  const what = find(WHAT_ELSE, s);
  if (what && !negatedBefore(what.start)) return { kind: 'shop-elsewhere', ...what };
  const code = find(CODE_USE, s);
  if (code && !negatedBefore(code.start)) return { kind: 'code-use', ...code };
  const bare = find(CODE_BARE, s);
  if (bare && ENTRY_VERB.test(s) && CHECKOUT_PLACE.test(s) && !negatedBefore(bare.start)) return { kind: 'code-use', ...bare };
  const free = find(SHIPPING_THRESHOLD, s);
  if (free && !negatedBefore(free.start) && !AMAZONS.test(s) && !OWN_ORDER_PAST.test(s)) return { kind: 'shipping-threshold', ...free };
  const freeShip = find(FREE_SHIP, s);
  if (freeShip && ORDER_AMOUNT.test(s) && /\d/u.test(s) && !negatedBefore(freeShip.start) && !AMAZONS.test(s) && !OWN_ORDER_PAST.test(s)) return { kind: 'shipping-threshold', ...freeShip };
  const last = find(LAST_CALL, s);
  const leaves = last && find(LEAVES_STORE, s.slice(last.end));
  if (last && leaves && !negatedBefore(last.start) && !SERVICE_AFTER.test(s)) return { kind: 'last-call', start: last.start, end: last.end + leaves.end };
  return null;
}

/** The literals one of the kinds needs (a sentence without any costs one scan). */
export const ELSEWHERE_ANCHOR =
  /last day|final|letzter tag|nur noch heute|dernier jour|dernières heures|último día|últimas horas|ultimo giorno|ultime ore|último dia|最終日|本日まで|free|versandkostenfrei|kostenlos|gratis|gratuit|offert|grátis|送料無料|checkout|check-out|cart|basket|payment|kasse|warenkorb|bezahl|bestellvorgang|paiement|panier|pago|pagar|carrito|cesta|pagamento|carrello|cassa|carrinho|finalizar|カート|お支払い|決済|search|type |look up|suchen|such|cherchez|tapez|recherchez|busca|busque|escrib|cerca|cerchi|digit|scrivi|pesquis|procur|で検索|でお調べ|ebay|etsy|walmart|rakuten|kaufland|cdiscount|fnac|mercado|shopify|temu|aliexpress|楽天|yahoo|ヤフー|メルカリ|google|bing|duckduckgo|suchmaschine|moteur de recherche|buscador|motore di ricerca|グーグル|cheaper|günstiger|billiger|moins cher|frais|barat|comisiones|economic|commissioni|taxas|安く|what else|sonst|noch|d'autre|más|altro|o que mais|use |pop |enter |apply|type |add |utilisez|entrez|saisissez|verwenden|nutzen|geben sie|usa |utilice|introduce|utilizza|inserisci|digite|insira|shipping|delivery|versand|livraison|port |envío|envio|spedizion|frete|送料|last call|last chance|letzte chance|dernière chance|última|ultima|ラストチャンス|onlineshop|online-shop|online shop|webshop|website|webseite|homepage|site|sito|web|online|e-shop|loja|サイト|ホームページ|ショップ/u;
/** The promotion cue's source: the anchor's literals (as PITCH_CUE_SOURCE: a pattern opening with a common verb would wake the cue on
 *  nearly every sentence). */
export const ELSEWHERE_CUE_SOURCE = writtenSource(ELSEWHERE_ANCHOR).split('|').filter((part) => !part.includes('\\')).join('|');
