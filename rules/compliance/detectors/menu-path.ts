// A review word that names a page in Amazon's menu path, the list of the buyer's own reviews: "Your Account > Your Reviews",
// "Mein Konto > Meine Rezensionen", "Su cuenta > Sus reseñas", アカウントサービス > レビュー (s28 gr2 es-020). A step after a path
// arrow is a place the buyer opens, not a review asked for; a wish, a condition or a star count in the sentence still makes the
// path serve an ask ("If you're happy, Your Account > Your Reviews - we'd love five stars").
import { accentOptionalRe } from '../accent-optional';
import { compact } from './compact-letters';

/** A path arrow right before the step, an opening quote allowed: ">", "›", "»", "→", "->", "＞". */
const ARROW_BEFORE = /(?:>|›|»|→|＞)\s{0,2}["'«„“‘「]?\s?$/u;
/** The page of the buyer's own reviews: a possessive and a plural review noun, the whole step. */
const OWN_REVIEWS_PAGE = accentOptionalRe(
  compact(/^(?:your|my|ihre|meine|deine|vos|mes|tes|sus|mis|tus|le (?:sue|mie|tue)|suas|minhas|tuas)\s(?:reviews|ratings|rezensionen|bewertungen|avis|évaluations|commentaires|reseñas|opiniones|valoraciones|recensioni|valutazioni|avaliações|resenhas|comentários)$|^(?:レビュー|カスタマーレビュー|評価)$/u),
);
/** The seller's own wish, a condition on satisfaction or a star count in the sentence. */
const WISH = accentOptionalRe(
  compact(/(?<![\p{L}])(?:please|love|hope|grateful|appreciate|happy|satisfied|enjoy\p{L}*|bitte|freuen|hoffen|dankbar|zufrieden|gefällt|s'il vous plaît|ravis|esp[ée]rons|satisfait\p{L}*|por favor|encantar\p{L}*|esperamos|agradecer\p{L}*|satisfech\p{L}*|gustado|per favore|ci farebbe|speriamo|soddisfatt\p{L}*|piaciut\p{L}*|adorar\p{L}*|satisfeit\p{L}*|gostou|positiv\p{L}{0,2}|stars?|sterne|étoiles|estrellas|stelle|estrelas)(?![\p{L}])|お願い|嬉し|幸い|ぜひ|満足|気に入|星/u),
);

/** True when the phrase at `span` in `t` (normalized) is the own-reviews page of a menu path and its sentence wishes nothing. */
export function reviewPageInPath(t: string, span: { start: number; end: number }, sentence: string): boolean {
  if (!ARROW_BEFORE.test(t.slice(Math.max(0, span.start - 6), span.start))) return false;
  if (!OWN_REVIEWS_PAGE.test(t.slice(span.start, span.end).trim())) return false;
  return !WISH.test(sentence);
}
