// Session 17 (s17 blind batch a, marketing recall .54): sales pitches told as news, read from their structure in the
// seven languages, for a sentence promotionIn has already cleared of its hard guard (replacement, refund, tracking,
// an applied coupon) and of an answer to the buyer's question:
//   restock     an item back in stock, told unasked with a wish for another unit ("in case you fancied a second", "se
//               quiser mais uma", "se ne vuoi un'altra") or as good news ("good news - sage is back in stock", not the
//               buyer's own order shipping now, nor a restock still to come: "as soon as it is available again");
//   range live  the seller's range, line or collection now out ("our summer range is live", "a nossa linha de
//               Halloween já está no ar", "ya tenemos lista la gama de verano") - not a phone or service line;
//   storefront  Amazon's "Visit the … Store" link named with a click ("pulsa en 'Visita la tienda de …'"): the seller's
//               storefront pitched (README: Amazon storefront links are marketing);
//   on us       a later order's reward ("al quinto, el café corre de nuestra cuenta", "no quinto, o pacote é por nossa
//               conta", "at your fifth order the shipping is on us") - an ordinal of orders and a gift from the seller;
//   stock up    advice to buy a bigger or yearly pack now ("worth getting the 6-pack now", "te recomendamos hacerte
//               ya con el pack anual", "ti conviene prendere subito la scorta annuale") - not the buyer's own pack;
//   our helper  a tip that ends in the seller's own product helping ("Our Ironhouse Seasoning Wax makes this even
//               easier", "Notre engrais liquide l'aidera aussi") - not the seller's team, guide or service;
//   parts sale  spare parts or accessories offered by a call ("if you need spare blades ... ring our shop line", "si
//               necesitas recambios, llámanos") - not free, not on the listing;
//   prize draw  (s18) a draw of the seller's named or entered ("Partecipi all'estrazione di ...", "Gewinnspiel");
//   sign-up     (s18) signing up with the seller for a perk ("会員登録で送料無料", "cadastre-se e ganhe frete grátis").
// s19 blind a (marketing recall .71): a sign-off line that tells a new line of products ("Equipe Pet Sereno | rações, petiscos e
// agora brinquedos também"), a coming second generation ("pronto lanzamos la segunda generación ...; te guardo una unidad"), a
// friend's order rewarded, a recommendation for a buyer "still looking" after a refund, "we have the X from the same line",
// and an item back in stock told to a buyer whose supply runs out ("le abbiamo di nuovo disponibili, così non resta senza").
import { E, NEGATION, OWN_ORDER, W, re } from './promotion-guards';
import { compactRegExp, writtenSource } from './compact-letters';
import { firstMatch as find } from './span';

/** Back in stock, available again. */
// (s19 blind a: the seller having them again - "nous en avons de nouveau en quantité", "las tenemos de nuevo", "wir haben sie
// wieder da", "temos de novo", "we have them again")
const RESTOCK = re(
  `${W}(?:(?:nous (?:en |les )?avons|(?:le|li|lo|la|ne) abbiamo|(?:los|las|lo|la) tenemos|wir haben (?:sie|ihn|es)|(?:os|as) temos|we(?:'ve| have) got (?:them|it|more)|we have (?:them|it|more)) (?:de nouveau|à nouveau|di nuovo|de nuevo|otra vez|wieder|de novo|novamente|again|back)|back in stock|in stock again|available again|restocked|back on (?:the )?shelves|wieder (?:auf lager|verfügbar|lieferbar|erhältlich|vorrätig|im sortiment|da)|(?:de nouveau|à nouveau|enfin) (?:disponibles?|en stock)|de retour en stock|(?:vuelve|vuelven|volvió|volvieron|ha vuelto|han vuelto) a (?:estar |tener )?(?:disponibles?|en stock|stock)|(?:de nuevo|otra vez|nuevamente) (?:disponibles?|en stock)|(?:di nuovo|nuovamente) (?:disponibil[ei]|in (?:magazzino|stock))|(?:è|sono) tornat[oaie] (?:disponibil[ei]|in (?:magazzino|stock))|(?:voltou|voltaram) (?:ao|para o) estoque|(?:voltou|voltaram) a (?:estar|ficar) disponíve(?:l|is)|(?:novamente|de novo) (?:disponíve(?:l|is)|em estoque)|de volta ao estoque)${E}|再入荷|在庫が復活`,
);
/** A wish for another unit ("if you want more", "in case you fancied a second", "por si te apetece tener otra"), not for
 *  more help or other questions ("si tiene alguna otra pregunta", "if you need more help" - s17 review). */
const ANOTHER_WISH = re(
  `${W}(?:if|in case|should|whenever|falls|wenn|au cas où|si|por si|se|caso)(?: [\\p{L}'’-]+){0,5}? (?:a second|another|more|one more|a spare|noch (?:eine[nms]?|ein|eins|mehr)|weitere\\p{L}{0,2}|une? autre|une? deuxième|d'autres|otr[oa]s?|más|un'altra|un altro|altr[oaie]|mais uma?|outr[oa]s?)${E}(?! (?:\\p{L}+ )?(?:questions?|help|info\\p{L}*|details?|problems?|issues?|pregunta\\p{L}*|duda\\p{L}*|consulta\\p{L}*|domand\\p{L}*|dubbi\\p{L}*|dúvidas?|perguntas?|fragen?|hilfe|problème\\p{L}*|aide|ayuda|aiuto|ajuda|informa\\p{L}*|renseignements?))|もう(?:一つ|1つ|ひとつ|一個)`,
);
/** The buyer's supply running out (s19 blind a: "le capsule ... dovrebbero essere quasi finite: le abbiamo di nuovo disponibili,
 *  così non resta senza caffè", "pensez-y avant d'être à court", "before you run out", "para não ficar sem", "bevor sie
 *  ausgehen"): a restock told for a reorder. */
const RUN_OUT = re(
  `${W}(?:(?:before|so) you (?:run|don't run) out|running (?:low|out)|(?:almost|nearly) (?:empty|gone|used up|finished)|(?:quasi|quase|casi|presque|fast) (?:finit[eiao]|terminad[oa]s?|acabad[oa]s?|finie?s?|vides?|leer|aufgebraucht|esgotad[oa]s?)|non (?:resta|resti|rimane|rimanga|rimanere|restare) senza|(?:não|no) (?:fique|ficar|ficará|se quede|te quedes|quedarse|quedarte) sem|(?:não|no) (?:se quede|te quedes|quedarse|quedarte) sin|avant d'être à court|en fin de stock chez vous|(?:bevor|ehe) (?:\\p{L}+ ){0,3}(?:ausgeh\\p{L}*|leer|zur neige)|antes de que se (?:le|te) (?:acabe|acaben|termine|terminen)|antes que (?:acabe|acabem|termine)|prima di restare senza)${E}`,
);
/** The order shipping, delivered or sent: "is back in stock and ships tomorrow" is order news. */
const SHIPS = re(
  `${W}(?:goes out|geht (?:\\p{L}+ )?raus|sale (?:hoy|mañana)|part (?:aujourd'hui|demain)|parte (?:oggi|domani)|sai (?:hoje|amanhã)|ship\\p{L}{0,3}|dispatch\\p{L}{0,3}|send\\p{L}{0,3}|sent|deliver\\p{L}{0,4}|versand\\p{L}{0,3}|verschick\\p{L}{0,3}|versend\\p{L}{0,3}|geliefert|liefern|expédi\\p{L}{0,5}|envoy\\p{L}{0,5}|livr\\p{L}{0,5}|envi\\p{L}{0,5}|mand\\p{L}{0,5}|spedi\\p{L}{0,5}|invi\\p{L}{0,5}|consegn\\p{L}{0,5}|entreg\\p{L}{0,5})${E}|発送|お届け|出荷`,
);
/** "Never", "no longer" before a restock ("wird nie wieder verfügbar sein", "ne sera jamais de nouveau disponible", "non sarà
 *  mai più disponibile"): read for the restock only (a pitch's own "nie mehr" - "müssen nie mehr nachkaufen" - is no denial). */
const NEVER = /(?<![\p{L}])(?:nie|niemals|jamais|mai|no longer)(?![\p{L}])/u;
/** News framing: "good news", "finally", "endlich", "enfin", "por fin", "finalmente". */
const GOOD_NEWS = re(`${W}(?:good news|great news|finally|at last|gute nachricht\\p{L}{0,2}|endlich|bonne nouvelle|enfin|buenas noticias|buena noticia|por fin|buone notizie|finalmente|boa notícia|boas notícias)${E}|朗報|お待たせ`);
/** A restock told as an aside or with a use pitched, or of a bigger model (s18 blind d: "Übrigens: Das große Modell XL
 *  ... ist jetzt wieder lieferbar - ideal, falls die Familie wächst"): news of another item nobody asked about, in the
 *  seven languages ("by the way", "au fait", "por cierto", "tra l'altro", "aliás", "ちなみに"; "ideal if", "idéal si",
 *  "perfeito se"; "the bigger model", "le grand modèle", "il modello più grande", "大容量モデル"). */
const ASIDE = re(`${W}(?:by the way|incidentally|übrigens|nebenbei|au fait|d'ailleurs|por cierto|a proposito|tra l'altro|aliás|a propósito)${E}|ところで|ちなみに`);
const IDEAL_IF = re(
  `${W}(?:ideal|perfect|great|perfekt|idéal|parfait|ideale|perfetto|perfeito)(?: \\p{L}+)?,? (?:if|when|falls|wenn|si|se|caso|quando|für|for|pour|para|per)${E}`,
);
const BIGGER_MODEL = re(
  `${W}(?:(?:bigger|larger|big|xl|pro|max|family)[ -](?:model|version|size)|model (?:xl|pro|max)|(?:große|größere|grosse|grössere)\\p{L}{0,2} (?:modell|version|ausführung|größe)|modell (?:xl|pro|max)|(?:grand|plus grand) modèle|modèle (?:xl|pro|grand|plus grand)|modelo (?:grande|xl|pro|maior|más grande)|(?:modello|versione) (?:grande|xl|pro|più grande)|(?:versão|versión|version) (?:xl|pro|maior|grande|más grande))${E}|大きい(?:モデル|サイズ)|大容量(?:モデル|タイプ|サイズ)`,
);
/** A restock still to come ("we'll write as soon as it is available again", "once Amazon has checked it in"): a
 *  promise of news, not news. */
const WHEN = re(`${W}(?:as soon as|once|when|sobald|wenn|dès que|quand|lorsque|en cuanto|cuando|tan pronto|appena|non appena|assim que|logo que|quando)${E}|次第|したら`);
/** The seller's "our" without Spanish "nos" (which is "us": "porque nos llegó la gama nueva", "su opinión nos sería de
 *  gran ayuda" - s17 review). */
const OUR = 'our|unser\\p{L}{0,2}|notre|nuestr[oa]s?|nostr[oaie]|noss[oa]s?';
/** A range noun. "line" and its twins also name phone and service lines (guarded below). */
const RANGE_NOUN = '(?:range|line|collection(?! (?:point|centre|center|service|slot|date|time|address))|line-?up|kollektion|sortiment|linie|gamme|ligne|gama|línea|colección|linea|collezione|gamma|linha|coleção)';
/** The seller's range: "our summer range", "la nostra linea natalizia"; or one the seller has ready, the live word before
 *  it ("ya tenemos lista la gama de verano", "temos pronta a coleção"). */
