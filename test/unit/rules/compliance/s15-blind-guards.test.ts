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

// the read-only reviewer's findings on the guards above (session 15)
describe('the guards do not clear what they were not written for', () => {
  it.each([
    'Black Friday week: our bluetooth speaker is part of the event.',
    'Our Black Friday event starts now - shop early to beat the rush!',
    'Nuestro Black Friday empieza el jueves, sin demora en los envíos.',
    'Il nostro Black Friday inizia lunedì, senza ritardi di spedizione.',
    "En raison du succès, notre Black Friday est prolongé jusqu'à dimanche !",
  ])('a Black Friday offer with a logistics word beside it: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each(["We've launched a production-grade version of this grinder.", 'Lançamos a produção limitada da caneca azul.'])('a launch of a product run: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'A Amazon vai entregar amanhã, então poderia deixar uma avaliação, por favor?',
    'Amazon wird das Paket morgen zustellen – bitte schenken Sie uns danach eine Bewertung.',
  ])('an ask after a delivery note naming Amazon: %s', (text) => {
    expect(rules(text)).toContain('review_request');
  });

  it('a French "sac" is a bag, not a customer line', () => {
    expect(rules('Le sac de rechange est expliqué dans la notice, page 4.')).toEqual([]);
    expect(rules('O SAC da loja atende no 0800 555 1234.')).toContain('offplatform');
  });
});

describe('thanks for a rating and the seller\'s own check are no asks', () => {
  it.each(['Obrigada por avaliar a chaleira.', 'Obrigado por nos avaliar, ficamos felizes!', 'After a quick review of your photos, we will send you a free replacement.'])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('after Request a Review the thanks is review wording, and the asks still count', () => {
    expect(checkMessage('Obrigado por avaliar nossa loja!', { reviewAlreadyRequested: true }).map((f) => f.rule)).toContain('review_channel');
    expect(rules('A quick review of the product would help other buyers.')).toContain('review_request');
    expect(rules('Avalie a cafeteira quando puder.')).toContain('review_request');
  });
});
