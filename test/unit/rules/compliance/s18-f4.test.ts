// Marketing errors of the s18 blind batches f and g, fixed by their cause and written here in other words (and in the
// other languages each rule serves) - with the near-misses the same rules must keep clean, or keep flagging.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const marketing = (text: string, options?: CheckOptions) => rules(text, options).includes('marketing');

describe('the buyer asked to buy more and the reply points to the item on Amazon', () => {
  it.each([
    ['Can I send you the money for two more cartridges by bank transfer?', "Sorry, we can only sell through Amazon. The pack of 2 cartridges is in our storefront - search the code CT-9 on Amazon and it comes up."],
    ['Je peux vous régler directement 3 recharges ?', "Désolés, tout achat doit passer par Amazon. Le lot de 3 recharges s'affiche si vous recherchez la référence RC-4 sur Amazon."],
    ['¿Te pago por transferencia tres filtros más?', 'Lo sentimos, solo vendemos en Amazon. El pack de 3 filtros lo encuentras buscando la referencia FX-2 en Amazon.'],
    ['Posso pagarti con bonifico altre due spazzole?', 'Purtroppo vendiamo solo su Amazon. La confezione da 2 spazzole la trovi cercando il codice SP-7 su Amazon.'],
    ['Vendez-vous le joint de rechange pour cette cafetière ?', 'Oui, le joint de rechange (réf. JT-3) est vendu sur Amazon par lot de 2 et il va avec votre modèle.'],
    ['Avete anche i filtri di ricambio per questa caraffa?', 'Sì, i filtri di ricambio (cod. FC-1) sono in vendita qui su Amazon e vanno bene per il suo modello.'],
  ])('%s', (buyerMessage, text) => {
    expect(marketing(text, { buyerMessage })).toBe(false);
  });

  it('still flags the pack pitched without such an ask, or something new beside it', () => {
    expect(marketing('Le lot de 3 recharges est disponible à petit prix.')).toBe(true);
    expect(marketing('Take a look at our storefront for the pack of 2 cartridges.')).toBe(true);
    // (an ask to buy does not clear a new range pitched on Amazon)
    expect(marketing('The refill is listed on Amazon. Also take a look at our storefront on Amazon for our new diffusers.', { buyerMessage: 'Can I buy a refill?' })).toBe(true);
    expect(marketing('La confezione da 4 filtri conviene di più.', { buyerMessage: 'Posso comprare altri filtri?' })).toBe(true);
    // (nor a code or a discount told with it)
    expect(marketing('Search the 4-pack on Amazon and use code FILTER10 for 10 % off.', { buyerMessage: 'Can I pay you directly for 4 more filters?' })).toBe(true);
    expect(marketing('Le lot de 4 est sur Amazon, avec le code LOT15 vous avez 15 % de remise.', { buyerMessage: 'Je peux acheter 4 filtres ?' })).toBe(true);
  });
});

describe('a reference code\'s abbreviation does not cut the answer from its "yes"', () => {
  it.each([
    ['Vendez-vous aussi le couvercle ?', 'Oui, le couvercle (réf. CV-22) est en vente sur Amazon et il va avec votre casserole.'],
    ['Avete anche il coperchio?', 'Sì, il coperchio (cod. CP-4) è in vendita su Amazon e si adatta alla sua pentola.'],
  ])('%s', (buyerMessage, text) => {
    expect(marketing(text, { buyerMessage })).toBe(false);
  });
});

describe('"the only one we offer" offers nothing else', () => {
  it.each([
    'Sorry the hose felt short; the 1.5 m hose is the only one we offer for that vacuum at the moment.',
    'Désolés pour le câble : la longueur de 1 m est la seule que nous proposons pour ce modèle.',
  ])('%s', (text) => {
    expect(marketing(text)).toBe(false);
  });

  it('still flags another size offered', () => {
    expect(marketing('We also offer the 2 m version for that model.')).toBe(true);
  });
});

describe('more units for a discount', () => {
  it.each([
    'If you take 6 mugs instead of 4, we knock 15 € off the set.',
    'Si vous achetez les 3 lampes au lieu d\'une, on vous fait une remise de 20 €.',
    'Si te llevas 4 sillas en vez de 2, te hacemos un descuento de 25 €.',
    'Se ne prendi 3 invece di 1, ti facciamo uno sconto del 10 %.',
    'Se você levar 4 potes em vez de 2, damos um desconto de 10 %.',
    'Wenn Sie 4 Stühle nehmen statt 2, gibt es 30 € Rabatt.',
  ])('%s', (text) => {
    expect(marketing(text)).toBe(true);
  });

  it.each([
    'If you take 2 tablets a day, the pack lasts a month.',
    "Si vous prenez 2 mesures de café, l'arôme est plus doux.",
    'Se prendi 2 cuscini, tieni conto che arrivano in due pacchi.',
  ])('no discount, no pitch: %s', (text) => {
    expect(marketing(text)).toBe(false);
  });
});