const OWN_RANGE = re(`${W}(?:${OUR})(?: [\\p{L}-]+){0,2}? ${RANGE_NOUN}${E}`);
const READY_RANGE = re(`${W}(?:ya )?(?:tenemos|temos|abbiamo) (?:ya |già |já )?(?:list[oa]s?|pront[oa]s?|online)(?: [\\p{L}-]+){0,3}? ${RANGE_NOUN}${E}`);
/** ... now out: live, online, ready, just arrived ("out" not "out of stock"), after the range noun in its clause. */
const LIVE = re(
  `^[^,;:!?]{0,40}?${W}(?:(?:is|are) (?:now )?(?:live|online|out(?! of)|here|ready)|(?:is|are) now available|just (?:dropped|landed|arrived|launched)|(?:has|have) (?:just )?(?:arrived|landed|launched)|ist (?:jetzt |ab sofort )?(?:online|da|erhältlich|verfügbar|eingetroffen)|(?:est|sont) (?:en ligne|arrivée?s?|sortie?s?)|(?:est|sont) (?:désormais|maintenant) disponibles?|vien(?:t|nent) d'arriver|(?:ya )?(?:está|están) (?:lista|listo|listas|listos|online|en línea|aquí)|ya (?:está|están) disponibles?|ya llegó|(?:já )?(?:está|estão) (?:no ar|online)|já (?:está|estão) disponíve(?:l|is)|chegou|(?:è|sono) (?:online|arrivat[oaie]|uscit[oaie])|(?:è|sono) (?:già|ora) disponibil[ei])${E}|^[^,;:!?]{0,40}?(?:登場|発売(?:しました|開始|いたしました))`,
);
/** ... or the live word first and the range after: "è online la nostra linea natalizia", "ya está online nuestra
 *  colección" (the verb opens its clause). */
const LIVE_FIRST = re(
  `${W}(?:è (?:online|arrivat[ao])|(?:ya )?(?:está|están) (?:online|disponibles?)|(?:já )?está no ar|ist (?:jetzt |ab sofort )?online|est (?:en ligne|arrivée))(?: [\\p{L}-]+){0,2}? (?:${OUR})(?: [\\p{L}-]+){0,2}? ${RANGE_NOUN}${E}`,
);
/** A phone, help or service line is no range ("our support line is now available"). */
export const SERVICE_LINE = re(
  `${W}(?:phone|tele\\p{L}*|support|help|hot|service|customer|kunden\\p{L}*|assistance|atención|soporte|assistenza|atendimento|suporte)${E}[^.!?\\n]{0,12}${W}(?:line|linie|ligne|línea|linea|linha)${E}|${W}(?:line|linie|ligne|línea|linea|linha) (?:de |di |da |d')?(?:assistance|assistenza|atendimento|atención|soporte|suporte|service|servizio|servicio|téléphon\\p{L}*|telef\\p{L}*)`,
);

/** Amazon's storefront link label. */
const STOREFRONT = re(
  `${W}(?:visit the (?:[\\p{L}\\p{N}&'’-]+ ){1,4}store|visita la tienda de|visite a loja|visita lo store di|besuche(?:n sie)? den (?:[\\p{L}\\p{N}&'’-]+[ -]){0,3}(?:store|shop)|visite[rz]? la boutique)${E}|ストアにアクセス|ストアを(?:見る|表示)`,
);
/** ... named with a click or a look (s27 blind b ja-012: the Japanese link label followed by "から(どうぞ|ご覧ください)", "「ストアにアクセス」から
 *  どうぞ" - the label's closing bracket before it, so "こちらからどうぞ" is none) ("pulsa en", "clique em", "clicca su", "tap", "klicken Sie"; s19 blind c: the gerund too,
 *  "by clicking our shop name", "pinchando en el nombre", "clicando", "cliccando"). */
const CLICK = re(
  `${W}(?:click(?:ing)?|tap(?:ping)?|press|select|pulsa|pulse|pulsando|haz clic|clica|clique|clicando|clicca|clicchi|cliccando|premi|tocca|tocque|toque|tocando|klicken|tippen|cliquez|cliquant|appuyez|pincha|pinche|pinchando)${E}|クリック|タップ|」から(?:どうぞ|ご覧|お進み)`,
);
/** (s19 blind c) The seller's shop name as the link to click for its other items ("see all our other yoga items by clicking our shop
 *  name under the Add to Cart button", "pinchando en el nombre de nuestra tienda verás el resto", "cliquez sur le nom de notre
 *  boutique", "einfach auf unseren Shopnamen klicken", "clique no nome da nossa loja", "cliccando sul nome del nostro negozio"):
 *  Amazon's storefront reached by its name, as the "Visit the … Store" link above. */
const SHOP_NAME = re(
  `${W}(?:(?:our|the) (?:shop|store|seller|brand)(?:'s)? name|(?:el )?nombre de (?:nuestra|la) tienda|(?:le )?nom de (?:notre|la) boutique|(?:unseren?|den) (?:shop|store|marken|händler)-?namen|shopnamen|nome da (?:nossa )?loja|nome del (?:nostro )?negozio)${E}|(?:ストア|ショップ)名`,
);
/** ... to write to the seller or find its policy there is service ("click our shop name, then Ask a question"). */
const SHOP_SERVICE = re(
  `${W}(?:contact\\p{L}*|message|ask|questions?|write|kontakt\\p{L}*|frage\\p{L}*|schreib\\p{L}*|contacter|question\\p{L}*|écri\\p{L}*|contact\\p{L}*|pregunta\\p{L}*|escrib\\p{L}*|contatt\\p{L}*|domand\\p{L}*|scriv\\p{L}*|contato|pergunta\\p{L}*|escrev\\p{L}*|polic\\p{L}*|richtlinie\\p{L}*|politique|política|informa\\p{L}*|impressum|legal)${E}|問い合わせ|質問`,
);

/** (s19 blind c) Another item said to be sold by the seller too ("the padded carry case is also sold by us - search ... on
 *  Amazon", "la funda también la vendemos nosotros", "a capa também é vendida por nós", "vendu par nos soins", "lo vendiamo anche
 *  noi", "wird auch von uns verkauft"): the passive or the emphatic "we", which the plain "we sell" cues miss. */
const SOLD_BY_US = re(
  `${W}(?:(?:is|are) (?:also )?(?:sold|made|stocked) by us(?: too| as well)?|we (?:also )?sell (?:it|them|those|that|these|one) too|(?:también )?(?:la|lo|las|los) vendemos (?:también )?nosotros|(?:também )?(?:é|são) vendid[oa]s? (?:também )?por nós|a gente (?:também )?vende (?:também )?(?:ela|ele|elas|eles)?|vendu(?:e|s|es)? (?:aussi |également )?par nos soins|(?:lo|la|li|le) vendiamo anche noi|vendut[oaie] anche da noi|(?:wird|werden) (?:auch|ebenfalls) von uns (?:verkauft|angeboten))${E}`,
  // (not "führen wir auch": "Das Zubehör führen wir auch im eigenen Webshop" is the offplatform pointer, s13op-de-002)
);
/** ... with an "also" or a pointer to find it: the bare "sold by us, not Amazon, so returns come to us" is who ships the order. */
const ALSO_OR_SEARCH = re(
  `${W}(?:also|too|as well|search|look for|assorti\\p{L}*|aussi|également|también|busca|busque|búscala|búscalo|também|procura|procure|anche|cerca|cerchi|auch|ebenfalls|suchen sie)${E}`,
);

/** An ordinal of orders: "at your fifth order", "al quinto, …", "no quinto pedido", "ab der fünften Bestellung" - the
 *  ordinal followed by an order noun or, elliptic, by a comma ("With the second shipment", "No segundo compartimento",
 *  "al quinto día" are no orders - s17 review). */
const ORDINAL_ORDER = re(
  `${W}(?:(?:at|on|with|from) (?:your |the )?(?:second|third|fourth|fifth|sixth|tenth|\\d{1,2}(?:st|nd|rd|th))|(?:al|con el|en el|a partir del) (?:segundo|tercer|tercero|cuarto|quinto|sexto|décimo)|(?:à|a|dès) (?:la|votre) (?:deuxième|troisième|quatrième|cinquième|dixième)|(?:no|na|a partir do|ao) (?:segundo|terceiro|quarto|quinto|sexto|décimo)|(?:al|con il|dal|col) (?:secondo|terzo|quarto|quinto|sesto|decimo)|(?:ab|bei|mit) (?:der|ihrer) (?:zweiten|dritten|vierten|fünften|zehnten))(?:,| (?:order|purchase|pedido|compra|commande|achat|ordine|acquisto|bestellung|kauf|encomenda)${E})`,
);
/** A gift from the seller: "on us", "on the house", "corre de nuestra cuenta", "por nossa conta", "te lo offriamo". */
const ON_US = re(
  `${W}(?:on us|on the house|free|(?:corre|va) (?:de|por) (?:nuestra|mi) cuenta|invita la casa|de regalo|gratis|por (?:nossa|minha) conta|de brinde|de graça|grátis|offriamo|offro|in omaggio|offert\\p{L}{0,2}|c'est cadeau|geht (?:auf uns|aufs haus)|geschenkt|kostenlos)${E}`,
);

/** A multi-pack or a year's supply. */
const STOCK_PACK = re(
  `${W}(?:\\d+-?(?:pack|set)|multi-?pack|value pack|pack of \\d+|(?:annual|yearly|year's|anual|annuale|annuel|jahres)[ -]?(?:pack|supply|scorta|confezione|kit|vorrat|lot|paquete)|(?:pack|scorta|kit|lot|vorrat|supply|paquete|confezione) (?:anual|annuale|annuel|for (?:a|the) (?:whole )?year|de un año|per (?:un|tutto l') anno|para (?:um|o) ano)|(?:pack|lot|kit|confezione|scorta) (?:de|da|di) \\d+|\\d+er-?(?:pack|set)|vorratspack\\p{L}*)${E}`,
);
/** The buyer's own pack right before it ("your 6-pack", "tu pack de 4"). */
const OWN_PACK = /(?<![\p{L}])(?:your|the same|ihr\p{L}{0,2}|votre|tu|su|il tuo|il suo|la tua|la sua|seu|sua|o seu|a sua)\s{1,2}$/u;
/** Advice to buy it ("worth getting", "we recommend getting", "te recomendamos hacerte con", "ti conviene prendere"). */
const BUY_ADVICE = re(
  `${W}(?:worth (?:getting|buying|grabbing|ordering|picking up)|(?:we )?(?:recommend|suggest) (?:getting|buying|ordering|grabbing)|(?:te|le|les|os) (?:recomendamos|aconsejamos|sugerimos) (?:hacerte|hacerse|comprar|pedir|llevarte)|(?:ti|le|vi) (?:conviene|consigliamo) (?:prendere|comprare|ordinare|acquistare)|(?:vale a pena|recomendamos|sugerimos) (?:pegar|levar|comprar|pedir|garantir)|(?:nous )?vous (?:conseillons|recommandons) (?:de prendre|d'acheter|de commander)|(?:lohnt sich|empfehlen (?:wir )?(?:ihnen )?)(?: \\p{L}+){0,3} (?:zu )?(?:holen|kaufen|bestellen))${E}`,
);

/** The seller's own product as a helper: "our X (makes this easier|helps|will help)", "notre X l'aidera". */
const OWN_HELPER = re(
  // (verbs, not the noun "ayuda")
  `${W}(?:${OUR})(?: [\\p{L}\\p{N}+&'-]+){1,5}? (?:makes? (?:this|it|that)(?: [\\p{L}]+){0,3}? (?:easier|simpler|quicker|faster)|(?:will |can )?helps?|hilft|(?:l'|les |vous )?aider(?:a|ont)|(?:te|le|les) ayudar(?:á|án)|(?:ti|la|le|lo) aiuter(?:à|anno)|(?:te|lhe|o|a) ajudar(?:á|ão))${E}`,
);
/** A hedge whose "helps" has no product for subject: "if that helps", "falls das hilft", "si ça aide", "si te ayuda", "se
 *  aiuta", "se ajudar" - blanked before OWN_HELPER reads the sentence. */
