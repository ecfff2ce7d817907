// An opinion asked on a CHOICE, not on the product or the seller (s27 known #2): "Dites-nous votre avis sur la couleur : noir
// ou blanc ?", "Nos gustaría conocer su opinión: ¿prefiere la funda gris o la beige?", "Teilen Sie uns Ihre Meinung mit: lieber
// die rote oder die blaue Hülle?", "Para el grabado necesitamos su opinión: ¿cursiva o de imprenta?" - the seller needs a pick
// to complete the order (a colour, a size, an engraving's font), no review. The opinion phrase lists (avis, opinión, Meinung)
// and the romance asks read them as review asks.
// Read per sentence, with what the opinion is asked on:
//   - an opinion word, not a review word (no review, rating, stars, Bewertung, évaluation, reseña, recensione, avaliação ... in
//     the sentence - "votre avis sur Amazon : bleu ou vert ?" keeps its ask), no public venue (Amazon, other buyers);
//   - a choice: a question ending the sentence with two alternatives joined by or / oder / ou / o / oppure, or an
//     interrogative "which / welche / quel / cuál / quale / qual" before a variant noun, and a variant noun (colour, size,
//     model, font, engraving, pattern ...) or a preference word (prefer, lieber, plutôt, mejor, meglio, melhor) in the sentence;
//   - the alternatives are not a verdict: no evaluative word (good or bad, satisfied or not, happy, disappointed, yes or no,
//     stars, a count) - "Votre avis sur votre achat : satisfait ou déçu ?" asks for an opinion on the purchase and still flags;
//   - not the purchase named as the opinion's object ("your opinion on the product / your purchase / the lamp you bought").
// Near-misses that still flag: "Dites-nous votre avis sur le produit : plutôt bon ou décevant ?", "What's your opinion of your
// new lamp - great or just okay?", "¿Qué le ha parecido la funda, la recomendaría o no?", "Ihre Meinung zum Kauf: gut oder schlecht?".
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

/** A review word, a venue: the sentence asks for a review whatever else it asks. */
export const REVIEW_WORD = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:reviews?|ratings?|rate|feedback|stars?|\p{L}{0,12}bewertung(?:en)?|bewerten|\p{L}{0,12}rezension(?:en)?|sterne[n]?|évaluations?|évaluer|noter|notes?|étoiles|commentaires?|reseñas?|valoraci[oó]n(?:es)?|valorar|estrellas|calificaci[oó]n|recension[ei]|valutazion[ei]|valutare|stelle|avalia[çc][ãa]o|avalia[çc][õo]es|avaliar|estrelas|amazon|other (?:buyers|customers|shoppers)|anderen? (?:käufer|kunden)|autres (?:acheteurs|clients)|otros (?:compradores|clientes)|altri (?:acquirenti|clienti)|outros (?:compradores|clientes))(?![\p{L}])|レビュー|評価`,
    'u',
  ),
);
/** An opinion word: what the phrase asks for when it may be a pick. */
const OPINION_WORD = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:opinion|thoughts?|think|view|input|vote|avis|pensez|penser|opini[oó]n|opina|opinas|piensa|parecer|opinione|parere|pensa|opini[ãa]o|acha|meinung|meinen|stimme|abstimm\p{L}{0,3}|vot\p{L}{1,4})(?![\p{L}])`,
    'u',
  ),
);
/** Two alternatives joined by "or" closing the sentence's question, laid out after a colon, a comma, an opening "¿" or a
 *  preference word ("couleur : noir ou blanc ?", "¿azul o rojo?", "lieber die rote oder die blaue Hülle?"); Portuguese "o" is
 *  also an article, so a word must stand before the "or". */
