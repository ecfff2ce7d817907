// Session 28, helper rev: the review-ask kinds of the s28 kind list, read by structure in our own words (not the batch's
// sentences), with near-misses that must stay as they are - and, beside each guard, violations that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds among the review ones (the learned layer's findings left out). */
const REVIEW_RULES = new Set(['leading', 'review_request', 'review_channel']);
const rules = (text: string, buyerMessage?: string) =>
  [
    ...new Set(
      checkMessage(text, { buyerMessage })
        .filter((f) => f.layer !== 'model' && REVIEW_RULES.has(f.rule))
        .map((f) => f.rule),
    ),
  ].sort();

describe('s28 rev: the buyer\'s threat read by the seller and reported back (reported-threat.ts)', () => {
  it.each([
    'We saw in your message that you\'ll leave a 1-star review unless it arrives. It is out for delivery.',
    'Ich habe gelesen, dass Sie eine negative Rezension schreiben, falls das Paket fehlt. Es ist unterwegs.',
    'J\'ai lu que vous alliez laisser un avis négatif. Le colis arrive demain.',
    'He leído que va a dejar una reseña negativa. El paquete llega mañana.',
    'Li que você vai deixar uma avaliação negativa. O pacote chega amanhã.',
    'Abbiamo letto che vuole lasciare una recensione negativa; il corriere consegna domani.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'I read your note that you\'d leave a review - please do, five stars would be great.',
    'We saw that you\'ll post a one-star review; could you post a five-star one instead?',
    'Ho letto che intende lasciare una recensione: la lasci pure, grazie!',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s28 rev: the seller refusing to ask for a change, with an auxiliary or "a gente" (review-change.ts SELLER_ASKS, ja.ts)', () => {
  it.each([
    'No vamos a pedirle que modifique su reseña; es cosa suya.',
    'Não vamos pedir que você altere sua avaliação.',
    'A gente não pede pra ninguém apagar avaliação, fique tranquilo.',
    'Nous n\'allons pas vous demander de modifier votre avis.',
    '評価の修正や削除をお願いすることは決してございません。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'No le vamos a pedir mucho: solo que cambie su valoración.',
    'A gente não pede muito, mas poderia remover a avaliação?',
    'Vamos a pedirle que cambie su valoración ahora que tiene la funda nueva.',
    'A gente pede que você remova a avaliação, já que devolvemos o dinheiro.',
    'レビューの変更をお願いできませんでしょうか。',
  ])('%s still asks for the change (leading)', (text) => expect(rules(text)).toContain('leading'));
});

describe('s28 rev: a star count that classes a hotel (device-setting.ts hotelStarClass)', () => {
  it.each([
    'Das Hotel hat fünf Sterne.',
    'Die Handtücher kommen aus einem Hotel mit fünf Sternen in Wien.',
    'Ce sont les draps d\'un hôtel cinq étoiles parisien.',
    'Es la misma almohada que usan los hoteles de cinco estrellas.',
    'São os mesmos lençóis de hotéis cinco estrelas.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Hotel oder nicht - geben Sie uns bitte fünf Sterne!',
    'Wie in einem Hotel mit fünf Sternen? Dann geben Sie uns bitte fünf Sterne!',
    'Come in un hotel a cinque stelle: ci lasci cinque stelle nella recensione!',
    'Five stars, please - like the hotel!',
  ])('%s still asks for five stars (leading)', (text) => expect(rules(text)).toContain('leading'));
});
