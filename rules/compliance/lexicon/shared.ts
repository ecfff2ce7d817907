// Entry sources shared by every language's lexicon.
import {
  alt, CONTRAST_WORDS, DE_KEIN_INFLECTED, DE_NICHT, DE_WEDER, DE_NIE, DE_NIEMALS, EN_CANNOT, EN_NEVER, EN_NOT, EN_UNABLE, ES_JAMAS, NUNCA, FR_ELISION, JAMAIS,
  FR_NE_PAS, FR_PAS, IT_MAI, IT_NON, NO, PT_NAO, PT_NEM, wholeWords,
} from '../negation';

/** A word with an @ inside ("me@shop.com", "連絡先はme@shop.com"), tried only where a non-blank run
 *  starts: tried from every character, each failing start rescanned the rest of a long run without
 *  an @ (a pasted row of ★ or a Japanese paragraph), O(n²). A match at any later start of a run
 *  implies one at its start, so only a run another entry already matched the head of can differ.
 *  The head stops at the first @ ([^\s@]*), so a run is read once instead of to its end and back
 *  (\S+ backtracked from the end of the run to its last @); the span matched is the same. */
export const WORD_WITH_AT = '(?<!\\S)\\S[^\\s@]*@\\S+';

/** Guards go AFTER the phrase they guard (a lookbehind at the head of an entry would run at every
 *  position of every text); their windows count the phrase itself.
 *  Words, in every checker language, of a negation before the phrase in its sentence: "we cannot
 *  accept PayPal outside Amazon", "wir dürfen keine Zahlungen außerhalb von Amazon", "no podemos
 *  … fuera de Amazon", "nous ne pouvons pas … en dehors d'Amazon", "non possiamo … fuori da Amazon".
 *  Short lexicons run over every short text, so each language's guard knows every language's words. */
// "pas" and "nicht" that invite ("n'hésitez pas à", "zögern Sie nicht") are no negation; French "ne" only
// with its second half (Italian "ne" is a pronoun: "ne approfitti", "se ne prende tre")
// ("jamais" twice: the list as it was)
const NEGATION = alt(
  EN_NOT, EN_NEVER, EN_CANNOT, EN_UNABLE, `${DE_NICHT}(?<!z[öo]gern sie nicht)`, DE_KEIN_INFLECTED, DE_NIE, DE_NIEMALS, DE_WEDER, NO,
  NUNCA, ES_JAMAS, FR_NE_PAS, FR_ELISION, `${FR_PAS}(?<!(?:h[ée]sit|oubli|manqu|attend)\\p{L}{0,4} pas)`, JAMAIS, IT_NON, IT_MAI,
  PT_NAO, PT_NEM, JAMAIS,
);
/** A comma that opens a contrast ("..., but", "..., aber", "..., mais", "..., pero", "..., ma", "..., mas", "..., sondern", "..., sino"):
 *  a negation's reach ends there, what follows is said in its own right ("we can't offer anything for a review, but leave us 5 stars
 *  and we'll send a gift" asks and pays). Negation windows and phrase gaps read any other comma as before. */
// why: s23 leftover #11 - a refusal before the contrast cleared the paid ask after it, in every language
/** The contrast words themselves (a regexp alternation): the one list that ends a refusal's scope - this comma, check.ts's
 *  REFUSAL_SCOPE_END and channel lists, review-incentive.ts's reward after a contrast. */
export { CONTRAST_WORDS };
export const NOT_CONTRAST_COMMA = `,(?!\\s{0,2}(?:${CONTRAST_WORDS})(?![\\p{L}]))`;
/** One character of a negation's reach: not a sentence stop, nor a contrast's comma. */
export const NEG_REACH = `(?:[^.!?;\\n,]|${NOT_CONTRAST_COMMA})`;
/** A negation read as a refusal of the phrase after it, built from the language's negation words: within NEG_REACH of the phrase,
 *  except a negation inside a condition clause the comma has closed ("Se il pezzo non combacia, richiamateci", "Wenn das Teil nicht
 *  passt, rufen Sie uns zurück": the "non/nicht" negates the condition, the invitation after it stands). A negation in a condition
 *  still clears a phrase in its own clause ("Se non ci richiama entro lunedì" names no invitation of its own), and a negation of the
 *  main clause still clears ("Se preferisce, non ci chiami": the negation is after the comma). Returns a negative lookbehind pair. */
// why: s25 known miss - "Se il pezzo non combacia, richiamateci" read as refused (the brief: a condition before a call-back
// invitation is not a refusal)
export function negationBefore(negWords: string, reach: number): string {
  const neg = `(?:^|[^\\p{L}'])(?:${negWords})(?![\\p{L}])`;
  const conditionOpen = `(?<!(?:^|[^\\p{L}])(?:se|if|wenn|falls|sofern|si|qualora|quando|when)\\s[^,.!?;:\\n]{0,40})`;
  const negOutside = `(?:^|[^\\p{L}'])${conditionOpen}(?:${negWords})(?![\\p{L}])`;
  return `(?<!${negOutside}${NEG_REACH}{0,${reach}})(?<!${neg}[^,.!?;\\n]{0,${reach}})`;
}
/** One character of a phrase's gap inside its sentence: not a stop, nor a contrast's comma. */
export const CLAUSE_GAP = `(?:[^.!?\\n,]|${NOT_CONTRAST_COMMA})`;
/** Not top marks given by a magazine, a consumer test or a jury to a model: a product fact, no buyers' ratings and no ask ("il
 *  massimo dei voti lo ha preso il modello nuovo nel test della rivista", "bei Stiftung Warentest die Bestnote", "la note maximale
 *  dans le comparatif du magazine", "la nota máxima en la prueba de la revista"). Not where the buyer is asked for them too ("ci dia
 *  il massimo dei voti, come ha fatto la rivista"). Goes after the phrase. */
