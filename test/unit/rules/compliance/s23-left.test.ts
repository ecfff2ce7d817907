// Session 23 leftovers, each fixed by its cause and written here in other words: false alarms that must stay clean with
// near-misses that are real violations and must still flag, and misses that must now flag with near-misses that stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' own findings (not the learned layer's), so a case cannot pass on the model alone. */
const ruled = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.layer !== 'model');
const rules = (text: string, options?: CheckOptions) => [...new Set(ruled(text, options).map((f) => f.rule))].sort();

describe('"nothing" sent or paid through a service is a refusal (#1)', () => {
  it.each([
    'Bitte zahlen Sie uns nichts per PayPal, die Erstattung läuft über Amazon.',
    'Schicken Sie mir bitte nichts per Überweisung.',
    'Please send us nothing by Venmo - Amazon handles the refund.',
    'Ne nous virez rien par Lydia, tout passe par Amazon.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
  it('still flags an invitation that only opens with "nichts", and a real request to pay that way', () => {
    expect(rules('Nichts leichter als das: zahlen Sie einfach per PayPal.')).toContain('offplatform');
    expect(rules('Überweisen Sie uns bitte den Betrag per PayPal.')).toContain('offplatform');
    expect(rules('Send us the money by Venmo and we ship today.')).toContain('offplatform');
  });
});

describe('a refusal that refuses Amazon, with the service offered in its place (#7)', () => {
  it.each([
    'Zahlen Sie den Restbetrag bitte per PayPal, nicht über Amazon.',
    "Don't pay us through Amazon, a bank transfer is quicker.",
    'Payez-nous par virement, pas via Amazon.',
    'Mándenos el dinero por Bizum, no por Amazon.',
    'Mi mandi i soldi con Satispay, non tramite Amazon.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it('not when Amazon heads a list the refusal reaches on, nor a fact about payments', () => {
    expect(rules("Please don't send us money through Amazon or PayPal, the refund comes automatically.")).not.toContain('offplatform');
    expect(rules('Zahlen Sie bitte nicht über Amazon, PayPal oder Überweisung - die Erstattung läuft automatisch.')).not.toContain('offplatform');
    expect(rules('Zahlungen per PayPal sind nicht über Amazon möglich.')).not.toContain('offplatform');
  });
});

describe("the seller's team e-mailing or texting the buyer (#8)", () => {
  it.each(['One of our colleagues will email you the coupon code.', 'Our customer care team can text you the tracking code tonight.', 'Somebody from our shop will e-mail you the invoice.'])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it.each([
    'Our delivery team will text you the two-hour slot.',
    'Nobody from our team will email you; we answer only here.',
    'Amazon will email you the return label.',
    'Our team will reply to you right here.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
});

describe("the buyer's bank details asked: personal_data + offplatform (#9)", () => {
  it.each([
    'Transmettez-nous le RIB, on vous rembourse demain.',
    'Für die Rückzahlung benötigen wir Ihr Bankkonto.',
    'Send me the bank details and I will pay you back.',
    'Me manda os dados bancários que eu devolvo hoje.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
  it.each([
    'Je vous envoie notre RIB pour le virement du supplément.',
    'Could you tell me whether the refund reached your bank account?',
    'Bitte prüfen Sie Ihr Bankkonto in drei Tagen.',
    'We will never ask for your bank details.',
  ])('no ask of the buyer: %s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
});

describe('"don\'t leave without rating us" asks for the review (#10)', () => {
  it.each([
    'Ne nous quittez pas sans laisser un petit avis sur la lampe !',
    "Before you go: don't leave without giving the blender a rating.",
    'No se marche sin dejarnos una valoración, por favor.',
    'Não vá embora sem deixar sua avaliação da luminária!',
    'Non vada via senza lasciarci una recensione!',
  ])('%s', (text) => {
    expect(rules(text)).toContain('review_request');
  });
  it.each([
    'Ne partez pas sans votre bon de retour imprimé.',
    "Don't leave without checking the parcel for transport damage.",
    'Non vada via senza leggere le recensioni sulla batteria.',
    'We never ship without a final review of the seams.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('review_request');
  });
});

describe('a refusal reaches no further than "but" (#11)', () => {
  it.each([
    ["We aren't allowed to pay for reviews, but give us 5 stars and a free gift is yours.", ['leading', 'review_request']],
    ['We cannot pay for reviews, but please leave us a short review.', ['review_request']],
    ['No podemos dar nada a cambio de una opinión, pero déjenos 5 estrellas y le regalamos una funda.', ['leading', 'review_request']],
    ['Nous ne pouvons rien offrir contre un avis, mais laissez-nous 5 étoiles et on vous envoie un cadeau.', ['leading', 'review_request']],
  ] as const)('%s', (text, expected) => {
    expect(rules(text)).toEqual(expect.arrayContaining([...expected]));
  });
  it.each([
    "We can't offer anything in exchange for a review, but your refund is on its way.",
    'Nous ne pouvons rien offrir en échange d\'un avis, mais le remboursement est en route.',
    'Wir dürfen nichts für eine Bewertung anbieten, aber die Erstattung schicken wir Ihnen heute.',
    'No podemos ofrecer nada a cambio de una reseña, pero el reembolso ya está en camino.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('messengers as what a device shows (#3), English "whats" (#4)', () => {
  it.each([
    'Telegram messages show up on the watch face once it is paired.',
    'Los mensajes de WhatsApp aparecen en el reloj al instante.',
    'whats the width of ur door frame?',
    'hey whats included in the box?',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
  it('still flags the seller as sender and the Portuguese short form', () => {
    expect(rules('Send us WhatsApp messages and they pop up on our screen right away.')).toContain('offplatform');
    expect(rules('Manda no whats a foto que a gente resolve.')).toContain('offplatform');
    expect(rules('me chama no whats')).toContain('offplatform');
  });
});

describe("Amazon's own draw, a reward said not to depend on the review (#5), a magazine's top marks (#6)", () => {
  it.each([
    'Il concorso di Amazon non lo organizziamo noi e non dipende dalla sua recensione.',
    'O sorteio da Amazon não é nosso e não depende da sua avaliação.',
    'The Amazon giveaway is not run by us.',
    'Nella comparativa della rivista il massimo dei voti è andato al modello in acciaio.',
    'No comparativo da revista, a nota máxima ficou com o modelo inox.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('still flags a draw tied to a review, and top marks asked for', () => {
    expect(rules('Todos los que dejen su reseña entran en nuestro sorteo de una cafetera.')).toContain('leading');
    expect(rules('Ci dia il massimo dei voti, come ha fatto la rivista del settore.')).toContain('leading');
    expect(rules('Esperamos merecer la nota máxima en su valoración.')).toContain('leading');
  });
});

describe('s23 blind a misses, in other words (#12)', () => {
  it.each([
    'Your parcel left today. Heads up: everything in our kitchen range drops in price next Monday only.',
    'Il suo ordine è partito. Abbiamo appena aggiunto i filtri di ricambio: li trova nel nostro negozio Amazon.',
    'Seu pedido saiu hoje. Para o Dia dos Pais, estamos montando kits presenteáveis com embalagem especial!',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'The kettle you ordered dropped in price after your purchase; Amazon may refund the difference.',
    'Le abbiamo spedito i filtri di ricambio, li trova nel pacco.',
    'Seu pedido para o Dia dos Pais foi enviado com embalagem especial de presente.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});
