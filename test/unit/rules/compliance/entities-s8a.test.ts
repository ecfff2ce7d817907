// s8 (blind batch, en/es): the shared structural changes - a spelled mail word ("arroba", "chiocciola")
// makes "punto es"/"punto it" a TLD, Bizum is paid to a phone number, and a payment-service page
// (PayPal.me, Stripe checkout, ...) is an off-Amazon payment whatever the verb.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, lang?: string) => new Set(checkMessage(text, lang ? { languages: [lang] } : {}).filter((f) => f.severity !== 'info').map((f) => f.rule));

describe('spelled mail word before a short country TLD', () => {
  it('reads "x arroba y punto es" and "x chiocciola y punto it" as e-mail addresses', () => {
    expect(rules('Escribe a reparaciones arroba luzclara punto es').has('email')).toBe(true);
    expect(rules('scrivici a assistenza chiocciola casaverde punto it').has('email')).toBe(true);
  });
  it('reads a two-letter country TLD after "dot" when a bracketed "(at)" opened the address (s11 blind)', () => {
    expect(rules('just send your company details to invoices (at) lumacraft dot co and we reply').has('email')).toBe(true);
    expect(rules('Write to info [at] shop dot de please').has('email')).toBe(true);
    // no address sign: "dot" before a two-letter word stays prose
    expect(rules('our team at home dot is ready').has('email')).toBe(false);
  });
  it('leaves "punto de venta" and a plain "punto" alone', () => {
    // no address read from "punto" (whether a visit to a shop is off-Amazon is the learned layer's warn to give)
    const shop = rules('Visite nuestro punto de venta en Madrid.');
    expect([...shop].filter((r) => r !== 'offplatform')).toEqual([]);
    expect(checkMessage('Visite nuestro punto de venta en Madrid.').filter((f) => f.rule === 'offplatform' && f.layer !== 'model')).toEqual([]);
    expect(rules('Ese es un buen punto, gracias por la foto.')).toEqual(new Set());
  });
});

describe('Bizum is paid to a phone number', () => {
  it('finds the number after "Bizum al"', () => {
    expect(rules('Mándanos los 12 € por Bizum al 600 123 456 y lo enviamos hoy.', 'es').has('phone')).toBe(true);
  });
  it('does not make a refusal a phone finding', () => {
    expect(rules('No aceptamos Bizum; el pago se hace en Amazon.', 'es').has('phone')).toBe(false);
  });
});

describe('payment-service pages', () => {
  it('are offplatform in Spanish with or without a verb', () => {
    expect(rules('Aquí tienes el enlace: paypal.me/tiendasolbrisa/12', 'es').has('offplatform')).toBe(true);
    expect(rules('Paga la diferencia aquí: buy.stripe.com/test_8wEcN0', 'es').has('offplatform')).toBe(true);
  });
  it('a refused payment link is not', () => {
    expect(rules('No enviamos enlaces de pago: todo se cobra en Amazon.', 'es').has('offplatform')).toBe(false);
  });
});