// why: s23 leftover #6 - it:leading:top-marks on a magazine's test result
// ("im Test": a product test's mark - "Wir haben die volle Punktzahl im Test bekommen", merge review s32)
const TESTER = "test|tests|rivista|riviste|revista|revistas|magazine|magazin|zeitschrift|revue|warentest|ökotest|testbericht|testsieger|altroconsumo|que choisir|consumer reports|ocu|proteste|giuria|jury|jurado|comparatif|comparativa|comparativo";
const ASKED_TOO = "ci dia|ci dà|ci dai|dateci|dacci|ci lasci|give us|geben sie uns|gebt uns|donnez-nous|d[ée]nos|nos d[êeáa]";
export const NOT_A_TESTERS_MARK = `(?:(?<!(?<![\\p{L}])(?:${TESTER})(?![\\p{L}])[^.!?\\n]{0,80})(?![^.!?\\n]{0,80}(?<![\\p{L}])(?:${TESTER})(?![\\p{L}]))|(?<=(?<![\\p{L}])(?:${ASKED_TOO})(?![\\p{L}])[^.!?\\n]{0,60})|(?=[^.!?\\n]{0,60}(?<![\\p{L}])(?:${ASKED_TOO})(?![\\p{L}])))`;
// (a dot inside a word is no stop: "we can't write to ana.m@mail.es outside Amazon" - s13 review)
/** …and a negation after it ("Zahlungen außerhalb von Amazon können wir nicht annehmen", "Amazon以外でのお支払いはお受けできません"). */
// whole words: "nie" must not fire inside "niedriger", "nicht" inside "Nichtraucher"
// (the Japanese refusals after the phrase are whole phrases, not bare endings: "手数料はかかりません" waives a fee)
const NEGATION_AFTER = `${wholeWords(DE_NICHT, DE_NIE, `${EN_NOT} (?:possible|allowed)`)}|` + "(?<![\\p{L}])non (?:è|sono) (?:possibile|consentit)|できません|できかねます|お受けできません|ことは(?:ございません|ありません)|いたしかねます|ご遠慮|お控えください|お断りして|(?:て|で)おりません|(?:て|で)いません|(?:て|で)おらず|(?<=(?:サイト|ホームページ|ショップ|ストア|店舗|アカウント|窓口|番号|電話|メール|ページ|hp))(?:は|も)(?:ございません|ありません)";
// (a place denied: "自社サイトはございません"; not "手数料はございません", a fee waived after an offer - s12 review)
/** Not a place fronted before the refusal that rules it out: "Fuera de Amazon no podemos venderte nada", "Fuori da Amazon non
 *  possiamo vendere nulla", "Fora da Amazon não podemos ...". */
// why: s22 blind c es-023, it-023 - the refusal follows the phrase, where NOT_NEGATED only looks before it
export const NOT_FRONTED_REFUSAL = "(?![,:]?\\s{1,2}(?:no|non|não) (?:pod|pued|poss|può|vend|acept|accett|aceit)\\p{L}{0,6}(?![\\p{L}]))";
export const NOT_NEGATED = `(?<!(?:^|[^\\p{L}'])(?:${NEGATION})(?![\\p{L}])(?:[^.!?;\\n,]|[.](?=\\S)|${NOT_CONTRAST_COMMA}){0,100})(?![^.!?;\\n。]{0,60}(?:${NEGATION_AFTER}))`;

/** Not a warning about someone else reaching the buyer outside Amazon: "if someone" before the phrase in its sentence
 *  ("Si alguien te escribe en nuestro nombre fuera de Amazon, no contestes", "Se qualcuno le scrive fuori da Amazon, lo
 *  segnali", "Wenn jemand Sie außerhalb von Amazon anschreibt"). Goes after the phrase, as NOT_NEGATED. */
// why: s18 blind g es-052/it-051 - an anti-phishing warning read as an offer to deal outside Amazon
// (someone who writes or contacts the buyer, or in the seller's name: "if anyone in your family wants one, we sell it outside
// Amazon" is an offer - s18 review 2)
export const NOT_IF_SOMEONE = `(?<!(?:^|[^\\p{L}])(?:si|se|if|wenn|falls|sollte|caso) (?:\\p{L}{1,10} )?(?:alguien|qualcuno|quelqu'un|someone|anyone|somebody|jemand|alguém) (?:(?:sie|ihnen|dich|vous|te|le|la|lhe|you) |(?:\\p{L}{1,12} ){0,2}(?:writes|contacts|calls|asks|messages|escribe|contacta|llama|pide|scrive|contatta|chiama|chiede|vous (?:écrit|contacte|appelle|demande)|écrit|contacte|schreibt|kontaktiert|anruft|ruft|fragt|escreve|contata|liga|pede|falar|fala|(?:in|en|a|au|im) (?:our|nuestro|nome|notre|unserem|nosso) (?:name|nombre|nostro|nom|namen|nome))(?![\\p{L}]))[^.!?;\\n]{0,120})`;

/** Not a payment method that Amazon itself takes: Amazon offering or accepting it later in the sentence, or its own
 *  checkout ("Si quiere pagar con Bizum, Amazon lo ofrece al finalizar la compra", "PayPal? Amazon l'accepte au moment
 *  de payer", "pode pagar com Pix, a Amazon aceita no checkout"). Goes after the phrase. */
