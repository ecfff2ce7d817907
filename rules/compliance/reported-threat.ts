// The buyer's threat of a bad review, reported back by the seller: "You wrote that you'd post a 1-star review - that's
// your call", "Mencionas que pondrías una reseña de una estrella; lo entiendo", "Vous dites que vous allez laisser un avis
// négatif", "Sie schrieben, Sie würden eine schlechte Bewertung abgeben". The review phrase is the buyer's announced act,
// not the seller's ask, as a quote of the buyer's words is (buyer-quote.ts), only here without quote marks.
// Pure, over the checker's normalized copy (lowercased).
// why: s27 blind c en-011 (the rules' review_request), es-008 (the learned layer's review_request and leading)
// Read per sentence and only together:
// - a reporting verb with the buyer as its subject (you wrote / said / mentioned, Sie schrieben, vous dites, mencionas, mi scrive,
//   você disse) and the buyer's own intention after it (you'd, you'll, you were going to, Sie würden, que vous allez, que pondrías,
//   di lasciare, que ia deixar);
// - a bad review named: one star, negative, bad, low (the threat; a good review "you said you'd leave" is the seller's nudge);
// - no request of the seller's in the sentence (please, a question, a wish, a gift, five stars): "You said you'd leave a 1-star
//   review - could you wait until the replacement arrives?" still asks.
// s28 (gr1 buyer-threat-quoted-no-request): the seller as the reader of the threat reports it too - "I read your note that you'd
// post a one-star review", "Ich habe gelesen, dass Sie ... schreiben", "J'ai lu que vous alliez", "He leído que va a dejar", "Ho
// letto che intende lasciare", "Li que você vai deixar" - and German names the buyer's act in the present at the clause end ("Sie
// schrieben, dass Sie eine schlechte Bewertung abgeben, wenn ..."). The bad review and no request in the sentence stay required.
// Near-misses that stay flagged: "You said you'd leave a review once it arrived - please do!", "Dijiste que dejarías una reseña;
// ¿nos la dejas ya?", "You mentioned you'd post a 1-star review; please hold off and we'll refund you".
import { accentOptionalRe } from './accent-optional';
import { compact } from './detectors/compact-letters';

