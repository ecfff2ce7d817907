// --- s35 fa35: stars that are a part of the product, not a rating ------------------------------------------------------------
// why: s35 gr3 product-star-feature. A mobile "vem com 5 estrelas e 1 lua de feltro", a reward chart "comes with 60 magnetic
// stars", "I'll post the stars out today" - the stars are pieces in the box that the seller counts, lists or sends; the lexicons'
// five-star and leave-a-review entries read "com 5 estrelas" / "post the stars" as the rating asked for.
// Read on the finding's own words (a star noun, no review word) and its sentence: the stars are what the product comes with or
// contains (a containing verb right before the count), carry a material or make ("magnetic", "de feltro", "aus Filz"), stand in
// a list of counted parts ("5 estrelas e 1 lua"), or the seller is the one who sends them ("I'll post the stars", "je vous
// envoie les étoiles"). Not with a review word or a give-us ask in the sentence: "Our mobile comes with 5 stars - leave us 5
// stars too!", "avalie com 5 estrelas" (a bare "with / com" is the rating's preposition, not a containing verb).
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

const STAR = String.raw`(?:stars?|sterne?n?|étoiles?|estrellas?|stelle|estrelas?|estrelinhas)`;
const PHRASE_STAR = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])${STAR}(?![\p{L}])`, 'u'));
/** A count that is a number, not an article ("a", "un", "uma" count nothing in a list). */
const NUMBER = String.raw`(?:\d{1,3}|one|two|three|four|five|six|ten|twelve|dois|duas|três|cinco|dez|dos|deux|trois|cinq|dix|tres|diez|due|tre|cinque|dieci|zwei|drei|fünf|zehn)`;
/** A number or an indefinite article: "comes with a felt star", "um móbile com 5 estrelas". */
const COUNT = String.raw`(?:${NUMBER}|a|um|uma|un|une|uno|una|ein|eine)`;
/** A containing verb right before the (counted, described) stars. */
const CONTAINS = String.raw`(?:comes? with|came with|ships? with|includes?|included|including|contains?|set of|pack of|vem com|vêm com|veio com|acompanha|acompanham|inclui|incluem|cont[ée]m|viene con|vienen con|incluye|incluyen|contiene|contienen|trae|traen|vient avec|contient|comprend|livrée? avec|enthält|enthalten|besteht aus|arriva con|include|includono|contengono)`;
const PART_BEFORE = accentOptionalRe(
  compactRegExp(String.raw`(?<![\p{L}])${CONTAINS}\s{1,3}(?:(?:the|its|os|as|las|los|les|die|le|la|gli)\s{1,3})?(?:${COUNT}\s{1,3})?(?:[\p{L}-]{1,15}\s{1,3}){0,2}?${STAR}(?![\p{L}])`, 'u'),
);
/** A material or make beside the star noun. */
const MATERIAL = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:magnetic|felt|wooden|glow(?:-in-the-dark)?|sticky|adhesive|metal|paper|plastic|foam|glitter|sticker|magnetische\p{L}?|selbstklebende\p{L}?|leuchtende\p{L}?|filz|holz|magnétiques?|autocollantes?|phosphorescentes?|magnéticas?|magnetiche|adesive|adhesivas|adesivas|fosforescentes|fluorescentes|luminosas|luminose)\s{1,3}${STAR}(?![\p{L}])|(?<![\p{L}])${STAR}\s{1,3}(?:de|en|di|aus|in|of)\s{1,3}(?:feltro|fieltro|feutre|feltro|filz|madeira|madera|bois|legno|holz|papel|papier|carta|papier|metal|métal|metallo|felt|wood|paper|plastic|plástico|plastique|plastica|eva|espuma|mousse)(?![\p{L}])|(?<![\p{L}])${STAR}\s{1,3}(?:magnétiques?|magnéticas?|magnetiche|adhesivas|adesivas|adesive|autocollantes?|fluorescentes|phosphorescentes?|luminosas|luminose)(?![\p{L}])`,
    'u',
  ),
);
/** Stars in a list of counted parts: "5 estrelas e 1 lua", "six stars and two moons" - the next part counted by a number too,
 *  so "five stars and a free refill pack goes out" (a rating traded for a gift) is no parts list. */
const PARTS_LIST = accentOptionalRe(
  compactRegExp(String.raw`(?<![\p{L}])${COUNT}\s{1,3}(?:[\p{L}-]{1,15}\s{1,3})?${STAR}\s{0,2}(?:,|and|e|y|et|und|ed)\s{1,3}${NUMBER}\s{1,3}[\p{L}]{2,}`, 'u'),
);
/** The seller sends the stars. */
const SELLER_SENDS = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:i'll|i will|we'll|we will|i can|we can|i'm going to|we're going to|let me)\s{1,3}(?:post|send|ship|mail|pop)\s{1,3}(?:you\s{1,3})?(?:the|some|new|replacement|spare|extra|more|your)\s{1,3}(?:[\p{L}-]{1,15}\s{1,3})?${STAR}(?![\p{L}])|(?<![\p{L}])(?:je vous (?:envoie|renvoie|expédie)|nous vous (?:envoyons|renvoyons|expédions)|(?:le|les) (?:enviamos|envío|mandamos|mando)|(?:eu )?(?:envio|mando|reenvio)|(?:nós )?(?:enviamos|mandamos)|(?:le|vi|ti) (?:invio|inviamo|spedisco|spediamo)|(?:ich )?schicke (?:ihnen|dir)|(?:wir )?schicken (?:ihnen|dir))\s{1,3}(?:(?:les|as|os|las|los|le|die)\s{1,3})?(?:[\p{L}-]{1,15}\s{1,3})?${STAR}(?![\p{L}])`,
    'u',
  ),
);
/** A review word, a give-us ask or a give-stars imperative in the sentence: the stars are a rating after all (not a bare "de" or
 *  "da": accents are optional, "dê" alone would read every "de feltro"). */
const RATING_HERE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:reviews?|ratings?|rate|feedback|bewert\p{L}*|rezension\p{L}*|avis|évaluation\p{L}*|not(?:ez|er)|reseñas?|valora\p{L}*|calific\p{L}*|recension\p{L}*|valut\p{L}*|avalia\p{L}*|avalie|opini\p{L}*|give us|leave us|geben sie uns|donnez-nous|laissez-nous|d[ée]nos|d[ée]jenos|ci dia|ci lasci|nos d[êe]|deixe|amazon)(?![\p{L}])|(?<![\p{L}])(?:give|leave|geben sie|vergeben sie|donnez|laissez|dê|dé|dele|deje|lasci)\s{1,3}(?:${COUNT}\s{1,3})?${STAR}(?![\p{L}])|★|⭐`,
    'u',
  ),
);

/** Are the stars of the finding `phrase` (normalized) parts of the product, by its `sentence`? */
export function starsAsProductPart(phrase: string, sentence: string): boolean {
  if (!PHRASE_STAR.test(phrase)) return false;
  if (RATING_HERE.test(phrase) || RATING_HERE.test(sentence)) return false;
  return PART_BEFORE.test(sentence) || MATERIAL.test(sentence) || PARTS_LIST.test(sentence) || SELLER_SENDS.test(sentence);
}