// why: s18 blind g es-049 - the buyer asked about Bizum, the seller pointed to Amazon's own checkout
// (the method as the object of Amazon's offer, not "más rápido que lo que Amazon ofrece"; never with a pay-us imperative - s18
// review 2: "Páguenos por Bizum ...")
export const NOT_AMAZON_TAKES = `(?:(?<=(?:páguenos|págueme|pagadnos|mándenos|hágame|hágannos|payez-nous|pagaci|paghi(?:ci)?|pague-nos|pay us)[^.!?;\\n]{0,40})|(?![^.!?;\\n]{0,80}(?:(?<![\\p{L}]|que )amazon(?:\\.[a-z.]{2,6})? (?:(?:lo|la|los|las|le|l'|li|o|a|es|sie|ihn|it|them)\\s)(?:ofrece|acepta|admite|permite|offers?|accepts?|supports?|bietet|akzeptiert|propose|accepte|offre|accetta|oferece|aceita)|al finalizar (?:la )?compra|en el (?:checkout|pago) de amazon|at (?:the )?(?:amazon )?checkout|au moment de (?:payer|la commande)|al (?:momento del )?(?:checkout|pagamento) (?:su|di) amazon|no checkout da amazon)))`;

/** "novedades"/"novità" as news of the order, not the seller's new products: after "en cuanto haya", "cualquier",
 *  "eventuali", "appena ci sono", or before "sobre su envío", "dal corriere" (s17 blind c: "En cuanto haya novedades te
 *  escribimos por aquí"). Read by the es/it lexicon entries and the promotion detector's novelty. */
// (only conditional or indefinite words: "tenemos novedades para usted", "abbiamo novità per lei" announce products - s17 review)
const ORDER_NEWS_BEFORE = 'haya|habrá|tengamos|tenga|alguna|algunas|cualquier|sin|si hay|no hay|en cuanto tenga|eventuali|qualche|nessuna|ulteriori|ci saranno|se ci sono|non ci sono|appena ci sono|quando ci sono|appena avremo|avremo';
const ORDER_NOUN = '(?:pedido|envío|paquete|entrega|caso|reclamación|devolución|reembolso|incidencia|transportista|paquetería|seguimiento|ordine|spedizione|pacco|consegna|corriere|reso|rimborso|pratica|richiesta|tracking)';
const ORDER_NEWS_AFTER = `(?:sobre|de|del|en|con|acerca de|respecto a|sul|sulla|sullo|sui|sulle|riguardo|in merito a|circa|dal|dalla|del|della|di) (?:(?:su|tu|el|la|los|las|este|esta|il|lo|suo|sua|tuo|tua|vostro|vostra|vuestro|vuestra)\\s)?${ORDER_NOUN}`;
// (or the order named later in its sentence: "Tenemos novedades: su paquete llega mañana", "Abbiamo novità: il corriere
// consegnerà domani" - s17 review)
// (the word first, its look-behind after it: a look-behind that opens an alternative of the promotion union is tried at
// every position and slows the whole union - s17 bench)
export const notOrderNews = (word: string) => `${word}(?<!(?:${ORDER_NEWS_BEFORE}) ${word})(?! ${ORDER_NEWS_AFTER})(?![^.!?\\n]{0,80}(?<![\\p{L}])${ORDER_NOUN}(?![\\p{L}]))`;

/** The seller's "our" in every language, and a Romance clitic "us" glued to a verb ("escríbenos", "contattaci"):
 *  one list for the guards that ask whether the seller owns or needs a thing (check.ts, context-guards.ts,
 *  direct-sale.ts), each adding the pronouns its question needs. */
export const SELLER_POSSESSIVE = 'our|ours|unser\\p{L}{0,2}|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?';
// The clitic only on the verbs a seller asks or sells with (a closed list of stems, accents optional), not any word
// ending in -nos/-ci: "unos", "buenos", "menos", "cercanos", "dolci", "luci", "merci", "tecnici" are no "us" (s17
// review: "estará allí unos cinco días" read as the seller needing the ID). Spanish: the stem, then a usted/tú
// imperative vowel, an infinitive or a gerund ("envíenos", "escríbenos", "enviarnos", "comprándonos", "dénos"); Italian:
// an infinitive, a tu/voi imperative or a gerund ("inviarci", "scrivici", "contattateci", "inviandoci", "dacci").
// (s17 review 2: sharing, uploading, telling and asking are asks too - "compártanos una foto del DNI", "súbanos",
// "cuéntenos", "avísenos", "pregúntenos", "consúltenos", "encárguenos", "allegateci una copia", "condivideteci",
// "caricateci", "avvisateci", "raccontateci"; and the ustedes plural "envíennos", "escríbannos")
const ES_CLITIC_STEM = 'reenv[ií]|env[ií]|m[áa]nd|escr[íi]b|cont[áa]ct|d[ée]j|ll[áa]m|ind[íi][qc]u?|facil[íi]t|proporci[óo]n|d[íi]g|dec|ay[úu]d|comun[íi][qc]u?|conf[íi]rm|p[áa]s|rem[íi]t|m(?:u[ée]|o)str|h[áa][gc]|tr[áa]ig|tra|c[óo]mpr|p[íi]d|ped|vis[íi]t|adj[úu]nt|resp[óo]nd|comp[áa]rt|s[úu]b|cu[ée]nt|cont|av[íi]s|preg[úu]nt|cons[úu]lt|enc[áa]rgu?';
const ES_CLITIC = `(?:${ES_CLITIC_STEM})(?:[aeáéií]n?|ar|er|ir|[áa]ndo|i[ée]ndo)nos|d(?:[ée]n?|i|ar|ir)nos`;
const IT_CLITIC_STEM = 'invi|mand|scriv|contatt|forn|comunic|indic|segnal|inoltr|gir|lasci|chiam|mostr|sped|pass|aiut|compr|acquist|ordin|visit|port|conferm|rispond|alleg|condivid|caric|avvis|raccont';
const IT_CLITIC = `(?:${IT_CLITIC_STEM})(?:arci|erci|irci|aci|ici|ateci|eteci|iteci|andoci|endoci)|[df](?:arci|irci|ateci|iteci)|dacci|dicci|facci`;
export const SELLER_CLITIC = `(?<![\\p{L}])(?:${ES_CLITIC}|${IT_CLITIC})(?![\\p{L}])`;
/** Before a bank or payment-account word: the seller's own account ("our IBAN", "notre IBAN", "il nostro
 *  IBAN", "unsere Bankverbindung", "nuestra cuenta", "nossa conta") is not the buyer's personal data. */