// why: s21 probe t en-016 - "Setup video's on our site if that helps: <link>" read "our site ... helps" as a product helping
const IF_IT_HELPS = compactRegExp(
  String.raw`(?<![\p{L}])(?:if|in case|falls|wenn|si|se|caso)\s(?:(?:that|this|it|das|es|ça|cela|eso|esto|te|le|lo|ciò|questo|isso|isto|lhe)\s)?(?:(?:still|may|might|can|could|does|auch|noch)\s)?(?:helps?|hilft|helfen|aide|aider|ayuda|ayude|aiuta|aiuti|ajuda|ajudar)(?![\p{L}])`,
  'gu',
);
/** ... unless it is the seller's team, service, help, carrier, warranty or policy ("our team will help", "nuestra garantía le
 *  ayudará", "our 30-day return policy makes this easier" - s17 review); or a page, a site or a video of it (s21 probe t: "the
 *  setup video on our site helps" tells where help is, no product). */
/** (s23 blind a) The seller telling that it sells, stocks or will hold another item, after a shipping notice or an answer: "que
 *  vous trouverez dans notre boutique Amazon", "li trova nel nostro negozio Amazon", "está en la tienda", "lo vendiamo a 6,90",
 *  "on en a justement en stock", "posso reservar uma pra você", "let me know if you want me to hold one for you", "当店で販売して
 *  おりますので、よろしければどうぞ". Who acts (we / our store), what (an item offered to the buyer), no object the buyer
 *  asked about (promotionIn's answer guard), not the buyer's parcel at a shop (PARCEL_AT_SHOP) nor a denial. */
// near-misses: "El paquete está en la tienda de recogida", "we have the replacement in stock" (hard guard), "we have them in
// stock again" (a stock form only with "also / justement / auch": a bare one may be the replacement's), "Yes, we have the
// XL in stock" to a buyer who asked for the XL (answer guard), "当店で販売している商品はすべて国内発送です" (no suggestion)
const SELLER_STOCK = re(
  `${W}(?:you(?:'ll| will| can)? find (?:it|them|one|those) (?:\\p{L}+ ){0,2}in our (?:amazon )?(?:store|shop)|(?:it's|it is|they're|they are) (?:also )?(?:available )?in our (?:amazon )?(?:store|shop)|we sell (?:it|them|those) for (?:[$£] ?)?\\d|(?:hold|reserve|put aside|set aside|keep) one (?:back )?for you|we (?:also|happen to) have (?:them|some|those|one) in stock|finden sie (?:\\p{L}+ ){0,2}in unserem (?:amazon-?)?(?:shop|store|laden|sortiment)|(?:haben|hätten) wir (?:auch|übrigens|ebenfalls|zufällig) (?:\\p{L}+ ){0,2}(?:auf lager|vorrätig)|verkaufen wir (?:\\p{L}+ ){0,2}für \\d|(?:reservieren|zurücklegen) (?:wir|ich) (?:ihnen )?(?:gern|gerne)|(?:que )?vous (?:le |la |les |l')?trouverez (?:\\p{L}+ ){0,2}dans notre boutique|(?:on|nous) en (?:a|avons) (?:justement|aussi|également|d'ailleurs) en stock|(?:nous )?(?:le|la|les) vendons (?:à|pour) \\d|(?:vous )?en (?:mettre|garder|réserver) (?:une?|de côté)|(?:está|están|lo tiene|la tiene|los tiene|las tiene|lo tienes|la tienes|lo encontrará|la encontrará|los encontrará|las encontrará|lo encuentras|la encuentras) en (?:la|nuestra) tienda(?! de| del| más| asociada)|(?:lo|la|los|las) (?:vendemos|tenemos) (?:a|por) \\d|(?:lo|la|los|las) tenemos en stock|te (?:guardo|reservo|aparto) (?:una?|uno)|(?:li|lo|la|le) trova (?:\\p{L}+ ){0,2}nel nostro negozio|(?:è|sono) (?:disponibil[ei] )?nel nostro negozio|(?:lo|la|li|le) vendiamo (?:a|per) \\d|(?:le|te) (?:ne )?(?:tengo|teniamo|metto|mettiamo) da parte|(?:está|estão) na (?:nossa )?loja|(?:você )?(?:a|o|as|os) encontra na (?:nossa )?loja|(?:a|o|as|os) vendemos por (?:r\\$ ?)?\\d|temos (?:\\p{L}+ ){0,2}em estoque|posso (?:reservar|separar|guardar) (?:uma?|um) (?:pra|para) (?:você|a senhora|o senhor))${E}|(?:当店|弊社|弊店|ショップ)(?:で|にて)(?:も)?(?:販売|お取り扱い|取り扱って|ご用意)[^。！？\\n]{0,20}(?:よろしければ|ぜひ|どうぞ|いかが|ご検討)`,
);
/** A step of the buyer's to wait for before it ("as soon as the return is open, reply here and I'll hold a pair of 43 for you",
 *  "en cuanto esté creada, ... te reservo un par"): the unit held is the exchange's, not an offer (s17h-es-002). */
// (the step is one of a return's or an exchange's process - created, opened, approved, received back - in its own clause: "once you
// have tried it, you'll find the refills in our Amazon store too" waits for no step and still pitches - s23 review #9)
const AFTER_A_STEP = re(
  `${W}(?:as soon as|once|sobald|dès que|une fois|en cuanto|una vez|tan pronto|non appena|una volta|assim que|logo que)${E}[^.!?;,\\n]{0,50}?${W}(?:created|open|opened|approved|processed|registered|received|back|creada|creado|abierta|abierto|aprobada|aprobado|recibid[oa]|tramitad[oa]|erstellt|eröffnet|angelegt|genehmigt|eingegangen|zurück|créée?|ouverte?|validée?|reçue?|creat[oa]|apert[oa]|approvat[oa]|ricevut[oa]|criad[oa]|abert[oa]|aprovad[oa]|recebid[oa])${E}`,
);
/** ... or a return or exchange told in its sentence. */
const EXCHANGE = re(`${W}(?:return\\p{L}{0,2}|exchange\\p{L}{0,2}|umtausch\\p{L}*|rücksend\\p{L}*|retour\\p{L}{0,2}|échange\\p{L}{0,2}|devoluci[oó]n|cambio de talla|reso|sostituzion\\p{L}|troca|devolução)${E}|返品|交換`);
/** The buyer's parcel at a shop or pickup point: "the parcel is in the store", "el paquete está en la tienda". */
const PARCEL_AT_SHOP = re(
  `${W}(?:parcel|package|paket|sendung|colis|paquete|envío|pacco|pacote|encomenda|pickup|abholung|retrait|recogida|ritiro|retirada)${E}|荷物|お荷物`,
);
const NOT_A_PRODUCT = re(
  `${W}(?:warrant\\p{L}*|guarantee|garant\\p{L}*|polic\\p{L}*|polít\\p{L}*|politique|richtlinie\\p{L}*|returns?|refunds?|devoluci\\p{L}*|devoluç\\p{L}*|rückgabe|reso|resi|retours?|reembols\\p{L}*|rimbors\\p{L}*|remboursement|team|staff|service|support|guide|manual|video|faq|agent|colleague|customer|courier|carrier|warehouse|équipe|service client|guide|tutoriel|equipo|servicio|guía|soporte|squadra|servizio|guida|assistenza|equipe|serviço|guia|suporte|team|kundenservice|anleitung|support|help|experts?|technician|techniker|technicien|técnico|tecnico|site|website|web ?page|page|channel|blog|tutorials?|videos?|webseite|seite|kanal|site web|chaîne|vidéos?|sitio|página|canal|vídeos?|sito|pagina|canale|sítio)${E}`,
);
/** Spare parts or accessories, if the buyer needs them. */
const PARTS_IF_NEED = re(
  `${W}(?:if you (?:ever )?need|should you need|falls sie|wenn sie|si vous avez besoin|si necesita|si necesitas|se (?:le|ti) serv(?:e|ono)|se precisar|caso precise)(?: [\\p{L}'-]+){0,4}? (?:spare|replacement|accessor\\p{L}*|extra|ersatz\\p{L}*|zubehör|rechange|accessoires|repuesto\\p{L}*|recambio\\p{L}*|accesorios|ricambi\\p{L}*|accessori|peças|reposição|acessórios)${E}`,
);
/** ... offered by a call or a direct send ("ring our shop line", "llámanos al", "chiamaci allo", "ligue para"). */
const CALL_US = re(
  `${W}(?:ring|call|phone) (?:us|our)|(?:rufen sie uns|rufen sie unser)|appelez(?:-nous)?|llám(?:enos|anos)|chiam(?:aci|ateci|i(?:ci)?)|lig(?:ue|a) (?:para|pra) (?:nós|a gente)|(?:shop|order) line${E}`,
);
const FREE = re(`${W}(?:free|no charge|kostenlos|gratis|gratuit\\p{L}*|sin coste|senza cost\\p{L}*|sem custo|grátis)${E}`);

/** A prize draw of the seller's (README: a prize draw offered is a promotion, besides any review incentive): one named
 *  as such ("prize draw", "giveaway", "Gewinnspiel", "jeu-concours", "estrazione a premi", "a chance to win") ... */
const PRIZE_DRAW = re(
  `${W}(?:prize draws?|sweepstakes?|giveaways?|we(?:'re| are| will|'ll) giv(?:e|ing) away (?:\\d{1,3}|an?|one|two|three|five|ten)|(?:on |nous )tir(?:e|ons|erons|era) au sort|gewinnspiel\\p{L}*|jeu-concours|(?:estrazione|concorso) a premi|(?:a |the )?chance to win|die chance,? (?:\\p{L}+ ){0,3}zu gewinnen|(?:la )?chance de gagner|(?:la )?possibilità di vincere|(?:la )?oportunidad de ganar|(?:a )?chance de ganhar)${E}`,
);
/** ... or a draw noun that also means a random pick ("O sorteio das cores é feito na fábrica", "l'estrazione del succo"),
 *  read as a prize draw only when entered ("Partecipi all'estrazione di ...", "participe do sorteio", "take part in our
 *  raffle") or with a prize to win in the sentence ("Verlosung: wir verlosen 3 Gutscheine", "抽選で10名様に"). */
// (English "draw" only as a noun after its determiner: "the pump draws 5 W" is none)
// (not a device's current draw: "a draw of 5 W" - s18 review)
/** (s27 r2) The seller drawing a prize among a group of buyers, the group told as "among all who ..." - "Among everyone who orders again
 *  we'll raffle a blender", "Unter allen, die erneut bestellen, verlosen wir", "Parmi les clients qui ..., nous tirerons au sort", "Entre
 *  todos los que vuelvan a comprar sorteamos", "Tra tutti i clienti che riordinano estraiamo", "Entre todos que comprarem vamos sortear",
 *  "ご購入いただいた方の中から抽選で" - and a buyer put "into the draw" by ordering.
 *  near-misses kept: "we draw the colours at random in the factory" (no group, no prize verb), "tra tutti i modelli estraiamo il
 *  succo più denso" (no draw verb of a prize: estraiamo needs the group of people), "the winner of the colour vote among all buyers". */
