// The buyer's right to review stated to a buyer who spoke of their own review (s31 prec31b): "You have every right to leave
// your review", "Sie haben jedes Recht, Ihre Meinung zu schreiben", "vous avez tout à fait le droit de donner votre avis",
// "tiene todo el derecho a dejar su opinión", "ha tutto il diritto di lasciare la sua recensione", "você tem todo o direito de
// dar sua opinião", 「レビューを書くのはお客様の自由です」. The review verb is the complement of a right the buyer holds (the
// noun before it, or Japanese 自由/権利 after it): the seller grants, it asks nothing.
// Not (each keeps its finding): no review in the buyer's message (the seller raising the right unasked is a nudge), a wish,
// a please, a hope or a star steer in the sentence ("you have every right to review us - we'd appreciate five stars"), a
// question or push ("feel free", "n'hésitez pas"), and any rule but review_request (a steer in the phrase stays `leading`).
import { accentOptionalRe } from '../accent-optional';
import { compact } from './compact-letters';
import { askedAboutReviews, OWN_WISH } from '../context-guards';

/** The right right before the review verb, in its clause: "(have) (every|the|all the) right to", "entitled to", "(das|jedes)
 *  Recht(,)", "(tout à fait |bien )le droit de", "(todo el )derecho a", "(tutto il )diritto di", "(todo o )direito de". */
const RIGHT_BEFORE = accentOptionalRe(compact(/(?<![\p{L}])(?:(?:every|the|full|all the|a|perfect|perfectly the) right to|entitled to|free to|(?:das|jedes|ein|volle[sn]?|gute[sn]?) recht(?:,| dazu,)?|berechtigt,?|(?:le|tout le|plein) droit d[e']|(?:el |todo el |pleno |su )?derecho a|(?:il |tutto il |pieno )?diritto (?:di|a)|(?:o |todo o |pleno )?direito de)\s?(?:\p{L}+\s){0,3}$/u));
/** Japanese: the review as the buyer's freedom or right after the phrase (「…のはお客様の自由です」「…は当然の権利です」). */
const RIGHT_AFTER_JA = /^[^。！？\n]{0,12}(?:自由|権利)/u;
/** A push or a question in the sentence (ELIGIBLE_PUSH's kind): the right then frames an ask. */
const PUSH = accentOptionalRe(compact(/[?？]|(?<![\p{L}])(?:feel free|go ahead|don't hesitate|do so|zögern sie nicht|gerne|n'hésitez|allez-y|no dude|adelante|non esiti|pure|não hesite|fique à vontade)(?![\p{L}])|ぜひ|どうぞ/u));

/**
 * `headInSentence` (normalized, the phrase's sentence up to it), `tail` (the rest of the sentence) and the buyer's normalized
 * message: is the review the complement of the buyer's right, told to a buyer who spoke of their own review, nothing asked?
 */
export function reviewAsBuyersRight(headInSentence: string, tail: string, buyerText: string): boolean {
  if (!buyerText || !askedAboutReviews(buyerText)) return false;
  if (!RIGHT_BEFORE.test(headInSentence) && !RIGHT_AFTER_JA.test(tail)) return false;
  const sentence = `${headInSentence} ${tail}`;
  return !OWN_WISH.test(sentence) && !PUSH.test(sentence);
}
