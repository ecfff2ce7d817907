// A review told as a fact, not asked for (s29 near-misses): who writes reviews and what Amazon lets buyers do, said to a buyer
// who asked, and the seller declining a trade after the phrase. Read on the phrase's sentence:
//   - the reviewer is a relative "who" the seller cannot see or asks about ("no access to who writes the reviews", "quem escreve
//     as avaliações", "chi scrive le recensioni") - a negation or a question before it, no reward in the sentence;
//   - the reviewer is customers in general, "each / every / any customer" with or without "free to / may" ("Amazon laisse chaque
//     client libre de donner son avis", "lascia ogni cliente libero di lasciare la propria recensione") - the buyer is not addressed;
//   - Japanese: the reviewer as a person (レビューの投稿者), or the sentence's predicate after the phrase an inability or a refusal
//     (確認することができません, ご提供することはできかねます) with no request in the sentence;
//   - German: the verb-final refusal after the phrase ("... gegen eine Bewertung können wir leider nicht anbieten").
// Not with a request or a wish in the sentence ("please", "we'd love", ください), which asks whatever else it states.
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';
import { gatedTest } from './literal-gate';

const RELATIVE_WHO = /(?<![\p{L}])(?:who|wer|qui|qui[eé]n(?:es)?|chi|quem)\s{1,3}$/u;
/** (s30) The rules on who may review, told as a topic: "the rules on who can post reviews", "las normas sobre quién puede publicar
 *  reseñas", "le regole su chi può scrivere recensioni" - an indirect question after a preposition, with a modal of permission, asks
 *  the buyer nothing (German puts the modal after the phrase: "darüber, wer Rezensionen schreiben darf"). Not "anyone who can leave
 *  a review, please do" (no preposition before "who"; a request clears nothing anyway). */
const WHO_MAY = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:on|about|over|regarding|as to|decides?|determines?|über|darüber,?|sur|quant à|sobre|acerca de|su|sul|riguardo a|circa)\s{1,3}(?:who|qui|qui[eé]n(?:es)?|chi|quem)\s{1,3}(?:can|may|is allowed to|(?:is|are) eligible to|peut|peuvent|puede|pueden|può|possono|pode|podem)\s{1,3}|(?<![\p{L}])(?:über|darüber,?|entscheidet,?)\s{1,3}wer\s{1,3}`,
    'u',
  ),
);
/** ... German: the modal after the phrase ("wer Rezensionen schreiben darf"). */
const DE_MAY_AFTER = /^(?:\s\p{L}{1,15})?\s(?:darf|dürfen|kann|können)(?![\p{L}])/u;
/** ... or the phrase opens with it ("chi scrive le recensioni" found as a whoever-reviews phrase). */
const WHO_OPENS = /^(?:(?:a|à|to|an|al|ao)\s)?(?:who|wer|qui|qui[eé]n(?:es)?|chi|quem)\s/u;
const NEGATED_OR_ASKED = accentOptionalRe(
  compactRegExp(String.raw`(?<![\p{L}])(?:not|never|no|can't|cannot|don't|doesn't|nicht|kein\p{L}{0,2}|pas|jamais|non|n[ãa]o|nunca|mai|ni|nem)(?![\p{L}])|n't(?![\p{L}])|[?¿]`, 'u'),
);
const REWARD = compactRegExp(String.raw`(?<![\p{L}])(?:draw|raffle|prize|win|sorteo|sorteio|verlos\p{L}*|gewinn\p{L}*|tirage|estrazione|concors\p{L}*|concorre\p{L}*|premio|pr[êe]mio|voucher|gift|free|refund|coupon|discount|reward|gutschein|geschenk|gratis|kostenlos|cadeau|bon d'achat|gratuit\p{L}{0,2}|regalo|cup[óo]n|descuento|omaggio|buono|sconto|brinde|cupom|desconto|presente)(?![\p{L}])|[$€£\x80]\s?\d|\d\s?[$€£\x80%]`, 'u');
/** Customers in general as the reviewer, right before the phrase. */
const ANY_CUSTOMER = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:every|each|any) (?:customer|buyer|shopper)|customers|buyers|(?:jede[rn]?|alle) (?:kund\p{L}{1,3}|k[äa]ufer\p{L}{0,3})|(?:chaque|tout|les) (?:client|acheteur)s?|(?:cada|cualquier|los) (?:cliente|comprador)(?:es)?|(?:ogni|qualsiasi|i) (?:cliente|clienti|acquirente|acquirenti)|(?:cada|qualquer|todo|os) (?:cliente|comprador)(?:es|s)?)(?:\s{1,3}(?:is|are|ist|sind|est|sont|es|son|è|sono|é|são))?(?:\s{1,3}(?:(?:free|frei|libres?|liberi|libero|libera|livres?|entitled|allowed)(?:\s{1,3}(?:to|de|d'|di|para|a|zu))?|can|may|kann|darf|können|dürfen|peut|peuvent|puede|pueden|può|possono|pode|podem))\s{1,3}$`,
    'u',
  ),
);
/** A request or a wish addressed to the buyer in the sentence. */
const REQUEST = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:please|you can|you could|would you|can you|could you|go ahead|do it|do so|invite|encourage|invit\p{L}*|einlad\p{L}*|laden|ermutig\p{L}*|incoraggi\p{L}*|convid\p{L}*|we'd love|we would love|bitte|würden sie|könnten sie|wir würden uns freuen|s'il vous pla[iî]t|n'h[ée]sitez|vous pouvez|pourriez|nous serions ravis|por favor|puede usted|podr[ií]a|nos encantar[ií]a|per favore|pu[òo] |potrebbe|ci farebbe piacere|pode |poderia|adorar[ií]amos)(?![\p{L}])|ください|下さい|お願い|いただけ|頂け|幸い|助かり`,
    'u',
  ),
);
/** A top score or a positive review named (not "positive or negative"), or a condition on the review ("without", "unless",
 *  ないと): the sentence steers or trades, whatever fact it also states (s29 review: "Customers can leave a 5-star review, so go
 *  ahead", 「星5つのレビューを投稿していただかないと、返金はできません」, "Ohne eine positive Bewertung können wir nicht erstatten"). */