const DRAW_VERB = re(
  `${W}(?:raffl\\p{L}{1,3}|(?:we(?:'ll| will)?|and) (?:give away|draw)|verlosen|verlost|tir(?:e|ons|erons|era)(?:ont)? au sort|sorte(?:a|amos|aremos|ará|ar)|sorteggi\\p{L}{1,5}|estraiamo|estrarremo|mettiamo in palio|vamos sortear|sortearemos)${E}|抽選で`,
);
const AMONG_BUYERS = re(
  `${W}(?:among (?:all|everyone|those|the customers|our customers)|unter allen|parmi (?:tous|toutes|les|nos) (?:\\p{L}+ )?(?:clients?|clientes?|acheteu\\p{L}+|ceux|celles|qui)|entre (?:todos|todas|los|las|os|as|nuestros|nossos) (?:\\p{L}+ )?(?:clientes|compradores|los|las|os|as|que|quienes)|(?:tra|fra) (?:tutti (?:i |gli )?(?:clienti|acquirenti|coloro|quelli|voi)|tutte le clienti|coloro|chi|quanti)|everyone who|anyone who|whoever)${E}|の中から|方の中|名様`,
);
const INTO_DRAW = re(`${W}(?:go(?:es)? into|(?:is |are |be |get |gets )?entered into|put into) (?:the|a|our) (?:prize |monthly |weekly )?draw${E}`);
const DRAW_NOUN = re(`${W}(?:(?:a|the|our|this|monthly|weekly|prize) draw(?:ing)?(?! of \\d)|raffles?|verlosung\\p{L}*|tirage au sort|concours|sorteos?|sorteios?|estrazion[ei]|concorso)${E}|抽選`);
const ENTER_DRAW = re(
  // (English: a determiner before the draw - "join the tubes per drawing 3" is an assembly step - s18 review)
  `${W}(?:counts? as (?:an|one|a) (?:entry|ticket)|(?:enter|take part in|join|participate in)\\s(?:a|an|the|our|this|my)\\s(?:\\p{L}+\\s){0,2}?(?:draw|raffle|giveaway)s?|(?:partecip\\p{L}*|particip\\p{L}*|nehmen sie|teilnehmen|mitmachen|entre n[oa]|concorra a|concorre(?:re)? a)\\s(?:\\p{L}+['’\\s]){0,3}?(?:raffles?|verlosung\\p{L}*|tirage|concours|sorteos?|sorteios?|estrazione|concorso))${E}`,
);
// (not a bare "lots" or "premi": "draws lots of power", "premi il pulsante")
// ("win" as a prize won, not "you win on battery life" - s18 review)
const PRIZE = re(`${W}(?:(?:to|could|can|will|might|and) win|wins? (?:a|an|one|the|our|\\d)|prizes?|gewinn\\p{L}*|verlosen|gagne[rz]?|lots? à gagner|ganar|premios?|vinci|vincere|in palio|ganhe|ganhar|prêmios?|brindes?)${E}|名様|賞品|当選`);

/** Signing up with the seller for a perk ("会員登録で送料無料", "register on our site for 10% off", "inscrivez-vous et
 *  profitez de la livraison gratuite", "cadastre-se e ganhe frete grátis" - s18 blind d) ... */
const SIGN_UP = re(
  `${W}(?:sign(?:ing)? up|register(?:ing)?|create an account|become a member|registrieren sie sich|registrierung|melden sie sich an|anmeldung|konto anlegen|inscrivez-vous|inscription|créez (?:un|votre) compte|regístrese|regístrate|registro|crea (?:una|tu) cuenta|registrati|si registri|registrazione|iscrizione|crea un account|cadastre-se|cadastro|crie (?:uma|sua) conta|(?:be |get )?added to our (?:[\\p{L}-]+ ){0,3}list|in (?:unsere|die) (?:[\\p{L}-]+ ){0,2}liste (?:aufnehmen|eintragen)|inscri(?:re|vez-vous|ption) (?:à|sur) (?:notre|la) (?:[\\p{L}-]+ ){0,2}liste|(?:apuntarse|apúntese|inscribirse|inscríbase) (?:a|en) (?:nuestra|la) (?:[\\p{L}-]+ ){0,2}lista|(?:iscriversi|si iscriva|iscriviti) (?:alla|a) (?:nostra )?(?:[\\p{L}-]+ ){0,2}lista|(?:entrar|inscrever-se) (?:na|em) (?:nossa )?(?:[\\p{L}-]+ ){0,2}lista)${E}|会員登録|メルマガ登録|新規登録|会員になる|(?:リスト|名簿|会員|メルマガ|メールマガジン|メール配信|ニュースレター)(?:へ|に)の?(?:ご)?登録`,
);
/** ... for a perk: free shipping, a discount, a coupon (a bare percentage or "points" is too often a device's reading). */
// (s21 blind v: a list of special prices signed up to by a reply - "法人のお客様向けの特別価格リストへのご登録をご希望でしたら", "reply JOIN to be
// added to our trade price list": the list is the sign-up, the special price its perk)
const PERK = re(
  `${W}(?:free (?:shipping|delivery)|\\d{1,2} ?% (?:off|discount|rabatt|de (?:remise|réduction|descuento|desconto)|di sconto|sconto)|discounts?|versandkostenfrei|kostenlose[nr]? (?:versand|lieferung)|rabatt\\p{L}*|livraison (?:gratuite|offerte)|réductions?|remises?|envío (?:gratis|gratuito)|descuentos?|spedizione gratuita|scont[oi]|frete (?:grátis|gratuito)|descontos?|coupons?|gutschein\\p{L}*|cupón|cupom|buono|(?:special|member|members'?|trade|wholesale|preferential|reduced) prices?|(?:sonder|vorzugs|mitglieder|händler)preis\\p{L}*|prix (?:spéciaux|spécial|préférentiels?|réduits?|membres?)|precios? (?:especial(?:es)?|preferentes?|reducidos?|de socio)|prezz[oi] (?:special[ei]|riservat[oi]|agevolat[oi])|preços? (?:especia(?:l|is)|diferenciados?|reduzidos?))${E}|送料無料|割引|クーポン|ポイント|特典|特別価格|会員価格|優待価格|特価`,
);
/** ... not the manufacturer's warranty or the device's own registration ("register your product for a free 3-year warranty"). */
/** ... nor Amazon's own programme ("sign up for Subscribe & Save on the product page" - s18 review). */
const NOT_A_PERK = re(`${W}(?:warrant\\p{L}*|guarantee|garanti\\p{L}*|garanzia|garantía|hersteller\\p{L}*|manufacturer\\p{L}*|fabricant\\p{L}*|fabricante\\p{L}*|produttore|subscribe (?:&|and|\\x26) save|spar-abo|prévoyez et économisez|suscríbete y ahorra|iscriviti e risparmia|programe e poupe|amazon prime|prime)${E}|保証|メーカー|定期おトク便|プライム`);

/** (s18 blind g) Taking more units than planned for a discount: "if you take the 4 chairs instead of 2, we knock 30 € off the
 *  set", "si coges 3 en vez de 1", "se ne prendi 4 ti facciamo lo sconto", "wenn Sie 4 nehmen ... Rabatt". A quantity after
 *  the buyer's buying verb in a condition, then a discount (PERK). */
const TAKE_MORE = re(
  `${W}(?:if you (?:take|buy|order|get|grab|go for)|wenn sie (?:\\p{L}+ )?(?:nehmen|kaufen|bestellen)|si vous (?:prenez|achetez|commandez)|si (?:te llevas|coges|compras|pides|tomas|se lleva|compra|pide|toma)|se (?:ne )?(?:prendi|compri|ordini|prende|compra|ordina)|se (?:você )?(?:levar|comprar|pedir|pegar))(?: [\\p{L}'’-]+){0,2}? (?:\\d+|two|three|four|five|six|zwei|drei|vier|fünf|sechs|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|seis|due|tre|quattro|cinque|sei|dois|duas|três|quatro)${E}`,
);
/** A launch or special price held for the buyer, or on a pack (s18 blind g: "ci scriva e le riserviamo il pack da 4 al prezzo di
 *  lancio"; "we'll hold the launch price for you", "on vous garde le prix de lancement", "le reservamos el precio especial"). */
const PROMO_PRICE = re(
  `${W}(?:(?:launch|introductory|special|early[- ]bird) price|prix (?:de lancement|spécial|préférentiel)|precio (?:de lanzamiento|especial)|prezzo (?:di lancio|speciale|riservato|agevolato)|preço (?:de lançamento|especial|promocional)|(?:einführungs|sonder|vorzugs)preis)${E}|特別価格|発売記念価格`,
);
/** ... held or reserved for the buyer, or on a pack (a held price alone is "the price stays", not an offer). */
const HOLD_OR_PACK = re(
  `${W}(?:we(?:'ll| will)? (?:hold|reserve|keep|save)|(?:le|ti|vi) (?:riserviamo|riserveremo|teniamo|terremo|blocchiamo)|(?:le|te|os) (?:reservamos|reservaremos|guardamos|guardaremos)|vous (?:réservons|réserverons|gardons|garderons)|reservamos|guardamos|wir (?:reservieren|halten) ihnen|pack|packs|lot|set|bundle|confezione|kit|paquete|conjunto|\\d+er-?pack)${E}|お取り置き|セット`,
);
/** (s18 blind g) New pieces shown or put up for reservation by the seller, the adjective after its noun as Romance languages put it
 *  ("subimos cada semana piezas nuevas y se pueden reservar", "pubblichiamo pezzi nuovi", "postamos peças novas") or a piece
 *  word before it ("nouvelles pièces", "new pieces", "neue Stücke"): new stock pitched. */
const NEW_PIECES = re(
  `${W}(?:(?:piezas|productos|modelos|diseños|artículos|creaciones|referencias) nuev(?:os|as)|nuevas (?:piezas|creaciones)|(?:pezzi|prodotti|modelli|articoli|creazioni) nuov[ie]|(?:nuovi pezzi|nuove creazioni)|(?:peças|produtos|modelos|artigos|criações) nov[oa]s|novas (?:peças|criações)|nouvelles (?:pièces|créations)|nouveaux articles|new (?:pieces|creations|items)|neue (?:stücke|kreationen))${E}`,
);
/** ... with a showing, posting or reserving verb (not parts ordered for a repair: "hemos pedido piezas nuevas al proveedor"). */
const SHOW_OR_RESERVE = re(
  `${W}(?:post|posts|upload|uploads|share|reserve[ds]?|pre-?order|posten|reservieren|vorbestell\\p{L}*|publions|postons|réserv\\p{L}*|subimos|publicamos|reservar\\p{L}*|pubblichiamo|carichiamo|postiamo|prenot\\p{L}*|postamos|reserv\\p{L}*)${E}`,
);

/** Amazon's own offer: its discount, its promotion, a price it sets (s18 review 2: "Amazon's Subscribe & Save discount applies",
 *  "le prix spécial du lot est fixé par Amazon"). */
export const AMAZONS = re(`(?:amazon(?:'s|s)?|d'amazon|de amazon|di amazon|da amazon|par amazon|by amazon|von amazon|por amazon|da amazon) (?:\\p{L}+ ){0,3}?(?:discount|promotion|promo|rabatt|aktion|remise|réduction|descuento|promoción|sconto|promozione|desconto|promoção|sets?|fixes|fixé\\p{L}*|festgelegt|fija|fijad[oa]|fissat[oa]|definid[oa])|(?:fixé|fixée|fija|fijado|fissato|definido|set|festgelegt) (?:\\p{L}+ ){0,2}?(?:par|by|por|da|von|pela) amazon|subscribe (?:&|and|\\x26) save`);
/** ... and a repair of the buyer's (new parts added to it are no new stock). */
const REPAIR = re(`${W}(?:repair\\p{L}*|reparaci[óo]n|riparazion[ei]|réparation|reparatur|reparo|conserto)${E}`);

/** A price already charged or paid ("was charged at", "wurde ... berechnet", "a été facturé", "se cobró", "è stato addebitato"). */
const CHARGED = re(`${W}(?:charged|billed|paid|berechnet|bezahlt|factur\\p{L}+|payée?s?|cobrad[oa]s?|cobró|pagad[oa]s?|addebitat[oa]|pagat[oa]|cobrad[oa]s?)${E}`);

/** (s18 blind i) A cross-sell told as a tip: an item "from the same line / series / brand" in a sentence the seller marks as
 *  a tip or an aside ("Quick tip: the knife set from the same line slots into the back row", "Kleiner Tipp am Rande: der
 *  Wetzstahl aus derselben Serie", "Petite astuce : l'aiguiseur de la même gamme", "Un consejo: el protector de la misma
 *  marca", "Dica: a película da mesma marca", "ちなみに、同じシリーズの砥石") - the buyer did not ask (an answer is cleared
 *  before pitchIn). Care tips name no item of the same line ("Quick tip: dry the blade after washing"). */
