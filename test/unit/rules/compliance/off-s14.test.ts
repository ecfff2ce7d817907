import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

// s14 off-Amazon helper: the structures added after the s14-off batch (contact-ask.ts, payment-channel.ts,
// offsite-invite.ts groupJoins, check.ts's address-in-invitation) and the guards written with them. The
// sentences are new, not the batch's rows.
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();

describe('s14: the buyer asked for a contact the seller can reach them on', () => {
  it.each([
    '¿Tiene algún número donde podamos localizarle mañana? Así cerramos la cita del técnico.',
    'Deje su número de móvil en la contestación y le escribimos.',
    'Do you have a mobile number we could call you on? Our fitter wants to go through it.',
    'Would you tell us your Skype name so we can look at the fault on video?',
    'Você tem algum número pra gente te ligar amanhã?',
  ])('offplatform + personal_data: %s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it.each([
    'No need to share your email with us, Amazon passes your replies on.',
    "There's no need to give us your phone number - the courier has it.",
    'Tiene el número de pedido en la confirmación de Amazon.',
    'We have your order number; nothing else is needed.',
    'Deje su número de pedido en la respuesta si lo tiene a mano.',
  ])('quiet on %s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
    expect(rules(text)).not.toContain('offplatform');
  });
});

describe('s14: a payment outside Amazon that asks for the buyer\'s id, or sells cheaper', () => {
  it.each([
    'We can refund the $8 by Zelle now, which email is your Zelle on?',
    'Le abonamos la diferencia por Bizum hoy, díganos a qué teléfono.',
    'Faço um Pix do estorno hoje, qual é a sua chave?',
  ])('offplatform + personal_data: %s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it.each([
    'We could sell you a spare set directly via Venmo for $15 less.',
    'Te vendemos otro juego por transferencia a mejor precio, sin la comisión de Amazon.',
  ])('offplatform + marketing: %s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'marketing']));
  });

  it.each([
    // paying this order's difference a cheaper way is no promotion (team corpus convention)
    "Pay the remaining balance by bank transfer instead, it's cheaper for both of us.",
    'We refund the $8 by Zelle today, what is the order number on your invoice?',
  ])('no marketing / personal_data on %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
    expect(rules(text)).not.toContain('personal_data');
  });

  it('a refusal stays quiet', () => {
    expect(rules('No podemos cobrar por Bizum ni por transferencia, díganos si prefiere cancelar.')).toEqual([]);
  });
});

describe("s14: joining the seller's group or channel", () => {
  it.each([
    ['Join our Telegram channel for weekly deals and recipes.', ['marketing']],
    ['Súmese a nuestro grupo de Facebook, allí resolvemos dudas al momento.', ['offplatform']],
    ['Entre na nossa comunidade no WhatsApp: dicas e novidades toda semana.', ['marketing']],
  ])('%s', (text, want) => {
    expect(rules(text)).toEqual(expect.arrayContaining(want as string[]));
  });

  it.each([
    'Seguimos por este canal, escríbanos aquí cuando quiera.',
    'Join the queue at the pickup point with your code.',
    'No tenemos grupo de WhatsApp ni canal de Telegram; todo va por Amazon.',
  ])('quiet on %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe("s14: the seller's own contact handed over", () => {
  it.each([
    'I have left my direct line below.\nTom - 0161 496 0725',
    'Te dejo mi número directo: 612 555 077.',
    'Liga pra gente no (21) 95555-0199 que resolvemos.',
  ])('offplatform: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it.each([
    'Pickup point opening hours are below.\nMon-Fri 9-18',
    'O ponto de retirada fica aberto até as 19h, leve um documento com foto.',
  ])('quiet on %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
