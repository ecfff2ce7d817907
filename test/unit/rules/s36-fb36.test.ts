// Session 36, helper fb36: misses of the fitted batch s36-g3 (quiet marketing) read by structure, in our own words (not the batch's
// sentences) - each kind with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s36 fb36: a unit price cut with the unit between the amounts (price-pitch.ts)', () => {
  it.each([
    'Kleiner Tipp: ab 4 Stück zahlen Sie nur 5,50 € pro Beutel statt 6,90 €.',
    'Take three and pay just $4 per roll instead of $5.',
  ])('flags %s', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    'You were charged $4 per roll instead of $5 by mistake, we refunded the difference.',
    'Ihnen wurden 6,90 € pro Beutel statt 5,50 € berechnet, wir erstatten die Differenz.',
  ])('keeps clear %s', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe('s36 fb36: hearing of the offers first, a promotion list (lexicons offers-first)', () => {
  it.each([
    'Sign up here and be the first to hear about our flash sales.',
    'Um als Erster von neuen Angeboten zu erfahren, schreiben Sie uns.',
    'Si quieres enterarte antes que nadie de nuestras rebajas, dinos y te apuntamos.',
    'Ci scriva e sarà la prima a sapere delle nostre promozioni.',
  ])('flags %s', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    'You will be the first to know when the parcel ships.',
    'Te enterarás antes que nadie de cuándo sale tu paquete.',
    'Sarà il primo a sapere quando parte il pacco.',
  ])('keeps clear %s', (text) => expect(rules(text)).not.toContain('marketing'));
});
