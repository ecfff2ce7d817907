// Session 35, helper fb35: misses and false alarms of the fitting batches g1/g3/g4 read by structure, in our own words (not
// the batches' sentences) - each kind with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s35 fb35: a lowercase "at" after a noun phrase is the preposition before a spelled site (links.ts)', () => {
  it.each([
    'Please send the receipt through the form at pinebarrow dot ca/help.',
    'Mail us the pictures using the upload page at quillhouse dot co dot uk.',
    'Write to our returns desk at hollyrow dot ca and we will sort it.',
  ])('%s is a url, not an e-mail', (text) => {
    const r = rules(text);
    expect(r).toContain('url');
    expect(r).not.toContain('email');
  });
  it.each([
    'Send the photos to claims at nordvale dot co please.',
    'Send it to the address anna.b at gmail dot com.',
    'Please email support at hollyrow dot ca.',
  ])('%s stays an e-mail', (text) => expect(rules(text)).toContain('email'));
});

describe('s35 fb35: the coupon the buyer says did not apply, told back with the refund made (harmless-replies.ts)', () => {
  it.each([
    ['Sie haben recht, den Coupon auf der Produktseite muss man vor dem Warenkorb anklicken. Da er nicht gegriffen hat, haben wir Ihnen die 4 € Differenz erstattet.', 'Der Coupon wurde bei mir nicht abgezogen.'],
    ["You're right, the coupon on the listing has to be clipped before checkout. Since it didn't go through, we've refunded the $3 difference.", 'There was a coupon on the page but it never applied'],
    ['El cupón de la página se marca antes de pagar. Como no entró, te hemos reembolsado los 2 € por Amazon.', 'Tenía un cupón y no me lo descontaron'],
  ])('%s stays clean of marketing', (text, buyer) => expect(rules(text, buyer)).not.toContain('marketing'));
  it.each([
    ["You're right, clip the coupon next time before checkout. We've refunded the $3 difference.", 'There was a coupon on the page but it never applied'],
    ['El cupón de la ficha se marca antes de añadir al carrito; lo tiene hasta el domingo.', 'Había un cupón y no se me aplicó'],
    ['Our new coupon on the listing gives 10% this week, clip it before checkout.', 'There was a coupon on the page but it never applied'],
  ])('%s keeps marketing', (text, buyer) => expect(rules(text, buyer)).toContain('marketing'));
});

describe('s35 fb35: a code named by the share it is worth (lexicon percent-code; offsite-invite CODE_WORTH)', () => {
  it.each([
    'There is a 12% loyalty code waiting for you on the card.',
    'Sie bekommen von uns einen 10%-Treuecode.',
    'Voici un code de bienvenue de 10 % pour vous.',
    'Le dejo un código del 15 % para su próximo pedido.',
  ])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    'The lid seals at 90% humidity.',
    'The 10% code was already applied at checkout.',
    'Der Akku ist zu 80 % geladen.',
  ])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
  it('a guide and a code at an address is an invitation there', () =>
    expect(rules('Our repotting guide (plus a 12% loyalty code) is over at mossbank.co.uk/tips - have a look.')).toEqual(['marketing', 'offplatform', 'url']));
  it('a guide alone at an address stays a url', () => expect(rules('The repotting guide is at mossbank.co.uk/guide.')).not.toContain('offplatform'));
});

describe('s35 fb35: a better value at the seller\'s site "than here" (direct-sale.ts, CHEAPER)', () => {
  it.each([
    'En tiendacalma.es tenemos las velas con envío gratis y te sale más a cuenta que por aquí.',
    'Tout le catalogue est sur bougies-lune point fr, avec des prix plus doux qu\'ici.',
    'Su candelaria.it trovi tutte le candele a prezzi più convenienti che qui.',
  ])('%s is offplatform and marketing', (text) => {
    const r = rules(text);
    expect(r).toContain('offplatform');
    expect(r).toContain('marketing');
  });
  it('a carrier site with a clause stop stays a url', () => expect(rules('Track it at ups.com; the bigger box ships cheaper than here.')).not.toContain('offplatform'));
});

describe('s35 fb35: ordering there named beside a manual (offsite-invite BUY_THERE)', () => {
  it('the Spanish clitic infinitive', () => expect(rules('Las instrucciones y las piezas están en mueblesrio.es/ayuda, y allí puede pedirlas también.')).toContain('offplatform'));
  it('the order the buyer placed is no purchase there', () => expect(rules('Las instrucciones están en mueblesrio.es/ayuda; su pedido sale mañana.')).not.toContain('offplatform'));
});

describe('s35 fb35: the buyer\'s contact asked for offers or news is marketing too (contact-ask.ts PROMO_PURPOSE, BUYER_AFTER)', () => {
  it.each([
    'Damit wir Sie über neue Aktionen informieren können, nennen Sie uns bitte Ihre E-Mail-Adresse.',
    'Pour nos offres et nouveautés, pouvez-vous nous indiquer votre e-mail ?',
    '¿Nos deja su correo para enviarle novedades y promociones?',
    "We're starting a small list for early access - what's the best email to sign you up with?",
  ])('%s is marketing, offplatform and personal_data', (text) => expect(rules(text)).toEqual(['marketing', 'offplatform', 'personal_data']));
  it.each([
    "What's the best email to send you the invoice to?",
    'Bitte schicken Sie uns Ihre Handynummer, damit der Spediteur Sie erreicht.',
  ])('%s is no marketing', (text) => expect(rules(text)).not.toContain('marketing'));
  it('a buyer named after the noun by the seller\'s purpose is the buyer\'s e-mail', () =>
    expect(rules("What's the best email to add you on?")).toEqual(['offplatform', 'personal_data']));
});

describe('s35 fb35: a share off said as お値引き, a discount on the next order (ja percent-nebiki-next-order)', () => {
  it.each(['ご購入いただいた方には、次回ご注文時に5%お値引きいたします。', '次回のお買い物の際に300円引きでご案内しております。'])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each(['次回ご注文時は配送先をご確認ください。', '10%お値引きはご注文時にすでに適用されております。'])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe('s35 fb35: other items the seller also makes, pitched with the order (it also-make-together, ja same-maker-item)', () => {
  it.each([
    'Con la stessa pelle facciamo anche la cintura e il portachiavi, insieme stanno benissimo.',
    '同じ工房の小皿もございますので、ぜひ。',
    'カップとセットでお使いいただくと、より映えます。',
  ])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each(['Abbiamo anche verificato il tracciamento insieme al corriere.', '同じシリーズの部品をお送りいたします。'])('%s stays clean of marketing', (text) =>
    expect(rules(text)).not.toContain('marketing'));
});
