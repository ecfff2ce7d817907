// "The new model" named back, with a definite article, after the replacement was told in the sentences before it: "La
// sostituzione è partita con BRT, consegna prevista giovedì. Ci dica poi come si trova con il nuovo modello", "Your replacement left
// today - let us know how the new model works for you", "Der Ersatz ist unterwegs. Sagen Sie uns, wie Sie mit dem neuen Modell
// zurechtkommen". It is the buyer's own replacement (promotion.ts read "nuovo modello" as a novelty), nothing offered.
// Not: "a new model" (indefinite: news of the range), an offer in its sentence ("the new model is 10% off"), no replacement before.
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';
import { OFFER_CUE } from './review-explained';

const re = (source: string): RegExp => accentOptionalRe(compactRegExp(source, 'u'));

/** The novelty phrase with its definite article (the 12 characters before it and the phrase). */
const DEFINITE_NEW = re(
  String.raw`(?<![\p{L}])(?:the new (?:model|version)|(?:das|dem|den) neuen? (?:modell|version)|(?:le|du|au) nouveau modèle|la nouvelle version|(?:el|del|al) (?:nuevo modelo|modelo nuevo)|(?:il|del|al|col|con il) (?:nuovo modello|modello nuovo)|(?:o|do|no|com o) (?:novo modelo|modelo novo))$`,
);
/** A replacement told in the 240 characters before. */
const REPLACEMENT_BEFORE = re(
  String.raw`(?<![\p{L}])(?:replacement|ersatz\p{L}{0,8}|austausch\p{L}{0,4}|remplacement|produit de remplacement|sustituci[óo]n|reemplazo|recambio|sostituzion\p{L}|sostitutiv\p{L}|substitui[çc][ãa]o|troca)(?![\p{L}])|交換品|代替品`,
);
/** `before`: up to 240 characters before the phrase; `sentence`: its sentence. */
export function replacementNamedBack(before: string, phrase: string, sentence: string): boolean {
  return DEFINITE_NEW.test(`${before.slice(-12)}${phrase}`) && REPLACEMENT_BEFORE.test(before.slice(-240)) && !OFFER_CUE.test(sentence);
}
