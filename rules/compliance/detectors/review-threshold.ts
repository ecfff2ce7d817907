// A floor of top counts set on the review asked (s30 rev30): "4 or 5 stars", "at least 4 stars", "4 stars or more", "mit 4 oder 5
// Sternen", "au moins 4 étoiles", "4 o 5 estrellas", "almeno 4 stelle", "pelo menos 4 estrelas", 「星4つ以上」. The lexicons read
// "5 stars" asked; a range or a floor that leaves out every low count steers the rating as much: `leading` (policy: leading
// language biases the review even without asking for 5 stars).
// Only added over a review_request the rules found in the same sentence, so a count of parcels or parts ("we ship 4 or 5
// parcels a day", 「4つか5つの部品」 - no star noun) or a thanks ("thanks for the 4 or 5 stars" - no ask found) never fires.
import { sentenceSpans } from './sentence';
import { mergedRanges, overlapsRange, type Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';
import { CORE_NEGATORS, DE_NIE, EN_NT, NUNCA, FR_ELISION, JAMAIS, IT_MAI, NO, wholeWords } from '../negation';

export const THRESHOLD_ENTRY = 'leading:top-counts-floor-asked';

const STAR = String.raw`(?:stars?|sterne?n?|étoiles?|estrellitas?|estrellas?|stelle|stelline|estrelinhas?|estrelas?)`;
const FOUR = String.raw`(?:4|four|vier|quatre|cuatro|quattro|quatro)`;
const FIVE = String.raw`(?:5|five|fünf|cinq|cinco|cinque)`;
/** "4 or 5 stars", "4- or 5-star", "vier oder fünf Sterne", "4 à 5 étoiles", "4 o 5 estrellas", "4 ou 5 estrelas"; "at least 4 stars";
 *  "4 stars or more". */
const FLOOR = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}\d.,])${FOUR}(?:-|[- ]?${STAR})? (?:or|oder|bis|ou|à|o|a|y|u|e|to|-) ${FIVE}[- ]?${STAR}(?![\p{L}])|(?<![\p{L}])(?:at least|no less than|mindestens|wenigstens|au moins|al menos|por lo menos|como mínimo|almeno|pelo menos|no mínimo|ao menos) ${FOUR}[- ]?${STAR}(?![\p{L}])|(?<![\p{L}\d.,])${FOUR}[- ]?${STAR} (?:or (?:more|higher|above|better)|oder (?:mehr|besser|höher)|ou (?:plus|mieux|mais)|o (?:más|mas|mejor|superior)|o (?:più|superiore))(?![\p{L}])|(?:星|★)\s?[4４四]つ?(?:以上|か[5５五]|[～〜~\-][5５五])|[4４四]つ星以上|最低でも(?:星|★)\s?[4４四]`,
    'u',
  ),
);

/** A low count named in the sentence (the whole scale left open: "da 1 a 5 stelle", "qu'il soit de 1 étoile ou de 4 ou 5", "de 1 o
 *  de 4 o 5 estrellas"), or a negation just before the floor ("non chiediamo almeno 4 stelle") - s30 mend review. */
const LOW_COUNT = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}\d.,])(?:1|one|eine?n?|une?|uno|una|um|uma)[- ]?${STAR}(?![\p{L}])|(?<![\p{L}\d.,])(?:1|one|eins|un|uno|um)(?: ${STAR})? (?:to|bis|à|a|al|-) (?:5|five|fünf|cinq|cinco|cinque)(?![\d])|(?:星|★)\s?[1１一]`,
    'u',
  ),
);
const ASK_VERB = String.raw`(?:ask|expect|request|requir|need|want|verlang|erwart|bitt|fordern|demand|exig|attend|veul|ped|esper|quer|chied|pretend|aspett|vogliamo|pedi|exij)\p{L}{0,6}`;
// (a bare "ne" and "n'" here: the negation sits within 20 characters of the ask verb, "ne demandons pas", "n'exigeons")
const NEGATION_WORDS = `(?:${wholeWords(CORE_NEGATORS, NO, DE_NIE, JAMAIS, 'ne', FR_ELISION, NUNCA, IT_MAI)}|${EN_NT})`;
const NEGATED = accentOptionalRe(compactRegExp(String.raw`${NEGATION_WORDS}[^.!?;]{0,20}${ASK_VERB}(?![\p{L}])[^.!?;]{0,20}$|(?<![\p{L}])${ASK_VERB} (?:\p{L}{1,12} )?(?:nicht|keine|pas)(?![\p{L}])[^.!?;]{0,20}$`, 'u'));

/** `leading` spans (normalized copy) over sentences that set a floor of top counts on a review ask found in them. */
export function thresholdAsks(t: string, asks: readonly Span[]): Span[] {
  if (!asks.length) return [];
  const out: Span[] = [];
  const asked = mergedRanges(asks);
  for (const [start, end] of sentenceSpans(t, 400)) {
    if (!overlapsRange(asked, start, end)) continue;
    const s = sliceOf(t, start, end);
    const floor = FLOOR.exec(s);
    if (!floor || LOW_COUNT.test(s) || NEGATED.test(s.slice(Math.max(0, floor.index - 40), floor.index))) continue;
    out.push({ rule: 'leading', severity: 'block', start, end, entry: THRESHOLD_ENTRY });
  }
  return out;
}