export const NOT_OURS = "(?<!(?<![\\p{L}])(?:our|my|notre|nos|mon|nostro|nostra|mio|mia|unser\\p{L}{0,2}|mein\\p{L}{0,2}|nuestr[oa]s?|noss[oa]s?|meu|minha) (?:own )?)";

/** A coupon or discount explained as already applied to the order (not offered): words of every
 *  checker language, before or after it in the sentence. */
// (s17 blind: "the $38.69 price included the 10% coupon shown on the product page" - the price it went into; h: "the price
// dropped during the Prime Day sale" - a price change explained)
// (s19 probe c: the coupon's line in the order's summary or details is the order's own coupon pointed to - "puedes ver la
// línea del cupón en el resumen del pedido", "la ligne du coupon figure dans le récapitulatif de commande")
// (s24 blind d es-020, it-018: the coupon the buyer ticked or that was live on the listing at the past purchase - "el cupón que
// marcaste en la ficha antes de comprar", "il coupon ... che era attivo sulla pagina prodotto quando ha acquistato": the order's own
// coupon, explained; past forms only - "marca el cupón antes de comprar", "use it when you buy", "the coupon was active last week
// and it's back now" still offer one; not the English "when you ordered": "the coupon that was active when you ordered is back this
// week" offers it again - s23-mkt)
// (s35 fb35: not "is over at/on/there", the place idiom - "a 15% code is over at x.co.uk" is where it waits, not an offer ended)
const APPLIED =
  "(?:que )?(?:marcaste|marcó|seleccionaste|seleccionó|activaste)|quando (?:ha|hai) (?:acquistato|ordinato|comprato)|cuando (?:compraste|compró|pediste|pidió)|quand vous avez (?:acheté|commandé)|quando (?:você )?(?:comprou|fez o pedido)|als sie (?:\\p{L}+ ){0,2}(?:bestellt|gekauft) haben|(?:price|prices|preis|prix|precio|prezzo|preço)(?: \\p{L}+){0,2} (?:dropped|fell|went down|was (?:reduced|lowered)|gesunken|fiel|a baissé|bajó|ha bajado|è sceso|caiu|baixou)|(?:box|checkbox) (?:was|wasn't|was not|is|isn't|is not) (?:ticked|checked|clicked|selected)|(?:price|total|amount|preis|betrag|prix|montant|precio|importe|prezzo|importo|preço|valor)(?: \\p{L}+){0,3} (?:already |bereits |déjà |ya |già |já )?(?:included|includes|enthielt|beinhaltete|incluait|comprenait|incluía|incluye|includeva|comprendeva|inclui|incluiu)|applied|applies|entered|expired|(?:taken|knocked|came|come) off|(?:has|have|had) (?:now |already )?ended|is (?:now )?over(?! (?:at|on|in|there|here)(?![\\p{L}]))|(?:code|coupon) field|managed by amazon|no longer valid|abgelaufen|caducad[oa]|caducó|expiré|scadut[oa]|expirou|(?:can't|cannot|don't) see|clipped|activated|redeemed|deducted|already (?:used|applied|been)|(?:was|were|been) used|shows on|on (?:your|the) invoice|(?:order summary|resumen del pedido|récapitulatif de (?:la )?commande|riepilogo dell'ordine|bestellübersicht|resumo do pedido|detalles del pedido|détails de (?:la )?commande|dettagli dell'ordine|detalhes do pedido)|angewendet|abgezogen|berücksichtigt|angerechnet|gutgeschrieben|pris en compte|genutzt|verrechnet|aktiviert|eingelöst|enthalten|auf der rechnung|aplicad[oa]|aplicó|utilizó|se utilizó|descontó|se descontó|activó|reflejad[oa]|usad[oa]|appliqu[ée]e?|déduit|a (?:déjà )?servi|déjà (?:inclus|compris|déduit)|activé|utilisé|applicat[oa]|scalat[oa]|usat[oa]|attivat[oa]|ativou|usou|foi usado|適用|使用され|獲得された";
/** A promotion Amazon runs, named as Amazon's after the coupon or discount ("the coupon was a promotion by Amazon",
 *  "c'était une promotion d'Amazon", "es una promoción de Amazon"): explained, not offered by the seller. */
const AMAZON_RUN =
  "(?:promotion|promo|promoción|promozione|promoção|aktion|coupon|cupón|réduction|remise|rabatt|descuento|sconto|desconto|offerta|oferta|offre|deal|angebot)s? (?:d'|de |del |di |da |della |von |by |from |of )amazon|amazon'?s (?:own )?(?:promotion|coupon|discount|deal)|(?:dont |which |die |que |che |cuya |cuja )?amazon (?:fixe|gère|organise|décide|sets|runs|manages|decides|controls|legt|bestimmt|steuert|fija|gestiona|decide|organiza|gestisce|stabilisce|organizza|define|gerencia)|(?:gérée?s?|gestionad[oa]s?|gestit[oaie]|gerenciad[oa]s?|verwaltet|organisée?s?|organizad[oa]s?|organizzat[oaie]) (?:par|por|da|von|pela) (?:l'|la )?amazon|amazonのクーポン|amazonのキャンペーン";
/** A review verb thanked for or placed after "before": "Gracias por escribir una opinión", "avant d'écrire un
 *  commentaire" (goes after the entry; the window counts the entry). */
