// False alarms of the s15 blind batch (compliant replies), each fixed by its cause and written here in
// other words - and the offers the same guards must still let through.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) => [...new Set(checkMessage(text).map((f) => f.rule))].sort();

describe('a sales event named as the cause of a delay', () => {
  it.each([
    'With the Black Friday orders surge, your parcel leaves a day later than planned.',
    'Due to Black Friday our warehouse is running about a day late.',
    'Wegen des Black Friday ist unser Lager im Rückstand; Ihr Paket geht morgen raus.',
    'En raison du Black Friday, votre colis partira avec un jour de retard.',
    'Debido al Black Friday, su pedido sale mañana en lugar de hoy.',
    'Per via del Black Friday la consegna slitta di un giorno.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags the event offered', () => {
    expect(rules('Our Black Friday deals start on Thursday.')).toContain('marketing');
    expect(rules('Unser Black Friday beginnt am Donnerstag!')).toContain('marketing');
    expect(rules('Ne manquez pas notre Black Friday !')).toContain('marketing');
  });
});

describe('a launch verb whose object is the order\'s own work', () => {
  it.each([
    'We have launched an investigation with the carrier and will update you by Friday.',
    'Dès que vous confirmez le prénom, nous lançons la gravure.',
    'Lanzamos la producción de su cartel en cuanto nos confirme el texto.',
    'Abbiamo lanciato una richiesta di rimborso al corriere.',
    'Lançamos a produção da placa assim que você confirmar o nome.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a launched product', () => {
    expect(rules("We've just launched a matching side table.")).toContain('marketing');
    expect(rules('Nous lançons une nouvelle gamme de théières en fonte.')).toContain('marketing');
    expect(rules('Lanzamos una nueva colección de cojines.')).toContain('marketing');
  });
});

// the development rows' last compliant false alarms (session 14's note), fixed by cause
describe('Amazon as the one asking for an opinion', () => {
  it.each([
    'Amazon potrebbe mandarle una mail automatica che chiede il suo parere: non la inviamo noi.',
    'A Amazon pode mandar um e-mail automático pedindo sua avaliação; não somos nós que enviamos.',
    'Amazon puede enviarle un correo automático que pide su opinión; no lo enviamos nosotros.',
    "Amazon peut vous envoyer un e-mail automatique qui demande votre avis ; ce n'est pas nous.",
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags the seller\'s own ask in the same sentence after "and"', () => {
    expect(rules('A Amazon pode mandar um e-mail, e adoraríamos sua opinião também, por favor!')).toContain('review_request');
    expect(rules('Ci lasci un parere, per favore!')).toContain('review_request');
  });
});

describe('thanks for a rating already given, in Spanish', () => {
  it('is no ask', () => {
    expect(rules('Muchas gracias por tomarse el tiempo de valorar la compra.')).toEqual([]);
  });
  it('the rate verb with its object still asks', () => {
    expect(rules('Valore el producto en Amazon cuando pueda.')).toContain('review_request');
  });
});