const SAME_LINE = re(
  `${W}(?:(?:from|of|in) the same (?:line|series|range|collection|brand|family|maker)|(?:aus|von) (?:derselben|der gleichen|der selben) (?:serie|linie|kollektion|reihe|marke)|(?:aus|von) (?:demselben|dem gleichen|dem selben) (?:hersteller|sortiment)|(?:de|du) (?:la )?même (?:gamme|série|ligne|collection|marque)|(?:de|del) (?:la )?mism[oa] (?:línea|serie|gama|colección|marca)|(?:della|dalla) stessa (?:linea|serie|gamma|collezione|marca)|(?:da|de) mesm[oa] (?:linha|série|coleção|marca|gama))${E}|同じ(?:シリーズ|ブランド|メーカー)|同シリーズ`,
);
/** ... marked as a tip or an aside. */
const TIP = re(
  `${W}(?:(?:quick|little|small|pro|handy|one) tip|tip|kleiner tipp|tipp|(?:petite )?astuce|petit conseil|un (?:pequeño )?consejo|consejo|un (?:piccolo )?consiglio|dica|uma dica)${E}(?=\\s?[:,-])|${W}(?:by the way|incidentally|übrigens|nebenbei|am rande|au fait|d'ailleurs|por cierto|a proposito|tra l'altro|aliás|a propósito)${E}|ちなみに|ところで`,
);
/** Already in the parcel: "included", "in the box", "liegt bei", "inclus", "incluido", "incluso", "na caixa", "同梱". */
const IN_THE_BOX = re(
  `${W}(?:included|enclosed|in the (?:box|parcel|package)|lieg(?:t|en) (?:\\p{L}+ ){0,2}bei|beiliegend\\p{L}{0,2}|im (?:lieferumfang|paket|karton)|inclu(?:s|se|ses)|fourni\\p{L}{0,2}|dans (?:le colis|la boîte)|incluid[oa]s?|en la caja|en el paquete|inclus[oaie]|nella (?:confezione|scatola)|no pacote|na caixa|incluíd[oa]s?)${E}|同梱|付属`,
);
/** The whole line, the buyer's item with it: "all", "every", "alle", "tous", "todos", "tutti" just before the item. */
const WHOLE_LINE = /(?<![\p{L}])(?:all|every|alle|tous|toutes|todos|todas|tutti|tutte)\s(?:\p{L}+\s){0,2}$|(?:全て|すべて)の?$/u;
/** (s18 blind i) Another unit pitched as a gift ("a second mat makes an easy present for a training buddy", "ein zweites Set
 *  ist ein schönes Geschenk", "un deuxième tapis fait un joli cadeau", "otra esterilla es un regalo perfecto", "un secondo
 *  tappetino è un regalo ideale", "um segundo tapete é um ótimo presente", "もう一つあればプレゼントにも") - not a gift
 *  note or wrap on the buyer's own order ("another gift note was added"). */
const SECOND_UNIT = re(
  `${W}(?:a second|another|one more|an extra|ein(?:e|en|es|er|em)? (?:zweite[snrm]?|weitere[snrm]?)|noch ein(?:e|en|es)?|une? (?:deuxième|second(?:e)?|autre)|(?:un|una) (?:segund[oa]|otr[oa])|otr[oa]|(?:un|una|un') ?(?:second[oa]|altr[oa])|um(?:a)? (?:segund[oa]|outr[oa])|outr[oa]|mais uma?)${E}(?! (?:vez|veces|volta|volte|fois|time|times|mal|day))|もう(?:一つ|1つ|ひとつ|一枚|1枚|一台)|2つ目`,
);
// (s21 blind v: pt "mais um" - "que tal levar mais um para um amigo?"; a time is no unit: "desculpe mais uma vez", "otra vez",
// "un'altra volta", "une autre fois", "another time")
/** ... "makes / is / would be" a gift (the gift after its unit, within the clause). */
const MAKES_GIFT = re(
  `${W}(?:makes?|would make|is|are|ist|wäre|sind|fait|ferait|est|es|sería|è|sarebbe|é|seria|macht)(?: [\\p{L}'-]+){0,3}? (?:gifts?|presents?|geschenk\\p{L}{0,2}|cadeaux?|regalos?|regali|regalo|presentes?)${E}|(?:プレゼント|ギフト|贈り物)に`,
);
/** (s21 blind v) ... or bought for someone else: a friend, the family, a colleague ("a second BlendPro for a friend", "eine zweite
 *  Stirnlampe für Freunde oder Familie", "una seconda per un amico", "mais um para um amigo", "ご友人へのプレゼントに") - the second
 *  unit is then a sale to the buyer, not a part of the order. */
const FOR_SOMEONE = re(
  `${W}(?:for|für|pour|para|per|a)(?: (?:a|an|un|une|uma?|una|un'|ein(?:e[nm]?)?|your|ihre[nm]?|votre|vos|tu|tus|su|sus|seu|sua|seus|suas|il tuo|la tua|i tuoi|le tue|o seu|a sua|os seus|as suas|qualche|alguien|someone))? (?:friends?|family|someone(?: special)?|loved ones?|mum|mom|mother|dad|father|sister|brother|partner|mutter|vater|schwester|bruder|mère|père|sœur|frère|madre|padre|hermana|hermano|sorella|fratello|mãe|pai|irmã|irmão|colleagues?|neighbou?rs?|freund\\p{L}*|familie|bekannte\\p{L}*|kolleg\\p{L}*|nachbar\\p{L}*|ami(?:e|s|es)?|famille|proches?|collègues?|voisin\\p{L}*|amig[oa]s?|familia|família|familiares|colegas?|vecin[oa]s?|vizinh[oa]s?|parentes?|amic[oaie]|amica|famiglia|parenti|collegh?[ia]|vicin[oaie])${E}|(?:ご友人|お友達|お友だち|ご家族|ご両親|大切な方|お知り合い)(?:へ|に|の)`,
);
/** ... or told with a gift the buyer may be looking for ("if you're looking for a gift", "Falls Sie noch ein Geschenk suchen",
 *  "se cerca un'idea regalo", "se estiver pensando num presente"): a gift word in the sentence. */
const GIFT_WORD = re(`${W}(?:gifts?|presents?|geschenk\\p{L}*|cadeaux?|regalos?|regali|presentes?)${E}|プレゼント|ギフト|贈り物`);
/** ... and a suggestion to buy it ("why not", "how about", "que tal", "perché non", "warum nicht", "pourquoi pas", "¿por qué no",
 *  "いかが"): a recipient alone is no pitch ("the second parcel for your friend is separate"). */
const SUGGEST = re(
  `${W}(?:why not|how about|what about|would you like|warum nicht|wie wäre es|pourquoi (?:ne )?pas|que diriez-vous|(?:y )?por qué no|qué tal|perché non|che ne dice|che ne dici|que tal|por que não|(?:kommt|kommen) (?:immer )?(?:gut|super) an)${E}|いかが|どうぞ|おすすめ|お勧め`,
);
const SUGGESTS = compactRegExp(SUGGEST.source, 'gu');
/** (s18 blind i) An invitation to join the seller's club or circle ("vous pourriez rejoindre notre Cercle Café", "puedes formar
 *  parte de nuestro Club Aroma", "join our Tea Circle", "werden Sie Mitglied in unserem Kaffeeclub", "entri nel nostro Club",
 *  "faça parte do nosso Clube") - marketing (README: sign-ups to a VIP or loyalty club); not Amazon's programmes. */
const JOIN_CLUB = re(
  `${W}(?:join|joining|become a member of|mitglied (?:in|bei|von)|beitreten|beizutreten|rejoindre|rejoignez|intégrer|adhérer à|formar parte de|forme parte de|únase a|únete a|unirte a|unirse a|hacerte socio de|hacerse socio de|entrare (?:a far parte )?(?:nel|del)|entri nel|unirsi al|unisciti al|far parte del|fare parte del|faça parte d[oa]|fazer parte d[oa]|junte-se a[oa]?|entrar (?:no|para o))(?: [\\p{L}'-]+){0,2}? (?:our|unse?r\\p{L}{0,2}|notre|nuestr[oa]|nostr[oa]|noss[oa])(?: [\\p{L}'-]+){0,2}? (?:club|clubs|circle|cercle|círculo|circolo|clube|klub|kaffeeclub|\\p{L}+club|community|communauté|comunidad|comunità|comunidade|vip|membership)${E}|(?:当店|弊社)の?[^。]{0,12}(?:クラブ|会員)(?:に|へ)(?:ご)?(?:入会|参加)`,
);

/** Review and tester words: a club of reviewers is a review matter ("Join our community of happy reviewers"). */
const REVIEW_WORD = re(
  `${W}(?:reviews?|reviewers?|testers?|ratings?|feedback|bewertung\\p{L}*|rezension\\p{L}*|testern?|avis|évaluation\\p{L}*|testeurs?|reseñas?|opinión|opiniones|valoraci\\p{L}*|recension\\p{L}*|valutazion\\p{L}*|avaliaç\\p{L}*|opinião|testadores?)${E}|レビュー|評価|モニター`,
);
/** (s19 blind a) A sign-off line that tells a new line of products: the team's name, a dash or bar, then what it sells with a
 *  "now" ("Equipo Lavanda Nube - ahora también con detergentes ecológicos", "Equipe Pet Sereno | rações, petiscos e agora
 *  brinquedos também", "Lo staff di Erbe Antiche - tisane, oli essenziali e da poco anche candele profumate", "L'équipe Atelier
 *  Cirée - bougies, diffuseurs et désormais parfums d'intérieur", "Ihr Kerzenhaus-Team - Kerzen und jetzt auch Badesalz"; the
 *  copy holds an en dash, an em dash or a bullet as \x96, \x97, \x95: normalize.ts). */
const TAGLINE_HEAD = re(`^\\s{0,3}(?:[\\p{L}\\p{N}&'’.]+[ -]){0,5}?(?:[\\p{L}]*team|équipe|l'équipe|equipe|equipo|staff|squadra|crew|famille|familia|família|famiglia)(?:[ -][\\p{L}\\p{N}&'’.]+){0,4}?\\s{1,2}[-–—|·•\\x95\\x96\\x97]\\s`);
/** ... the "now" of the new line ("ahora también", "agora", "da poco anche", "désormais", "jetzt auch", "and now", "新たに"). */
const TAGLINE_NOW = re(
  `${W}(?:and now|now (?:also|too|with|selling|stocking)|y ahora(?: también)?|ahora también|e agora(?: também)?|agora também|ora anche|e ora|adesso anche|da poco(?: anche)?|désormais|et maintenant|maintenant aussi|jetzt auch|und jetzt|neuerdings|neu(?: im sortiment)?:)${E}|新たに|新しく`,
);
/** ... of products: a list ("rações, petiscos e agora ...") or the catalogue named; not hours or a channel of service ("Equipe
 *  Pet Sereno | atendimento de seg a sex, agora também aos sábados", "Team Lumi - now also on weekends for your questions"). */
const TAGLINE_LIST = /,|(?<![\p{L}])(?:y|e|et|and|und|con|com|with|mit|avec)(?![\p{L}])|&|catálogo|catalogo|catalogue|catalog|sortiment|gama|gamma|gamme|range|linha|línea|linea|、/u;
const TAGLINE_SERVICE = re(
  `${W}(?:support|service|help|hours|chat|phone|calls?|questions?|shipping|delivery|livraison|envío|envio|entrega|spedizione|versand|lieferung|frete|express|weekends?|saturdays?|sundays?|atendimento|suporte|sábados?|domingos?|fins? de semana|atención|soporte|horarios?|fines? de semana|assistenza|orari|sabat[oi]|domenica|weekend|servizio|samedis?|dimanches?|horaires|kundenservice|öffnungszeiten|samstags?|sonntags?|wochenende\\p{L}*|erreichbar|whatsapp|telefon\\p{L}*|teléfono|telefone|telefono|téléphone|e-?mail|ajuda|ayuda|aiuto|aide|hilfe)${E}|サポート|営業時間|お問い合わせ`,
);

/** ... and not a place after the "now" ("Equipo Lavanda Nube - ahora también en Barcelona y Madrid", "désormais à Lyon et Paris"):
 *  a new shop or city, unless the catalogue is named. */