export const NOT_THANKED_OR_BEFORE = "(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci (?:beaucoup|infiniment|mille fois) pour (?:votre |vos |ton |ta |l')?(?:avis|note|évaluation|commentaire|étoiles)|merci d'avoir|grazie per|grazie della|grazie (?:mille|tante|infinite|di cuore) per (?:la |le |il )?(?:sua |tua )?(?:recensione|valutazione|stelle|voto)|obrigad[oa] pel[oa]|avant d'|avant de|antes de(?! lo (?:previsto|esperado|pensado)| tiempo| plazo| la fecha)|prima di|bevor)[^.!?;\\n]{0,70})";
/** A sales event named as the cause of a delay or a busy period, not offered: "because of the Black Friday
 *  volume our shipping is one day behind", "a causa dei volumi del Black Friday la spedizione slitta".
 *  A cause word taking the event as its object ("due to Black Friday", "wegen des Black Friday", "en raison du
 *  Black Friday"), a logistics word that takes it as its own ("por causa do volume da Black Friday"), or a
 *  logistics word after it in the sentence that no "without" denies ("sin demora en los envíos", "sans attente ni
 *  retard", "ohne jede Verzögerung" promise, they explain nothing). Whole words: "speaker" holds no "peak" (s15 review). */
// why (s16 blind batch): "Avec les soldes d'hiver, nous recevons trois fois plus de commandes que d'habitude",
// "le black friday a complètement saturé notre transporteur" - an order surge or a saturated carrier is a cause too
export const EVENT_CAUSE = "because of|due to|owing to|wegen|aufgrund|infolge|à cause d[ue']?|en raison d[ue']?|suite au|suite à|debido al?|por culpa del?|a causa del?|a raíz del?|dovuto al|per via del|devido ao?|por causa d[oa]|em função d[oa]";
/** Words of a delay or an order surge: a cause wherever they stand after the event. */
// (s17 blind: "Cyber Monday orders have piled up at the carrier's hub" - a pile of orders is a surge)
const EVENT_DELAY = "backlog|delays?|delayed|behind|pil(?:ed|ing) up|backed up|acumulad\\p{L}*|accumul\\p{L}*|acumulaç\\p{L}*|aufgestaut|orders? (?:volume|surge)|ansturm|bestellaufkommen|verzöger\\p{L}*|verspät\\p{L}*|rückstand|afflux|retards?|retras\\p{L}*|demoras?|ritard\\p{L}*|slitt\\p{L}*|atras\\p{L}*|volume de pedidos|(?:more|mehr|plus de|más|più|mais|triple|triplo|doppio|double|doble|dobro) (?:of |de |d'|degli |di )?(?:orders|bestellungen|commandes|pedidos|ordini|encomendas)";
/** Words of a busy time or a crowd that also describe products and seasons ("more volume and bass", "zur
 *  Hochsaison sparen", "avant la saturation des stocks"): a cause only with the order's parcel, shipping or
 *  carrier after them ("sehr viel los; Ihr Paket verlässt das Lager erst am Donnerstag"; s16 review). */
const EVENT_BUSY = "volumes?|volumen|volumi|aufkommen|peak|surge|swamped|overwhelmed|satur\\p{L}*|überlast\\p{L}*|colaps\\p{L}*|sobrecarg\\p{L}*|intasat\\p{L}*|sovraccaric\\p{L}*|engorg\\p{L}*|embouteill\\p{L}*|busy|busiest|(?:sehr )?viel los|hochbetrieb|ajetreo|affollat\\p{L}*";
const SHIPMENT = "parcels?|packages?|orders?|shipping|shipments?|deliver\\p{L}*|dispatch\\p{L}*|carriers?|couriers?|warehouse|paket\\p{L}*|sendung\\p{L}*|versand\\p{L}*|liefer\\p{L}*|lager|bestellung\\p{L}*|spedition|zusteller|colis|commandes?|exp[ée]di\\p{L}*|livraisons?|transporteurs?|entrepôt|paquetes?|pedidos?|env[íi]os?|entregas?|transportistas?|almacén|pacc[oh]\\p{L}*|ordini|ordine|spedizion\\p{L}*|consegn\\p{L}*|corrier[ei]|magazzino|pacotes?|encomendas?|transportadoras?|armazém";
/** "without" and its kin, up to two words before the logistics word ("ohne jede Verzögerung", "senza nessun ritardo"). */
const DENIED_BEFORE = "(?<!(?<![\\p{L}])(?:sin|senza|sans|ni|no|without|ohne|keine?n?|sem|nem|zero|nessun[oa]?|alcun[oa]?|aucune?|ningun[oa]?|ningún|nenhum[a]?)\\s(?:[\\p{L}-]{1,12}\\s){0,2})";
/** The cause after the event, as a pattern read from the event's end (also `promotion.ts`, on a sale it found). */
export const EVENT_CAUSE_AFTER = `[^.!?;\\n]{0,90}(?<![\\p{L}])${DENIED_BEFORE}(?:${EVENT_DELAY}|(?:${EVENT_BUSY})(?=[^.!?\\n]{0,120}(?<![\\p{L}])(?:${SHIPMENT})(?![\\p{L}])))(?![\\p{L}])`;
/** The cause before the event: a cause word, or a logistics word that owns it ("por causa do volume da"). */
const causeBefore = (event: string) =>
  // (s17 blind e: a volume or delay noun may take its orders before the event: "en raison du volume de commandes du
  // Black Friday"; no free gap after a cause word - "due to popular demand Black Friday prices are extended" offers)
  `(?<![\\p{L}])(?:${EVENT_CAUSE}|(?:${EVENT_DELAY}|${EVENT_BUSY})(?:\\s(?:of|de|d'|di|da|do|von)\\s?(?:orders|commandes|pedidos|ordini|encomendas|bestellungen|parcels|colis|paquetes|pacchi|pacotes))?\\s(?:of|von|de|du|des|del|della|dei|da|do|di))\\s(?:(?:the|der|des|dem|le|la|les|el|las|los|il|lo|i|o|a|as|os)\\s)?(?:${event})`;
