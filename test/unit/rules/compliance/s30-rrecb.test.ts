// Session 30, helper rrecb: review asks read by structure in our own words (not the batch's sentences) - each kind with
// wordings that must flag and near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';

const rules = ruleLayer;

describe('s30 rrecb: other buyers\' top marks, then a turn to the buyer (review-recall.ts socialProofTurns)', () => {
  it.each([
    '95% of our customers give us 5 stars. And you?',
    'Die meisten unserer Kunden geben uns 5 Sterne. Und Sie, wie viele Sterne würden Sie geben?',
    'Presque tous nos clients nous donnent 5 étoiles. Et vous ?',
    'El 95 % de nuestros clientes nos da 5 estrellas. ¿Te unirás a ellos?',
    'Oltre mille clienti ci hanno dato 5 stelle. E lei, quante stelle ci darebbe?',
    'Mais de mil clientes nos deram 5 estrelas. E você?',
    '多くのお客様が星5をつけてくださっています。あなたもいかがですか？',
    'Nine in ten buyers give the kettle five stars. Will you join them?',
  ])('%s asks and steers', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    'Most of our customers order the large size. And you?',
    'Die meisten Kunden bestellen zwei Packungen. Und Sie?',
    'Il nostro corriere consegna in 24 ore. E lei?',
  ])('%s stays clean of review rules', (text) => expect(rules(text).filter((r) => r === 'review_request' || r === 'leading')).toEqual([]));
});