const ALTERNATIVE = accentOptionalRe(
  compactRegExp(
    String.raw`(?:[:,¿]|(?<![\p{L}])(?:prefer|rather|better|lieber|eher|plut[oô]t|pr[ée]f[eé]r\p{L}{0,4}|mejor|prefier\p{L}{0,3}|meglio|preferisc\p{L}{0,2}|melhor|prefere))\s{0,3}(?:[\p{L}\p{N}'-]{1,20}\s{1,3}){1,4}(?:or|oder|ou|o|u|oppure)\s{1,3}(?:[\p{L}\p{N}'-]{1,20}\s{0,3}){1,4}\?\s*$`,
    'u',
  ),
);
/** An interrogative before a variant noun ("which size", "welche Farbe", "quelle couleur", "qué talla", "quale colore"). */
const WHICH_VARIANT = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:which|what|welche[nmrs]?|quel(?:le)?s?|cu[aá]l(?:es)?|qu[eé]|quale|quali|qual|quais)\s{1,3}(?:\p{L}{1,12}\s{1,3})?(?:colou?rs?|sizes?|models?|versions?|fonts?|designs?|patterns?|farbe|größe|modell|variante|schrift(?:art)?|muster|couleurs?|coloris|tailles?|mod[eè]les?|police|motifs?|colou?r|talla|tama[ñn]o|modelo|versi[oó]n|letra|tipo de letra|estampado|colore|taglia|misura|modello|versione|carattere|fantasia|cor|tamanho|n[uú]mero|fonte|estampa)(?![\p{L}])`,
    'u',
  ),
);
/** A variant noun or a preference word in the sentence: the pick is among things. */
const VARIANT_OR_PREFERENCE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:colou?rs?|sizes?|models?|versions?|fonts?|designs?|patterns?|engraving|prefer(?:s|red)?|rather|better|shades?|farbe|farbton|größe|modell|variante|schrift(?:art)?|muster|gravur|lieber|bevorzugen|couleurs?|coloris|teintes?|nuances?|tailles?|mod[eè]les?|police|motifs?|gravure|pr[ée]f[eé]r\p{L}{0,4}|plut[oô]t|tonos?|talla|tama[ñn]o|modelo|versi[oó]n|letra|estampado|grabado|prefier\p{L}{0,3}|mejor|colore|tonalit[àa]|taglia|misura|modello|versione|carattere|fantasia|incisione|preferisc\p{L}{0,2}|meglio|cor|tons?|tamanho|fonte|estampa|grava[çc][ãa]o|prefere|melhor)(?![\p{L}])`,
    'u',
  ),
);
/** A verdict among the alternatives or in the sentence: the opinion is on the purchase. */
const VERDICT = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:good|bad|great|okay|ok|so-so|happy|satisfied|disappointed|pleased|yes|no|not|recommend\p{L}{0,3}|gut|schlecht|zufrieden|enttäuscht|ja|nein|nicht|empfehlen|bon|bonne|mauvais\p{L}{0,2}|bien|mal|satisfait\p{L}{0,2}|content\p{L}{0,2}|déçu\p{L}{0,2}|décevant\p{L}{0,2}|oui|non|pas|recommand\p{L}{0,4}|bueno|buena|malo|mala|satisfech\p{L}{1,2}|decepcionad\p{L}{1,2}|s[ií]|recomend\p{L}{0,4}|buono|buona|cattiv\p{L}{1,2}|bene|male|soddisfatt\p{L}{1,2}|delus\p{L}{1,2}|consiglier\p{L}{0,4}|bom|boa|ruim|mau|satisfeit\p{L}{1,2}|sim|n[ãa]o)(?![\p{L}])`,
    'u',
  ),
);
/** The purchase as what the opinion is on ("your opinion on the product", "votre avis sur votre achat", "Ihre Meinung zum Kauf"). */
const ON_THE_PURCHASE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:of|on|about)\s{1,3}(?:the|your|our)\s{1,3}(?:product|purchase|order|item|new)|(?:sur|de)\s{1,3}(?:le|la|votre|notre|l')\s{0,3}(?:produit|achat|article|commande)|(?:sobre|de)\s{1,3}(?:el|la|su|tu|nuestro)\s{1,3}(?:producto|compra|art[ií]culo|pedido)|(?:sul|sull'|sulla|del|della|su)\s{0,3}(?:prodotto|acquisto|articolo|ordine)|(?:sobre|d[oa])\s{1,3}(?:o|a|seu|sua)?\s{0,3}(?:produto|compra|item|pedido)|(?:zu[mr]?|über)\s{1,3}(?:(?:dem|das|den|die|ihre[mn]?|ihr)\s{1,3})?(?:produkt|kauf|artikel|bestellung))(?![\p{L}])`,
    'u',
  ),
);