/** The sales event as the label of the buyer's own order: "tu pedido de Black Friday se dividió en dos paquetes", "your Black
 *  Friday order ships in two parcels", "Ihre Black-Friday-Bestellung", "il suo ordine del Black Friday", "seu pedido da Black
 *  Friday", "votre commande du Black Friday" - the order is named by when it was placed, nothing is offered. A possessive is
 *  needed: "place your order for Black Friday", "Black Friday orders ship free" stay offers. */
// why: s24 blind d es-035 (a Black Friday order split in two parcels, read as a Black Friday promotion)
const BUYER_POSSESSIVE = '(?:your|tu|su|votre|ta|suo|sua|tuo|seu|ihre[rnm]?|deine[rnm]?)';
const EVENT_ORDER_NOUN = '(?:order|pedido|commande|ordine|encomenda|compra|bestellung)';
/** ... unless an offer follows in the sentence: "tu pedido de Black Friday tiene un 20 % extra si añades otro artículo". */
const OFFER_AFTER_LABEL = '(?:\\d ?%|add|añad\\p{L}*|agreg\\p{L}*|aggiung\\p{L}*|adicion\\p{L}*|hinzu\\p{L}*|ajout\\p{L}*|extra|discount\\p{L}*|descuento\\p{L}*|rabatt\\p{L}*|sconto|sconti|desconto\\p{L}*|remise\\p{L}*|coupon\\p{L}*|cup[óo]n\\p{L}*|cupom|gutschein\\p{L}*|code|c[óo]digo|codice|free|gratis|grátis|gratuit\\p{L}*|kostenlos)(?![\\p{L}])';
const orderOfEvent = (event: string) =>
  `(?:(?=[^.!?;\\n]{0,80}(?<![\\p{L}])${OFFER_AFTER_LABEL})|(?<!(?<![\\p{L}])${BUYER_POSSESSIVE}\\s${EVENT_ORDER_NOUN}\\s(?:de|del|da|do|du|della|dal|dello|von|vom|from|of)\\s(?:(?:the|el|la|le|o|a|il|lo|dem|der)\\s)?(?:${event}))(?!(?<=(?<![\\p{L}])${BUYER_POSSESSIVE}\\s(?:${event}))[- ]?(?:orders?|bestellung\\p{L}*|purchases?)(?![\\p{L}])))`;
/** The guard after a sales-event word (`event`, the entry's own pattern, repeated in the look-behind). */
export const notACause = (event: string) => `(?<!${causeBefore(event)})(?!${EVENT_CAUSE_AFTER})${orderOfEvent(event)}`;
export const NOT_A_CAUSE = notACause('black friday');

/** Amazon as the asker: "Amazon potrebbe inviarle in automatico un'e-mail per chiederle un parere", "a Amazon pode
 *  enviar um e-mail pedindo sua opinião" - the seller explains Amazon's own mail, asks nothing. Amazon, then a
 *  modal or sending verb, in the same clause (no comma or "and"/"but" between: "Amazon may ask for your opinion,
 *  and we'd love your 5 stars" still counts). After the phrase; the window counts it. */
// (and an asking word - a mail, a message, ask, request - in that clause: "a Amazon vai entregar amanhã, então poderia
// deixar uma avaliação" is the seller's ask after a delivery note; s15 review)
export const NOT_AMAZON_ASKING =
  "(?<!amazon (?:may|might|will|can|could|sometimes|also|automatically|kann|könnte|wird|schickt|sendet|peut|pourrait|va|envoie|puede|podría|envía|suele|potrebbe|può|invia|pode|poderá|vai|envia|costuma)(?:(?! (?:and|but|und|aber|et|mais|y|pero|e|ma|mas) )[^.!?;,\\n]){0,60}(?:e-?mail|mail|message|nachricht|courriel|correo|messaggio|mensagem|ask|request|bitt|frag|demand|solicit|pid|pedi|chied)(?:(?! (?:and|but|und|aber|et|mais|y|pero|e|ma|mas) )[^.!?;,\\n]){0,60})";

/** A discount offered again after the applied one ("... was already deducted, and the same coupon is live again for your next
 *  order", "a déjà été déduit, et il est de nouveau valable"): near the word, in its sentence, it undoes the explanation (s23
 *  review #4; "The coupon was applied at checkout, nothing to do again" puts the word before "applied" and stays explained). */
