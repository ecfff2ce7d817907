// Session 22, helper hi: blind batches h (ja/de/it formal) and i (es/pt informal), fixed by cause. Our own sentences.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { isSentenceStop } from '../../../../rules/compliance/detectors/sentence';

const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, buyerMessage ? { buyerMessage } : {}).map((f) => f.rule))].sort();

describe('s22 hi: an abbreviation inside a sentence does not cut it (a carrier stays beside its call)', () => {
  it('the dot of "ca." before a word ends no sentence; a real full stop still does', () => {
    const t = 'die spedition ruft sie ca. eine stunde vorher an. danke.';
    expect(isSentenceStop(t, t.indexOf('ca.') + 2)).toBe(false);
    expect(isSentenceStop(t, t.indexOf('an.') + 2)).toBe(true);
  });
  it.each([
    ['Die Spedition meldet sich ca. zwei Tage vorher und wird Sie telefonisch kontaktieren.', []],
    ['Der Zusteller wird Sie ggf. am Vortag telefonisch kontaktieren.', []],
    ['El transportista le llamará aprox. una hora antes por teléfono.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
  it('the seller itself on the phone is still an invitation', () => {
    expect(rules('Wir werden Sie ca. einen Tag vorher telefonisch kontaktieren.')).toContain('offplatform');
  });
});

describe('s22 hi: the post that carries the goods is no e-mail', () => {
  it.each([
    ['Tu juego de cuchillos sale mañana por correo exprés.', []],
    ['El paquete ya viaja por correo, te llega el jueves.', []],
    ['El Pack Tres Estrellas sale esta tarde por correo urgente.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
  it.each([
    ['Mándanos las fotos por correo y lo vemos.', 'offplatform'],
    ['Te paso el manual por correo electrónico si quieres.', 'offplatform'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));
});

describe('s22 hi: a bare "SAC:" label in a signature is the phone only (README: a bare Tel line)', () => {
  it('signature line', () => {
    expect(rules('Abraços,\nCasa Jatobá\nSAC: 0800 555 0177 (seg a sex)')).toEqual(['phone']);
  });
  it('sent to the SAC, it is an invitation', () => {
    expect(rules('Se o problema continuar, ligue para o nosso SAC: 0800 555 0177.')).toContain('offplatform');
  });
});

describe('s22 hi: "a nota" that is downloaded or issued is the invoice', () => {
  it.each([
    ['Você consegue baixar a nota em Seus pedidos > Solicitar nota fiscal.', []],
    ['Pode emitir a nota direto na página do pedido, é rapidinho.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
  it.each([
    ['Pode dar uma nota pro produto lá na Amazon?', 'review_request'],
    ['Vc pode deixar uma nota 5 pra gente?', 'review_request'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));
});

describe('s22 hi: "danos" is a word of its own (es "give us", pt "damages"), and star emoji are a rating', () => {
  it.each([
    ['Danos cinco estrellas en Amazon, porfa.', 'review_request'],
    ['Danos 5⭐ en Amazon si todo fue bien.', 'review_request'],
    ['Deixa 5 ★ pra gente na Amazon!', 'review_request'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));
  it.each([
    ['Sentimos mucho los daños de la caja: te mandamos otra hoy.', []],
    ['Lamentamos os danos na embalagem, já enviamos outra.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s22 hi: chat spellings of "now that you are using it" before a review ask', () => {
  it('leading', () => {
    expect(rules('Agora que vc tá usando a chaleira, conta pros outros compradores o que achou!')).toEqual(['leading', 'review_request']);
  });
  it('a tip, no review', () => {
    expect(rules('Agora que vc tá usando o filtro, troca ele a cada seis meses.')).toEqual([]);
  });
});

describe('s22 hi: "take 3, pay 2" told as a fact is a bundle deal', () => {
  it.each([
    ['No nosso kit vc leva 4 e paga 3.', 'marketing'],
    ['Comprando 3 você paga 2 no anúncio do kit.', 'marketing'],
    ['En nuestro pack de filtros llevas 3 y pagas 2.', 'marketing'],
    ['Llévate 3 y paga 2 en los recambios.', 'marketing'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));
  it.each([
    ['A entrega leva 3 dias e você paga 2 reais de frete a menos.', []],
    ['El envío lleva 3 días y paga 2 euros menos de portes.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s22 hi: offers or goods the seller has "not on Amazon" are marketing', () => {
  it.each([
    ['Tenemos un grupo con descuentos que no encontrarás en Amazon.', 'marketing'],
    ['No nosso canal temos ofertas que não aparecem na Amazon.', 'marketing'],
    ['Unser Shop hat Farben, die es bei Amazon nicht gibt.', 'marketing'],
    ['Our store has colours you won\'t find on Amazon.', 'marketing'],
    ['Nel nostro negozio ci sono modelli che non trovi su Amazon.', 'marketing'],
    ['当店ではAmazonにはない限定セットもご用意しています。', 'marketing'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));
  it.each([
    ['No tenemos modelos que no estén en Amazon: todo está en la ficha.', []],
    ['El color azul no está en Amazon ahora mismo, lo siento.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s22 hi: "not on Amazon" only in the goods\' own clause', () => {
  it('a negation in the next clause is about something else', () => {
    expect(rules('Vos retours sur nos produits comptent, n\'hésitez pas à nous les donner ici.')).not.toContain('marketing');
  });
});
