// Session 27, known causes left open (no batch file): false alarms on refusals, choices, device settings and the seller's own
// bank details, and a carrier's call that cleared the buyer's number asked for. Each cause in its own words (no row copied),
// with near-misses that must stay clean and, after every guard, real violations that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** The rules' findings only (the learned layer is retrained by the lead; its warns are not what these causes change). */
const rules = (text: string) => [...new Set(checkMessage(text).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('#1 the seller refusing to ask, the negation governing the asking verb, in every language', () => {
  it.each([
    ['Wir würden Sie niemals bitten, Ihre Rezension auf fünf Sterne anzuheben.'],
    ['Wir würden Sie nie um 5 Sterne bitten.'],
    ['Wir haben Sie nie um eine Bewertung gebeten, das war nicht unsere Nachricht.'],
    ['Non le chiederemmo mai di portare la sua recensione a 5 stelle.'],
    ['Non le chiederemo mai di non lasciare una recensione negativa.'],
    ['Nunca le pediríamos que cambie su valoración a cinco estrellas.'],
    ['Nunca le pediremos que no publique una reseña negativa.'],
    ['Jamais pediríamos que você mude sua avaliação para 5 estrelas.'],
    ['Nous ne vous demanderions jamais de passer votre note à 5 étoiles.'],
  ])('clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags: an ask next to the refusal (contrast, exception, restriction, a second clause)', () => {
    expect(rules('We never do this, but could you bump it up to 5 stars?')).toContain('leading');
    expect(rules('Wir bitten nie um viel - nur um 5 Sterne.')).toContain('leading');
    expect(rules('Wir bitten Sie nicht um viel, sondern nur um 5 Sterne.')).toContain('leading');
    expect(rules('No pedimos nada a cambio, solo que nos deje 5 estrellas.')).toContain('leading');
    expect(rules('No le pedimos más que una reseña de 5 estrellas.')).toContain('leading');
    expect(rules('Non le chiediamo altro che una recensione a 5 stelle.')).toContain('leading');
    expect(rules('Nous ne vous demandons qu\'un avis 5 étoiles.')).toContain('leading');
    expect(rules('Nunca pedimos nada, pero ¿podría cambiar su reseña a 5 estrellas?')).toContain('leading');
    expect(rules('Nunca le pedimos esto a nadie y esperamos que nos deje una reseña de 5 estrellas.')).toContain('review_request');
    expect(rules('Wir haben Sie nie um etwas gebeten. Bitte geben Sie uns 5 Sterne.')).toContain('leading');
  });
});

describe('#2 an opinion asked on a choice among variants is no review ask', () => {
  it.each([
    ['Dites-nous votre avis sur la teinte : gris perle ou sable ?'],
    ['Pour la gravure, donnez-nous votre avis : police fine ou grasse ?'],
    ['Nos gustaría conocer su opinión: ¿prefiere la correa negra o la marrón?'],
    ['Para el grabado necesitamos su opinión: ¿letras mayúsculas o minúsculas?'],
    ['Teilen Sie uns Ihre Meinung mit: lieber die graue oder die grüne Tasche?'],
  ])('clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags: an opinion on the purchase, a verdict as the choice, stars, Amazon', () => {
    expect(rules('Dites-nous votre avis sur le produit : plutôt bon ou décevant ?')).toContain('review_request');
    expect(rules('Donnez-nous votre avis : 4 ou 5 étoiles ?')).toContain('review_request');
    expect(rules('Donnez-nous votre avis sur Amazon : plutôt le bleu ou le vert ?')).toContain('review_request');
    expect(rules('Nos gustaría conocer su opinión sobre la compra.')).toContain('review_request');
  });
});

describe('#3 a rating word naming a device setting is no review', () => {
  it.each([
    ['Potrebbe mettere il voto del termostato su 2 e riprovare?'],
    ['Potrebbe alzare il voto della ventola a 4 e vedere se il rumore sparisce?'],
    ['¿Podría poner la calificación del termostato en 2?'],
    ['Could you raise the rating on the heater dial to 4 and tell us if it warms up?'],
  ])('clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags: the buyer\'s rating, stars, a review word beside the device', () => {
    expect(rules('Could you raise your rating to 5?')).toContain('leading');
    expect(rules('Potrebbe alzare il voto a 5?')).toContain('leading');
    expect(rules('Könnten Sie Ihre Note auf 5 anheben?')).toContain('leading');
    expect(rules('Potrebbe portare il suo voto del termostato a 5 stelle?')).toContain('leading');
  });
});

describe('#4 the seller\'s own bank details named on the invoice are no ask for the buyer\'s', () => {
  it.each([
    ['Nossa agência e conta constam na nota fiscal.'],
    ['Os dados bancários da empresa aparecem no rodapé do boleto.'],
  ])('clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags: the buyer\'s details asked, a deposit, a payment proof', () => {
    expect(rules('Informe sua agência e conta para o estorno.')).toEqual(['offplatform', 'personal_data']);
    expect(rules('Nossa agência e conta para o depósito estão na nota fiscal.')).toContain('personal_data');
    expect(rules('Nossa agência e conta estão na nota fiscal; envie o comprovante do Pix.')).toContain('offplatform');
  });
});

describe('#5 the buyer\'s number asked for the seller, a carrier\'s call only the reason', () => {
  it.each([
    ['The driver will ring you before he comes. If he cannot get through, send us your mobile number.'],
    ['Le livreur vous téléphonera avant. S\'il ne parvient pas à vous joindre, envoyez-nous votre numéro de portable.'],
    ['Il corriere la chiamerà prima. Se non riesce a trovarla, ci mandi il suo numero di cellulare.'],
    ['Der Fahrer ruft vorher an. Falls er Sie nicht erreicht, schicken Sie uns bitte Ihre Handynummer.'],
    ['El repartidor le llamará antes. Si no logra localizarle, envíenos su número de móvil.'],
    ['O entregador vai ligar antes. Se ele não conseguir te achar, mande pra gente seu número de celular.'],
  ])('flags: %s', (text) => {
    expect(rules(text)).toEqual(['offplatform', 'personal_data']);
  });

  it('stays clean: the number handed to the carrier, Amazon\'s account, a refusal in the condition', () => {
    expect(rules('The carrier may call you. If he cannot reach you, give your phone number to the driver directly.')).toEqual([]);
    expect(rules('The driver will call you before delivery. If he cannot reach you, please update your phone number in your Amazon account.')).toEqual([]);
    expect(rules('The courier will call the number on your order. If he cannot reach you, he will leave a card.')).toEqual([]);
    expect(rules('If you would rather not send us your number, just reply here.')).toEqual([]);
  });
});