// (s24 review #2: a coupon coming back soon offers it again in every language, not only the English "is back this week" of s23-mkt
// - "el cupón que marcaste ... vuelve esta semana", "revient cette semaine, profitez-en", "voltou esta semana", "torna la settimana
// prossima"; the return verb with a time word after it, or a push to use it: "profitez-en", "aprovéchalo". Near-misses kept: the
// batch's explanations (s24 blind d es-020, it-018) and "o valor volta para o seu cartão" - a refund coming back has no time word)
const COMES_BACK = "(?:is|are|'s|will be) back|comes? back|returns|vuelve|vuelven|regresa|regresan|revient|reviennent|est de retour|torna|tornano|ritorna|ritornano|volta|voltou|voltam|está de volta|ist (?:\\p{L}{1,15} )?zurück|kommt (?:\\p{L}{1,15} )?zurück";
const SOON = "(?:this|next|diese|nächste|cette|la semaine|esta|la próxima|questa|la prossima|na próxima|semana que)(?: \\p{L}{1,15})?|week-?end|wochenende|fin de semana|fine settimana|fim de semana|today|tomorrow|soon|heute|morgen|bald|aujourd'hui|demain|bientôt|hoy|mañana|pronto|oggi|domani|presto|hoje|amanhã|em breve|settimana|semana|semaine|woche|week";
export const OFFERED_AGAIN = `(?:(?:live|valid|available|active|on|back) again|again (?:valid|available|active|live|for|on)|next (?:order|purchase)|(?:wieder|erneut) (?:gültig|verfügbar|aktiv|da)|gilt (?:\\p{L}{1,12} ){0,2}(?:wieder|erneut)|nächste\\p{L}{0,2} (?:bestellung|einkauf|kauf)|(?:de nouveau|à nouveau) (?:valable|disponible|actif|active)|prochaine commande|prochain achat|(?:de nuevo|otra vez|nuevamente) (?:válido|disponible|activo)|vuelve a (?:estar|ser|valer)|próximo pedido|próxima compra|(?:di nuovo|nuovamente) (?:valido|disponibile|attivo)|torna (?:valido|disponibile|attivo)|prossimo (?:ordine|acquisto)|(?:de novo|novamente) (?:válido|disponível|ativo)|volta a (?:valer|estar)|próximo pedido|(?:${COMES_BACK})(?! a )(?: \\p{L}{1,15}){0,3} (?:${SOON})|gibt es(?: \\p{L}{1,15}){0,3} wieder|profitez-en|aprov[ée]ch(?:al[oa]|elo|ela)|aproveite-(?:o|a)|approfitta(?:ne|tene))`;
// (a decimal point inside a price is no sentence end: "a coupon applied at checkout, so the $34.99 on your card is right ($43.74 list
// price minus the coupon)" reads the second coupon as the applied one - s33 g9 en-011)
export const NOT_EXPLAINED = `(?:(?<!(?:${APPLIED})(?:[^.!?;\\n]|[.](?=\\d)){0,110})|(?<=${OFFERED_AGAIN}[^.!?;\\n]{0,60})|(?=[^.!?;\\n]{0,80}${OFFERED_AGAIN}))(?![^.!?;\\n。]{0,110}(?:(?:${APPLIED})(?![^.!?;\\n]{0,80}${OFFERED_AGAIN})|${AMAZON_RUN}))`;


/** A discount or purchase cue in a code's sentence, before or after it: a word-and-digits token after "code" is a promo code
 *  only with one ("code MERCI15 ... 15 %", "para su próxima compra", "un avoir ... sur notre site", "sparen Sie"). Pairing,
 *  reset, Wi-Fi, model and label codes are everyday service text (s24 review #3: "Enter the code PAIR123 on the speaker to pair
 *  it", "den Code RESET12 im Menü", "il codice WIFI24 sul router", "el código ABC123 en la etiqueta"). Read on the detection
 *  copy, bounded both ways: put after the token (the look-behind spans the code word itself). */
const CODE_CUE = "(?:%|(?<![\\p{L}])(?:off|discount\\p{L}{0,2}|save \\d|saving\\p{L}{0,1}|rabatt\\p{L}{0,2}|sparen sie|sparst du|ersparnis|günstiger|réduction|remise|avoir|économis\\p{L}{0,4}|descuento\\p{L}{0,1}|ahorr\\p{L}{1,4}|sconto|risparmi\\p{L}{0,3}|desconto|economiz\\p{L}{1,4}|(?:next|nächste\\p{L}{0,2}|prochaine?|próxim[oa]|siguiente|prossim[oa]) (?:order|purchase|bestellung|einkauf|kauf|commande|achat|pedido|compra|ordine|acquisto)|(?:our|notre|nuestra|nostro|nosso|nossa|unsere[mn]?) (?:site|website|web|shop|store|boutique|tienda|sito|negozio|loja)|free shipping|livraison offerte|envío gratis|spedizione gratuita|frete grátis|versandkostenfrei|checkout|caisse|al pagar|al checkout|no carrinho)(?![\\p{L}]))";
/** The token after the code word: letters then digits, whole ("MERCI15", "ETE24"; not "FT4-XL", which runs on). */
export const CODE_TOKEN = "\\s{0,3}[:«\"“']?\\s{0,2}[a-z]{2,15}\\d{1,4}(?![\\p{L}\\p{N}-])";
export const CODE_OFFERED = `(?:(?=[^.!?\\n]{0,120}${CODE_CUE})|(?<=${CODE_CUE}[^.!?\\n]{0,150}))`;

/** A web or e-mail address as written in a message, also spelled out ("help [at] shop [dot] store",
 *  "shop dot com slash warranty", "service ät shop punkt de": s16 blind batch, a marketplace or common TLD only
 *  - "at any point in", "at this point via" are no address); never Amazon's own. Bounded, for entries where an invitation
 *  verb carries the address. Not a full stop glued to the next sentence's first word, an article or pronoun that is no TLD
 *  ("Ihre Bestellung ist raus, danke.Die Lieferung dauert ..." - s21 blind u de-029). */
export const ADDRESS =
  "(?:(?!(?:https?://)?(?:www\\.)?(?:amazon|amzn))(?:https?://)?[a-z0-9][a-z0-9_-]{0,30}(?:\\.[a-z0-9_-]{1,30}){0,2}(?:(?: ?@ ?| ?[\\[(](?:at|@)[\\])] ?| at )[a-z0-9-]{2,30})?(?:(?:\\.| ?[\\[(]dot[\\])] ?| dot )(?!(?:pdf|docx?|txt|jpe?g|png|gif|bmp|tiff?|zip|csv|xlsx?|bin|cfg|conf|ini|xml|json|ya?ml|exe|apk|msi|dmg|iso|img|log|dat|hex|html?|mp[34]|wav|avi|mkv|svg|stl|gcode|ics|vcf|rar|tar|gz|heic|webp|epub)(?![a-z0-9]))(?!(?:die|der|das|den|dem|wir|ich|und|aber|les|nous|vous|el|los|las|lo|gli|noi|os|the|we|you|our|and|but|mas|pero|mais)\\s)[a-z]{2,20}){1,2}(?![a-z0-9])(?:(?:/| slash )[^\\s]{0,40})?|[a-z0-9][a-z0-9._-]{0,30} (?:ät|at|arroba|chiocciola|arobase) [a-z0-9-]{2,30} (?:punkt|punto|point|ponto|dot) (?:de|com|net|org|fr|es|it|pt|br|eu|at|ch|be|nl|uk|co|info|shop|store|online)(?![a-z0-9]))";

