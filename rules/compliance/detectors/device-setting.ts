// A rating word that names a device's setting or scale value, not the buyer's review (s27 known #3): "Potrebbe portare il voto
// del termostato a 3?", "¿Podría poner la calificación del termostato en 3?", "Could you raise the rating on the thermostat to 5
// and tell us if it heats?", "alzare il voto della ventola a 5" - a troubleshooting step. The romance asks read "voto" +
// request as a review ask, the lexicons' change entries read "raise the rating" / "alzare il voto".
// Read from the rating noun's complement: the noun followed by of / on / del / della / du / de la / am / vom / do / da + a device
// noun (thermostat, dial, fan, Regler, manopola, ventilador ...), or a device noun right before it ("the thermostat rating", "die
// Thermostat-Note"). Not when the rating is owned by the buyer ("your rating", "il suo voto", "Ihre Note") or a star noun or a
// review word stands in the sentence ("il voto del termostato a 5 stelle" is no setting) - those stay asks: "Could you raise
// your rating to 5?", "Potrebbe alzare il voto a 5?", "la valutazione del prodotto".
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

const RATING_NOUN = String.raw`(?:ratings?|votos?|voti|note|notes|nota|notas|calificaci[oó]n|valutazione|valoraci[oó]n|punteggio|puntuaci[oó]n|pontua[çc][ãa]o|wertung)`;
/** Control nouns: the parts a setting is made on (s27 review #2: appliances moved to APPLIANCE). */
const DEVICE = String.raw`(?:thermostats?|dials?|knobs?|regulators?|controllers?|controls?|switch(?:es)?|termostat[oi]|manopol[ae]|regolator[ei]|selettor[ei]|interruttor[ei]|molettes?|boutons?|régulateurs?|sélecteurs?|variateurs?|perillas?|regulador(?:es)?|selector(?:es)?|interruptor(?:es)?|mandos?|seletor(?:es)?|botões|botão|botones|botón|regler[ns]?|thermostat(?:s|en)?|drehknopf(?:es)?|knopf(?:es)?|schalter[ns]?)`;
/** Appliances: what sellers sell (s27 review #2: "Could you raise the rating of the heater to 5 now that it works?" is a review
 *  ask). Their rating is a setting only with a troubleshooting step in the sentence (TRY_STEP): "alzare il voto della ventola a 4
 *  e vedere se il rumore sparisce". */
const APPLIANCE = String.raw`(?:fans?|timers?|heaters?|motors?|pumps?|burners?|hobs?|ovens?|radiators?|appliances?|devices?|ventol[ae]|stufa|fornell[oi]|pomp[ae]|motor[ei]|bruciator[ei]|apparecchi[oi]|caldaia|radiator[ei]|ventilateurs?|radiateurs?|pompes?|moteurs?|appareils?|chaudière|plaques?|ventilador(?:es)?|radiador(?:es)?|bombas?|aparatos?|calefactor(?:es)?|aquecedor(?:es)?|aparelhos?|caldeira|caldera|dispositiv[oi]s?|dispositifs?|lüfter[ns]?|ventilator(?:s|en)?|heizung|ofens?|herd(?:es)?|pumpe|geräte?s?|heizkörper[ns]?|kochfeld(?:es)?)`;
/** The rating noun with a device (`nouns`) as its complement, or a device noun right before it. */
const deviceRating = (nouns: string) =>
  accentOptionalRe(
    compactRegExp(
      String.raw`(?<![\p{L}])${RATING_NOUN}\s{1,3}(?:of|on|for|at|del|dello|della|dell'|dei|delle|sul|sulla|sullo|de(?:\s{1,3}(?:la|los|las|l'))?|del|du|des|au|à\s{1,3}la|am|an(?:\s{1,3}(?:der|dem))?|vom|von(?:\s{1,3}(?:der|dem))?|des|der|do|da|dos|das|no|na)\s{0,3}(?:(?:the|your|its|il|lo|la|l'|le|el|o|a|den|dem|die|der|ihre[mnr]?|votre|su|seu|sua|suo)\s{1,3})?(?:[\p{L}-]{1,15}\s{1,3})?${nouns}(?![\p{L}])|(?<![\p{L}])${nouns}(?:\s{1,3}|-)${RATING_NOUN}(?![\p{L}])`,
      'u',
    ),
  );
