// Session 32 (mrec32b): the buyer advised to buy a spare, refill or more of the consumable now or in good time - a purchase nudge,
// `marketing` (policy: no promotion in a service message), per sentence in the seven languages: advice, a buy verb, a spare or a
// re-buy, and a timing:
//   "it's smart to order a spare 4-pack now", "conviene ordinarne subito una di ricambio", "Denken Sie daran, rechtzeitig Folien
//   nachzukaufen", "pensez à commander dès maintenant des filtres de rechange", "le recomendamos pedir ya un cabezal de repuesto",
//   "vale a pena comprar já um refil de reposição", "替えのフィルターもお早めにご購入ください".
// Not: no need to ("no need to order a spare now"), a replacement, return or refund of the buyer's item ("please order a
// replacement now, we refund it"), a question (the buyer's own plan asked: "do you want to order a spare now?" is the buyer's call).
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

/** Advice: smart, worth it, remember, it pays. */
const ADVICE = re(
  `${W}(?:(?:it's|it is|it'd be|it would be) (?:smart|wise|worth it|a good idea)|(?:smart|wise|worth) (?:to|it to)|remember to|denken sie (?:daran|dran)|(?:es )?lohnt sich|empfehlen (?:wir|ich)|pensez à|(?:il )?vaut mieux|nous (?:vous )?conseillons|(?:le|te) (?:recomendamos|aconsejamos)|conviene|vale la pena|(?:le|ti) (?:consigliamo|ricordiamo)|(?:si )?ricordi di|vale a pena|(?:recomendamos|lembre-se de|lembre de))${E}`,
);
/** A buy verb (with its re-buy German forms). */
const BUY = re(
  `${W}(?:order\\p{L}{0,3}|buy\\p{L}{0,3}|stock up|pick up|grab|(?:nach)?(?:zu)?(?:kaufen|bestellen)|nachzukaufen|nachzubestellen|commander|racheter|acheter|pedir(?:l[oa]s?)?|comprar(?:l[oa]s?)?|ordinar(?:e|ne|la|lo|li|le)|comprar(?:e|ne|la|lo|li|le)|prender(?:e|ne))${E}|購入|注文|お買い求め`,
);
/** A spare, refill, another unit or a pack of them. */
const SPARE = re(
  `${W}(?:spares?|refills?|another|extra|\\p{N}{1,3}[- ]?pack|ersatz\\p{L}{0,14}|nachfüll\\p{L}{0,14}|vorrat|\\p{N}{1,3}er[- ]?(?:packung|pack|set)|(?:de )?rechange|recharges?|(?:de )?repuesto|recambios?|(?:di )?ricambio|ricarich\\p{L}|(?:de )?reposição|refis?|folien|filter\\p{L}{0,2}|filtres?|filtros?|filtri)${E}|替え|予備|詰め替え|ストック`,
);
/** Now, right away, in good time. */
const TIMING = re(
  `${W}(?:now|today|right away|in (?:good )?time|ahead|rechtzeitig|gleich|jetzt|sofort|dès maintenant|maintenant|à temps|d'avance|ya|ahora|a tiempo|con antelación|subito|ora|in tempo|per tempo|já|agora|com antecedência)${E}|お早め|今のうちに|早めに`,
);
const NOT_A_NUDGE = re(
  `${W}(?:no need|don't need|kein\\p{L}{0,2}|nicht nötig|pas besoin|no (?:hace falta|es necesario)|non (?:serve|è necessario)|não (?:precisa|é necessário)|replacement|return\\p{L}{0,3}|refund\\p{L}{0,3}|umtausch|rücksendung|erstattung|remplacement|retour|rembours\\p{L}*|reemplazo|devoluci\\p{L}+|reembols\\p{L}*|sostituzione|reso|rimbors\\p{L}*|substituição|devolução|reembols\\p{L}*)${E}|返品|返金|交換品`,
);

/** marketing over each sentence that advises buying a spare or more of the consumable now or in time. */
export function buyAheads(t: string): Span[] {
  const out: Span[] = [];
  for (const [from, to] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, from, to);
    if (!BUY.test(s) || !SPARE.test(s) || !TIMING.test(s)) continue;
    // (Japanese: the request form carries the advice - 替えのフィルターもお早めにご購入ください)
    const advised = ADVICE.test(s) || /ご購入ください|ご注文ください|お買い求めください|おすすめします/u.test(s);
    if (!advised || NOT_A_NUDGE.test(s) || /\?\s*$/u.test(s)) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:buy-ahead-structure' });
  }
  return out;
}
