// s19 probes c and d (written blind, scored once before these fixes): false alarms and misses by cause, with own
// paraphrases and the near-misses that must keep their findings.
//  1. the order's coupon pointed to in the order's summary or details is the order's own coupon, no offer;
//  2. a note added in Amazon's gift options is no rating ("nota" as a grade is);
//  3. Spanish "iban" ("they went") is no IBAN; a possessive's IBAN stays an ask.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) =>
  [...new Set(checkMessage(text, {}).filter((f) => f.severity === 'block').map((f) => f.rule))].sort();

describe("s19: the coupon's line in the order summary is the order's own", () => {
  it.each([
    ['es', 'El reembolso es el importe cobrado; la línea del cupón aparece en el resumen del pedido.'],
    ['fr', 'Vous verrez la ligne du coupon dans le récapitulatif de commande.'],
    ['it', "La riga del coupon è nel riepilogo dell'ordine, sezione I miei ordini."],
    ['pt', 'A linha do cupom aparece no resumo do pedido, em Seus pedidos.'],
    ['en', 'You can see the coupon line in the order summary under Your Orders.'],
    ['de', 'Die Coupon-Zeile sehen Sie in der Bestellübersicht.'],
  ])('%s', (_lang, text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    ['a code for the next order (es)', 'Con el cupón VERANO10 tienes un 10 % en tu próximo pedido.'],
    ['a coupon for the next order (en)', 'Use the coupon SAVE10 on your next order.'],
  ])('still flagged: %s', (_name, text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe("s19: a note in Amazon's gift options is no rating", () => {
  it.each([
    ['es', 'Si quieres añadir una nota, en las opciones de regalo de Amazon al pagar puedes escribir un mensaje.'],
    ['pt', 'Se quiser adicionar uma nota, nas opções de presente da Amazon você escreve a mensagem.'],
    ['es, include', 'Puedes incluir una nota con tu dedicatoria al hacer el pedido.'],
  ])('%s', (_lang, text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    ['a good grade (es)', '¿Nos dejarías una buena nota en Amazon?'],
    ['a grade on Amazon (pt)', 'Nos ajudaria muito se pudesse deixar uma nota na Amazon.'],
  ])('still a review ask: %s', (_name, text) => {
    expect(rules(text)).toContain('review_request');
  });
});

describe('s19: Spanish "iban" (they went) is no IBAN', () => {
  it.each([
    'Tu pedido era el pack de tres. Dos iban en la primera caja y la tercera va aparte.',
    'Las piezas iban juntas en la misma bolsa.',
    'Ya iban de camino cuando nos escribiste.',
    'Los paquetes iban a llegar el lunes, pero hubo retraso.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each(['Mándanos tu IBAN a este correo.', 'Por favor, envíenos su IBAN para el reembolso.', 'Bitte senden Sie uns Ihre IBAN.', 'Indiquez votre IBAN pour le remboursement.'])(
    'still asked: %s',
    (text) => {
      expect(rules(text)).toContain('personal_data');
    },
  );
});

describe('s19 probe d: conditions on expectations met, and rewards after "and we"', () => {
  it.each([
    ['pt, desde que', 'Desde que a mochila tenha atendido suas expectativas, uma avaliação na Amazon ajudaria muito.'],
    ['fr, pour peu que', 'Pour peu que la lampe vous convienne, un avis sur Amazon nous ferait plaisir.'],
    ['es', 'Si la mochila ha cumplido sus expectativas, nos encantaría leer su reseña.'],
    ['it', 'Se la lampada ha soddisfatto le sue aspettative, ci lasci una recensione.'],
    ['fr, reward', "Laissez un avis sur la bouilloire et nous vous remboursons la livraison."],
    ['it, warranty', 'Lascia una recensione e ti estendiamo la garanzia di un anno.'],
    ['de, refund', 'Schreiben Sie eine Bewertung und wir erstatten Ihnen den Versand.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toContain('leading');
  });
  it.each([
    ['expectations not met, a fix offered (fr)', 'Le produit ne correspond pas à vos attentes ? Écrivez-nous, nous le remplaçons.'],
    ['delivery time, no ask (pt)', 'Desde que o pedido chegou, já atendemos suas expectativas de prazo.'],
    ['a review and a reply, no reward (fr)', 'Laissez un avis et nous vous répondons rapidement.'],
  ])('not leading: %s', (_name, text) => {
    expect(rules(text)).not.toContain('leading');
  });
});
