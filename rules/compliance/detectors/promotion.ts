// A promotion in plain words is marketing in every language (policy.md §2: upsells, "check out our
// other products", new arrivals), whatever product it names: "our new X has double the suction and is
// on offer right now", "customers who bought this also love our matching pillow covers", "grab the
// 3-pack and save", "Unser neues Modell ... ist jetzt erhältlich", "Découvrez aussi notre gamme ...",
// "新商品が発売されました". The lexicons know coupon words and many fixed phrases; this reads the
// structure of a sentence from a few small cue classes, the same in the seven languages:
//   invite     a suggestion to look or buy (check out, entdecken Sie, découvrez, scopri, confira, ぜひ…ご覧)
//              whose object is something else on sale: other products, a range, a bundle, the store,
//              or "our <thing>" that is not a help page;
//   novelty    a new or offered product of the seller's (our new X, now available, just launched, on
//              offer, neu, nouveau, novità, lançamento, 新発売) that is not the buyer's own item;
//   cross-sell other buyers' choices or a matching item ("customers who bought ... also", "passend",
//              "a juego", "おそろい") next to something the seller sells;
//   bundle     a multi-pack and a saving ("the 3-pack ... save", "im Doppelpack günstiger").
// Guards, per sentence: the buyer's own order, a replacement, a refund, tracking, a manual or an update
// ("we will send you a new one", "the new tracking number", "the model you received is the new
// version"); "no longer on sale"; and a sentence that answers the buyer's own question about another
// item ("Yes, the 3-pack fits too" after "Does the 3-pack fit?"). Pure, linear: each sentence (at most
// SENTENCE_MAX characters) is read by a fixed number of patterns with bounded gaps.
import { turnIn } from './topic-turn';
import { accentOptionalRe } from '../accent-optional';
import { cueWithin, defineCue, type CueHits } from './entry-index';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { EVENT_CAUSE, EVENT_CAUSE_AFTER, notOrderNews, socialNetworksExcept } from '../lexicon/shared';
import { E, NEGATION, OWN_ORDER, W, re } from './promotion-guards';
import { gatedTest, mayMatch } from './literal-gate';
import { AMAZONS, PITCH_ANCHOR, PITCH_CUE_SOURCE, SERVICE_LINE, partsSaleIn, pitchIn, upgradeWishIn, type PitchKind } from './unasked-pitch';
import { compactRegExp, writtenSource } from './compact-letters';
import { PREORDER_TALK, PUSH_ANCHOR, PUSH_CUE_SOURCE, RESTOCK_TALK, SPARE_WORDS, interestOfferIn, priceCutIn, pushIn, urgedIn, type PushKind } from './purchase-push';
import { STANDING_ANCHOR, STANDING_CUE_SOURCE, standingOfferIn, type StandingKind } from './standing-offer';
import { EXTRA_ANCHOR, EXTRA_CUE_SOURCE, extraOfferIn, type ExtraKind } from './extra-offer';
import { ELSEWHERE_ANCHOR, ELSEWHERE_CUE_SOURCE, elsewhereIn, type ElsewhereKind } from './elsewhere-offer';

/** A reference's abbreviation before a dot: "réf.", "ref.", "cod.", "art.", "nr.", "mod.", "núm." (not "no.", which may end a reply's "No.") (a product code follows);
 *  (s22 blind a de-020) or "about" / "including" abbreviated ("um ca. 10 % steigen", "approx. 3 kg", "inkl. Induktion"): the sentence goes on. */
const REF_ABBREVIATION = /(?<![\p{L}])(?:r[ée]f|cod|art|nr|mod|núm|num|nº|n°|ca|approx|inkl|ggf|evtl|bzw)$/u;
/** Sentences longer than this are read in slices of this size: bounded work per pattern. */
const SENTENCE_MAX = 400;
const STOPS = new Set(['.', '!', '?', ';', '\n', '。', '！', '？']);

// (the guards HARD_GUARD, OWN_ORDER and NEGATION read "commandee"/"commandée" alike: accent-optional.ts)

/** invite: a suggestion to look at, try or buy something. */
// (s19 blind c: "pensez aussi à notre feu arrière assorti" - the "also" between the verb and its object)
// (s19 blind a: one seller's own recommendation, in the singular - "le consiglio il nostro Vortex 800", "recomendo o nosso",
// "te recomiendo nuestra", "je vous recommande notre", "ich empfehle Ihnen unser", "I'd recommend our")
const INVITE = re(
  `${W}(?:(?:ti|le|vi) consiglio (?:anche )?(?:il |la |i |le |l')?nostr\\p{L}{0,3}|recomendo (?:também )?(?:o |a |os |as )?noss\\p{L}{0,3}|(?:te|le|les|os) recomiendo (?:también )?nuestr\\p{L}{0,3}|je vous recommande (?:aussi )?(?:notre|nos)|ich empfehle ihnen (?:auch )?unser\\p{L}{0,3}|i(?:'d| would)? (?:also )?recommend our|check out|have you (?:seen|tried|met) our|did you know (?:that )?we (?:also )?(?:make|sell|have)|kennen sie (?:schon|bereits) unser\\p{L}{0,3}|connaissez-vous (?:déjà )?not\\p{L}{0,3}|vous connaissez (?:déjà )?not\\p{L}{0,3}|conoce(?:s)? (?:ya )?nuestr\\p{L}{0,3}|conosce (?:già )?(?:i |le |il |la |l')?nostr\\p{L}{0,3}|conosci (?:già )?(?:i |le |il |la |l')?nostr\\p{L}{0,3}|já conhece (?:o |a |os |as )?noss\\p{L}{0,3}|take a (?:look|peek|glance) at|have a (?:look|peek|glance) at|discover|explore|browse|grab|don'?t miss|do not miss|treat yourself to|pick up|why not (?:try|add|get)|try our|worth adding|add (?:\\p{L}+ ){0,2}to your (?:basket|cart|order)|you(?:'ll| will| might| may| would)(?: also)? (?:love|like|enjoy)|consider (?:adding|getting|our)|we (?:also )?recommend our|pair (?:it |them )?with our|(?:pair|combine|match) (?:it|them|this|these|(?:the|your) (?:\\p{L}+ ){0,2}\\p{L}+) with|kombinieren sie|associez(?:-le|-la|-les)?|combin(?:a|e)(?:-?(?:lo|la|los|las|o|a))? (?:con|com)|abbina(?:lo|la|li|le)?|entdecken sie|entdecke|entdeckt|stöbern sie|schauen sie (?:sich )?(?:(?:doch|gern|gerne|mal|einfach|auch|ruhig) ){0,3}(?:in|bei|auf|unser\\p{L}{0,2})|werfen sie (?:doch |gern |gerne )?einen blick|sehen sie sich|gönnen sie sich|verpassen sie nicht|probieren sie (?:auch )?unser\\p{L}{0,3}|empfehlen (?:wir )?ihnen (?:auch )?unser\\p{L}{0,3}|tipp:|découvrez|découvre|jetez un (?:œil|oeil|coup d'(?:œil|oeil))|profitez|pensez (?:aussi |également )?à|ne manquez pas|retrouvez|find all|finden sie (?:alle|unsere)|encuentra(?:rás)? (?:todos|todas|nuestr\\p{L}*)|trova(?:te)? (?:tutti|tutte|i nostri|le nostre)|encontre (?:todos|todas|noss\\p{L}*)|ne ratez pas|achetez (?:dès )?maintenant|lassen sie sich (?:\\p{L}+ ){0,2}nicht entgehen|non lasciart[ei] sfuggire|non perderti|no te lo pierdas|não deixe de (?:conferir|aproveitar|ver)|craquez pour|laissez-vous tenter|nous vous recommandons|descubra|descubre|descubran|(?:eche|echa|échele|échale|echele|echale) un (?:vistazo|ojo)|aproveche|aprovecha|no se pierda|no te pierdas|conozca|conoce|(?:le|te|les) recomendamos|pruebe nuestr\\p{L}{0,3}|scopri|scopra|scoprite|dai un'occhiata|dia un'occhiata|date un'occhiata|approfitta|approfitti|non perdere|non perda|(?:ti|le|vi) consigliamo|confira|conheça|d[áê] uma olhada|aproveite|não perca|recomendamos (?:também )?(?:o |a |os |as )?noss\\p{L}{0,3})${E}|ぜひ[^。！？\\n]{0,20}?(?:ご覧|チェック|お試し|ご検討)|(?:ご覧|チェックして|ご検討)(?:ください|くださいませ|みてください)|(?:ご覧|チェック)いただけ(?:ると|れば|たら)(?:嬉しい|うれしい|幸い)|よろしければ[^。！？\\n]{0,20}?(?:ご覧|チェック|ご検討)|(?:あわせて|合わせて)(?:お試し|ご検討|ご利用|お使い)(?:ください|いただけ)|おすすめ(?:です|いたします|します)`,
);

/** Word edges that also keep a domain's labels out ("help.trailnest.store", "example-shop.jp"). */
const WD = '(?<![\\p{L}\\p{N}._/@-])';
const ED = '(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])';

/** Something else on sale: other products, a range, the store, a bundle. A spelled-out dot before it makes the word a
 *  domain's ending, not the seller's store ("grab the wiring diagram at acme dot shop/manuals", "x punto tienda"): the url
 *  finding covers the address (s33 r2x33: dev rows give a manual's link its address label only, 136 of 153). */
const SPELLED_DOT = '(?<!(?<![\\p{L}])(?:dot|punkt|point|punto|ponto) )';
const RANGE = re(
  `${WD}${SPELLED_DOT}(?:other (?:products|items|designs|models|colou?rs|sizes|styles|creations|accessories)|our others|more of our|rest of our|(?:whole |full |entire )?(?:range|collection|line-?up|product line|catalogu?e|storefront|store|shop)|sortiment|kollektion|produktlinie|(?:amazon-|marken)?shop|(?:unsere[nmr]?|weitere[nmr]?) (?:anderen |weiteren )?(?:produkte|artikel|modelle|farben)|gamme|collection|boutique|vitrine|catalogue|nos autres|autres (?:produits|créations|articles|modèles|coloris)|gama|colección|línea|tienda|catálogo|(?:nuestros|nuestras) otr[oa]s|otros productos|linea|gamma|collezione|negozio|catalogo|(?:altri|altre) (?:nostri|nostre)|(?:nostri|nostre) (?:altri|altre)|altri prodotti|linha|coleção|loja|catálogo|(?:nossos|nossas) outr[oa]s|outros produtos)${ED}|他にも|姉妹品|同シリーズ|シリーズ|ストア|ラインナップ|商品一覧`,
);

/** A bundle or multi-pack. */
const BUNDLE = re(
  `${W}(?:\\d+-?(?:pack|set)|(?:twin|two|three|four|multi|value|family|double|triple)[ -]?pack|pack of \\d+|set of \\d+|bundled?|(?:trio|duo|quartet) (?:box|set|pack)|doppelpack|\\d+er-?(?:pack|set)|(?:zweier|dreier|vierer)(?:-?pack|-?set)?|lot de (?:\\d+|deux|trois|quatre)|pack de (?:\\d+|dos|tres|cuatro|deux|trois)|confezione da (?:\\d+|due|tre|quattro)|kit (?:com|de) (?:\\d+|dois|duas|três|quatro)|pacote (?:com|de) (?:\\d+|dois|duas|três|quatro)|paquete de (?:\\d+|dos|tres|cuatro)|(?:pacco|confezione) da (?:\\d+|due|tre|quattro))${E}|\\d+個セット|セット(?:で|なら|購入)`,
);

/** A saving or a better price; also a lower price told as a cost ("im Doppelpack kostet er deutlich weniger", "costs far
 *  less", "coûte bien moins" - s18 blind b); s25 blind b en-018: a percentage less ("bundle the cleaner with cartridges for 25%
 *  less", "20 % günstiger", "15 % moins cher"). */
const SAVING = re(
  `${W}(?:(?:costs?|kostet|kosten|coûtent|coûte|cuestan?|costano|costa|custam?)(?: \\p{L}+){0,3}? (?:less|weniger|moins|menos|meno)|(?:for )?\\d{1,2} ?% (?:less|cheaper)|\\d{1,2} ?% (?:günstiger|billiger|moins cher|más barat[oa]|in meno|più economic[oa]|mais barat[oa])|save|saving|savings|cheaper|for less|better value|better price|(?:smarter|better|best) buy|value for money|more for your money|lohnt sich|vorteilhafter|plus avantageux|avantageux|sale a cuenta|compensa|vale (?:mais )?a pena|günstiger|billiger|sparen|spart|moins cher|économis\\p{L}*|más económic[oa]|más barat[oa]|ahorr\\p{L}*|conviene|risparmi\\p{L}*|più convenient\\p{L}*|em conta|mais barat[oa]|economiz\\p{L}*)${E}|お得|割安|安くなり|お安く`,
);

/** A launch verb whose object is a process, not a product: "we have launched an investigation with the
 *  carrier", "nous lançons la fabrication dès votre réponse", "lanzamos la producción", "lançamos a
 *  produção" - an order's own work, not a novelty. Whole words, and not a limited or new run ("we've launched a
 *  production-grade version", "lançamos a produção limitada da caneca" are launches; s15 review). */
// (s34: a note or instruction added to the order for the courier is handling too - "We have added a delivery instruction for the
// courier to call", "we've added a note to your order", "abbiamo aggiunto una nota"; s34 blind g1 en-058)
const NOT_A_PROCESS =
  "(?! (?:(?:the|an?|la|le|l'|el|il|lo|a|o|die|den|eine?n?|una?|um|uma|une|su|sua|seu|votre|your|ihre?n?|with|con|com|avec|de|di|da) )?(?:(?:delivery|courier|driver|shipping|special|order|handling) )?(?:instructions?|notes?|remarks?|memos?|comments?|reminders?|nota|notiz|vermerk|hinweis|consigne|instrucci[óo]n|istruzion[ei]|instru[çc][ãa]o|investigations?|claims?|inquiry|enquiry|production|manufacturing|fabrication|fabricación|fabbricazione|fabricação|produzione|producción|produção|procedures?|procédure|procedimiento|procedura|indagine|investigación|investigação|enquête|réclamation|reclamación|reclamo|reclamação|richiesta|demande|solicitud|pedido|commande|ordine|order|engraving|gravure|grabado|incisione|gravação|impression|impresión|stampa|refund|remboursement|reembolso|rimborso|return|retour|devolución|devolução|reso|shipment|envío|envoi|spedizione|envio|préparation|preparación|preparazione|preparação)(?![\\p{L}-])(?! (?:limit|special|spécial|especial|speciale|nov|nuev|nuov|new|exclusiv)))";

/** A novelty or an offer: new, now available, just launched, on offer (s18: also "just went live", "ya están a la venta",
 *  "sono da oggi in vendita", "já estão à venda", "sind ab heute im Handel" - a new range put on sale). */
const NOVELTY = re(
  `${W}(?:brand-?new|newest|new (?:(?:spring|summer|autumn|fall|winter|seasonal|holiday|christmas) )?(?:arrivals?|releases?|launch|models?|versions?|editions?|colou?rs?|colou?rways?|sizes?|flavou?rs?|designs?|lines?|range|collection|products?|items?|brands?|labels?)|latest (?:model|version|edition|collection|range)|now (?:available(?: in)?|in stock|out|on sale)|(?:is|are) out now|(?:just|newly|recently) (?:released|launched|arrived|landed|dropped|added|restocked)|(?:goes|went|gone) live|(?:is|are) now live|(?:ya )?(?:está|están) a la venta|(?:è|sono) (?:ora |da oggi )?in vendita|(?:já )?(?:está|estão) à venda|(?:est|sont) (?:désormais |maintenant )?en vente|(?:ist|sind) (?:jetzt|ab heute) im handel|(?:launches|comes out|drops) on|(?:has|have) (?:just )?(?:landed|arrived) on amazon|back in stock|on offer|on special|on promotion|selling fast|coming soon|most popular|best-?sell\\p{L}*|bestsellers?|top sellers?|top-selling|most (?:ordered|requested|bought|loved|wanted|praised|acclaimed)|best-?loved|(?:fan|customer|crowd) favou?rites?|meist(?:gekauft|bestellt|verkauft|gefragt|geliebt)\\p{L}{0,3}|(?:der |ein |unser )renner|verkaufsschlager|(?:notre |nos |le |les )?produits? (?:stars?|phares?)|(?:notre |nos )(?:articles?|modèles?) phares?|(?:le |la |les )?plus (?:demandée?s?|commandée?s?|populaires?|plébiscitée?s?|appréciée?s?|aimée?s?)|product(?:o|os) estrella|(?:lo|el|la|los|las) más (?:pedid|solicitad|buscad|querid|popular|valorad)\\p{L}{0,3}|(?:il |la |i |le )?più (?:richiest|ordinat|amat|popolar|apprezzat)\\p{L}{1,2}|prodott[oi] di punta|campe(?:ão|ões) de vendas?|(?:o |a |os |as )?mais (?:procurad|pedid|amad|popular|elogiad)\\p{L}{0,3}|queridinh\\p{L}{1,2}|we(?:'ve| have)? (?:just |now |recently )?(?:launched|released|introduced|brought out|added)${NOT_A_PROCESS}|we(?:'re| are) (?:launching|releasing)${NOT_A_PROCESS}|(?:an )?upgrade to|(?:fancy|want|need|consider) an upgrade|demnächst|beliebteste[nmrs]?|meistverkaufte[nmrs]?|bientôt disponible|le plus vendu|(?:notre |nos )?meilleures? ventes?|(?:nous )?venons de (?:lancer|sortir)${NOT_A_PROCESS}|vien(?:t|nent) d'arriver|próximamente|más vendid[oa]s?|(?:(?:hemos )?lanzado|lanzamos)${NOT_A_PROCESS}|prossimamente|più vendut[oaie]|abbiamo (?:appena )?lanciato${NOT_A_PROCESS}|em breve|mais vendid[oa]s?|lançamos${NOT_A_PROCESS}|(?:currently |now )?(?:reduced|discounted|marked down)|(?:we )?now (?:stock|carry|sell|offer)|reduziert|réduit\\p{L}?|rebajad[oa]s?|scontat[oaie]|com desconto|(?:now|also) comes? in|gibt es (?:\\p{L}+ ){0,3}auch in|existe (?:aussi|également|désormais) en|también (?:viene|está disponible|la tenemos|lo tenemos) en|(?:c'è|esiste|disponibile) anche in|(?:vem|existe|tem) também (?:na|no|em)|now (?:also )?in \\d+|bigger (?:brother|sister|sibling)|big (?:brother|sister)|neue[snmr]? (?:modell|version|farben?|größen?|kollektion|produkte?|serie|variante|artikel|marke|produktlinie|linie)|jetzt (?:auch )?(?:erhältlich|verfügbar|im angebot)|ab sofort|gibt es jetzt|(?:frisch|neu|gerade) eingetroffen|(?:gerade|soeben|eben|frisch|neu) erschienen|just came out|(?:has|have) just come out|neu im sortiment|neuheit(?:en)?|nouveau(?:x)? (?:modèles?|produits?|coloris)|nouvel(?:le)?s? (?:version|gamme|collection|couleur|taille|édition|marque|ligne)|(?:(?:nous )?lançons|lancerons)${NOT_A_PROCESS}|nouveauté|disponible dès maintenant|désormais disponible|existe désormais|vien(?:t|nent) de sortir|en promotion|à petit prix|nuev[oa]s? (?:modelos?|versión|versiones|colección|gama|línea|colou?r(?:es)?|tallas?|productos?|marcas?)|${notOrderNews('novedad(?:es)?')}|ya (?:está|están) disponibles?|ya disponible|acabamos de (?:lanzar|sacar|estrenar)${NOT_A_PROCESS}|recién llegad[oa]s?|(?:de|en) oferta|(?:ya )?viene también|también viene|nuov[oaie] (?:modell[oi]|version[ei]|collezion[ei]|line[ae]|color[ei]|tagli[ae]|prodott[oi]|marchi[oi]|marc[ah]e?)|lanciamo${NOT_A_PROCESS}|${notOrderNews('novità')}|(?:già|ora) disponibil[ei]|appena (?:uscit|arrivat|lanciat)[oaie]|in offerta|ora esiste anche|nov[oa]s? (?:modelos?|versão|versões|coleção|coleções|linha|cor|cores|tamanhos?|produtos?|marcas?)|lançamentos?|acabamos de lançar${NOT_A_PROCESS}|já (?:está|estão) disponíve(?:l|is)|agora vem também|vem também|chega(?:ram|ou) noss\\p{L}*|chegou (?:a|o) nov[oa]|acab(?:ou|aram) de chegar|em promoção)${E}|新しい(?:モデル|シリーズ|カラー|タイプ|デザイン)|(?:サイズ|カラー|色|タイプ|モデル|セット|シリーズ)(?:違い)?も(?:ございます|ご用意|あります|取り揃え)|お買い得|セール中|特価|新商品|新発売|新登場|新色|新作|人気(?:no\\.? ?1|ナンバーワン|第1位|1位)|一番人気|売れ筋|ランキング1位|新ブランド|ブランドを立ち上げ|発売(?:され|しました|いたしました|中|開始)|入荷(?:しました|いたしました|しております)|(?<!で)(?:も|を)(?:販売|取り扱|ご用意)(?:して|いたして|しており|中)`,
);

/** NOVELTY's "most wanted" forms, which need the seller's own item beside them (see the novelty branch). */
const MOST_WANTED = /^(?:most (?:ordered|requested|bought|loved|wanted)|(?:le |la |les )?plus |(?:lo|el|la|los|las) más |(?:il |la |i |le )?più |(?:o |a |os |as )?mais )/u;
/** A new version or model named ("a new version", "eine neue Version", "une nouvelle version", "una nueva versión", "una nuova versione", "uma nova
 *  versão", "a new model"). */
const DEV_NEW = re(`${W}(?:(?:a |an )?(?:new|improved|updated|better) (?:version|model|design)|(?:eine[nm]? )?(?:neue[nmrs]?|verbesserte[nmrs]?) (?:version|modell|ausführung)|(?:une )?(?:nouvelle|meilleure) version|(?:un )?nouveau modèle|(?:una )?(?:nueva|mejor) versión|(?:un )?nuevo modelo|(?:una )?nuova versione|(?:un )?nuovo modello|(?:uma )?nova versão|(?:um )?novo modelo)${E}`);
/** (s27 r2) A new version or model still being developed, told as news of the product's development after a complaint ("our team is
 *  working on a new version with a stronger spring", "wir arbeiten an einer neuen Version", "nous travaillons sur une nouvelle version",
 *  "estamos trabajando en una nueva versión", "stiamo lavorando a una nuova versione", "estamos trabalhando numa nova versão") - no item
 *  offered yet. Read on the 40 characters before the novelty; the sentence must offer nothing (DEV_OFFER).
 *  near-misses that stay marketing: "we're working on a new version - pre-order yours now", "wir entwickeln ein neues Modell, tragen
 *  Sie sich jetzt ein und sichern Sie sich 10 %", "estamos desarrollando un nuevo modelo que ya puedes reservar". */
const IN_DEVELOPMENT = re(
  // (s28: one adverb between the verb and its preposition - "nous travaillons effectivement sur une nouvelle version", "we are
  // actually working already on", "estamos trabajando justamente en", "stiamo lavorando proprio a", "estamos trabalhando justamente
  // numa"; one word, so a clause cannot slip in)
  // (s32 prec32b: the Italian and French contracted prepositions - "stiamo lavorando alla nuova serie", "nous travaillons au nouveau modèle")
  `${W}(?:(?:working|work)(?: [\\p{L}]{2,14})? on|developing|designing|looking (?:at|into)|testing|prototyping|arbeite[nt]? (?:\\p{L}+ ){0,2}an|entwickel\\p{L}{0,3}|tüftel\\p{L}{0,3}|travaill\\p{L}{0,4}(?: [\\p{L}]{2,14})? (?:sur|à|au|aux)|développ\\p{L}{0,4}|concev\\p{L}{0,4}|trabaj\\p{L}{0,5}(?: [\\p{L}]{2,14})? (?:en|sobre)|desarroll\\p{L}{0,5}|diseñ\\p{L}{0,5}|lavor\\p{L}{0,5}(?: [\\p{L}]{2,14})? (?:a|su|ad|al|alla|allo|ai|alle|sul|sulla|sullo|sui|sulle)|svilupp\\p{L}{0,5}|progett\\p{L}{0,5}|trabalh\\p{L}{0,5}(?: [\\p{L}]{2,14})? (?:em|numa|num|na|no|sobre)|desenvolv\\p{L}{0,5})(?: [\\p{L}'-]+){0,3} $`,
);
/** A version or edition, and a document sent or named in its sentence (s29: a manual's new version attached). */
const VERSION_WORD = re(`${W}(?:version|versi[oó]n|versione|vers[ãa]o|[ée]dition|ausgabe|auflage|fassung)${E}|版`);
const DOCUMENT_SENT = re(
  `${W}(?:attached|attachment|pdf|hängt\\p{L}{0,2} (?:\\p{L}+ ){0,4}an|anbei|im anhang|ci-joint\\p{L}{0,2}|pi[èe]ce jointe|jointe?|adjunt\\p{L}{1,2}|in allegato|allegat\\p{L}|em anexo|anexad\\p{L}|manual\\p{L}{0,2}|\\p{L}{0,12}anleitung|notice|mode d'emploi|instructions|instrucciones|istruzioni|instru[çc][õo]es|guide)${E}|添付|説明書|マニュアル`,
);
/** Updating or downloading software, firmware or an app (a new version told with it is an update of the bought product). */
const SOFTWARE_UPDATE = re(
  `${W}(?:updates?|updating|firmware|download\\p{L}{0,3}|aktualisier\\p{L}{0,4}|herunterlad\\p{L}{0,4}|heruntergeladen|mises? à jour|mettre à jour|télécharg\\p{L}{0,5}|actualizaci[óo]n(?:es)?|actualizar|descarg\\p{L}{0,5}|aggiornament[oi]|aggiornare|scaric\\p{L}{0,5}|atualiza[çc](?:ão|ões)|atualizar|baix\\p{L}{1,5})${E}|アップデート|更新|ダウンロード`,
);
/** A new version or model told as still being developed, with no offer in the sentence (the learned layer's guard, check.ts). */
export function developmentNews(s: string): boolean {
  const m = DEV_NEW.exec(s);
  return m !== null && IN_DEVELOPMENT.test(s.slice(Math.max(0, m.index - 40), m.index)) && !DEV_OFFER.test(s);
}
/** A marketing phrase (a dearer or new version or model) that is the object of a development verb in the 40 characters `before`
 *  it, with no offer in its `sentence` (normalized): "notre équipe travaille sur une version plus silencieuse" - news of the
 *  product, as developmentNews, for the lexicon's premium-version entries and the upsell branch (s31 prec31b). */
export function versionInDevelopment(before: string, sentence: string): boolean {
  return IN_DEVELOPMENT.test(before) && !DEV_OFFER.test(sentence);
}
/** ... with an offer beside it (it is then a promotion of the coming item). */
const DEV_OFFER = re(
  `${W}(?:pre-?order\\p{L}*|preorder\\p{L}*|vorbestell\\p{L}*|pr[ée]-?command\\p{L}*|preventa|pre-?ordin\\p{L}*|pré-venda|reserv\\p{L}*|waitlist|waiting list|warteliste|liste d'attente|lista de espera|lista d'attesa|sign up|subscribe|notify|tragen sie sich|inscri\\p{L}*|iscriv\\p{L}*|cadastr\\p{L}*|discount\\p{L}*|rabatt\\p{L}*|remise|réduction|descuento|sconto|desconto|\\d{1,2} ?%|buy|order (?:it|one|yours)|kaufen|bestellen|acheter|commander|comprar|pedir|acquistare|ordinare|available|erhältlich|verfügbar|disponib\\p{L}*|on sale|à venda|a la venta|in vendita|en vente|launch\\p{L}*|out (?:now|next)|upgrade|swap|exchange|tausch\\p{L}*|échang\\p{L}*|cambi\\p{L}*|troc\\p{L}*)${E}|予約|販売|発売`,
);
/** The seller describing itself as new, not offering a new item: "we're a tiny new brand and still pack every order by hand",
 *  "wir sind eine kleine neue Marke", "nous sommes une nouvelle marque", "siamo un marchio nuovo" (s20 blind m en-004). Read on
 *  the 40 characters up to the novelty's end: the self-description must be the novelty itself. */
const SELF_DESCRIBED = re(
  `${W}(?:we're|we are|i'm|i am|wir sind|ich bin|nous sommes|je suis|somos|soy|siamo|sono|sou) (?:(?:an?|eine?|une?|una?|uno|um|uma|ein) )?(?:\\p{L}+ ){0,2}?(?:(?:new|neue?|nouvelle|nouveau|nueva|nuevo|nuova|nuovo|nova|novo|young|junge?|jeune|joven|giovane|jovem) (?:brand|label|business|shop|store|company|marke|firma|laden|label|marque|boutique|entreprise|maison|marca|tienda|empresa|negozio|azienda|marchio|loja)|(?:brand|marke|marque|marca|marchio|tienda|negozio|loja|empresa|azienda) (?:nueva|nouvelle|nuova|nova|jeune|joven|giovane|jovem))${E}$`,
);

/** The bought item's own packaging or label told as restyled, answering which item it is: 「パッケージのみ新しいデザインに変更となって
 *  おります」, "only the packaging has a new design", "nur die Verpackung hat ein neues Design" - nothing else is offered. Read on the
 *  30 characters before the novelty: the packaging word must be its subject. */
// why: s33 g7 ja-012 (a JAN code confirmed, the package's new design named as a fact)
const PACKAGING_RESTYLED = re(
  `${W}(?:packaging|package|box|label|verpackung|karton|etikett|emballage|bo[iî]te|[ée]tiquette|embalaje|caja|etiqueta|confezione|scatola|etichetta|embalagem|caixa|r[óo]tulo)${E}[^.!?;]{0,30}$|(?:パッケージ|外箱|化粧箱|ラベル|包装)(?:のみ|だけ)?(?:が|は|も)?[^。！？]{0,8}$`,
);
/** ... for a novelty that is a new look itself (新しいデザイン, a new design), not a set or a range on offer (「ギフト箱入りセットもご用意」). */
const NEW_LOOK = /新しい|new|neu|nouv|nuev|nuov|nov[oa]/u;
/** A novelty that names a new item by itself ("new arrivals", "Neuheit", "novità", "新商品"), as
 *  against a state ("now available", "on offer") that needs the seller's product next to it. A bare
 *  variant ("Il existe aussi en bleu", "also comes in grey") is a product fact, not an offer, unless
 *  the seller's range, a product word or a time ("now available in") comes with it. */
