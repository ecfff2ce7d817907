// The seller handing over its own bank details is no ask for the buyer's: "Mi scriva in direct che le passo l'IBAN", "te paso el
// IBAN", "je vous envoie notre RIB", "ich schicke Ihnen unsere IBAN", "I'll send you our bank details", "te passo os dados da
// conta". The payment outside Amazon stays offplatform (the lexicons' and payment-channel.ts'); personal_data is for the buyer's
// data, and the bank entries match the words whoever owns them.
// Read: a first-person giving verb with the buyer as its recipient (le passo, ti mando, te envío, je vous envoie, ich schicke Ihnen,
// I'll send you, te passo) and at most a determiner or "our" between it and the bank word.
// Not: the buyer asked ("mi passi il suo IBAN", "send us your bank details"), the buyer's details named ("le passo il modulo per il
// suo IBAN": a possessive of the buyer's after the verb).
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

const GIVES = accentOptionalRe(compactRegExp(
  String.raw`(?<![\p{L}])(?:(?:le|ti|vi) (?:passo|passiamo|mando|mandiamo|invio|inviamo|do|diamo|giro|giriamo|comunico|comunichiamo)|(?:le|te|les|os) (?:paso|pasamos|mando|mandamos|envío|enviamos|doy|damos|facilito|facilitamos)|(?:te|lhe|lhes) (?:passo|passamos|mando|mandamos|envio|enviamos|dou|damos)|(?:je|nous|on) vous (?:envoie|envoyons|donne|donnons|transmets|transmettons|communique|communiquons)|(?:ich|wir) (?:schicke|sende|gebe|schicken|senden|geben|nenne|nennen) (?:ihnen|dir|euch)(?: gern| gerne)?|(?:i'll|we'll|i will|we will|i can|we can|let me) (?:send|give|pass|share|text|email) you)\s(?:(?:l'|il |la |el |los |o |os |a |as |le |les |die |den |the |our |my |nuestr[oa]s? |nostr[oa] |noss[oa]s? |notre |nos |unsere? |meine? |mon |ma |mi |mis |meu |meus )){0,2}$`,
  'u',
));

/** Is the bank phrase at `start` in the normalized text handed over by the seller (the 60 characters before it end on the giving)? */
export function sellerGivesBank(t: string, start: number): boolean {
  return GIVES.test(t.slice(Math.max(0, start - 60), start));
}
