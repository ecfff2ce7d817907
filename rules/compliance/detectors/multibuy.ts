// (s29) A multi-buy offer told as a condition on a count and a free extra unit: "if you take 3, the 4th one is free", "wenn Sie 3
// nehmen, ist die vierte gratis", "si vous en prenez 3, la 4e est offerte", "se levar 3, a quarta sai de graça", "3個ご購入で4個目は無料".
// Per sentence: a purchase verb with a count near it, and an ordinal unit or "one more" with a free word. Not a dose ("if you
// take 3 tablets a day": no free unit), a replacement or a warranty unit sent free. Read on the normalized text.
// (s33 rec33: the purchase as a gerund or a condition's verb - "acquistando 2 confezioni la terza è in omaggio", "buying two, the third is
// free", "en achetant 2", "comprando dos", "beim Kauf von 2", "wer 2 kauft"; the free ordinal unit is still required - s30wm2-it-011)
// (s30: the imperative with its clitic or reflexive, "prenez-en 3", "prendine 3", "llévate 3", "leve 3" - the s29-nm3 multibuy missed)
import type { Span } from './span';
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';
import { NEGATION } from './promotion-guards';
import { sentenceSpans } from './sentence';

const re = (source: string) => accentOptionalRe(compactRegExp(source, 'u'));
/** Cheap pre-test: a free word somewhere in the text. */
const FREE_HINT = /free|gratis|grátis|graça|kostenlos|umsonst|offert|omaggio|regalo|無料|タダ|進呈/u;
const COUNT = '(?:\\d{1,2}|two|three|four|five|zwei|drei|vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|due|tre|quattro|duas|três|quatro)';
/** A purchase verb with a count within a few words, either order ("take 3", "3 nehmen", "en prenez 3", "se lleva 3"). */
const BUY_COUNT = re(`(?:^|[^\\p{L}])(?:take|buy|order|get|nehmen|kaufen|bestellen|prenez|achetez|commandez|prends|lleva|llevas|compra|compras|pide|prende|prendi|compra|ordina|leva|levar|levam|comprar|compre|pedir|leve|llévate|llévese|cómprate|prendine|prendetene|compratene|buying|ordering|taking|purchas(?:e|ing)|kauf von|bestellung von|en (?:achetant|prenant|commandant)|comprando|llevando|llevándose|pidiendo|acquist(?:a|i|ate|are|ando)|prendendo|ordinando|levando|pedindo)(?:-en)?(?![\\p{L}])(?:\\s{1,3}[\\p{L}'-]{1,10}){0,2}?\\s{1,3}${COUNT}(?![\\p{L}\\d])|(?:^|[^\\p{L}\\d])${COUNT}\\s{1,3}(?:[\\p{L}-]{1,12}\\s{1,3})?(?:nehmen|kaufen|bestellen|kauft|bestellt|nimmt)(?![\\p{L}])|\\d{1,2}(?:個|点|本|枚|つ)(?:を)?(?:ご購入|お買い上げ|購入|ご注文)`);
/** An ordinal unit or one more, free ("the 4th one is free", "die vierte gratis", "la 4e est offerte", "la cuarta le sale gratis",
 *  "la quarta è in omaggio", "a quarta sai de graça", "4個目は無料", "a third one for free"). */
const ORDINAL = '(?:\\d{1,2}(?:st|nd|rd|th|e|ème|eme|er|re|a|o|º|ª)|second|third|fourth|fifth|another|one more|zweite[nr]?|dritte[nr]?|vierte[nr]?|fünfte[nr]?|deuxième|troisième|quatrième|cinquième|segunda|segundo|tercera|tercero|cuarta|cuarto|quinta|quinto|seconda|secondo|terza|terzo|quarta|quarto|terceira|terceiro)';
const FREE_UNIT = re(`(?:^|[^\\p{L}])${ORDINAL}(?:\\s{1,3}[\\p{L}'-]{1,12}){0,4}?\\s{1,3}(?:(?:is|comes|for|ist|est|sale|sai|è|é|gibt's|dazu)\\s{1,3})*(?:free|gratis|grátis|de graça|kostenlos|umsonst|offerte?|en cadeau|in omaggio|in regalo|de regalo|de presente)(?![\\p{L}])|\\d{1,2}(?:個|点|本|枚|つ)目(?:は|が|を)?(?:無料|タダ|プレゼント|進呈)`);
/** A replacement or a warranty unit: what is sent free is owed, not offered. */
const OWED = re(`(?:^|[^\\p{L}])(?:replac\\p{L}*|warranty|ersatz|garantie|remplac\\p{L}*|reemplaz\\p{L}*|garant[íi]a|sostitu\\p{L}*|garanzia|troca|substitu\\p{L}*|refund\\p{L}*|erstatt\\p{L}*|rembours\\p{L}*|reembols\\p{L}*|rimbors\\p{L}*)(?![\\p{L}])|交換|保証|返金`);

export function multibuyOffers(t: string): Span[] {
  if (!FREE_HINT.test(t)) return [];
  const out: Span[] = [];
  for (const [a, b] of sentenceSpans(t, 600)) {
    const s = t.slice(a, b);
    if (!FREE_HINT.test(s)) continue;
    const free = FREE_UNIT.exec(s);
    // (a refusal of such a deal offers none: "we don't do 'buy 3, get the 4th free'")
    if (!free || !BUY_COUNT.test(s) || OWED.test(s) || NEGATION.test(s)) continue;
    out.push({ rule: 'marketing', severity: 'block', start: a, end: b, entry: 'marketing:promotion-multibuy' });
  }
  return out;
}
