// Session 37, helper fb37: a gift, a free part, a refund or a discount given in exchange for a review (leading: an incentivised
// ask), often said over two sentences - read by structure, in our own words (not the batches' sentences): wordings that must flag
// and near-misses that must keep clear.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string) => [...new Set(checkMessage(text, {}).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s37 fb37: a reward in one sentence, the review asked "in return" in the next (review-incentive.ts rewardThenExchange)', () => {
  it.each([
    'We are adding a second lid to your parcel free of charge. In return, a short review of the kettle would really help us.',
    'Wir schicken Ihnen den Ersatzgriff kostenlos zu. Im Gegenzug freuen wir uns über eine ehrliche Bewertung.',
    'Nous vous offrons la housse assortie. En échange, un petit avis sur la lampe nous ferait très plaisir.',
    'Le mandamos gratis una tapa de repuesto. A cambio, le agradeceríamos mucho una reseña del termo.',
    'Le spediamo in omaggio un secondo filtro. In cambio, ci farebbe piacere una sua recensione sul prodotto.',
    'Vamos enviar um segundo filtro grátis. Em troca, uma avaliação sua ajudaria muito a nossa loja.',
    'We can give you a $25 refund for the dent. Once you have left your review, just message us and we will process it.',
  ])('%s is leading + review_request', (text) => {
    const r = rules(text);
    expect(r).toContain('leading');
    expect(r).toContain('review_request');
  });
  it.each([
    'We are sending a second lid free of charge. In return, please send the cracked one back in the prepaid bag.',
    'Merci pour les photos du colis. En retour, un petit avis sur la lampe nous aiderait beaucoup.',
    'We refunded your order yesterday. Thanks for your feedback on the lid.',
    'As an apology we are sending a spare filter with your order.',
  ])('%s stays clean of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s37 fb37: a part given free as an apology beside a review ask (review-incentive.ts FREE_GIFT_RE with GOODWILL)', () => {
  it.each([
    'Como pedido de desculpas, vamos enviar uma escova extra de brinde com o pedido. Se puder, deixe sua avaliação do produto depois!',
    'Pour nous excuser, nous glissons un second bouchon en cadeau dans le colis. Un avis sur la page du produit nous aiderait beaucoup.',
    'お詫びのしるしとして、替えのパッキンを無料で同梱いたします。よろしければ、商品レビューにてご感想をお聞かせください。',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'We will send a free replacement for the cracked lid today. Could you leave a review once it arrives?',
    'Il tuo pacco è partito con la carta da regalo che avevi scelto. Se ti va, lasciaci una recensione!',
  ])('%s stays clean of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s37 fb37: a reward and its tie in one sentence (no-cost words, "donner votre avis", "si dejas", German "wer ... dalässt,")', () => {
  it.each([
    'Te mandamos la correa nueva sin coste cuando nos dejes tu reseña del reloj en Amazon.',
    'Si vous prenez un instant pour donner votre avis sur la théière, on vous envoie en cadeau un paquet de thé.',
    'Si dejas tu reseña de la funda, te regalamos otra del color que quieras.',
    'Wer uns nach der ersten Fahrt ein paar Worte als Bewertung dalässt, bekommt von uns 10 % auf das nächste Zubehör.',
  ])('%s is leading + review_request', (text) => {
    const r = rules(text);
    expect(r).toContain('leading');
    expect(r).toContain('review_request');
  });
  it.each([
    'Te mandamos la correa nueva sin coste en cuanto nos devuelvas la rota.',
    'Si vous prenez un instant pour donner votre adresse, on vous envoie la pièce.',
    'Wer das Paket annimmt, bekommt von uns eine Sendungsnummer per Mail.',
  ])('%s stays clean of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s37 fb37: a review change asked "in return" for a refund is leading only (lexicon it in-return-we-ask, rewardThenExchange)', () => {
  it.each([
    'Le abbiamo rimborsato la spedizione. In cambio ti chiediamo solo di togliere il commento negativo.',
    'We have refunded the shipping. In return, we only ask that you update your one-star review.',
  ])('%s is leading only', (text) => {
    const r = rules(text);
    expect(r).toContain('leading');
    expect(r).not.toContain('review_request');
  });
});