/** A payment page of a payment service (PayPal.me, Venmo, Cash App, Revolut.me, Stripe checkout,
 *  Mercado Pago, PagSeguro's pag.ae, Wise, Ko-fi): a seller who sends one is taking payment outside
 *  the Amazon order, in any language, whatever verb (or none) comes with it. The link's own `url`
 *  finding is separate; this names the off-Amazon payment. */
export const PAYMENT_LINK =
  "(?<![a-z0-9.-])(?:paypal\\.me|paypal\\.com/(?:paypalme|invoice|pay|ncp)|venmo\\.com/|cash\\.app/|revolut\\.me|buy\\.stripe\\.com|checkout\\.stripe\\.com|mpago\\.la|link\\.mercadopago\\.com|mercadopago\\.com\\.[a-z]{2}/|pag\\.ae|wise\\.com/pay|ko-fi\\.com)(?![a-z0-9-]|\\.[a-z0-9])";

/** "IBAN" the noun: not an IBAN written out after it (the seller's account given, not the buyer's asked: s17 blind d de-003;
 *  a two-letter word and a number is no written IBAN: "iban de 24 dígitos"), and not Spanish "iban", "they went" - after a
 *  subject ("dos iban", "que iban", "se iban") or before where or how they went ("iban juntas", "iban en la misma caja",
 *  "iban de camino", "iban a llegar": s19 probe c es-022). */
export const IBAN_NOUN = `iban(?![\\p{L}])(?!:?\\s{0,3}[a-z]{2}\\d{2}\\s?[a-z0-9]{4})(?<!(?:^|[^\\p{L}])(?:que|se|no|ya|y|dos|tres|ellos|ellas|todos|todas|ambos|ambas|unos|unas|los|las) iban)(?! (?:juntos|juntas|dentro|incluid\\p{L}*|bien|mal|de camino|llegando|saliendo|a \\p{L}+(?:ar|er|ir)|en (?:el|la|los|las) (?:mism[oa]s?|primer[oa]?|segund[oa]|otr[oa]s?))(?![\\p{L}]))`;

/** The chat and messenger apps, one alternation for every list whose job is "a messenger named" (lowercase: the normalized
 *  copy): WhatsApp (also "whats app"), Telegram, Signal, Viber, WeChat, Threema, Skype, (Facebook) Messenger. Not LINE, the
 *  Japanese messenger: "line" is an everyday English and Italian word ("line 2 of the manual", "in linea"), so a list adds it
 *  itself where it had it. "signal" and "messenger" are English words too ("the wifi signal is weak", "the messenger bag strap"):
 *  each list that takes them reads them next to a verb, a preposition or a refusal of its own, and a list that reads the bare
 *  word drops them (messengerAppsExcept).
 *  Examples: "Schreiben Sie mir auf Viber", "add us on Threema", "je ne peux pas vous écrire sur Signal, seulement ici". */
// why: s24 - about fifteen lists spelt the messengers out and disagreed (one knew Viber, the next did not)
export const MESSENGER_APPS = 'whats ?app|telegram|signal|viber|wechat|threema|skype|messenger';
/** The social networks, one alternation for every list whose job is "a social network named" (lowercase: the normalized copy):
 *  Instagram (also "insta"), Facebook, TikTok, Pinterest, YouTube, Twitter, Snapchat. Not X or Threads: "x" and "threads" are everyday
 *  words ("size x", "the threads of the lid"), so a list that reads a network as a place adds them itself ("on Threads").
 *  Examples: "Folgen Sie uns auf Pinterest", "notre page Facebook « Atelier Lune »", "add us on Snapchat". */
// why: s25 - the lists that name networks disagreed (direct-sale knew Twitter and Snapchat, the follow cue and the page names did not;
// the social cue knew no Pinterest or YouTube)
export const SOCIAL_NETWORKS = 'instagram|insta|facebook|tiktok|pinterest|youtube|twitter|snapchat';
/** SOCIAL_NETWORKS without the names given (a list whose dev-row findings the added names would change: the lead decides). */
export const socialNetworksExcept = (...names: readonly string[]): string =>
  SOCIAL_NETWORKS.split('|').filter((n) => !names.includes(n)).join('|');
/** MESSENGER_APPS without the names given (a list that reads a bare word: "signal" out of a social cue). */
export const messengerAppsExcept = (...names: readonly string[]): string =>
  MESSENGER_APPS.split('|').filter((n) => !names.includes(n)).join('|');

/** A pack count that is a label's or a code's, not a pack on sale: "code du lot de 2", "etiqueta del pack de 3", "peso della confezione
 *  da 2", "foto do pack de 4" (the Romance pack entries es pack-of, fr pack-of, it multi-pack read it before their pack word; one copy,
 *  s26 review #12). A look-behind: up to two words between the label noun and the preposition. */
export const NOT_A_PACK_LABEL = '(?<!(?:code|codes|ean|gtin|upc|código|codice|número|numero|numéro|référence|referencia|riferimento|peso|poids|dimensions?|dimensiones|dimensioni|étiquette|etiqueta|etichetta|photo|foto)(?: \\p{L}{1,12}){0,2} (?:du|de la|des|del|de|della|dello|dei|sulla|do|da) )';

/** Spare-part nouns in the seven languages (a part for the item bought: service, no other item on sale) - check.ts SPARES_FOR_OWN_MODEL
 *  and purchase-push.ts SPARE_WORDS read them (s26 review #13). A source for \p{L}-compact patterns ('u' flag). */
export const SPARE_PART_NOUNS = String.raw`spare parts?|spares|replacement parts?|recambios?|repuestos?|ricambi\p{L}?|pièces(?: détachées| de rechange)?|peças(?: de reposição)?|ersatzteile?`;
