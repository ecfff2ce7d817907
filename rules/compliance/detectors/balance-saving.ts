// A saving on the balance of the current deal paid through a payment service is the off-Amazon payment, not a promotion: "We can
// knock $10 off if you pay the balance for the custom engraving by Zelle instead", "Si quiere ahorrarse la comisión, puede pagarnos
// la diferencia por Bizum", "pode pagar a diferença por Pix direto para nós, fica mais barato que pela Amazon". The payment is
// offplatform (payment-channel.ts); nothing else is sold, so the saving word ("$10 off", "ahorrarse la comisión", "fica mais
// barato") is no marketing of its own.
// Read per sentence: a payment service, "pay the balance / the difference / the rest" (the object is what is still owed, en de fr
// es it pt), and no purchase beyond it.
// Not: a saving on a later order or another unit ("if you pay us directly by Zelle next time", "a second unit for $20 less via
// Venmo", "la próxima vez ... con Satispay"), a sale on the seller's site ("no nosso site você paga no Pix com 5% de desconto"), a
// price quoted for another item ("te la dejo en 40 € pagando por Bizum").
import { compact } from './compact-letters';
import { sentenceAt } from './sentence';

/** The saving words the lexicons' marketing entries open on: "$10 off", "ahorrarse la comisión", "fica mais barato", "sparen". */
const SAVING = compact(/(?<![\p{L}])(?:off|cheaper|less|save|saving|discount|ahorr\p{L}{0,6}|comisi[óo]n|barat\p{L}{0,3}|econom\p{L}{0,5}|desconto|descuento|günstiger|spar\p{L}{0,3}|rabatt|moins cher|réduction|remise|risparm\p{L}{0,6}|sconto|commission\p{L}{0,1})(?![\p{L}])|\d\s?%/u);
/** A payment service or a bank transfer named. */
const SERVICE = compact(/(?<![\p{L}])(?:zelle|venmo|paypal|bizum|pix|satispay|lydia|twint|mb ?way|cash ?app|revolut|wise|bank ?transfer|überweisung|virement|transferencia|transfer[êe]ncia|bonifico)(?![\p{L}])/u);
/** Paying what is still owed on this deal: the balance, the difference, the rest. */
const BALANCE = compact(/(?<![\p{L}])(?:pay(?:ing)?(?: us| me)? the (?:balance|difference|rest|remainder)|(?:die )?(?:differenz|restbetrag|restsumme)(?: \p{L}{1,12}){0,3} (?:zahlen|bezahlen|überweisen)|(?:zahlen|bezahlen|überweisen) sie (?:\p{L}{1,12} ){0,3}(?:die differenz|den restbetrag)|(?:payer|régler|réglez|payez|nous verser) (?:le solde|la différence|le reste)|pag(?:arnos|ar|ue|ues|a|arme|arnos|ar-nos|ar-me) (?:\p{L}{1,8} ){0,2}(?:la diferencia|el resto|el saldo|la differenza|il saldo|il resto|a diferença|o restante|o saldo))(?![\p{L}])/u);
/** A purchase beyond the deal: a later order, another unit, the seller's site. */
const BEYOND = compact(/(?<![\p{L}])(?:next (?:time|order)|second|another|other|nächste\p{L}{0,2}|zweite\p{L}{0,2}|prochaine?|deuxième|autre|próxim[ao]|segund[ao]|otr[ao]|outr[ao]|prossim[ao]|second[ao]|altr[ao]|site|website|web ?shop|shop|tienda online|loja)(?![\p{L}])/u);

/** Is the marketing span [start, end) of the normalized text a saving on the current deal's balance paid off Amazon? */
export function savingOnBalancePaid(t: string, start: number, end: number): boolean {
  if (!SAVING.test(t.slice(start, end))) return false;
  const [ss, se] = sentenceAt(t, start, end);
  const s = t.slice(ss, se);
  return SERVICE.test(s) && BALANCE.test(s) && !BEYOND.test(s);
}
