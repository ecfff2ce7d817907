// Pressure put on a review ask, read from its structure in all seven languages (s26): a deadline pressed as scarcity ("only 3
// days left to leave your review - after that it won't be possible", "você só tem até sexta para avaliar. Não deixe passar!").
// It biases the ask as the README's leading family does (urgency, not a neutral request): `leading` over the ask's sentence.
// Only added next to a review_request the rules found (in the ask's sentence or the one before or after), so a message without
// a review ask is never flagged. Not: a return window or a carrier's pickup date ("you have until Friday to send it back", "Only
// 2 days left before the carrier collects the parcel"): RETURN_WORDS (s26 review #11 - the comment promised it, no code made it).
// (A favour asked - "do us a favour and leave a review", "un piccolo favore: un voto", "pedirle un pequeño favor" - is NOT read
// here: the dev rows label it review_request only (s6-it-0019, s7-es-0083, s7-it-0083, s8-en-0187, s11-probe3-*-002, s13r-es-014,
// s13r-pt-011); s26 blind a de-017/fr-017 labelled it leading - reported for relabelling, not followed.)
import { sentenceSpans } from './sentence';
import { clauseAfter, mergedRanges, overlapsRange, type Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';
import { gatedTest } from './literal-gate';

export const DEADLINE_ENTRY = 'leading:deadline-pressed-ask';

/** Scarcity of time: only N days left, a last chance, not possible afterwards, don't let it pass, only until a day. */
const DEADLINE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:only (?:\d{1,2}|one|two|three|a few) (?:more )?(?:days?|hours?) (?:left|to go|remaining)|(?:last|final) chance|before it'?s too late|(?:don't|do not) miss (?:out|it|your chance|the chance)|(?:after|past) (?:that|then|this|\p{L}{1,9}day)[^.!?\n]{0,20}(?:no longer possible|won't be (?:able|possible)|will not be (?:able|possible)|can't|cannot)|you (?:only )?have (?:only )?until|nur noch (?:\d{1,2}|zwei|drei|wenige) tage?|letzte (?:chance|gelegenheit)|(?:danach|dann|später) (?:\p{L}{1,12} ){0,3}nicht mehr (?:möglich|gehen|gehts?)|verpassen sie (?:es|das|die|diese) nicht|(?:il )?ne (?:vous )?reste (?:plus )?que (?:\d{1,2}|deux|trois|quelques) jours?|plus que (?:\d{1,2}|deux|trois|quelques) jours?|derni[eè]re chance|(?:après|ensuite|passé ce délai),? (?:ce|cela|il) ne sera plus possible|ne (?:le |la )?(?:manquez|ratez|laissez pas passer)|(?:solo |sólo )?(?:te |le )?quedan (?:solo |sólo )?(?:\d{1,2}|dos|tres|pocos) días|[uú]ltima oportunidad|(?:después|luego|pasado ese plazo),? ya no (?:será|podrá|se podrá)|no (?:lo |la )?(?:dejes|deje) pasar|(?:solo|sólo) (?:tienes|tiene) hasta|(?:mancano|restano|rimangono) (?:solo |soltanto )?(?:\d{1,2}|due|tre|pochi) giorni|ultim[ao] (?:occasione|possibilità|chance)|(?:dopo|poi),? non sarà più possibile|non (?:se lo |te lo )?(?:lasci|lasciare|lasciarti) sfuggire|ha tempo (?:solo )?fino a|(?:só|somente|apenas) (?:tem|têm|resta[mn]?) (?:até|mais|\d{1,2} dias?)|(?:restam|faltam) (?:só |apenas )?(?:\d{1,2}|dois|três|poucos) dias|última chance|(?:depois|após)(?: disso)?,? não (?:será|dá|vai dar) mais|não deixe (?:passar|para depois|pra depois))(?![\p{L}])|(?:残り|あと)[0-9０-９一二三]日|最後のチャンス|それ以降は(?:[^。！？\n]{0,10})?できません`,
    'u',
  ),
);
/** What a deadline may bound other than the review: a return, a refund, an exchange, a pickup ("You have until March 5 to return
 *  it", "il ne reste que 3 jours pour retourner le colis", "Sie haben nur noch 3 Tage für die Rücksendung", 「返品は残り3日」). */
// examples: "to return it", "send it back", "Rücksendung", "retourner", "devolverlo", "reso", "devolução", 返品; near-misses
// (no return: the review's own deadline): "to leave your review", "um Ihre Bewertung abzugeben", "para avaliar o pedido"
const RETURN_WORDS = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:return(?:s|ed|ing)?|send (?:it|them|the \p{L}{1,14}) back|refund(?:s|ed)?|exchange|replacement|pick(?:ed)? ?up|collect(?:s|ed|ion)?|rücksendung|zurück(?:zu)?(?:senden|schicken|geben)|rückgabe|umtausch|erstattung|abholung|retour\p{L}{0,4}|renvo\p{L}{1,5}|rembours\p{L}{0,6}|échange|enlèvement|devol\p{L}{1,6}|reembols\p{L}{1,4}|cambio|recogida|restitu\p{L}{1,6}|reso|rimbors\p{L}{1,4}|ritiro|troca|reembolso|coleta)(?![\p{L}])|返品|返金|交換|集荷|回収`,
    'u',
  ),
);
/** A review word, for a deadline sentence that names both (then it may press the review: "Only 3 days left to review or return
 *  it"). */
