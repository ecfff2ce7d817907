// A sale price set against a dearer one, offered to the buyer: "wie wärs mit dem 3er-Set? Das kostet im Paket nur 39 € statt
// 45 €", "le lot de trois, seulement 39 € au lieu de 45 €", "il set da tre a soli 39 € invece di 45 €", "the 3-pack for just
// $39 instead of $45". README: bundle deals and discounts are marketing; the lexicons know "% off" and coupons, not a price cut
// told as two amounts.
// Not: what the buyer was charged, paid, is refunded or the order shows ("Ihnen wurden 45 € statt 39 € berechnet, wir erstatten die
// Differenz", "your order shows £39 instead of £45"), a price listed by mistake, a past price, a price Amazon's own deal gives, nor an
// answer to the buyer's own question about the price (s22 review 1 #5).
// why: s22 blind k de-022 - a bundle pitched with "nur 39 € statt 45 €", no promotion word
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { gatedTest } from './literal-gate';
import { compact, compactRegExp } from './compact-letters';

const AMOUNT = String.raw`(?:[$€£\x80]\s?\d{1,5}(?:[.,]\d{1,2})?|\d{1,5}(?:[.,]\d{1,2})?\s?(?:[$€£\x80]|euros?|eur|chf|fr\.|r\$))`;
/** Two amounts, the lower offered "instead of" the higher one, in the seven languages' words. */
// (s36 fb36: a unit price between - "nur 7,90 € pro Rolle statt 9,90 €", "$4 per roll instead of $5", "6 € l'unité au lieu de 8 €", "a
// 3 € cada uno en lugar de 4 €": the unit the price counts is no break between the two amounts; s36-g3 de-014)
const PER_UNIT = String.raw`(?:\s(?:pro|per|par|por|je|each|cada|ciascun[oa]|l'unité|la pièce|pièce|stück|st\.|unit|unità|unidad|unidade)(?:\s(?!statt|instead|au lieu|invece|en lugar|en vez|em vez|em lugar|anstatt|rather)[\p{L}]{2,14})?)?`;
const PRICE_CUT = compactRegExp(
  `${AMOUNT}${PER_UNIT}\\s(?:statt|anstatt|anstelle von|instead of|rather than|not|au lieu de|à la place de|invece di|anziché|al posto di|en lugar de|en vez de|em vez de|em lugar de|ao invés de)\\s${AMOUNT}`,
  'u',
);
/** An offer around it: "only" before the price, or a pitch question ("what about", "wie wär's mit", "pourquoi pas", "che ne dici",
 *  "¿qué tal", "que tal"). A product noun ("set", "lot", "pack") is no offer: "the set was listed at 39 € instead of 45 €" tells a
 *  fact (s22 review 1 #5). */
const OFFER = compact(
  /(?<![\p{L}])(?:nur|lediglich|bloß|only|just|seulement|juste|solo|soli|sole|soltanto|solamente|sólo|apenas|wie wär\p{L}{0,2}|wie wäre|how about|what about|pourquoi pas|que diriez|che ne dic\p{L}{1,2}|qu[ée] tal)(?![\p{L}])/u,
);
/** (s31 prec31b: a discount told applied in the past tense, "se aplicó", "was applied", "wurde abgezogen", and the amount told as it
 *  was - "el importe fue de 18,90 € en lugar de 21 €": the buyer's charge explained; "con el cupón aplicado, solo 39 € en lugar de
 *  45 €" has no past and stays an offer) */
/** The order's own money: a charge, a payment, a refund, a difference, an invoice, the order or its listing shown, a mistake, a
 *  past price ("costava"). Not "for your next order": the buyer's own order, named as such. */
