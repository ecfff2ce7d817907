// Session 22, the lead's fixes of reviewer 3's nits left open in session 21 (#9 the Pix-key look-behind, #11 a subject
// pronoun in "be the next").
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) => [...new Set(checkMessage(text, {}).map((f) => f.rule))].sort();

describe('s22 lead: reviewer 3 nits', () => {
  it('a tool key after a Pix refund, or "Pix" inside a word, is no Pix key', () => {
    expect(rules('O estorno sai por Pix amanhã; sua chave Allen extra vai no saquinho.')).not.toContain('personal_data');
    expect(rules('O Pixel chegou? Sua chave reserva está no envelope lateral.')).toEqual([]);
    expect(rules('Devolvo o valor por Pix, é só me mandar sua chave.')).toContain('personal_data');
  });

  it.each([
    ['Quasi tutti i clienti lasciano una recensione. Sarà lei la prossima?', 'leading'],
    ['Casi todos los compradores dejan una valoración. ¿Será usted la siguiente?', 'leading'],
    ['A maioria dos compradores deixa uma avaliação. Será você a próxima?', 'leading'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));

  it.each([
    ['Quasi tutti i clienti ritirano il pacco al locker. Sarà lei la prossima?', []],
    ['Casi todos eligen el color azul. ¿Será usted el siguiente en probarlo?', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));

  // a German refusal with its object first stays a refusal before "aber" + another sentence; only "aber für" another purpose
  // takes the channel back (s18 review's test)
  it.each([
    ['Gutscheine oder Rabattcodes vergeben wir leider nicht, aber wir helfen Ihnen gern bei Fragen zum Produkt.', []],
    ['Rabattcodes vergeben wir nicht, aber die Lieferung ist schon kostenlos.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
  it('"nicht für X, aber für Y gern" offers the channel for Y', () => {
    expect(rules('Telegram nutzen wir nicht für Reklamationen, aber für Bestellungen gern - schreiben Sie uns einfach dort.')).toContain('offplatform');
  });
});
