// The s17 reviewer's findings on the session's off-Amazon and personal-data guards (review items 1, 3, 4, 7, 13, 14, 15):
// each probe in other words and another language - what the guard was too wide for and must flag again, and the
// near-miss it was written for that must stay clean. Only the rules' findings are read (the model is retrained later).
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer === 'rule').map((f) => f.rule))].sort();

describe('a buyer asking about the phone as what controls the product proposes no channel (review 1)', () => {
  it.each([
    ['Of course! Install the free companion app and pair the heater over Bluetooth.', 'Is it possible to switch the heater on by phone?'],
    ['Klar! Einfach die kostenlose App laden und den Heizlüfter per Bluetooth koppeln.', 'Lässt sich der Heizlüfter per Handy bedienen?'],
    ['¡Claro! Instale la app gratuita y vincule el calefactor por Bluetooth.', '¿El calefactor se maneja por teléfono?'],
    ["Bien sûr ! Installez l'appli gratuite et appairez le radiateur en Bluetooth.", 'Le radiateur se commande-t-il par téléphone ?'],
    ['はい、無料アプリを入れてBluetoothでつないでください。', 'ヒーターは電話で操作できますか？'],
    ['Sure, you can download it any time from Your Orders > Invoice.', 'Can you send me the invoice by e-mail?'],
    ['Claro, la factura está en Mis pedidos > Solicitar factura.', '¿Me puede enviar la factura por correo?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });

  it('still flags a reply that accepts sending it by the channel the buyer asked for', () => {
    expect(rules('Sure, no problem!', { buyerMessage: 'Could you send the setup guide to me by WhatsApp?' })).toContain('offplatform');
    expect(rules('¡Claro, sin problema!', { buyerMessage: '¿Me puede mandar la guía por WhatsApp?' })).toContain('offplatform');
    expect(rules('Klar, kein Problem!', { buyerMessage: 'Können Sie mir die Anleitung per Handy schicken?' })).toContain('offplatform');
    expect(rules("Sure, I'll e-mail it to you, it's also under Your Orders.", { buyerMessage: 'Can you send me the invoice by e-mail?' })).toContain('offplatform');
  });
});

describe('a German "nichts" refuses only its own clause (review 3)', () => {
  it.each([
    'Am Lieferdatum können wir leider nichts machen, melden Sie sich einfach per WhatsApp bei uns.',
    'Hier können wir leider nichts weiter tun, senden Sie uns die Belege bitte per E-Mail.',
    'We can give nothing off the price, just message us on WhatsApp.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('still clears the channel the "nichts" refuses', () => {
    expect(rules('Per E-Mail können wir Ihnen leider nichts zusenden, die Datei hängt hier an.')).toEqual([]);
    expect(rules('Wir dürfen Ihnen nichts per WhatsApp schicken, bitte bleiben Sie hier im Chat.')).toEqual([]);
  });
});

describe("a confirmation of the order's number asked over a messenger (review 4)", () => {
  it.each([
    'Kindly confirm the mobile number from your order via WhatsApp.',
    'Bitte bestätigen Sie uns per WhatsApp die Telefonnummer aus Ihrer Bestellung.',
    'Merci de confirmer par WhatsApp le numéro de téléphone indiqué dans votre commande.',
    'Confírmenos por WhatsApp el teléfono registrado en su pedido.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it("still clears a carrier's call to the order's number", () => {
    expect(rules('The courier will ring the phone number on your order before delivery.')).toEqual([]);
    expect(rules('Il corriere chiamerà il numero di telefono indicato nel suo ordine.')).toEqual([]);
  });
});

describe('an IBAN asked with a length or a time after it (review 7)', () => {
  it.each([
    'Indíquenos su IBAN de 24 caracteres para la devolución.',
    'Ci comunichi il suo IBAN di 27 caratteri, così le rimborsiamo la differenza.',
    'Indiquez-nous votre IBAN en 27 caractères pour le remboursement.',
    'Please send your IBAN by 10 am so we can refund you today.',
    'Bitte senden Sie uns Ihre IBAN im 22-stelligen Format.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('personal_data');
  });

  it('still reads an IBAN written out as the seller\'s account', () => {
    expect(rules('Überweisen Sie den Restbetrag bitte auf IBAN DE89 3704 0044 0532 0130 00.')).toEqual(['offplatform']);
    expect(rules('Haga la transferencia a la cuenta IBAN ES91 2100 0418 4502 0005 1332.')).not.toContain('personal_data');
  });
});

describe('an attachment promised for later is sent by mail, not kept here (review 13)', () => {
  it.each([
    ['Por supuesto, se la mando como adjunto mañana.', '¿Me puede enviar la factura a mi correo?'],
    ['Certo, gliela invio in allegato più tardi.', 'Mi può mandare il manuale sulla mia Gmail?'],
    ['Klar, ich schicke sie Ihnen morgen im Anhang.', 'Können Sie mir die Rechnung an meine Gmail schicken?'],
    ["Sure, I'll send it over as an attachment later today.", 'Could you send the manual to my Gmail?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toContain('offplatform');
  });

  it('still clears the file attached in this reply', () => {
    expect(rules('Claro, aquí tiene la factura como adjunto.', { buyerMessage: '¿Me puede enviar la factura a mi correo?' })).toEqual([]);
    expect(rules('Certo, gliela inviamo in allegato.', { buyerMessage: 'Mi può mandare il manuale sulla mia Gmail?' })).toEqual([]);
  });
});

describe('a technician who calls for support rather than to book the visit (review 14)', () => {
  it.each([
    'Notre technicien vous joindra par téléphone pour vous guider dans les réglages de la box.',
    'Nuestro técnico le llamará por teléfono para ayudarle a configurar el router.',
    'Il nostro tecnico la chiamerà per telefono per aiutarla con le impostazioni.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('still clears the call that books the installation', () => {
    expect(rules("Le technicien vous contactera par téléphone pour fixer le rendez-vous d'installation.")).toEqual([]);
    expect(rules('El técnico le llamará por teléfono para concertar la visita.')).toEqual([]);
  });
});

describe('a word ending in -nos or -ci is no seller "us" (review 15)', () => {
  it.each([
    'Para retirar el paquete en el punto de recogida, traiga su DNI; lo guardan unos siete días.',
    "Al punto di ritiro porti con sé un documento d'identità: il pacco resta lì dieci giorni.",
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags an ID the seller wants too, said with a clitic', () => {
    expect(rules('Traiga su DNI al punto de recogida y facilítenos también una copia.')).toContain('personal_data');
    expect(rules("Porti con sé la carta d'identità al punto di ritiro e mandateci una copia.")).toContain('personal_data');
  });
});
