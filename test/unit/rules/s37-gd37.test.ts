// Session 37, helper gd37: marketing misses and false alarms in service replies (fitted batches s37-h2/h3/h4/h6), in our own words
// (not the batches' sentences) - each change with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, buyerMessage ? { buyerMessage } : {}).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('gd37: a star word in a product name beside a return on the order page is no rating asked (order-page-rating.ts)', () => {
  it.each([
    'Den Akkuschrauber (Power Star 18) können Sie über Meine Bestellungen zurücksenden, das Etikett ist gratis.',
    'You can return the Star Lite desk lamp through Your Orders, the label is free.',
  ])('clear: %s', (text) => expect(rules(text)).not.toContain('review_request'));
  it.each([
    'Sie können es über Meine Bestellungen zurücksenden, und bitte geben Sie uns dort eine Bewertung.',
    'Would you rate us with five stars on your order page?',
  ])('flags: %s', (text) => expect(rules(text)).toContain('review_request'));
});

describe('gd37: a German fronted refusal with the channel between (check.ts GERMAN_FRONTED_REFUSAL)', () => {
  it.each([
    'Rabattcodes schicken wir per Post leider nicht, Aktionen sehen Sie direkt auf der Produktseite.',
    'Gutscheine versenden wir per Nachricht grundsätzlich nicht.',
  ])('clear: %s', (text) => expect(rules(text)).not.toContain('marketing'));
  it.each([
    'Einen Gutscheincode schicken wir Ihnen gern per Nachricht.',
  ])('flags: %s', (text) => expect(rules(text)).toContain('marketing'));
});

describe('gd37: "dipende dalle recensioni" is no "give it stars" (it give-us-stars)', () => {
  it.each([
    'La sostituzione non dipende in nessun caso dalle recensioni: può chiederla da I miei ordini.',
    'Il rimborso è indipendente dalle stelle che lascerà.',
  ])('clear: %s', (text) => expect(rules(text)).not.toContain('review_request'));
  it.each([
    'Se la lampada ti piace, dalle pure cinque stelle.',
  ])('flags: %s', (text) => expect(rules(text)).toContain('review_request'));
});

describe('gd37: a coupon asked for and given is still a coupon offered (check.ts, COUPON_ENTRY)', () => {
  it('flags a code given after the buyer asked for a coupon', () =>
    expect(rules('次回のお買い物でクーポンコード SPRING200 を入力すると200円引きになります。', 'クーポンはもらえますか?')).toContain('marketing'));
  it('keeps clear a refusal of codes by message', () =>
    expect(rules('Gutscheincodes versenden wir per Nachricht leider nicht.', 'Haben Sie einen Gutscheincode?')).not.toContain('marketing'));
});

describe('gd37: new items and gifts with a purchase told in a service reply', () => {
  it.each([
    'Notre nouvelle lampe frontale sort jeudi, elle va très bien avec ce casque.',
    'Our new kettle launches next week, it matches this toaster.',
    '再来月発売予定の大型モデルもぜひご検討ください。',
    'Na compra da capa protetora, a película vem de brinde.',
  ])('flags: %s', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    'Votre remplacement sort demain de notre entrepôt.',
    'ご注文の商品は来月発売予定ですので、発売後すぐに発送いたします。',
    'Na compra do seu pedido o frete saiu grátis pela Amazon.',
  ])('clear: %s', (text) => expect(rules(text)).not.toContain('marketing'));
});
