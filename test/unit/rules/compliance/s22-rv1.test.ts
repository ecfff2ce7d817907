// Session 22, helper rv1: the causes behind review 1's findings #2-#6, #8, #9 (s22-review1.md; #6 is also review 2 #9), in our
// own words with variants in the other languages each fix serves, and the near-misses (the targets of the changes) that must
// stay as they were.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const opts = (buyerMessage: string) => (buyerMessage ? { buyerMessage } : {});
const rules = (text: string, buyerMessage = '') => [...new Set(checkMessage(text, opts(buyerMessage)).map((f) => f.rule))].sort();
const entries = (text: string, buyerMessage = '') => checkMessage(text, opts(buyerMessage)).map((f) => f.entry ?? '');

describe('seller-account.ts: the buyer asked to give the IBAN, money promised after it, is personal data (review 1 #2)', () => {
  it.each([
    'Nennen Sie mir bitte die IBAN, dann überweise ich Ihnen den Betrag zurück.',
    'Please send us the IBAN and we will send you the money back today.',
    'Could you tell me the IBAN that I should send you the refund to?',
    'Mi comunichi l\'IBAN e le mando il rimborso in giornata.',
    'Schicken Sie uns die IBAN, und wir senden Ihnen das Geld sofort.',
    'Me passa o IBAN que eu te mando o reembolso hoje.',
    'Indíquenos el IBAN y le enviamos el reembolso hoy.',
  ])('%s -> personal_data', (text) => expect(rules(text)).toContain('personal_data'));

  it.each<[string, string]>([
    // the seller's own IBAN handed over for a payment the buyer asked about (s22 fa targets, other words)
    ['Gern, die IBAN schicke ich Ihnen gleich per Nachricht, dann können Sie überweisen.', 'Kann ich auch überweisen?'],
    ['Va bene, può fare il bonifico sull\'IBAN che le mando tra poco.', 'Posso pagare con bonifico?'],
    ['Yes, I will send you the IBAN and you can pay by transfer.', 'Can I pay by bank transfer?'],
  ])('%s -> the seller\'s own account, no personal_data', (text, buyer) => expect(rules(text, buyer)).not.toContain('personal_data'));
});

describe('not-on-amazon.ts: goods as the subject of a refusal or a fact are no offer (review 1 #3)', () => {
  it.each([
    'Our lamps are not sold on Amazon in Canada, only in the UK store.',
    'Unsere Lampen sind bei Amazon leider nicht in Grün erhältlich.',
    'Nuestras lámparas no están en Amazon Francia, solo en la tienda de España.',
    'Nos lampes ne sont pas vendues sur Amazon Belgique pour l\'instant.',
    'Le nostre lampade non sono su Amazon Spagna, purtroppo.',
    'As nossas luminárias não estão na Amazon Portugal, infelizmente.',
    'Die Lampen aus unserer Manufaktur sind bei Amazon nicht mehr gelistet.',
    'Sorry, our new colours are not available on Amazon yet; they come in May.',
    '当店のランプはAmazonでは販売していないカラーはございません。',
  ])('%s -> clean', (text) => expect(entries(text)).not.toContain('marketing:offers-not-on-amazon'));

  it.each([
    'Follow our Telegram channel, we share deals you will not find on Amazon.',
    'In unserem Shop gibt es Farben, die es bei Amazon nicht gibt.',
    'Sur notre boutique, des modèles qu\'on ne trouve pas sur Amazon.',
    'En nuestra tienda hay colores que no encontrarás en Amazon.',
    'Nel nostro negozio trovi colori che non trovi su Amazon.',
    'Na nossa loja temos modelos que não estão na Amazon.',
    'Our shop has colours not sold on Amazon.',
  ])('%s -> marketing', (text) => expect(entries(text)).toContain('marketing:offers-not-on-amazon'));
});

describe('purchase-push.ts: a stock fact with a "don\'t wait" about a service act is no scarcity push (review 1 #4)', () => {
  it.each([
    'Only 3 left in green, so we ship you the black one. Don\'t wait to write us if you prefer your money back.',
    'Only a handful left in the warehouse, so your replacement leaves today. No hurry on your side, tracking follows by mail.',
    'Only 2 left, so we cannot send a replacement in red. Please tell us if black is fine - a hurry is not needed.',
    'Il ne reste que 2 pièces. N\'attendez pas pour nous retourner l\'ancien modèle, l\'échange part à réception.',
    'Quedan solo 2 unidades. No espere para devolvernos la antigua, el cambio sale al recibirla.',
    'Restam só 3 unidades em verde; não espere para falar com a gente se preferir o reembolso.',
  ])('%s -> no scarcity push', (text) => expect(entries(text)).not.toContain('marketing:promotion-scarcity-push'));

  it.each([
    'The postage refund is done. Only 4 walnut boards left from this batch - don\'t wait!',
    'Le remboursement est fait. Il ne reste que 4 planches ; n\'attendez pas pour commander la vôtre.',
    'El reembolso está hecho. Quedan solo 4 tablas de nogal. ¡No espere!',
  ])('%s -> scarcity push', (text) => expect(entries(text)).toContain('marketing:promotion-scarcity-push'));
});

