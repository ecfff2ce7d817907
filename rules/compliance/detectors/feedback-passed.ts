// The buyer's feedback passed on to whoever makes the item, and the change it brings told (s31 prec31b): "We passed your feedback
// on the seam to our workshop: from the next batch the strap gets a double seam", "Wir haben Ihre Rückmeldung an unsere Werkstatt
// weitergegeben", "Nous avons transmis votre retour à notre atelier", "Hemos trasladado su comentario a nuestro taller", "Abbiamo
// girato il suo feedback al nostro laboratorio", "Repassamos seu feedback para a nossa oficina", 「ご意見を工房に伝えました」. A
// product fact to come for later batches, told to the buyer who complained; nothing is offered. The learned layer reads "next
// batch", "new" as a pitch. (review-explained.ts makerPreparesVersion reads the maker preparing a new version; this the
// feedback handed over, the maker named as a workshop, lab or production team.)
// Not (each keeps its finding): anything offered in the sentence (buying, ordering, available, a code, a price, a percentage -
// "... from the next batch, available now with 10% off"), no feedback passed ("our workshop makes a new strap - order it").
import { accentOptionalRe } from '../accent-optional';
import { compact } from './compact-letters';

/** A passing-on verb, the buyer's feedback and the maker, in one sentence. */
const PASSED = accentOptionalRe(compact(/(?<![\p{L}])(?:passed|forwarded|sent|gave|shared|handed|weitergegeben|weitergeleitet|übermittelt|transmis|remonté|transféré|partagé|trasladado|enviado|pasado|reenviado|comunicado|girato|inoltrato|passato|trasmesso|segnalato|repassamos|repassei|encaminhamos|encaminhei|passamos|enviamos|transmitimos|levamos)(?![\p{L}])|伝え|共有/u));
const FEEDBACK = accentOptionalRe(compact(/(?<![\p{L}])(?:feedback|comments?|remarks?|notes?|rückmeldung|hinweis|anmerkung\p{L}{0,2}|retour|remarques?|commentaires?|comentarios?|observaci[oó]n\p{L}{0,2}|osservazion\p{L}|segnalazion\p{L}|commenti|coment[aá]rios?|observa[cç][oõ]\p{L}{1,2})(?![\p{L}])|ご意見|ご指摘|フィードバック/u));
const MAKER = accentOptionalRe(compact(/(?<![\p{L}])(?:workshop|lab|production(?: team)?|factory|manufacturer|maker|design team|werkstatt|manufaktur|produktion|fertigung|hersteller|atelier|fabricant|usine|taller|fábrica|fabricante|producción|laboratorio|produzione|fabbrica|produttore|oficina|produção|ateliê)(?![\p{L}])|工房|工場|製造|メーカー/u));
const OFFERED = accentOptionalRe(compact(/(?<![\p{L}])(?:buy|order (?:it|one|now|yours)|available|code|coupon|discount|price|kaufen|bestellen|erhältlich|verfügbar|rabatt|preis|acheter|commander|disponible|remise|prix|comprar|pedir|descuento|precio|acquistare|ordinare|disponibil\p{L}|sconto|prezzo|encomendar|dispon[ií]vel|desconto|preço)(?![\p{L}])|[%€\x80$]|購入|注文|販売|割引/u));

/** Does `sentence` (normalized) tell the buyer's feedback passed to the maker, nothing offered? */
export function feedbackPassedToMaker(sentence: string): boolean {
  // (the maker anywhere in it: German and Japanese put the verb last - "an unsere Werkstatt weitergegeben", 「工房に伝えました」)
  return PASSED.test(sentence) && FEEDBACK.test(sentence) && MAKER.test(sentence) && !OFFERED.test(sentence);
}
