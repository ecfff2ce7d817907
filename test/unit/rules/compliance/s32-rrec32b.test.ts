// Session 32, helper rrec32b: rewards for a review that the incentive reading did not know - a thing sent to everyone who reviews,
// a photo of the review as proof, a reward "for leaving" or "upon posting" it, a warranty carried to more years, a fronted "with your
// posted review". Our own wordings, and near-misses that must stay clean or keep only what they had.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';

const rules = ruleLayer;

describe('s32 rrec32b: a reward tied to a review (review-incentive.ts)', () => {
  it.each([
    // the class of reviewers and what they get (REVIEWER_CLASS, CLASS_GIVEN)
    'A cada comprador que deje su opinión en Amazon le mandamos una funda de regalo.',
    'Ogni cliente che lascia una recensione su Amazon riceve un set di filtri in più.',
    'Wir schicken jedem, der eine Bewertung schreibt, einen Satz Ersatzbürsten.',
    'Une petite surprise attend chaque acheteur qui laisse un avis sur Amazon.',
    'Every customer who posts a review on Amazon gets a spare set of brushes.',
    // a photo of the review as proof (REVIEW_PHOTO)
    'Mandaci una foto della tua recensione e ti spediamo un omaggio.',
    'Send us a picture of your published review and a $10 gift card is yours.',
    'Schicken Sie uns ein Bild Ihrer Bewertung und wir senden Ihnen gratis Ersatzfilter.',
    // a reward for / upon posting the review (FOR_POSTING)
    'Le enviamos un cupón de 5 € por escribir su reseña del producto.',
    'Un bon d’achat de 10 € vous est offert pour avoir laissé votre avis sur Amazon.',
    'Ganhe um brinde ao deixar sua avaliação na Amazon.',
    // a warranty carried to more years (WARRANTY_EXTENDED), a fronted posted review (FRONTED_REVIEW_RE)
    'Pour vous remercier de votre avis, la garantie est portée à cinq ans.',
    'Con su opinión publicada, le alargamos la garantía un año más.',
  ])('%s is an incentivised ask', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));

  it.each([
    // no review: a class that gets something for a return or a registration
    'A cada cliente que devuelva el producto le enviamos una etiqueta gratuita.',
    'Every customer who registers the warranty gets a free cleaning cloth.',
    // a photo of damage, not of a review
    'Schicken Sie uns ein Foto des Schadens und wir senden Ihnen gratis einen Ersatz.',
    'Send us a picture of the broken lid and we will refund you.',
    // thanks for a review already left, then a service
    'Merci pour avoir laissé votre avis, nous vous envoyons la pièce de rechange sous garantie.',
    // a warranty told, no review
    'La garantie est portée à trois ans pour tous nos appareils.',
    // a refusal
    'Nous ne pouvons rien offrir à chaque client qui laisse un avis : Amazon l’interdit.',
  ])('no incentive: %s', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s32 rrec32b: the buyer invited to do as the others who gave top marks (review-nudge.ts JOIN_THEM)', () => {
  it.each([
    'Die meisten Käufer geben der Lampe fünf Sterne. Wir hoffen, Sie schließen sich ihnen an.',
    'La plupart de nos clients donnent cinq étoiles au tapis ; on espère que vous en ferez autant.',
    'La maggior parte dei clienti dà 5 stelle al cuscino: speriamo sia così anche per lei.',
    'A maioria dos clientes dá 5 estrelas para o mixer. Vem com a gente?',
    'Most buyers give the lamp five stars - we hope the same goes for you.',
    '8割のお客様から星5をいただいています。あなたも続いてください。',
  ])('%s asks', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));

  it.each([
    // no rating by the others: a hope about the item
    'Die meisten Kunden bestellen die Größe M. Wir hoffen, Sie schließen sich an und sind zufrieden.',
    'Most buyers pick the blue one - we hope the same goes for you.',
    'La maggior parte dei clienti usa il cuscino ogni notte, speriamo valga anche per lei.',
  ])('no review ask: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s32 rrec32b: the one-person shop\'s "my brother and me" is a small team before an ask (conditioned-ask.ts KIN_PAIR)', () => {
  // (seller-voice.ts folds "my" to "our" before the detectors read it; the full check must keep the sympathy reading)
  it.each([
    "It's just my sister and me running the shop, so every review on Amazon keeps us afloat.",
    "There's only my dad and me in the workshop - a review on the product page would mean the world to us.",
  ])('%s is leading', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));
  it.each([
    "It's just my sister and me running the shop, so replies may take a day.",
  ])('no ask: %s', (text) => expect(rules(text)).toEqual([]));
});

describe('s32 rrec32b: a support ticket rated on a scale (score-scale.ts)', () => {
  it.each([
    'Your ticket is closed. Reply with a number from 1 (bad) to 10 (great) to rate our support.',
    'Ci aiuti a migliorare: valuti da 1 a 5 il servizio clienti rispondendo a questo messaggio.',
    'Aidez-nous : évaluez de 1 à 10 l’assistance reçue en répondant à ce message.',
    'Ayúdenos a mejorar: califique de 1 a 5 la atención recibida respondiendo a este mensaje.',
  ])('%s asks', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Notez que votre commande arrivera dans 1 à 5 jours ouvrés.',
    'Set the support arm to level 1 (low) to 5 (high) depending on the load.',
    'Il supporto clienti risponde da 1 a 5 giorni lavorativi.',
  ])('no ask: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});