const ORDER_MONEY = compact(
  /(?<![\p{L}])(?:(?:your|ihre?r?|votre|su|suo|sua|seu|tu|tua|ton|ta|deine?r?) (?:order|bestellung|commande|pedido|ordine|encomenda|compra|achat|kauf)|shows|showed|listed|zeigt|gelistet|angezeigt|affich\p{L}{1,3}|compt[ée]e?s?|mostra\p{L}{0,2}|by mistake|in error|irrtümlich|versehentlich|fälschlich\p{L}{0,2}|par erreur|por error|por equivocaci[óo]n|per errore|por engano|costait|costaba|costava|custava|renvoy\p{L}{0,4}|devolv\p{L}{0,4}|restitu\p{L}{0,4}|berechnet|bezahlt|gezahlt|abgebucht|erstatt\p{L}{0,4}|differenz|rechnung|charged|paid|billed|refund\p{L}{0,3}|difference|invoice|factur\p{L}{0,3}|pay[ée]e?s?|débité\p{L}?|rembours\p{L}{0,5}|différence|addebitat\p{L}|pagat\p{L}|rimbors\p{L}{0,5}|differenza|fattura|cobrad\p{L}|pagad\p{L}|pagó|reembols\p{L}{0,5}|diferen[cç]a|fatura|pag(?:ou|amos)|se aplic[óo]|(?:was|were|got) (?:applied|deducted|taken off)|wurde\p{L}{0,2} (?:\p{L}+ ){0,4}?(?:angewendet|abgezogen|verrechnet)|(?:a|ont) été (?:appliqu|dédui)\p{L}{1,3}|(?:fue|fueron) (?:aplicad|descontad)\p{L}{1,2}|(?:è|sono) stat[oiae] (?:applicat|scontat|detratt)\p{L}|(?:foi|foram) (?:aplicad|descontad)\p{L}{1,2}|(?:importe|amount|betrag|montant|importo|valor|total|summe) (?:\p{L}+ ){0,2}?(?:fue|was|war|était|a été|era|è stato|foi))(?![\p{L}])/u,
);

const MAX_SENTENCE = 400;

/** Amazon as the one whose deal it is: "that's Amazon's own deal", "the bundle discount from Amazon", "Amazon-Angebot", "offre
 *  Amazon", "oferta de Amazon", "offerta Amazon", "promoção da Amazon" - the seller offers nothing. */
const AMAZON_DEAL = compact(
  /amazon(?:'s|s)(?: own)? (?:deal|offer|discount|sale|price|promotion)|amazon own (?:deal|offer|discount|sale|promotion)|(?:deal|offer|discount|sale|promotion|angebot|rabatt|aktion|offre|remise|promo|oferta|descuento|offerta|sconto|promoção|desconto)s? (?:from|by|of|von|de|da|di|del|d')\s?amazon|amazon-?(?:angebot|aktion|rabatt|deal)|(?:offre|promo|remise|oferta|offerta|promoção|promozione) amazon/u,
);
/** The buyer asked about a price, a bundle or a saving: the sentence answers ("Is there a bundle price?" -> "yes, the set is only ..."). */
const PRICE_ASKED = compact(
  /(?:price|cost|cheaper|discount|bundle|deal|how much|preis|kostet|günstiger|rabatt|prix|coûte|moins cher|remise|precio|cuesta|más barato|descuento|prezzo|costa|meno caro|sconto|preço|custa|mais barato|desconto|値段|価格|安く|割引)[^?？]{0,80}[?？]/u,
);

/** marketing spans over sentences that offer a price cut (normalized copy). */
export function pricePitches(t: string, buyerMessage = ''): Span[] {
  if (!gatedTest(PRICE_CUT, t)) return [];
  const out: Span[] = [];
  const sentences = sentenceSpans(t, MAX_SENTENCE);
  for (let i = 0; i < sentences.length; i++) {
    const [from, to] = sentences[i]!;
    const s = sliceOf(t, from, to);
    if (!PRICE_CUT.test(s)) continue;
    // (the pitch question may stand in the sentence before: "wie wärs mit dem 3er-Set? Das kostet im Paket nur 39 € statt 45 €")
    const prev = i > 0 ? sliceOf(t, sentences[i - 1]![0], sentences[i - 1]![1]) : '';
    if (!OFFER.test(s) && !OFFER.test(prev)) continue;
    if (ORDER_MONEY.test(s) || AMAZON_DEAL.test(s)) continue;
    // (an answer to the buyer's own price question, not an unasked pitch)
    if (PRICE_ASKED.test(buyerMessage.toLowerCase())) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:price-cut-offer' });
  }
  return out;
}
