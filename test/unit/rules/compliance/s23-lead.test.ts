// Session 23, the lead's fixes after the retrain.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) => checkMessage(text).map((f) => f.rule);

describe('s23 lead: an amount the buyer pays is a price fact, not a way off Amazon (model guard)', () => {
  it.each([
    'El envío lleva 3 días y paga 2 euros menos de portes.',
    'With the refill pack you pay 3 € less per cartridge.',
    'Sie zahlen nur 4,90 € Versand, egal wie viele Teile.',
    'Com o kit você paga R$ 20 a menos no frete.',
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    ['Paga 20 euros por Bizum y te lo enviamos hoy.', 'offplatform'],
    ['You pay 15 $ directly via PayPal and we ship it tomorrow.', 'offplatform'],
    ['Zahlen Sie 30 € per Überweisung, dann geht das Paket raus.', 'offplatform'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));
});