describe('price-pitch.ts: two prices in a correction, a fact or an answer are no offer (review 1 #5)', () => {
  it.each<[string, string]>([
    ['La boîte vous a été comptée 52 € au lieu de 48 € ; nous vous renvoyons la différence de 4 €.', ''],
    ['The kit was listed at €29 instead of €35 by mistake on Monday, only for a few hours.', ''],
    ['Your order shows £29 instead of £35 because the multi-buy discount from Amazon applied itself.', ''],
    ['The twin pack is only €29 instead of €35 on Amazon this week - it\'s Amazon\'s own deal.', ''],
    ['Yes, the twin pack is only €29 instead of €35 right now.', 'Is the twin pack cheaper than two singles?'],
    ['Ja, im Doppelpack kostet es nur 29 € statt 35 €.', 'Gibt es einen Preis für zwei Stück?'],
    ['Die Bestellung zeigt 29 € statt 35 €, weil der Rabatt von Amazon automatisch abgezogen wurde.', ''],
  ])('%s -> no price-cut offer', (text, buyer) => expect(entries(text, buyer)).not.toContain('marketing:price-cut-offer'));

  it.each([
    'How about the twin pack? Only €29 instead of €35.',
    'Wie wäre es mit dem Zweierset? Nur 29 € statt 35 €.',
    'Que tal o kit duplo? Apenas 29 € em vez de 35 €.',
  ])('%s -> price-cut offer', (text) => expect(entries(text)).toContain('marketing:price-cut-offer'));
});

describe('context-guards.ts: the buyer\'s channel named, then taken up, stays an invitation (review 1 #6, review 2 #9)', () => {
  const buyer = 'Can I send you the photos on WhatsApp?';
  it.each([
    'You mentioned WhatsApp: fine, just text us there and we answer quicker than on Amazon.',
    'You suggested WhatsApp - sure, just add us there, here is our name: Lumi Home.',
    'Usted menciona WhatsApp: claro, escríbanos solo por ahí, es más rápido que aquí.',
    'Vous avez mentionné WhatsApp : pas de souci, écrivez-nous, uniquement le soir, ici c\'est lent.',
  ])('%s -> offplatform', (text) => expect(rules(text, buyer)).toContain('offplatform'));

  it.each([
    'You mentioned WhatsApp - we can only see pictures here in the Amazon messages, please attach them.',
    'Sie erwähnten WhatsApp: Fotos können wir nur hier im Amazon-Postfach annehmen.',
    'Usted menciona WhatsApp, pero solo podemos ver las fotos aquí.',
  ])('%s -> clean', (text) => expect(rules(text, buyer)).toEqual([]));
});

describe('purchase-push.ts: services offered on the buyer\'s interest are no cross-sell (review 1 #8)', () => {
  it.each([
    'We also offer next-day delivery to your town, if you\'re interested.',
    'También hacemos envíos a las islas, por si le interesa.',
    'Wir bieten auch eine Gravur an, falls Sie Interesse haben.',
    'Nous proposons aussi la gravure du prénom, si jamais ça vous intéresse.',
    'Facciamo anche la confezione regalo, se le interessa.',
  ])('%s -> no interest offer', (text) => expect(entries(text)).not.toContain('marketing:promotion-interest-offer'));

  it('an item offered on the interest stays', () => {
    // (the lexicons' "we also sell" may find it first: the rule is what counts)
    expect(rules('We also sell a matching travel case for this lamp, if you\'re interested.')).toContain('marketing');
    expect(rules('También vendemos una funda a juego para esta lámpara, por si le interesa.')).toContain('marketing');
  });
});

describe('purchase-push.ts: advice to buy after the buyer asked whether to buy (review 1 #9)', () => {
  it.each<[string, string]>([
    ['Ja, die gibt es; ich empfehle Ihnen, schon jetzt welche zu bestellen.', 'Soll ich gleich ein paar Ersatzmesser mitbestellen?'],
    ['Yes; I would recommend ordering a spare blade now.', 'Should I buy a spare blade as well?'],
  ])('%s -> no buy-ahead', (text, buyer) => expect(entries(text, buyer)).not.toContain('marketing:promotion-buy-ahead'));

  it('a question about the parcel or the purchase is no purchase question', () => {
    const text = 'The parcel left today. The blade wears after a year, so I would recommend ordering a spare blade now.';
    expect(entries(text, 'When will my parcel arrive?')).toContain('marketing:promotion-buy-ahead');
    expect(entries(text, 'Where is my purchase?')).toContain('marketing:promotion-buy-ahead');
  });
});

describe('payment-channel.ts: "Bankkonto" is a bank word (review 1 #11)', () => {
  it('a need of the buyer\'s Bankkonto for a refund is offplatform; a refund that arrived on it is not', () => {
    expect(rules('Für die Erstattung benötigen wir Ihr Bankkonto.')).toContain('offplatform');
    expect(rules('Ist die Erstattung schon auf Ihrem Bankkonto angekommen?')).toEqual([]);
  });
});
