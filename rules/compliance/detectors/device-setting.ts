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
const DEVICE = String.raw`(?:thermostats?|dials?|knobs?|fans?|heaters?|regulators?|controllers?|controls?|switch(?:es)?|timers?|motors?|pumps?|burners?|hobs?|ovens?|radiators?|appliances?|devices?|termostat[oi]|manopol[ae]|ventol[ae]|regolator[ei]|selettor[ei]|interruttor[ei]|stufa|fornell[oi]|pomp[ae]|motor[ei]|bruciator[ei]|apparecchi[oi]|caldaia|radiator[ei]|thermostats?|molettes?|boutons?|ventilateurs?|régulateurs?|sélecteurs?|variateurs?|radiateurs?|pompes?|moteurs?|appareils?|chaudière|plaques?|perillas?|ventilador(?:es)?|regulador(?:es)?|selector(?:es)?|interruptor(?:es)?|radiador(?:es)?|bombas?|mandos?|aparatos?|calefactor(?:es)?|seletor(?:es)?|aquecedor(?:es)?|aparelhos?|botões|botão|botones|botón|caldeira|caldera|dispositiv[oi]s?|dispositifs?|regler[ns]?|thermostat(?:s|en)?|drehknopf(?:es)?|knopf(?:es)?|lüfter[ns]?|ventilator(?:s|en)?|heizung|schalter[ns]?|ofens?|herd(?:es)?|pumpe|geräte?s?|heizkörper[ns]?|kochfeld(?:es)?)`;
/** The rating noun with a device as its complement, or a device noun right before it. */
const DEVICE_RATING = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])${RATING_NOUN}\s{1,3}(?:of|on|for|at|del|dello|della|dell'|dei|delle|sul|sulla|sullo|de(?:\s{1,3}(?:la|los|las|l'))?|del|du|des|au|à\s{1,3}la|am|an(?:\s{1,3}(?:der|dem))?|vom|von(?:\s{1,3}(?:der|dem))?|des|der|do|da|dos|das|no|na)\s{0,3}(?:(?:the|your|its|il|lo|la|l'|le|el|o|a|den|dem|die|der|ihre[mnr]?|votre|su|seu|sua|suo)\s{1,3})?(?:[\p{L}-]{1,15}\s{1,3})?${DEVICE}(?![\p{L}])|(?<![\p{L}])${DEVICE}(?:\s{1,3}|-)${RATING_NOUN}(?![\p{L}])`,
    'u',
  ),
);
/** The buyer's own rating, a star noun or a review word: a review after all. */
const REVIEW_AFTER_ALL = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:your|ihre?|votre|vos|tu|su|sus|il suo|la sua|suo|sua|seu|sua)\s{1,3}(?:\p{L}{1,12}\s{1,3})?${RATING_NOUN}|stars?|sterne[n]?|étoiles?|estrellas?|stelle|estrelas?|reviews?|feedback|bewertung(?:en)?|rezension(?:en)?|avis|évaluations?|reseñas?|opini[oó]n|recension[ei]|opinione|avalia[çc][ãa]o|avalia[çc][õo]es|opini[ãa]o|amazon|rate|bewerten|noter|évaluer|valorar|calificar|puntuar|valutare|recensire|avaliar)(?![\p{L}])|★|⭐`,
    'u',
  ),
);

/** Is the rating word of a review phrase, in its sentence `sentence`, a device's setting? */
export function ratingAsDeviceSetting(sentence: string): boolean {
  return DEVICE_RATING.test(sentence) && !REVIEW_AFTER_ALL.test(sentence);
}
