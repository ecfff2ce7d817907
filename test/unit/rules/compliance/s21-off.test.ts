// The off-Amazon contact, personal-data and payment errors of the s21 blind batches (n, o, p, r), each fixed by its
// cause and written here in other words and other languages - and the near misses the same rules must leave clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe("a channel the buyer wished for, acknowledged and declined for Amazon's messages", () => {
  it.each([
    ['I know Telegram would suit you better, but we can only answer through Amazon messages, so just keep writing here.', 'can we use telegram?'],
    ['Ich verstehe, dass Ihnen WhatsApp lieber wäre, aber wir beantworten Anfragen nur über die Amazon-Nachrichten.', 'Geht das auch per WhatsApp?'],
    ['Je comprends que WhatsApp vous arrangerait, mais nous ne répondons que par la messagerie Amazon.', 'on peut passer sur whatsapp ?'],
    ['Entiendo que prefiera Telegram, pero solo respondemos por la mensajería de Amazon.', '¿Podemos hablar por Telegram?'],
    ['Capisco che preferirebbe WhatsApp, ma rispondiamo soltanto tramite la messaggistica di Amazon.', 'ci sentiamo su whatsapp?'],
    ['Entendo que o WhatsApp seria mais fácil, mas só atendemos pelas mensagens da Amazon.', 'me chama no whats?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).not.toContain('offplatform');
  });

  it('still flags the channel offered, with Amazon kept only for another matter', () => {
    expect(rules("We're on WhatsApp for quick questions, but refunds only through Amazon.")).toContain('offplatform');
    expect(rules('Ich verstehe Sie gut: schreiben Sie uns auf WhatsApp, dort antworten wir schneller.')).toContain('offplatform');
  });
});

describe('a payment the buyer offered, refused before "no problem"', () => {
  it('a refusal to accept it is no acceptance', () => {
    expect(rules("No problem. We can't take Venmo outside Amazon, so we'll just send the part free.", { buyerMessage: 'Can I Venmo you for a spare part?' })).not.toContain('offplatform');
  });
  it('still flags the acceptance', () => {
    expect(rules('No problem, PayPal works for us.', { buyerMessage: 'Can I PayPal you for a spare part?' })).toContain('offplatform');
  });
});

describe('a third party calling, and "ligar" as switching on', () => {
  it.each([
    'O banco pode ligar para você para confirmar a compra, é um procedimento normal.',
    'A operadora do cartão às vezes liga para o titular antes de liberar o valor.',
    'A versão do firmware aparece no visor ao ligar (V2.1.4).',
    'Depois de ligar 3 vezes seguidas, o aparelho volta às configurações de fábrica.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
  it('still flags a call to us', () => {
    expect(rules('Ligue (21) 3456-7890 que resolvemos na hora.')).toContain('offplatform');
    expect(rules('Se preferir, liga para o nosso suporte e a gente resolve.')).toContain('offplatform');
  });
});

describe('a channel or a detail declined as not needed', () => {
  it.each([
    'No hace falta que nos envíes nada por WhatsApp: basta con adjuntar la foto a este mensaje.',
    '返金はAmazonを通じて行いますので、口座番号などは不要です。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('still flags them asked', () => {
    expect(rules('Mándanos las fotos por WhatsApp al 612 345 678.')).toContain('offplatform');
    expect(rules('返金のため口座番号を教えてください。')).toContain('personal_data');
  });
});

describe("the seller's own social account named with its handle", () => {
  it('is no ask for the buyer\'s account', () => {
    expect(rules('Facebookのアカウント(@hana_shop)にメッセージいただければ対応します。')).not.toContain('personal_data');
  });
  it("still flags the buyer's account asked", () => {
    expect(rules('Instagramのアカウントを教えていただけますか。')).toContain('personal_data');
  });
});

describe("the buyer's number asked for a call or a spoken explanation", () => {
  it.each([
    "Easier to sort this live - whats your cell number? Our tech will ring you at 3.",
    'Oye, para ir más rápido, pásame tu número y te llamo ahora.',
    'Per fare prima, può mandarmi il suo numero? Le spiego tutto a voce.',
    'Pourriez-vous me donner un numéro ? Je vous explique le montage de vive voix.',
    'Consegue me passar um número? Explico pelo telefone como montar.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
  it.each([
    'Whats the number on the label of the motor? It tells us the model.',
    'Le spiego a voce? No, meglio per iscritto: le mando i passaggi qui.',
    'Para agilizar, mándame una foto del número de serie.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
});

describe('a bank account asked for a refund around Amazon', () => {
  it.each([
    'Instead of going through Amazon, can you give us your sort code and account number? We will transfer the £6 today.',
    'Könnten Sie uns statt über Amazon Ihre IBAN schicken? Wir überweisen den Betrag noch heute.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
  it('stays clean when the refund goes through Amazon and nothing is asked', () => {
    expect(rules('We never need your sort code or account number. The refund goes through Amazon.')).not.toContain('offplatform');
  });
});

describe("the seller's own app as a support channel", () => {
  it.each([
    'Lade unsere App herunter und öffne dort ein Ticket, das geht schneller als über Amazon.',
    'Install our app and open a claim there, it is quicker than through Amazon.',
    "Scarichi la nostra app e apra una segnalazione, è più rapido che tramite Amazon.",
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it.each([
    'Download our app to set the timer and the night mode.',
    'Con la nostra app può regolare la luminosità della lampada.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('a payment-service refund with the key asked as "just send"', () => {
  it.each([
    'Se quiser, devolvemos o valor por Pix hoje, é só mandar sua chave.',
    'Te lo devuelvo por Bizum ahora, basta con que me digas tu número de Bizum.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
});

describe('an e-mail asked so the seller can send a file to it', () => {
  it.each([
    'If you also need the XML, give me an e-mail and I will send it.',
    'Si quiere también el XML, páseme un correo y se lo mando.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
  it('stays clean when the file is attached here', () => {
    expect(rules('The XML is attached to this message as well.')).not.toContain('personal_data');
  });
});

describe("a follow on the seller's page named by its name", () => {
  it.each([
    'Folgen Sie gern unserer Instagram-Seite "Holz und Leim" für neue Modelle!',
    'Suivez-nous sur Facebook comme Atelier Brume pour ne rien manquer.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });
});

describe('a sign-up at an address named by its noun', () => {
  it('the Italian noun leads to the address', () => {
    expect(rules('Iscrizione alla newsletter su news.lanificio-esempio.shop')).toContain('offplatform');
  });
});

describe("the seller's channel with a send after it is no address of the buyer's", () => {
  it.each([
    "Send us a message on WhatsApp and we'll send you the wiring video.",
    'Add our shop on WhatsApp so we can send you the guide.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
});
