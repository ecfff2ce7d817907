// Other buyers said to want to know how the buyer gets on with the item, with no review word and no telling verb: "the next
// person browsing it would surely like to know that too", "we'd love for other home cooks to hear about it from you", "gli altri
// acquirenti sarebbero contenti di sapere come ti trovi", "outros compradores iam adorar saber como está sendo sua experiência",
// "andere Käufer würden sich freuen zu erfahren, wie ...", "les autres clients aimeraient savoir ce que vous en pensez". The wish is
// the ask: what those others would learn can only come from a public account by the buyer, i.e. a review (README: a wish for a
// review is an ask). experience-for-others.ts reads the imperative ("tell the next hikers how ..."); this reads the wish.
// Per sentence: an audience of other buyers (a person noun after other / next / future), a wish of theirs to know, hear or read
// (or the seller's wish that they hear), and what they would learn: how it goes, what the buyer thinks, "that too", "about it".
// Not: a how-to ("would like to know how to descale it"), the seller's or others' own doing ("to hear how we fixed the issue"), others who told or asked the seller ("other buyers told us they'd love
// to know how ..."), a negation, a fault or a stock date ("when the blue one is back" has no object of the experience).
// why: s32 rrec32 - s22g-en-002, s22g-it-002, s22g-pt-002, s8-co-en-002 (review_request missed; the conditions before them -
// "if it no longer leaks" - make them leading through conditioned-ask.ts, which reads these asks with the lexicons' ones).
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';

export const OTHERS_WANT_ENTRY = 'review_request:others-want-to-know';

/** Who would learn: other, next, future or fellow buyers (any person noun of up to two words after the adjective). */
const WHO = String.raw`(?:other|next|future|fellow|prospective)(?: \p{L}{2,15}){0,2}? (?:buyers?|customers?|shoppers?|people|person|parents?|owners?|users?|families|cooks|\p{L}{2,12}(?:ers|ists))|(?:altri|altre|futuri|prossimi)(?: \p{L}{2,15})? (?:acquirenti|clienti|utenti|genitori|compratori)|(?:outros|outras|futuros|próximos)(?: \p{L}{2,15})? (?:compradores|clientes|usuários|pais|consumidores)|(?:otros|otras|futuros|próximos)(?: \p{L}{2,15})? (?:compradores|clientes|usuarios|padres)|(?:andere|anderen|künftige|künftigen|zukünftige|zukünftigen)(?: \p{L}{2,15})? (?:käufer\p{L}{0,3}|kunden|kundinnen|interessenten|eltern|nutzer\p{L}{0,3})|(?:autres|futurs|prochains)(?: \p{L}{2,15})? (?:clients|clientes|acheteurs|acheteuses|parents|utilisateurs)`;
/** Their wish to learn it, right after them (same clause, up to three words between). */
const WISH = String.raw`(?:would|'d|will|might)(?: (?:surely|certainly|definitely|really|probably|also|so|too))* (?:like|love|want|be (?:glad|happy|keen|interested|curious|grateful)) to (?:know|hear|read|learn)|(?:sarebbero|sarebbe|saranno)(?: \p{L}{2,12})? (?:content|felic|liet|curios)\p{L}{1,2} di (?:sapere|conoscere|leggere)|(?:vorrebbero|vorranno|apprezzerebbero|gradirebbero)(?: \p{L}{2,12})? (?:sapere|conoscere|leggere)|(?:iam|iriam|vão|vao|v[ãa]o)(?: \p{L}{2,12})? (?:adorar|amar|gostar de) (?:saber|ler|conhecer)|(?:gostariam|adorariam|amariam)(?: de)? (?:saber|ler|conhecer)|(?:les )?(?:gustaría|encantaría|vendría bien|vendrían bien|interesaría)(?: \p{L}{2,12})? (?:saber|leer|conocer)|(?:würden|werden)(?: sich)?(?: \p{L}{2,12}){0,2} (?:freuen|gern|gerne)(?: \p{L}{2,12}){0,2},? (?:zu )?(?:erfahren|wissen|lesen|hören)|(?:aimeraient|voudraient|adoreraient)(?: \p{L}{2,12})? (?:savoir|lire|connaître)|seraient(?: \p{L}{2,12})? (?:ravis|contents|heureux|curieux) (?:de )?(?:savoir|lire|connaître)`;
/** The seller's wish that they hear it: "we'd love for other home cooks to hear about it from you". */
const SELLER_WISH = String.raw`(?:we'd|we would|i'd|i would)(?: really| so| truly)? (?:love|like) for`;
/** What they would learn: the buyer's experience, or "that" / "it" said of it. */
const LEARNED = String.raw`(?:how(?! (?:to|we|i|our|they)(?![\p{L}]))|what you|whether it|if it|about (?:it|them|your|the)|that (?:too|as well)|it (?:too|as well)|it from you|come (?:ti|si|le) (?:trov|va|funzion|sembr)\p{L}{0,4}|cosa ne pens\p{L}{0,4}|la (?:sua|tua) (?:opinione|esperienza)|como (?:está|esta|tá|foi|vai|ele|ela|funciona)|o que (?:você )?(?:achou|acha)|(?:sua|tua) (?:experiência|opinião)|qué tal|cómo (?:te|le|va|funciona)|qué (?:te|le) parec\p{L}{0,4}|(?:su|tu) (?:experiencia|opinión)|wie (?:sie|du|es|er|der|die|das|ihnen|dir|sich)|was sie (?:davon )?halten|(?:ihre|deine) (?:meinung|erfahrung)|comment (?:vous|il|elle|ça|ca)|ce que vous en pensez|(?:votre|ton) (?:avis|expérience|ressenti))`;
const WANT_RE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:${WHO})(?![\p{L}])(?: [^\s.!?,;]{1,15}){0,3}? (?:${WISH})|${SELLER_WISH} (?:${WHO}) to (?:hear|know|read|learn))(?: (?:all|more|a bit|a little))?,? (?:${LEARNED})(?![\p{L}])`,
    'u',
  ),
);
/** Others who told or asked the seller (reported), or a negation before the wish. */
const REPORTED = /(?<![\p{L}])(?:told|asked|said|wrote|ask|often|always|keep|not|never|n't|non|não|nicht|pas|no)(?![\p{L}])/u;

/** review_request spans (normalized copy) over sentences where other buyers are said to want to know how the buyer gets on. */
export function othersWantToKnow(t: string): Span[] {
  const out: Span[] = [];
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    const m = WANT_RE.exec(s);
    if (!m || REPORTED.test(m[0])) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: OTHERS_WANT_ENTRY });
  }
  return out;
}
