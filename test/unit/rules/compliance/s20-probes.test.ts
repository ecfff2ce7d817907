// s20 (lead, from the last probes l and m, fixed after their scores were taken). m's false alarms: a thank-you for stars
// already given, a repeat buyer's orders told as a fact, the seller calling itself a new brand, and an ID the buyer brings
// to a pickup point are compliant. l's errors: a second thanks "and for taking the time to write a review", an adverb
// between the if and the pronoun of a rewarded review ask, "we hope it will be your case too" after most customers' stars.
// Own paraphrases, with near-misses that keep their findings.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) => [...new Set(checkMessage(text, {}).map((f) => f.rule))].sort();

describe('s20 m: compliant', () => {
  it.each([
    ['thanks so much for the 5-star review (en)', 'Thank you so much for the lovely 5-star review, Ana! The whole workshop read it.'],
    ['thanks a lot for the five stars (en)', 'Thanks a lot for the five stars - glad the lamp fits the hallway.'],
    ['a repeat buyer thanked (de)', 'Schön, dass Sie schon wieder bei uns bestellen - die Sendung ist unterwegs.'],
    ['we are a new brand (en)', "We're a small new brand, so every order is packed by hand in our workshop."],
    ['wir sind eine neue Marke (de)', 'Wir sind eine junge Marke und prüfen jede Tasse vor dem Versand.'],
    ['nous sommes une nouvelle marque (fr)', 'Nous sommes une toute nouvelle marque : chaque colis est préparé à la main.'],
    ['lleva tu DNI al punto de recogida (es)', 'Tu pedido está en el punto de recogida; lleva tu DNI y el código que te mandó el transportista.'],
    ['porta con te il documento (it)', 'Il pacco è in giacenza all\'ufficio postale: porta con te un documento d\'identità per ritirarlo.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('s20 m: the near-misses keep their findings', () => {
  it.each([
    ['a 5-star ask after a thank-you (en)', 'Thank you so much! Please leave us a 5-star review.', 'review_request'],
    ['order from us directly (de)', 'Zubehör können Sie auch direkt bei uns bestellen.', 'offplatform'],
    ['a new collection after the self-description (en)', "We're a new brand - our new collection of teas is out now.", 'marketing'],
    ['an ID sent to the seller (es)', 'Lleva tu DNI a Correos y mándanos también una foto de él por aquí.', 'personal_data'],
  ])('%s', (_name, text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('s20 l', () => {
  it('a second thanks for a review written is thanks (en)', () => {
    expect(rules('Thanks for telling us the new kettle works, and for taking the time to write a review.')).toEqual([]);
  });
  it('... but written later it is an ask (en)', () => {
    expect(rules('Thanks for your order, and for taking the time to write a review once it arrives.')).toContain('review_request');
  });
  it.each([
    ['it, poi', 'Se poi ci lascia una recensione, le regaliamo un buono da 10 €.'],
    ['es, luego', 'Si luego nos deja una reseña, le regalamos un cupón de 5 €.'],
    ['pt, depois', 'Se depois nos deixar uma avaliação, enviamos um vale de 10 reais.'],
    ['fr, ensuite', 'Si vous nous laissez ensuite un avis, nous vous offrons un bon de 10 €.'],
  ])('a rewarded review ask with an adverb after the if is leading + review_request (%s)', (_name, text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
  it('"we hope it will be your case too" after most customers\' five stars asks for them (fr)', () => {
    expect(rules('La plupart de nos clients nous donnent 5 étoiles, on espère que ce sera aussi votre cas.')).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
  it('... not after most customers\' size', () => {
    expect(rules('La plupart de nos clients prennent la taille M ; on espère que ce sera aussi votre cas.')).toEqual([]);
  });
});