describe('s30 rrecb: an answer asked "with 5 stars" (review-recall.ts starAnswers)', () => {
  it.each([
    'Nous vous serions reconnaissants de répondre au mail d\'Amazon avec 5 étoiles.',
    'Please answer the survey with 5 stars.',
    'Bitte antworten Sie mit 5 Sternen auf die Umfrage.',
    'Por favor, responda a la encuesta con 5 estrellas.',
    'Le saremmo grati se rispondesse con 5 stelle.',
    'Poderia responder com 5 estrelas?',
    'Could you reply to Amazon\'s email with five stars?',
    'Merci de répondre avec cinq étoiles, comme nos autres clients.',
  ])('%s asks for the rating', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'We never ask you to answer with 5 stars.',
    'Please answer with the order number so we can find the parcel.',
    'Bitte antworten Sie mit Ihrer Bestellnummer.',
    'Por favor, responda con una foto del embalaje.',
  ])('%s asks no review', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s30 rrecb: a top count traded for the seller\'s reward (review-recall.ts starsForReward)', () => {
  it.each([
    ['Ok: 5 stars and we refund 10%.', 'I\'ll give 5 stars if you refund 10%'],
    ['Va bene: 5 stelle e le rimborsiamo il 10%.', undefined],
    ['Abgemacht: 5 Sterne und Sie bekommen 10 % zurück.', undefined],
    ['D\'accord : 5 étoiles et on vous rembourse 10 %.', undefined],
    ['Vale, 5 estrellas y le devolvemos el 10 %.', undefined],
    ['Combinado: 5 estrelas e devolvemos 10%.', undefined],
    ['Deal - five stars and a free refill pack goes out with the next order.', undefined],
  ])('%s is an incentive', (text, buyer) => expect(rules(text, buyer)).toEqual(['leading', 'review_request']));
  it('a share off the next order traded for stars is marketing too', () =>
    expect(rules('Einverstanden, 5 Sterne und 10 % Rabatt auf die nächste Bestellung.')).toEqual(['leading', 'marketing', 'review_request']));
  it.each([
    'Thanks for the 5 stars, and we refunded 10% as agreed.',
    'Merci pour les 5 étoiles ! Le remboursement de 10 % est parti hier.',
    'La lámpara tiene 5 estrellas y un 10 % de descuento en la página: lo decide Amazon.',
  ])('%s trades nothing', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s30 rrecb: a comment asked on how the seller served the buyer (review-recall.ts serviceComments)', () => {
  it.each([
    'Since we were able to fix it, would you leave us a comment on how we helped you?',
    'Ya que lo hemos podido solucionar, ¿nos dejarías un comentario sobre cómo te atendimos?',
    'Laissez-nous un commentaire sur la façon dont nous vous avons aidé.',
    'Könnten Sie uns einen Kommentar schreiben, wie wir Sie betreut haben?',
    'Ci lasci un commento su come l\'abbiamo assistita.',
    'Deixe um comentário sobre como te atendemos.',
    'Could you write a few words about how we handled your return?',
    '¿Podría escribir unas palabras sobre cómo le ayudamos?',
  ])('%s asks for a review', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'We left a comment on how we handled it in your case file.',
    'Please leave a comment on the delivery note so the courier knows where to go.',
    'Abbiamo lasciato un commento su come l\'abbiamo assistita nella sua pratica.',
    'Dejamos un comentario sobre cómo le atendimos en su expediente.',
  ])('%s asks no review', (text) => expect(rules(text)).not.toContain('review_request'));
  it.each([
    'Since we were able to fix it, would you leave us a comment on how we helped you?',
    'Ya que lo hemos podido solucionar, ¿nos dejarías un comentario sobre cómo te atendimos?',
    'Nachdem wir es lösen konnten, würden wir uns über eine Bewertung freuen.',
    'Puisque nous avons pu régler le souci, pourriez-vous laisser un avis ?',
    'Visto che siamo riusciti a risolverlo, ci lascerebbe una recensione?',
    'Já que conseguimos resolver, poderia deixar uma avaliação?',
  ])('%s gives the fix as the reason: leading', (text) => expect(rules(text)).toContain('leading'));
});

describe('s30 rrecb: no trouble as the condition of the ask (conditioned-ask.ts NO_TROUBLE, CONDITIONED_JA)', () => {
  it.each([
    'If there are no problems, please leave a review.',
    'Wenn es keine Probleme gibt, schreiben Sie bitte eine Bewertung.',
    'Si no hay ningún problema, ¿nos deja una reseña?',
    'Si vous n\'avez rencontré aucun problème, un petit avis nous aiderait beaucoup.',
    'Se non ci sono problemi, ci lasci una recensione.',
    'Se não houver nenhum problema, deixe uma avaliação.',
    '問題なければ、ぜひレビューをお願いします。',
    '不具合がなければ、評価をいただけますと幸いです。',
    'Nachdem alles geklärt ist, würden wir uns freuen, wenn Sie eine Bewertung schreiben.',
  ])('%s is leading', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    'If there are no problems with the return, the refund follows in 3 days.',
    '問題なければ、返品ラベルをお送りします。',
    'Wenn es keine Probleme gibt, versenden wir morgen.',
    'Se non ci sono problemi, il rimborso arriva entro 3 giorni.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s30 rrecb: a share off the next purchase is a reward beside a review ask (review-incentive.ts NEXT_ORDER_SHARE)', () => {
  it.each([
    'Con il codice X avrà il 5% sul prossimo acquisto se lascia una recensione.',
    'Mit dem Code X bekommen Sie 5 % auf Ihren nächsten Einkauf, wenn Sie eine Bewertung schreiben.',
    'Avec le code X, vous aurez 5 % sur votre prochaine commande si vous laissez un avis.',
    'Con el código X tendrá un 5 % en su próxima compra si deja una reseña.',
    'Com o código X você ganha 5% na próxima compra se deixar uma avaliação.',
    'With code X you\'ll have 5% on your next order if you leave a review.',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'With code X you get 5% on your next order. Reviews are voluntary and have nothing to do with it.',
  ])('%s asks no review', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s30 rrecb: the buyer\'s own rating moved "from 1 to 5" is no scale explained (context-guards.ts OWN_RATING_MOVED)', () => {
  it.each([
    ['Oui, via Vos commandes. Pourriez-vous passer votre note de 1 à 5 étoiles ?', 'Est-ce que je peux modifier mon commentaire ?'],
    ['Yes, via Your Orders. Could you change your rating from 1 to 5 stars?', 'Can I edit my review?'],
    ['Ja, über Meine Bestellungen. Könnten Sie Ihre Bewertung von 1 auf 5 Sterne ändern?', 'Kann ich meine Bewertung ändern?'],
  ])('%s is leading', (text, buyer) => expect(rules(text, buyer)).toContain('leading'));
  it.each([
    ['Sie können Ihre Bewertung von 1 bis 5 Sternen abgeben, ganz wie Sie möchten.', 'Wie funktioniert die Bewertung?'],
    ['Vous choisissez une note de 1 à 5 étoiles, c\'est vous qui décidez.', 'Comment fonctionne la notation ?'],
  ])('%s stays clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
});
