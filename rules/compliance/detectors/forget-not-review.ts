// A reminder not to forget the review, said with a negated forget verb or a "we count on you" beside the review word, often in a P.S.
// or a closing aside: "Und nicht die Rezension vergessen, gell!", "ojo con no olvidarse de la reseña", "PS : et l'avis, hein, on
// compte sur vous !", "P.S. La recensione! Non se la scordi", 「追伸：レビューの件、お忘れなく。」. A reminder to review is an ask
// (README: any request for a review). review-nudge.ts reads "don't forget" with the review as the verb's object a few words on and
// "think of it" verbs; the infinitive imperative ("nicht ... vergessen"), the reflexive ("olvidarse de", "scordarsi"), the pronoun
// with the review in the fragment before ("La recensione! Non se la scordi") and お忘れなく after 「…の件、」 were left.
// Per sentence: FORGET_NOT and a review word within 40 characters of it in the sentence, or the sentence before a short fragment
// (up to 40 characters) naming the review. Not: a rule stated ("no olvide que la reseña solo ...": a "that" or a colon after the verb), the
// seller's own memory ("wir werden Ihre Bewertung nicht vergessen": a first person before the verb), thanks, a carrier's notice.
// why: s32 rrec32 - s27r-de-004, s27r-es-004, s27r-fr-004, s27r-it-004, s27r-ja-004.
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compact } from './compact-letters';
import { REVIEW_RE } from './review-incentive';

export const FORGET_NOT_ENTRY = 'review_request:forget-not-the-review';

const FORGET_NOT = compact(
  /(?<![\p{L}])(?:nicht (?:\p{L}+ ){0,3}vergessen|vergessen sie (?:\p{L}+ ){0,3}nicht|vergiss (?:\p{L}+ ){0,3}nicht|no (?:se |te )?(?:le |lo |la )?olvid(?:e|es|ar|arse|arte|en)|que no se (?:le |te |nos )?olvide|n'oubliez pas|oublie(?:z)? pas|on compte sur vous|nous comptons sur vous|on compte sur toi|non (?:se |te |ce )?(?:lo |la |le )?(?:scord|dimentic)\p{L}{1,4}|não (?:se )?esque[çc]\p{L}{1,3})(?![\p{L}])|お忘れなく|忘れずに|お忘れのないよう/u,
);
/** A rule after the verb ("no olvide que", "n'oubliez pas que", "nicht vergessen, dass"): a fact stated, no reminder to review. */
// (and a colon: "Não esqueça: avaliações abaixo de 4 estrelas prejudicam ..." states a fact about reviews - s6-pt-0022)
const THAT_AFTER = compact(/^\s{0,2}(?:[:：]|,?\s?(?:que|qu'|dass|che|that|di controllare|de vérifier|de revisar)(?![\p{L}]))/u);
const FIRST_PERSON = compact(/(?<![\p{L}])(?:we|i|wir|ich|nous|je|noi|nós|eu|yo|nosotros)(?![\p{L}])|(?:私|当店)(?:は|も|が)/u);
const THANKS = compact(/(?<![\p{L}])(?:thanks?|danke|merci|gracias|grazie|obrigad[oa])(?![\p{L}])|ありがと/u);
const NOTICE = compact(/avis de (?:passage|réception|livraison|d[ée]p[oô]t|d'exp[ée]dition)/u);

/** review_request spans (normalized copy) over sentences that remind the buyer not to forget the review. */
export function forgetNotReview(t: string): Span[] {
  const out: Span[] = [];
  if (!FORGET_NOT.test(t)) return out;
  let prev = '';
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    const before = prev;
    prev = s;
    const m = FORGET_NOT.exec(s);
    if (!m || THAT_AFTER.test(s.slice(m.index + m[0].length)) || FIRST_PERSON.test(s.slice(0, m.index)) || THANKS.test(s) || NOTICE.test(s)) continue;
    const near = s.slice(Math.max(0, m.index - 40), Math.min(s.length, m.index + m[0].length + 40));
    const fragment = before.trim().length <= 40 && REVIEW_RE.test(before) && !THANKS.test(before);
    if (!REVIEW_RE.test(near) && !fragment) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: FORGET_NOT_ENTRY });
  }
  return out;
}
