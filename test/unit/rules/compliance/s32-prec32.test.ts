// s32 prec32: false alarms and misses of the s32-g1 batch, each fixed by its structure and written here in other words (none of
// the rows' sentences), with the near-misses beside them that must keep (or stay clean of) their finding.
import { describe, expect, it } from 'vitest';

import { tradeForbiddenByAmazon } from '../../../../rules/compliance/amazon-forbids';
import { appliedDiscountShown } from '../../../../rules/compliance/applied-shown';
import { buyerChannelAddressAsks } from '../../../../rules/compliance/detectors/buyer-channel-address';
import { normalize } from '../../../../rules/compliance/normalize';

import { cleanOfMarketing, flagsMarketing, hasRule, lacks, rules, type Case } from './helpers/cases';

/** No review finding, leading or review_request. */
const noReviewFinding = (cases: string[]) =>
  it.each(cases)('no review finding: %s', (text) => {
    expect(rules(text).filter((r) => r === 'leading' || r === 'review_request')).toEqual([]);
  });
/** Each case keeps a review finding, leading or review_request. */
const asksReview = (cases: string[]) =>
  it.each(cases)('still asks: %s', (text) => {
    expect(rules(text).some((r) => r === 'leading' || r === 'review_request')).toBe(true);
  });

describe('a review-for-reward trade named as what Amazon or its rules forbid (amazon-forbids.ts)', () => {
  noReviewFinding([
    "Thanks for asking, but Amazon won't let sellers hand out refunds or gifts in exchange for a rating, so that's off the table.",
    "Amazon's rules don't allow vouchers in exchange for reviews, so we can't offer one.",
    'A free sample in exchange for a review is against Amazon policy.',
    'Amazon forbids sellers from giving gift cards for reviews.',
    'Amazon verbietet Gutscheine im Austausch für Bewertungen, deshalb geht das leider nicht.',
    'Die Amazon-Richtlinien erlauben keine Rabatte gegen Rezensionen.',
    "Merci, mais Amazon n'autorise aucun cadeau en échange d'un avis, nous ne pouvons donc pas le faire.",
    'Les règles d’Amazon interdisent tout bon d’achat en contrepartie d’une évaluation.',
    'Gracias, pero Amazon prohíbe regalar productos a cambio de una valoración.',
    'Amazon no permite dar cupones a cambio de reseñas, así que no podemos hacerlo.',
    'Grazie, ma Amazon vieta di regalare buoni in cambio di una recensione.',
    'Le regole di Amazon non permettono rimborsi in cambio di recensioni.',
    'Obrigado, mas a Amazon não permite dar brindes em troca de avaliações.',
    'A Amazon proíbe qualquer desconto em troca da sua avaliação, então não conseguimos fazer isso.',
    'レビューと引き換えに割引をお付けすることはAmazonの規約で禁止されております。',
  ]);
  asksReview([
    "Amazon doesn't allow this, but if you leave 5 stars we'll refund you.",
    "Amazon doesn't allow refunds in exchange for reviews, but if you leave 5 stars we'll send you $10.",
    'Officially Amazon forbids gifts in exchange for reviews, so between us: 5 stars and the gift is yours.',
    'Amazon erlaubt keine Gutscheine gegen Bewertungen, aber für 5 Sterne gibt es trotzdem 10 € zurück.',
    'Amazon no permite descuentos a cambio de reseñas, pero si nos deja 5 estrellas le devolvemos 10 euros.',
    'Ufficialmente Amazon vieta gli omaggi in cambio di recensioni, ma per 5 stelle le mandiamo un regalo.',
    'We give a $10 gift card in exchange for a review.',
  ]);
  it('reads the rule before the trade and after it, in the phrase or the whole sentence', () => {
    const n = (s: string) => normalize(s).text;
    expect(tradeForbiddenByAmazon(n("amazon doesn't let sellers give discounts "), n('in exchange for a review'), n(', so we cannot.'))).toBe(true);
    expect(tradeForbiddenByAmazon('', n('Offering a refund in exchange for a review is against Amazon policy.'), '')).toBe(true);
    // (no Amazon, a question, a contrast, a wink)
    expect(tradeForbiddenByAmazon(n('we give discounts '), n('in exchange for a review'), '.')).toBe(false);
    expect(tradeForbiddenByAmazon(n('does amazon forbid discounts '), n('in exchange for a review'), '?')).toBe(false);
    expect(tradeForbiddenByAmazon(n('amazon forbids discounts '), n('in exchange for a review'), n(', but we make an exception.'))).toBe(false);
    expect(tradeForbiddenByAmazon(n('technically amazon forbids discounts '), n('in exchange for a review'), '.')).toBe(false);
  });
});