const NEW_ITEM = /upgrade|available in|pre-?order|vorbestell|commande|preventa|pre-?ordini|venda|limit|about to|per (?:lanciare|uscire|arrivare)|bientôt|a punto|lançar|erweitern|ergänzen|expand|élargi|ampli|added to|aggiunt|ajouté|añadid|adicionad|予約|限定|登場|lançons|lancerons|lanciamo|ブランド|ございます|ご用意|あります|取り揃え|お買い得|セール|特価|new|neu|nouv|nuev|nuov|novità|novedad|nov[oa]s?\s|lança|新|brother|sister/u;

/** The seller's own range: "our X", "we make/sell", a possessive followed by a new item. */
const SELLER_OWN = re(
  `${W}(?:our|we(?:'ve| have)? (?:just )?(?:got|have|make|sell|offer|carry|released|launched)|unser\\p{L}{0,2}|bei uns|wir (?:haben|bieten|führen)|notre|nos|nuestr[oa]s?|(?:il |la |i |le )?nostr[oaie]|noss[oa]s?)${E}|当店|弊社|弊店`,
);

/** "our" before the seller's people, not a product: "our buyers", "our regular customers", "unsere Kunden", "nos clients", "nuestros
 *  clientes", "i nostri clienti", "nossos compradores" (not "our team picks", a pitch). */
// why: s25 blind c en-022 - "you'll love it - most of our buyers rate ..." read as "you'll love our <item>" (a social-proof
// `leading` row; the liking is promised for the bought item)
const OUR_PEOPLE = re(
  `^(?:our|unser\\p{L}{0,2}|notre|nos|nuestr[oa]s?|(?:il |la |i |le )?nostr[oaie]|noss[oa]s?) (?:(?:other|many|regular|happy|loyal|own|anderen|vielen|zufriedenen|autres|nombreux|otros|muchos|altri|molti|outros|muitos) )?(?:buyers|customers|clients|shoppers|users|kunden|käufer\\p{L}{0,2}|nutzer\\p{L}{0,2}|clientes|compradores|usuarios|clienti|acquirenti|utenti|utilizadores|usuários|utilisateurs|acheteurs)${E}(?!['’-])`,
);

/** A product word the novelty speaks of (when neither "our" nor "also" says it is the seller's).
 *  (s18: a size told as a format - "nous venons de sortir la même bougie en format 400 g", "en formato XL"; the size after it: "in PDF format" is a file, s18 review 2) */
const PRODUCT_WORD = re(
  `${W}(?:(?:formats?|formatos?|formati|formate) (?:\\d|xs|s|m|l|xl|xxl|familial|famil\\p{L}*|maxi|mini|voyage|viaje|viaggio|viagem|reise)|models?|versions?|sizes?|colou?rs?|range|collection|editions?|packs?|sets?|modell|version|größen?|farben?|modèles?|tailles?|couleurs?|coloris|modelos?|versión|tallas?|colou?res?|modell[oi]|version[ei]|tagli[ae]|color[ei]|versão|tamanhos?|cores?|cor|tamaños?)${E}`,
);

/** "too", "also": another item besides the one bought. */
// (not the German "also", so: "es fehlt also nichts"; s18: "も当店で取り扱って" - the shop also stocks another item besides
// the one bought: "ご購入いただいたマグカップと同じシリーズのソーサーも当店で取り扱っております")
const ALSO = re(`${W}(?:also(?! (?:nichts|kein\\p{L}*|ist|sind|war|bitte|gut|alles|nicht))|too|as well|auch|ebenfalls|aussi|également|désormais|también|anche|também)${E}|も(?:販売|取り扱|ご用意|人気|好評)|も(?:当店|弊社|弊店)(?:で|にて)(?:も)?(?:販売|取り扱|ご用意|取り揃え)|も[^。、！？\\n]{0,4}(?:ご好評|好評を|人気を)`);

/** "the other buyers too", closing its clause: the buyers as an audience to tell ("Conta isso para os outros compradores
 *  também?", "... et les autres clients aussi, sur la page"), not as buyers of another item (s16 blind batch). */
const OTHERS_TOO = re(
  `${W}(?:other|andere[nr]?|autres|otros|altri|outros) (?:customers|buyers|shoppers|kunden|käufer\\p{L}{0,2}|clients|clientes|clienti|compradores|acquirenti) (?:also|too|auch|aussi|también|anche|também)\\s*(?:[?!.,;:]|$)`,
);
/** The seller offers an item: "we also have the same model in family size", "abbiamo anche la versione grande". */
// (the Brazilian informal "a gente vende" is "we sell" - s25 blind d pt-159: "O refil desse filtro a gente vende separado em lojadoze
// ponto com ponto br, lá sai em pacote com 3" was url + offplatform only; and "pacote com 3" in BUNDLE)
// (s36 fi36: the French spoken "on" for "nous" - "on a aussi un lot de 2 filtres à 9 €", "on propose également des housses"; an
// article after it, so a past tense, "on a aussi vérifié la commande", is no offer)
const SELLER_OFFERS = re(
  `${W}(?:we (?:also )?(?:offer|sell|make|carry|stock)|we also have|wir (?:bieten|verkaufen|führen)|wir haben (?:\\p{L}+ )?auch|nous (?:proposons|vendons|fabriquons)|nous avons aussi|on (?:a|propose|vend|fabrique) (?:aussi|également)(?= (?:un|une|des|le|la|les|ce|cette|ces)(?![\\p{L}']))|(?:también )?(?:ofrecemos|vendemos|fabricamos)|tenemos también|también tenemos|offriamo|vendiamo|produciamo|abbiamo anche|oferecemos|fabricamos|temos também|também temos|a gente (?:também )?(?:vende|oferece|fabrica|faz)|a gente tem também)${E}`,
);

/** "The only one" right before the seller's offer verb: it tells there is nothing else ("the 1.2 m cable is the only one
 *  we offer", "c'est la seule taille que nous proposons", "es la única que ofrecemos", "è l'unica che offriamo", "a única que
 *  oferecemos", "die einzige, die wir anbieten" - s18 blind f). */
const ONLY_ONE = re(
  `${W}(?:(?:the )?only (?:one|\\p{L}+)(?: that)?|seul(?:e|s|es)? (?:\\p{L}+ )?(?:que|qu')|únic[oa]s? (?:\\p{L}+ )?que|unic[oaie] (?:\\p{L}+ )?che|einzige\\p{L}{0,2},? (?:die|den|das|der))\\s*$`,
);
/** "Only" opening what follows the seller's offer verb: the one item there is, no alternative ("we sell only this size"). */
const ONLY_AFTER = /^\s(?:only|just|exclusively|nur|ausschließlich|seulement|uniquement|exclusivement|solo|sólo|solamente|únicamente|soltanto|unicamente|esclusivamente|só|apenas|somente|exclusivamente)(?![\p{L}])/u;
/** More or other items (with a store word anywhere in the sentence: "En nuestra tienda encontrará más modelos"). */
const OTHER_ITEMS = re(
  `${W}(?:(?:more|other) (?:models|products|designs|colou?rs|sizes|styles|lamps|items)|(?:weitere|mehr|andere) (?:modelle|produkte|farben|größen|artikel|designs)|noch mehr|d'autres (?:modèles|produits|coloris|tailles|articles)|(?:más|otros) (?:modelos|productos|colores|tallas|diseños)|altr[ie] (?:modelli|prodotti|colori|taglie|articoli)|(?:mais|outros) (?:modelos|produtos|cores|tamanhos)|outras cores)${E}|他の商品|他のカラー|他のモデル`,
);

/** A purchase still to come: "next time you order", "für Ihre nächste Bestellung", "次回". */
// (s19 blind c: "Probierpackung", "un petit échantillon" - the sample of a benefit with its size word)
// (s19 blind a: the next time told as a clause, accent or not - "la proxima vez que nos compres te meteremos de regalo ...",
// "da próxima vez que comprar", "la prochaine fois que vous commandez", "la prossima volta che ordini", "wenn Sie das
// nächste Mal bei uns bestellen")
// (s19 blind c: the order noun left out after the bought one, before a comma - "Merci pour votre deuxième commande. Pour la
// prochaine, on glissera un petit échantillon", "para la próxima, te metemos", "per la prossima, ...", "bei der nächsten, ...")
// (s21 blind v: the next order as the subject of its perk - "as a thank you, your next order with us ships free!"; "your next order
// is arriving Monday" has no benefit, which (f) needs)
// (the European Portuguese order: "ganhe um desconto na próxima encomenda" - s25 pt; a benefit must go with it, so "na próxima
// encomenda seguirá a peça em falta" is no offer)
const NEXT_ORDER = re(
  `${W}(?:(?:pour|à) (?:la|votre) prochaine(?= ?,)|(?:para|en) (?:la|tu|su) próxima(?= ?,)|(?:per|alla|al) (?:la |il )?prossim[oa](?= ?,)|(?:para|na) (?:a )?próxima(?= ?,)|(?:bei|für) (?:der|die|ihrer|ihre) nächsten?(?= ?,)|next time you (?:order|shop|buy)|(?:la )?pr[oó]xima vez que (?:nos |me )?(?:compres|compre|compréis|compren|pidas|pida|pidáis|pidan|hagas|haga)|(?:da|na) pr[oó]xima vez que (?:você )?(?:comprar|pedir|encomendar|fizer)|la prochaine fois que vous (?:commande[zr]?|commanderez|achete[zr]?|achèterez|passe[zr]? commande)|la prossima volta che (?:ordin|compr|acquist)\\p{L}*|(?:das )?nächste mal(?:,)? (?:wenn sie )?(?:\\p{L}+ ){0,2}(?:bestellen|kaufen|einkaufen)|(?:for|on|with) your next (?:order|purchase)|your next (?:order|purchase)(?: (?:with|from|at) us)?(?= (?:ships (?:for )?free|gets|comes with|will (?:ship (?:for )?free|get|come with)|is (?:on us|free|\\d{1,2} ?%)))|nächste[nm]? (?:bestellung|einkauf|kauf)|prochaine (?:commande|achat)|prochain achat|próxim[oa] (?:pedido|compra)|prossim[oa] (?:ordine|acquisto)|próxim[oa] (?:pedido|compra|encomenda))${E}|次回(?:の)?(?:ご購入|ご注文|お買い物|ご利用)|次の(?:お買い物|ご注文|ご購入)`,
);

/** A dearer model or version: "the bigger model", "die größere Version", "la versión Pro". */
const UPSELL = re(
  `${W}(?:(?:bigger|larger|stronger|more powerful|premium|deluxe|pro|upgraded|xl|xxl|max|plus) (?:model|version|edition|size)|(?:größere|stärkere|bessere|premium-|pro-)\\p{L}{0,4}\\s?(?:modell|version|ausführung)|(?:versione|versión|versão|version) (?:pro|plus|premium|deluxe|xl|maxi|grande|más grande|più grande|maior)|(?:modèle|modelo|modello) (?:supérieur|plus grand|más grande|più grande|maior|superior|superiore))${E}`,
);

/** Other buyers' choices or a matching item. */
// (s28 go1 it-020: "coordinate bancarie" are bank details, not a matching item - "coordinato" only before no bank, IBAN, GPS word)
const CROSS = re(
  `${W}(?:(?:customers|buyers|shoppers|kunden|clients|clientes|clienti|compradores|acquirenti)(?: \\p{L}+){0,4}? (?:also|often|auch|oft|aussi|souvent|también|anche|spesso|também|muitas vezes)|(?:great|perfect|ideal) (?:partner|companion|match) for|(?:customers|buyers|people|shoppers|those|anyone) (?:who|that) (?:\\p{L}+ )?(?:bought|ordered|purchased|got|picked|chose|tried|own|owns)|(?:many|most|other) (?:customers|buyers|people|shoppers) (?:pair|combine|add|also|pick|choose|love)|(?:made|designed) to go with|to go with|(?:goes|go|pairs) (?:perfectly |nicely |well )?with (?:it|them|this|your)|matching|kunden,? die|viele kunden|passende[nmrs]?|les clients qui|assorti(?:e|s|es)?|pour aller avec|quienes compraron|los que compraron|clientes que compraron|a juego|que combina|chi ha (?:acquistato|comprato)|abbinat[oaie]|coordinat[oaie](?! (?:bancari\\p{L}|iban|di pagamento|gps|geografic\\p{L}))|quem comprou|combinando com|que combina)${E}|ご購入(?:いただいた|された)?(?:の)?お客様|おそろい|同じ素材|同じシリーズ|同シリーズ|同じデザイン|相性(?:抜群|の良い)`,
);

/** The clause that names the bought item as what other customers bought ("customers who bought this pan", "Kunden, die diese Pfanne
 *  gekauft haben", "les clients qui ont acheté cette veste", "quienes compraron esta chaqueta", "chi ha comprato questa giacca", "quem
 *  comprou essa jaqueta"): blanked before the answer check, whose shared word it would be. */
const BOUGHT_CLAUSE = compactRegExp(
  `${W}(?:(?:(?:customers|buyers|people|shoppers|those|anyone) (?:who|that) (?:have )?(?:bought|ordered|purchased)|(?:les )?clients qui ont (?:acheté|commandé)|(?:quienes|los que|(?:los )?clientes que) (?:compraron|compran|han comprado)|chi ha (?:comprato|acquistato|preso)|quem (?:comprou|compra|levou))(?: [\\p{L}-]+){0,3}|kunden,? die(?: [\\p{L}-]+){0,4}? (?:gekauft|bestellt)(?: haben| hat)?)`,
  'gu',
);
/** Japanese "もおすすめ" (is recommended too) after other customers' purchase: another item besides the bought one ("こちらをご購入の
 *  お客様には、専用の収納ケースもおすすめです" - s25 blind b ja-003); not "…がおすすめです" (care advice for the bought item). */
// (an action recommended too is care advice, not an item: "定期的なお手入れもおすすめです", "ご確認も", "洗浄も", "保管すること
// も" - an honorific verb noun or a care noun right before も)
const JA_ALSO_RECOMMENDED = /(?<!(?:[ごお][\p{Script=Han}\p{Script=Hiragana}]{1,4}|こと|洗浄|保管|乾燥|使用|確認|掃除|交換|手洗い|点検))も(?:おすすめ|オススメ|お勧め|お薦め)/u;
/** German "dazu" (in addition) after other customers' choice. */
const CROSS_ADDED = re(`${W}(?:dazu|zusätzlich)${E}`);
/** The buyer asking whether an item exists or is sold ("幅の広いものはありますか", "売っていますか") and the sentence saying it does
 *  ("幅120cmのタイプもございます"), with no pitch in it: the answer. */
// why: s22 blind a ja-008 - a wider shelf the buyer asked for, "もございます", read as a new type offered
const EXISTS_ASKED = /(?:あります|ございます|ありません|売って(?:い)?ます|販売して(?:い)?ます|買えます|取り扱って(?:い)?ます)か/u;
const EXISTS_TOLD = /(?:ございます|あります|ご用意|取り揃え|販売して|取り扱って|別売り)/u;
const EXISTS_PITCH = /ぜひ|おすすめ|お勧め|お得|新|ご検討|いかが|人気|好評/u;
function existenceAnswered(s: string, buyerWords: ReadonlySet<string>): boolean {
  for (const w of buyerWords) if (EXISTS_ASKED.test(w)) return EXISTS_TOLD.test(s) && !EXISTS_PITCH.test(s);
  return false;
}

/** "you'll love", "you'd love", "vai adorar", "ti piacerà": a liking promised for another item of the seller's. */
const LOVE = re(
  `${W}(?:you(?:'ll|'d| will| might| may| would)(?: also| surely| definitely)? (?:love|like|enjoy|adore)|vous (?:allez (?:adorer|aimer)|aimerez|adorerez)|tu vas (?:adorer|aimer)|(?:te|le|les|os) (?:encantar(?:á|án)|va(?:n)? a encantar)|(?:ti|le|vi) piacer(?:à|anno)|adorerai|adorerete|vai (?:adorar|amar|gostar)|v(?:ai|ão) (?:adorar|amar)|(?:wird|werden) ihnen (?:bestimmt |sicher |garantiert )?(?:auch )?(?:unser\\p{L}{0,2} (?:[\\p{L}-]+ ){1,3})?gefallen|(?:gefällt|gefallen) ihnen (?:bestimmt|sicher|garantiert))${E}|(?:きっと|必ず)?気に入っていただけ`,
);
/** A liking of the bought item that the promise above builds on ("if you like the kettle", "se gostou"). */
// (s19 blind a: the Portuguese future subjunctive and the French present - "E se gostar do resultado, temos o criado-mudo da
// mesma linha", "si le résultat vous plaît", "se le piacerà")
const LIKE_COND = re(
  `${W}(?:if you (?:like|love|enjoy|liked|loved|enjoyed)|wenn ihnen [^.!?\\n]{0,40}gef(?:ällt|allen)|si vous (?:aimez|avez aimé)|si (?:te|le) (?:gusta|ha gustado|gustó)|se (?:ti|le) (?:piace|è piaciut|piacerà)|(?:se|caso) (?:você )?gost(?:ou|a|ar|e)|si (?:\\p{L}+ ){1,3}vous plaît)${E}|お気に召し`,
);
/** "complete the set", "complétez votre service", "completa tu colección", "揃えて": more of a range. */
const COMPLETE = re(
  `${W}(?:complete (?:the|your|this) (?:[\\p{L}-]+ ){1,3}with|(?:vervollständigen|ergänzen|komplettieren) sie (?:[\\p{L}-]+ ){1,3}mit|machen sie (?:das|ihr|ihre|ihren) (?:\\p{L}+ )?komplett|compl[éè]t(?:ez|er) (?:votre|vos|le|la|les|ce|cet|cette) (?:[\\p{L}'-]+ ){1,3}avec|complet[ae] (?:tu|su|sus|tus|el|la|los|las) (?:[\\p{L}-]+ ){1,3}con|complet[ai] (?:il|la|i|le|lo|gli|tuo|tua|il tuo|la tua) (?:[\\p{L}'-]+ ){1,3}con|complete (?:o|a|os|as|seu|sua) (?:[\\p{L}-]+ ){1,3}com)${E}|(?:揃え|そろえ)(?:て|る|れば|ていただ)`,
);
/** The same line or series (the range a completion draws from). */
const SAME_RANGE = re(
  `${W}(?:same (?:series|line|collection|range|family)|(?:gleichen|selben) (?:serie|linie|kollektion|reihe)|même (?:série|gamme|ligne|collection)|mism[oa] (?:serie|línea|colección|gama)|stess[oa] (?:serie|linea|collezione|gamma)|mesm[oa] (?:série|linha|coleção))${E}|同じシリーズ|同シリーズ`,
);
/** An item told to exist, right before the cross word ("there is a matching", "es gibt die passende", "il existe des tasses assorties",
 *  "hay una funda a juego", "c'è il cuscino coordinato", "existe a fronha combinando"); and the Japanese "…もございます" after it. */
const EXISTS_BEFORE = re(`${W}(?:there(?:'s| is| are)|we(?:'ve got| have| also have)|es gibt|gibt es|il existe|il y a|existe[n]?|hay|tenemos|c'è|ci sono|esiste|abbiamo|temos|tem)(?: [\\p{L}'-]+){0,4} $`);
/** A part in the buyer's parcel, not an item on sale ("a matching screw in the small bag", "im Beutel", "incluida en la caja", "同梱"). */
const IN_PARCEL = re(`${W}(?:included|enclosed|in the (?:\\p{L}+ )?(?:box|bag|parcel|package)|im (?:\\p{L}+ )?(?:beutel|paket|karton)|beigelegt|incluid[oa]s?|inclus[ea]?s?|dans le (?:\\p{L}+ )?(?:colis|carton|sachet)|en la (?:\\p{L}+ )?(?:caja|bolsa)|nella (?:\\p{L}+ )?(?:scatola|confezione|busta)|inclus[oa]|na (?:\\p{L}+ )?(?:caixa|embalagem)|incluíd[oa]s?)${E}|同梱|付属`);
const JA_EXISTS_AFTER = /^[^。！？\n]{0,20}?も(?:ございます|ご用意|取り扱|販売)/u;
/** The seller's range as the subject of a welcome: "our range awaits you", "n'attend que vous". */
const AWAITS = re(
  `${W}(?:awaits? you|(?:is|are) waiting for you|n'attend(?:ent)? que (?:vous|toi)|vous attend(?:ent)?|(?:te|le|os|les) esperan?|(?:ti|vi|la) aspett(?:a|ano)|(?:te |lhe )?espera(?:m)? por (?:você|vocês|ti)|warte[nt] (?:schon |bereits )?auf sie)${E}`,
);
/** A purchase still to come, also any or every later one ("bei jeder weiteren Bestellung", "次回以降"). */
const FUTURE_ORDER = re(
  `${W}(?:(?:every|each|any|all) (?:future |further |later )?(?:orders?|purchases?)|future (?:orders?|purchases?)|(?:jede[rnm]?|alle[nm]?|künftige[nm]?|zukünftige[nm]?) (?:weiteren |künftigen |zukünftigen )?(?:bestellung\\p{L}*|einkäuf\\p{L}*|einkauf\\p{L}*)|(?:commandes|achats) (?:futur\\p{L}*|suivant\\p{L}*)|(?:chaque|toute) (?:nouvelle )?commande|(?:futur[oa]s|próxim[oa]s|cada) (?:compras?|pedidos?)|(?:futuri|prossimi|ogni) (?:ordin[ei]|acquist[oi])|(?:futur[oa]s|tod[oa]s (?:as|os)) (?:compras|pedidos))${E}|次回以降|今後の(?:ご注文|ご購入|お買い物)`,
);
/** (s27 r2) Buying from the seller again, told as the condition of a perk: "anyone who orders from us again", "if you shop with us
 *  again", "whoever places another order", "wer erneut bei uns bestellt", "commandez à nouveau chez nous", "si vuelves a comprarnos",
 *  "se ordini di nuovo da noi", "se comprar de novo com a gente", "またのご注文". Read with BENEFIT as the next order is (f); thanks for
 *  the repeat order just placed is no condition (REPEAT_THANKED).
 *  near-misses kept clean: "Thanks for shopping with us again - a little extra is in this box", "if you order again, pick the black one
 *  so it matches" (no perk), "Sobald er wieder bestellbar ist, melden wir uns" (no buyer's order). */
const REPEAT_ORDER = re(
  `${W}(?:(?:order|shop|buy|purchase)(?:s|es|ing|ed)? (?:\\p{L}+ ){0,2}?(?:with|from|at) us again|(?:order|shop|buy|purchase)(?:s|es)? again|(?:place|places|placing) (?:another|a second|a new) order|(?:erneut|wieder|nochmal|noch ?einmal|ein weiteres mal) (?:\\p{L}+ ){0,2}?(?:bestellen|bestellt|bestellst|kaufen|kauft|einkaufen|einkauft)|(?:commande[zr]?|achete[zr]?|commanderez|achèterez) (?:\\p{L}+ ){0,2}?(?:à|de) nouveau|(?:passe[zr]?|passerez|repasse[zr]?) (?:une )?(?:nouvelle|autre) commande|(?:vuelv\\p{L}{1,3}|volver\\p{L}{0,3}) a (?:comprar|pedir|encargar)\\p{L}{0,4}|(?:compr|pid|ped)\\p{L}{1,5} (?:de nuevo|otra vez|nuevamente|de novo|novamente|outra vez)|(?:ordin|acquist|compr)\\p{L}{1,5} (?:di nuovo|nuovamente|un'altra volta)|(?:volt\\p{L}{1,3}) a (?:comprar|pedir)\\p{L}{0,4})${E}|(?:また|再度|もう一度)(?:の)?(?:ご注文|ご購入|お買い物|お買い求め)|リピート(?:購入|注文)`,
);
/** The later parcel named where the gift will be ("in the box", "in the package", "dans le colis", "im Paket"), blanked from the hard guard. */
const LATER_BOX = compactRegExp(`${W}(?:in the (?:box|package|parcel)|included)${E}`, 'gu');
/** Thanks or a past tense before the repeat order: it was just placed ("thanks for shopping with us again", "danke, dass Sie erneut",
 *  "merci d'avoir commandé à nouveau", "gracias por volver a comprar", "grazie per aver ordinato di nuovo", "obrigado por comprar de
 *  novo", "またのご注文ありがとう"). */
const REPEAT_THANKED = re(`${W}(?:thanks?|thank you|danke|dank|merci|gracias|grazie|obrigad[oa])${E}|ありがとう|感謝`);
/** The seller's customer status: returning, loyal, regular ("Stammkunde", "client fidèle", "リピーター"). */
const LOYAL = re(
  `${W}(?:(?:returning|loyal|regular|valued|repeat|vip) (?:customers?|buyers?|shoppers?)|stammkund\\p{L}*|treue[nr]? kund\\p{L}*|(?:clients?|clientes?) (?:fid[eè]le\\p{L}*|habituel\\p{L}*|habitual\\p{L}*|fiel|fiéis|frecuente\\p{L}*|vip)|client[ei] (?:affezionat[oi]|fedel[ei]|abitual[ei])|(?:customers|buyers|clientes|clients|clienti|kunden)(?:,)? (?:who|that|que|qui|che|die) (?:come back|return|repiten|vuelven|reviennent|tornano|voltam|wiederkommen|compram de novo|vuelven a comprar))${E}|リピーター|常連`,
);
/** A benefit for buying again: a discount, a special price, perks, early access. */
// (s19 blind a: a sample or a gift given - "on glissera un échantillon de notre nouveau savon", "a tutte e due regaliamo una
// bustina di tè al prossimo acquisto", "te regalamos", "schenken wir Ihnen")
// (s23 blind a ja-021: shipping "borne by the shop", 送料を当店負担, is free shipping: "次回ご注文の際に…送料を当店負担とさせていただきます")
const BENEFIT = re(
  `${W}(?:\\d{1,2} ?%|discounts?|(?:a|free|some) samples?|(?:un|des|quelques) échantillons?|(?:un|dei|qualche) campion(?:e|i|cino|cini)|(?:uma|umas) amostras?|amostras? grátis|muestras? (?:gratis|gratuitas?|de regalo)|(?:una|unas) muestras?|gratisprobe\\p{L}*|prob(?:e|ier)(?:packung|größe|set|paket|portion)\\p{L}*|(?:un|des) petits? échantillons?|(?:una|unas) muestras? (?:\\p{L}+ )?(?:de regalo|gratis)|regaliamo|regaleremo|regalamos|regalaremos|offriamo|offriremo|offrons|offrirons|schenken wir|presenteamos|free|gratis\\p{L}*|gratuit\\p{L}*|grátis|kostenlos\\p{L}*|versandkostenfrei|(?:lowest|best|better|lower) prices?|preço melhor|precio mejor|prix plus bas|prezzo migliore|günstigere[nr]? preis|(?:mejor|menor) precio|meilleurs? prix|miglior[ei]? prezz[oi]|melhor(?:es)? preços?|beste[nr]? preis\\p{L}*|offert\\p{L}*|gifts?|obsequios?|regalos?|cadeaux?|omaggi\\p{L}*|brindes?|surprises?|sorpres(?:a|ina|ita)s?|surpresas?|(?:little|small) (?:extras?|treats?|something)|(?:ein |eine )?kleine[sn]? (?:extra|präsent|aufmerksamkeit)|(?:une )?petite attention|(?:un )?petit plus|detall(?:e|ito)s?|regalit[oa]s?|regalin[oi]|pensierin[oi]|mimos?|presentinhos?|agradinhos?|überraschung\\p{L}{0,12}|\\p{L}{0,16}geschenk(?!verpack|papier|option|karte|box|service|nachricht|hinweis)\\p{L}{0,4}|special (?:price|offer|deal)s?|perks?|benefits?|rewards?|early access|exclusive|free (?:shipping|delivery|gifts?)|rabatt\\p{L}*|vorteil\\p{L}*|vorzugspreis\\p{L}*|sonderpreis\\p{L}*|exklusiv\\p{L}*|réductions?|remises?|avantages?|prix (?:spécial|préférentiel)|en avant-première|exclusi(?:f|ve|fs|ves|vo|va|vos|vas)|descuentos?|ventajas?|beneficios?|precio especial|acceso anticipado|scont[oi]|vantagg[io]|prezz[oi] (?:speciale|riservat[oi])|in anteprima|esclusiv[oaie]|riservat[oaie]|descontos?|vantagens?|benefícios?|preço especial|acesso antecipado)${E}|特別価格|最安|割引|特典|送料無料|無料|(?:送料|手数料)(?:を|は)?(?:当店|弊社|弊店)(?:負担|持ち)|サンプル|\\d+ ?(?:%|％) ?オフ|クーポン|限定|プレゼント(?!包装|用|設定|ラッピング)|おまけ|ノベルティ|をお付け(?:いたします|します|させていただ)`,
);
/** BENEFIT's gift words (a gift, a surprise, a present in the parcel), not a discount. */
const GIFT_BENEFIT = /gift|geschenk|surpris|sorpres|surpres|überraschung|cadeau|regalo|regalit|regalin|obsequio|omaggi|brinde|extra|treat|something|präsent|aufmerksamkeit|attention|petit plus|detall|pensierin|mimo|presentinho|agradinho|プレゼント|おまけ|ノベルティ|お付け/u;
/** A nudge to buy the consumable again before it runs out ("now is a good time to reorder"). */
const REORDER = re(
  `${W}(?:re-?order\\p{L}*|order (?:again|more|another|a (?:new|fresh) (?:one|pack|box))|buy (?:again|more|another)|restock|top up|stock up|nach(?:bestell\\p{L}*|kauf\\p{L}*|schub)|erneut bestellen|recommander|racheter|réapprovisionn\\p{L}*|volver a (?:pedir|comprar)|reponer|pedir (?:el|la|otro|otra|uno|una) (?:de )?(?:recambio|siguiente|nuev[oa])|riordinar\\p{L}*|riacquistar\\p{L}*|ricompra\\p{L}*|garantir (?:o|a) próxim[oa]|recomprar|repor|(?:pedir|comprar) (?:de novo|novamente|mais))${E}|お早めのご(?:注文|購入)|ご注文をおすすめ|ご購入をおすすめ|買い足し|再購入`,
);
/** ... with a timing nudge ("now is a good time", "rechtzeitig", "pensez à", "è il momento giusto", "já pode"). */
const NUDGE = re(
  `${W}(?:(?:good|great|perfect|right|ideal|best) time to|time to|before (?:you|they|it) runs? out|running (?:low|out)|about to run out|don'?t (?:forget|wait)|remember to|in good time|rechtzeitig|jetzt|vergessen sie nicht|pensez à|n'oubliez pas|(?:bon|meilleur) moment|avant d'être à court|(?:buen|mejor) momento|no te quedes sin|no olvides|antes de (?:quedarte|que te quedes) sin|(?:il )?momento giusto|non (?:rimanere|restare) senza|non dimenticar\\p{L}*|ricorda(?:ti)? di|já pode|(?:bom|ótimo) momento|não fique sem|não esqueça)${E}|お早め|なくなる前に|切れる前に`,
);
const NUDGES = compactRegExp(NUDGE.source, 'gu');
/** "交換時期" is the consumable's own interval (not the buyer's exchange): it leaves the hard guard for a reorder nudge. */
const INTERVAL = /交換時期|交換の目安/gu;

