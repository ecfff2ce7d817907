// Session 26, helper rev: the causes behind the review_request misses of blind batches s26 a (de/fr/ja/en) and d (all seven
// languages), and reviewer finding #8 of s25 - in our own words, with variants in the languages each fix serves and near-misses
// that must stay as they were (the violations next to each guard still flag).
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds among the review ones (the learned layer's warnings left out: the fixes are the rules'). */
const REVIEW_RULES = new Set(['leading', 'review_request', 'review_channel']);
const rules = (text: string, reviewAlreadyRequested?: boolean) =>
  [
    ...new Set(
      checkMessage(text, { reviewAlreadyRequested })
        .filter((f) => f.layer !== 'model' && REVIEW_RULES.has(f.rule))
        .map((f) => f.rule),
    ),
  ].sort();
const asks = (text: string) => rules(text).includes('review_request');

describe('s26 rev: a wish for the review worded without "leave a review"', () => {
  it.each([
    // the worth to the seller and the buyer rating it, a thanks in advance closing the sentence (review-nudge.ts RATE_BY_BUYER, CLOSING_THANKS)
    'It would mean so much to us if you spent a minute rating the plant stand ★★★★★ Thank you!',
    'Honestly it would mean the world to us if you rated the lamp. Thanks!',
    // a few lines where reviews are written (FEW_WORDS + ORDERS_PAGE)
    'PS: a couple of lines about the blanket under Your Orders would make our day.',
    // a wish to hear the buyer's view in a review (wish-in-review: hear/know, an indefinite review)
    "We'd love to hear how the thermos works for you in a review.",
    'Wir würden uns freuen, in einer Bewertung zu erfahren, wie Ihnen der Becher gefällt.',
    // the effort played down (review-takes-a-moment)
    'Quick note: your rating of the desk fan really helps other shoppers, and it only takes a minute.',
    'Ihre Bewertung des Toasters hilft anderen Käufern - es dauert nur eine Minute.',
    "Votre avis sur la bouilloire aide d'autres clients, cela ne prend qu'une minute.",
    'Su reseña de la mochila ayuda a otros y solo le lleva un minuto.',
    'レビューのご投稿は1分ほどで完了します。',
    // the seller's own asking verb, the review its object (review-ask-romance.ts ASK_FOR_RE)
    'Oi! Escrevo de novo para pedir a sua avaliação da chaleira, se puder.',
    'Le escribo otra vez para pedirle una valoración de la tetera.',
    'Le scrivo ancora per chiederle una recensione del bollitore.',
    'Je reviens vers vous pour vous demander une évaluation de la théière.',
  ])('%s', (text) => expect(asks(text)).toBe(true));

  it.each([
    // another act is the quick one, a review read, help for a return
    'Thanks for your review! The exchange only takes a minute at the counter.',
    'The firmware update only takes a minute; your settings stay as they are.',
    'A few words about the fault under Your Orders help us process the return faster.',
    "We'd love to know whether the lid fits; in a review last week a buyer said it was loose.",
    "We'd love to hear what went wrong - in your review you mentioned a crack.",
    // the asking verb with another object, or a refusal
    'Escribo para pedirle el número de pedido que aparece en su reseña.',
    'Nous n\'envoyons jamais de demande d\'avis contre remboursement.',
    'Passando para pedir desculpas pela demora na entrega.',
    'No le pedimos una reseña, solo queremos saber si llegó bien.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));

  it('the reminder after Request a Review is a review_channel block too', () => {
    expect(rules('Hi Sam, a friendly reminder that your feedback on the kettle helps new buyers - it only takes a moment.', true)).toEqual(['review_channel', 'review_request']);
  });
});

describe('s26 rev: social proof and an invitation to join or a turn to the buyer', () => {
  it.each([
    'More than 2,000 customers have given the hiking boots 5 stars. Will you join them?',
    'Más de 500 clientes ya le dieron 5 estrellas a la tetera. ¿Te sumas?',
    'Oltre 600 clienti hanno dato 5 stelle alla moka. Si unisce anche lei?',
    'Mais de 1.000 clientes deram 5 estrelas à panela. Você se junta a eles?',
    'Plus de 400 clients ont donné 5 étoiles au plaid. Vous les rejoignez ?',
    'Viele Käufer geben der Pfanne 5 Sterne – wie sieht es bei Ihnen aus?',
    'Most buyers give the lantern five stars - how about you?',
  ])('%s', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  it.each([
    'Over 3,000 customers have ordered the poles this year. Will you join them?',
    'Más de 900 clientes ya compraron la lámpara. ¿Te sumas?',
    'Viele Kunden fragen nach dem Ersatzdeckel – wie sieht es bei Ihnen aus?',
    'Plus de 400 clients utilisent le tapis chaque jour. Vous les rejoignez ?',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s26 rev: sharing the enthusiasm on Amazon, the small shop at risk', () => {
  it.each([
    ['Comme le tapis vous plaît autant, pourquoi ne pas partager votre joie sur Amazon ?', ['leading', 'review_request']],
    ['Senza le vostre recensioni potremmo chiudere entro l\'estate.', ['review_request']],
    ['Sans vos avis, nous risquons de fermer l\'atelier.', ['review_request']],
    ['Ohne Ihre Bewertungen müssten wir den Laden wohl schließen.', ['review_request']],
    ['Sem as avaliações de vocês corremos o risco de fechar.', ['review_request']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    'Why not share that excitement on Amazon?',
    '¿Por qué no comparte su entusiasmo en Amazon?',
    'Perché non condividere la sua soddisfazione su Amazon?',
  ])('%s asks for the review', (text) => expect(asks(text)).toBe(true));

  it.each([
    "Could you share a photo of the damage on Amazon's return page?",
    'Pourquoi ne pas partager la commande sur Amazon avec vos collègues ?',
    'Without the new supplier we would have to close the shop in May; your review of the last batch helped us choose.',
    'We may close for the holidays from 24 to 27 December; reviews are read after that.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s26 rev: a reward for a review written as a thank-you or a draw', () => {
  it.each([
    'Everyone who posts a review of the lamp in May goes into the monthly draw for a gift card.',
    'All buyers who review the kettle are put into our draw for a $30 gift card.',
    'レビューを投稿してくださったお礼として、ギフト券を差し上げます。',
    '評価をいただいたお礼に、Amazonギフトカード500円分をお送りします。',
  ])('%s', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  it.each([
    'ご注文いただいたお礼に、ギフトカードを同封しました。',
    'Every name that comes up goes into our draw for the spring giveaway.',
  ])('%s has no review ask', (text) => expect(asks(text)).toBe(false));
});

describe('s26 rev (s25 review #8): "one" standing for the review after a condition that the buyer cannot', () => {
  it.each([
    'If you can not leave a review now, that is fine - please leave one once the new blade arrives.',
    "If you can't write a review yet, no problem. Just write one when the new kettle is here.",
    'No review yet? Please post one whenever you have a minute.',
  ])('%s', (text) => expect(asks(text)).toBe(true));

  it.each([
    'Thanks for the review! If the lid cracks again, please write one line here with a photo.',
    "If you can't leave a review, please don't leave one - just tell us what went wrong.",
    'We read your review. Please add one photo of the crack.',
  ])('%s has no review ask', (text) => expect(asks(text)).toBe(false));

  it('a condition that the buyer cannot give five stars stays leading only', () => {
    expect(rules("If you can't give us five stars, please tell us why first.")).toEqual(['leading']);
  });
});