describe('a discount word naming the applied discount\'s line on the order papers, the sentence after (applied-shown.ts)', () => {
  cleanOfMarketing([
    'Your 10% coupon was applied when you paid. It appears as a promotion line on your invoice.',
    'The coupon was already applied at checkout. You will see it listed as a promotion on the order summary.',
    'Le coupon a bien été appliqué lors du paiement. Il apparaît comme promotion sur la facture.',
    'Le bon de réduction a été déduit. Il figure en tant que promotion dans le récapitulatif de commande.',
  ]);
  flagsMarketing([
    'The coupon was applied at checkout. Our next promotion starts Friday with 20% off everything.',
    'The coupon was applied at checkout. It shows as a promotion on the invoice, and the code SPRING20 also works on your next order.',
    'Check out our promotion this week on all kettles.',
  ]);
  it('needs a showing verb and the order papers, and no push', () => {
    expect(appliedDiscountShown(normalize('It shows as a -$5 promotion line on the order details page.').text)).toBe(true);
    expect(appliedDiscountShown(normalize('Aparece como promoción en los detalles del pedido.').text)).toBe(true);
    expect(appliedDiscountShown(normalize('Our promotion shows great savings.').text)).toBe(false);
    expect(appliedDiscountShown(normalize('It shows on the invoice and works again on your next order.').text)).toBe(false);
  });
});

describe('a lower price at an address beside it, compared with "here" (direct-sale.ts THAN_HERE)', () => {
  const offAndMarketing = (cases: string[]) =>
    it.each(cases)('offplatform + marketing: %s', (text) => {
      expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'marketing']));
    });
  offAndMarketing([
    'Refill pods cost about $3 less at pinegrove-goods.com than here.',
    'Die Ersatzfilter sind bei filterwerk-nord.de 4 € günstiger als hier.',
    'Les recharges sont moins chères sur maison-lune.fr qu’ici.',
    'Los repuestos salen más baratos en casa-olmo.es que aquí.',
    'Le ricariche costano meno su bottega-rame.it che qui.',
    'Os refis saem mais baratos na casaverde.com.br do que aqui.',
  ]);
  lacks('offplatform')([
    'The 4-pack works out cheaper than buying singles here.',
    'You can track it at ups.com; the bigger pack is cheaper than here anyway.',
    "We can't sell it for less on our own site than here, the price is the same everywhere.",
    'Buying the 3-pack here is cheaper than three single ones.',
  ]);
});

describe("the bare address or number of the buyer's own channel asked for (buyer-channel-address.ts)", () => {
  const both = (cases: Case[]) =>
    it.each(cases.map((c) => (typeof c === 'string' ? [c, ''] : c)))('offplatform + personal_data: %s', (text, buyerMessage) => {
      expect(rules(text, { buyerMessage })).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
    });
  both([
    ['Of course - once you send me the address I will mail the receipt there.', 'Could you email the receipt to my private address? Easier for me.'],
    ['Sure, what is the number? Our technician will ring you.', 'Please call me on my mobile instead.'],
    ['Gern, geben Sie mir die Adresse, dann schicke ich die Rechnung dorthin.', 'Schicken Sie mir die Rechnung bitte an meine private E-Mail.'],
    ["Bien sûr, donnez-moi l'adresse et je vous l'envoie.", 'Envoyez-moi la facture sur mon mail perso svp.'],
    ['Claro, páseme la dirección y se la envío hoy mismo.', '¿Me mandan la factura a mi correo personal?'],
    ["Certo, mi passa l'indirizzo e gliela mando subito.", 'Mi mandate la fattura alla mia email personale?'],
    ['Pode deixar, me manda o endereço que eu envio hoje.', 'Manda a nota pro meu e-mail, por favor.'],
  ]);
  lacks('personal_data')([
    ['Sure, send me the address and we will check the tracking.', 'Where is my parcel?'],
    ['Claro! Me passa o endereço de entrega que eu confiro com a transportadora.', 'Manda a nota pro meu e-mail, por favor.'],
    ["We can't send it by e-mail, please download it from your orders page.", 'Send the invoice to my personal email please.'],
    ['Bitte nennen Sie mir die Bestellnummer, dann prüfe ich das.', 'Meine Rechnung fehlt, schicken Sie sie an meine E-Mail?'],
  ]);
  it('needs a channel the buyer named', () => {
    const t = normalize('Claro! Assim que você me passar o endereço, eu confiro.').text;
    expect(buyerChannelAddressAsks(t, normalize('Onde está meu pedido?').text)).toEqual([]);
    expect(buyerChannelAddressAsks(t, normalize('Me manda no meu e-mail pessoal.').text).map((s) => s.rule)).toEqual(['offplatform', 'personal_data']);
  });
});

describe('the targets stay fixed in other words (whole checks)', () => {
  hasRule('offplatform')([['Claro! Quando puder, me passa o endereço que eu mando o boleto por lá.', 'Pode mandar o boleto no meu e-mail?']]);
  lacks('leading')(["Sorry, Amazon doesn't let sellers offer anything in return for a review, so we have to say no."]);
});