const TAGLINE_PLACE = /^\s{0,2}(?:(?:también|também|aussi|auch|anche|also|too)\s)?(?:en|em|in|à|a|au|aux|nach|na|no|at|on)\s(?!nuestr|noss|nostr|notre|our|unser)/u;
const TAGLINE_RANGE = /catálogo|catalogo|catalogue|catalog|sortiment|gama|gamma|gamme|range|linha|línea|linea/u;
/** (s19 blind c) A signature line of a name, a bar or a dot, the shop's name, then a dash and stock news ("Tom | Hollowbrook Candles -
 *  autumn scents now in stock", "Pablo · Velas Albarizas - ya tenemos los aromas de otoño", "Jan | Kerzenhof - jetzt neu: Wintersorten"):
 *  the seller's new items told in the sign-off, with no team word. */
const SIGNATURE_HEAD = re(`^\\s{0,3}[\\p{L}.'’-]{2,20}(?: [\\p{L}.'’-]{2,20})?\\s{1,2}[|·•\\x95]\\s{1,2}(?:[\\p{L}\\p{N}&'’.]+ ){0,4}[\\p{L}\\p{N}&'’.]+\\s{1,2}[-–—|\\x96\\x97]\\s`);
/** ... stock news: now in stock, just in, "ya tenemos", "já temos", "ora disponibili", "jetzt neu", "maintenant disponible". */
const SIGNATURE_NEWS = re(
  `${W}(?:now (?:in stock|available|in|here|on sale)|(?:in stock|available) now|just (?:in|arrived|landed)|new (?:in|season|collection|range)|ya (?:tenemos|disponibles?|a la venta|están aquí|llegaron)|(?:ora|già|adesso) (?:disponibil[ei]|in vendita)|adesso abbiamo|già arrivat[ei]|já (?:temos|disponíve(?:l|is)|chegaram|à venda)|jetzt (?:neu|erhältlich|verfügbar|da|im shop)|neu eingetroffen|(?:maintenant|désormais) (?:disponibles?|en stock|en vente)|nouvelle collection)${E}`,
);

/** (s19 blind a) A coming generation or successor of a product ("pronto lanzamos la segunda generación del purificador",
 *  "Demnächst bringen wir die zweite Generation des Luftreinigers", "la nouvelle génération arrive bientôt", "次世代モデル"). */
const GENERATION = re(
  `${W}(?:(?:second|third|next|new|latest|2nd|3rd) generation|successor(?: model)?|(?:zweite|dritte|nächste|neue)[nr]? generation|nachfolge(?:r|modell)\\p{L}{0,2}|(?:deuxième|seconde|troisième|nouvelle|prochaine) génération|successeur|(?:segunda|tercera|nueva|próxima) generación|sucesor|(?:seconda|terza|nuova|prossima) generazione|successore|(?:segunda|terceira|nova|próxima) geração|sucessor)${E}|第[2２二3３三]世代|次世代|新世代|後継(?:機|モデル)`,
);
/** ... told as coming or launched ("soon", "demnächst", "bientôt", "pronto lanzamos", "a breve", "em breve", "発売予定"). */
const COMING_SOON = re(
  `${W}(?:soon|coming|launch\\p{L}*|releas\\p{L}*|bring(?:ing)? out|out (?:in|on|next)|demnächst|bald|in kürze|bringen wir|erscheint|kommt|bientôt|prochainement|lan[cçz]\\p{L}*|sort(?:ira|iront|ons|ir)|pronto|próximamente|sacamos|sacaremos|saldrá|sale (?:en|el|a la venta)|presto|a breve|prossimamente|uscirà|arriverà|em breve|sairá|chegará)${E}|発売|登場|予定|近日`,
);
/** ... or a unit held for the buyer ("te guardo una unidad", "halte ich Ihnen ein Gerät zurück", "je vous en réserve un",
 *  "gliene tengo da parte uno", "reservo uma para você", "I'll put one aside for you", "お取り置き"). */
const HOLD_A_UNIT = re(
  `${W}(?:(?:te|le|os|les) (?:guardo|guardamos|reservo|reservamos) (?:una?|uno)|(?:halte|halten|lege|legen) (?:ich|wir) ihnen (?:\\p{L}+ ){0,3}(?:zurück|beiseite)|(?:je|nous) vous (?:en )?(?:réserve|réservons|garde|gardons|mets|mettons) (?:un|une|de côté)|(?:te|le|gliene|ve|ne) (?:tengo|teniamo|riservo|riserviamo) (?:da parte )?(?:una?|uno)|(?:reservo|reservamos|guardo|guardamos) (?:uma?|para (?:você|ti))|(?:hold|keep|reserve|save) (?:one|a unit) for you|(?:set|put) one aside)${E}|取り置き`,
);

/** (s19 blind a) A friend's order rewarded ("Se un'amica ordina da noi facendo il tuo nome, a tutte e due regaliamo ...",
 *  "si una amiga nos compra dando tu nombre", "recommend us to a friend and you both get 10 % off", "empfehlen Sie uns weiter"). */
const FRIEND_ORDERS = re(
  `${W}(?:friends?|amig[oa]s?|amic[oa]|amiche|amici|un'amica|amie?s?|freund(?:in|innen|e|en)?|bekannte\\p{L}{0,2}|colleagues?|colegas?|colleghi|collega|collègues?)(?:\\((?:e|es|s|in|innen|a)\\))?(?: [\\p{L}'’-]+){0,4}? (?:orders?|buys?|shops?|ordina|compra|acquista|commande|achète|bestellt|kauft|pide|compre|pida|comprar|pedir|encomendar|encomenda|ordinare|using your (?:name|code)|(?:makes?|places?|fa|fait|faz|hace|macht|tätigt) (?:\\p{L}+ ){0,2}?(?:first|premier|primo|primer|primeiro|erste\\p{L}{0,2}) (?:order|purchase|commande|achat|ordine|acquisto|pedido|compra|bestellung|einkauf)|(?:dando|con) (?:tu|su) nombre|facendo il (?:tuo|suo) nome|(?:dizendo|com) o seu nome|en donnant votre nom|(?:mit|unter) ihrem namen)${E}|${W}(?:refer a friend|refer (?:us|your friends)|recommend us to|empfehlen sie uns (?:\\p{L}+ )?weiter|recommandez-nous|parrain\\p{L}*|recomiénd(?:anos|enos)|consigliaci|ci consigli a|indique (?:a gente|nossa loja))${E}|友達紹介|お友達をご紹介|(?:お友達|お友だち|ご友人|お知り合い)(?:に|へ)[^。！？\\n]{0,8}ご紹介`,
);
/** Word of mouth asked for, the friend's order and its perk told in the next sentence ("Tell a friend! When they order from us, we'll
 *  send you a free brush", "Parlez de nous autour de vous ! Pour chaque ami(e) qui commande ...", "Empfehlen Sie uns weiter!"). */
// why: s27 blind b en-009 - the perk follows the ask in its own sentence, the friend named there only as "they"
// near-misses kept: "Tell a friend about the recall notice if they own the same kettle" (no order, no perk), "feel free to tell
// your friends, we're glad you like it" (no perk)
const TELL_FRIEND = re(
  `${W}(?:tell (?:a|your) friends?|spread the word|parlez(?:-en)? de nous (?:autour de vous|à vos (?:ami\\p{L}{0,3}|proches))|sagen sie es (?:\\p{L}+ )?weiter|erzählen sie (?:ihren |allen )?(?:freund\\p{L}{0,5}|bekannten) von uns|habl(?:e|a) de nosotros a (?:sus|tus) amig\\p{L}{1,3}|parl(?:i|a) di noi ai (?:suoi|tuoi) amici|fale de nós (?:para|aos) (?:seus )?amig\\p{L}{1,3})${E}`,
);
/** ... and the next sentence: someone ordering ("when they order", "sobald sie bestellen", "s'ils commandent") with a perk. */
const THEY_ORDER = re(
  `${W}(?:(?:when|if|once) (?:they|he|she) (?:orders?|buys?|shops?)|(?:sobald|wenn) (?:sie|er) (?:\\p{L}+ ){0,3}(?:bestell\\p{L}{1,3}|kauf\\p{L}{1,3})|(?:quand|si|dès qu')(?:ils?|elles?) (?:commande\\p{L}{0,3}|achète\\p{L}{0,3})|(?:cuando|si) (?:\\p{L}+ )?(?:compre|compren|pida|pidan|compra|compran)|(?:quando|se) (?:\\p{L}+ )?(?:ordina\\p{L}{0,3}|compra\\p{L}{0,3}|comprar(?:em)?))${E}`,
);
/** ... with a perk (a gift, a discount, free shipping). */
const FRIEND_PERK = re(
  `${W}(?:\\d{1,2} ?%|discounts?|gifts?|free|regal\\p{L}*|omaggi\\p{L}*|brindes?|cadeaux?|offert\\p{L}*|offr\\p{L}*|geschenk\\p{L}*|gratis|gratuit\\p{L}*|grátis|rabatt\\p{L}*|remises?|réductions?|descuentos?|scont[oi]|descontos?|coupons?|gutschein\\p{L}*|vouchers?|buono|cupón|cupom|samples?|échantillons?|campion\\p{L}*|amostras?|muestras?|we(?:'ll| will)? send you|(?:on|nous) vous (?:envoie|envoyons|enverrons|offr\\p{L}{1,4})|(?:schicken|senden|legen) wir ihnen|(?:te|le|les|os) (?:enviamos|enviaremos|mandamos|regalamos)|(?:ti|le|vi) (?:mandiamo|inviamo|spediamo|regaliamo)|(?:te |lhe )?(?:enviamos|mandamos) (?:para )?(?:você|vocês))${E}|割引|クーポン|プレゼント|特典|お付け`,
);

/** (s19 blind a) A recommendation for a buyer still looking for one, after a refund or a return ("Se ainda estiver procurando um,
 *  recomendo o Power 1200 do nosso catálogo", "Se ne cerca ancora uno, le consiglio il nostro Vortex 800", "si todavía busca una,
 *  le recomiendo", "if you're still looking for one, I'd recommend our ..."). */
const STILL_LOOKING = re(
  `${W}(?:(?:if|in case) you(?:'re| are)? still (?:looking|searching|shopping)|if you still (?:need|want) (?:one|a new one|another)|se (?:você )?ainda (?:estiver|está|esteja) (?:procurando|buscando|à procura)|se ainda (?:procura|precisar de um)|se (?:ne )?(?:cerca|cerchi) ancora|se (?:ne )?(?:sta|stai) ancora cercando|si (?:todavía|aún) (?:busca|buscas|está buscando|estás buscando|necesita una?|necesitas una?)|si vous (?:en )?cherchez (?:encore|toujours)|si vous êtes (?:encore|toujours) à la recherche|(?:falls|wenn) sie (?:noch|weiterhin) (?:\\p{L}+ ){0,3}suchen)${E}|まだ[^。！？\\n]{0,12}お探し`,
);
const RECOMMEND = re(
  `${W}(?:recommend\\p{L}*|suggest\\p{L}*|recomend\\p{L}*|recomiend\\p{L}*|recommand\\p{L}*|consigli\\p{L}*|suggerisc\\p{L}*|empfehle\\p{L}*|sugiro|sugiero|propongo|je vous propose)${E}|おすすめ|お勧め`,
);
/** ... of an item of the seller's: "our" within the next words, or a model's name with its number right after the verb ("recomendo o
 *  Power 1200", "le recomiendo la Vortex 800"; not "I suggest waiting until 18:00"). */
const OUR_ITEM = re(`${W}(?:${OUR})${E}|当店|弊社`);
const NAMED_MODEL = re(`^\\s{0,2}(?:(?:ihnen|vous|le|te|ti|lhe)\\s)?(?:the|o|a|el|la|il|lo|le|l'|den|das|die|der)\\s?\\p{L}{2,12}[ -]?\\d{2,5}(?![\\p{L}\\p{N}:.,])`);
/** ... not a help page or the seller's team ("recomendo a nossa página de ajuda"). */
const HELP_PLACE = re(`${W}(?:page|página|pagina|seite|site|faq|ajuda|aiuto|ayuda|aide|hilfe|centro|center|centre)${E}`);