/** A gift suggestion for the seller's items ("our candles make a perfect gift", "idéal pour offrir", "プレゼントに最適"; s18:
 *  "still looking for gift ideas", "idées cadeaux", "ideas de regalo", "idee regalo", "ideias de presente", "プレゼント選び"). */
const GIFT = re(
  `${W}(?:(?:perfect|ideal|great|lovely) (?:gifts?|presents?)|(?:would|will|could) make (?:a|an) (?:lovely|great|nice|perfect|ideal|beautiful) (?:gift|present)|(?:un )?(?:très )?(?:joli|beau|bon) cadeau|(?:un )?regalo (?:precioso|bonito|estupendo)|(?:un )?bel(?:lissimo)? regalo|(?:um )?(?:ótimo|lindo|belo) presente|que tal presentear|why not (?:gift|treat)|(?:ein )?(?:schönes|tolles) geschenk|gift ideas?|ideas? (?:de |para )?regalo|idee regalo|ideias? (?:de |para )?presente|idées? (?:de )?cadeaux?|(?:ideale?s?|perfekte?s?|tolle?s?) (?:geschenk\\p{L}*)|geschenkidee\\p{L}*|idéale?s? pour offrir|(?:cadeaux?|idées? cadeaux?) (?:idéa(?:le?s?|ux)|parfaite?s?)|regalos? (?:perfect[oa]s?|ideal(?:es)?|perfett[oi]|ideal[ei])|ide[ae] regalo|presentes? (?:perfeitos?|ideal|ideais)|(?:perfect|ideal|great) for (?:the )?(?:holidays|christmas|gifting|mother's day|father's day|valentine's day)|perfekt (?:für|zu) (?:weihnachten|die feiertage|ostern|muttertag)|zum verschenken|parfait(?:e|s|es)? pour (?:les fêtes|noël|offrir)|ideal(?:es)? para (?:estas fiestas|las fiestas|navidad|regalar)|perfett[oaie] per (?:le feste|natale|regalare)|ideal(?:ais)? para (?:o natal|presentear|as festas))${E}|(?:プレゼント|ギフト|贈り物)に(?:最適|ぴったり|おすすめ)|(?:プレゼント|ギフト)(?:選び|をお探し)`,
);

/** A call to buy now ("shop now", "jetzt zugreifen", "achetez dès maintenant", "今すぐご購入"). */
const BUY_NOW = re(
  `${W}(?:shop now|buy now|grab (?:yours|one) (?:now|today)|jetzt (?:zugreifen|kaufen|shoppen)|schnell zugreifen|achetez(?:-le|-la|-les)? (?:dès )?maintenant|commandez (?:dès )?maintenant|c[óo]mpr(?:alo|ala|alos|alas) (?:ya|ahora)|compre (?:já|agora)|acquista(?:lo|la|li|le)? (?:ora|subito|adesso)|garanta (?:já|o seu|a sua))${E}|今すぐ(?:ご購入|購入|お買い求め|チェック)`,
);
/** The seller's item suited to the buyer's ("our balm goes nicely with the boots you bought", "combinan genial con"):
 *  a cross-sell even beside the buyer's own order; "fits", "passt zu", "compatible" stay compatibility notes. */
const FIT = re(
  `${W}(?:goes (?:nicely |perfectly |well |great |beautifully )?with|(?:sits?|looks?) (?:nicely|perfectly|great|beautifully) (?:next to|alongside|beside)|pairs? (?:nicely |perfectly |well |beautifully )?with|complements?|(?:ideale?|perfekte?)s? (?:gegenstück|ergänzung)|s'accorde(?:nt)? (?:parfaitement |très bien |à merveille )?avec|complète(?:nt)? (?:parfaitement|à merveille)|combina(?:n)? (?:genial|perfectamente|muy bien|de maravilla) con|si abbina(?:no)? (?:perfettamente |benissimo |bene )?(?:a|al|alla|con)|combina(?:m)? (?:perfeitamente|muito bem) com|fica(?:m)? (?:perfeit[oa]s?|lind[oa]s?) com)${E}|と相性(?:抜群|が良い|ぴったり)`,
);
/** "worth checking out", "vale a pena conferir": an invitation that follows its object. */
const WORTH = re(
  `${W}(?:worth (?:checking out|a look|a visit)|lohnt (?:sich )?ein blick|vaut le détour|(?:merece|vale) la pena (?:echar un vistazo|verl[oa]s?|conocerl[oa]s?)|vale la pena (?:dare un'occhiata|scoprirl[oaie])|vale a pena conferir|vale a pena conhecer)${E}`,
);
/** The object of a release verb or of "kommen ... dazu" that makes it a novelty: a product, a variant or a range ("la versión
 *  inalámbrica", "drei neue Duftsorten", "la nuova collezione"); not a service, a return or packaging ("neue Kartons",
 *  "neue Rücksendeetiketten", "la procedura di reso" - s23 review #6, which replaced a deny-list of staff and times). */
const PRODUCT_NOUN = String.raw`(?:sorten?|düfte|duft|farben?|modell\p{L}{0,2}|artikel|produkt\p{L}{0,2}|version\p{L}{0,2}|variante\p{L}{0,1}|designs?|kollektion\p{L}{0,2}|serie\p{L}{0,1}|geschmacks?\p{L}{0,9}|größen|versi[oó]n|versione|versão|modelos?|modell[oi]|colecci[oó]n|collezione|cole[çc][ãa]o|colou?rs?|colores|colori?|cores|sabor(?:es)?|sapori?|aromas?|fragancias?|fragranz[ae]|tallas|taglie|l[ií]neas?|linea|linhas?|productos?|prodott[oi]|produtos?|art[ií]culos?|articol[oi]|edici[oó]n|edizione|edição|gama|gamma)(?![\p{L}])`;
/** Launches to come and additions to the range ("pre-orders open", "sta per lanciare", "erweitern unser Sortiment",
 *  "新ライン…登場"): novelties read behind NEW_ANCHOR, so their many openings cost the common sentence nothing. */
const NOVELTY_LATER = re(
  `${W}(?:pre-?orders?|vorbestell\\p{L}*|pr[ée]-?commandes?|preventas?|pre-?ordini|pr[ée]-?vendas?|limited edition|limitierte edition|édition limitée|edición limitada|edizione limitata|edição limitada|(?:is|are) about to (?:launch|release|arrive)|sta(?:nno)? per (?:lanciare|uscire|arrivare)|(?:va|vont) bientôt (?:sortir|arriver)|(?:está|están) a punto de (?:lanzar|salir|llegar)|(?:vamos|vai) lançar|(?:erweitern|ergänzen) (?:wir )?unser (?:sortiment|angebot)|expand(?:ing)? our (?:range|line|collection|catalog(?:ue)?)|élargi(?:ssons|r) notre (?:gamme|offre|catalogue)|ampli(?:amos|ando|aremos) (?:nuestr[oa]|noss[oa]) (?:catálogo|gama|línea|linha)|ampli(?:amo|eremo) (?:il nostro|la nostra) (?:catalogo|gamma)|(?:added|new) to our (?:range|catalog(?:ue)?|store|shop|line-?up)|(?:appena )?aggiunt[oaie] al (?:nostro )?catalogo|ajouté(?:e|s|es)? à notre (?:gamme|catalogue)|añadid[oa]s? a nuestro catálogo|adicionad[oa]s? ao (?:nosso )?catálogo|(?:(?:muy )?pronto (?:sacamos|sacaremos|lanzamos|lanzaremos)|(?:sacamos|sacaremos|lanzaremos) (?:muy )?pronto|a breve (?:lanciamo|lanceremo)|bald bringen wir) (?:[^.!?;\\n]{1,50}? )?\\p{L}{0,12}${PRODUCT_NOUN}|(?:kommen|kommt) bei uns (?:\\p{L}+ ){0,2}neue? \\p{L}{0,12}${PRODUCT_NOUN} (?:\\([^)]{0,60}\\) )?(?:dazu|hinzu))${E}|新ライン|新シリーズ|登場(?:します|しました|いたします|予定)|予約(?:受付|開始)|数量限定|限定版`,
);
// (s23 blind a: a launch soon told with the seller's release verb - "muy pronto sacamos la versión inalámbrica", "a breve lanciamo",
// "bald bringen wir ... heraus" - and new items joining the range - "zum Herbst kommen bei uns drei neue Duftsorten dazu"; both only
// with a product noun as the object (PRODUCT_NOUN), so staff, times, services, returns and packaging are none: "ab Oktober kommen
// bei uns neue Abholzeiten / Kartons hinzu", "a breve lanciamo la procedura di reso" - s23 review #6; NOVELTY
// also reads a season before "new ... colours": "new spring colours of our mats"; the novelty guards - the buyer's order, a
// denial, a service line - apply as to every novelty)
/** A sale or promotion of the seller's ("eine Aktion", "une promo", "saldi", "promoção", "セール"); also a deal told
 *  without a sale word, by its price structure: so many for the price of fewer ("3 für 2", "3 for 2", "leve 3 pague 2",
 *  "2x1"), "up to 40 %", "20 % off" (s18 blind b: "Nur noch bis Sonntag: 3 für 2 auf alle Duftkerzen!", "até 40% em
 *  toda a linha"); read like a sale word, so only with a scope or a deadline below. */
// (s24 blind d en-003, pt-015: the sales events by name - "Prime Day heads-up: our whole camping line drops 30%", "aproveita q ta
// rolando a semana do consumidor" - with a scope or an invitation as any sale; told as a cause, over or the buyer's own order, no sale)
const SALE = re(
  `${W}(?:\\d ?(?:for|für|pour|por|per|pelo preço de|al prezzo di|zum preis von|au prix de|al precio de) ?\\d(?! ?(?:€|\\x80|\\$|£|%|euros?|dollars?|people|personen|personnes|personas|persone|pessoas|guests?|gäste))|[23]x[12]|buy one,? get one|bogo|leve \\d+,? pague \\d+|(?:up to|bis zu|jusqu'à|hasta(?: un)?|fino al?|até) -?\\d{1,2} ?%(?= ?(?:off|discount|rabatt|nachlass|de (?:remise|réduction|descuento|desconto)|di sconto|sconto|(?:on|across|auf|sur|en|su|em) (?:all|every|selected|our|alle|unsere|tous|toutes|nos|todos|todas|nuestr\\p{L}{1,2}|tutti|tutte|i nostri|le nostre|nossos|nossas|toda|tutta|toute)(?![\\p{L}]))|\\s*[!.]?$)|\\d{1,2} ?% (?:off|rabatt|de (?:remise|réduction|descuento|desconto)|di sconto|sconto)|(?:we(?:'ve| have)?(?: got)?|we (?:also|now) have|we(?:'re| are) (?:doing|running|offering|giving)|estamos (?:com|dando|oferecendo)|temos|tenemos|estamos dando|hay|abbiamo|c'è|facciamo|nous avons|nous faisons|il y a|wir haben|wir geben|gibt es|es gibt)(?: (?:also|too|também|también|anche|aussi|auch|gerade|jetzt|agora|ahora|ora|maintenant|now|un|uno|una|um|uma|lo|le|el|o|i|il))? -?\\d{1,2} ?% (?:on|across|auf|sur|en|su|em|in) (?:all|every|alle|tous|toutes|todos|todas|tutti|tutte)|(?:flash |clearance |summer |winter |spring |seasonal |anniversary )?prime day|prime big deal days?|black friday|black week|cyber monday|cyber week|buen fin|hot ?sale|semana do consumidor|dia do consumidor|singles day|sales?|(?:end-of-season|seasonal|clearance|anniversary|summer|winter) (?:sales? )?event|promotions?|promos?|clearance|aktion(?:en)?|rabattaktion|schlussverkauf|ausverkauf|soldes|vente (?:flash|privée)s?|ventes privées|offres? spéciales?|déstockage|promoci(?:ón|ones)|rebajas|liquidaci(?:ón|ones)|promozion[ei]|saldi|svendita|promoç(?:ão|ões)|liquidação|saldão|(?:in )?offerta (?:di )?lancio|prezzo di lancio|launch (?:offer|price|deal)|introductory (?:offer|price)|oferta de lanzamiento|precio de lanzamiento|offre de lancement|prix de lancement|preço de lançamento|oferta de lançamento|einführungs(?:preis|angebot)|discounts|rabatte|réductions|descuentos|sconti|descontos|im angebot|a prezzo ridotto|a prezzi ridotti|rebajad[oa]s|(?:à|a) prix réduits?|en promoción|em promoção|en promotion|on sale)${E}|セール|キャンペーン|特売`,
);
// (s21 blind v: a bare percentage over a whole range is a sale - "essa semana estamos com 15% em todas as ferramentas de jardim", "15 %
// on all our garden tools this week", "20 % auf alle Gartengeräte"; "15 % of all returns" names no range of ours)
/** ... that runs now or covers a range ("on all duvets", "en ce moment", "in corso", "全品"). */
// (s19 blind c: a sale state told of a whole set or for a span of days - "tutte le lampade ... a prezzo ridotto", "todas las mangueras
// ... rebajados", "dal 1° al 7 dicembre tutti i nostri presepi saranno in promozione", "ab dem ersten Advent sind alle unsere Sets im
// Angebot"; "all our mugs are on sale from 1 to 7 May")
// (s24: a whole line of ours or a percentage drop - "our whole camping line drops 30%", "toda la línea de termos"; a sale running in
// Brazilian speech - "tá rolando a semana do consumidor")
const SALE_SCOPE = re(
  `${W}(?:our|the) (?:whole|entire|full) (?:[\\p{L}-]+ ){0,2}(?:line|range|collection|catalog(?:ue)?|store|shop)|(?:drops?|falls?|goes down|is cut) (?:by )?\\d{1,2} ?%|(?:toda la|toda a|tutta la|toute la) (?:línea|linha|linea|gamme|colección|coleção|collezione|collection)|(?:das ganze|unser ganzes|unser gesamtes) sortiment|(?:t[áa]|está) rolando|(?:(?:all|every|alle|tous|toutes|todos|todas|tutti|tutte) (?:(?:of )?our|unsere\\p{L}?|nos|(?:los|las) |nuestr[oa]s|i nostri|le nostre|(?:os|as) |noss[oa]s|(?:le|i|gli) )|(?:from|dal|del|du|vom|de|do) \\d{1,2}(?:°|º|er|\\.)? (?:\\p{L}+ )?(?:to|al|au|bis|a|ao|até|zum) \\d{1,2}|ab (?:dem |der )?(?:ersten|\\d{1,2}\\.)|(?:on|across) (?:all|every|our|the whole|selected)|right now|(?:only|just|nur(?: noch)?|noch|seulement|uniquement|solo|sólo|solamente|soltanto|só|somente|apenas) (?:until|till|bis|jusqu'(?:à|au)|hasta(?: el)?|fino a(?:l)?|até)|(?:starts|begins|beginnt|startet|commence|débute|empieza|comienza|inizia|comincia|começa)(?: (?:on|am|le|el|il|dia|no|em|a|ab))? \\d|sur toute la|su (?:tutta la|tutto il)|this (?:week|weekend|month)|today only|(?:starts|ends|runs|kicks off) (?:on|today|tomorrow|this|next|soon|until)|(?:is|are) (?:on|running)|auf (?:alle|unsere|das gesamte|ausgewählte)|gerade|derzeit|aktuell|dieses wochenende|diese woche|läuft (?:noch|bis)|sur (?:tous|toutes|nos|l'ensemble)|en ce moment|actuellement|ce (?:week-end|mois-ci)|cette semaine|en (?:todos|todas|nuestr[oa]s)|ahora mismo|esta semana|este (?:fin de semana|mes)|en curso|su (?:tutti|tutte|i nostri|le nostre)|in corso|questa settimana|in questi giorni|these days|en estos días|ces jours-ci|nestes dias|in diesen tagen|questo (?:weekend|fine settimana|mese)|di fine stagione|em (?:todos|todas|nossos|nossas)|n?essa semana|n?esse (?:fim de semana|mês)|nesta semana|neste (?:fim de semana|mês)|rolando|(?:em|en|in|dans|im) (?:toda a|toda la|tutto il|tutta la|toute la|ganzen) (?:loja|tienda|negozio|boutique|shop|linha|línea|linea|gamme|gama|gamma|sortiment|coleção|colección|collezione|collection))${E}|全品|実施中|開催中|期間限定|今週`,
);
/** A sale named as the cause of a busy time or a delay after it ("durch die Rabattaktion ist bei uns gerade sehr viel
 *  los; Ihr Paket ..."): the lexicons' sales-event cause, read from the sale's end (s16 blind batch). */
const SALE_AS_CAUSE = compactRegExp(`^${EVENT_CAUSE_AFTER}`, 'u');
/** A cause word right before the sale ("due to Black Friday our warehouse is running late", "wegen des Black Friday", "con el
 *  volumen del Buen Fin"): the event named as a cause, no sale (s24: the events by name joined SALE; s15-blind-guards). The cause
 *  words are shared.ts's EVENT_CAUSE, one list (s24 review #12: the copy had lost "suite à", "a raíz de"). */
const CAUSE_BEFORE_SALE = re(
  `${W}(?:${EVENT_CAUSE}|(?:con|with|com|mit) (?:el |los |i |o |the |dem )?(?:volumen|volumes?|volumi|aufkommen|ansturm) (?:del|dei|de|do|da|of|des|vom))\\s(?:(?:the|der|des|dem|le|la|les|el|las|los|il|lo|o|a)\\s)?$`,
);
/** Spanish "sale" (it leaves, ships: "su recambio sale mañana", "el pedido sale hoy del almacén"): the verb, not the English noun,
 *  when a time, a place or a preposition of Spanish follows it. */
// why: s26 blind b es-037 - "el transportista solo recoge esta semana ..., así que su recambio sale mañana sin falta" read as a sale
// running this week; near-miss kept: "our summer sale ends Sunday", "the sale on all mugs starts today" (English words follow)
// (s31 rec31b: also "a", "al" and a manner after it - "¿el ruido sale a velocidad máxima o en todas?", "sale al encenderla", "sale
// bien": the noise comes out; an English sale is followed by no Spanish word. Not "a"/"al" before a figure: "la segunda unidad sale
// al 50 %" is a price, read as a sale)
const SALE_VERB_AFTER = /^\s(?:mañana|hoy|esta|este|hoje|amanhã|del|de la|desde|hacia|para|por|en|con|sin|ya|bien|mal|muy|siempre|cuando)(?![\p{L}])|^\s(?:a|al)\s(?!\d)/u;
/** A sale told as over or refused ("the sale ended", "la promo est terminée", "終了"). */
const SALE_OVER = re(
  `${W}(?:ended|over|expired|finished|closed|beendet|abgelaufen|vorbei|terminée?s?|finie?s?|expirée?s?|termin(?:ó|ada|ado)|acab(?:ó|ou)|finit[ao]|terminat[ao]|scadut[ao]|encerrad[ao]|expirou)${E}|終了`,
);

/** The buyer's own item, a replacement, a refund, tracking, a document or an update: never a promotion. */
// (s17 blind h: "we'll ship a brand-new unit from our stock" - the replacement sent)
// (s18 blind b: a price already lowered is the buyer's applied coupon - the price or total named before it, not "our candles are
// already reduced this week" (s18 review) - "der Endbetrag ist also schon reduziert", "le
// total est déjà réduit"; an item no longer made is why its new version was sent, "le modèle commandé n'étant plus
// fabriqué, nous vous avons envoyé sa nouvelle version", "fuori produzione", "fora de linha", "生産終了"); and the new
// version or model sent to the buyer is its replacement, whatever clause names the reason ("El modelo que pidió está
// descatalogado; le hemos enviado la nueva versión", "wir haben Ihnen die neue Version geschickt")
// (and the buyer's own model told as succeeded by a new one: "the HX-200 blender you had has been replaced by a new model" -
// s23 blind d en-071; not a model of the range replaced, unnamed as the buyer's: "our blender has been replaced by a new model")
const HARD_GUARD = accentOptionalRe(re(
  `${W}(?:(?:(?:we(?:'ve| have)? )?sent you|(?:nous )?vous avons (?:envoyé|expédié)|(?:le|te|les) hemos (?:enviado|mandado)|(?:le|ti|vi|gli) abbiamo (?:spedito|inviato|mandato)|(?:lhe |te )?(?:enviamos|mandamos)|wir haben ihnen)(?: [\\p{L}']+){0,3}? (?:brand-?new|new|nouvel\\p{L}*|nouveau|nuev[oa]|nuov[oa]|nov[oa]|neue[nms]?) (?:version|model|unit|one|modèle|modelo|versión|modello|versione|versão|modell|ausführung)|(?:price|total|amount|sum|preis|betrag|endbetrag|gesamtbetrag|summe|prix|montant|total|precio|importe|prezzo|importo|totale|preço|valor)(?: \\p{L}+){0,3} (?:already|schon|bereits|déjà|ya|già|já)(?: \\p{L}+)? (?:reduced|discounted|reduziert|ermäßigt|réduite?s?|remisée?s?|rebajad[oa]s?|descontad[oa]s?|scontat[oaie]|ridott[oaie]|reduzid[oa]s?)(?![^.!?\\n]{0,60}(?<![\\p{L}])(?:all|alle|whole|every|this week|diese woche|sur tous|sur toute|en toda|en todos|tutte|tutti|toda|todos|todas|toute)(?![\\p{L}]))|plus (?:fabriqu|produit|commercialis)\\p{L}*|out of production|no longer (?:made|produced|manufactured)|fuera de (?:producción|catálogo)|descatalogad[oa]s?|fuori produzione|fora de (?:linha|produção)|descontinuad[oa]s?|nicht mehr (?:hergestellt|produziert)|ausgelaufen\\p{L}*|(?:ship|send|post|mail)(?: you| out)? (?:a |the )?(?:brand-?new|new|fresh) (?:unit|one|item|device|machine|set|pair|replacement)|replacement|replace|(?:you had|you have|you bought|you ordered|you own|your [\\p{L}\\d-]{1,15})(?: [\\p{L}\\d-]{1,15}){0,3}? (?:has been|have been|was|were|is being|got) (?:replaced|superseded|succeeded)|refund\\p{L}*|tracking|track|invoice|receipt|manual|instructions|firmware|software|update|app|driver|application|appli|pilote|logiciel|mise à jour|treiber|aktualisier\\p{L}*|aplicación|actualización|applicazione|aggiornamento|aplicativo|atualização|send you a new|new one|(?:return |shipping |address )?label|etikett\\p{L}*|étiquette|etiqueta|etichetta|size chart|size guide|größentabelle|guide des tailles|tabla de tallas|tabella (?:delle )?taglie|tabela de medidas|questions?|fragen?|preguntas?|domand[ae]|perguntas?|packaging|verpackung|emballage|embalaje|imballaggio|embalagem|reach us|erreichen sie uns|erreichbar|nous joindre|contactarnos|contattarci|(?:matches|fits|suits) your|für ihre größe|produktbeschreibung|exchange\\p{L}*|umtausch\\p{L}*|échange\\p{L}*|cambiar por|troca\\p{L}*|trocar|shipping upgrade|already (?:applied|reflected|included|deducted)|angewendet|abgezogen|appliqu[ée]e?s?|aplicad[oa]s?|applicat[oaie]|upgraded? (?:your|the) (?:shipping|delivery)|(?:model|serial) number|modellnummer|numéro de (?:modèle|série)|número de (?:modelo|serie|série)|numero di (?:modello|serie)|(?:le|ti|vi|gli) (?:spediamo|invieremo|inviamo)|(?:le|te) (?:enviamos|enviaremos|mandamos)|vous (?:envoyons|enverrons)|wir (?:schicken|senden) ihnen|(?:vamos|iremos) enviar|enviaremos|no longer|not (?:yet )?(?:available|released|on sale|in stock)|sold out|discontinued|out of stock|included|in the box|ersatz\\p{L}*|austausch\\p{L}*|erstatt\\p{L}*|sendungsnummer|rechnung|anleitung|bedienungsanleitung|nicht mehr|kein\\p{L}{0,2} (?:neue|weitere)|remplac\\p{L}*|rembours\\p{L}*|suivi|facture|notice|plus (?:disponible|en vente|vendu)|pièce de rechange|reemplaz\\p{L}*|reembols\\p{L}*|repuesto|seguimiento|factura|ya no|sustitu\\p{L}*|sostitu\\p{L}*|rimbors\\p{L}*|ricambio|tracciamento|manuale|non (?:è|sono) più|reposição|substitu\\p{L}*|reembols\\p{L}*|rastreio|rastreamento|nota fiscal|não (?:está|estão) mais)${E}|型番|お送り|反映され|適用され|生産終了|製造終了|廃番|交換|返金|追跡|説明書|販売終了|在庫切れ|不良|再送`,
));

/** The seller's own app to download, or the QR code printed in the manual, as the way to a club or an offer: the hard guard's "app"
 *  and "manual" are the product's help (an update, the instructions), not the shop's channel - "Escaneie o QR Code do manual para
 *  baixar nosso app e se cadastrar no clube de vantagens da loja" (s26 blind e pt-014) is a club sign-up. Only these words are
 *  blanked: a firmware update or a manual's page named beside them still clears. */
// (s27 blind d en-013: the code's place on the manual told - "the QR code on the back of the manual to register ... and unlock our
// lifetime filter discount")
// near-misses kept clean: "Download our app to pair the lamp" (no offer read), "the QR code in the manual opens the setup video"
// (no club or offer), "scan the QR code in the manual for the firmware update" (firmware, update)
const OWN_APP_PATH = compactRegExp(
  `${W}(?:(?:download|install|get|baixar|baixe|instalar|instale|descargar|descarga|descargue|scaricare|scarica|scarichi|installare|télécharger|téléchargez|installer|herunterladen|laden sie|installieren sie)(?: \\p{L}+){0,2}? (?:our|nosso|nossa|o nosso|a nossa|nuestra|la nostra|notre|unsere)(?: \\p{L}+)? (?:app|aplicativo|aplicación|applicazione|application|appli)|(?:qr ?code|código qr|codice qr|code qr|qr-code)(?: (?:do|del|du|of the|in the|on the|no|nel|im|dans le|en el|sul|sur le|in der|(?:on|at|in) the (?:back|front|cover|last page|inside) of the|(?:au dos|à l'arrière) (?:du|de la)|auf der (?:rückseite|letzten seite) (?:der|des))) (?:manual|manuale|notice|anleitung|instructions|folheto|folleto))${E}`,
  'gu',
);
/** The seller sending a code or a voucher: the sending verb of the hard guard ("le mandamos", "vous envoyons")
 *  then says nothing of a replacement - "le mandamos un código del 15 % para su próxima compra" (s16 blind batch).
 *  Only that verb and its code are blanked before the hard guard reads the sentence, so a refund, a replacement
 *  or a tracking code named beside it still clears ("le mandamos el código de seguimiento"). */
