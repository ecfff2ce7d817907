// Asks about a review the buyer already has in mind or has posted, read from their structure in all seven
// languages (s26): raising a posted rating to a higher count ("Könnten Sie Ihre 3 Sterne auf 5 erhöhen?", "Pourriez-vous
// passer votre note de 2 à 4 étoiles ?", "wenn Sie Ihre Rezension von 2 auf mehr Sterne anpassen könnten") and withholding a
// negative one ("kindly ask that you refrain from leaving negative feedback", 「低評価の投稿はご遠慮いただけますと幸いです」).
// Both are `leading` only (README conventions: asking to change or remove a review - and, as the team corpus has it
// (en-c024, es-c004, it-c004, rl-de-0044), asking not to leave a negative one - requests no new review). The entries match
// conditioned-ask.ts CHANGE_ENTRY, so check.ts drops the review_request a lexicon read over the same words ("Ihre
// Rezension ... anpassen" read as a wish for a review, "leaving negative feedback" as a leave-a-review phrase).
// The lexicons hold the adjacent forms ("change your review", "update your 2-star review"); what they missed here is the
// structure with words between: the buyer's rating, a higher count it should move to, a request.
// Not: thanks for a change made ("merci d'avoir passé votre note à 5 étoiles"), a seller refusing to ask ("we would never
// ask you to raise your rating to 5"), a rating scale explained ("rate it from 1 to 5 stars" - no buyer's rating moved).
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';

export const CHANGE_RATING_ENTRY = 'leading:change-rating-to-higher';
export const WITHHOLD_ENTRY = 'leading:withhold-negative-review';
export const TAKE_DOWN_ENTRY = 'leading:take-down-review-split';

/** The buyer's posted rating as the object: a possessive (or Japanese review noun) before a rating noun, with an optional
 *  star count ("your 2-star review", "Ihre 3 Sterne", "votre note", "su valoración", "la sua recensione", "sua nota"). */
const OWN_RATING = String.raw`(?<![\p{L}])(?:(?:your|the|that)(?: \p{L}{1,12})?(?: (?:\d|one|two|three|four)(?:[- ]stars?)?)? (?:review|rating|feedback|stars?)|(?:ihre|deine|die)(?: \p{L}{1,14})?(?: \d)? (?:sterne?n?|\p{L}{0,12}bewertung|\p{L}{0,12}rezension|feedback|note)|(?:votre|vos|ta|tes|la)(?: \d)? (?:note|évaluation|avis|commentaire|étoiles?)|(?:su|sus|tu|tus|la)(?: \d)? (?:valoración|reseña|opinión|calificación|puntuación|nota|estrellas?)|(?:la sua|sua|la tua|tua|il suo|suo|il tuo|le sue|sue)(?: \d)? (?:recensione|valutazione|voto|feedback|stelle)|(?:a sua|sua|seu|tua|suas|as suas)(?: \d)? (?:avaliação|nota|comentário|review|estrelas?))(?![\p{L}])`;
/** ... moved to a higher count or up ("to 5", "auf 5", "auf mehr Sterne", "à 4 étoiles", "a 5 estrellas", "para 5 estrelas",
 *  "to a higher rating"), within a few words; a comparative only before a rating noun (not "nos ayuda a mejorar" - rl-es-0227,
 *  not "to more people"). */
const TO_HIGHER = String.raw`(?<![\p{L}])(?:to|up to|auf|à|a|para|in)(?: (?:\d|fünf|vier|five|four|cinq|quatre|cinco|cuatro|cinque|quattro)(?![\p{L}\d-])| (?:mehr|plus|más|mais|più|more|higher|better|höhere|bessere|meilleure|mejor|migliore|melhor) (?:d')?(?:sterne|étoiles|estrellas|stelle|estrelas|stars|rating|note|nota|bewertung|valoración|calificación|valutazione|voto|avaliação|review)(?![\p{L}]))`;
const RAISE_TO = compactRegExp(String.raw`${OWN_RATING}(?: [^\s.!?]{1,14}){0,4} ${TO_HIGHER}|(?:評価|レビュー)[^。！？\n]{0,20}?(?:星|★)[45４５]つ?に`, 'u');
/** The take-down verb split around its object ("could you take the review down", "pull your feedback back"): the lexicons'
 *  take-down-review reads only "take down your review". */
const TAKE_DOWN = compactRegExp(String.raw`(?<![\p{L}])(?:take|taking|pull|pulling) ${OWN_RATING} (?:down|back)(?![\p{L}])`, 'u');
/** A request put to the buyer: a question, please, a modal or a grateful wish. */
const REQUEST = accentOptionalRe(
  compactRegExp(String.raw`\?|？|(?<![\p{L}])(?:please|could you|would you|can you|kindly|grateful|appreciate|bitte|könnten|würden|wären|dankbar|pourriez|pourrais|merci de|s'il vous pla[iî]t|serait-il possible|reconnaissant\p{L}{0,2}|podría|podrías|por favor|le agradecer\p{L}{0,3}|potrebbe|potresti|per favore|grat[oi]|poderia|pode|ficar[ií]amos|agradecer\p{L}{0,3})(?![\p{L}])|いただけ|ください|お願い`, 'u'),
);
/** Thanks for a change made ("thanks for updating", "danke, dass Sie", "merci d'avoir", "gracias por haber", "grazie per aver",
 *  "obrigado por ter"), or the seller refusing to ask: no ask here. Thanks for anything else does not clear ("Thank you for your
 *  patience - please refrain from leaving negative feedback" still asks). */