/** (s19 blind a) The seller having an item of the same line, told unasked ("temos o criado-mudo da mesma linha", "we also have the
 *  matching lid from the same series", "abbiamo anche il comodino della stessa linea", "wir haben auch den Nachttisch aus derselben
 *  Serie"). The determiner after the verb keeps "we have sent" out. */
const HAVE_ITEM = re(
  `${W}(?:we (?:also )?(?:have|make|sell|offer|carry)|temos(?: também)?|tenemos(?: también)?|abbiamo(?: anche)?|nous avons(?: aussi| également)?|nous proposons(?: aussi)?|wir haben(?: auch)?|haben wir(?: auch)?|führen wir(?: auch)?) (?:the|a|an|o|os|as|um|uma|el|la|los|las|un|una|il|lo|i|gli|le|l'|une|les|des|den|die|das|einen|eine|ein)${E}`,
);

/** A German participle ending the sentence: "haben ... nachgeschickt / beigelegt / getestet". */
const PERFECT_END = /(?<![\p{L}])(?:\p{L}{0,6}ge\p{L}{2,}(?:t|en))\s*[.!?]?\s*$/u;

export type PitchKind = 'restock' | 'range-live' | 'storefront' | 'on-us' | 'stock-up' | 'own-helper' | 'parts-sale' | 'prize-draw' | 'sign-up-perk' | 'take-more' | 'held-price' | 'new-pieces' | 'tip-cross-sell' | 'gift-another' | 'join-club' | 'tagline-range' | 'next-generation' | 'referral' | 'still-looking' | 'same-line-offer' | 'sold-by-us' | 'upgrade-wish' | 'seller-stock';
export interface Pitch {
  kind: PitchKind;
  start: number;
  end: number;
}

