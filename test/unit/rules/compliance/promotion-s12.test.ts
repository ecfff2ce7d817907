// detectors/promotion.ts, the kinds added in session 12 (s12-mkt): a nudge to reorder a consumable, a
// benefit on later purchases or for a returning customer, "complete the set with our ...", a liking
// promised for another of the seller's items, the seller's range that "awaits you", gifts, a new brand,
// "customers who picked up ..." - each read from a structure, in every language, with the near-misses
// that share its words (a form to complete, a discount that does not apply, "we hope you'll love it").
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { promotions } from '../../../../rules/compliance/detectors/promotion';
import { normalize } from '../../../../rules/compliance/normalize';

const kinds = (text: string, buyerMessage = '') => promotions(normalize(text).text, buyerMessage).map((s) => s.entry);

describe('promotion kinds (s12)', () => {
  it.each([
    // reorder nudge: a re-purchase verb and a timing nudge
    ['Now is a good time to reorder your descaling tablets.', 'marketing:promotion-reorder'],
    ['Die Kapseln reichen etwa vier Wochen, denken Sie rechtzeitig ans Nachbestellen.', 'marketing:promotion-reorder'],
    ['C\'est le bon moment pour racheter des recharges.', 'marketing:promotion-reorder'],
    ['Es el mejor momento para volver a pedir las bolsitas.', 'marketing:promotion-reorder'],
    ['È il momento giusto per riordinare i filtri.', 'marketing:promotion-reorder'],
    ['Já pode recomprar o refil, não fique sem.', 'marketing:promotion-reorder'],
    ['交換時期が近づいておりますので、お早めのご注文をおすすめします。', 'marketing:promotion-reorder'],
    // later-purchase or loyalty benefit
    ['Loyal customers like you get early access to our winter range.', 'marketing:promotion-loyalty'],
    ['Auf alle künftigen Bestellungen erhalten Sie 5 % Rabatt.', 'marketing:promotion-loyalty'],
    ['Nos clients fidèles profitent de remises exclusives.', 'marketing:promotion-loyalty'],
    ['En tus futuras compras tendrás envío gratis y un 10 % de descuento.', 'marketing:promotion-loyalty'],
    ['Per i clienti affezionati abbiamo prezzi riservati su ogni ordine.', 'marketing:promotion-loyalty'],
    ['今後のお買い物で使える特典をご用意しました。', 'marketing:promotion-loyalty'],
    // complete the set with the seller's range
    ['Complete your bathroom with our bamboo soap dish.', 'marketing:promotion-cross-sell'],
    ['Ergänzen Sie Ihr Geschirr mit unseren Schalen aus der gleichen Serie.', 'marketing:promotion-cross-sell'],
    ['Complétez votre bureau avec notre lampe en chêne.', 'marketing:promotion-cross-sell'],
    ['Completa il tuo letto con i cuscini della stessa collezione.', 'marketing:promotion-cross-sell'],
    ['同じシリーズのカップもそろえていただけます。', 'marketing:promotion-cross-sell'],
    // a liking promised for another item
    ['If you like the mug, you will love our matching teapot.', 'marketing:promotion-invite'],
    ['Si te gusta la manta, te encantará nuestro cojín de la misma línea.', 'marketing:promotion-cross-sell'],
    ['Se ti piace la borraccia, ti piacerà anche il nostro thermos.', 'marketing:promotion-cross-sell'],
    // the range awaits, gifts, a new brand, other buyers' choices
    ['Unser ganzes Sortiment an Gartenmöbeln wartet auf Sie.', 'marketing:promotion-invite'],
    ['Nuestra gama de tés te espera en la tienda.', 'marketing:promotion-invite'],
    ['Our linen napkins make a lovely gift for the holidays.', 'marketing:promotion-novelty'],
    ['I nostri cuscini sono un\'idea regalo perfetta.', 'marketing:promotion-novelty'],
    ['Conheça a nossa nova marca de chás orgânicos.', 'marketing:promotion-invite'],
    ['We are launching Fernwood, our new brand of outdoor cookware.', 'marketing:promotion-novelty'],
    ['Shoppers who picked up this tent often add our footprint mat as well.', 'marketing:promotion-cross-sell'],
    // a sale running now or over a range, a call to buy now, a season's gift
    ['Wir haben gerade eine Aktion auf alle Kissenbezüge.', 'marketing:promotion-novelty'],
    ['En ce moment, nous avons une promo sur les plaids.', 'marketing:promotion-novelty'],
    ['Estamos com uma promoção em todas as canecas.', 'marketing:promotion-novelty'],
    ['Non lasciarti sfuggire i nostri saldi estivi.', 'marketing:promotion-invite'],
    ['Commandez dès maintenant, avant la fin de l\'offre.', 'marketing:promotion-invite'],
    ['Nuestros sets de té son ideales para estas fiestas.', 'marketing:promotion-novelty'],
    // (after the probe) an item suited to the buyer's, a range worth a look, launches to come, free shipping later
    ['Our cedar shoe trees pair nicely with the loafers you picked.', 'marketing:promotion-cross-sell'],
    ['Unsere Leinenservietten sind die ideale Ergänzung zu Ihrer Tischdecke.', 'marketing:promotion-cross-sell'],
    ['Il nostro tagliere si abbina benissimo al coltello che hai scelto.', 'marketing:promotion-cross-sell'],
    ['We carry a whole range of grinder parts - worth checking out.', 'marketing:promotion-invite'],
    ['Vorbestellungen für die neue Kaffeemühle starten am Montag.', 'marketing:promotion-novelty'],
    ['Nous élargissons notre gamme avec des bougies parfumées.', 'marketing:promotion-novelty'],
    ['Estamos a punto de lanzar una edición limitada de nuestras tazas.', 'marketing:promotion-novelty'],
    ['Spedizione gratuita sul tuo prossimo acquisto da noi.', 'marketing:promotion-loyalty'],
  ])('marketing: %s', (text, entry) => {
    expect(kinds(text)).toEqual([entry]);
    expect(checkMessage(text).some((f) => f.rule === 'marketing' && f.severity === 'block')).toBe(true);
  });

  it.each([
    // a form to complete, a gift the buyer's own order is, hopes for the bought item
    'Please complete the return form with your order number.',
    'Complete the form with the serial number and we will send a new one.',
    'Your order will make a lovely gift; we wrapped it in plain paper as you asked.',
    'If it is a gift, we can leave the invoice out of the parcel.',
    'We hope you will love it!',
    'Vous allez recevoir votre colis demain.',
    'Wir hoffen, dass Ihnen die Lampe gefällt.',
    // a benefit that does not apply, a returning customer told where things are
    'The discount does not apply to future orders.',
    'As a returning customer you can find your previous orders under Your Orders.',
    'Como cliente habitual ya conoce nuestra política de devoluciones.',
    // a timing word with service, a consumable's interval without an order
    'Running low on battery? Charge it for two hours with the included cable.',
    'Your replacement filter is on its way; it is time to change the old one.',
    'Il filtro va cambiato ogni tre mesi, come indicato nel manuale.',
    'フィルターの交換時期は約2か月です。',
    // the parcel awaits the buyer, not the range
    'Your parcel is waiting for you at the pickup point.',
    'Votre colis vous attend au point relais.',
    // a sale told as over or refused, or on the buyer's own order; a refused purchase now
    'The spring sale ended on Sunday, so that price is gone.',
    'Die Aktion ist leider abgelaufen.',
    'La promoción se aplicó a su pedido, por eso pagó menos.',
    'Please do not buy now: the replacement is already on its way.',
    'Seu cupom de primeira compra já foi usado nesse pedido.',
    'Tu compra ya está en camino.',
    // compatibility, a listing updated after questions
    'Der Deckel passt zu Ihrem Topf mit 24 cm Durchmesser.',
    'Our lid fits the 24 cm pan you bought.',
  ])('no marketing: %s', (text) => {
    expect(kinds(text)).toEqual([]);
    expect(checkMessage(text).some((f) => f.rule === 'marketing')).toBe(false);
  });

  it('a benefit denied is no promotion (the lexicon reads the discount word itself)', () => {
    expect(kinds('Der Rabatt gilt leider nicht für künftige Bestellungen.')).toEqual([]);
    expect(kinds('I clienti affezionati non hanno sconti riservati, ci dispiace.')).toEqual([]);
  });

  it('an answer to the buyer\'s own question about reordering is service', () => {
    expect(kinds('Yes, now is a good time to reorder: the new batch of pods arrived today.', 'Can I reorder the pods yet?')).toEqual([]);
  });
});
