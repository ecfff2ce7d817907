// Session 14 (leading/review_request helper): a leading phrase that is itself an ask for a review also asks
// for one (conditioned, sympathy, social proof with a request); a QR card that leads to the review form; a
// longer warranty as the reward for a review; a reward for removing a review is leading only. Each case is
// a new sentence of the shape the s14-lead batch showed missed (rows in test/corpus/real/s14-lead.jsonl),
// with the near-misses each fix must leave alone.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) => [...new Set(checkMessage(text).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();

describe('s14-lead asks are found', () => {
  it.each([
    ['a conditioned star ask with "te pedimos" (es)', 'Si la mochila te ha gustado, te pedimos que la valores con 5 estrellas.', ['leading', 'review_request']],
    ['social proof, then "you too" (es)', 'Casi todos nuestros clientes puntúan la tostadora con cinco estrellas; ojalá tú también.', ['leading', 'review_request']],
    ['social proof with a hope the buyer does the same (fr)', 'La grande majorité de nos acheteurs mettent cinq étoiles au grille-pain ; nous espérons que vous ferez de même.', ['leading', 'review_request']],
    ['sympathy, the ask in the next sentence (en)', 'Small shops like ours live on reviews. A short one from you would mean the world.', ['leading', 'review_request']],
    ['sympathy before a Japanese ask', '当店は夫婦で営む小さなお店です。ぜひレビューでご感想をお聞かせください。', ['leading', 'review_request']],
    ['a QR code that takes the buyer to the review form (en)', 'The card in the parcel has a QR code that takes you to the review form for the lamp.', ['review_request']],
    ['a QR code to the review page (de)', 'Der QR-Code auf der Karte führt Sie direkt zur Bewertungsseite der Tasse.', ['review_request']],
    ['a QR code to rating the product (pt)', 'O QR code do cartão leva você direto para avaliar a chaleira.', ['review_request']],
    ['a longer warranty for a review (en)', 'As a thank-you for your review we add 12 extra months of warranty.', ['leading', 'review_request']],
    ['a warranty extension for five stars (de)', 'Wer uns mit 5 Sternen bewertet, bekommt eine Garantieverlängerung um ein Jahr.', ['leading', 'review_request']],
    ['a warranty for every rating (es)', 'Por cada valoración de 5 estrellas regalamos un año extra de garantía.', ['leading', 'review_request']],
    ['post a rating and receive a gift (fr)', 'Publiez votre note et recevez gratuitement un filtre.', ['leading', 'review_request']],
    ['a rating, then what we ship (it)', 'Lascia la tua valutazione e ti spediamo in omaggio un filtro.', ['leading', 'review_request']],
    ['yes/no question, then "então" (pt)', 'Deu tudo certo? Então manda umas estrelas pra gente!', ['leading', 'review_request']],
  ])('%s', (_name, text, expected) => {
    expect(rules(text)).toEqual(expected);
  });
});

describe('s14-lead: a reward for removing a review is leading only', () => {
  it.each([
    ['a refund once the review is deleted (de)', 'Wir erstatten Ihnen den Kaufpreis, sobald Sie Ihre Bewertung gelöscht haben.'],
    ['a replacement once the feedback is deleted (en)', 'We will send a new unit at no cost once your feedback has been deleted.'],
    ['a partial refund once the review is removed (it)', 'Riceverà 10 euro appena avrà rimosso la sua recensione.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual(['leading']);
  });
});

describe('s14-lead: leading statements that ask for no new review stay leading only', () => {
  it.each([
    ['social proof alone (en)', 'Most of our buyers rate this grinder 5 stars.'],
    ['social proof and an agreement hoped for (en)', 'Our customers consistently give us top marks, and we hope you will agree!'],
    ['contact-first (en)', 'If anything is wrong, please message us before leaving a rating.'],
    ['reconsider a rating (es)', '¿Podría subir su valoración de 2 estrellas ahora que todo está resuelto?'],
    ['revisit a rating (en)', 'Now that it works, would you mind revisiting the 2-star rating?'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual(['leading']);
  });
});

describe('s14-lead near-misses stay clear', () => {
  it.each([
    ['a QR code to the assembly video (en)', 'The QR code on the card opens the assembly video for the shelf.'],
    ['a QR code to the manual (de)', 'Der QR-Code auf dem Karton öffnet die Anleitung.'],
    ['a QR code to read the reviews (en)', 'The QR code on the box opens the listing so you can read the reviews.'],
    ['a warranty without a review (en)', 'The warranty is extended to three years automatically for all orders placed this month.'],
    ['a warranty without registration (es)', 'La garantía de dos años se aplica automáticamente desde la entrega.'],
    ['thanks for a review (it)', 'Grazie mille per la bella recensione sulla borraccia.'],
    ['a small family shop with no ask (fr)', 'Nous sommes une petite entreprise familiale, la gravure demande donc trois jours.'],
    ['a conditioned sentence with no ask (en)', 'If you are happy with the replacement, there is no need to return the first unit.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
});
