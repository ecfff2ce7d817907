// Session 22, rv2a helper: s22 review 2 findings #1, #2, #5, #6, #8, #11 (and #14's shared ability negation), fixed by cause.
// Our own paraphrases of the reviewer's sentences, variants in the languages each rule serves, and near-misses.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).map((f) => f.rule))].sort();
const entries = (text: string) => checkMessage(text).map((f) => f.entry ?? '');

describe('s22 rv2a #1: a reward for removing the review needs the review as the object', () => {
  it.each([
    // a noun after the verb is something else changed or removed
    'Thanks for the review. If you change your mind about the size, we will refund you in full when it is back with us.',
    'Thank you for your review! If you can remove the old filter first, we will send a new one for free.',
    'Thanks for your review. Once you update the firmware, we will send you the free bonus pack.',
    'Thanks for the honest review. If you delete the old pairing and try again, we will send a new remote for free if it still fails.',
    // "quite" is no Spanish "quitar"
    'Thanks for your review. If quite a few bulbs are affected, we will send you a free replacement.',
    'Gracias por su reseña. Si cambia de idea, le devolvemos el importe completo cuando nos llegue.',
    'Gracias por su opinión. Si usted cambia la dirección de su cuenta, le enviamos la pieza gratis.',
    'Obrigado pela avaliação. Se mudar de ideia, fazemos o reembolso completo.',
    'Grazie per la recensione. Se cambia idea, le rimborsiamo tutto appena il pacco ci arriva.',
    'Merci pour votre avis. Si vous changez d\'avis sur la couleur, nous vous remboursons dès réception.',
  ])('%s -> no reward-for-removal', (text) => expect(entries(text).filter((e) => e.includes('reward-for-removal'))).toEqual([]));

  it.each([
    // the review named, then removed through a pronoun, an enclitic or a clause ending on the verb
    'We read your one-star review of the toaster. If you delete it, we will refund you in full today.',
    'Hemos leído su reseña de una estrella sobre la tostadora. Le reembolsamos todo si la borra.',
    'Vimos sua avaliação de uma estrela da torradeira. Se puder apagar, devolvemos o valor total hoje.',
    'Abbiamo visto la sua recensione a una stella sul tostapane. Se la toglie le rimborsiamo tutto.',
    'Nous avons lu votre avis une étoile sur le grille-pain. Si vous le retirez, nous vous remboursons entièrement.',
  ])('%s -> leading (reward for removal)', (text) => expect(rules(text)).toContain('leading'));
});

describe('s22 rv2a #11: the verb in "if we give you" must be one of giving', () => {
  it.each([
    'Tu mettrais un avis si on t\'appelle demain pour l\'échange gratuit ?',
    'Vous laisseriez un avis si on vous rappelle pour la réparation gratuite ?',
  ])('%s -> no incentive', (text) => expect(entries(text).filter((e) => e.includes('review-incentive-structure'))).toEqual([]));
  it('a past replacement timed before the ask is no reward (the ask alone stays)', () => {
    const found = entries('Würden Sie uns bewerten, nachdem wir Ihnen den kostenlosen Ersatz zugeschickt haben? Wenn wir Ihnen den Ersatz zugeschickt haben, schreiben Sie gern eine Bewertung.');
    expect(found.filter((e) => e.includes('review-incentive-structure'))).toEqual([]);
  });
  it.each([
    'Tu mettrais un avis si on t\'offre une recharge gratuite ?',
    'Vous laisseriez un avis si nous vous envoyons un cadeau ?',
    'Würdest du uns bewerten, wenn wir dir einen Gutschein über 5 € schicken?',
    'Würden Sie eine Bewertung schreiben, wenn wir Ihnen ein Geschenk senden?',
  ])('%s -> leading + review_request', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));
});

describe('s22 rv2a #2: "don\'t ... without rating us" asks for the rating', () => {
  it.each([
    ["Don't go without rating us!", ['review_request']],
    ["Please don't leave without rating us 5 stars!", ['leading', 'review_request']],
    ['No te vayas sin valorarnos.', ['review_request']],
  ] as const)('%s -> %j', (text, want) => expect(rules(text)).toEqual(expect.arrayContaining([...want])));
  it('"before you rate" stays contact-first steering, no review ask', () =>
    expect(rules('Before you rate us, please write to us here so we can fix it.')).not.toContain('review_request'));
});

describe('s22 rv2a #8: "who writes a review" with a reward is no answer about reviewers', () => {
  it.each([
    'Tell us who leaves a review on Amazon and we send them a free gift.',
    'Sag uns, wer eine Bewertung schreibt, und wir schicken einen Gutschein.',
  ])('%s -> leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    ['No, no sabemos quién escribe las reseñas; las gestiona Amazon.', '¿Saben quién me puso la reseña?'],
    ['Non, nous ne voyons pas qui rédige les avis. Pour tout souci, écrivez-nous ici.', 'Vous voyez qui écrit les avis ?'],
    ["No, we can't see who leaves reviews; Amazon keeps that private.", 'Can you see who reviewed?'],
  ])('%s -> clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
});

describe('s22 rv2a #5/#6: en wishes on the order page or Amazon', () => {
  it.each([
    "We'd appreciate a quick word once the parcel shows as delivered in your orders, so we know it got there.",
    "We'd be grateful for a quick word on whether the tracking moved on your Amazon order page.",
    "We'd appreciate a quick word when the replacement shows up in your orders, so we can close the case.",
    "We'd love to hear how it goes on Amazon Day delivery next Tuesday.",
    "We'd be happy to hear how it works out on Amazon Locker pickup.",
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    "We'd appreciate a quick word about the packing on your orders page.",
    'We would be grateful for a word or two about the service on your Amazon order page.',
    "We'd be glad to hear how it went on Amazon too.",
    "We'd love to hear about it on Amazon when you have a minute.",
  ])('%s -> review_request', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s22 rv2a #14: the shared ability negation still refuses', () => {
  it.each([
    "Sorry, we're not able to refund you in exchange for removing a review.",
    "We won't be able to ask you to change your review.",
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));
});