const REPORTED_INTENT = accentOptionalRe(
  compact(
    /(?<![\p{L}])(?:(?:i|we)(?:'ve| have)? (?:read|saw|seen|see|noticed|understand|understood|got)(?: (?:in )?your (?:note|message|mail|e-?mail|comment|reply))?(?: that)? you(?:'d|'ll|'re going to| would| will| were going to| are going to| plan(?:ned)? to| intend(?:ed)? to| want(?:ed)? to)|you(?:'ve)? (?:wrote|write|written|said|say|mentioned|mention|told (?:us|me)|let us know|threatened|warned(?: us)?|stated|indicated)(?: that)? you(?:'d|'ll|'re going to| would| will| might| were going to| are going to| plan(?:ned)? to| intend(?:ed)? to| want(?:ed)? to)|(?:(?:sie|du) (?:schrieben|schreiben|schriebst|schreibst|sagten|sagen|sagtest|erwähnten|erwähnen|erwähntest|drohten|drohen|kündigten an)|(?:ich|wir) (?:habe|haben) (?:\p{L}{1,12} )?(?:gelesen|gesehen|verstanden))(?:,? dass)?,? (?:sie|du) (?:\p{L}{1,20} ){0,6}?(?:würden|werden|wollen|wollten|würdest|wirst|willst|wolltest|möchten|abgeben|abgibst|schreiben|schreibst|hinterlassen|hinterlässt|vergeben|posten|veröffentlichen)|(?:j'ai|nous avons) (?:lu|vu|compris)(?: (?:dans|sur) votre (?:message|mail|note))? (?:que vous (?:allez|alliez|comptez|comptiez|voulez|vouliez|laisseriez|mettriez|publieriez|donneriez|laisserez|mettrez|publierez))|vous (?:dites|avez dit|écrivez|avez écrit|mentionnez|avez mentionné|indiquez|avez indiqué|menacez|avez menacé)(?: que vous (?:allez|alliez|comptez|comptiez|voulez|vouliez|laisseriez|mettriez|publieriez|donneriez|laisserez|mettrez|publierez)| de (?:laisser|mettre|publier|donner))|(?:(?:he|hemos) (?:leído|visto|entendido)|leo|leemos|veo|vemos) que (?:usted |tú )?(?:pondr[íi]as?|dejar[íi]as?|escribir[íi]as?|publicar[íi]as?|dar[íi]as?|ir[íi]as? a|vas a|va a|iba a|ibas a|piensa|piensas|quiere|quieres|pondrá|dejará|publicará)|(?:mencionas|menciona|mencionó|mencionaste|dices|dice|dijo|dijiste|comentas|comenta|comentó|comentaste|escribes|escribe|escribió|escribiste|amenazas|amenaza|amenazó|amenazaste|indicas|indica|indicó) (?:que (?:usted |tú )?(?:pondr[íi]as?|dejar[íi]as?|escribir[íi]as?|publicar[íi]as?|dar[íi]as?|ir[íi]as? a|vas a|va a|iba a|ibas a|pensaba|pensabas|piensa|piensas|quer[íi]as?|quiere|quieres)|con (?:poner|dejar|escribir|publicar|dar))|(?:ho|abbiamo) (?:letto|visto|capito)(?: nel suo messaggio)? che (?:lei |tu )?(?:intende|intendi|vuole|vuoi|lascerebbe|lascerà|darà|pensa di|pensi di|sta per|vorrebbe)|(?:mi |ci )?(?:scrive|scrivi|ha scritto|hai scritto|dice|dici|ha detto|hai detto|menziona|ha menzionato|hai menzionato|minaccia|minacci|ha minacciato|hai minacciato) (?:che (?:lei |tu )?(?:intende|intendi|vuole|vuoi|lascerebbe|lasceresti|darebbe|daresti|scriverebbe|scriveresti|metterebbe|metteresti|lascerà|lascerai|darà|darai|avrebbe|avresti|vorrebbe|vorresti|voleva|volevi|stava per|stavi per|pensa|pensi)|di (?:voler )?(?:lasciare|dare|scrivere|pubblicare|mettere))|(?:li|lemos|vi|vimos|entendi|entendemos) (?:aqui )?que (?:você |o senhor |a senhora )?(?:(?:iria|ia|vai|pretende|pretendia|queria|quer) )?(?:deixar|dar|colocar|postar|escrever|publicar|deixaria|daria|colocaria|postaria|escreveria|publicaria)|(?:você |o senhor |a senhora )?(?:disse|diz|escreveu|escreve|mencionou|menciona|comentou|falou|fala|ameaçou|ameaça) (?:que (?:você |o senhor |a senhora )?(?:(?:iria|ia|vai|pretende|pretendia|queria|quer) )?(?:deixar|dar|colocar|postar|escrever|publicar|deixaria|daria|colocaria|postaria|escreveria|publicaria)|em (?:deixar|dar|colocar|postar|escrever|publicar)))(?![\p{L}])/u,
  ),
);
/** A bad review: one star, negative, bad, low. */
export const BAD_REVIEW = accentOptionalRe(
  compact(
    /(?<![\p{L}\d])(?:(?:1|one|a single|un[ae]?|ein(?:e[nm]?)?|uma?|una)[- ]?(?:star|stern|sterne|étoile|estrella|stella|estrela)\p{L}{0,2}|negativ\p{L}{0,2}|négati\p{L}{1,3}|bad|poor|low|schlecht\p{L}{0,3}|mauvais\p{L}{0,2}|mal[ao]|cattiv\p{L}|ruim|baix[ao]|baj[ao]|bass[ao])(?![\p{L}])/u,
  ),
);
/** A request or a wish of the seller's in the sentence (the ask stays one). */
export const SELLERS_REQUEST = accentOptionalRe(
  compact(
    /\?|(?<![\p{L}])(?:please|could you|would you|can you|we'd (?:love|appreciate)|we would (?:love|appreciate)|hold off|instead|in exchange|bitte|könnten sie|würden sie|stattdessen|s'il vous pla[îi]t|pourriez|merci de|plutôt|en échange|por favor|podr[íi]a|le agradecer[íi]amos|en cambio|a cambio|per favore|potrebbe|invece|in cambio|poderia|em troca|em vez|ao invés|five|fünf|cinq|cinco|cinque)(?![\p{L}])|(?<![\p{L}\d.,])5(?![\p{L}\d.,])/u,
  ),
);
/** The seller swaying the threatened review (s27 review #1): a gift or a discount beside it, or a wish that the buyer
 *  change their mind - "so we are refunding you 20 dollars and hope you change your mind", "wir erstatten Ihnen 20 € und
 *  hoffen, Sie überlegen es sich anders", "mandamos um brinde", "te enviamos un cupón". Amazon bars any incentive around a
 *  review. A refund alone is no sway: it is what the buyer asked for ("Understood - the refund is on its way", "lo
 *  respetamos, el reembolso ya está hecho" stay clean); a gift or a change of mind wished beside it is one, in the threat's
 *  sentence or the next ("... eine schlechte Bewertung abgeben. Wir legen einen Gutschein bei."). */
export const SELLERS_SWAY = accentOptionalRe(
  compact(
    /(?<![\p{L}])(?:reconsider\p{L}{0,3}|change (?:your|their) mind|anders überleg\p{L}{0,2}|es sich (?:noch )?(?:einmal )?anders|es sich noch einmal überleg\p{L}{0,2}|umentscheiden|changer d'avis|changiez d'avis|reconsidér\p{L}{0,4}|cambi[ae]s? de (?:opinión|idea)|cambiar de (?:opinión|idea)|reconsider[ae]s?|ripensarci|ci ripens\p{L}{0,3}|cambiare idea|cambi idea|riconsider\p{L}{0,4}|mude de ideia|mudar de ideia|reconsidere|gift|gifts|freebie|voucher|coupon|discount|geschenk\p{L}{0,2}|gutschein\p{L}{0,2}|rabatt|cadeau\p{L}?|bon d'achat|bon de réduction|réduction|regalo|cupón|descuento|omaggio|buono|sconto|brinde|cupom|desconto|vale-presente)(?![\p{L}])/u,
  ),
);
/** A hope of the seller's in the threat's own sentence ("... and hope you change your mind", "und hoffen, ..."): a wish
 *  about the review it reports. Not read in the next sentence, where "Hope you have a good day" closes a reply. */
export const SELLERS_HOPE = accentOptionalRe(
  compact(/(?<![\p{L}])(?:hope|hoping|hoffen|hoffe|espérons|espère|esperamos|espero|ojalá|speriamo|spero)(?![\p{L}])/u),
);

/** Does the sentence report the buyer's threat of a bad review, with no request of the seller's in it (nor a sway of it there
 *  or in the `next` sentence)? */
export function reportsBuyersThreat(sentence: string, next = ''): boolean {
  return (
    REPORTED_INTENT.test(sentence) &&
    BAD_REVIEW.test(sentence) &&
    !SELLERS_REQUEST.test(sentence) &&
    !SELLERS_HOPE.test(sentence) &&
    !SELLERS_SWAY.test(sentence) &&
    !SELLERS_SWAY.test(next)
  );
}

