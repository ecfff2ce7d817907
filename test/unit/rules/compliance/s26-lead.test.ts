// Leading asks and review false alarms of the s26 blind batches a, c, d and f, each fixed by its cause and written here in
// other words - with near-misses that must stay clean and, after each guard, real violations that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' own findings (not the learned layer's), so a case cannot pass on the model alone. */
const ruled = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.layer !== 'model');
const rules = (text: string, options?: CheckOptions) => [...new Set(ruled(text, options).map((f) => f.rule))].sort();
const all = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('an ask to raise a posted rating to a higher count, or to take it down, is leading only (no new review)', () => {
  it.each([
    'Would you move your 2-star rating up to 4 now that the lid fits?',
    'Wäre es möglich, Ihre 2 Sterne auf 4 hochzusetzen? Der Ersatz ist ja angekommen.',
    'Serait-il possible de faire passer votre avis de 3 à 5 étoiles ?',
    '¿Podría subir su valoración de 3 a 5 estrellas ahora que ya funciona?',
    'Potrebbe portare la sua recensione da 2 a 5 stelle?',
    'Poderia mudar sua nota de 2 para 5 estrelas, por favor?',
    'Could you please take your feedback down now that the refund went through?',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['leading']);
  });
  it.each([
    'Please rate the blender from 1 to 5 stars.',
    'Merci d\'avoir passé votre note à 5 étoiles, cela nous touche.',
    'We would never ask you to raise your rating to 5 stars - it is entirely your call.',
    'Your rating to our support team was fair; the part ships tomorrow.',
  ])('no change ask: %s', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
  it.each([
    'Thanks for the quick reply! Could you raise your rating to 5 stars now?',
    'Danke für Ihre Geduld. Könnten Sie Ihre Bewertung auf 5 Sterne ändern?',
    'Merci pour votre patience. Pourriez-vous mettre votre note à 5 étoiles ?',
  ])('still flags a change ask after thanks for something else: %s', (text) => {
    expect(rules(text)).toContain('leading');
  });
});

describe('an ask not to post a negative review is leading only, in every language', () => {
  it.each([
    'We have sent a new lid and would ask you to refrain from posting a negative review.',
    'Bitte verzichten Sie auf eine negative Bewertung, wir kümmern uns sofort darum.',
    'Nous vous prions d\'éviter de laisser un avis négatif, le colis repart demain.',
    'Le rogamos que evite dejar una reseña negativa; el reembolso ya está hecho.',
    'Le chiediamo di evitare di lasciare una recensione negativa, il ricambio è in viaggio.',
    'Pedimos que evite deixar uma avaliação negativa, o reembolso já foi feito.',
    '交換品を発送いたしましたので、悪い評価はお控えいただけますと幸いです。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['leading']);
  });
  it.each([
    'Please avoid getting the charger wet; the cable is not waterproof.',
    'Negative reviews help us improve, so be as honest as you like.',
    'We would never ask you not to leave a negative review.',
  ])('no ask: %s', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
  it.each([
    'Thank you for your patience, and please refrain from leaving negative feedback.',
    'Vielen Dank für Ihre Geduld - bitte verzichten Sie auf eine negative Bewertung.',
    'Grazie per la pazienza, le chiediamo di evitare di lasciare una recensione negativa.',
  ])('still flags a withhold ask after thanks for something else: %s', (text) => {
    expect(rules(text)).toEqual(['leading']);
  });
});

describe('a review ask pressed by a deadline is leading', () => {
  it.each([
    'Only 2 days left to rate your order - after that it won\'t be possible. Please do it today!',
    'Solo te quedan 2 días para dejar tu reseña. ¡No lo dejes pasar!',
    'Mancano solo 3 giorni per lasciare la sua recensione, poi non sarà più possibile.',
    'Sie haben nur noch 3 Tage, um Ihre Bewertung abzugeben - danach ist es nicht mehr möglich.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['leading', 'review_request']);
  });
  it.each([
    'You have until Friday to send the blender back. Please use the return label.',
    'Only 2 days left before the carrier collects the parcel.',
    'Il ne reste que 3 jours pour retourner le colis, après ce ne sera plus possible.',
  ])('no review ask: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  // (a favour alone is not pressure: the dev rows label "do us a favour and leave a review" review_request only - s8-en-0187,
  // s7-es-0083, s6-it-0019)
  it.each(['Please leave a review of the lamp if you have a moment.', 'Could you do us a small favour and leave a review of the lamp?', 'Ci farebbe un piccolo favore? Una recensione del tostapane ci aiuterebbe.'])(
    'a plain ask stays review_request only: %s',
    (text) => {
      expect(rules(text)).toEqual(['review_request']);
    },
  );
  it('a favour beside a small-team story is leading by the story', () => {
    expect(rules('One small favour - we are a two-person workshop. Would you share your take on the kettle for other tea drinkers?')).toEqual(['leading', 'review_request']);
  });
});

describe('an ask conditioned on the item working well, any subject, is leading', () => {
  it.each([
    'If the fan heater is working well for you, a review on Amazon would make our week.',
    'If the mower has been running smoothly, a quick rating would help us.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['leading', 'review_request']);
  });
  it.each(['If the fan heater is working well, you can keep the old filter.', 'If the kettle has been running smoothly, there is no need to descale it yet.'])('no ask: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('a screenshot of a posted review, or a word to the seller before a bad rating, is leading', () => {
  it('a German screenshot ask with the verb last, the review told as posted: leading only, no review_request at all', () => {
    const text = 'Sie haben den Wasserkocher bewertet - könnten Sie uns davon ein Bildschirmfoto hier hochladen?';
    expect(rules(text)).toEqual(['leading']);
    expect(all(text)).not.toContain('review_request');
  });
  it('a screenshot of an error message is no review proof', () => {
    expect(rules('Könnten Sie uns einen Screenshot der Fehlermeldung hier in den Chat legen?')).toEqual([]);
  });
  it('ご一報 before a bad rating is contact-first', () => {
    expect(rules('低い評価をお付けになる場合は、投稿前にご一報ください。')).toContain('leading');
    expect(rules('商品到着後、何かございましたらご一報ください。')).toEqual([]);
  });
});

describe('false alarms: a spec rating, thanks for a written review', () => {
  it.each([
    'The IPX4 rating means the lamp survives splashes, but keep it out of the bath.',
    'Its energy rating is A+, so you will save on your bills.',
  ])('a product spec: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    'As a small family business we need every 5-star rating to survive - would you rate the lamp?',
    'We are a small shop trying to survive, so your rating on Amazon means everything.',
  ])('still flags a plight beside a rating: %s', (text) => {
    expect(rules(text)).toEqual(['leading', 'review_request']);
  });
  it('Italian thanks with an adverb between are thanks', () => {
    expect(rules('Grazie ancora per la recensione che ci ha scritto, ci è stata molto utile.')).toEqual([]);
    expect(rules('La sua recensione ci sarebbe molto utile.')).toEqual(['review_request']);
  });
});
