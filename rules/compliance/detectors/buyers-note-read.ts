// The buyer's message about a bad review acknowledged by the seller (s31 prec31b): "I've read your note about the one-star review",
// "Ich habe Ihre Nachricht zur Ein-Stern-Bewertung gelesen", "J'ai bien lu votre message au sujet de l'avis négatif", "He leído su
// mensaje sobre la reseña de una estrella", "Ho letto il suo messaggio sulla recensione negativa", "Li sua mensagem sobre a avaliação
// negativa". The review is the topic of the buyer's note the seller read - the noun-phrase form of reported-threat.ts's "I read your
// note that you'd post a one-star review", with the same conditions: a bad review named, no request, hope or sway of the seller's in
// the sentence, and no sway in the next one.
// Not (each keeps its finding): "I've read your note about the review - could you update it?" (a request), "... about the one-star
// review; we hope you'll reconsider" (a hope), "I read your note about the review" with no bad review named (a good one the seller
// may steer), the seller's own note ("our note about reviews").
import { accentOptionalRe } from '../accent-optional';
import { compact } from './compact-letters';
import { BAD_REVIEW, SELLERS_HOPE, SELLERS_REQUEST, SELLERS_SWAY } from '../reported-threat';

/** The seller read (saw, received) the buyer's note, message or mail about (on, regarding) something. */
const NOTE_READ_ABOUT = accentOptionalRe(compact(/(?<![\p{L}])(?:(?:i|we)(?:'ve| have)? (?:read|seen|saw|received|got|noted) your (?:note|message|mail|e-?mail|comment|reply|feedback) (?:about|regarding|on|concerning|re)|(?:ich habe|wir haben) (?:\p{L}+ )?(?:ihre|deine) (?:nachricht|mail|e-mail|notiz|zeilen) (?:zu[rm]?|über|wegen|bezüglich)|(?:j'ai|nous avons) (?:bien )?(?:lu|reçu|vu) votre (?:message|mail|courriel|mot) (?:au sujet d[eu']|concernant|sur|à propos d[eu'])|(?:he|hemos) (?:leído|recibido|visto) (?:su|tu) (?:mensaje|correo|nota) (?:sobre|acerca d[e]|respecto a)|(?:ho|abbiamo) (?:letto|ricevuto|visto) (?:il suo|il tuo) (?:messaggio|e-mail|mail) (?:sull[ao']?|riguardo|circa|a proposito d)|(?:li|lemos|recebi|recebemos|vi|vimos) (?:a )?(?:sua|tua) (?:mensagem|nota) (?:sobre|a respeito d|referente))/u));

/** Does `sentence` (normalized) acknowledge the buyer's note about a bad review, nothing asked (`next`: the sentence after)? */
export function buyersNoteOnBadReviewRead(sentence: string, next = ''): boolean {
  return NOTE_READ_ABOUT.test(sentence) && BAD_REVIEW.test(sentence) && !SELLERS_REQUEST.test(sentence) && !SELLERS_HOPE.test(sentence) && !SELLERS_SWAY.test(sentence) && !SELLERS_SWAY.test(next);
}
