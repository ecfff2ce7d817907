// Misses of the s16 blind batch, each fixed by its structure and written here in other words - and the
// compliant replies next to them that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('a reward for an opinion: thanks given with a gift, an opinion word, a code of N percent', () => {
  it.each([
    "Share your honest thoughts about the lamp on Amazon and we'll send you a 10% code.",
    'Für Ihre Bewertung auf Amazon bedanken wir uns mit einem Gutschein über 10 €.',
    'Deje su opinión en la ficha y le mandamos un código del 10 % de regalo.',
    'Per la sua recensione la ringraziamo con un buono sconto del 10 %.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it('reads a code sent for a next purchase as marketing, not as a replacement sent', () => {
    expect(rules('Nous vous envoyons un code de 10 % pour votre prochaine commande.')).toContain('marketing');
    expect(rules('Te mandamos um código de 10% para a sua próxima compra.')).toContain('marketing');
  });

  it('leaves thanks and codes that reward nothing alone', () => {
    // (an opinion asked here is a review ask of its own, but the tracking code is no reward for it)
    expect(rules("Share your thoughts with us here and we'll send you the tracking code.")).not.toContain('leading');
    expect(rules('Vielen Dank für Ihre Bewertung, wir bedanken uns mit einem herzlichen Gruß.')).toEqual([]);
    expect(rules('Le mandamos el código de seguimiento en cuanto salga el paquete.')).toEqual([]);
  });
});

describe('an ask after an assumed good experience or a small team', () => {
  it.each([
    'Siamo contenti che la friggitrice funzioni benissimo! Perché non dirlo anche agli altri clienti?',
    'Que bom que a luminária agradou! Conta para os outros compradores também?',
    'If the scarf has been keeping you warm this winter, a few stars on its page would mean a lot to us.',
    'Nous sommes un atelier de trois personnes : chaque avis laissé sur Amazon compte énormément pour nous.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it('reads "the other buyers too" as an audience, not a cross-sell', () => {
    expect(rules('Que bom que a luminária agradou! Conta para os outros compradores também?')).not.toContain('marketing');
    expect(rules('Other customers also bought the matching lid from our range.')).toContain('marketing');
  });

  it('leaves gladness without an ask alone', () => {
    expect(rules('Que bom que o tapete agradou! Qualquer dúvida, estamos aqui.')).toEqual([]);
    expect(rules('If the replacement works perfectly, let us know here.')).toEqual([]);
  });
});

describe('review wording after Request a Review', () => {
  const requested = { reviewAlreadyRequested: true };
  it.each([
    'Thanks a lot for the kind words you left about the teapot!',
    'Grazie mille per aver valutato la lampada!',
  ])('%s', (text) => {
    expect(rules(text, requested)).toContain('review_channel');
  });

  it('leaves thanks for the words of a message alone', () => {
    expect(rules('Thanks for the kind words in your message, glad it arrived.', requested)).toEqual([]);
  });
});

describe('an address spelled with "ät" and "punkt" after a sending verb', () => {
  it('is an invitation off Amazon', () => {
    expect(rules('Schicken Sie das Video bitte an hilfe ät gartenzwerg punkt de, das geht schneller.')).toEqual(
      expect.arrayContaining(['email', 'offplatform']),
    );
  });

  it('leaves a sending verb without an address alone', () => {
    expect(rules('Schicken Sie die Fotos bitte hier im Nachrichtenfenster.')).toEqual([]);
  });
});

describe('the s16 compliant batches: the violations among them', () => {
  it.each([
    "Once your review is up, we'll extend your warranty by a year.",
    "If the grinder is doing exactly what you wanted, a few lines on its page would help other buyers.",
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it('reads a call verb for a third person before a number as an invitation', () => {
    expect(rules('Para la garantía hable con Marta, nuestra técnica: llámela al 910 000 275.')).toContain('offplatform');
  });

  it('leaves an extension with no review alone', () => {
    expect(rules("Once your return arrives, we'll extend the refund to the shipping costs too.")).toEqual([]);
  });
});

describe("a lower price at the seller's own web address", () => {
  it.each([
    'Otra vez puede comprarnos directamente en lamparasdelsur.shop, sin las comisiones de Amazon.',
    'In unserem eigenen Laden unter kerzenhof.de ist das Set etwas günstiger, da keine Gebühren anfallen.',
    'Nos prix sont plus bas en direct sur maison-varenne point fr (pas de commission).',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

  it("leaves another shop's price and a refused lower price alone", () => {
    expect(rules('Ersatzfilter sind bei filterwelt.de günstiger als das Original, aber wir empfehlen das Original.')).not.toContain('marketing');
    expect(rules('Nos prix ne sont pas plus bas sur atelier-varenne.fr, tout passe par Amazon.')).not.toContain('marketing');
  });
});

describe('a lower price in other words', () => {
  it.each(['Our prices are lower on acmeshop.com.', 'It costs less on our own website.'])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });
});