/** The seller as what the opinion is on, or the opinion called weighty (s27 review #4): "votre avis sur notre boutique : plutôt
 *  rapide ou lente ?", "su opinión sobre nuestra tienda: ¿mejor calidad o mejor precio?", "Votre avis compte : préférez-vous
 *  notre service ou celui des autres ?" - a verdict on the shop, a review; not a pick among variants. The seller's shop,
 *  service, team or brand with its possessive anywhere in the sentence; "your opinion counts / matters" in any language.
 *  Near-misses that stay clean: "votre avis sur la teinte : gris perle ou sable ?", "¿prefiere la correa negra o la marrón?". */
const ON_THE_SELLER = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:our|notre|nos|nuestr[oa]s?|nostr[oa]|nostri|noss[oa]s?|unser(?:e[mnrs]?)?)\s{1,3}(?:shop|store|service|customer service|company|brand|team|boutique|magasin|entreprise|marque|équipe|tienda|servicio|atención|empresa|marca|equipo|negozio|servizio|azienda|marchio|loja|serviço|atendimento|equipe|laden|kundenservice|firma|marke)|(?:opinion|avis|opini[oó]n|opinione|parere|opini[ãa]o|meinung|input|feedback)\s{1,3}(?:counts|matters|compte|importe|cuenta|importa|conta|zählt)|(?:opinion|avis|opini[oó]n|opinione|parere|opini[ãa]o|meinung)\s{1,3}(?:is|est|es|è|é|ist)\s{1,3}(?:important|importante|wichtig|precious|précieux|precios[ao]|prezios[ao]|valios[ao]|wertvoll))(?![\p{L}])`,
    'u',
  ),
);

/** Does the sentence ask for an opinion on a pick among variants, not on the product or the seller? `phrase` is the flagged
 *  phrase (an opinion phrase, not a review one), `sentence` the sentence holding it, up to and with its stop. */
export function opinionOnChoice(phrase: string, sentence: string): boolean {
  if (!OPINION_WORD.test(phrase) || REVIEW_WORD.test(sentence)) return false;
  if (!sentence.trimEnd().endsWith('?')) return false;
  const alt = ALTERNATIVE.exec(sentence);
  const which = WHICH_VARIANT.test(sentence);
  if (!alt && !which) return false;
  if (!VARIANT_OR_PREFERENCE.test(sentence)) return false;
  if (alt && VERDICT.test(alt[0])) return false;
  return !ON_THE_PURCHASE.test(sentence) && !ON_THE_SELLER.test(sentence);
}

// s29 near-misses: the pick asked with the opinion's object named and the alternatives laid out around it, with no question
// mark in the opinion's own sentence ("votre avis sur la couleur nous aiderait à choisir le remplacement : ... gris perle ou bleu
// canard. Lequel préférez-vous ?", "交換品のお色について、ご意見をお聞かせください。グレーかネイビーでしたら..."). Read on the opinion's
// sentence and the next: the opinion is ON a variant (its noun right after "on / zur / sur / sobre / sul / について") or asked TO
// CHOOSE a replacement, and a choice is offered (which / lequel / どちら, alternatives, "still in stock in", ご用意できます).
/** The opinion's object is a variant: "opinion on the colour", "Meinung zur Farbe", "avis sur la taille", "お色について". */
const ON_A_VARIANT = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:opinion|thoughts|input|view|meinung|avis|opini[oó]n|opinione|parere|opini[ãa]o)\s{1,3}(?:(?:on|about|of|zu[mr]?|über|sur|quant [àa]|sobre|acerca de|sul|sulla|sullo|sui|sulle|su|da|do|na|no)\s{1,3})(?:(?:the|der|die|das|den|le|la|les|l'|el|los|las|il|lo|i|gli|o|a|os|as)\s{0,3})?(?:colou?rs?|sizes?|models?|versions?|fonts?|designs?|patterns?|shades?|farbe|farbton|größe|modell|variante|schrift(?:art)?|muster|couleurs?|coloris|teintes?|tailles?|mod[eè]les?|police|motifs?|colou?r|talla|tama[ñn]o|modelo|versi[oó]n|letra|estampado|colore|taglia|misura|modello|versione|carattere|fantasia|cor|tamanho|fonte|estampa)(?![\p{L}])|(?:色|カラー|サイズ|柄|デザイン|モデル|書体|フォント)(?:について|に関して|を(?:決め|選)|の(?:ご希望|選択))`,
    'u',
  ),
);
/** ... or the opinion asked to choose the replacement: "to pick the replacement", "bei der Auswahl des Ersatzes", "pour choisir
 *  l'échange", "para elegir el cambio", "per scegliere la sostituzione", "para escolher a troca", 代替品/交換品. */
