// Session 27, helper rev: the causes behind the review_request / leading misses and false alarms of blind batches s27 a, c, e
// and f - in our own words, with variants in the languages each fix serves and near-misses that must stay as they were (the
// violations next to each guard still flag).
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds among the review ones (the learned layer's warnings left out unless asked). */
const REVIEW_RULES = new Set(['leading', 'review_request', 'review_channel']);
const rules = (text: string, buyerMessage?: string, withModel = false) =>
  [
    ...new Set(
      checkMessage(text, { buyerMessage })
        .filter((f) => (withModel || f.layer !== 'model') && REVIEW_RULES.has(f.rule))
        .map((f) => f.rule),
    ),
  ].sort();

describe('s27 rev: 評価 as an evaluation edition, a star row that shows a score', () => {
  it.each([
    '評価版の有効期限は30日です。製品版キーを入力すると、評価版の設定はそのまま引き継がれます。',
    '評価用ボードの回路図はマニュアルの12ページにございます。ご確認ください。',
    'Battery life ★★★☆☆ / Weight ★★★★☆ - both measured by our lab.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    ['商品の評価をいただけますと幸いです。', ['review_request']],
    ['Give us ★★★★★ if the lamp works!', ['leading', 'review_request']],
  ])('%s still flags', (text, expected) => expect(rules(text)).toEqual(expect.arrayContaining(expected)));
  it('a full row still leads', () => expect(rules('⭐⭐⭐⭐⭐ would make our day!')).toContain('leading'));
});

describe('s27 rev: the seller unable to change an average, an indirect question is no condition', () => {
  it.each([
    'La nota media la calcula Amazon con todas las opiniones y nosotros no podemos cambiarla.',
    'Quería saber si la batidora funciona bien después del cambio de cuchilla.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    ['Volevo chiederle se la moka funziona bene. Se le va, ci lasci un parere sulla pagina del prodotto.', ['review_request']],
    ['Je voulais savoir si la lampe fonctionne bien. Laissez un avis sur la page du produit.', ['review_request']],
  ])('%s asks without a satisfaction condition', (text, expected) => expect(rules(text)).toEqual(expected));
  it.each([
    ['Se la moka funziona bene, ci lasci un parere sulla pagina del prodotto.', ['leading', 'review_request']],
    ['Mi faccia sapere se è tutto a posto; in quel caso una recensione ci farebbe piacere.', ['leading', 'review_request']],
    ['Su valoración de dos estrellas baja la media; ¿podría modificarla ahora que tiene el repuesto?', ['leading']],
  ])('%s still leads', (text, expected) => expect(rules(text)).toEqual(expect.arrayContaining(expected)));
});

describe("s27 rev: the buyer's threat of a bad review reported back", () => {
  it.each([
    ["You mentioned you'd leave a one-star review. Understood - the refund of $18 is on its way.", 'The kettle leaks, refund me or 1 star.'],
    ['Sie schrieben, Sie würden eine negative Bewertung abgeben. Das respektieren wir, die Erstattung läuft bereits.', undefined],
    ['Dices que dejarías una reseña negativa; lo respetamos, el reembolso ya está hecho.', undefined],
    ["Vous dites que vous allez laisser un avis négatif : c'est votre droit, le remboursement est fait.", undefined],
  ])('%s stays clean (model too)', (text, buyer) => expect(rules(text, buyer, true)).toEqual([]));
  it.each([
    "You said you'd leave a review once it arrived - please do!",
    "You mentioned you'd post a 1-star review; could you hold off until the new one arrives?",
    "You said you'd leave a 1-star review. Leave 5 stars instead and get a gift card.",
  ])('%s still flags', (text) => expect(rules(text).length).toBeGreaterThan(0));
});

describe('s27 rev: a reward after the review is left, a draw among reviewers by a date', () => {
  it.each([
    "When the new filter is in and you've posted your review, we'll send you a $10 gift card.",
    'Cuando llegue la funda y haya dejado su reseña, le enviamos una tarjeta regalo de 10 €.',
    'Sobald das Ersatzteil da ist und Sie Ihre Bewertung geschrieben haben, schicken wir Ihnen einen Gutschein.',
    'Unter allen, die bis 15.11. eine Bewertung zur Lampe schreiben, verlosen wir zwei Gutscheine.',
  ])('%s', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    "Once it's in and you've tested it, we'll send a refund for the old unit.",
    "When the courier is there and you've signed, we'll refund the shipping.",
    'Die Ware kommt am 31.10. Danke für Ihre Geduld!',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe("s27 rev: a reminder of the review, the spare minute, told when it's live", () => {
  it.each([
    'Oi! Não esqueça da avaliação do tapete, tá?',
    "Don't forget about your review of the desk lamp!",
    'A small reminder that your rating of the teapot helps other buyers - whenever you get a moment.',
    'Ihre Bewertung der Pfanne hilft anderen Käufern, wenn Sie mal einen Moment haben.',
    'Let us know when your review of the grinder is up.',
    'Avísenos cuando su reseña esté publicada, ¡gracias!',
    'Let us know when your review is up, thanks!',
  ])('%s asks', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    "Don't forget to keep the receipt for the warranty.",
    'Não esqueça a nota fiscal dentro da caixa.',
    "Don't forget: reviews can only be written after delivery.",
    'Whenever you have a minute, please send a photo of the crack.',
    'Whenever you have a minute to check the seal, let us know.',
    'Let me know when the review is removed; Amazon handles that.',
    'Let us know once the replacement is live in the app.',
    'Thanks for your review! Let us know when the new lid is up and running.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s27 rev: a threatened review withheld or a top count asked', () => {
  it.each([
    ["Refund's done - please hold off on the 1 star until you've tried the new unit?", 'Refund or I give 1 star.'],
    ["Nous remboursons l'article si vous acceptez de ne pas publier cet avis.", 'Je vais mettre 1 étoile.'],
  ])('%s is leading only', (text, buyer) => expect(rules(text, buyer)).toEqual(['leading']));
  it.each([
    'Pedimos que não deixe a avaliação de uma estrela; depois coloque 5, por favor.',
    "Please don't leave 1 star - give it 5 instead.",
    'Ne mettez pas une étoile, mettez-en 5 !',
  ])('%s asks a new top rating', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    'A avaliação chega em 2 dias. Coloque 5 gotas de óleo na dobradiça.',
    'Thanks for the 5 stars! Give it 5 minutes to heat up.',
    'We test each unit to avoid 1-star reviews.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe("s27 rev: the buyer's praise passed on, an opinion left, impressions accepted", () => {
  it.each([
    ['Wie schön! Erzählen Sie das gern auch den anderen Käufern in einer Rezension.', 'Die Pfanne ist super!'],
    ['Que bom! Conte isso na sua avaliação da Amazon, por favor.', 'Amei a chaleira!'],
  ])('%s leads', (text, buyer) => expect(rules(text, buyer)).toEqual(['leading', 'review_request']));
  it.each([
    ['Genial. ¿Nos dejaría una reseña de la mochila cuando pueda?', 'Todo perfecto, gracias'],
    ['Wie schön! Erzählen Sie das gern den anderen Käufern in einer Rezension.', 'Wann kommt die Lieferung?'],
  ])('%s stays a plain ask', (text, buyer) => expect(rules(text, buyer)).toEqual(['review_request']));
  it.each(['¿Nos deja su opinión de la lámpara?', 'Ci lasci il suo parere sul frullatore, grazie.', 'ご感想はこちらのメッセージでも受け付けております。'])('%s asks', (text) =>
    expect(rules(text)).toEqual(['review_request']),
  );
  it.each(['¿Nos dejas tu opinión sobre el color que prefieres?', 'Le dejo mi opinión: la talla M le quedará mejor.', '返品はこちらで受け付けております。', 'レビューへのご返信は受け付けておりません。'])(
    '%s stays clean',
    (text) => expect(rules(text)).toEqual([]),
  );
});