describe('a launch or special price held for the buyer', () => {
  it.each([
    "When it's time to change the cartridge, write to us here and we'll hold the 3-pack at the launch price for you.",
    'Quand ce sera le moment, écrivez-nous et nous vous réservons le lot de 3 au prix de lancement.',
    'Cuando llegue el momento, escríbanos y le reservamos el pack de 4 al precio de lanzamiento.',
    'Quando sarà ora di cambiarla, ci scriva e le teniamo la confezione da 3 al prezzo speciale.',
  ])('%s', (text) => {
    expect(marketing(text)).toBe(true);
  });

  it.each([
    'The launch price ended last month; your order was charged the normal price.',
    'Your set was charged at the launch price, as the invoice shows.',
    'Il kit è stato pagato al prezzo di lancio, come da fattura.',
  ])('a price fact is no pitch: %s', (text) => {
    expect(marketing(text)).toBe(false);
  });
});

describe('new pieces posted or reserved', () => {
  it.each([
    'En nuestra cuenta subimos cada semana productos nuevos que se pueden reservar antes de que lleguen a la tienda.',
    'Ogni settimana pubblichiamo pezzi nuovi e si possono prenotare prima che arrivino su Amazon.',
    'Toda semana postamos peças novas e dá para reservar antes de chegarem à Amazon.',
    'Chaque semaine nous publions de nouvelles pièces à réserver avant leur arrivée sur Amazon.',
  ])('%s', (text) => {
    expect(marketing(text)).toBe(true);
  });

  it.each([
    'Hemos pedido piezas nuevas al proveedor para reparar su lámpara.',
    'Abbiamo ordinato pezzi nuovi per la riparazione: arriveranno venerdì.',
  ])('parts for a repair: %s', (text) => {
    expect(marketing(text)).toBe(false);
  });
});

describe('a dearer model for the difference', () => {
  it.each([
    'If you fancy moving up to the Pro model (50 min battery), you would only pay the difference of 25 € and we swap it today.',
    'Si vous voulez passer au modèle Max, vous n\'auriez qu\'à payer la différence, 15 €.',
    'Se vuole passare al modello Plus basta pagare la differenza, 20 €, e glielo cambiamo subito.',
    'Se quiser passar para o modelo Pro, é só pagar a diferença de 30 €.',
  ])('%s', (text) => {
    expect(marketing(text)).toBe(true);
  });

  it.each([
    'The Pro model price dropped, so we refunded the difference to your card.',
    // (an agreed exchange's payment step, not a pitch)
    'Please pay the difference through the Amazon order and we will send the bigger size tomorrow.',
    'Para abonar la diferencia del modelo grande, hágalo desde su pedido de Amazon.',
  ])('no upsell: %s', (text) => {
    expect(marketing(text)).toBe(false);
  });
});

describe('a new size or format released', () => {
  it.each([
    'PS: nous venons de sortir le même savon en format 250 g, parfait si vous aimez ce parfum !',
    'PD: acabamos de lanzar la misma vela en formato 500 g.',
  ])('%s', (text) => {
    expect(marketing(text)).toBe(true);
  });

  it('the format of the buyer\'s own order stays clean', () => {
    expect(marketing('Votre commande au format 400 g a été expédiée ce matin.')).toBe(false);
  });
});

describe('joining the seller\'s club, asked politely', () => {
  it.each([
    'Entri nel nostro Club Fenice: sconti riservati ai soci.',
    'Entrez dans notre club fidélité : remises réservées aux membres.',
  ])('%s', (text) => {
    expect(marketing(text)).toBe(true);
  });
});

describe('ordering directly from the seller for a perk other than the price', () => {
  it.each([
    'Next time order directly from us at lampwick.shop: no fees and free delivery.',
    'Pour la prochaine fois, commandez directement chez nous sur boisdoux.fr : livraison offerte.',
    'La prossima volta ordini direttamente da noi su cartoleria.online: spedizione gratuita.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

  it('a refusal or Amazon\'s own free delivery stays clean of marketing', () => {
    expect(marketing('We cannot sell directly to you with free delivery, sorry - please order on Amazon.')).toBe(false);
    expect(marketing('Amazon gives you free delivery on this order.')).toBe(false);
  });
});