const SENDS_A_CODE = accentOptionalRe(compactRegExp(
  `${W}(?:(?:le|te|ti|vi|gli) (?:spediamo|spediremo|invieremo|inviamo|mandiamo|manderemo|enviamos|enviaremos|mandamos|mandaremos)|vous (?:envoyons|enverrons)|wir (?:schicken|senden) ihnen|(?:vamos|iremos) (?:te |lhe )?enviar|enviaremos)(?: [\\p{L}\\d%-]{1,12}){0,3} (?:(?:discount |promo )?codes?|código|codice|gutschein\\p{L}*|rabattcode|coupons?|cupón|cupom|bons? d'achat|vouchers?|buono sconto|vale (?:de )?desconto)${E}`,
  'gu',
));
/** The buyer replacing the consumable: "when you're ready to replace the filters" (not the seller's replacement). */
const BUYER_REPLACES = /(?<![\p{L}])(?:when|once) you(?:'re| are)? (?:ready to |need to |want to )?replace(?![\p{L}])/gu;


/** A question in the buyer's message (check.ts asks it too, for the lexicon phrases). */
export const BUYER_QUESTION = /[?？]|か[。\s]*$/u;
/** A reply that starts with yes/no. */
// ("no" only as a whole answer, before a stop or a comma: Portuguese "No quinto, o café é por nossa conta" is "at the")
/** A sentence that opens with yes or no (the answer to a yes/no question). */
export const YES_NO = /^\s*(?:(?:yes|yeah|ja|nein|oui|non|sí|sì|sim|não|はい|いいえ)(?![\p{L}])|no(?=\s*[,.!;:]|\s*$))/u;
/** ... or after the greeting that opens the reply ("Bonjour Denis, oui, le modèle existe aussi en 44"):
 *  read only when the buyer asked something, as a bare "Hi Anna, yes, our new model is out" answers nothing. */
// why: s11 false alarm - a yes to the buyer's own size question, behind a greeting
const YES_NO_AFTER_GREETING = /^\s*(?:hi|hello|hey|dear|hallo|guten tag|liebe[r]?|bonjour|bonsoir|salut|hola|buenos días|buenas|ciao|buongiorno|salve|gentile|olá|oi|bom dia|boa tarde|prezad[oa])(?:\s{1,3}[\p{L}.'-]{1,20}){0,3}\s{0,3}[,:!]\s{0,3}(?:yes|yeah|no|ja|nein|oui|non|sí|sì|sim|não|tem sim|claro|certo|certamente|natürlich|bien sûr)(?![\p{L}])/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]{3,}/gu;

export type PromotionKind = ElsewhereKind | 'invite' | 'novelty' | 'cross-sell' | 'bundle' | 'loyalty' | 'reorder' | 'follow-page' | 'crowd-pick' | PitchKind | PushKind | StandingKind | ExtraKind;
export const PROMOTION_ENTRY: Record<PromotionKind, string> = {
  restock: 'marketing:promotion-restock',
  'range-live': 'marketing:promotion-range-live',
  storefront: 'marketing:promotion-storefront',
  'on-us': 'marketing:promotion-on-us',
  'stock-up': 'marketing:promotion-stock-up',
  'own-helper': 'marketing:promotion-own-helper',
  'parts-sale': 'marketing:promotion-parts-sale',
  'prize-draw': 'marketing:promotion-prize-draw',
  'sign-up-perk': 'marketing:promotion-sign-up-perk',
  'take-more': 'marketing:promotion-take-more',
  'held-price': 'marketing:promotion-held-price',
  'new-pieces': 'marketing:promotion-new-pieces',
  'tip-cross-sell': 'marketing:promotion-tip-cross-sell',
  'gift-another': 'marketing:promotion-gift-another',
  'join-club': 'marketing:promotion-join-club',
  'tagline-range': 'marketing:promotion-tagline-range',
  'next-generation': 'marketing:promotion-next-generation',
  referral: 'marketing:promotion-referral',
  'still-looking': 'marketing:promotion-still-looking',
  'same-line-offer': 'marketing:promotion-same-line-offer',
  'sold-by-us': 'marketing:promotion-sold-by-us',
  'upgrade-wish': 'marketing:promotion-upgrade-wish',
  'seller-stock': 'marketing:promotion-seller-stock',
  'interest-offer': 'marketing:promotion-interest-offer',
  'scarcity-push': 'marketing:promotion-scarcity-push',
  'buy-ahead': 'marketing:promotion-buy-ahead',
  'crowd-switch': 'marketing:promotion-crowd-switch',
  'urged-purchase': 'marketing:promotion-urged-purchase',
  'shop-elsewhere': 'marketing:promotion-shop-elsewhere',
  'code-use': 'marketing:promotion-code-use',
  'shipping-threshold': 'marketing:promotion-shipping-threshold',
  'last-call': 'marketing:promotion-last-call',
  'preorder-open': 'marketing:promotion-preorder-open',
  'price-cut': 'marketing:promotion-price-cut',
  invite: 'marketing:promotion-invite',
  novelty: 'marketing:promotion-novelty',
  'cross-sell': 'marketing:promotion-cross-sell',
  bundle: 'marketing:promotion-bundle',
  loyalty: 'marketing:promotion-loyalty',
  reorder: 'marketing:promotion-reorder',
  'follow-page': 'marketing:promotion-follow-page',
  'crowd-pick': 'marketing:promotion-crowd-pick',
  'subscribe-nudge': 'marketing:promotion-subscribe-nudge',
  'multi-buy': 'marketing:promotion-multi-buy',
  'word-of-mouth': 'marketing:promotion-word-of-mouth',
  'paid-upgrade': 'marketing:promotion-paid-upgrade',
  'unit-price-cut': 'marketing:promotion-unit-price-cut',
  'time-limited': 'marketing:promotion-time-limited',
  'complete-set': 'marketing:promotion-complete-set',
};

interface Hit {
  start: number;
  end: number;
}
const TOP_LOOK_BEHINDS = [W, WD];

/** `source` without its top-level (outside every group) word-start look-behinds W and WD. */
function withoutTopLevelLookBehinds(source: string): string {
  let out = '';
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (depth === 0 && TOP_LOOK_BEHINDS.some((head) => source.startsWith(head, i))) {
      i += TOP_LOOK_BEHINDS.find((head) => source.startsWith(head, i))!.length - 1;
      continue;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    out += c;
  }
  return out;
}

/** Each pattern's copy without its top-level word-start look-behinds, or null (none to drop): it
 *  matches wherever the pattern does (and more), and V8 scans a pattern that opens with literals far
 *  faster than one that opens with a look-behind (tried at every character of a kana sentence), so a
 *  sentence it rules out costs the pattern nothing. */
const looseCopies = new Map<RegExp, RegExp | null>();
function looseOf(r: RegExp): RegExp | null {
  let loose = looseCopies.get(r);
  if (loose === undefined) {
    const written = writtenSource(r);
    const source = withoutTopLevelLookBehinds(written);
    loose = source === written || r.global || r.sticky ? null : compactRegExp(source, r.flags);
    looseCopies.set(r, loose);
  }
  return loose;
}

/** Does one of `parts` match `s` (as their union does)? Each part is tried behind its literal gate (literal-gate.ts:
 *  once V8 stops optimising regexps, even a literal-led union tries every alternative at every character - the
 *  later-purchase union took about 20 µs on the 30 characters of "page 4 explains the pairing."), then behind its
 *  look-behind-free copy. */
function anyPart(parts: readonly RegExp[], s: string): boolean {
  for (const r of parts) {
    if (!mayMatch(r, s)) continue;
    const loose = looseOf(r);
    if ((!loose || loose.test(s)) && r.test(s)) return true;
  }
  return false;
}

function find(r: RegExp, s: string): Hit | null {
  if (!mayMatch(r, s)) return null;
  const loose = looseOf(r);
  if (loose && !loose.test(s)) return null;
  const m = r.exec(s);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Does this sentence answer the buyer's question about the item it names? */
export function answersBuyer(sentence: string, buyerWords: ReadonlySet<string>): boolean {
  if (!buyerWords.size) return false;
  if (YES_NO.test(sentence)) return true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) if (buyerWords.has(m[0]) || buyerWords.has(stemOf(m[0]))) return true;
  return false;
}

/** Common words a question and its answer share whatever they are about. */
const FUNCTION_WORDS = new Set(['this', 'that', 'with', 'your', 'have', 'does', 'will', 'from', 'they', 'them', 'what', 'also', 'dass', 'eine', 'einen', 'auch', 'haben', 'sind', 'wird', 'pour', 'avec', 'vous', 'votre', 'dans', 'pero', 'para', 'este', 'esta', 'como', 'mais', 'questo', 'questa', 'sono', 'della', 'com', 'você', 'seu', 'sua']);

/** The first four letters, tagged: "sizes" and "size", "colours" and "colour" share it. */
const stemOf = (word: string): string => `\u0001${word.slice(0, 4)}`;

export function buyerQuestionWords(buyerMessage: string): Set<string> {
  const words = new Set<string>();
  // sliced before folding: NFKC reorders a run of combining marks (quadratic on a long paste)
  const b = buyerMessage.slice(0, 2000).normalize('NFKC').toLowerCase();
  if (!BUYER_QUESTION.test(b)) return words;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(b); m; m = WORD.exec(b)) {
    if (FUNCTION_WORDS.has(m[0])) continue;
    words.add(m[0]);
    words.add(stemOf(m[0]));
  }
  // Japanese has no blanks: any katakana or kanji run of two or more is a word
  for (const m of b.matchAll(/[\p{Script=Katakana}\p{Script=Han}ー]{2,}|\d+個/gu)) words.add(m[0]);
  // a question with no word of its own (a Japanese one reads by its runs) still gets the yes/no guard
  if (!words.size) words.add('\u0000');
  return words;
}

function answersBuyerJa(sentence: string, buyerWords: ReadonlySet<string>): boolean {
  for (const w of buyerWords) if (w.length >= 2 && /[\p{Script=Katakana}\p{Script=Han}\d]/u.test(w) && sentence.includes(w)) return true;
  return false;
}

/** The kind of promotion a sentence makes, and where (offsets within the sentence), or null. */
/** `after`: the text after the sentence (a busy time's parcel may follow a semicolon: "sehr viel los; Ihr Paket ..."). */
export function promotionIn(s: string, buyerWords: ReadonlySet<string> = new Set(), after = ''): { kind: PromotionKind; start: number; end: number } | null {
  // every kind below needs one of these cues: most sentences have none. Each union's parts are tried one by one
  // behind their literal gates (no union is scanned whole: the primary one, 18k characters, had been 1.1 MB of
  // regexp code and a seventh of an unoptimised check; without it the English reply after a mixed one: 2.3 -> 1.5 ms)
  const primary = anyPart(PRIMARY_PARTS, s);
  const later = gatedTest(NEW_ANCHOR, s) && anyPart(NEW_PARTS, s);
  const s13 = gatedTest(S13_ANCHOR, s) && anyPart(S13_PARTS, s);
  const s14 = gatedTest(S14_ANCHOR, s) && anyPart(S14_PARTS, s);
  const s15 = gatedTest(S15_ANCHOR, s) && anyPart(S15_PARTS, s);
  const s17 = gatedTest(PITCH_ANCHOR, s);
  const s22 = gatedTest(PUSH_ANCHOR, s);
  const s25 = gatedTest(STANDING_ANCHOR, s);
  const s26 = gatedTest(EXTRA_ANCHOR, s);
  const s27 = gatedTest(ELSEWHERE_ANCHOR, s);
  if (!primary && !later && !s13 && !s14 && !s15 && !s17 && !s22 && !s25 && !s26 && !s27) return null;
  const invite = (primary ? find(INVITE, s) : null) ?? (s13 ? find(INVITE_FRAME, s) : null);
  const range = find(RANGE, s);
  const bundle = find(BUNDLE, s);
  // (the buyer replacing a consumable is no replacement by the seller: "when you're ready to replace the filters, come back")
  // (the special wrapping of the seller's gift sets for an occasion is part of the offer, not the parcel's packaging - "para o Dia
  // das Mães, estamos montando kits presenteáveis com embalagem especial": blanked before the hard guard reads such a sentence)
  const giftWrapped0 = s13 && GIFT_WRAP_HINT.test(s) && GIFT_WRAP.test(s) && GIFT_ITEM.test(s) && OCCASION.test(s) ? s.replace(GIFT_WRAPS, ' ') : s;
  // (spare parts the seller has just added to its shop are items on sale, not a replacement for the buyer - "abbiamo appena aggiunto
  // le guarnizioni di ricambio ...: li trova nel nostro negozio Amazon"; the spare words are blanked as purchase-push.ts does for advice)
  const giftWrapped = ADDED_HINT.test(s) && ADDED_TO_SHOP.test(s) && OUR_SHOP.test(s) ? giftWrapped0.replace(SPARE_WORDS, ' ') : giftWrapped0;
  // (s27 r2: the box of a later order, where a gift will be - "anyone who orders from us again will find a little surprise tucked in the
  // box": the hard guard's "in the box" (an item included now) is that later parcel's, blanked when a repeat or next order and a gift
  // word are both in the sentence)
  const laterBox = later && (GIFT_BENEFIT.test(s) || /sample|échantillon|muestra|campion|amostra|probe|サンプル/u.test(s)) && (REPEAT_ORDER.test(s) || NEXT_ORDER.test(s)) ? giftWrapped.replace(LATER_BOX, ' ') : giftWrapped;
  const hard = HARD_GUARD.test(laterBox.replace(BUYER_REPLACES, ' ').replace(SENDS_A_CODE, ' ').replace(OWN_APP_PATH, ' '));
  // (s22 blind a de-012: the bought item named inside "customers who bought this pan" is no answer about the pan - "Kunden, die diese
  // Pfanne gekauft haben, nehmen meist noch den passenden Glasdeckel dazu" after "Ist die Pfanne induktionsgeeignet?")
  const asAnswer = buyerWords.size > 0 ? s.replace(BOUGHT_CLAUSE, (m) => ' '.repeat(m.length)) : s;
  const answered = YES_NO.test(s) || (buyerWords.size > 0 && (YES_NO_AFTER_GREETING.test(s) || answersBuyer(asAnswer, buyerWords) || answersBuyerJa(asAnswer, buyerWords) || existenceAnswered(s, buyerWords)));
  const own = find(SELLER_OWN, s);
  const span = (a: Hit, b: Hit | null) => (b ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : a);

  // (s27: a shop elsewhere, a bare code with its use, free shipping above an amount, a last call - elsewhere-offer.ts; the buyer's question
  // does not clear a shop, a code or a threshold (an answer that sends the buyer there is the offer), the hard guard clears the terms and
  // the last call, as the other kinds; the shop and the code stand on their own structure: "the replacement blade isn't listed on
  // Amazon yet. Just google ..." names the spare the shop sells)
  const elsewhere = s27 ? elsewhereIn(s) : null;
  if (elsewhere && (elsewhere.kind === 'shop-elsewhere' || elsewhere.kind === 'code-use' || (!hard && (elsewhere.kind === 'shipping-threshold' || !answered)))) return elsewhere;
  // (a) an invitation whose object is something else on sale; a help page is no such object
  if (invite && !hard) {
    // the object follows the invitation closely ("check out our other mats", "découvrez aussi notre gamme")
    // a Japanese invitation ends its sentence and follows its object ("当店おすすめの…もあわせてお試しください")
    // only with "あわせて" (another item besides the bought one): "当店のホームページをご覧ください" points to a page
    // (s22 blind a ja-005: or "も" before the look - "当店のベルト全ラインナップもご覧いただけると嬉しいです", another item besides)
    const before = s.charCodeAt(invite.start) > 0x3000 && /あわせて|合わせて|もご覧|もチェック/u.test(s);
    // (the seller's people are no object on sale: "I'm sure you'll love it - most of our buyers rate it five stars", "unsere Kunden")
    const ownItem = own && !OUR_PEOPLE.test(s.slice(own.start, own.start + 48)) ? own : null;
    const object = [range, bundle, ownItem, find(SALE, s)].find((o) => o && (before || (o.start >= invite.start && o.start - invite.end <= OBJECT_GAP)));
    // "Découvrez comment monter notre lampe", "see how our filter fits": a how-to, not a sale
    // (s26 blind e es-015: the product or its warranty to register is a service act - "le recomendamos registrar el producto en
    // nuestra web ... servicio técnico": the site is where it is registered, an offplatform matter, no item on sale)
    const howTo = object && (HOW_TO.test(s.slice(invite.end, object.start)) || (REGISTER_ITEM.test(s.slice(invite.end, object.start)) && !REGISTER_PERK.test(s)));
    if (object && !howTo && !HELP_OBJECT.test(s.slice(object.start, object.end + 40))) return { kind: 'invite', ...span(invite, object) };
  }
  // (e) a nudge to buy the consumable again ("es buen momento para pedir el de recambio", "お早めのご注文を"):
  // the consumable's own interval ("交換時期") is no exchange of the buyer's item
  const reorder = find(REORDER, s);
  // (a nudge may hold its own "not": "não fique sem", "don't forget")
  if (reorder && !answered && NUDGE.test(s) && !NEGATION.test(s.replace(NUDGES, ' ')) && !HARD_GUARD.test(s.replace(INTERVAL, ''))) {
    return { kind: 'reorder', ...reorder };
  }
  // (s17: spare parts sold by a call - their "replacement" words are the hard guard's, so read before it)
  const partsSale = s17 && !answered ? partsSaleIn(s) : null;
  if (partsSale) return partsSale;
  // (s19: a price rise ahead and a call to buy now - "steigen die Preise für die Ersatzfilter ... jetzt zugreifen")
  const rising = s13 && !answered ? riseWithCall(s, after) : null;
  if (rising) return rising;
  // (s22: scarcity with a call to buy, advice to buy a spare now - purchase-push.ts; read before the hard guard, whose words the
  // push's own restock or spare is: "reposição só no outono, garanta a sua", "ordinare subito un set di ricambio")
  const push = s22 && !answered ? pushIn(s, after, buyerWords) : null;
  const pushed = push?.own ? `${s.slice(0, push.own.start)} ${s.slice(push.own.end)}` : s;
  if (push && !HARD_GUARD.test(pushed.replace(RESTOCK_TALK, ' ').replace(SPARE_WORDS, ' ')) && !RETURN_OR_RECEIVED.test(pushed.replace(SPARE_WORDS, ' '))) return { kind: push.kind, start: push.start, end: push.end };
  // (s27: a purchase urged, pre-orders opened - purchase-push.ts urgedIn; the same guards, a pre-order's past sell-out blanked too)
  const urged = s22 && !answered && !push ? urgedIn(s, after, OWN_ORDER.test(s)) : null;
  if (urged && !HARD_GUARD.test(s.replace(RESTOCK_TALK, ' ').replace(SPARE_WORDS, ' ').replace(PREORDER_TALK, ' ')) && !RETURN_OR_RECEIVED.test(s.replace(SPARE_WORDS, ' '))) return urged;
  // (s19 blind c: an upgrade wish with another model - read before the hard guard, whose "trocar" the wish's own "quiser trocar" is;
  // the rest of the sentence still clears it: "if you ever want to upgrade, we can send a replacement model")
  // (s28: a switch to another model advised with its dearer trade - "ti consiglio di passare alla Pesa S3 Smart: costa una decina di
  // euro in più ma si sincronizza" - read before the hard guard, whose "app" the buyer's need is; answered or not, unless the buyer
  // asked about models)
  const switched = s15 ? switchTradeIn(s, buyerWords) : null;
  if (switched) return switched;
  const upgrade = s17 && !answered ? upgradeWishIn(s) : null;
  if (upgrade && !HARD_GUARD.test(s.slice(0, upgrade.wish.start) + ' ' + s.slice(upgrade.wish.end))) return { kind: upgrade.kind, start: upgrade.start, end: upgrade.end };
  // (s19 blind c: the seller's gift boxes for a coming occasion, after the answer to a return question - "our spice gift boxes make an
  // easy present" shares "spice" with "How do I return the spice grinder?": unasked unless the buyer asked about a gift)
  const giftOffer = s13 && answered && !hard && !YES_NO.test(s) ? giftBeyondQuestion(s, own, buyerWords) : null;
  if (giftOffer) return giftOffer;
  // (s24 blind d es-015: a dearer model at a small price gap, tacked onto the answer - "la batería de este modelo da unas 6 horas. Si
  // necesitas más, el modelo Pro dura el doble y ahora mismo está solo 12 € más caro" after "¿Cuánto dura la batería?": the sentence
  // shares the question's words, but the buyer asked about no other model)
  const beyond = s15 && answered && !hard && !YES_NO.test(s) && !ownOrder0(s) ? upsellBeyondQuestion(s, buyerWords) : null;
  if (beyond) return beyond;
  // (s25: a subscription suggested, N for the price of M, a word-of-mouth ask - standing-offer.ts; a subscription tacked onto an
  // answer is still one - "zu Ihrer Frage: 200 ml reichen. Und ... denken Sie an unser Sparabo" - unless the buyer asked about it)
  const standing = s25 && !hard ? standingOfferIn(s, buyerWords) : null;
  if (standing && (standing.kind === 'subscribe-nudge' || !answered)) return standing;
  // (s26: a paid upgrade, another unit cheaper, a deal for today only, other items that complete the set - extra-offer.ts; the paid
  // upgrade is read past the hard guard: it is offered in place of the free exchange; the other kinds after the s13-s15 kinds below,
  // whose entries name the same sentences first - "to complete your set, the same series also has ..." is their cross-sell)
  const extra = s26 && !answered ? extraOfferIn(s, hard) : null;
  if (extra?.kind === 'paid-upgrade') return extra;
  // (s36 fi36: the seller's own other item urged for the buyer's next order, tacked onto an answer - "our spare bulbs are worth
  // grabbing next time you order" after "why does the lamp flicker?": the sentence shares the question's word, not its item)
  const laterBuy = later && answered && !hard && own ? laterBuyIn(s, own, buyerWords) : null;
  if (laterBuy) return laterBuy;
  if (hard || (answered && !invite)) return null;
  // (s22: another item offered on the buyer's interest - purchase-push.ts)
  const offered = s22 ? interestOfferIn(s) : null;
  if (offered) return offered;
  // (s27: another item's price cut, told unasked - purchase-push.ts)
  const cut = s22 ? priceCutIn(s, OWN_ORDER.test(s), after) : null;
  if (cut) return cut;
  // (s17: a restock, a range now out, the storefront link, a later order's gift - unasked-pitch.ts)
  const pitch = s17 ? pitchIn(s, after) : null;
  // (s19 blind c: an item "also sold by us" in a reply to the buyer's question is the answer's - "Qué cuchilla necesito?" ->
  // "La B9 también la vendemos nosotros"; unasked it is a cross-sell)
  if (pitch && !(pitch.kind === 'sold-by-us' && buyerWords.size > 0)) return pitch;
  const also = ALSO.test(s);
  const ownOrder = OWN_ORDER.test(s);
  if (s13 && !answered) {
    const offer = offerIn(s, own, ownOrder, also);
    if (offer) return offer;
  }
  if (s14 && !answered) {
    const intent = intentIn(s, own, ownOrder, NEGATION.test(s));
    if (intent) return intent;
  }
  if (s15 && !answered && !ownOrder) {
    const step = stepUpIn(s);
    if (step) return step;
  }
  if (extra) return extra;
  if (!primary && !later) return null;
  // (f) a benefit on later purchases, or for a returning customer ("bei jeder weiteren Bestellung",
  // "as a returning customer ... early access", "リピーターのお客様限定"); a negation says it does not apply
  const repeatOf = (r: Hit | null) => (r && !REPEAT_THANKED.test(s.slice(0, r.end + 12)) ? r : null);
  const status = find(FUTURE_ORDER, s) ?? find(LOYAL, s) ?? find(NEXT_ORDER, s) ?? repeatOf(find(REPEAT_ORDER, s));
  if (status && !NEGATION.test(s)) {
    const benefit = find(BENEFIT, s);
    // (s27: a gift or a surprise in the next parcel is a loyalty perk, but tied to a review it is the review's incentive only, as the
    // dev rows label it - "Als kleines Dankeschön fürs Bewerten legen wir Ihrer nächsten Bestellung ein Geschenk bei", rl-de-s9p-0006;
    // a discount or a voucher for it stays marketing too)
    const giftOnly = benefit && GIFT_BENEFIT.test(s.slice(benefit.start, benefit.end)) && REVIEW_WORD.test(s);
    if (benefit && !giftOnly) return { kind: 'loyalty', ...span(status, benefit) };
  }
  // (s24 blind d pt-017: the seller's catalogue or price list offered to be received or sent - "Para receber nosso catálogo de atacado
  // com preços de revenda mande um e-mail para ...", "we'll send you our full catalogue", "unsere Preisliste schicken wir Ihnen gern")
  const catalogue = find(CATALOGUE, s);
  if (catalogue && find(CATALOGUE_PASSED, s) && !NEGATION.test(s) && !NOT_A_CATALOGUE.test(s)) return { kind: 'invite', ...catalogue };
  // (g) "complete the set with our ..." / "... della stessa linea": more of the seller's range
  const complete = find(COMPLETE, s);
  if (complete) {
    const ownAfter = own && own.start > complete.start ? own : null;
    const same = find(SAME_RANGE, s);
    if (ownAfter || same) return { kind: 'cross-sell', ...span(complete, ownAfter ?? same) };
  }
  // (h) a liking promised for another of the seller's items: "if you like the kettle, you'll love our
  // dripper", "vai adorar a nossa caneca da mesma linha" (not "we hope you'll love it")
  const love = find(LOVE, s);
  if (love && own && (LIKE_COND.test(s) || also || range) && !(ownOrder && !also)) return { kind: 'cross-sell', ...span(love, own) };
  // (m) the seller's item suited to the buyer's, and a range "worth checking out" (its object before it)
  const fit = find(FIT, s);
  const fitOwn = own ?? find(SAME_RANGE, s);
  if (fit && fitOwn && !NEGATION.test(s)) return { kind: 'cross-sell', ...span(fit, fitOwn) };
  const worth = find(WORTH, s);
  const worthRange = range ?? find(OTHER_ITEMS, s);
  if (worth && worthRange) return { kind: 'invite', ...span(worthRange, worth) };
  // (l) a call to buy now, not refused ("please don't buy now, the replacement is on its way")
  const buyNow = find(BUY_NOW, s);
  if (buyNow && !ownOrder && !NEGATION.test(s)) return { kind: 'invite', ...buyNow };
  // (k) a sale running now or over a range ("wir haben gerade eine Aktion auf alle Bettdecken"), not one
  // told as over, refused or on the buyer's own order (a coupon applied is in the hard guard)
  const sale0 = find(SALE, s);
  const sale = sale0 && !(s.slice(sale0.start, sale0.end) === 'sale' && SALE_VERB_AFTER.test(s.slice(sale0.end, sale0.end + 16))) ? sale0 : null;
  if (sale && !ownOrder && !NEGATION.test(s) && !SALE_OVER.test(s) && !SALE_AS_CAUSE.test(s.slice(sale.end) + after) && !CAUSE_BEFORE_SALE.test(s.slice(Math.max(0, sale.start - 40), sale.start))) {
    const scope = find(SALE_SCOPE, s);
    if (scope) return { kind: 'novelty', ...span(sale, scope) };
  }
  // (j) the seller's items suggested as gifts (not the bought item: "your order is a lovely gift")
  const gift = find(GIFT, s);
  // (not a gift to the seller: "una valutazione sarebbe un bel regalo per il nostro piccolo laboratorio", "your review would be a
  // real gift for our little shop" - the buyer's words are the gift, the seller's the receiver - s21 blind y it-016)
  if (gift && own && !ownOrder && !GIFT_TO_US.test(s)) return { kind: 'novelty', ...span(gift, own) };
  // (the gift-idea question alone, the seller's item in the next sentence: "Still hunting for gift ideas? Our walnut boxes
  // come wrapped" - s18 blind b)
  // (French "Nos coffrets ..." opening it: "nos" is the seller's only there, es/pt "nos" is "us")
  const nextSentence = after.split(/[.!?。！？\n]/u)[0] ?? '';
  if (gift && !ownOrder && /[?？]\s*$/u.test(s) && (OWN_DET.test(nextSentence) || /^\s*nos\s/u.test(nextSentence))) return { kind: 'novelty', ...gift };
  // (i) the seller's range as the subject of a welcome: "notre gamme ... n'attend que vous"
  const awaits = find(AWAITS, s);
  if (awaits && !ownOrder && (range ?? find(OTHER_ITEMS, s)) && own) return { kind: 'invite', ...span(own, awaits) };
  // (b) a novelty or an offer of the seller's products, not the buyer's own item
  const novelty = (primary ? find(NOVELTY, s) : null) ?? (later ? find(NOVELTY_LATER, s) : null);
  if (!primary && !novelty) return null;
  // (a support or phone line now open is service: "our support line is now available from 8 am")
  // (a negation before the novelty or in its clause after it denies it; "goes live on 3 March, same motor, no cable"
  // is a feature told two clauses on)
  // (a stock state still to come is a promise of news, not news: "we'll let you know as soon as the XL model is back in
  // stock"; a new model or version to come stays a novelty: "dès que la nouvelle version sera disponible")
  const toCome = novelty && /stock|availab|disponib|verfügbar|erhältlich|lieferbar/u.test(s.slice(novelty.start, novelty.end)) && TO_COME.test(s.slice(0, novelty.start));
  const denied = novelty && (toCome || NEGATION.test(s.slice(0, novelty.end) + ' ' + s.slice(novelty.end, clauseEnd(s, novelty.end, /[,;:(]/u))));
  // (the novelty's own clause: "our new collection is now available, and our support line is happy to help" stays one)
  // (and the sentence's subject before it: "our customer support line, which you reached yesterday, is now available")
  const clause = novelty && s.slice(0, clauseEnd(s, novelty.end, /[,;]/u)).split(/(?<![\p{L}])(?:and|y|und|et|e)(?![\p{L}])/u).pop();
  // (s29: a new version of a document sent with the message - "die neue Version hängt als PDF an", "the new version of the manual is
  // attached" - is the buyer's manual mended, no product)
  const documentSent = novelty && VERSION_WORD.test(s.slice(novelty.start, novelty.end)) && DOCUMENT_SENT.test(s);
  // (s36 ff36: a new version of the bought software or firmware told with its updates or download - "desde ahí se descargan las nuevas
  // versiones" after "para recibir las actualizaciones del programa" - is the product kept up to date, no launch)
  const updateShipped = novelty && /versi|vers[ãa]o|vers[õo]es|[ée]dition|ausgabe|版/u.test(s.slice(novelty.start, novelty.end)) && SOFTWARE_UPDATE.test(s);
  if (novelty && !documentSent && !updateShipped && !(ownOrder && !also) && !(denied && !invite) && !SERVICE_LINE.test(clause || '') && !SELF_DESCRIBED.test(s.slice(Math.max(0, novelty.start - 40), novelty.end)) && !(NEW_LOOK.test(s.slice(novelty.start, novelty.end)) && PACKAGING_RESTYLED.test(s.slice(Math.max(0, novelty.start - 30), novelty.start))) && !(IN_DEVELOPMENT.test(s.slice(Math.max(0, novelty.start - 40), novelty.start)) && !DEV_OFFER.test(s))) {
    const product = own ?? find(PRODUCT_WORD, s) ?? range ?? bundle;
    // "too"/"also" outside the cue: "the large sizes are now in stock too" (not the "aussi" of "existe aussi en")
    const alsoBesides = also && ALSO.test(`${s.slice(0, novelty.start)} ${s.slice(novelty.end)}`);
    // (s34 fix D, dev s28gm2-fr-003: the acclaimed forms too - "le plus plébiscité / apprécié par nos clientes", "lo más valorado", "più
    // apprezzato", "mais elogiado", "most praised" - under the same own-item condition)
    // (s27 r2: "the most requested / le plus demandé / più richiesto" is a pitch with the seller's own item named - "nuestro producto más
    // pedido", "la nostra borraccia più amata"; without it a fact on demand: "Ce modèle est le plus demandé en 42, d'où la rupture")
    const crowdWord = MOST_WANTED.test(s.slice(novelty.start, novelty.end));
    if ((product || alsoBesides || NEW_ITEM.test(s.slice(novelty.start, novelty.end))) && !(crowdWord && !own)) return { kind: 'novelty', ...span(novelty, product) };
  }
  // (b') a dearer model of the seller's, or one for a later order
  const next = NEXT_ORDER.test(s);
  const upsell = find(UPSELL, s);
  // (a version still being developed, nothing offered, is news of the product as in (b): "notre équipe travaille sur une nouvelle
  // version plus silencieuse", "we're working on a stronger model" - s31 prec31b; "... plus silencieuse, précommandez-la" stays)
  const developing = upsell !== null && versionInDevelopment(s.slice(Math.max(0, upsell.start - 40), upsell.start), s);
  if (upsell && (own || also || next) && !ownOrder && !NEGATION.test(s) && !developing) return { kind: 'novelty', ...span(upsell, own) };
  // (a') a store and more or other items in it
  const others = find(OTHER_ITEMS, s);
  if (others && range && !ownOrder) return { kind: 'invite', ...span(others, range) };
  // (b'') the seller offers another version, size or range
  const offers = find(SELLER_OFFERS, s);
  // (s18: "the only one we offer for that model", "la seule que nous proposons": no alternative offered, the opposite)
  // (and "only" right after the verb: "vendemos só esse tamanho", "we sell only this size", "vendemos solo esta talla" - s25 pt, a
  // near-miss of the informal "a gente vende" above)
  if (offers && !ownOrder && !ONLY_ONE.test(s.slice(Math.max(0, offers.start - 40), offers.start)) && !ONLY_AFTER.test(s.slice(offers.end, offers.end + 30))) {
    const item = find(PRODUCT_WORD, s.slice(offers.end)) ?? find(RANGE, s.slice(offers.end)) ?? find(BUNDLE, s.slice(offers.end)) ?? find(UPSELL, s.slice(offers.end));
    if (item && !NEGATION.test(s)) return { kind: 'cross-sell', start: offers.start, end: offers.end + item.end };
  }
  // (c) other buyers' choices or a matching item next to the seller's own range
  const cross = find(CROSS, s);
  const audience = cross && OTHERS_TOO.test(s.slice(Math.max(0, cross.start - 12), cross.end + 4));
  // (s22 blind a de-012: German "dazu" after other customers' take - "Kunden, die ... gekauft haben, nehmen meist noch den passenden
  // Deckel dazu" - is their "also")
  const added = cross && CROSS_ADDED.test(s.slice(cross.end));
  // (s27 r2: or told to exist beside the bought item - "there is a matching pillowcase for the duvet cover you bought", "es gibt dazu die
  // passende", "il existe la housse assortie", "hay una funda a juego", "c'è anche", "existe a capa combinando", "…もございます")
  const exists = cross && EXISTS_BEFORE.test(s.slice(Math.max(0, cross.start - 30), cross.start));
  const existsJa = cross && JA_EXISTS_AFTER.test(s.slice(cross.end));
  // (s32 prec32b: not other buyers' ratings - "Viele Kunden geben uns 5 Sterne, wir hoffen Sie auch" is social proof for a review,
  // the review rules' matter: what the customers give is stars, no item)
  const crowdRates = cross && !own && REVIEW_WORD.test(s.slice(cross.end));
  if (cross && !audience && !crowdRates && (also || own || next || added || ((exists || existsJa) && !IN_PARCEL.test(s))) && !(ownOrder && !also)) return { kind: 'cross-sell', ...span(cross, own) };
  // (s25: "ご購入のお客様には…もおすすめ" - the cross clause's own "ご購入の" is the other customers' purchase, not the buyer's order:
  // the order is read outside it)
  if (cross && !audience && JA_ALSO_RECOMMENDED.test(s.slice(cross.end)) && !OWN_ORDER.test(`${s.slice(0, cross.start)} ${s.slice(cross.end)}`)) return { kind: 'cross-sell', ...cross };
  // (d) a multi-pack and a saving, unless it is the buyer's own order ("ご注文の「お得な3個セット」は…発送いたしました")
  if (bundle && !(ownOrder && !also && !next)) {
    const saving = find(SAVING, s);
    if (saving) return { kind: 'bundle', ...span(bundle, saving) };
  }
  return null;
}

/** Where the clause holding `from` ends: the first of `stops` after it, or the sentence's end. */
function clauseEnd(s: string, from: number, stops: RegExp): number {
  const at = s.slice(from).search(stops);
  return at < 0 ? s.length : from + at;
}

/** "As soon as", before a stock novelty: the state is still to come (s18 review). */
const TO_COME = re(`${W}(?:as soon as|sobald|dès que|en cuanto|tan pronto como|non appena|assim que|logo que)${E}|次第`);

/** A how-to between an invitation and its object ("discover how to", "découvrez comment", "descubra cómo"). */
/** Registering the product, the device or its warranty ("register the product", "registrar el producto", "enregistrer votre
 *  appareil", "registrare il prodotto", "cadastrar o produto", "das Produkt registrieren", "activate the warranty"). */
// near-misses kept flagged: "le recomendamos registrarse en nuestra web para recibir ofertas" (no product registered; an offer:
// REGISTER_PERK), "register the product on our site and get 10% off your next order" (REGISTER_PERK)
const REGISTER_ITEM = re(
  `${W}(?:regist(?:er|rar|rare|rieren)|enregistrer|cadastrar|activ(?:ate|er|ar)|attivare|ativar|aktivieren)(?: (?:your|the|el|su|tu|le|la|votre|il|lo|suo|o|seu|a|sua|ihr\\p{L}{0,2}|das|die|l'))? ?(?:product\\p{L}{0,2}|produ(?:cto|it|tto|to)|prodott[oi]|produkt|warrant\\p{L}{1,3}|garant\\p{L}{2,4}|device|appareil|aparato|dispositiv[oi]|gerät|apparecchio|aparelho)${E}|(?:produkt|gerät|garantie)\\p{L}{0,3} (?:\\p{L}+ ){0,3}registrieren`,
);
/** ... with a perk or an offer in the sentence: a sign-up for offers, not the registration of an item. */
const REGISTER_PERK = re(
  `${W}(?:offers?|deals?|discounts?|coupons?|news(?:letter)?|club|points|ofertas?|descuentos?|cupones|novedades|puntos|offres?|remises?|réductions?|nouveautés|offert[ae]|sconti|novità|punti|promoç\\p{L}{2,3}|descontos?|novidades|pontos|angebote|rabatt\\p{L}{0,2}|gutschein\\p{L}{0,2}|neuheiten|punkte)${E}|\\d{1,2} ?%`,
);
const HOW_TO = re(`${W}(?:how|wie|comment|cómo|como|come)${E}`);

// Session 13 (s13-mkt): kinds read from the structure of an offer, behind their own literal anchor.
//   multi-buy  a quantity to buy and what the next one costs ("buy two ... the third is free",
//              "Kaufen Sie zwei ..., der dritte ist gratis", "leve duas ... e ganhe a terceira");
//   gift item  the seller's gift sets for an occasion ("Weihnachten steht vor der Tür: unsere Geschenksets");
//   follow     following the seller's brand or store ("Folgen Sie unserer Marke auf Amazon", "フォロー");
//   stocked    another item stocked in the seller's shop ("... are available in our shop", "も当店で取り扱って");
//   price gap  a dearer item "for only 8 € more" next to a model or version word;
//   new at us  "neu bei uns", "new at us", "nouveauté chez nous";
//   invite     an invitation frame with a look verb ("te invitamos a echar un vistazo al resto de ...");
//   liking     "if you like X, <the seller's item>" (the promise without "you'll love").
// Guards as for every kind: the hard guard (replacement, refund, tracking, applied coupon), the buyer's
// own order, an answer to the buyer's question, a negation; a gift item also not a delivery.
/** A quantity to buy (s19 blind c: "order two and we'll ship them together at a lower price", "levando dois ... com preço melhor"). */
const BUY_QTY = re(
  `${W}(?:(?:buy|order|get) (?:any )?(?:two|three|four|2|3|4)|levando (?:dois|duas|três|2|3)|en prenant (?:deux|trois|2|3)|prendendone (?:due|tre|2|3)|wenn sie (?:zwei|drei|2|3) (?:nehmen|bestellen)|kaufen sie (?:zwei|drei|vier|2|3|4)|achetez(?:-en)? (?:deux|trois|2|3)|compra(?:ndo)? (?:dos|tres|2|3)|llévate (?:dos|tres|2|3)|prendi(?:ne)? (?:due|tre|2|3)|compra(?:ne)? (?:due|tre)|acquista(?:ne)? (?:due|tre|2|3)|leve (?:duas|dois|três|2|3)|compre (?:duas|dois|três|2|3))${E}|点(?:以上)?(?:の)?(?:ご購入|お買い上げ|購入)で`,
);
/** What the next one costs: "the second one is half price", "der dritte ist gratis", "ganhe a terceira". */
const NEXT_ONE = re(
  `${W}(?:(?:second|third|2nd|3rd) (?:one |item |pair )?(?:is |at |for )?(?:free|half|\\d+ ?% off)|(?:zweite|dritte)\\p{L}{0,2} (?:ist |gibt es )?(?:gratis|kostenlos|geschenkt|umsonst|zum halben preis)|(?:2e|3e|deuxième|troisième|seconde?) (?:est )?(?:offert|gratuit|à moitié prix)|(?:segund|tercer)[oa]? (?:gratis|a mitad de precio|de regalo)|llévate (?:el|la) (?:segund|tercer)[oa]?|(?:second|terz)[oa] (?:è )?(?:in omaggio|gratis|gratuit[oa]|a metà prezzo|in regalo)|(?:segund|terceir)[oa] (?:sai )?(?:grátis|de graça|de brinde|pela metade)|ganhe (?:o|a|mais) (?:segund|terceir|um|uma)[oa]?)${E}|もう1点(?:プレゼント|無料)|点目(?:が|は)?(?:無料|半額)`,
);
/** A gift item: gift sets, boxes, hampers (s23: "kits presenteáveis", "lotes de regalo" - s23 blind a pt-019). */
const GIFT_ITEM = re(
  `${W}(?:gift (?:sets?|box(?:es)?|baskets?|hampers?|packs?)|geschenk(?:set|box|korb|packung)\\p{L}{0,2}|coffrets? cadeaux?|coffrets?|estuches? (?:de )?regalo|cajas? (?:de )?regalo|confezion[ei] regalo|cofanett[oi]|kits? (?:de )?presente|caixas? (?:de )?presente|kits? presente[áa]ve(?:l|is)|lotes? (?:de )?regalo|packs? (?:de )?regalo|cestas? (?:de )?regalo|cestas? de presente)${E}|ギフトセット|ギフトボックス|詰め合わせ`,
);
/** The seller adding items to its range ("we've just added", "abbiamo appena aggiunto", "nous venons d'ajouter", "acabamos de añadir",
 *  "acabamos de adicionar", "wir haben ... neu aufgenommen") and its shop named as where they are: the spare parts so added are sold. */
// why: s23 blind a it-001 - "guarnizioni di ricambio" just added to the shop, cleared as a replacement by the hard guard
const ADDED_TO_SHOP = re(`${W}(?:we(?:'ve| have)? (?:just |recently )?added|abbiamo (?:appena |da poco |anche )?aggiunto|(?:nous )?venons d'ajouter|(?:nous )?avons (?:récemment )?ajouté|acabamos de (?:añadir|incorporar|adicionar|incluir)|hemos (?:añadido|incorporado)|(?:nós )?adicionamos|wir haben (?:\\p{L}+ ){0,3}(?:neu )?(?:aufgenommen|ergänzt|hinzugefügt))${E}`);
/** ADDED_TO_SHOP's literals, tried first (a plain scan: most sentences hold none). */
const ADDED_HINT = /added|aggiunto|ajout|añadido|añadir|incorpor|adicion|aufgenommen|ergänzt|hinzugefügt/u;
const OUR_SHOP = re(`${W}(?:(?:in|at|on|from) our (?:\\p{L}+ )?(?:store|shop|storefront)|in unserem (?:\\p{L}+-?)?(?:shop|store)|dans notre boutique|en nuestra tienda|nel nostro negozio|na nossa loja)${E}`);
/** The special or festive wrapping of a gift set (the offer's, read with GIFT_ITEM and OCCASION). */
// why: s23 blind a pt-019 - "kits presenteáveis com embalagem especial" for Mother's Day: "embalagem" is a hard-guard word
const GIFT_WRAP_SOURCE = `${W}(?:(?:special|gift|festive|holiday) (?:packaging|wrapping)|embalage(?:m|ns) (?:especia(?:l|is)|de presente|festiva)|emballages? (?:cadeaux?|spéci\\p{L}{1,4}|festi\\p{L}{1,4})|embalajes? (?:especia(?:l|les)|de regalo)|confezion[ei] (?:regalo|special[ei])|(?:geschenk|sonder|fest)verpackung\\p{L}{0,2})${E}`;
const GIFT_WRAP = re(GIFT_WRAP_SOURCE);
const GIFT_WRAP_HINT = /packaging|wrapping|embalage|emballage|embalaje|confezion|verpackung/u;
const GIFT_WRAPS = compactRegExp(GIFT_WRAP_SOURCE, 'gu');
/** An occasion for gifts. */
// (s33 rec33: a birthday too - "viene en pack regalo ..., ideal para cumpleaños", "perfect for a birthday", 誕生日のプレゼントに; and the
// Brazilian "caixa presente" without "de" in GIFT_ITEM - s30wm2-es-012, s30wm2-pt-012)
const OCCASION = re(
  `${W}(?:christmas|xmas|mother'?s day|father'?s day|valentine'?s day|easter|holidays|weihnacht\\p{L}*|muttertag|vatertag|valentinstag|ostern|noël|fêtes?|saint-valentin|pâques|navidad|d[íi]a de(?:l| la) (?:padre|madre)|san valent[íi]n|natale|festa della (?:mamma|papà)|san valentino|pasqua|natal|dia d(?:as|os) (?:mães|pais)|(?:los )?reyes magos|(?:d[íi]a|noche) de reyes|(?:se acercan|llegan|vienen|para) los reyes|dia dos namorados|páscoa|birthdays?|geburtstag\\p{L}{0,2}|anniversaires?|cumpleaños|compleanni|compleanno|aniversários?)${E}|クリスマス|母の日|父の日|バレンタイン|お中元|お歳暮|誕生日`,
);
/** A gift the buyer may still lack, told as the reason for the seller's gift boxes (s19 blind a: "tenemos cajas de regalo
 *  preparadas ..., por si todavía te falta algún detalle", "abbiamo pronte anche le confezioni regalo ..., se le manca ancora
 *  qualche pensiero", "in case you still need a present", "s'il vous manque encore un cadeau", "falls Ihnen noch ein Geschenk fehlt"). */
const STILL_LACKING = re(
  `${W}(?:(?:in case|if) you(?:'re)? still (?:need|looking for|missing|short of|have)|(?:por )?si (?:todavía|aún) (?:te|le|os|les) falta\\p{L}*|(?:por )?si (?:te|le) falta (?:todavía|aún)|se (?:le|ti|vi) manca(?:no)? ancora|se ancora (?:le|ti|vi) manca\\p{L}*|s'il vous manque encore|s'il (?:te|vous) manque (?:encore )?(?:un|une|des|quelques)|si vous cherchez encore|(?:falls|wenn) (?:ihnen|dir) noch (?:\\p{L}+ ){0,3}fehl\\p{L}*|(?:se|caso) (?:ainda )?(?:te|lhe) falt(?:a|e|ar)(?: ainda)?)${E}`,
);
/** A favourite of the buyers ("ご好評", "大人気", "every year a bestseller", "jedes Jahr der Renner", "très demandé"). */
// (s28: "贈り物として大変喜ばれております" - well received as a present, of the shop's own gift set; POPULAR is read only with a gift item and
// the seller's own in offerIn, so "お手紙を添えたところ大変喜ばれております" about the buyer's parcel has no gift item of the shop's)
const POPULAR = re(`${W}(?:(?:a |our )?best-?sell\\p{L}*|most popular|(?:jedes jahr )?(?:der|ein) renner|beliebteste\\p{L}?|très demandée?s?|muy solicitad[oa]s?|molto richiest[oaie]|muito procurad[oa]s?)${E}|ご好評|大好評|大人気|人気(?:No|商品|の)|(?:大変|とても|たいへん)?喜ばれて(?:おります|います|いる)`);
/** A delivery (a gift box that arrives is the order's). */
const DELIVERY = re(`${W}(?:(?:will )?arrive[sd]?|deliver\\p{L}*|ship(?:s|ped|ping)?|zugestellt|geliefert|lieferung|livr[ée]\\p{L}*|livraison|entregad\\p{L}*|entrega|consegn\\p{L}*|spedit\\p{L}*|enviad\\p{L}*|envío|llegará|chegará)${E}|届|発送|配送`);
/** The same model or item named as what comes in the gift set ("El mismo modelo viene en pack regalo ...", "the same model comes in a gift
 *  box", "das gleiche Modell gibt es als Geschenkset", "le même modèle existe en coffret", "lo stesso modello c'è in confezione regalo", "o
 *  mesmo modelo vem em caixa presente"): another unit of it offered, not the buyer's parcel (whose "viene/vem" OWN_ORDER reads). */
// why: s33 rec33 - s30wm2-es-012 (a gift pack of the same harness for the buyer's friends: OWN_ORDER held it as the order's packaging)
const SAME_ITEM = re(`${W}(?:the|el|la|le|il|lo|o|a|das|der|die|dem|den) (?:very )?(?:same|mism[oa]|même|stess[oa]|mesm[oa]|gleiche[nm]?|selbe[nm]?) (?:model\\p{L}{0,2}|modèle|version\\p{L}{0,2}|versión|versão|item|article|artículo|articolo|artigo|artikel|produkt|product|produit|producto|prodotto|produto)${E}`);
/** We made it: "we've put together", "montamos", "abbiamo preparato", "hemos preparado", "haben wir zusammengestellt". */
const MADE_BY_US = re(`${W}(?:we(?:'ve| have)? (?:put together|created|made|prepared)|montamos|criamos|preparamos|abbiamo (?:preparato|creato|pensato)|hemos (?:preparado|creado|montado)|(?:nous )?avons (?:préparé|créé|composé)|haben wir (?:\\p{L}+ ){0,3}zusammengestellt|wir haben (?:\\p{L}+ ){0,3}zusammengestellt)${E}`);
/** Following the seller's brand, store or page. */
// (s19 blind c: the brand's name between the verb and the network - "Follow Pinecrest Pottery on Instagram", "Folgen Sie
// Lampenhaus Nord auf Instagram", "suivez Atelier Brume sur Instagram", "segui Bottega Rossi su Instagram"; not the steps, a link or
// a guide followed there: "follow the steps on Facebook")
// (s25: the networks from SOCIAL_NETWORKS - Twitter and Snapchat added; "insta" left to direct-sale.ts's social-follow structure,
// which names the finding for s15b-fr-005 "Suivez nos coulisses sur Insta : @…")
const FOLLOW = re(
  `${W}(?:(?:follow|folgen sie|suivez|sigue a|siga a|segui|seguite) (?!(?:[\\p{L}\\p{N}&'’.-]+ ){0,3}(?:steps?|instructions?|links?|guides?|tutorials?|videos?|anleitung|schritte|étapes|instructions|pasos|instrucciones|passaggi|istruzioni|passos|instruções))(?:[\\p{L}\\p{N}&'’.-]+ ){1,4}(?:on|auf|bei|sur|en|su|no|na) (?:${socialNetworksExcept('insta')}|threads)|follow (?:us|our (?:brand|store|shop|storefront|page|channel))|folgen sie (?:uns|unserer? (?:marke|shop|seite|markenshop|store|kanal))|suivez(?:-nous| notre (?:marque|boutique|page|chaîne))|abonnez-vous à (?:notre|nos) (?:page|boutique|marque|chaîne)|s[ií]gue(?:nos| nuestr[oa] (?:tienda|marca|página|perfil|canal))|s[ií]ganos|segui(?:ci| il nostro (?:brand|negozio|store|marchio|profilo|canale)| la nostra (?:pagina|marca))|seguiteci|siga(?:-nos| a nossa (?:loja|marca|página)| o nosso (?:perfil|canal))|sigam-nos)${E}|(?:ブランド|ストア|ショップ|当店)(?![^。！？\\n]{0,3}(?:でも|では|にて|が|も|で))[^。！？\\n]{0,12}フォロー(?!(?:いたし|致し|させていただ|して参り|してまいり))`,
);
// (the shop as the one who follows, in its humble form, is a follow-up: "配送状況は当店でも引き続きフォローいたします" - s21 blind z ja-022;
// the shop followed is the object: "ブランドストアをフォローしていただくと")
/** Amazon's "Follow" button told by a click (s19 blind a: "Clique em Seguir na nossa página de marca na Amazon", "clicchi su Segui
 *  nella nostra pagina del marchio", "klicken Sie einfach auf Folgen auf unserer Markenseite", "cliquez sur « Suivre »"; the click
 *  may name the page first: "Klicken Sie auf unserer Markenseite bei Amazon einfach auf „Folgen“"). */
const FOLLOW_BUTTON = re(
  `${W}(?:(?:click|tap|press|hit|select)(?: on)?(?: the)? ['"]?follow|(?:klicken|tippen) sie (?:\\p{L}+ ){0,6}?auf ['"„]?folgen|(?:cliquez|appuyez) (?:\\p{L}+ )?sur (?:le bouton )?['"«]?\\s?suivre|(?:haz|haga) clic en (?:el botón )?['"]?seguir|puls(?:a|e) (?:en )?(?:el botón )?['"]?seguir|(?:clique(?:m)?|toque) (?:\\p{L}+ )?em (?:o botão )?['"]?seguir|(?:clicca|clicchi|clicchiate|tocca|tocchi) (?:\\p{L}+ )?su (?:il pulsante )?['"]?segui)${E}|「?フォロー」?(?:ボタン)?を(?:クリック|タップ|押)`,
);
/** ... on the seller's page, or for its deals or news: not a tracking page's "Seguir objeto" (a click on the carrier's follow). */
const SELLER_PAGE = re(
  `${W}(?:(?:brand|store|shop) page|brand store|markenseite|markenshop|unsere[mr]? (?:seite|marke|shop|store)|page (?:de (?:la |notre )?marque|boutique)|notre (?:page|boutique|marque)|página de (?:la )?(?:marca|tienda|loja)|(?:nuestra|nossa) (?:página|marca|tienda|loja)|pagina del (?:marchio|brand|negozio)|(?:la )?nostra (?:pagina|vetrina)|(?:il )?nostro (?:marchio|negozio|store)|our (?:page|store|brand|shop)|deals|offers|(?:blitz)?angebote|offres|ofertas|offerte|novidades|novità|nouveautés|novedades|neuheiten|new products)${E}|ブランドページ|ストアページ|セール情報|新商品`,
);
/** The invitation's own "not" before a miss ("Se non vuole perdersi le offerte lampo", "damit Sie keine Blitzangebote verpassen",
 *  "pour ne rien manquer", "para não perder", "so you don't miss"): blanked before the negation is read. */
const NOT_MISS = compactRegExp(
  `${W}(?:not|never|non|nicht|kein\\p{L}{0,2}|ne|no|não|nunca|don't|do not|won't)(?: [\\p{L}'-]+){0,4}? (?:miss\\p{L}*|verpass\\p{L}*|entgeh\\p{L}*|perd\\p{L}*|manqu\\p{L}*|rat(?:er|ez)|perder\\p{L}*)${E}`,
  'gu',
);
/** Another item stocked in the seller's shop. */
// (s33 rec33: an adverb between, "also", "ebenfalls", "aussi", "también", "anche", "também", and the German "bei uns im Shop" with the
// pronoun before the verb - "die finden Sie ebenfalls bei uns im Shop" after a care tip naming the seller's cleaning tabs - s30wm2-de-002)
const STOCKED = re(
  `${W}(?:available (?:in|from|at|on) our (?:shop|store|storefront|amazon (?:shop|store))|in unserem (?:shop|store|sortiment) erhältlich|bei uns (?:erhältlich|verfügbar)|(?:erhältlich|verfügbar) (?:in unserem|im) (?:shop|sortiment|store)|disponibles? (?:dans|sur) notre (?:boutique|vitrine|magasin)|disponibles? en nuestra tienda|(?:lo|la|los|las) (?:tienes|tiene|encontrarás|encontrará|encuentras|encuentra) (?:(?:also|too|ebenfalls|auch|gleich|direkt|aussi|également|directement|también|tambien|directamente|anche|direttamente|também|diretamente) )?en nuestra tienda|you(?:'ll| will| can)? (?:(?:also|too|ebenfalls|auch|gleich|direkt|aussi|également|directement|también|tambien|directamente|anche|direttamente|também|diretamente) )?find (?:it|them) (?:(?:also|too|ebenfalls|auch|gleich|direkt|aussi|également|directement|también|tambien|directamente|anche|direttamente|também|diretamente) )?in our (?:shop|store)|(?:lo|la|li|le) (?:trovi|trova|troverà|troverai) (?:(?:also|too|ebenfalls|auch|gleich|direkt|aussi|également|directement|también|tambien|directamente|anche|direttamente|também|diretamente) )?nel nostro (?:negozio|store|shop)|(?:(?:o|a|os|as) )?encontra(?:m)? (?:(?:also|too|ebenfalls|auch|gleich|direkt|aussi|également|directement|también|tambien|directamente|anche|direttamente|também|diretamente) )?na nossa loja|(?:tá|está|estão) lá na nossa loja|finden sie (?:(?:es|ihn|sie) )?(?:(?:also|too|ebenfalls|auch|gleich|direkt|aussi|également|directement|también|tambien|directamente|anche|direttamente|também|diretamente) )?(?:bei uns )?(?:in unserem|im) (?:shop|store|onlineshop|webshop|sortiment)|vous (?:le|la|les) trouverez (?:(?:also|too|ebenfalls|auch|gleich|direkt|aussi|également|directement|también|tambien|directamente|anche|direttamente|também|diretamente) )?dans notre boutique|disponibil[ei] (?:nel|sul) nostro (?:negozio|store|shop)|disponíve(?:l|is) (?:na|em) nossa loja)${E}|も(?:当店|弊社|弊店)(?:で|にて)(?:販売|取り扱|ご用意|取り揃え)|他にも[^。！？\\n]{0,40}?(?:販売|取り扱|ご用意|取り揃え)(?:して|いたして|しており|中)`,
);
/** A dearer item for a small extra price: "for only $9 more", "für nur 12 € mehr", "por solo 8 € más" (\x80: "€" in the copy, normalize.ts). */
// (s34: a dollar with its country, a rupee - "only C$60 more", "just A$25 more", "only Rs 500 more"; s34 blind g1 en-106)
// (s19 blind a: an "about" and the currency told in words - "o modelo X2 ... custa só uns 40 reais a mais", "nur etwa 20 Euro
// mehr", "ne coûte que 30 € de plus", "solo unos 40 euros más", "solo circa 30 euro in più", "just about $25 more")
const PRICE_GAP = re(
  `${W}(?:(?:only|just)(?: about| around| roughly)? (?:an? )?(?:extra )?(?:(?:c|a|au|ca|us|nz)?\\$|[€£\\x80₹]|rs\\.?)? ?\\d{1,4}(?:[.,]\\d{1,2})? ?(?:€|\\x80|\\$|£|euros?|dollars?|pounds?|bucks)? (?:more|extra)|(?:nur|lediglich|bloß)(?: etwa| rund| ca\\.?| ungefähr)? \\d{1,4}(?:,\\d{1,2})? ?(?:€|\\x80|euro|franken) mehr|(?:seulement|juste|qu'|que|à peine)(?: ?environ)? ?\\d{1,4}(?:,\\d{1,2})? ?(?:€|\\x80|euros?) de plus|(?:solo|sólo|apenas)(?: unos| unas)? \\d{1,4}(?:,\\d{1,2})? ?(?:€|\\x80|euros?|pesos|dólares) más|(?:soli|solo|appena|soltanto)(?: circa)? \\d{1,4}(?:,\\d{1,2})? ?(?:€|\\x80|euro) in più|(?:apenas|só|somente)(?: uns| umas| cerca de)? (?:r\\$ ?)?\\d{1,4}(?:,\\d{1,2})?(?: ?reais| ?r\\$| ?€| ?\\x80| ?euros?)? a mais|a few dollars more|a few pounds more|a few euros more|a few bucks more|a couple of dollars more|a couple of euros more|ein paar euro mehr|quelques euros de plus|unos (?:pocos )?euros más|qualche euro in più|poucos reais a mais)${E}|あと[\\d,]{1,6}円(?:で|プラスで)`,
);
/** Shipping named with the extra price: an upgraded delivery of the order, not a dearer item. */
const SHIPPING = re(`${W}(?:ship\\p{L}*|express|delivery|versand\\p{L}*|livraison|envío|spedizione|frete|entrega)${E}|配送|送料`);
/** New in the seller's shop: "neu bei uns", "new at us", "nouveauté chez nous". */
const NEW_AT = re(
  `${W}(?:neu (?:bei uns|im (?:shop|sortiment|programm))|jetzt neu|new (?:at|from) us|new in our (?:shop|store)|nouveaut[ée] chez nous|nouveau chez nous|nuev[oa] en nuestra tienda|novedad en nuestra tienda|novità (?:da noi|nel nostro negozio)|novidade na nossa loja)${E}|新入荷|新コレクション`,
);
/** An invitation frame with a look verb ("te invitamos a echar un vistazo", "we invite you to browse"). */
const INVITE_FRAME = re(
  `${W}(?:(?:we )?invite you to (?:take a look|look|browse|discover|explore|visit|check)|(?:te|le|os|les) invitamos a (?:echar|descubrir|conocer|visitar|ver)|echar un vistazo|(?:nous )?vous invitons à (?:découvrir|visiter|jeter|parcourir)|(?:ti|la|vi) invitiamo a (?:scoprire|visitare|dare)|convidamos (?:você |vocês )?a (?:conhecer|conferir|visitar|dar)|laden (?:wir )?sie (?:herzlich )?(?:dazu )?ein,? (?:unser|unsere|sich))${E}`,
);
/** A price rise announced ahead (urgency to buy now): "our prices go up on 1 March", "subimos los precios". */
// (s19 blind a: the verb first, as German, Romance and questions put it - "Ab Januar steigen die Preise für die Ersatzfilter",
// "suben los precios", "aumentano i prezzi", "sobem os preços", "augmentent les prix"; or the product named between - "les prix
// des filtres de rechange augmentent", "the prices of the pads go up")
const PRICE_RISE = re(
  `${W}(?:(?:prices?|preise|prix|precios|prezzi|preços) (?:of|for|on|für|der|des|du|de|dei|delle|degli|del|dos|das|do|da)(?: [\\p{L}-]+){1,4}? (?:go(?:es)? up|(?:will )?(?:rise|increase)|steigen|augmentent|vont augmenter|suben|subirán|aumentan|aumentano|aumenteranno|sobem|aumentam|vão subir)|(?:steigen|erhöhen sich) (?:\\p{L}+ ){0,2}?(?:die |unsere )?preise|(?:suben|subirán) (?:los |nuestros )?precios|(?:aumentano|aumenteranno|salgono) (?:i |i nostri )?prezzi|(?:sobem|aumentam|vão subir) (?:os |nossos )?preços|(?:augmentent|augmenteront) (?:les|nos) prix|prices? (?:go(?:es)? up|(?:will )?(?:rise|increase))|(?:raising|increasing) (?:our |the )?prices|(?:erhöhen|erhöhung) (?:wir )?(?:die |unsere )?preise|preise (?:steigen|erhöhen sich)|preise (?:[\\p{L}\\d.,%]+ ){1,6}?(?:steigen|erhöht werden|anheben)|preiserhöhung|prix (?:augmentent|vont augmenter)|augment(?:ons|ation de) (?:nos |les )?prix|(?:subimos|subiremos) (?:los |nuestros )?precios|(?:los )?precios (?:suben|subirán)|(?:i )?prezzi (?:aumentano|aumenteranno|salgono)|aument(?:iamo|eremo) i prezzi|preços (?:sobem|vão subir|aumentam)|(?:reajuste|aumento) (?:de|dos) preços)${E}|価格改定|値上げ`,
);
/** A call to buy or stock up now (s19 blind a: "wer Vorrat braucht, sollte jetzt zugreifen", "stock up now", "faites le plein",
 *  "abastézcase", "fate scorta", "garanta já o seu"): with a price rise ahead, a pitch whatever product it names - its "Ersatzfilter",
 *  "replacement pads" are the hard guard's words, so the pair is read before it. */
const STOCK_UP_CALL = re(
  `${W}(?:stock up|buy now|order now|grab (?:them|yours|some) now|vorrat\\p{L}*|ein(?:zu)?decken|zu(?:zu)?greifen|jetzt (?:bestellen|kaufen)|faites (?:le plein|des réserves|vos réserves)|faire (?:le plein|des réserves|provision)|commandez (?:dès )?maintenant|profitez-en|abasté[cz]\\p{L}*|abastecer\\p{L}*|hacer acopio|aprovech\\p{L}*|compre (?:ya|ahora|já|agora)|fa(?:te|re|ccia) scorta|approfitt\\p{L}*|acquist\\p{L}* (?:ora|subito|adesso)|fa(?:zer|ça) estoque|garant(?:a|ir) (?:já|o seu|a sua|os seus|as suas)|aproveite)${E}|今のうちに|お早めに`,
);
/** A price rise ahead with a call to buy now: read before the hard guard (its product may be a "replacement" one). */
// (s22 blind a de-020: the call may open the next sentence - "... dass unsere Preise ab Februar steigen. Wenn Sie noch einen zweiten
// Bezug möchten, lohnt es sich, jetzt zuzugreifen."; the span stays on the rise then)
function riseWithCall(s: string, after = ''): { kind: PromotionKind; start: number; end: number } | null {
  const rise = find(PRICE_RISE, s);
  const call = rise && (find(STOCK_UP_CALL, s) ?? (gatedTest(STOCK_UP_CALL, after.split(/[.!?。！？\n]/u)[0] ?? '') ? rise : null));
  if (!rise || !call || NEGATION.test(s.slice(0, rise.start)) || NOT_AFTER.test(s.slice(rise.end, rise.end + 12))) return null;
  return { kind: 'novelty', start: Math.min(rise.start, call.start), end: Math.max(rise.end, call.end) };
}
/** Scarcity told to push a purchase: "they sell out quickly", "schnell weg", "vanno a ruba", "すぐに売り切れ". */
const SCARCITY = re(
  `${W}(?:sells? out (?:fast|quickly|every time)|(?:immer |sehr )?schnell (?:weg|ausverkauft|vergriffen)|partent (?:très )?vite|(?:se agotan|vuelan) (?:enseguida|rápido)?|vanno a ruba|(?:si esauriscono|finiscono) (?:subito|in fretta)|esgotam (?:rápido|rapidinho|logo))${E}|すぐに売り切れ|品薄`,
);
/** A collection of the seller's coming on a day: "am Freitag kommt unsere Frühjahrskollektion", "sort vendredi". */
// ("kollektion" also ends a compound: "Frühjahrskollektion"; no letter run before it, which every position would try)
const COLLECTION = re(`kollektion|${W}(?:collection|colección|collezione|coleção|line-?up|gamme|línea|linea|linha)${E}`);
const COMING = re(`${W}(?:comes? out|drops|launches|kommt|erscheint|sort|sortira|sale|saldrá|llega|esce|uscirà|arriva|chega|sai|lança)${E}|公開予定|発売予定`);
/** Other customers buying a second unit: "many customers get a second lamp", "もう1台ご購入されるお客様も多く". */
const MANY_BUY_SECOND = re(
  `${W}(?:(?:lots of|many|most|plenty of) (?:customers|buyers|people)|viele kunden|beaucoup de clients|de nombreux clients|muchos clientes|molti clienti|muitos clientes)${E}[^.!?\\n]{0,40}?${W}(?:second|another|zweite\\p{L}?|weitere\\p{L}?|deuxième|seconde?|autre|segund[oa]|otr[oa]|second[oa]|altr[oa]|outr[oa])${E}|もう(?:1|一)(?:台|つ|個|点)[^。！？\\n]{0,16}?(?:お客様|方)(?:も|が)(?:多|大勢)`,
);
/** (s19 blind a) Most customers or the regulars switching to a bigger pack: "Stammkunden steigen meist auf den 5-kg-Sack um",
 *  "A maioria dos nossos clientes acaba migrando pro saco de 10 kg", "la plupart de nos clients prennent directement le lot de
 *  8", "most of our customers move to the 10 kg bag" - the majority's choice pitched, not a review appeal. The crowd ... */
const CROWD = re(
  `${W}(?:(?:most|many|lots) (?:of )?(?:our )?(?:customers|buyers|clients|regulars|shoppers|people)|(?:our )?(?:regulars|regular customers|returning customers|repeat customers)|stammkund\\p{L}*|(?:die meisten|viele) (?:unserer )?(?:kunden|käufer)|(?:la plupart|beaucoup|la majorité) de(?:s| nos) (?:clients|acheteurs)|nos clients (?:fidèles|habituels)|(?:la mayoría|muchos) de (?:nuestros |los )?clientes|(?:nuestros )?clientes habituales|la maggior parte dei (?:nostri )?clienti|molti (?:dei nostri )?clienti|(?:i nostri )?clienti abituali|a maioria dos (?:nossos )?(?:clientes|compradores)|muitos (?:dos nossos )?clientes|(?:nossos )?clientes fiéis)${E}|(?:多くの|ほとんどの|リピーターの|常連の)(?:お客様|お客さま|方)`,
);
/** ... choosing (take, switch to, order: "steigen ... um", "prennent", "migrando pro", "pasan a", "passano al", "levam"; not a
 *  receipt or a use: "most customers receive it in two days", "la plupart de nos clients lavent la housse à 30 °C") ... */
const CROWD_CHOICE = re(
  `${W}(?:(?:switch(?:es)?|move|go|upgrade|step up|trade up) (?:\\p{L}+ )?to|take|buy|get|choose|pick|order|go for|prefer|stock up on|steigen|wechseln|nehmen|kaufen|bestellen|greifen|holen sich|prennent|passent|choisissent|commandent|achètent|optent|privilégient|pasan|se pasan|cambian|eligen|compran|piden|optan|prefieren|passano|prendono|scelgono|comprano|ordinano|preferiscono|migra\\p{L}*|passa\\p{L}*|levam|compram|escolhem|optam|pegam|preferem|mudam|trocam)${E}|(?:を)?(?:選ば|お選び|ご購入|購入|買い)`,
);
/** ... a pack or a bag by its weight or count ("den 5-kg-Sack", "saco de 10 kg", "le lot de 8", "the 10 kg bag", "6個入り"); a
 *  size or a colour is advice ("la plupart de nos clients prennent la taille M"). */
const CROWD_PACK = re(
  `${W}(?:\\d+(?:[.,]\\d+)? ?-?(?:kg|g|l|ml|er)(?:-| )?(?:sack|beutel|bag|box|packs?|packung|dose|tin|bidon|bottle|flasche|kanister|pot)?|(?:packs?|packung|lot|lots|multipack|bundle|sack|säcke|beutel|bag|bags|saco|sacos|sacco|sacchi|bolsa|bolsas|confezion[ei]|vorratspack\\p{L}*|großpackung|familienpackung|kit|paquete|barattolo|bidone|bidón|garrafa|galão|fardo))${E}|\\d+(?:個|本|枚)(?:入り|セット)`,
);
function crowdPick(s: string): Hit | null {
  const crowd = find(CROWD, s);
  const choice = crowd && find(CROWD_CHOICE, s.slice(crowd.end, crowd.end + 40));
  const pack = choice && find(CROWD_PACK, s.slice(crowd!.end + choice.end, crowd!.end + choice.end + 40));
  return crowd && choice && pack ? { start: crowd.start, end: crowd.end + choice.end + pack.end } : null;
}
/** The literals one of the kinds above needs (read before their union, as NEW_ANCHOR). */
// (s33 rec33: "regalo" and "cesta" wake it too - "pack regalo", "lote de regalo", "cesta de Natal" are GIFT_ITEM's)
const S13_ANCHOR =
  /tienes|tiene en|encontr|find it|find them|trovi|tá lá|está lá|estão lá|finden sie|trouverez|buy |order two|order three|order 2|order 3|get two|get three|levando|en prenant|prendendone|wenn sie zwei|wenn sie drei|kaufen sie|achetez|compra|llévate|prendi|acquista|leve |compre |点|second|third|2nd|3rd|zweite|dritte|2e |3e |deuxième|troisième|segund|tercer|terz|terceir|ganhe|もう1点|gift|geschenk|coffret|estuche|caja|confezion|cofanett|kit|caixa|regalo|cesta|ギフト|詰め合わせ|follow|folgen|suivez|suivre|abonnez|sigue|sígue|siga|segui|sigam|フォロー|available|erhältlich|verfügbar|disponib|disponív|当店|弊社|弊店|他にも|only|just|nur |lediglich|bloß|seulement|juste|de plus|solo|sólo|apenas|soli |soltanto|só |somente|あと|neu|new |nouveaut|nouveau|nuev|novedad|novità|novidade|新入荷|invite|invitamos|echar|invitons|invitiamo|convidamos|laden|if you like|if you love|if you enjoy|if you liked|if you loved|if you enjoyed|wenn ihnen|si vous aimez|si vous avez aimé|si te gust|si le gust|si te ha gustado|si le ha gustado|se ti piace|se le piace|se ti è piaciut|se le è piaciut|se você gost|se gost|お気に召し|go up|goes up|rise|increas|raising|erhöh|steigen|augment|subimos|subiremos|suben|subirán|aument|sobem|vão subir|salgono|reajuste|価格改定|値上げ|sell|weg|ausverkauft|vergriffen|partent|agotan|vuelan|ruba|esauriscono|finiscono|esgot|売り切れ|品薄|kollektion|collection|colección|collezione|coleção|line|gamme|línea|linea|linha|公開予定|発売予定|lots of|many|most|plenty|viele|beaucoup|nombreux|muchos|molti|muitos|もう|regular|returning|repeat|stammkund|die meisten|plupart|majorit|mayoría|habitua|maggior parte|abitual|maioria|fiéis|fidèles|多くの|ほとんどの|リピーター|常連|few|paar|quelques|unos|qualche|poucos/u;
const S13_PARTS = [BUY_QTY, NEXT_ONE, GIFT_ITEM, FOLLOW, FOLLOW_BUTTON, STOCKED, PRICE_GAP, NEW_AT, INVITE_FRAME, LIKE_COND, PRICE_RISE, SCARCITY, COLLECTION, MANY_BUY_SECOND, CROWD];
const S13_CUE_SOURCE = S13_PARTS.map((r) => `(?:${r.source})`).join('|');

/** A delay or a shipment: a price rise or scarcity told as news about the order. */
const DELAY_OR_ORDER = re(`${W}(?:delay\\p{L}*|backorder\\p{L}*|verzöger\\p{L}*|retard\\p{L}*|retras\\p{L}*|ritard\\p{L}*|atras\\p{L}*|ships?|versand|expédi\\p{L}*|envi\\p{L}*|spedi\\p{L}*)${E}|遅れ|発送`);
/** A negation right after a cue ("Die Preise steigen nicht"); not a bare "no" (pt "no mês"). */
const NOT_AFTER = /^\s{0,2}(?:not|nicht|pas|non|não|nunca|never)(?![\p{L}])/u;
/** A gift received by the seller: "a gift for us / for our shop", "un regalo per noi / per il nostro laboratorio", "ein Geschenk für
 *  uns", "un cadeau pour nous / pour notre atelier", "un regalo para nosotros", "um presente para nós". */
const GIFT_TO_US = re(`${W}(?:gift|present|geschenk|cadeau|regalo|regalito|presente|presentinho|mimo)${E}(?:\\s[\\p{L}]{1,10}){0,2}?\\s(?:for|to|für|an|pour|à|para|pra|per|a)\\s(?:(?:the|il|la|lo|le|el|los|o|a|os)\\s)?(?:us|uns|nous|nosotros|nosotras|noi|nós|a gente|our|unser\\p{L}{0,2}|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?)${E}`);
/** A possessive for the seller's item (not the es/pt pronoun "nos"). */
const OWN_DET = re(`${W}(?:our|unser\\p{L}{0,2}|notre|nuestr[oa]s?|nostr[oaie]|noss[oa]s?)${E}|当店|弊社`);
/** A review word: "if you like X, a review ..." is a review ask, not a cross-sell. */
// (s32 prec32b: stars given are a rating too - "se você gostou do produto, deixe 5 estrelas", "Viele Kunden geben uns 5 Sterne")
const REVIEW_WORD = re(`${W}(?:reviews?|rating|feedback|bewert\\p{L}*|rezension\\p{L}*|avis|évaluation|reseña\\p{L}*|valoraci\\p{L}*|opini\\p{L}*|recension\\p{L}*|avalia\\p{L}*|palabras|words|stars|sterne[n]?|étoiles|estrellas|stelle|estrelas)${E}|レビュー|評価|星[1-5１-５]`);
/** (s36 fi36) A buy called worth it: "worth grabbing", "worth adding", "vaut le coup de prendre", "merece la pena pedir", "vale la pena
 *  ordinare", "vale a pena levar", "lohnt sich mitzubestellen" - with the next order named (NEXT_ORDER), the seller's pitch. */
const WORTH_BUYING = re(
  `${W}(?:worth (?:grabbing|getting|picking up|adding|ordering|buying|having)|lohnt sich (?:mitzubestellen|dazuzubestellen|zu kaufen)|vaut (?:le coup|la peine) d(?:e |')(?:prendre|commander|ajouter|acheter)|merece la pena (?:pedir|comprar|añadir|llevar)|vale la pena (?:prendere|ordinare|aggiungere|comprare)|vale a pena (?:levar|pedir|comprar|adicionar))${E}`,
);
/** The seller's own item (SELLER_OWN) called worth buying on the next order, in a sentence that shares a word with the buyer's
 *  question: the item named in the first three words after "our" is not the one asked about (no shared word), and nothing is denied.
 *  Near-misses: "Do you sell spare bulbs?" answered "our spare bulbs are worth getting next time you order" (asked); "it's not worth
 *  buying our bulbs" (denied). */
function laterBuyIn(s: string, own: Hit, buyerWords: ReadonlySet<string>): { kind: PromotionKind; start: number; end: number } | null {
  const worth = find(WORTH_BUYING, s);
  const next = worth && find(NEXT_ORDER, s);
  if (!worth || !next || NEGATION.test(s) || OUR_PEOPLE.test(s.slice(own.start, own.start + 48))) return null;
  const item = s.slice(own.end, own.end + 48);
  WORD.lastIndex = 0;
  let n = 0;
  for (let m = WORD.exec(item); m && n < 3; m = WORD.exec(item), n++) if (buyerWords.has(m[0]) || buyerWords.has(stemOf(m[0]))) return null;
  return { kind: 'cross-sell', start: Math.min(own.start, worth.start), end: Math.max(worth.end, next.end) };
}
/** The kinds of session 13, for a sentence past the hard guard and not answering the buyer. */
/** A gift question of the buyer's ("do you have gift boxes?", "¿lo tenéis en caja regalo?"): the gift offer is then the answer. */
const GIFT_ASKED = /gift|present|regal|geschenk|cadeau|coffret|caixa|caja|box|confezion|ギフト|プレゼント|贈/u;
/** The seller's gift item for an occasion, in a sentence sharing a word with a question about something else. */
function giftBeyondQuestion(s: string, own: Hit | null, buyerWords: ReadonlySet<string>): { kind: PromotionKind; start: number; end: number } | null {
  for (const w of buyerWords) if (GIFT_ASKED.test(w)) return null;
  const gift = find(GIFT_ITEM, s);
  if (!gift || !own || !OCCASION.test(s) || NEGATION.test(s) || DELIVERY.test(s) || OWN_ORDER.test(s)) return null;
  return { kind: 'novelty', start: Math.min(gift.start, own.start), end: Math.max(gift.end, own.end) };
}

function offerIn(s: string, own: Hit | null, ownOrder: boolean, also: boolean): { kind: PromotionKind; start: number; end: number } | null {
  const span = (a: Hit, b: Hit | null) => (b ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : a);
  const negated = NEGATION.test(s);
  const mine = !(ownOrder && !also);
  const qty = find(BUY_QTY, s);
  // (not Amazon's own discount for a quantity: "If you order 2, Amazon's Subscribe & Save discount applies" - s18 review 2)
  if (qty && !negated && !AMAZONS.test(s)) {
    const after = find(BENEFIT, s.slice(qty.end));
    const next = find(NEXT_ONE, s) ?? (after && { start: qty.end + after.start, end: qty.end + after.end });
    if (next) return { kind: 'bundle', ...span(qty, next) };
  }
  const gift = find(GIFT_ITEM, s);
  // (s17: a gift set we put together around the bought item, "montamos um kit presente com a faca que você comprou")
  const made = gift && MADE_BY_US.test(s.slice(0, gift.start));
  // (s19: or offered for a gift the buyer may still lack - the season named in the sentence before, "Felices fiestas!")
  // (s27 blind b ja-013: or praised as a yearly favourite - "当店の紅茶ギフトセットは毎年ご好評をいただいております", "our gift boxes are a
  // bestseller every year"; the occasion named in the sentence before)
  if (gift && (mine || made || SAME_ITEM.test(s.slice(0, gift.start))) && !negated && !DELIVERY.test(s) && (OCCASION.test(s) || STILL_LACKING.test(s) || (own && (GIFT.test(s) || also || POPULAR.test(s))))) return { kind: 'novelty', ...span(gift, own) };
  const follow = find(FOLLOW, s);
  // (a negation after it is the invitation's own: "dann verpassen Sie keine Neuheiten mehr")
  if (follow && !NEGATION.test(s.slice(0, follow.start))) return { kind: 'invite', ...follow };
  // (s19: the follow button clicked on the seller's page or for its deals - a follow of the brand, whatever its words)
  const button = find(FOLLOW_BUTTON, s);
  if (button && SELLER_PAGE.test(s) && !NEGATION.test(s.replace(NOT_MISS, ' '))) return { kind: 'follow-page', ...button };
  const stocked = find(STOCKED, s);
  if (stocked && mine && !negated && (own || s.charCodeAt(stocked.start) < 0x3000 || also)) return { kind: 'cross-sell', ...span(stocked, own) };
  const gap = find(PRICE_GAP, s);
  if (gap && mine && !negated && !SHIPPING.test(s)) {
    const item = find(UPSELL, s) ?? find(PRODUCT_WORD, s) ?? own;
    if (item) return { kind: 'novelty', ...span(gap, item) };
  }
  // a price rise ahead, scarcity, a collection of ours coming, other customers buying a second unit
  // (a delay or the buyer's own order makes them news about the order: "it sold out quickly, so yours ships Monday")
  // (a negation before the cue denies it; after it, pt "no" is "in the": "sobem no mês que vem")
  if (mine) {
    const before = (hit: Hit) => NEGATION.test(s.slice(0, hit.start)) || NOT_AFTER.test(s.slice(hit.end, hit.end + 12));
    const rise = find(PRICE_RISE, s) ?? find(SCARCITY, s);
    if (rise && !before(rise) && !DELAY_OR_ORDER.test(s)) return { kind: 'novelty', ...rise };
    const coll = own && find(COLLECTION, s);
    const coming = coll && find(COMING, s);
    if (coll && coming && !before(coll)) return { kind: 'novelty', ...span(coll, coming) };
    const second = find(MANY_BUY_SECOND, s);
    if (second && !before(second)) return { kind: 'cross-sell', ...second };
    // (s19: the crowd's bigger pack - a negation before it denies it, "not many customers need the 10 kg bag")
    const pick = crowdPick(s);
    if (pick && !before(pick)) return { kind: 'crowd-pick', ...pick };
  }
  const fresh = find(NEW_AT, s);
  if (fresh && mine && !negated) return { kind: 'novelty', ...fresh };
  // "if you like X, <the seller's item>": the seller's item after the condition's clause, not its team or guide
  // ("if you like, you can ...", a bare condition, is politeness; "nos" in es/pt is "us", no possessive; a
  // review word makes it a conditioned review ask, which the review rules read)
  const like = find(LIKE_COND, s);
  const det = like && find(OWN_DET, s.slice(like.end));
  if (like && det && /^\s{0,2}\p{L}[^,]{0,60},/u.test(s.slice(like.end, like.end + det.start)) && !ownOrder && !REVIEW_WORD.test(s)) {
    const at = { start: like.end + det.start, end: like.end + det.end };
    if (!HELP_OBJECT.test(s.slice(at.start, at.end + 40))) return { kind: 'cross-sell', ...span(like, at) };
  }
  return null;
}

// Session 14 (s14-mkt): kinds read from the intent of an offer, behind their own literal anchor.
//   tier up    a model above the bought one, by its rank ("its big sister", "le modèle au-dessus", "el modelo
//              superior", "die Profi-Variante", "上位モデル") with a pitch (worth it, twice as fast, more, ご検討);
//              the rank names another item, so the buyer's own order told in the same sentence does not clear it;
//   size up    a bigger or family size the seller carries, pitched ("führen wir auch in 32 cm", "did you know ...
//              comes in family size");
//   sign-up    joining the seller's club, list or programme ("Join the Insiders list", "Iscriviti al nostro club");
//   come back  a return visit promised a benefit ("come back to us - ... the lowest price", "Volte sempre: ...");
//   completion a set completed by more of the range ("Per completare il servizio, ... della stessa serie";
//              "Zum Set fehlen Ihnen nur noch ... komplett");
//   together   other customers buying it together ("多くのお客様が一緒にお求め", "frequently bought together");
//   liking     "if you liked X, <another item>" told by a same-line, pairing or recommendation cue
//              ("el acondicionador de la misma gama", "qui vont avec", "もおすすめ").
// Guards: the hard guard (replacement, refund, applied coupon ...), an answer to the buyer's question, a
// negation; the buyer's own order for all but "tier up" (intentIn reads tier up before that guard, the rest after).
/** A model ranked above another ("big sister", "step up", "modelo superior", "上位モデル"). */
const TIER_UP = re(
  `${W}(?:big(?:ger)? (?:sister|brother|sibling)|step[- ]up(?![- ](?:transformers?|converters?|voltage|regulators?|modules?|rings?|adapters?|stools?|ladders?)(?![\\p{L}]))|(?:model|version) up|next model up|profi-?(?:variante|version|modell|ausführung)|große[nr]? (?:bruder|schwester)|grand(?:e)? (?:frère|sœur|soeur)|modèle (?:au-dessus|supérieur)|version supérieure|modelo (?:superior|de gama alta)|versión superior|hermano mayor|modello superiore|versione superiore|fratello maggiore|versão superior|irmão (?:maior|mais velho))${E}|上位(?:モデル|機種|版|グレード)|プロ仕様`,
);
/** A pitch for it: worth it, a multiple, much more, consider (a bare "more" is a price or a fact: "a step-up
 *  transformer costs a bit more"). */
const PITCH = re(
  `${W}(?:worth|lohnt|vaut|vale|twice|double|doppelt|zweimal|deux fois|el doble|il doppio|duas vezes|o dobro|(?:much|even|far|way|a lot) more|(?:viel|noch) mehr|(?:bien|encore|beaucoup) plus|(?:mucho|aún|todavía) más|(?:molto|ancora|assai) più|(?:muito|ainda) mais|faster|longer|schneller|länger|consider)${E}|倍|ご検討|おすすめ|お得`,
);
/** A bigger or family size. */
const SIZE_UP = re(
  `${W}(?:family[- ]size|tamaño familiar|taille familiale|formato famiglia|tamanho família|familiengröße|larger size|bigger size|größere[nr]? größe)${E}`,
);
/** ... or a size in centimetres or litres (read only beside CARRY: "in 32 cm" is mostly a product fact). */
const NUM_SIZE = re(`${W}in \\d{1,3} ?(?:cm|l|ml|litres?|liters?|litros|litri|zoll|inch(?:es)?)${E}`);
/** The seller carrying it too, or a "did you know" pitch. */
const CARRY = re(
  `${W}(?:führen wir|we also (?:make|carry|stock|sell)|did you know|schon gewusst|saviez-vous|sabías|sabia que|sapevi)${E}|ご存知`,
);
/** The seller's catalogue or price list (its own, or a wholesale one): "nosso catálogo de atacado", "our full catalogue", "unsere
 *  Preisliste", "notre catalogue", "nuestro catálogo", "il nostro listino", "catálogo de atacado com preços de revenda". */
const CATALOGUE = re(
  `${W}(?:(?:our|unser\\p{L}{0,2}|notre|nos|nuestr[oa]s?|(?:il |la |i )?nostr[oaie]|(?:o |a )?noss[oa]s?)(?: [\\p{L}-]+)? (?:catalog(?:ue)?s?|(?:gesamt|haupt|produkt|jahres|sortiments)?katalog\\p{L}{0,2}|catálogos?|catalogo|catalogues?|price ?lists?|preisliste\\p{L}?|tabelas? de preços|listas? de precios|listino(?: prezzi)?|liste de prix|tarifs?)|(?:catalog(?:ue)?|katalog|catálogo|catalogo|price ?list|preisliste|tabela de preços|lista de precios|listino|liste de prix) (?:de |da |di |del |für |for )?(?:atacado|revenda|wholesale|trade|großhandel|händler|gros|revendeurs?|mayorista|mayoreo|reventa|ingrosso|rivenditori))${E}`,
);
/** ... to be received or sent: "para receber", "to get", "erhalten", "recevoir", "recibir", "ricevere", "we send", "schicken wir",
 *  "mande um e-mail", "write to us"; or attached to the reply (s37 gd37: "unseren Gesamtkatalog als PDF drangehängt" with an
 *  invoice, s37h4-de-019 - the German compound "Gesamtkatalog" too; "I've attached our catalogue", "ci-joint notre catalogue"). */
const CATALOGUE_PASSED = re(
  `${W}(?:receb\\p{L}{1,4}|receive|get|request|erhalten|bekommen|anfordern|recevoir|recevez|demandez|recibir|reciba|recibe|pida|pídenos|ricevere|riceve|richied\\p{L}{1,4}|send|sending|email|e-mail|write|schick\\p{L}{0,3}|send\\p{L}{0,3}|envoy\\p{L}{1,4}|env[íi]\\p{L}{1,4}|mand\\p{L}{1,4}|invi\\p{L}{1,4}|escrev\\p{L}{1,4}|escrib\\p{L}{1,4}|scriv\\p{L}{1,4}|écri\\p{L}{1,4}|schreib\\p{L}{1,4}|attach\\p{L}{0,3}|(?:dran|an)geh[äa]ngt|angeh[äa]ngt|beigef[üu]gt|beigelegt|anbei|ci-joint|joint|adjunt\\p{L}{1,4}|allegat\\p{L}{1,2}|alleg\\p{L}{1,4}|anex\\p{L}{1,4})${E}`,
);
/** A manual's or the maker's parts list, not a catalogue for sale: "the exploded view in the manual", "la liste des pièces de la
 *  notice", "il catalogo ricambi del produttore". */
const NOT_A_CATALOGUE = re(
  `${W}(?:manual\\p{L}{0,2}|handbuch|anleitung|notice|manuale|instruções|instrucciones|istruzioni|manufacturer|hersteller\\p{L}{0,2}|fabricant|fabricante|produttore|amazon)${E}`,
);
// (s26 blind e pt-014: the sign-up told as an aim, in the infinitive - "para ... se cadastrar no clube de vantagens da loja",
// "para darse de alta en el club", "per iscriversi al club", "pour vous inscrire au club", "um sich im Kundenclub anzumelden")
/** Joining a club, list or programme of the seller's (s18: the polite "Entri nel nostro Club ...", "entrez dans notre club"). */
// (s24 blind d pt-011: the seller signing the buyer up - "que eu te cadastro no Clube Fidelidade", "we'll sign you up for our VIP
// club", "te apuntamos al club", "la iscriviamo al club", "je vous inscris au club", "wir tragen Sie in unseren Kundenclub ein")
const SIGNUP = re(
  `${W}(?:(?:eu |a gente )?te (?:cadastro|cadastramos|inscrevo|inscrevemos|coloco|colocamos)|(?:we(?:'ll| will| can)?|i(?:'ll| will| can)?) (?:sign|add|enrol+|put) you (?:up )?(?:to|for|on|in(?:to)?)|(?:te|le|les|os) (?:apunto|apuntamos|inscribo|inscribimos|damos de alta|doy de alta)|(?:la|ti|vi|lo) (?:iscrivo|iscriviamo|inseriamo|aggiungiamo)|(?:je|nous) vous (?:inscris|inscrivons|ajoute|ajoutons)|(?:wir )?(?:tragen|nehmen) (?:wir )?sie (?:gern\\p{L}? )?(?:in|auf)|join|sign up|subscribe to|become a member|(?:se )?cadastrar(?:-se)?|(?:se )?inscrever(?:-se)?|registrarse|(?:darse|darte) de alta|iscriver(?:si|ti)|s'inscrire|vous inscrire|sich (?:\\p{L}+ ){0,2}?anmelden|iscriviti|iscrivetevi|si iscriva|entr(?:a|i|ate) (?:nel|a far parte)|entrez dans|inscrivez-vous|rejoignez|abonnez-vous|únete|suscríbete|regístrate|inscríbete|entre para|inscreva-se|cadastre-se|melden sie sich|registrieren sie sich|treten sie|welcome you (?:in)?to|qualify for|unirte|unirse|únase|apúntate|apuntarte|entrar (?:no|na|para o|para a)|fazer parte d[oa]|far parte d\\p{L}{0,4}|faire partie d\\p{L}{0,3}|rejoindre|beitreten|mitglied werden)${E}[^.!?\\n]{0,40}?${W}(?:club|circle|society|list|mailing|newsletter|programm?e?|community|insiders?|vip|membership|kundenclub|kundenkarte|bonusprogramm|liste|communauté|programa|lista|comunidad|programma|comunità|clube|comunidade)${E}`,
);
/** A list or programme that may be anyone's: it is the seller's club when "our", the shop or a perk is told with it. */
const GENERIC_CLUB = /^(?:list|liste|lista|programm?e?|programa|programma|community|communauté|comunidad|comunità|comunidade)$/u;
const CLUB_OWNER = re(
  `${W}(?:our|unser\\p{L}{0,2}|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|vip|rewards?|loyalty|insiders?|members?|fidélité|fedeltà|fidelidad|fidelidade|treue\\p{L}*|bonus\\p{L}*|newsletter|novità|news|nouveautés|novedades|novidades|neuheiten|offers?|offres|ofertas|offerte|angebote|deals|boutique|loja|negozio|tienda|shop|store|kunden\\p{L}*|clientes|clienti|clients|customers?)${E}`,
);
/** Not the seller's club: a setup programme, a recall or safety list, the manufacturer's registration or warranty. */
const NOT_CLUB = re(
  `${W}(?:recall|rückruf\\p{L}*|rappel|richiamo|retirada|recolha|safety|sicherheit\\p{L}*|sécurité|seguridad|sicurezza|segurança|set-?up|configur\\p{L}*|konfigur\\p{L}*|einrichtung\\p{L}*|instal\\p{L}*|manufacturer\\p{L}*|hersteller\\p{L}*|fabricant\\p{L}*|fabricante\\p{L}*|produttore|warranty|garantie|garantía|garanzia|garantia)${E}`,
);
/** Coming back ("come back", "revenez", "vuelve", "torna a trovarci", "volte sempre", "kommen Sie wieder"). */
const COME_BACK = re(
  `${W}(?:come back to us|come back and see us|come back any ?time|come back soon|come back again|shop with us again|kommen sie (?:gerne? |bald )?wieder(?! auf (?:uns|mich) zu)|revenez quand vous voulez|revenez nous voir|revenez vite|revenez chez nous|vuelve cuando quieras|vuelva cuando quiera|vuelve pronto|vuelva pronto|vuelve a comprarnos|torna a trovarci|tornate a trovarci|volte sempre|volte a comprar)${E}|またのご利用`,
);
/** A benefit on the next purchase for coming back; a bare "free" is a free repair, support or help ("come back to us
 *  and we will fix it free of charge", "o suporte é grátis"), unless shipping, a gift or a sample is free. */
const BENEFIT_ALL = compactRegExp(BENEFIT.source, 'gu');
const BARE_FREE = /^(?:free|gratis\p{L}*|gratuit\p{L}*|grátis|kostenlos\p{L}*|offert\p{L}*|無料)$/u;
const FREE_GOODS = re(
  `${W}(?:free (?:shipping|delivery|gifts?|samples?)|kostenlose[nrs]? (?:versand|lieferung|geschenk\\p{L}*|probe\\p{L}*)|gratisversand|livraison (?:gratuite|offerte)|cadeaux? (?:gratuits?|offerts?)|(?:envío|regalo) gratis|envío gratuito|spedizione gratuita|omaggio gratuito|(?:frete|brinde) grátis|frete gratuito)${E}|送料無料`,
);
function purchaseBenefit(s: string): Hit | null {
  for (const m of s.matchAll(BENEFIT_ALL)) if (!BARE_FREE.test(m[0])) return { start: m.index, end: m.index + m[0].length };
  return find(FREE_GOODS, s);
}
/** Completing a set as the purpose. */
const COMPLETE_FOR = re(
  `${W}(?:to complete (?:the|your|this)|(?:would|will) complete (?:the|your)|pour compléter|para completar|pra completar|per completare|zum vervollständigen|um (?:\\p{L}+ ){1,3}zu vervollständigen|fehlen ihnen noch|fehlen ihnen nur noch|fehlt ihnen noch|fehlt ihnen nur noch)${E}`,
);
/** ... and the set made whole ("komplett", "complete", "complet"): a completion pitched on its own. */
const WHOLE = re(`${W}(?:komplett|vollständig|complete|complet|completo|completa|completo)${E}|揃`);
/** ... read only after "fehlen Ihnen noch" (a set the buyer lacks): "to complete the setup, ... is complete" is a task. */
const LACKS = /^(?:fehl|um )/u;
/** A piece the buyer lacks, told before "to complete" ("only the lid is missing", "solo te falta", "ti manca solo"). */
const LACKING_BEFORE = re(`${W}(?:missing|lacking|all you need is|only need|falta|faltan|te falta|le falta|manca|mancano|ti manca|le manca|fehlt|fehlen|manque|manquent|il ne (?:vous|te) manque)${E}`);
/** A set made whole: the set, the trio, the service, the collection. */
const SET_NOUN = re(`${W}(?:set|trio|duo|collection|series|conjunto|juego|colección|serie|servizio|collezione|coleção|jogo|kit|ensemble|service|sammlung)${E}`);
/** A task completed, not a set: a form, a return, a setup, a pairing, the order, a payment, a claim, a repair. */
const TASK_WORD =
  '(?:registr|cadastr|formul|inscription|modulo|form(?![\\p{L}])|reso|return|retour|devoluci|devoluç|rücksend|retoure|set-?up|install|instal|configur|einricht|pairing|appairage|accoppiament|emparejamient|emparelhament|kopplung|order|ordine|pedido|commande|bestellung|purchase|achat|compra|acquist|payment|pago|pagament|paiement|zahlung|checkout|process|procedur|procédure|procedimient|verif|vérif|claim|reclam|réclamation|request|demande|solicit|richiest|refund|rembours|reembols|rimbors|exchange|échange|cambio|troca|umtausch|repair|répar|repara|ripara|reparo|profil|profile|account|compte|cuenta|conto|konto|conta|download|update|mise à jour)';
// (s33 r2x33: the seller's own records are a task too - "para completar nuestro registro", "to complete our records", "pour
// compléter notre dossier", "per completare il nostro registro", "pra completar nosso cadastro": a form, not a set)
const TASK_AFTER = compactRegExp(`^\\s{0,3}(?:(?:o|a|el|la|le|il|lo|l'|the|your|this|tu|su|seu|sua|votre|ton|vostro|suo|ihre[nr]?|die|den|das|our|nuestr[oa]s?|notre|nos|nostr[oaie]|(?:o |a |il |la |i |le )?noss[oa]s?|(?:il |la |i |le )nostr[oaie]|unsere[nr]?)\\s{1,2})?(?:${TASK_WORD}|records?|dossier|fichier|fich[ae]|expediente|scheda|ficha|kartei|unterlagen|datei)`, 'u');
const TASK_IN = compactRegExp(`${W}${TASK_WORD}`, 'u');
/** Other customers buying it together. */
const TOGETHER = re(
  `${W}(?:bought together|ordered together|purchased together|zusammen gekauft|zusammen bestellt|achetés ensemble|comprados juntos|compradas juntos|comprati insieme|comprate insieme)${E}|一緒に(?:お求め|ご購入|購入|お買い求め)`,
);
/** ... told as a recommendation: other customers, "often", a pairing, an invitation to add it, a saving
 *  ("frequently bought together", "多くのお客様が一緒にお求め"); "items ordered together may arrive in separate parcels"
 *  tells of the buyer's own items. */
const TOGETHER_PITCH = re(
  `${W}(?:often|frequently|commonly|usually|popular|customers?|shoppers|buyers|people|others|many|pairs? (?:well|nicely|perfectly)|add|grab|save|häufig|oft|viele|kunden\\p{L}*|beliebt\\p{L}*|sparen|souvent|fréquemment|clients|nombreux|populaires?|ajoutez|économisez|a menudo|frecuentemente|clientes|muchos|populares?|añad\\p{L}*|ahorr\\p{L}*|spesso|clienti|molti|popolar[ei]|aggiung\\p{L}*|risparmi\\p{L}*|frequentemente|muitos|adicione|economiz\\p{L}*)${E}|多くの|お客様|よく|人気|お得|おすすめ|いただくと|割引`,
);
/** (s21 blind v) Another item the seller stocks ("Xも在庫がございます", "もご用意しております") offered to buy with the order ("よろしければ一緒に
 *  どうぞ", "あわせていかがでしょうか"): an unasked accessory after a service reply - "専用のガラスフタも在庫がございますので、よろしければ一緒に
 *  どうぞ"; the も says it is another item than the one ordered. */
const ALSO_STOCKED_JA = /も(?:在庫(?:が|も)?(?:ございます|あります|ござい|有り)|ご用意(?:が)?(?:ございます|しております|できます)|取り扱って|販売して)/u;
const TOGETHER_OFFER = /(?:ご?一緒に|あわせて|合わせて)(?:どうぞ|いかが|ご検討|お求め|ご注文|ご購入)/u;
/** A liking of the bought item ("if you liked", "si la théière vous plaît", "se ti è piaciuta"). */
// (s19 blind a: "se gostar do resultado", "caso goste", "se le piacerà", "si le montage vous plaît")
const LIKE_ITEM = re(
  `${W}(?:if you (?:like|love|enjoy|liked|loved|enjoyed)|si (?:te|le) (?:gusta|ha gustado|gustó)|si vous (?:aimez|avez aimé)|si (?:\\p{L}+ ){1,3}vous a plu|se ti piace|se le piace|se (?:ti|le) piacerà|se ti è piaciut\\p{L}|se le è piaciut\\p{L}|(?:se|caso) (?:você )?gost(?:ou|a|ar|e)|si (?:\\p{L}+ ){1,3}vous plaît|wenn ihnen [^.!?\\n]{0,40}gef(?:ällt|allen|allen hat))${E}|お気に召し`,
);
/** Another item paired with it: the same line, a pairing, a recommendation of another ("もおすすめ"). */
const PAIRED = re(
  `${W}(?:qui (?:va|vont) avec|que (?:va|van) con|che (?:va|vanno) con|da abbinare|par perfeito|(?:lovely|perfect|great) pairing)${E}|もおすすめ|もオススメ`,
);
/** A missing part sent after ("wir senden die fehlenden Teller nach"): the order completed, not a sale. */
const SENT_AFTER = re(`${W}(?:nach(?:senden|liefern|geliefert|gesendet)|senden|schicken|send(?:ing)?|ship(?:ping)?|envoy\\p{L}*|envi\\p{L}*|sped\\p{L}*)${E}|お送り|発送`);
const S14_PARTS = [TIER_UP, SIZE_UP, CARRY, SIGNUP, COME_BACK, COMPLETE_FOR, TOGETHER, LIKE_ITEM, TOGETHER_OFFER];

// Session 15 (s15 blind): an upsell to a sibling model read from its intent, in the seven languages.
//   want more  a condition wishing for more than the bought item gives, or finding it too small ("if you ever want
//              more suction", "wenn Sie mal mehr Leistung brauchen", "si ... vous semble un peu juste", "si este se le
//              queda corto", "se un giorno volesse una moka più capiente", "se um dia precisar de mais", "もっと…ご希望")
//              with another model of the range named in the sentence (a model word with a size or a tier, a model code,
//              a bigger model, a sibling): "il modello da 6 tazze", "el modelo Pro", "the 1.7 L version";
//   pitched    another model so named with an intensified comparative benefit or a step-up pitch ("el modelo Pro ...
//              tiene bastante más potencia", "deutlich mehr Fläche", "worth the step up", "merece la pena el salto").
//   (s33 r2x33: a wish to upgrade is the want-more condition said in one verb - "if you want to upgrade, let me know",
//              "wenn Sie aufrüsten möchten", "si vous souhaitez monter en gamme", "si quiere subir de gama", "se vuole fare
//              l'upgrade", "se quiser fazer upgrade" - with the model named as before)
// Not: an answer to the buyer's question ("is there a bigger one?"), a replacement, a refund or a manual (the hard
// guard), the buyer's own order, a denial ("the Pro model is not sold here"), more help or information wished for.
/** A condition wishing for more, or the item found too small (its own negation, "nicht mehr ausreicht", is the wish). */
// (s33 rec33: the familiar "tú" forms and the Brazilian present - "si buscas algo más cómodo para un perro grande, la versión XL ...",
// "se procura algo mais firme"; French "si vous cherchez quelque chose de plus ..." - s30wm2-es-005)
const WANT_MORE = re(
  `${W}(?:(?:if|should|when|whenever|once)(?: [\\p{L}'-]+){0,4}? (?:want|wants|need|needs|would like|fancy|prefer|wish|are after|look for|are looking for|require)(?: [\\p{L}'-]+){0,2}? (?:more|bigger|larger|stronger|extra)|(?:if|should|when|once)(?: [\\p{L}\\d'-]+){0,6}? (?:too (?:small|little|weak|short|snug|tight|cramped)|(?:a (?:bit|little|touch)|rather|quite|somewhat|slightly) (?:small|snug|tight|cramped)|cramped|not (?:big|large|strong|powerful|roomy) enough|outgrow\\p{L}*)|(?:wenn|falls|sollten?)(?: [\\p{L}-]+){0,6}? (?:etwas|ein bisschen|ein wenig) (?:eng|knapp|klein)|si(?: [\\p{L}-]+){0,6}? (?:queda|quede|resulta|le resulta|te resulta) (?:un poco |algo )?(?:justo|justa|pequeñ[oa]|estrech[oa])|se(?: [\\p{L}'’-]+){0,6}? (?:un po'|un pochino|un filo) (?:stretto|stretta|piccolo|piccola|giusto|giusta)|se(?: [\\p{L}-]+){0,6}? (?:um pouco|meio) (?:apertad[oa]|pequen[oa])|(?:wenn|falls|sollten?)(?: [\\p{L}-]+){0,6}? (?:mehr|größere\\p{L}*|stärkere\\p{L}*|zu (?:klein|schwach|knapp)|nicht (?:mehr )?aus(?:reicht|reichen))|si(?: [\\p{L}'’-]+){0,8}? (?:(?:cherchez|cherches|voulez|veux|préférez|préfères)(?: [\\p{L}'’-]+){0,3}? plus|plus (?:de|grand\\p{L}*|puissant\\p{L}*|spacieu\\p{L}*|gros\\p{L}*)|un peu (?:juste|petit\\p{L}*)|trop (?:petit\\p{L}*|juste|faible))|si(?: [\\p{L}-]+){0,6}? (?:necesita|necesitara|necesitaras|necesitas|quiere|quisiera|quisieras|quieres|busca|buscas|buscara|buscaras|prefiere|prefieres)(?: [\\p{L}-]+){0,2}? más|(?:se (?:le|te|les) )(?:queda|quede|quedara|quedó) (?:corto|corta|pequeñ[oa]|chic[oa])|se(?: [\\p{L}'’-]+){0,6}? (?:volesse|vuole|vuoi|volessi|servisse|serve|servono|servissero|cercasse|cerca|cerchi|desidera|desiderasse|desideri)(?: [\\p{L}'’-]+){0,3}? più|(?:si|se|if|falls|wenn)(?: [\\p{L}'’-]+){0,4}? (?:dar el salto|fare il salto|dar o salto|take the (?:leap|plunge)|step up|upgrade|trade up|go up a (?:size|model)|den sprung wagen|aufrüsten|upgraden|aufsteigen|umsteigen|franchir le pas|sauter le pas|monter en gamme|passer (?:à la gamme|au modèle|à un modèle) supérieur\\p{L}*|subir de (?:gama|modelo)|(?:dar el|hacer el|hacer un) (?:upgrade|cambio a mejor)|fare (?:l'|un )?upgrade|passare (?:a un|al) modello superiore|fazer (?:o |um )?upgrade|subir de (?:modelo|categoria))|(?:risulta|diventa|dovesse risultare) (?:troppo )?(?:piccol\\p{L}*|strett\\p{L}*)|se(?: [\\p{L}-]+){0,6}? (?:precisar|quiser|procurar|desejar|procura|procuras|está procurando|tá procurando|precisa|quer)(?: [\\p{L}-]+){0,2}? (?:de )?mais|(?:ficar|fique|ficou) (?:pequen\\p{L}*|apertad\\p{L}*))${E}|もっと[^。！？\\n]{0,16}?(?:ご希望|お求め|必要|欲しい|ほしい|お探し)|(?:大きい|大きな|大容量|パワフル)[^。！？\\n]{0,10}?(?:ご希望|お求め|お探し)|物足りな|手狭`,
);
// (s34: the item found a bit small or snug - "if the 2-person tent feels a bit snug", "wenn ... etwas eng", "si ... le queda un poco
// justo", "se ... un po' stretto", "se ... um pouco apertado"; s34 blind g1 en-106, with another size of the range named after it)
/** More of something that is not a product: help, information, time (a wish the seller answers here). */
const NOT_A_WANT = re(
  `${W}(?:more|mehr|plus d'|más|più|mais) (?:help|info\\p{L}*|details?|time|questions?|hilfe|zeit|fragen|aide|détails|temps|ayuda|detalles|tiempo|preguntas|aiuto|dettagli|tempo|domande|ajuda|detalhes|perguntas)${E}`,
);
const SIZE_UNIT = '(?:l|liters?|litres?|litros?|litri|ml|cm|mm|zoll|inch(?:es)?|w|watts?|tazze|tasses|cups?|tassen|xícaras|tazas|gb|tb|lumens?|lm|mah)';
const MODEL_NOUN = '(?:models?|versions?|editions?|sizes?|modell|ausführung|variante|modèle|taille|modelo|versión|tamaño|formato|modello|versione|taglia|versão|tamanho)';
/** Another model of the range named: a model word with a size or a tier, a model code, a bigger model, a sibling. */
// (s36 fi36: a model word, its name and its price - "le modèle Nova+ à 89 €", "the model Aero for $99", "o modelo Brisa por 59 reais";
// the price closes it, so a model word before a plain word and a number, "the model you have for 2 years", is not read)
// (s33 rec33: one adjective between the model noun and its tier - "la versión ortopédica XL", "the padded version XL", "la versione
// imbottita XL" - s30wm2-es-005)
const OTHER_MODEL = re(
  `${W}(?:\\d+(?:[.,]\\d+)? ?-?${SIZE_UNIT}-?(?: |-)?${MODEL_NOUN}|(?:unser\\p{L}{0,2}|den|das|die|der) \\d+(?:[.,]\\d+)?-${SIZE_UNIT}-\\p{L}{4,}|${MODEL_NOUN} (?:(?:de|da|di|mit|à|a|con|com|with|of) )?\\d+(?:[.,]\\d+)? ?${SIZE_UNIT}|${MODEL_NOUN} (?:\\p{L}{3,14} )?(?:pro|max|plus|ultra|xl|xxl|premium|maxi|grande|family|turbo)|${MODEL_NOUN} \\p{L}[\\p{L}\\d]{1,14}\\+? (?:à|at|for|für|zu|a|por|per|para) (?:(?:\\$|£|€|\x80) ?\\d{1,4}(?:[.,]\\d{1,2})?|\\d{1,4}(?:[.,]\\d{1,2})? ?(?:€|\x80|\\$|£|euros?|dollars?|reais))(?![\\p{L}\\p{N}])|(?:pro|max|plus|ultra|xl|xxl|premium|maxi|turbo) ${MODEL_NOUN}|(?:the|el|la|il|lo|o|a|der|die|das|le) \\p{L}{3,16}(?: \\p{L}{3,12})? (?:pro|max|ultra|turbo|\\d{2,4}(?![\\p{N}.,:%]| ?(?:ml|cl|l|g|kg|w|mm|cm|m|mah|v|€|\\x80|\\$|£)(?![\\p{L}])))|[a-z]{1,8}-?\\d{1,5} (?:max|pro|plus|ultra|xl)|[a-z]{1,8}-\\d{2,5}|[a-z]{1,3}\\d{3,5})${E}|(?:\\d+(?:\\.\\d+)?(?:合炊き|合|l|リットル|cm|w|インチ))の?(?:モデル|サイズ|タイプ)|上位|大容量(?:モデル|タイプ|サイズ)`,
);
/** A size of the range told by its capacity: "2-person", "4-Personen", "4 places", "para 4 personas", "da 4 posti", "para 4 pessoas",
 *  "3-seater". Two of them with different counts in one sentence name the buyer's size and another one of the range. */
const CAPACITY = /(?<![\p{L}\d])(\d{1,2})(?:[- ](?:person|people|man|seater|berth|personen|places|personnes|persone|posti|pessoas|lugares|plazas|personas)|(?:(?:para|per|pour|für|for|da) )(?:\d{1,2}) (?:persons|people|personen|personnes|personas|persone|pessoas))(?![\p{L}])|(?:para|per|pour|für|for|da) (\d{1,2}) (?:persons|people|personen|personnes|personas|persone|pessoas|posti|plazas|places|lugares)(?![\p{L}])/gu;
/** The second capacity named, with another count than the first: another size of the range (the first is the buyer's). */
// why: s34 blind g1 en-106 - "if the 2-person tent feels a bit snug, the 4-person Summit ... is only C$60 more" named no model word
function otherCapacity(s: string): Hit | null {
  if (!/\d/u.test(s)) return null;
  CAPACITY.lastIndex = 0;
  let first: string | null = null;
  for (let m = CAPACITY.exec(s); m; m = CAPACITY.exec(s)) {
    const n = m[1] ?? m[2] ?? '';
    if (first === null) first = n;
    else if (n !== first) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}
/** A comparative benefit, intensified, or a step-up pitch ("far better", "deutlich mehr", "merece la pena el salto"). */
const STRONG_CMP = re(
  `${W}(?:(?:much|far|way|a lot|considerably|significantly|noticeably|even) (?:more|bigger|larger|stronger|better|faster|quieter|brighter|louder|warmer|sharper)|you(?:'d| would) be (?:much |far |a lot )?(?:happier|better off) with (?:our|the)|(?:deutlich|viel|wesentlich|erheblich|spürbar) (?:mehr|größer\\p{L}*|stärker\\p{L}*|besser\\p{L}*|schneller)|(?:bien|beaucoup|nettement) (?:plus|mieux)|deux fois plus|(?:bastante|mucho|muchísimo|notablemente) (?:más|mayor|mejor)|el doble de|(?:molto|ben|decisamente|notevolmente) (?:più|maggior\\p{L}*|miglior\\p{L}*)|il doppio d\\p{L}*|(?:bem|muito|bastante) (?:mais|maior|melhor)|o dobro d\\p{L}*|twice (?:as|the)|double the|doppelt so|worth (?:the|an|it to) (?:upgrade|step(?:ping)? up|switch|jump)|worth upgrading|lohnt sich (?:der|ein) (?:umstieg|aufstieg|wechsel|sprung)|(?:der|ein) (?:umstieg|aufstieg|wechsel|sprung) lohnt sich|vaut (?:le coup|la peine) de passer|le saut en vaut|merece la pena (?:el salto|dar el salto|el cambio)|vale la pena (?:el salto|il salto|fare il salto|passare)|vale a pena (?:o salto|dar o salto|a troca))${E}|ずっと|はるかに|倍の`,
);
/** A plain comparative beside a sibling ("the big brother ... handles pet hair better", "mehr Leistung"). */
const TIER_BENEFIT = re(
  `${W}(?:more|better|bigger|larger|stronger|faster|mehr|besser\\p{L}*|größer\\p{L}*|stärker\\p{L}*|schneller|mieux|plus (?:de|grand\\p{L}*|puissant\\p{L}*|rapide\\p{L}*|spacieu\\p{L}*)|(?:devrait|devraient|va|pourrait) vous plaire|vous plaira|más|mejor|mayor|più|meglio|maggiore|mais(?! (?:il|ils|elle|elles|on|nous|vous|je|ce|c'|ça|cela|pas|plus|le|la|les)(?![\\p{L}']))|melhor|maior)${E}|もっと|より大き|大容量`,
);
/** Paying only the difference for another model (s18 blind g: "si te animas a pasarte al modelo Pro solo tendrías que pagar
 *  la diferencia"): the dearer model sold as a small step; not "we refund the difference" (a refund, the hard guard). */
const PAY_DIFF = re(
  `${W}(?:pay(?:ing)? (?:just |only )?the difference|(?:die )?(?:differenz|aufpreis) (?:zu )?(?:zahlen|bezahlen|begleichen)|payer (?:seulement |uniquement |juste )?la différence|pagar (?:solo |sólo |solamente |só |apenas )?(?:la|a) diferen(?:cia|ça)|pagare (?:solo |soltanto )?la differenza)${E}|差額(?:のみ|だけ)?を?(?:お支払い|ご負担|支払)`,
);
/** ... told as a small step: "only", "just", "solo", "basta", "é só", "n'auriez qu'à" before it. Not an exchange's payment
 *  step, already agreed: "Pay the difference by bank transfer and we'll ship the larger size", "Para pagar la diferencia del
 *  tamaño grande usa este enlace" (s10/s17 rows). */
const ONLY_BEFORE = re(`${W}(?:only|just|solo|sólo|solamente|basta|bastaría|só|apenas|seulement|uniquement|juste|qu'à|nur|lediglich|soltanto)${E}`);
function smallStep(s: string): { start: number; end: number } | null {
  const pay = find(PAY_DIFF, s);
  return pay && (ONLY_BEFORE.test(s.slice(Math.max(0, pay.start - 30), pay.end)) || /だけ|のみ/u.test(s.slice(pay.start, pay.end))) ? pay : null;
}
/** (s28) Another model told as dearer, but better - a trade-off the seller pitches: "a bit more expensive, but much quieter", "etwas
 *  teurer, aber ...", "un peu plus cher, mais ...", "un poco más caro, pero ...", "un po' più caro, ma ...", "um pouco mais caro, mas
 *  ...", "costs about ten euros more but syncs", "costa una decina di euro in più ma ...", "cuesta unos euros más, pero ...", "custa
 *  um pouco mais, mas ...". (s36 fi36: the German concession with the verb between - "kostet zwar 30 € mehr, ist aber leiser", "ist
 *  zwar etwas teurer, hält dafür länger".) Only with another model named or a switch advised (stepUpIn), never for shipping (SHIPPING).
 *  Near-misses: "the express courier costs a bit more but arrives tomorrow" (shipping), "the S3 is a bit dearer, but it is the one
 *  you ordered" (the buyer's own order), an answer to the buyer's question about models (MODEL_ASKED). */
const DEARER_TRADE = re(
  `${W}(?:(?:(?:a bit|a little|slightly|somewhat|only a bit) (?:more expensive|dearer|pricier)|(?:etwas|ein bisschen|ein wenig|minimal) teurer|un (?:peu|poil) plus cher|un poco más car[oa]|un po' più car[oa]|(?:um )?pouco mais car[oa]|costs? (?:[\\p{L}$£€\x80\\d]+ ){1,4}more|kostet (?:[\\p{L}€\x80\\d]+ ){1,4}mehr|coûte (?:[\\p{L}€\x80\\d']+ ){1,4}de plus|cuesta (?:[\\p{L}€\x80\\d]+ ){1,4}más|costa (?:[\\p{L}€\x80\\d']+ ){1,4}in più|custa (?:[\\p{L}$€\x80\\d]+ ){1,4}a mais|custa um pouco mais),? (?:but|aber|doch|mais|pero|ma|mas)|(?:kostet|ist) zwar (?:[\\p{L}€\x80\\d]+ ){1,4}(?:mehr|teurer),? (?:\\p{L}+ ){1,2}?(?:aber|doch|dafür))${E}|少し(?:高い|高く)(?:です|なります)?が`,
);
/** (s28) The seller advising a switch to another model: "I'd recommend switching to the Pesa S3", "ti consiglio di passare alla ...",
 *  "je vous conseille de passer au ...", "te recomiendo pasarte a ...", "recomendo trocar para ...", "Wer es leiser mag, greift zum
 *  ..." (the German generic recommendation). Read as the model of stepUpIn, so a cue (a dearer trade, a strong comparative) is still
 *  needed: "I'd recommend switching to the eco mode" has none. */
const SWITCH_ADVICE = re(
  `${W}(?:(?:i'd|i would|we'd|we would|i|we) (?:recommend|suggest) (?:switching|upgrading|moving up|stepping up|going) (?:up )?to|(?:ti|le|vi) (?:consiglio|consigliamo|suggerisco|suggeriamo) di (?:passare|prendere|optare per)|je vous (?:conseille|recommande|suggère) (?:de passer|d'opter pour|de prendre)|(?:te|le|les) (?:recomiendo|recomendamos|aconsejo|sugiero) (?:pasarte|pasarse|cambiarte|cambiarse|optar por|ir a por)|(?:recomendo|recomendamos|sugiro) (?:trocar|migrar|passar|partir) (?:para|pro|pra)|(?:empfehle|empfehlen) (?:ich |wir )?(?:ihnen |dir )?(?:den umstieg|umzusteigen|zu wechseln)|wer (?:es )?(?:\\p{L}+ ){0,3}(?:mag|will|möchte|braucht|sucht), greift zu(?:m|r)?)${E}`,
);
const S15_PARTS = [WANT_MORE, STRONG_CMP, PAY_DIFF, DEARER_TRADE];
/** The literals one of them needs, read before them (as S14_ANCHOR): a sentence without any costs one literal scan. */
// (s28: the dearer trade's "teurer", "plus cher", "más caro", "più caro", "mais caro", "expensive", "dearer", "pricier", "more, but")
const S15_ANCHOR =
  /teurer|zwar|plus cher|más car|più car|mais car|expensive|dearer|pricier|more,? but|mehr,? aber|de plus,? mais|más,? pero|in più,? ma|a mais,? mas|少し高|if |should|when|once|wenn|falls|sollte|si |se |ficar|fique|ficou|risulta|diventa|dovesse|much|far |way |a lot|consider|significant|noticeabl|even |deutlich|viel|wesentlich|erheblich|spürbar|bien|beaucoup|nettement|deux fois|bastante|mucho|muchísimo|notablemente|el doble|molto|ben |decisamente|notevolmente|il doppio|bem |muito|o dobro|twice|double|doppelt|worth|lohnt|vaut|le saut|merece|vale|difference|differenz|aufpreis|différence|diferencia|differenza|diferença|差額|もっと|大きい|大きな|大容量|パワフル|物足りな|手狭|ずっと|はるかに|倍の/u;
const S15_CUE_SOURCE = S15_PARTS.map((r) => `(?:${r.source})`).join('|');

/** A possessive right before the model: the buyer's own ("your XL model", "il suo modello da 6 tazze"). */
const OWN_MODEL = /(?<![\p{L}])(?:your|ihr|ihre|ihrem|ihren|ihres|votre|su|il suo|la sua|seu|o seu|a sua|sua)\s{1,2}$/u;
/** A return, refund or replacement, or the item received (wrong): the buyer's own item is spoken of (no "cambio" or
 *  "troca": "merece la pena el cambio" is a step-up pitch). */
const RETURN_OR_RECEIVED = re(
  `${W}(?:return\\p{L}{0,3}|send (?:it )?back|refund\\p{L}{0,3}|replac\\p{L}{0,5}|exchang\\p{L}{0,3}|received|wrong|zurücksend\\p{L}{0,3}|rücksend\\p{L}{0,3}|zurückgeben|erstatt\\p{L}{0,4}|umtausch\\p{L}{0,3}|falsch\\p{L}{0,2}|retourn\\p{L}{0,4}|rembours\\p{L}{0,5}|remplac\\p{L}{0,5}|échang\\p{L}{0,4}|reçue?s?|mauvais\\p{L}{0,2}|devol\\p{L}{0,6}|reembols\\p{L}{0,5}|reemplaz\\p{L}{0,4}|equivocad[oa]|recibid[oa]s?|restitu\\p{L}{0,6}|rimbors\\p{L}{0,5}|sostitu\\p{L}{0,5}|ricevut[oaie]|sbagliat[oaie]|substitu\\p{L}{0,5}|recebid[oa]s?)${E}|返品|返金|交換`,
);
const ownOrder0 = (s: string): boolean => OWN_ORDER.test(s);
/** A buyer's question word that asks about another model: a model or version noun, a tier, bigger, another one ("¿Hay un modelo
 *  con más batería?", "Is the Pro worth it?", "gibt es eine größere Version?"): then a model offered answers it. */
const MODEL_ASKED = /^(?:models?|modell\p{L}{0,2}|modèles?|modelos?|modell[oi]|versions?|versión|versiones|versão|versões|versione|versioni|pro|plus|max|ultra|premium|deluxe|upgrade\p{L}{0,3}|bigger|larger|stronger|größer\p{L}*|stärker\p{L}*|grande|grand|plus grand|mayor|maior|superior\p{L}*|supérieur|other|another|andere\p{L}*|autre|otro|otra|altro|altra|outro|outra)$/u;
/** (s36 fi36) The seller recommending the other model outright: "vale muito a pena o upgrade", "je vous le conseille vivement", "I'd
 *  really recommend it", "ich kann ihn nur empfehlen", "se lo recomiendo", "glielo consiglio". With stepUpIn's model and cue, it
 *  stands for the price gap in an answer's tail; near-miss: the buyer asked about models (MODEL_ASKED), "vale a pena limpar o filtro"
 *  (no model, no comparative). */
const RECOMMEND_UP = re(
  `${W}(?:vale (?:muito |bem |mesmo )?a pena (?:o |fazer o |um )?(?:upgrade|salto|troca)|(?:je vous|je te) (?:le|la|les) (?:conseille|recommande)|(?:i'd|i would|we'd|we would) (?:really |definitely |highly )?recommend it|(?:well |really |definitely )?worth (?:the|an) upgrade|(?:ich|wir) (?:kann|können) (?:ihn|es|sie|das) (?:ihnen )?(?:nur |wirklich )?empfehlen|(?:se|te) lo recomiendo|(?:glielo|te lo|ve lo) consiglio|(?:eu )?recomendo muito)${E}`,
);
/** A model of the range offered with a price gap ("solo 12 € más caro", "only $15 more", "nur 10 € mehr") in a sentence that
 *  shares words with the buyer's question, when the buyer asked about no model (s24): the answer's tail is an upsell. Not the
 *  buyer's own or returned model (stepUpIn), nor a gap of shipping. */
function upsellBeyondQuestion(s: string, buyerWords: ReadonlySet<string>): { kind: PromotionKind; start: number; end: number } | null {
  for (const w of buyerWords) if (MODEL_ASKED.test(w)) return null;
  const step = stepUpIn(s);
  // (s28: or the dearer trade - "costa una decina di euro in più ma ...", "etwas teurer, aber ...")
  // (s36 fi36: or the seller's recommendation of it - "vale a pena o upgrade", "je vous le conseille", "worth the upgrade")
  const gap = step && (find(PRICE_GAP, s) ?? find(DEARER_TRADE, s) ?? find(RECOMMEND_UP, s));
  if (!step || !gap || SHIPPING.test(s.slice(gap.start, gap.end + 30))) return null;
  return { kind: step.kind, start: Math.min(step.start, gap.start), end: Math.max(step.end, gap.end) };
}
/** (s28) A switch advised to another model with a dearer trade after it (SWITCH_ADVICE, DEARER_TRADE), not denied, not the buyer's
 *  own order or a return, not an answer to the buyer's question about models. */
function switchTradeIn(s: string, buyerWords: ReadonlySet<string>): { kind: PromotionKind; start: number; end: number } | null {
  const advice = find(SWITCH_ADVICE, s);
  const trade = advice && find(DEARER_TRADE, s.slice(advice.end));
  if (!advice || !trade) return null;
  for (const w of buyerWords) if (MODEL_ASKED.test(w)) return null;
  if (NEGATION.test(s.slice(0, advice.start)) || OWN_ORDER.test(s) || RETURN_OR_RECEIVED.test(s)) return null;
  return { kind: 'novelty', start: advice.start, end: advice.end + trade.end };
}
/** An upsell to another model of the range (s15), for a sentence past the hard guard, not answering the buyer and not
 *  about the buyer's own order. */
function stepUpIn(s: string): { kind: PromotionKind; start: number; end: number } | null {
  // (s28: a switch advised names the model it goes to - "ti consiglio di passare alla Pesa S3 Smart")
  const model = find(OTHER_MODEL, s) ?? find(UPSELL, s) ?? find(TIER_UP, s) ?? find(SWITCH_ADVICE, s) ?? otherCapacity(s);
  if (!model) return null;
  // (the buyer's own model, "su modelo de 1,5 L", "your XL model", or one returned, refunded or received wrong: no
  // upsell, "si ... se le queda corto, puede devolverlo")
  if (OWN_MODEL.test(s.slice(Math.max(0, model.start - 12), model.start)) || RETURN_OR_RECEIVED.test(s)) return null;
  const want = find(WANT_MORE, s);
  const cue = want && !NOT_A_WANT.test(s) ? want : find(STRONG_CMP, s) ?? smallStep(s) ?? find(DEARER_TRADE, s);
  // (a negation outside the wish denies the model: "the Pro model is not sold in Germany")
  if (!cue || NEGATION.test(s.slice(0, cue.start) + ' ' + s.slice(cue.end))) return null;
  return { kind: 'novelty', start: Math.min(model.start, cue.start), end: Math.max(model.end, cue.end) };
}
/** Their union, as the promotion cue's source only (never compiled: each part is tried alone, behind its loose copy). */
const S14_CUE_SOURCE = S14_PARTS.map((r) => `(?:${r.source})`).join('|');
/** The literals one of the kinds above needs (read before their union, as S13_ANCHOR). */
const S14_ANCHOR =
  /te cadastr|te inscrev|te coloc|sign you|add you|enrol|put you|apunt|inscrib|de alta|iscriv|inseriamo|aggiungiamo|vous inscri|vous ajout|tragen|nehmen|sister|brother|sibling|step[- ]up|above|model up|version up|profi|nächstgrößer|bruder|schwester|frère|sœur|soeur|supérieur|superior|gama alta|acima|hermano|fratello|irmão|上位|プロ仕様|famil|larger size|bigger size|größere|führen wir|did you know|schon gewusst|saviez|sabías|sabia que|sapevi|ご存知|\d ?(?:cm|l|ml|lit|zoll|inch)|join|sign up|subscribe|become a member|iscriv|entra |entri |entrate |entrez |inscri|rejoignez|abonnez|únete|suscríbete|regístrate|entre para|inscreva|cadastre|cadastrar|inscrever|registrarse|anmelden|melden sie|registrieren sie|treten sie|welcome you|qualify|unirte|unirse|únase|apúnt|apunt|entrar n|entrar para|fazer parte|far parte|faire partie|rejoindre|beitreten|mitglied|come back|with us again|kommen sie|revenez|vuelv|trovarci|volte|またのご利用|complete|compléter|completar|completare|vervollständig|fehlen ihnen|fehlt ihnen|together|zusammen|ensemble|juntos|insieme|一緒に|あわせて|合わせて|if you l|if you enjoy|gust|si vous a|vous pla|vous a plu|se ti|se le|gost|wenn ihnen|お気に召し/u;

/** The kinds of session 14, for a sentence past the hard guard and not answering the buyer. */
function intentIn(s: string, own: Hit | null, ownOrder: boolean, negated: boolean): { kind: PromotionKind; start: number; end: number } | null {
  const span = (a: Hit, b: Hit | null) => (b ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : a);
  if (negated) return null;
  const tier = find(TIER_UP, s);
  // (s15: a sibling sold on a plain comparative, a price gap or a want-more condition is pitched as well: "the V9 Max is
  // the big brother ... and handles pet hair far better", "sa grande sœur ... pour seulement 40 € de plus")
  const pitch = tier && (find(PITCH, s.slice(tier.end)) ?? find(PITCH, s.slice(0, tier.start)));
  if (tier && pitch) return { kind: 'novelty', ...tier };
  // (s15: a sibling sold on a plain comparative, a price gap or a want-more condition is pitched as well: "the V9 Max is
  // the big brother of the model you bought and handles pet hair far better", "sa grande sœur ... pour seulement 40 €
  // de plus"; the span runs to a benefit told right after the sibling, in its clause and within 60 characters, so the
  // order named between does not clear it; a comparative elsewhere is a plain fact: "il modello superiore del ripiano
  // va montato per primo, è più stabile così")
  const gain = tier && find(TIER_BENEFIT, s.slice(tier.end, tier.end + 60).split(/[,;:!?(]/u)[0] ?? '');
  if (tier && gain) return { kind: 'novelty', ...span(tier, { start: tier.end + gain.start, end: tier.end + gain.end }) };
  // (a price gap or a want-more condition elsewhere in the sentence: the buyer's own order told beside it clears it)
  const told = tier && !ownOrder && (find(PRICE_GAP, s) || find(WANT_MORE, s));
  if (tier && told) return { kind: 'novelty', ...span(tier, told) };
  // (a reviewers' or testers' club is a review ask, which the review rules read)
  // (s21 blind v: another item stocked, offered with the order - its も names another item, so the order beside it does not clear it;
  // a negation does, read above: "フタは在庫がございません")
  const offered = find(TOGETHER_OFFER, s);
  const stocked = offered && find(ALSO_STOCKED_JA, s);
  if (offered && stocked) return { kind: 'cross-sell', ...span(stocked, offered) };
  // (every kind below tells of another item or a later purchase: the buyer's own order told beside it clears it)
  if (ownOrder) return null;
  // (a reviewers' or testers' club is a review ask, which the review rules read; a setup programme, a recall list
  // or the manufacturer's registration is no club; a bare list or programme is the seller's when told so)
  const signup = find(SIGNUP, s);
  const club = signup && /\p{L}+$/u.exec(s.slice(signup.start, signup.end))?.[0];
  const sellers = signup && (!GENERIC_CLUB.test(club ?? '') || CLUB_OWNER.test(s.slice(signup.start, signup.end + 40)));
  if (signup && sellers && !NOT_CLUB.test(s) && !REVIEW_WORD.test(s) && !/review|test(?:eu)?rs?|tester|avis|rese[ñn]|recensi|avalia|bewert|レビュー/u.test(s)) return { kind: 'loyalty', ...signup };
  const back = find(COME_BACK, s);
  const benefit = back && purchaseBenefit(s);
  if (back && benefit) return { kind: 'loyalty', ...span(back, benefit) };
  const size = find(SIZE_UP, s) ?? find(NUM_SIZE, s);
  const carry = size && find(CARRY, s);
  if (size && carry) return { kind: 'novelty', ...span(size, carry) };
  const complete = find(COMPLETE_FOR, s);
  if (complete && !SENT_AFTER.test(s)) {
    // (the seller's item after the purpose, not a form: "para completar el registro", "o cadastro")
    const rest = s.slice(complete.end);
    // (nor a task: "per completare il reso", "to complete the setup", "um die Einrichtung zu vervollständigen")
    const said = s.slice(complete.start, complete.end);
    const task = TASK_AFTER.test(rest) || (said.startsWith('um ') && TASK_IN.test(said));
    // (s17: a lack told before it and a set after: "only the 12-inch is missing to complete the trio", "Só falta o
    // bule pra completar o conjunto", "ti manca solo la teiera per completare il servizio")
    const lacking = () => (LACKING_BEFORE.test(s.slice(0, complete.start)) ? find(SET_NOUN, rest) : null);
    const found = task ? null : find(OWN_DET, rest) ?? find(SAME_RANGE, s) ?? find(RANGE, rest) ?? (LACKS.test(said) ? find(WHOLE, rest) : null) ?? lacking();
    const item = found && { start: complete.end + (found.start < 0 ? 0 : found.start), end: complete.end + found.end };
    if (item) return { kind: 'cross-sell', ...span(complete, item) };
  }
  const together = find(TOGETHER, s);
  if (together && TOGETHER_PITCH.test(s)) return { kind: 'cross-sell', ...together };
  // "if you liked X, <another item>": the liking names its object (not a bare "if you like, ..."), and the
  // second item comes with a same-line, pairing or liking cue; a review word makes it a review ask
  const like = find(LIKE_ITEM, s);
  if (like && !REVIEW_WORD.test(s)) {
    const after = s.slice(like.end);
    const named = s.charCodeAt(like.start) > 0x3000 || /^\s{0,2}\p{L}[^,]{0,60},/u.test(after) || /(?:plu|gef\p{L}+)$/u.test(s.slice(like.start, like.end));
    const second = find(SAME_RANGE, after) ?? find(PAIRED, after) ?? find(LOVE, after);
    if (named && second) return { kind: 'cross-sell', start: like.start, end: like.end + second.end };
  }
  return null;
}

/** Any cue a promotion starts from (the union of the patterns promotionIn tries first). */
const PRIMARY_PARTS = [INVITE, NOVELTY, UPSELL, OTHER_ITEMS, SELLER_OFFERS, CROSS, BUNDLE];
const PRIMARY_CUE_SOURCE = PRIMARY_PARTS.map((r) => `(?:${r.source})`).join('|');

/** The cues of the kinds (e)-(i) (a reorder nudge, a later-purchase or loyalty benefit, completing a set, a liking
 *  promised, a range that awaits): read only when the sentence holds one of these literals, a scan that costs a
 *  tenth of their union's (every such pattern needs one of them; the unit test feeds each its examples; s18: the
 *  deal's "for ", "für ", "up to", "%" ... for SALE's price structures). */
const NEW_ANCHOR =
  /again|another order|second order|new order|erneut|wieder|nochmal|einmal|nouveau|nouvelle commande|autre commande|vuelv|volver|de nuevo|otra vez|nuevamente|de novo|novamente|outra vez|di nuovo|nuovamente|un'altra volta|volt|また|再度|もう一度|リピート|catalog|katalog|catálog|price ?list|preisliste|tabela de preç|lista de precios|listino|liste de prix|tarif|event|prime day|prime big|friday|black week|cyber|buen fin|consumidor|singles day|pronto|a breve|bald bringen|dazu|hinzu|re-?order|order (?:again|more|another|a )|buy (?:again|more|another)|restock|top up|stock up|running|pre-order|preorder|pre-ordin|preordin|vorbestell|commande|preventa|venda|limit|about to|per lanciare|per uscire|per arrivare|bientôt|a punto de|lançar|unser sortiment|unser angebot|expand|élargi|ampli|to our|aggiunt|ajouté|añadid|adicionad|新ライン|新シリーズ|登場|予約|限定|goes|pair|complement|gegenstück|ergänzung|accorde|complète|combina|abbina|fica|相性|worth|lohnt|détour|pena|discounts|rabatte|réductions|descuentos|sconti|descontos|shop now|buy now|grab yours|grab one|zugreifen|jetzt kaufen|jetzt shoppen|maintenant|cómpral|compral|compre |acquista|garanta|今すぐ|sale|promo|promoç|for |für |pour |por |per |pelo preço|al prezzo|zum preis|au prix|al precio|2x1|3x2|buy one|bogo|leve |up to|bis zu|jusqu'à|hasta|fino a|até|%|clearance|aktion|verkauf|solde|vente|offre|déstock|rebaja|liquida|saldi|saldão|svendita|セール|キャンペーン|特売|run out|gift|present|geschenk|offrir|cadeau|regalo|fêtes|fiestas|holidays|christmas|mother|father|valentine|weihnacht|feiertag|ostern|verschenk|noël|navidad|natale|natal|feste|regalar|プレゼント|ギフト|贈り物|nachbest|nachkauf|nachschub|erneut|recommander|rachet|approvision|pedir|comprar|repon|riordin|riacquist|ricompr|garantir|repor|(?:every|each|any|all|future|further|later|next) (?:order|purchase|time)|your next|jede|alle|künftig|futur|suivant|chaque|toute|cada |todas as|todos os|ogni |returning |loyal |regular |valued |repeat |vip|stammk|treue|fid[eè]l|habitu|fiel|fiéis|frecuent|affezionat|fedel|abitual|nächst|prochain|próxim|proxim|prossim|complet|complét|vervollst|ergänz|komplett|love|like|enjoy|ador|aime|encant|piacer|amar|gost|gefall|gefäll|await|waiting|attend|esper|aspett|wart|お早め|をおすすめ|買い足し|再購入|以降|今後の|リピーター|常連|次回|次の|揃え|そろえ|気に入|next to|alongside|beside|im angebot|prezzo ridotto|prezzi ridotti|rebajad|prix réduit|en promoción|em promoção|en promotion|on sale/u;
const NEW_PARTS = [CATALOGUE, REORDER, FUTURE_ORDER, LOYAL, NEXT_ORDER, REPEAT_ORDER, COMPLETE, LOVE, AWAITS, GIFT, SALE, BUY_NOW, FIT, WORTH, NOVELTY_LATER];
const NEW_CUE_SOURCE = NEW_PARTS.map((r) => `(?:${r.source})`).join('|');
/** Both unions, looked up among the text's words with the lexicons: a sentence without either is not read. */
export const PROMOTION_CUE = defineCue('promotion', `${PRIMARY_CUE_SOURCE}|${NEW_CUE_SOURCE}|${S13_CUE_SOURCE}|${S14_CUE_SOURCE}|${S15_CUE_SOURCE}|${PITCH_CUE_SOURCE}|${PUSH_CUE_SOURCE}|${STANDING_CUE_SOURCE}|${EXTRA_CUE_SOURCE}|${ELSEWHERE_CUE_SOURCE}`);

/** How far after an invitation its object may start ("Check out [the rest of] our kitchen range"). */
const OBJECT_GAP = 40;

/** "our guide", "unsere Anleitung", "notre FAQ": a help page after an invitation is service, not sales. */
// (s19: the service desk in the Romance words too, now that one seller's "le consiglio il nostro" invites - "le consiglio il
// nostro servizio di assistenza", "recomendo o nosso suporte")
const HELP_OBJECT = re(
  `^\\p{L}{0,12}\\s{0,3}(?:\\p{L}+\\s){0,1}(?:portal|downloads?|drivers?|firmware|software|servizio|assistenza|suporte|soporte|atención|atendimento|assistance|sav|chat|kundendienst|guide|faq|video|tutorial|help|polic\\p{L}*|size chart|chart|table|steps|tips|answer|reply|message|team|warehouse|returns?|service|support|terms|troubleshoot\\p{L}*|page for|warrant\\p{L}*|garanti\\p{L}*|garanzia|method|méthode|método|metodo|methode|photos?|pictures?|images?|fotos?|foto|tips?|tipps?|astuces?|consejos?|consigli|consiglio|dicas?|listing|q&a|section|contents?|list|diagram|instructions?|instrucciones|istruzioni|instruções|anleitung|notice|mode d'emploi|fiche|ficha|scheda|descaling|cleaning|limpieza|pulizia|nettoyage|reinigung|limpeza|anleitung|hilfe|video|antwort|nachricht|team|lager|rückgabe|kundenservice|guide|vidéo|réponse|équipe|entrepôt|politique|guía|vídeo|respuesta|equipo|almacén|política|guida|risposta|squadra|magazzino|guia|resposta|equipe|armazém)${E}`,
);

/** (s28) A promotion told as the one that ran when the buyer bought, after its word: "the launch promotion that was running on the
 *  kettle listing when you ordered (free tote with every kettle)", "la promoción que estaba activa cuando hiciste la compra", "l'offerta
 *  che era attiva quando ha ordinato", "die Aktion, die lief, als Sie bestellt haben", "l'opération qui était en cours lors de votre
 *  commande", "a promoção que estava ativa quando você comprou" - its gift or price explained (README: a free gift that came with a
 *  promotion running when they bought is compliant). A past predicate, then the purchase's time; nothing told as running still, back
 *  or now: "the promotion that was running when you ordered is back until Sunday", "... vuelve esta semana", "... we now offer it
 *  again" stay promotions. */
const PAST_RUN = re(
  `${W}(?:(?:was|were) (?:running|active|on|live|valid|in effect)|ran|lief|galt|(?:war|waren) (?:\\p{L}+ )?(?:aktiv|gültig)|(?:était|étaient) (?:en cours|actives?|valables?)|estaba(?:n)? (?:activas?|vigentes?|en marcha)|estuvo (?:activa|vigente)|(?:era|erano) (?:attiv[ae]|in corso|valid[ae])|(?:estava|estavam) (?:ativas?|em vigor|valendo|rolando))${E}`,
);
const PURCHASE_TIME = re(
  `${W}(?:(?:when|as) you (?:ordered|bought|purchased|placed)|at the time of (?:your )?(?:order|purchase)|als sie (?:\\p{L}+ ){0,3}?(?:bestellt|gekauft)|zum zeitpunkt ihrer (?:bestellung|käufe?s?)|(?:lors de|au moment de) votre (?:commande|achat)|quand vous avez (?:commandé|acheté)|cuando (?:hiciste|hizo|realizaste|realizó) (?:la|su|tu) (?:compra|pedido)|cuando (?:compraste|compró|pediste|pidió)|en el momento de (?:su|tu) compra|quando (?:lei )?(?:ha|hai) (?:ordinato|acquistato|comprato)|al momento dell'(?:ordine|acquisto)|quando (?:você )?(?:comprou|pediu|fez (?:o|a|seu|sua) (?:pedido|compra))|na época da (?:sua )?compra)${E}`,
);
const STILL_ON = re(
  `${W}(?:still|again|back|now|until|till|next|noch|wieder|jetzt|bis|nächste\\p{L}?|encore|revient|maintenant|jusqu|prochaine?|todavía|aún|vuelve|otra vez|de nuevo|ahora|hasta|próxim\\p{L}|ancora|torna|di nuovo|ora|fino|prossim\\p{L}|ainda|volta|de novo|agora|até|próxim\\p{L})${E}`,
);
/** The novelty or gift's own promotion word at its start ("promoción que estaba activa ..."). */
const PROMO_WORD_AT = re(`^(?:promotion|promo|promoción|promozione|promoção|aktion|campaign|campagne|campaña|campagna|campanha|offerta|oferta|offre|offer|deal|angebot)${E}`);
/** (s28) A sentence told at the time of the buyer's purchase ("lors de votre commande", "when you ordered", "cuando hiciste la compra"),
 *  with nothing running still, again, next or now (STILL_ON): check.ts reads it beside a discount told as applied. */
export function toldAtPurchase(sentence: string): boolean {
  return PURCHASE_TIME.test(sentence) && !STILL_ON.test(sentence);
}
/** `x`: the text from the promotion word on (its sentence read to the first stop). */
export function ranAtPurchase(x: string): boolean {
  const stop = x.search(/[.!?\n]/u);
  const sentence = stop < 0 ? x.slice(0, 160) : x.slice(0, Math.min(stop, 160));
  const run = find(PAST_RUN, sentence.slice(0, 80));
  return run !== null && PURCHASE_TIME.test(sentence.slice(run.end, run.end + 70)) && !STILL_ON.test(sentence);
}

/** The buyer's own pre-order, named with its possessive ("your pre-order", "sua pré-venda", "votre précommande", "su reserva", "il suo
 *  preordine", "Ihre Vorbestellung", "ご予約いただいた"). */
const OWN_PREORDER = re(
  `${W}(?:your pre-?order|ihre[rn]? vorbestellung|votre pr[ée]-?commande|(?:tu|su) (?:reserva|preventa|pre-?venta)|il (?:suo|tuo) pre-?ordine|(?:sua|tua|a sua) (?:reserva|pr[ée]-?venda)|seu pr[ée]-?pedido)${E}|ご予約(?:いただいた|の)`,
);
/** The release itself as the novelty word ("launch", "release", "lançamento", "lanzamiento", "lancement", "sortie", "uscita", "Erscheinung"). */
const RELEASE_WORD = re(`${W}(?:launch\\p{L}{0,3}|release\\p{L}{0,2}|erscheinung\\p{L}{0,8}|erscheint|lancement|sortie|lanzamiento|uscita|lancio|lançamento)${E}|発売`);
/** ... with another item or an offer in its sentence: a new line, a discount, an also, a look invited. */
const RELEASE_PITCH = re(
  `${W}(?:new|neue?[nmrs]?|nouve\\p{L}{1,3}|nuev[oa]s?|nuov[oaie]|nov[oa]s?|also|auch|aussi|también|anche|também|other|andere[nmrs]?|autres?|otr[oa]s?|altr[oaie]|outr[oa]s?|collection|kollektion|colección|collezione|coleção|range|gamme|gama|linea|linha)${E}|%|新作|新商品|他の`,
);
/** (s28) The release date of the buyer's own pre-ordered item, told in the sentence after its confirmation: "Your pre-order of the
 *  atlas is confirmed. The launch is on 15 August and we ship that day", "Sua pré-venda está confirmada. O lançamento é dia 15/08",
 *  "Votre précommande est confirmée. La sortie est prévue le 3 mars". The item is the one the buyer already ordered (README: the
 *  buyer's own pre-order confirmed or dated is compliant). Not with another item or offer in the sentence: "Your pre-order is
 *  confirmed. Our new planner launches on 15/08", "... o lançamento da coleção de inverno tem 10% de desconto" still flag. */
function releaseOfOwnPreorder(hit: { kind: PromotionKind; start: number; end: number }, s: string, prev: string): boolean {
  return hit.kind === 'novelty' && RELEASE_WORD.test(s.slice(hit.start, hit.end)) && OWN_PREORDER.test(prev) && !RELEASE_PITCH.test(s);
}

/**
 * `marketing` spans for promotions in plain words. `t` is the normalized copy (lowercase, NFKC);
 * `buyerMessage` the buyer's last message as typed (its question words guard answers to it).
 */
/** No buyer's words: a turned part answers nothing. */
const NO_WORDS: ReadonlySet<string> = new Set();
export function promotions(t: string, buyerMessage = '', cue: CueHits = { open: true, at: null }): Span[] {
  const out: Span[] = [];
  if (!cue.open) return out;
  const buyerWords = buyerMessage ? buyerQuestionWords(buyerMessage) : new Set<string>();
  let from = 0;
  let prevFrom = 0;
  const flush = (to: number) => {
    for (let a = from; a < to; a += SENTENCE_MAX) {
      const b = Math.min(to, a + SENTENCE_MAX);
      if (!cueWithin(cue, a, b)) continue;
      const s = sliceOf(t, a, b);
      if (!/\S/u.test(s)) continue;
      const after = sliceOf(t, b, Math.min(t.length, b + 160));
      let hit = promotionIn(s, buyerWords, after);
      let at = a;
      // (s29: the part after a turn - "by the way", "por cierto", a refusal's "but" - read as its own sentence: the answer or the
      // refusal before it clears nothing after it; topic-turn.ts. Not after a yes/no answer, whose "but" still answers)
      const turn = hit || YES_NO.test(s) ? null : turnIn(s);
      if (turn && turn.at < s.length) {
        hit = promotionIn(s.slice(turn.at), turn.shift ? NO_WORDS : buyerWords, after);
        at = a + turn.at;
      }
      const own = at === a ? s : s.slice(turn!.at);
      if (hit && releaseOfOwnPreorder(hit, own, sliceOf(t, Math.max(prevFrom, a - SENTENCE_MAX), a))) continue;
      // (a promotion word with the time of the buyer's purchase after it: its gift or price explained)
      if (hit && PROMO_WORD_AT.test(own.slice(hit.start, hit.end)) && ranAtPurchase(own.slice(hit.start))) continue;
      if (hit) out.push({ rule: 'marketing', severity: 'block', start: at + hit.start, end: at + hit.end, entry: PROMOTION_ENTRY[hit.kind] });
    }
  };
  for (let i = 0; i < t.length; i++) {
    if (!STOPS.has(t[i]!)) continue;
    // a dot inside a number or a domain ("24.12.", "2.3") does not end a sentence
    if (t[i] === '.' && i + 1 < t.length && /[\p{L}\p{N}]/u.test(t[i + 1]!)) continue;
    // nor a reference's abbreviation ("(réf. FR-08)", "cod. LR-3", "Art.-Nr. 12"): the answer "Sì, le lame (cod. LR-3) sono
    // in vendita" is one sentence, its "sì" read with it (s18 blind g)
    if (t[i] === '.' && REF_ABBREVIATION.test(t.slice(Math.max(0, i - 8), i))) continue;
    flush(i + 1);
    prevFrom = from;
    from = i + 1;
  }
  flush(t.length);
  return out;
}
