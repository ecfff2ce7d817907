// s20 (lead, from probe m's false alarms, fixed after its score was taken): a thank-you for stars already given, a repeat
// buyer's orders told as a fact, the seller calling itself a new brand, and an ID the buyer brings to a pickup point are
// compliant; own paraphrases, with near-misses that keep their findings.
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