const DEVICE_RATING = deviceRating(DEVICE);
const APPLIANCE_RATING = deviceRating(APPLIANCE);
/** A troubleshooting step beside an appliance's rating: try it and see (s27 review #2). */
const TRY_STEP = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:and (?:then )?(?:see|check|tell us|let us know)(?: whether| if)?|to see (?:if|whether)|try (?:it )?again|e (?:poi )?(?:vedere|veda|verifichi|controlli|ci dica) se|e riprov\p{L}{1,3}|per vedere se|y (?:luego )?(?:ver|vea|compruebe|comprobar|díganos|nos diga) si|y vuelva a probar|para ver si|et (?:voir|vérifiez|dites-nous) si|pour voir si|et réessayez|und (?:dann )?(?:schauen|prüfen|sehen) sie,? ob|und sagen sie uns,? ob|und erneut versuchen|e (?:depois )?(?:ver|veja|verifique|nos diga) se|para ver se|e tente de novo)(?![\p{L}])`,
    'u',
  ),
);
/** The item named as the buyer's purchase, or as working now (s27 review #2): the rating is of the order, a review - "the heater
 *  you bought", "now that it works", "ora che funziona", "den Sie gekauft haben". */
const BOUGHT_OR_WORKING = String.raw`(?:you (?:bought|ordered|purchased|received)|now (?:that )?it(?:'s| is)? work(?:s|ing)|che ha (?:comprato|acquistato|ordinato|ricevuto)|ora che funziona|que (?:usted )?(?:compró|ha comprado|pidió|ha recibido|compraste)|ahora que funciona|que (?:você )?(?:comprou|recebeu|pediu)|agora que funciona|que vous avez (?:acheté|commandé|reçu)|maintenant qu'(?:il|elle) (?:fonctionne|marche)|(?:gekauft|bestellt|erhalten) haben|jetzt,? (?:wo|da) (?:es|er|sie) funktioniert)`;
/** The buyer's own rating, a star noun or a review word: a review after all. */
const REVIEW_AFTER_ALL = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:your|ihre?|votre|vos|tu|su|sus|il suo|la sua|suo|sua|seu|sua)\s{1,3}(?:\p{L}{1,12}\s{1,3})?${RATING_NOUN}|stars?|sterne[n]?|étoiles?|estrellas?|stelle|estrelas?|reviews?|feedback|bewertung(?:en)?|rezension(?:en)?|avis|évaluations?|reseñas?|opini[oó]n|recension[ei]|opinione|avalia[çc][ãa]o|avalia[çc][õo]es|opini[ãa]o|amazon|rate|bewerten|noter|évaluer|valorar|calificar|puntuar|valutare|recensire|avaliar|${BOUGHT_OR_WORKING})(?![\p{L}])|★|⭐`,
    'u',
  ),
);

/** Is the rating word of a review phrase, in its sentence `sentence`, a device's setting? */
export function ratingAsDeviceSetting(sentence: string): boolean {
  return (DEVICE_RATING.test(sentence) || (APPLIANCE_RATING.test(sentence) && TRY_STEP.test(sentence))) && !REVIEW_AFTER_ALL.test(sentence);
}

// --- s28: a star count that classes a hotel ----------------------------------------------------------------------------------
// why: s28 gr1 hotel-stars-product-info ("usati in parecchi hotel a cinque stelle della riviera"): the lexicons' five-star entries
// skip "5-star hotel" with the count first, not the lodging noun first with a linking word ("hotel a cinque stelle", "Das Hotel hat
// fünf Sterne", "un hôtel cinq étoiles", "hoteles de cinco estrellas", "hotéis cinco estrelas", "five-star-rated hotels" is the
// lexicons'). The count is the hotel's class, not a rating the buyer gives.
// Read on the finding's own words: nothing but a star count (no review word, no "your"), with a lodging noun right before it (at
// most two linking words: a, de, mit, hat, with, of) or right after it; and no ask of the buyer's rating in the sentence (a
// request word beside a review noun or "us": REVIEW_AFTER_ALL's review words and a request keep it an ask).
// near-misses that stay flagged: "Hotel oder nicht - geben Sie uns bitte fünf Sterne!" (the noun is not the count's), "Like a hotel
// a cinque stelle: ci lasci cinque stelle nella recensione!" (a review word and a request in the sentence).
const STAR_COUNT_ONLY = accentOptionalRe(
  compactRegExp(String.raw`^(?:(?:5|4|3|five|four|three|fünf|vier|drei|cinq|quatre|trois|cinco|cuatro|tres|cinque|quattro|tre|quatro|três)[\s-]{0,2}(?:stars?|sterne?n?|étoiles?|estrellas?|stelle|estrelas?))$`, 'u'),
);
const LODGING = String.raw`(?:hotels?|hôtels?|hoteles|hotéis|albergh?[oi]|resorts?|pousadas?|hostal(?:es)?|herbergen?|gasthof|gasthäuser)`;
const LODGING_BEFORE = accentOptionalRe(
  compactRegExp(String.raw`(?<![\p{L}])${LODGING}(?:\s{1,3}(?:a|à|de|da|di|mit|hat|haben|with|of|con|com|avec|dei|des|ist|sind|is|are|has|have))?\s{1,3}$`, 'u'),
);
const LODGING_AFTER = accentOptionalRe(compactRegExp(String.raw`^[\s-]{0,3}(?:\p{L}{1,12}\s{1,3})?${LODGING}(?![\p{L}])`, 'u'));
const ASKED_HERE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:please|bitte|s'il vous pla[iî]t|por favor|per favore|give us|geben sie uns|donnez-nous|d[ée]nos|ci dia|ci lasci|nos d[eê]|deixe|leave|laissez|lassen sie|dejen?|lasci|review|rezension|bewertung|avis|reseña|recensione|avalia[çc][ãa]o|valoraci[oó]n)(?![\p{L}])`,
    'u',
  ),
);

/** Is the finding `phrase` (normalized, lowercased) a star count that classes a hotel: a lodging noun right before or after it, and
 *  no ask in its `sentence`? */
export function hotelStarClass(phrase: string, before: string, after: string, sentence: string): boolean {
  if (!STAR_COUNT_ONLY.test(phrase.trim())) return false;
  if (!LODGING_BEFORE.test(before) && !LODGING_AFTER.test(after)) return false;
  return !ASKED_HERE.test(sentence);
}