const THANKS_OR_REFUSAL = accentOptionalRe(
  compactRegExp(String.raw`(?<![\p{L}])(?:(?:thanks|thank you)(?: so much| very much| again)? for (?:\p{L}{1,10}ing|having)|(?:danke|vielen dank),? dass sie|merci d'avoir|gracias por (?:haber|cambiar|subir|actualizar|modificar)|grazie (?:per|di) (?:aver|avere)|obrigad[oa] por (?:ter|mudar|atualizar|alterar))(?![\p{L}])|(?<![\p{L}])(?:never|not|n't|nie|niemals|nicht|jamais|pas|nunca|jamás|no|mai|non|não)(?: \p{L}{1,12}){0,2} (?:ask|request|expect|bitten|verlangen|erwarten|demander|demandons|exiger|pedir|pedimos|pediremos|pediría|chiedere|chiediamo|chiederemo|chiederemmo)|ありがとうございま|お願いすることはありません|お願いはいたしません`, 'u'),
);

/** A negative review named ("negative feedback", "a bad review", "eine negative Bewertung", "un avis négatif", "una reseña
 *  negativa", "una recensione negativa", "uma avaliação negativa", 低評価). */
const NEGATIVE_REVIEW = String.raw`(?:(?:negative|bad|poor|low|critical|unfavou?rable|1-?star|one-?star|2-?star|two-?star) (?:\p{L}{1,12} )?(?:reviews?|feedback|ratings?|comments?)|(?:negativ|schlecht|kritisch)\p{L}{0,3} (?:\p{L}{0,12}bewertung|\p{L}{0,12}rezension|feedback|kommentar)\p{L}{0,2}|(?:avis|évaluations?|notes?|commentaires?) (?:négati\p{L}{1,3}|défavorable\p{L}?)|mauvais\p{L}{0,2} (?:avis|notes?|évaluations?|commentaires?)|(?:reseña|valoración|opinión|calificación|comentario|review|feedback)\p{L}{0,2} negativ\p{L}{1,2}|mala (?:reseña|valoración|calificación|nota)|(?:recension|valutazion|comment|opinion)\p{L}{1,2} negativ\p{L}{1,2}|feedback negativ\p{L}{1,2}|(?:avaliaç(?:ão|ões)|comentários?|notas?) (?:negativ\p{L}{1,2}|ruim|baix\p{L}{1,2})|nota baixa)`;
/** ... withheld: a verb of refraining or a negated posting verb right before it ("refrain from leaving", "avoid posting", "not
 *  to leave", "auf ... zu verzichten", "éviter de laisser", "evitar dejar", "evitare di lasciare", "evitar deixar"), or, for
 *  German and Japanese, after it ("von einer negativen Bewertung abzusehen", 低評価の投稿はご遠慮). */
const WITHHOLD_RE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:refrain(?:ing)? from|abstain(?:ing)? from|avoid(?:ing)?|hold(?:ing)? off (?:on|from)|not to|ask that you not|kindly not|verzichten sie(?: bitte)? auf|sehen sie(?: bitte)? von|éviter de|évitez de|vous abstenir de|abstenez-vous de|ne pas|evitar|evite|abstenerse de|absténgase de|no (?:dejar|deje|dejes|poner|ponga|publicar|publique|escribir|escriba)|evitare di|eviti di|astenersi dal|si astenga dal|non (?:lasciare|lasci|scrivere|scriva|pubblicare|pubblichi)|não (?:deixar|deixe|escrever|escreva|publicar|publique|dar|dê)|deixar de)(?: \p{L}{1,12}){0,3} ${NEGATIVE_REVIEW}(?![\p{L}])|(?<![\p{L}])(?:auf|von|keine|keinen)(?: \p{L}{1,12}){0,2} ${NEGATIVE_REVIEW}(?: \p{L}{1,12}){0,2} (?:zu verzichten|verzichten|abzusehen|absehen|zu unterlassen|unterlassen|zu vermeiden|vermeiden|abgeben|schreiben|hinterlassen)(?![\p{L}])|(?:低評価|悪い評価|低い評価|厳しい評価|(?:星|★)[1１一]つ?の評価)(?:の(?:投稿|書き込み|レビュー))?(?:は|を|だけは)?(?:ご遠慮|お控え|控え|避け|おやめ|しないで|なさらないで)`,
    'u',
  ),
);

/** `leading` spans (normalized copy) for asks to raise a posted rating and asks not to post a negative review. */
export function reviewChanges(t: string): Span[] {
  const out: Span[] = [];
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    if (THANKS_OR_REFUSAL.test(s)) continue;
    // (the span is the match, not the sentence: a new review asked in the same sentence keeps its review_request - "Please update
    // your review and leave a 5-star rating for the replacement too", s25 fa)
    const hit = (r: RegExp) => (REQUEST.test(s) || r === WITHHOLD_RE ? r.exec(s) : null);
    for (const [r, entry] of [[RAISE_TO, CHANGE_RATING_ENTRY], [TAKE_DOWN, TAKE_DOWN_ENTRY], [WITHHOLD_RE, WITHHOLD_ENTRY]] as const) {
      const m = hit(r);
      if (!m) continue;
      out.push({ rule: 'leading', severity: 'block', start: start + m.index, end: start + m.index + m[0].length, entry });
      break;
    }
  }
  return out;
}
