import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const entries = (text: string) => checkMessage(text).map((f) => `${f.rule}:${f.entry ?? ''}`);
const STRUCTURE = ['offplatform:offplatform:ask-buyer-contact-structure', 'personal_data:personal_data:ask-buyer-contact-structure'];

describe('asking for the buyer\'s own contact details (detectors/contact-ask.ts)', () => {
  it.each([
    'Ci può lasciare il suo numero di cellulare? Il tecnico la richiamerà entro oggi.',
    'Ci può lasciare il suo indirizzo email?',
    'Pourriez-vous nous laisser votre numéro de portable ?',
    'Können Sie uns Ihre Handynummer geben?',
    'Wie lautet Ihre Telefonnummer?',
    'If you give us your email we can send the manual.',
    'Pode me passar seu zap?',
    '携帯電話の番号を教えていただけますか？',
    'お客様の電話番号をお知らせください。',
    'ご連絡先を教えてください。',
  ])('is offplatform and personal_data: %s', (text) => expect(entries(text)).toEqual(expect.arrayContaining(STRUCTURE)));

  it.each([
    // the device, not the number
    'What is your phone model?',
    'Please check your e-mail inbox for the return label.',
    // a rule or a refusal
    'We will never ask for your e-mail address.',
    'Your phone number is not needed.',
    'メールアドレスは不要です。',
    // kept inside Amazon
    'Please update your phone number in your Amazon account.',
    // a carrier's call, no ask (s26: "Quel est votre numéro ? Le livreur en a besoin" is an ask the carrier only needs - Amazon
    // passes the order's phone to it - and flags since s26, s26-off.test.ts)
    'Le livreur vous appellera au numéro de votre commande Amazon pour fixer le créneau.',
    // the seller's own number, a statement
    '弊社の電話番号をお知らせします。',
    // Italian "su" is "on": a place, not the buyer's id
    'Ci mandi il video su WhatsApp, è più semplice.',
    // "dia" (pt: day) and "pasa" (es: happens) are no handing over
    'Seu e-mail chegou no dia 5?',
    '¿Qué pasa con su correo?',
    'We will give your phone number to nobody.',
  ])('stays clear of the structure: %s', (text) => expect(entries(text).filter((e) => e.endsWith('ask-buyer-contact-structure'))).toEqual([]));

  it('the buyer named after the noun ("a good mobile number for you") is an ask too (s13)', () => {
    const r = (t: string) => new Set(checkMessage(t).filter((f) => f.severity !== 'info').map((f) => f.rule));
    expect(r("What's a good mobile number for you? Our technician would rather talk you through it.").has('personal_data')).toBe(true);
    expect(r('Our phone number for you is on the invoice.').has('personal_data')).toBe(false);
  });

  it('a bare number asked so the seller can call back is an ask; a serial or order number is not (s13 probe)', () => {
    const r = (t: string) => new Set(checkMessage(t).filter((f) => f.severity !== 'info').map((f) => f.rule));
    for (const t of [
      'Pouvez-vous nous donner un numéro où vous joindre en journée ?',
      '¿Nos deja un teléfono de contacto para que el técnico le llame mañana?',
      'Verraten Sie uns Ihre Festnetznummer? Dann klärt das unser Kollege kurz telefonisch.',
      'Consegue me passar um telefone pra contato? O técnico liga amanhã.',
      'Mind texting me a good email for you? I will forward the papers.',
    ]) expect(r(t).has('personal_data'), t).toBe(true);
    for (const t of [
      'Può indicarci il numero di serie? Il tecnico la chiamerà domani.',
      '¿Nos indica el número de pedido? El transportista le llamará mañana.',
      'The technician will call you on the number stored in your Amazon account.',
    ]) expect(r(t).size, t).toBe(0);
  });
});

describe('a question for the number that reaches the buyer, asked by its interrogative', () => {
  it.each([
    'Unter welcher Nummer sind Sie tagsüber erreichbar?',
    'Which number is best to reach you on?',
    'À quel numéro pouvons-nous vous joindre demain ?',
    '¿En qué número le podemos localizar por la tarde?',
    'A quale numero possiamo contattarla?',
    'Em qual número podemos falar com você amanhã?',
  ])('%s', (text) => {
    const rules = checkMessage(text).map((f) => f.rule);
    expect(rules).toContain('offplatform');
    expect(rules).toContain('personal_data');
  });

  it.each([
    'Which number should the courier call you on?',
    'Which model number is on the label? Then we can reach you with the right answer.',
    "We can't reach you by phone - which number did you give Amazon?",
  ])('not when the carrier calls, the number is a model, or Amazon holds it: %s', (text) => {
    expect(checkMessage(text).filter((f) => f.layer !== 'model').map((f) => f.rule)).toEqual([]);
  });
});
