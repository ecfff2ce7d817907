// s18 blind batches e/f/g, offplatform / personal_data / url / phone errors, each fixed by its cause and written
// here in other words and other languages - with the near misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('a mobile number a payment is sent "to", after a shipping word', () => {
  it.each([
    'Para el envío mándanos un Bizum de 4 € al 611 22 33 44 y sale hoy.',
    'Para el envío basta un Bizum de 2,50 € al 699 123 456.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });
  it('keeps an id after the shipping word an id', () => {
    expect(rules('El número de envío 0034 5678 9012 ya está en camino.')).not.toContain('phone');
  });
});

describe('a domain spelled with "punto" right after a web-site noun', () => {
  it.each([
    'En nuestra web casaverde punto es lo tienes en stock y más barato.',
    'Sul nostro sito lampadine punto it trova anche le ricariche.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('url');
  });
  it.each([
    'En este punto es importante revisar el enchufe.',
    'En la página cinco punto es donde se explica el montaje.',
  ])('stays a sentence: %s', (text) => {
    expect(rules(text)).not.toContain('url');
  });
});

describe('a contact number asked so the seller calls back (present tense)', () => {
  it.each([
    '¿Me das un teléfono de contacto? Te llamo y lo dejamos resuelto hoy.',
    'Pouvez-vous nous laisser un numéro ? On vous rappelle dans l\'heure.',
    'Ci lascia un numero? La richiamiamo entro stasera.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
});

describe('the buyer\'s mobile or e-mail asked as the destination of a code', () => {
  it.each([
    'El código llega por SMS: ¿a qué móvil lo mandamos?',
    'We text the unlock code - to which mobile number shall we send it?',
    'Le code part par SMS : à quel portable vous l\'envoyer ?',
    'Il codice arriva per SMS: a quale cellulare lo inviamo?',
    'O código vai por SMS, para qual celular enviamos?',
    'Den Code schicken wir per SMS – an welche Handynummer?',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
  it.each([
    'On which phone did you install the app?',
    '¿A qué número de pedido se refiere?',
    '¿A qué correo le llegó la confirmación de Amazon?',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
});

describe('the buyer\'s details for a sign-up or a registration with the seller', () => {
  it.each([
    'Para activar la garantía, regístrate en nuestra web con tu nombre, dirección y teléfono.',
    'Activate the extended warranty by registering with your name, address and phone.',
    'Pour la garantie, inscrivez-vous avec votre nom, votre adresse et votre téléphone.',
    'Registrieren Sie sich mit Ihrem Namen, Ihrer Adresse und Ihrer Telefonnummer.',
    'Iscriviti alla nostra lista rispondendo con la tua e-mail.',
    'Puedes suscribirte a las novedades respondiendo con tu correo.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
  it.each([
    'Your name, address and phone are already registered with Amazon.',
    'No hace falta registrarse con tu nombre, dirección y teléfono.',
    'Please confirm your name, address and phone number for the courier.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
});

describe('card details named after the detail, with a possessive between', () => {
  it.each([
    'Para la factura, pásanos el número de tu tarjeta y su caducidad.',
    'Envoyez-nous le numéro de votre carte pour valider le supplément.',
    'Ci mandi il numero della sua carta e la scadenza.',
    'Mande o número do seu cartão e a validade.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('personal_data');
  });
  it.each([
    'Jamás te pediremos el número de tu tarjeta.',
    'Non le chiederemo mai il numero della sua carta.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
});

describe('paying at a link of the seller', () => {
  it.each([
    'Le supplément de personnalisation se règle sur ce lien : paiement.atelier-brume.fr/p/88',
    'The gift wrap can be paid via this link: pay.wrapco-shop.com/p/88',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'url']));
  });
});

describe('a payment service to a named card holder ("carta" is no shopping cart)', () => {
  it.each([
    'Per il ricambio basta una ricarica PostePay di 5 € sulla carta intestata a Marco Bianchi.',
    'Faça um Pix de 10 reais para o cartão em nome de Ana Lima.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it('keeps the cart at checkout on Amazon', () => {
    expect(rules('You can pay with PayPal in the cart at checkout.')).not.toContain('offplatform');
  });
});

describe('a payment method Amazon itself offers at checkout', () => {
  it.each([
    ['Para pagar con Bizum, Amazon lo acepta al finalizar la compra; nosotros no cobramos nada aparte.', '¿Puedo pagar con Bizum?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).not.toContain('offplatform');
  });
  it('still flags Bizum paid to the seller', () => {
    expect(rules('Me paga por Bizum y le envío otra unidad.')).toContain('offplatform');
  });
});

describe('a warning about someone else writing outside Amazon', () => {
  it.each([
    'Si alguien le escribe en nuestro nombre fuera de Amazon, no responda y avise a Amazon.',
    'Se qualcuno ti contatta fuori da Amazon a nome nostro, segnalalo ad Amazon.',
    "Si quelqu'un vous contacte en dehors d'Amazon de notre part, signalez-le.",
    'Wenn jemand Sie außerhalb von Amazon in unserem Namen anschreibt, melden Sie es Amazon.',
    'Se alguém falar com você fora da Amazon em nosso nome, avise a Amazon.',
    'If someone messages you outside Amazon claiming to be us, please report it.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
  it('still flags the seller\'s own offer outside Amazon', () => {
    expect(rules('Se lo vendemos fuera de Amazon y se ahorra los gastos.')).toContain('offplatform');
    expect(rules('Possiamo chiudere la vendita fuori da Amazon.')).toContain('offplatform');
  });
});

describe('an ID the buyer shows at a pickup counter', () => {
  it.each([
    "All'ufficio postale le chiederanno un documento d'identità per il ritiro.",
    'En el punto de recogida le pedirán el DNI.',
    'In der Postfiliale zeigen Sie bei der Abholung Ihren Ausweis vor.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
  it('still flags an ID asked by the seller', () => {
    expect(rules("Ci mandi una foto del suo documento d'identità.")).toContain('personal_data');
    expect(rules('Envíenos una copia de su DNI, por favor.')).toContain('personal_data');
  });
});

describe("the buyer's own number in the Amazon delivery address", () => {
  it('is no hotline of the seller', () => {
    expect(rules('Die Spedition ruft vorher an: Bitte prüfen Sie, ob die Telefonnummer in Ihrer Lieferadresse stimmt.')).not.toContain('offplatform');
  });
  it('still flags a number on the seller\'s site', () => {
    expect(rules('Rufen Sie einfach die Telefonnummer auf unserer Webseite an.')).toContain('offplatform');
  });
});

describe('a seller refusing (in the singular) to move to the buyer\'s e-mail', () => {
  it('is clean for the learned layer too', () => {
    const text = 'Mi scusi, ma non posso proseguire sulla sua casella e-mail privata: Amazon vuole che resti tutto in questa chat. Può allegare le foto qui.';
    expect(rules(text, { buyerMessage: 'Le scrivo sulla mia e-mail privata?' })).toEqual([]);
  });
});
