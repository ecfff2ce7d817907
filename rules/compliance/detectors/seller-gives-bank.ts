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
import type { Span } from './span';

const GIVES = accentOptionalRe(compactRegExp(
  String.raw`(?<![\p{L}])(?:(?:le|ti|vi) (?:passo|passiamo|mando|mandiamo|invio|inviamo|do|diamo|giro|giriamo|comunico|comunichiamo)|(?:le|te|les|os) (?:paso|pasamos|mando|mandamos|envío|enviamos|doy|damos|facilito|facilitamos)|(?:te|lhe|lhes) (?:passo|passamos|mando|mandamos|envio|enviamos|dou|damos)|(?:je|nous|on) vous (?:envoie|envoyons|donne|donnons|transmets|transmettons|communique|communiquons)|(?:ich|wir) (?:schicke|sende|gebe|schicken|senden|geben|nenne|nennen) (?:ihnen|dir|euch)(?: gern| gerne)?|(?:i'll|we'll|i will|we will|i can|we can|let me) (?:send|give|pass|share|text|email) you)\s(?:(?:l'|il |la |el |los |o |os |a |as |le |les |die |den |the |our |my |nuestr[oa]s? |nostr[oa] |noss[oa]s? |notre |nos |unsere? |meine? |mon |ma |mi |mis |meu |meus )){0,2}$`,
  'u',
));

/** Is the bank phrase at `start` in the normalized text handed over by the seller (the 60 characters before it end on the giving)? */
export function sellerGivesBank(t: string, start: number): boolean {
  return GIVES.test(t.slice(Math.max(0, start - 60), start));
}

/** The seller's bank details by name: an IBAN, a RIB, bank details or the account's data, in the seven languages. */
const BANK_DETAILS = accentOptionalRe(compactRegExp(
  String.raw`(?<![\p{L}])(?:iban|rib|bank (?:details|account(?: details)?)|account details|bankverbindung|bankdaten|kontodaten|kontoverbindung|coordonn[ée]es bancaires|relev[ée] d'identit[ée] bancaire|datos bancarios|coordenadas bancarias|n[úu]mero de cuenta|coordinate bancarie|dati bancari|dados banc[áa]rios|dados da conta)(?![\p{L}])`,
  'gu',
));

/** offplatform over each bank-details phrase the seller hands over ("ich schicke Ihnen gerne unsere IBAN", "I'll send you our bank
 *  details", "je vous envoie notre RIB"): the buyer is to pay outside Amazon. Merge review s32: prec32b cleared these phrases'
 *  personal_data (the buyer's data is not asked), which left the hand-over with no finding at all. */
export function sellerBankHandOvers(t: string): Span[] {
  const out: Span[] = [];
  BANK_DETAILS.lastIndex = 0;
  for (let m = BANK_DETAILS.exec(t); m; m = BANK_DETAILS.exec(t)) {
    if (sellerGivesBank(t, m.index)) out.push({ rule: 'offplatform', severity: 'block', start: m.index, end: m.index + m[0].length, entry: 'offplatform:seller-gives-bank' });
  }
  return out;
}