/** The literals one of the kinds needs (a sentence without any costs one scan). */
export const PITCH_ANCHOR =
  /raffl|verlos|au sort|sorte|estraiamo|estrarremo|in palio|抽選|into the draw|into a draw|into our draw|why not|how about|what about|wie wäre|warum nicht|pourquoi pas|por qué no|qué tal|perché non|que tal|por que não|いかが|added to our|unsere liste|die liste|notre liste|la liste|nuestra lista|la lista|nostra lista|alla lista|nossa lista|na lista|prize|sweepstake|giveaway|raffle|gewinn|verlosung|tirage|concours|sorteo|sorteio|premi|chance|possibilità|oportunidad|draw|estrazione|抽選|sign up|signing up|regist|account|member|anmeld|konto|inscri|compte|cuenta|iscri|cadastr|conta|会員|登録|easier|simpler|quicker|help|hilft|aider|ayud|aiut|ajud|spare|ersatz|zubehör|rechange|accessor|repuest|recambi|ricambi|peças|reposiç|acessór|pack|scorta|vorrat|supply|lot |stock|available again|shelves|wieder|nouveau|retour|vuelv|volvi|ha vuelto|han vuelto|de nuevo|otra vez|nuevamente|di nuovo|nuovamente|tornat|voltou|voltaram|novamente|de novo|de volta|再入荷|在庫が復活|range|line|collection|kollektion|sortiment|linie|gamme|ligne|gama|línea|colección|linea|collezione|gamma|linha|coleção|visit|besuche|ストア|second|third|fourth|fifth|sixth|tenth|\dst|\dnd|\drd|\dth|segundo|tercer|cuarto|quarto|quinto|sexto|décimo|deuxième|troisième|quatrième|cinquième|dixième|terceiro|secondo|terzo|sesto|decimo|zweiten|dritten|vierten|fünften|zehnten|discount|rabatt|remise|réduction|descuento|sconto|desconto|launch|introductory|special price|early bird|early-bird|lancement|spécial|préférentiel|lanzamiento|especial|lancio|speciale|riservato|agevolato|lançamento|promocional|einführungs|sonderpreis|vorzugspreis|特別価格|発売記念|nuev|nuov|peças nov|produtos nov|modelos nov|artigos nov|criações nov|novas peças|novas criações|nouvelles pièces|nouvelles créations|nouveaux articles|new pieces|new creations|new items|neue stücke|neue kreationen|same|derselben|der gleichen|demselben|dem gleichen|même|mism|stessa|mesm|同じ|同シリーズ|gift|present|geschenk|cadeau|regalo|プレゼント|ギフト|贈り物|club|circle|cercle|círculo|circolo|clube|klub|mitglied|community|communauté|comunidad|comunità|comunidade|vip|membership|クラブ|and now|now also|now too|now with|now selling|now stocking|y ahora|ahora también|e agora|agora também|e ora|ora anche|adesso anche|da poco|désormais|et maintenant|maintenant aussi|jetzt auch|und jetzt|neuerdings|neu:|neu im|新たに|新しく|generation|génération|generación|generazione|geração|successor|nachfolge|successeur|sucesor|successore|sucessor|世代|後継|friend |friends|friend,|friend!|friend\.|ami\(|tell a|tell your|parlez de nous|sagen sie es|erzählen sie|habla de nosotros|parla di noi|fale de nós|giving away|give away|au sort|counts as|amig|amic|un'amica|amie|ami |freund|bekannte|colleag|colega|colleghi|collega|collègue|refer a|refer us|refer your|recommend us|empfehlen sie uns|recommandez-nous|parrain|recomiéndanos|recomiéndenos|consigliaci|ci consigli a|indique a gente|indique nossa|友達|still looking|still searching|still shopping|still need one|still want one|still need a new|still want a new|still need another|still want another|ainda estiver|ainda está|ainda esteja|ainda procura|ainda precisar|cerca ancora|cerchi ancora|ancora cercando|si todavía busca|si todavía está buscando|si todavía estás buscando|si todavía necesita|si aún busca|si aún necesita|cherchez encore|cherchez toujours|encore à la recherche|toujours à la recherche|suchen|お探し|have them again|have it again|have them back|have it back|got them again|got them back|have more again|shop name|store name|seller name|brand name|shop's name|store's name|nombre de nuestra tienda|nombre de la tienda|nom de notre boutique|nom de la boutique|upgrad|aufrüsten|umsteigen|quiser trocar|quiser mudar|quiserem trocar|resolver trocar|quiere cambiar|quieres cambiar|quisiera cambiar|decide cambiar|volesse cambiare|volesse passare|vorrà passare|vuole passare|souhaitez changer|souhaitez passer|voulez changer|voulez passer|switch|ya tenemos|já temos|now in stock|now available|in stock now|new in|just in|adesso abbiamo|ora disponibil|già disponibil|già arrivat|jetzt neu|jetzt erhältlich|jetzt verfügbar|jetzt da|jetzt im shop|neu eingetroffen|maintenant disponible|maintenant en|nouvelle collection|ya disponible|ya a la venta|ya están aquí|ya llegaron|já disponív|já chegaram|já à venda|new season|new collection|new range|just arrived|just landed|now here|now on sale|shopnam|storenam|markennam|händlernam|nome da nossa loja|nome da loja|nome del nostro negozio|nome del negozio|ストア名|ショップ名|by us|vendemos|por nós|a gente vende|a gente também vende|par nos soins|vendiamo anche|anche da noi|von uns|our store|our shop|our amazon|for you|in unserem|auf lager|vorrätig|verkaufen wir|reservieren|zurücklegen|trouverez|boutique|vendons|en stock|de côté|tienda|tenemos|te guardo|te reservo|te aparto|nostro negozio|vendiamo|da parte|loja|estoque|reservar|separar|guardar|当店|弊社|弊店|ショップ/u;
/** The promotion cue's source (entry-index reads its triggers): the anchor's literals, not the patterns */
// (the anchor's literals, not the patterns: a pattern that opens with "at|on|with", "our" or a digit gives the cue index
// triggers on nearly every sentence, and the promotion detector then reads them all - the s17 bench: English 2k after
// the mixed warm-up 1.5 -> 2.3 ms)
export const PITCH_CUE_SOURCE = writtenSource(PITCH_ANCHOR).split('|').filter((part) => !part.includes('\\')).join('|');


/** A pitch of the kinds above in sentence `s` (normalized), `after` the text that follows it (the next sentence may
 *  hold the wish: "… is back in stock. If you want another, …"). Read only where PITCH_ANCHOR matched (promotionIn
 *  tests it once for both readers). */
export function pitchIn(s: string, after: string): Pitch | null {
  const negated = NEGATION.test(s);
  const restock = find(RESTOCK, s);
  // (a denial comes before the restock: "ist noch nicht wieder lieferbar", "won't be restocked"; after it, a wish's own
  // "n'attendez pas trop si vous en voulez un deuxième")
  if (restock && !NEGATION.test(s.slice(0, restock.start)) && !NEVER.test(s.slice(0, restock.start))) {
    const next = after.split(/[.!?。！？\n]/u)[0] ?? '';
    const wish = ANOTHER_WISH.test(s) || ANOTHER_WISH.test(next);
    // (without a wish, only told as news - "good news", "finally" - and not the order's: "die Größen 36-42 sind wieder
    // verfügbar" may answer a size question the row does not show)
    const news = GOOD_NEWS.test(s) && !OWN_ORDER.test(s) && !SHIPS.test(s) && !WHEN.test(s);
    // (an aside, a use pitched or a bigger model: the "wenn" of "ideal, wenn die Familie wächst" is the pitch's own, so
    // only a "when" before the restock makes it one to come)
    const unasked = (ASIDE.test(s) || IDEAL_IF.test(s) || BIGGER_MODEL.test(s)) && !OWN_ORDER.test(s) && !SHIPS.test(s) && !WHEN.test(s.slice(0, restock.start));
    // (s19: a supply running out is the reason told for the restock news - the buyer's earlier order named with it is why; not
    // the order itself shipping: "we were running low, but we have them again and yours ships today")
    if (wish || news || unasked || (RUN_OUT.test(s) && !SHIPS.test(s))) return { kind: 'restock', ...restock };
  }
  const ready = find(READY_RANGE, s) ?? find(LIVE_FIRST, s);
  if (ready && !negated && !SERVICE_LINE.test(s)) return { kind: 'range-live', ...ready };
  const range = find(OWN_RANGE, s);
  if (range && !negated && !SERVICE_LINE.test(s)) {
    const live = find(LIVE, s.slice(range.end));
    if (live) return { kind: 'range-live', start: range.start, end: range.end + live.end };
  }
  const store = find(STOREFRONT, s);
  // (the span runs from the click: the label alone sits in quotes, where a quoted name is cleared)
  const click = store && find(CLICK, s);
  if (store && click && !negated) return { kind: 'storefront', start: Math.min(click.start, store.start), end: Math.max(click.end, store.end) };
  // (s19 blind c: the shop's name clicked; not to write to the seller there)
  const shopName = find(SHOP_NAME, s);
  const nameClick = shopName && find(CLICK, s);
  if (shopName && nameClick && !negated && !SHOP_SERVICE.test(s)) return { kind: 'storefront', start: Math.min(nameClick.start, shopName.start), end: Math.max(nameClick.end, shopName.end) };
  // (s19 blind c: another item sold by the seller too; a denial before it clears it, "it is not sold by us")
  const soldByUs = find(SOLD_BY_US, s);
  if (soldByUs && ALSO_OR_SEARCH.test(s) && !NEGATION.test(s.slice(0, soldByUs.end)) && !OWN_ORDER.test(s)) return { kind: 'sold-by-us', ...soldByUs };
  const ordinal = find(ORDINAL_ORDER, s);
  if (ordinal && !negated) {
    const gift = find(ON_US, s.slice(ordinal.end));
    if (gift) return { kind: 'on-us', start: ordinal.start, end: ordinal.end + gift.end };
  }
  const pack = find(STOCK_PACK, s);
  const advice = pack && find(BUY_ADVICE, s);
  // (a negation after both is the advice's own: "così non ci pensi più")
  if (pack && advice && !NEGATION.test(s.slice(0, Math.max(pack.end, advice.end))) && !OWN_PACK.test(s.slice(Math.max(0, pack.start - 12), pack.start))) {
    return { kind: 'stock-up', start: Math.min(pack.start, advice.start), end: Math.max(pack.end, advice.end) };
  }
  const drawVerb = find(DRAW_VERB, s);
  const draw = find(PRIZE_DRAW, s) ?? find(ENTER_DRAW, s) ?? find(INTO_DRAW, s) ?? (drawVerb && AMONG_BUYERS.test(s) ? drawVerb : null) ?? (PRIZE.test(s) ? find(DRAW_NOUN, s) : null);
  if (draw && !negated) return { kind: 'prize-draw', ...draw };
  const signUp = find(SIGN_UP, s);
  const perk = signUp && find(PERK, s);
  if (signUp && perk && !negated && !NOT_A_PERK.test(s)) return { kind: 'sign-up-perk', start: Math.min(signUp.start, perk.start), end: Math.max(signUp.end, perk.end) };
  // (s18: more units for a discount, a launch price held for the buyer, new pieces posted or reserved)
  const more = find(TAKE_MORE, s);
  const discount = more && find(PERK, s.slice(more.end));
  // (not Amazon's own discount or Subscribe & Save - s18 review 2)
  if (more && discount && !negated && !NOT_A_PERK.test(s) && !AMAZONS.test(s)) return { kind: 'take-more', start: more.start, end: more.end + discount.end };
  const promo = find(PROMO_PRICE, s);
  // (not the price the buyer's own order was charged: "your 3-pack was charged at the launch price")
  if (promo && HOLD_OR_PACK.test(s) && !negated && !OWN_ORDER.test(s) && !CHARGED.test(s) && !AMAZONS.test(s)) return { kind: 'held-price', ...promo };
  const pieces = find(NEW_PIECES, s);
  if (pieces && SHOW_OR_RESERVE.test(s) && !negated && !OWN_ORDER.test(s) && !REPAIR.test(s)) return { kind: 'new-pieces', ...pieces };
  // (s18 blind i: an item of the same line told as a tip, another unit as a gift, the seller's club)
  const sameLine = find(SAME_LINE, s);
  const tip = sameLine && find(TIP, s);
  // (a denial stands before the item; after it, the pitch's own "so no slot goes to waste")
  // (nor a part already in the parcel, "the screws from the same series are in the box", nor a fact of the whole line,
  // the buyer's item included: "all pans from the same line are dishwasher safe")
  if (sameLine && tip && !NEGATION.test(s.slice(0, sameLine.end)) && !OWN_ORDER.test(s) && !IN_THE_BOX.test(s) && !WHOLE_LINE.test(s.slice(0, sameLine.start))) return { kind: 'tip-cross-sell', start: Math.min(tip.start, sameLine.start), end: Math.max(tip.end, sameLine.end) };
  const another = find(SECOND_UNIT, s);
  const gift = another && find(MAKES_GIFT, s.slice(another.end));
  // (s37 gb37: a second unit the seller gives for a review is the review's incentive, not a unit pitched - "sobald Ihre Rezension
  // online ist, schenken wir Ihnen eine zweite Klinge", "on vous offre une deuxième lame, c'est cadeau" after "dès que votre avis est
  // en ligne": leading, review-incentive.ts; README: a free item is an incentive, not marketing - s37h2-fr-014)
  if (another && gift && !negated && !OWN_ORDER.test(s) && !REVIEW_WORD.test(s)) return { kind: 'gift-another', start: another.start, end: another.end + gift.end };
  // (s21 blind v: the second unit for someone else or as a gift, suggested - "why not buy a second one for a friend?", "eine zweite
  // ... für Freunde oder Familie kommt immer gut an", "ご友人へのプレゼントに、もう一台いかがでしょうか"; not a unit shipped or
  // sent to them: "another one for your friend has shipped")
  const forSomeone = another && find(FOR_SOMEONE, s);
  const giftWord = another && GIFT_WORD.test(s);
  const suggested = another && SUGGEST.test(s);
  // (the suggestion's own "not" is no denial: "why not", "perché non", "por que não")
  const deniedUnit = another && NEGATION.test(s.replace(SUGGESTS, ' '));
  if (another && suggested && (forSomeone || giftWord) && !deniedUnit && !OWN_ORDER.test(s) && !SHIPS.test(s)) {
    return { kind: 'gift-another', start: Math.min(another.start, forSomeone?.start ?? another.start), end: Math.max(another.end, forSomeone?.end ?? another.end) };
  }
  const club = find(JOIN_CLUB, s);
  // (a club of reviewers or testers is a review ask, the review detectors' own: "join our testers' club: free items for a review")
  if (club && !negated && !NOT_A_PERK.test(s) && !REVIEW_WORD.test(s)) return { kind: 'join-club', ...club };
  // (s19 blind a: a sign-off line with a new line of products, a coming generation, a friend's order rewarded, a recommendation
  // for a buyer still looking, an item of the same line the seller has)
  const head = find(TAGLINE_HEAD, s);
  const tail = head ? s.slice(head.end) : '';
  const now = head && find(TAGLINE_NOW, tail);
  const place = now && TAGLINE_PLACE.test(tail.slice(now.end)) && !TAGLINE_RANGE.test(tail);
  if (head && now && !place && TAGLINE_LIST.test(tail) && !TAGLINE_SERVICE.test(tail) && !negated) return { kind: 'tagline-range', start: head.end + now.start, end: s.length };
  const sign = find(SIGNATURE_HEAD, s);
  const signNews = sign && find(SIGNATURE_NEWS, s.slice(sign.end));
  // (not service news in the sign-off: "Tom | Hollowbrook Candles - now on Saturdays too" names no stock)
  if (sign && signNews && !negated && !TAGLINE_SERVICE.test(s.slice(sign.end))) return { kind: 'tagline-range', start: sign.end + signNews.start, end: s.length };
  const generation = find(GENERATION, s);
  // (the buyer's own unit told as the new generation, "your purifier is already the second generation", is no launch: a coming
  // or a held unit makes it one; a denial anywhere clears it, "the second generation won't come to Europe")
  if (generation && (COMING_SOON.test(s) || HOLD_A_UNIT.test(s)) && !negated && !OWN_ORDER.test(s)) return { kind: 'next-generation', ...generation };
  const friend = find(FRIEND_ORDERS, s);
  if (friend && FRIEND_PERK.test(s) && !negated) return { kind: 'referral', ...friend };
  // (s27: the word of mouth asked, the friend's order and the perk in the next sentence)
  const tell = find(TELL_FRIEND, s);
  const nextFriend = tell ? (after.split(/[.!?。！？\n]/u).find((part) => /\S/u.test(part)) ?? '') : '';
  if (tell && !negated && ((FRIEND_PERK.test(s) && THEY_ORDER.test(s)) || (THEY_ORDER.test(nextFriend) && FRIEND_PERK.test(nextFriend)))) return { kind: 'referral', ...tell };
  const looking = find(STILL_LOOKING, s);
  const recommend = looking && find(RECOMMEND, s.slice(looking.end));
  const rest = recommend ? s.slice(looking!.end + recommend.end) : '';
  const item = recommend && (find(OUR_ITEM, rest.slice(0, 40)) ?? find(NAMED_MODEL, rest));
  if (looking && recommend && item && !negated) {
    const at = looking.end + recommend.end + item.start;
    if (!HELP_PLACE.test(s.slice(at, at + 40)) && !NOT_A_PRODUCT.test(s.slice(at, at + 40))) return { kind: 'still-looking', start: looking.start, end: at + item.end - item.start };
  }
  const have = find(HAVE_ITEM, s);
  const same = have && find(SAME_LINE, s.slice(have.end, have.end + 60));
  // (as the tip above: not a part in the parcel, nor the whole line; the seller sending it is the hard guard's)
  // (nor a German perfect or a send: "wir haben die Schrauben aus derselben Serie nachgeschickt", "we have the lid ... sent out")
  if (have && same && !negated && !OWN_ORDER.test(s) && !IN_THE_BOX.test(s) && !SHIPS.test(s) && !PERFECT_END.test(s)) return { kind: 'same-line-offer', start: have.start, end: have.end + same.end };
  const stock = find(SELLER_STOCK, s);
  if (stock && !NEGATION.test(s.slice(0, stock.end)) && !OWN_ORDER.test(s) && !PARCEL_AT_SHOP.test(s) && !AFTER_A_STEP.test(s.slice(0, stock.start)) && !EXCHANGE.test(s)) return { kind: 'seller-stock', ...stock };
  const helper = find(OWN_HELPER, s.replace(IF_IT_HELPS, (m) => ' '.repeat(m.length)));
  if (helper && !negated && !NOT_A_PRODUCT.test(s.slice(helper.start, helper.end)) && !OWN_ORDER.test(s)) return { kind: 'own-helper', ...helper };
  return null;
}

/** (s19 blind c) A wish to upgrade some day, the buyer's, told with another model of the seller's ("Das Nachfolgemodell hat doppelt so
 *  viel Drehmoment - falls Sie mal aufrüsten möchten", "se um dia o senhor quiser trocar, a versão elétrica tem timer", "if you ever
 *  want to upgrade, the Pro model ...", "si algún día quiere cambiar, la versión eléctrica ...", "si un jour vous souhaitez passer au
 *  modèle supérieur", "se un giorno volesse passare alla versione elettrica"): an upsell nobody asked for. */
const UPGRADE_WISH = re(
  `${W}(?:if you (?:ever |one day |someday )?(?:want|wish|decide|fancy|feel like)(?: to)? (?:upgrad\\p{L}*|switch\\p{L}*|trade up)|when you(?:'re| are)? ready to upgrade|(?:falls|wenn) sie (?:mal|irgendwann|eines tages|einmal) (?:\\p{L}+ ){0,2}(?:aufrüsten|umsteigen|upgraden)|se (?:um dia|algum dia|um belo dia) (?:\\p{L}+ ){0,2}(?:quiser|quiserem|resolver) (?:trocar|mudar|fazer (?:um )?upgrade)|si (?:algún|un|algun) día (?:\\p{L}+ ){0,2}(?:quiere|quieres|quisiera|quisieras|decide|decides) (?:cambiar|pasar)|se un giorno (?:\\p{L}+ ){0,2}(?:volesse|vuole|vorrà|vorresti|vuoi) (?:cambiare|passare)|si un jour vous (?:souhaitez|voulez|désirez) (?:changer|passer))${E}`,
);
/** ... and the other model named: a successor, a model, version or edition word. */
const OTHER_MODEL = re(
  `${W}(?:successor|nachfolge\\p{L}*|models?|versions?|editions?|modell\\p{L}{0,2}|ausführung|modèles?|modelos?|versión|versão|modell[oi]|version[ei])${E}|後継|上位モデル`,
);
/** The upgrade wish and the other model in sentence `s` (normalized); `wish` is where the wish stands (its "trocar" is no exchange). */
export function upgradeWishIn(s: string): (Pitch & { wish: { start: number; end: number } }) | null {
  const wish = find(UPGRADE_WISH, s);
  const model = wish && find(OTHER_MODEL, s);
  if (!wish || !model || NEGATION.test(s) || OWN_ORDER.test(s)) return null;
  return { kind: 'upgrade-wish', start: Math.min(wish.start, model.start), end: Math.max(wish.end, model.end), wish };
}

/** Spare parts sold by a call (read before promotionIn's hard guard, whose "replacement" words would clear it; behind
 *  PITCH_ANCHOR, as pitchIn). */
export function partsSaleIn(s: string): Pitch | null {
  const parts = find(PARTS_IF_NEED, s);
  if (parts && CALL_US.test(s) && !FREE.test(s) && !NEGATION.test(s)) return { kind: 'parts-sale', ...parts };
  return null;
}

