// Off-Amazon, phone, e-mail and personal-data errors of the s17 blind batches (c, d), each fixed by its cause and
// written here in other words and other languages - and the violations the same guards must still let through.
// Only the rules' findings are read: the learned layer is retrained after the session (its warns are not these fixes').
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer === 'rule').map((f) => f.rule))].sort();

describe("Amazon's own messages named after a contact phrase", () => {
  it.each([
    'Schreiben Sie uns gerne weiter über die Amazon-Nachrichten, dann bleibt alles bei Ihrer Bestellung.',
    'Continuez à nous écrire via la messagerie Amazon, tout reste lié à votre commande.',
    'Puede seguir escribiéndonos por los mensajes de Amazon, así todo queda en su pedido.',
    'Può continuare a contattarci tramite la messaggistica di Amazon, così resta tutto nel suo ordine.',
    'Pode continuar falando com a gente pelas mensagens da Amazon.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a messenger named instead', () => {
    expect(rules('Scriveteci tramite WhatsApp, così facciamo prima.')).toContain('offplatform');
    expect(rules('Schreiben Sie uns über WhatsApp, dann geht es schneller.')).toContain('offplatform');
  });
});

describe('a German refusal with "nichts"', () => {
  it.each([
    'Per WhatsApp können wir Ihnen leider nichts schicken, die Fotos hängen hier an.',
    'Außerhalb von Amazon dürfen wir nichts verkaufen, bitte bestellen Sie hier.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags "nichts" that opens an invitation', () => {
    expect(rules('Nichts leichter als das: schreiben Sie uns einfach per WhatsApp.')).toContain('offplatform');
  });
});

describe('a technician or installer who calls the buyer to book the visit', () => {
  it.each([
    'Der Monteur ruft Sie zwei Tage vorher telefonisch an, um einen Termin zu vereinbaren.',
    'The installer will phone you a few days ahead to book the fitting.',
    "Il tecnico la contatterà per telefono per fissare l'appuntamento.",
    'El técnico le llamará por teléfono para acordar la cita de instalación.',
    "Un technicien vous appellera par téléphone pour fixer la date de l'installation.",
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags the buyer sent to the technician, a chat offered, or the buyer\'s number asked for the call', () => {
    expect(rules('Contactez notre technicien par téléphone au 01 55 55 12 34.')).toContain('offplatform');
    expect(rules('Nuestro técnico le puede atender por WhatsApp, usuario SoporteLuma.')).toContain('offplatform');
    expect(rules('Damit unser Techniker Sie erreichen kann, nennen Sie uns bitte Ihre Handynummer.')).toEqual(['offplatform', 'personal_data']);
  });
});

describe("the buyer's number as the order or the Amazon account holds it", () => {
  it.each([
    'The carrier usually calls the phone number on your order the day before delivery.',
    'Le transporteur appelle la veille au numéro de téléphone indiqué dans votre commande.',
    'El transportista llama al teléfono registrado en su pedido un día antes.',
    'Il corriere chiama il numero di telefono registrato nel suo ordine il giorno prima.',
    'A transportadora costuma ligar no celular cadastrado no pedido antes da entrega.',
    'Der Zusteller nutzt die Telefonnummer aus Ihrer Bestellung, Sie müssen uns nichts senden.',
    'DHL sendet Ihnen eine SMS, wenn in Ihrem Amazon-Konto eine Handynummer hinterlegt ist.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags the seller asking for it or using it for its own channel', () => {
    expect(rules('Bitte senden Sie uns die Telefonnummer aus Ihrer Bestellung, damit wir Sie anrufen können.')).toContain('offplatform');
    expect(rules('Wir schicken Ihnen eine WhatsApp an die Handynummer aus Ihrer Bestellung.')).toContain('offplatform');
  });
});

describe('a messenger a product works with, in an answer about compatibility', () => {
  it.each([
    ['Ja, die Webcam funktioniert mit WhatsApp, Zoom und Skype unter Windows 11.', 'Funktioniert die Webcam für WhatsApp-Videoanrufe?'],
    ['Oui, le casque fonctionne avec WhatsApp et Teams sur ordinateur.', 'Le casque marche pour les appels WhatsApp ?'],
    ['Sí, la cámara es compatible con WhatsApp Desktop y Zoom.', '¿La cámara sirve para videollamadas de WhatsApp?'],
    ['Sì, le cuffie funzionano con WhatsApp e Skype, anche da PC.', 'Le cuffie funzionano per le chiamate WhatsApp?'],
    ['Yes, the headset works with WhatsApp and Teams calls on a laptop.', 'Will this headset work for WhatsApp calls?'],
    ['Sim, funciona nas chamadas de vídeo do WhatsApp e do Meet.', 'Funciona pra chamada de vídeo no WhatsApp?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });

  it('still flags WhatsApp offered as the seller\'s channel in such an answer', () => {
    expect(rules('Sure, add us on WhatsApp and we\'ll walk you through it.', { buyerMessage: 'Can you help me set it up on WhatsApp?' })).toContain('offplatform');
    expect(rules('Yes - and for help just message us on WhatsApp.', { buyerMessage: 'Does the webcam work with WhatsApp video calls?' })).toContain('offplatform');
    expect(rules('Für Fragen zur Einrichtung schreiben Sie uns einfach per WhatsApp.')).toContain('offplatform');
    expect(rules('Our support team works with WhatsApp too, number on the box.')).toContain('offplatform');
  });
});

describe('a reply that accepts the channel the buyer asked for', () => {
  it.each([
    ['Gerne! Die Anleitung liegt gleich in Ihrem Postfach.', 'Können Sie mir die Anleitung per Mail schicken?'],
    ['Sure thing, it will be in your inbox in a few minutes.', 'Could you just send the manual to my Gmail?'],
    ['Bien sûr ! Vous la recevrez dans quelques minutes.', 'Pouvez-vous m\'envoyer la notice sur mon Gmail ?'],
    ['Certo! Tra pochi minuti la trova nella casella.', 'Mi può mandare il manuale sulla mia email?'],
    ['かしこまりました。後ほど取扱説明書をお送りいたします。', '説明書をメールで送っていただけますか？'],
    // an attachment in a mail, and a bare "here", keep nothing in the thread
    ["Sure, I'll send you the invoice as an attachment tonight.", 'Can you send the invoice to my email?'],
    ["Sure, here you go - I'll have it to you tonight.", 'Can you send the invoice to my email?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toContain('offplatform');
  });

  it('leaves a reply that keeps the file here, or a buyer who gave a postal address or asked about Amazon\'s mail', () => {
    expect(rules('Klar, die Anleitung hängt an dieser Nachricht.', { buyerMessage: 'Können Sie mir die Anleitung per Mail schicken?' })).toEqual([]);
    expect(rules('承知いたしました。こちらのメッセージに説明書を添付いたしました。', { buyerMessage: '説明書をメールでもらえますか？' })).toEqual([]);
    expect(rules('Bien sûr, voici la notice en pièce jointe.', { buyerMessage: "Pouvez-vous m'envoyer la notice par mail ?" })).toEqual([]);
    expect(rules("Sure, we'll add the door code before it ships.", { buyerMessage: 'Can you add the door code 4411 to my address please?' })).toEqual([]);
    expect(rules('Yes, the confirmation e-mail from Amazon usually arrives within an hour.', { buyerMessage: 'Did Amazon send a confirmation e-mail?' })).toEqual([]);
  });
});

describe('an ID brought along for a pickup point', () => {
  it.each([
    'Bringen Sie zur Abholung im Paketshop bitte Ihren Personalausweis mit.',
    "Il pacco la aspetta al punto di ritiro: porti con sé un documento d'identità.",
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags an ID the seller asks to be sent', () => {
    expect(rules('Schicken Sie uns bitte eine Kopie Ihres Personalausweises.')).toContain('personal_data');
    expect(rules("Ci invii una foto del suo documento d'identità.")).toContain('personal_data');
  });
});

describe('IBANs: the seller\'s given, the buyer\'s asked, a transfer around Amazon', () => {
  it('an IBAN written out is the seller\'s account (offplatform for the payment, no personal data)', () => {
    expect(rules('Bitte überweisen Sie die 9,90 € Versand an IBAN DE12 5001 0517 0123 4567 89.')).toEqual(['offplatform']);
    expect(rules('Faccia il bonifico di 5 € sul conto IBAN IT60 X054 2811 1010 0000 0123 456.')).toEqual(['offplatform']);
  });

  it('the buyer\'s IBAN for a transfer that goes around Amazon is both', () => {
    expect(rules("Send us your IBAN and we'll transfer the 30 € straight to you without going through Amazon.")).toEqual(['offplatform', 'personal_data']);
    expect(rules('Für die Erstattung brauchen wir Ihre IBAN, dann überweisen wir Ihnen die 15 € ohne Umweg über Amazon.')).toEqual(['offplatform', 'personal_data']);
    expect(rules('Ci mandi il suo IBAN e le facciamo subito il bonifico, senza aspettare Amazon.')).toEqual(['offplatform', 'personal_data']);
    expect(rules('Envíenos su IBAN y le hacemos la transferencia directamente sin esperar a Amazon.')).toEqual(['offplatform', 'personal_data']);
  });

  // (s22: the buyer's bank data asked for a refund is money sent back outside Amazon - offplatform too, as most dev rows label it
  // and the s22 relabels made them all; an IBAN asked for a warranty stays personal data only)
  it('an IBAN asked for a refund is off Amazon too, for a warranty personal data only; a refund through Amazon is nothing; a refusal is nothing', () => {
    expect(rules('Wir benötigen Ihre IBAN für die Erstattung.')).toEqual(['offplatform', 'personal_data']);
    expect(rules('Für die Garantie benötigen wir Ihre IBAN.')).toEqual(['personal_data']);
    expect(rules('The refund goes through Amazon to your original payment method; we never need your IBAN.')).toEqual([]);
    expect(rules('Zahlungen außerhalb von Amazon, etwa per Überweisung, dürfen wir nicht annehmen.')).toEqual([]);
  });
});

describe('a part number shaped like a phone number', () => {
  it.each(['Die Ersatzteil-Nr. 0711-552-38 liegt bei.', 'Le n° de pièce 0711-552-38 est indiqué sur le sachet.', 'Il codice pezzo 0711-552-38 è sul sacchetto.'])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a number to call', () => {
    expect(rules('Rufen Sie uns an: 0711 555 238 90.')).toEqual(['offplatform', 'phone']);
  });
});

describe('a number where the buyer is told to reach the seller\'s staff', () => {
  it.each([
    'Bei Fragen zum Aufbau erreichen Sie unseren Monteur montags bis freitags zwischen 8 und 16 Uhr unter 030 555 12 34.',
    'Pour toute question sur le montage, vous pouvez joindre notre technicien du lundi au vendredi au 01 55 55 73 90.',
    'Per domande sul montaggio può contattare il nostro tecnico dal lunedì al venerdì al 02 5555 7390.',
    'Para dúvidas de montagem, fale com nosso técnico de segunda a sexta no (11) 5555-7390.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['offplatform', 'phone']);
  });

  it('leaves a maker\'s line as a phone number only', () => {
    expect(rules('Pour le montage, vous pouvez joindre le fabricant du lundi au vendredi au 01 55 55 73 90.')).toEqual(['phone']);
    expect(rules('Per il montaggio può contattare il produttore al 02 5555 7390.')).toEqual(['phone']);
  });
});

describe("asking for the buyer's e-mail or number with a polite present-tense question", () => {
  it.each([
    '¿Me indica su correo electrónico, por favor? Le mando el manual.',
    "Vous m'indiquez votre adresse e-mail ? Je vous envoie le guide.",
    'Mi indica un suo indirizzo e-mail, per favore? Le giro il PDF.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['offplatform', 'personal_data']);
  });

  it("leaves the order number asked the same way", () => {
    expect(rules("Mi indica il numero d'ordine, per favore?")).toEqual([]);
    expect(rules('¿Me indica el número de pedido, por favor?')).toEqual([]);
  });
});