const REVIEW_WORD = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:reviews?|rat(?:e|ing)|feedback|bewert\p{L}{0,4}|rezension\p{L}{0,2}|avis|évaluation|not(?:er|ez)|reseña|valoración|valorar|opinión|recension\p{L}|valutazion\p{L}|avalia\p{L}{1,4})(?![\p{L}])|レビュー|評価`,
    'u',
  ),
);
/** Does the deadline in `s` bound a return, refund or pickup instead of the review? In the ask's own sentence the deadline's
 *  clause is read (from the match to the next clause mark); in a sentence beside it, the whole sentence without a review word. */
function boundsAReturn(s: string, own: boolean): boolean {
  if (!own) return RETURN_WORDS.test(s) && !REVIEW_WORD.test(s);
  const m = DEADLINE.exec(s);
  if (!m) return false;
  const clause = m[0] + clauseAfter(s, m.index + m[0].length, CLAUSE_MARK, 60);
  return RETURN_WORDS.test(clause) && !REVIEW_WORD.test(clause);
}
/** A clause mark: a comma, a colon, a stop, a dash (its one-byte stand-ins \x96 \x97 beside it). */
const CLAUSE_MARK = /[,;:.!?\x96\x97–—、。]/u;
/** `leading` spans (normalized copy) over the review asks whose sentence, or the one before or after, presses a deadline or
 *  asks a favour. `asks` are the review_request spans found. */
export function pressedAsks(t: string, asks: readonly Span[]): Span[] {
  // (literal gate, literal-gate.ts: a text holding none of the literals one of which every DEADLINE match holds is not scanned)
  if (!asks.length || !gatedTest(DEADLINE, t)) return [];
  const out: Span[] = [];
  const all = sentenceSpans(t, 400);
  // (the asks merged once, a binary search per sentence: linear on a long paste)
  const asked = mergedRanges(asks);
  for (let k = 0; k < all.length; k++) {
    const [start, end] = all[k]!;
    if (!overlapsRange(asked, start, end)) continue;
    for (const j of [k, k - 1, k + 1]) {
      const near = all[j];
      if (!near) continue;
      const ns = sliceOf(t, near[0], near[1]);
      if (!gatedTest(DEADLINE, ns) || boundsAReturn(ns, j === k)) continue;
      out.push({ rule: 'leading', severity: 'block', start: Math.min(start, near[0]), end: Math.max(end, near[1]), entry: DEADLINE_ENTRY });
      break;
    }
  }
  return out;
}