const TO_CHOOSE_REPLACEMENT = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:to|help us) (?:pick|choose|select|decide)|(?:auszuw[äa]hlen|auswahl|entscheiden)|(?:choisir|d[ée]cider|s[ée]lectionner)|(?:elegir|escoger|decidir)|(?:scegliere|decidere)|(?:escolher|decidir))(?:\s{1,3}\p{L}{1,12}){0,3}?\s{1,3}(?:the |le |la |l'|el |il |o |a |den |des |die |das |de |del |della |do |da )?(?:replacement|exchange|substitute|ersatz\p{L}{0,3}|austausch\p{L}{0,3}|remplacement|[ée]change|rechange|cambio|reemplazo|sustituci[oó]n|sostituzione|sostitut\p{L}{1,2}|ricambio|troca|substitui[çc][ãa]o|reposi[çc][ãa]o)(?![\p{L}])|(?:代替品|交換品|代わりの商品)`,
    'u',
  ),
);
/** A choice offered in the sentence or the next: an interrogative of choice, "X or Y", or what is still in stock. */
const CHOICE_OFFERED = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:which|welche[nmrs]?|was (?:ist|wäre) ihnen lieber|lequel|laquelle|lesquel(?:le)?s|quel(?:le)?s?|cu[aá]l(?:es)?|quale|quali|qual|quais|[\p{L}-]{2,20} (?:or|oder|ou|o|oppure) [\p{L}-]{2,20}|still (?:have|in stock)|noch (?:da|vorrätig|auf lager)|gibt es noch|il reste|existe encore|nos queda|todav[ií]a (?:tenemos|hay)|abbiamo ancora|ancora disponibil\p{L}|temos ainda|ainda temos)(?![\p{L}])|どちら|どれ|いずれ|[\u30a0-\u30ff\u4e00-\u9fff]か[\u30a0-\u30ff\u4e00-\u9fff]|ご用意(?:でき|いたし)`,
    'u',
  ),
);

/** Does an opinion phrase ask for a pick among variants, its object a variant or the replacement to choose, the choice laid out
 *  in its sentence or the next? Not with a review word or venue in the sentence, nor the purchase or the seller as its object. */
// (s30: or in the sentence before - "Which colour for the replacement, grey or green? We need your opinion on the colour first.")
export function opinionOnPick(phrase: string, sentence: string, next: string, prev = ''): boolean {
  if (!OPINION_WORD.test(phrase) && !phrase.includes('ご意見')) return false;
  if (REVIEW_WORD.test(sentence) || ON_THE_PURCHASE.test(sentence) || ON_THE_SELLER.test(sentence)) return false;
  if (!ON_A_VARIANT.test(sentence) && !TO_CHOOSE_REPLACEMENT.test(sentence)) return false;
  return CHOICE_OFFERED.test(`${prev} ${sentence} ${next}`);
}
