// The buyer's own model named back (s31 prec31b): the buyer wrote "the charger doesn't fit my 2019 model", "mein Modell von 2019",
// "mon modèle 2019", "mi modelo de 2019", "il mio modello 2019", "meu modelo 2019", 「私の2019年モデル」, and the reply names that
// model to compare it with the one bought ("The 2019 model uses the 18 V plug, yours is the 20 V one"). marketing-answers.ts
// answersModelAsk reads the same naming after a question; a statement of what the buyer owns is as much the buyer's model.
// Not (each keeps its finding): a model the buyer did not name as theirs ("I saw the 2024 model" is no ownership), a pitch or a new
// offer in the reply's sentence (answersModelAsk's PITCH_IN_ANSWER, NEW_OFFER_NOW: "the 2019 model is on sale - upgrade now").
import { answersModelAsk } from './marketing-answers';

/** A possessive of the buyer's before a model word within a few words: "my 2019 model", "mein altes Modell", "mon modèle". The
 *  buyer's message is read in the seller's voice (check.ts buyerTextOf: "my" becomes "our"), so the first person plural is theirs too. */
const OWN_MODEL = /(?<![\p{L}])(?:my|mine|our|mein\p{L}{0,2}|unser\p{L}{0,2}|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|il mio|la mia|mio|mia|il nostro|la nostra|nostr[oa]|meu|minha|noss[oa])\s(?:[\p{L}\p{N}-]{1,12}\s){0,2}?(?:model|modell|modèle|modelo|modello|version|versión|versione|versão)(?![\p{L}])|私の[^。！？\n]{0,12}(?:モデル|型)/u;

/** Does the marketing `phrase` (normalized) name the model the buyer's message (normalized) calls their own, nothing pitched? */
export function namesBuyersOwnModel(phrase: string, sentence: string, buyerText: string): boolean {
  return buyerText !== '' && OWN_MODEL.test(buyerText) && answersModelAsk(phrase, sentence, buyerText);
}