const STEERED = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:[1-5]|one|two|three|four|five|fünf|cinq|cinco|cinque)[\s-]{0,2}(?:stars?|sterne?n?|étoiles?|estrellas?|stelle|stelline|estrelas?)(?![\p{L}])|(?<![\p{L}])positi(?:v|f)\p{L}{0,3}(?![\p{L}])|(?<![\p{L}])(?:unless|without|only if|ohne|nur mit|nur wenn|erst wenn|erst nach|sans|à moins|sin|a menos|senza|a meno|sem|a não ser)(?![\p{L}])|星\s?[1-5１-５一二三四五]|満点|高評価|ないと|なければ|ない限り`,
    'u',
  ),
);
/** "positive or negative" (either way) names no side. */
const EITHER_WAY = /positi(?:v|f)\p{L}{0,3}\s{1,3}(?:or|oder|ou|o)\s{1,3}n[ée]gati(?:v|f)\p{L}{0,3}|n[ée]gati(?:v|f)\p{L}{0,3}\s{1,3}(?:or|oder|ou|o)\s{1,3}positi(?:v|f)\p{L}{0,3}/gu;
/** Japanese: the phrase names the reviewer (レビューの投稿者, 投稿した方) rather than the act. */
const JA_REVIEWER_AFTER = /^(?:者|した方|された方|したお客様|された方)/u;
/** Japanese: an inability or a refusal as the predicate after the phrase, not a question (できませんか asks). */
const JA_CANNOT = /(?:でき(?:ず|ません(?!か|でしょうか)|かねます)|いたしかねます|致しかねます|出来(?:ず|ません(?!か)))/u;
/** German: the verb-final refusal after the phrase, its clause to the stop. */
const DE_REFUSED_AFTER = /^[^.!?;\n]{0,60}?(?<![\p{L}])(?:können|dürfen|werden|möchten|wollen) wir (?:\p{L}+ ){0,3}?(?:nicht|keine?n?)(?: \p{L}+)?\s*(?:[.!;\n]|$)|^[^.!?;\n]{0,60}?(?<![\p{L}])(?:ist|sind) (?:\p{L}+ )?(?:leider )?nicht (?:möglich|erlaubt|gestattet|zulässig)/u;

/** Is the review phrase (normalized `t`, span `start`-`end`, its sentence `sentence`) told as a fact or refused, not asked? */
export function reviewToldAsFact(t: string, start: number, end: number, sentence: string): boolean {
  // (the who-may clause read first: its modal - "chi può", "quem pode" - is no request to the buyer, the rest of the sentence is)
  // (a phrase right after the clause, or a sentence-wide reading - romance-request-for-review - that holds it)
  const whoMay = WHO_MAY.exec(sentence);
  const phraseAt = sentence.indexOf(t.slice(start, end));
  const clauseEnd = whoMay ? whoMay.index + whoMay[0].length : -1;
  if (whoMay && phraseAt >= 0 && phraseAt <= clauseEnd && phraseAt + (end - start) > clauseEnd && (!/wer\s{1,3}$/u.test(whoMay[0]) || DE_MAY_AFTER.test(sentence.slice(phraseAt + (end - start), phraseAt + (end - start) + 30)))) {
    const rest = sentence.replace(whoMay[0], ' ');
    if (!gatedTest(REQUEST, rest) && !STEERED.test(rest.replace(EITHER_WAY, ' ')) && !REWARD.test(sentence)) return true;
  }
  if (gatedTest(REQUEST, sentence) || STEERED.test(sentence.replace(EITHER_WAY, ' '))) return false;
  // (the negation before the phrase, the question anywhere: Portuguese "no" is also "in the" after it)
  const at = sentence.indexOf(t.slice(start, end));
  const unseen = NEGATED_OR_ASKED.test(at < 0 ? sentence : sentence.slice(0, at)) || /[?？]/u.test(sentence);
  if ((RELATIVE_WHO.test(t.slice(Math.max(0, start - 12), start)) || WHO_OPENS.test(t.slice(start, end))) && unseen && !REWARD.test(sentence)) return true;
  if (ANY_CUSTOMER.test(t.slice(Math.max(0, start - 60), start)) && !REWARD.test(sentence)) return true;
  const after = t.slice(end, end + 80);
  if (JA_REVIEWER_AFTER.test(after)) return true;
  const stop = after.search(/[。！？!?\n]/u);
  if (JA_CANNOT.test(stop < 0 ? after : after.slice(0, stop)) && /[\u3040-\u30ff]/u.test(sentence)) return true;
  return DE_REFUSED_AFTER.test(after);
}
