// s20 review 2 (read-only reviewer of the second half): own paraphrases of its findings and near-misses.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) => [...new Set(checkMessage(text, {}).map((f) => f.rule))].sort();

describe('#1 weighing: not "take it into account when assessing which size", not a third party weighing', () => {
  it.each([
    ['es, valorar si', 'Le aconsejo tenerlo en cuenta para valorar si la talla L le irá mejor.'],
    ['it, nel valutare quale', 'Ne tenga conto nel valutare quale colore ordinare.'],
    ['pt, ao avaliar qual', 'Leve isso em conta ao avaliar qual modelo escolher na troca.'],
    ['fr, en évaluant la taille', "Merci d'en tenir compte en évaluant la pointure pour l'échange."],
    ['en, review the steps', 'Please keep this in mind when you review the wiring steps in the manual.'],
    ['fr, the workshop weighs', "Votre avis a été transmis à l'atelier, qui en tiendra compte."],
    ['es, the maker weighs', 'Su reseña la hemos pasado al fabricante, que lo tendrá en cuenta.'],
    ['de, we weigh', 'Wir haben Ihre Bewertung gelesen und werden das berücksichtigen.'],
    ['en, the stars left to the buyer', 'Please take this into account when you pick a size; your stars are always your own choice.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).not.toContain('leading');
  });
  it.each([
    ['es', 'Le hemos devuelto el envío y esperamos que lo tenga en cuenta al puntuarnos.'],
    ['en', 'We refunded the postage and hope you will take it into account when you rate us.'],
    ['de', 'Wir haben Ihnen 5 € erstattet und hoffen, dass Sie das bei Ihrer Bewertung berücksichtigen.'],
  ])('the ask itself stays leading (%s)', (_name, text) => {
    expect(rules(text)).toContain('leading');
  });
});

describe('#2 an SMS the buyer can send to the seller\'s number invites', () => {
  it.each([
    ['es', 'Puede enviar un SMS al 612 345 678 con la foto.'],
    ['it', 'Ci può mandare un SMS al 333 1234567.'],
    ['de', 'Sie können auch eine SMS an 0151 12345678 senden.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it('... not the carrier\'s SMS to the buyer', () => {
    expect(rules('La transportista le enviará un SMS al 612 345 678 antes de la entrega.')).not.toContain('offplatform');
  });
});

describe('#3 thanks for a review left, with a parcel on its way or an apology after it', () => {
  it.each([
    ['a particular review, a replacement coming', "Thanks for taking the time to write that detailed review of the lamp. We've sent a new shade; it should arrive on Friday."],
    ['an apology after a bare thanks', "Thank you for taking the time to leave a review! We're sorry the handle came loose - a new one is on its way."],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
  it('a bare thanks while the order ships is thanks in advance', () => {
    expect(rules('Your parcel ships today. Thank you for taking the time to leave a review.')).toContain('review_request');
  });
});

describe('#4, #5, #6, #7', () => {
  it('ja: an assessment by a carrier is no review reminder', () => {
    expect(rules('配送業者による破損状況の評価はすでに終わりましたでしょうか。')).toEqual([]);
  });
  it('ja: "have you written the review yet" still is', () => {
    expect(rules('もうレビューはお書きいただけましたでしょうか。')).toContain('review_request');
  });
  it('"but ... there" after Amazon keeps the refusal (it)', () => {
    expect(rules('Purtroppo su WhatsApp non possiamo rispondere, ma nella messaggistica di Amazon ci trova lì ogni giorno.')).toEqual([]);
  });
  it('a memory card is no review card (de)', () => {
    expect(rules('Legen Sie die Speicherkarte ein. Danach gelangen Sie über das Menü direkt zur Bewertung Ihrer Fotos.')).toEqual([]);
  });
  it('"we just use it" is no no (en)', () => {
    expect(rules('You asked whether we have a WhatsApp number - we just use it for quick questions, so write to us there.')).toContain('offplatform');
  });
});
