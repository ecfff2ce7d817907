// Errors of the s18 blind batches c and d (offplatform, personal_data), each fixed by its cause and written here in
// other words - with the violations the same guards must still let through.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';
import { splitSentences } from '../../../../rules/compliance/model/features';
import { isSentenceStop } from '../../../../rules/compliance/detectors/sentence';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe("a carrier's tracking number after its label is no phone to call", () => {
  it.each([
    'Ihr Paket ist bei GLS. Paketnummer: 7731 0042 5519 80. Zustellung am Freitag.',
    'Votre colis est parti. Numéro de suivi : 6A 1234 5678 901. Bonne journée.',
    'El pedido ya salió con SEUR. Número de seguimiento: 2291 8870 3314 5.',
    'Il pacco è partito con SDA. Numero di tracciamento: 3310 2287 6645 19.',
    'Seu pedido foi postado. Código de rastreamento: 5512 8890 1234 77.',
    'Your parcel left today. Tracking number: 9400 1000 0000 0000 1234 56.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a number the buyer is asked to call', () => {
    expect(rules('Paketnummer: 7731 0042 5519 80. Bei Fragen rufen Sie uns unter 0171 2345678 an.')).toContain('offplatform');
    expect(rules('For questions call us on 0161 496 0831.')).toContain('offplatform');
  });
});

describe('a technician who calls the buyer at a booked slot', () => {
  it.each([
    'Der Monteur ruft Sie am Mo., 14.12. zwischen 8 und 10 Uhr an, um den Einbau zu besprechen.',
    'Le technicien vous appellera le jeu. 17/12 entre 14 h et 16 h pour fixer le rendez-vous.',
    'El técnico le llamará el mié. 16/12 entre las 10:00 y las 12:00 para la instalación.',
    'Il tecnico la chiamerà gio. 17/12 tra le 9:00 e le 11:00 per il montaggio.',
    'O técnico vai ligar na qua. 16/12, entre 14h e 16h, para a instalação.',
    'Our technician will call you on Tue. 15/12 between 9am and 11am to set up the boiler.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it("keeps a weekday's abbreviation with its date in one sentence for the learned layer", () => {
    const t = 'le technicien vous appellera le jeu. 17/12 entre 14 h et 16 h. merci.';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual(['le technicien vous appellera le jeu. 17/12 entre 14 h et 16 h.', 'merci.']);
    const end = 'we ship it today. 2 boxes.';
    expect(splitSentences(end)).toHaveLength(2);
  });

  it('and so do the rules\' sentence stops', () => {
    expect(isSentenceStop('le mar. 15/12', 6)).toBe(false);
    // (the checker's normalized, lowercase copy)
    expect(isSentenceStop('on tue. 15/12', 6)).toBe(false);
    expect(isSentenceStop('we ship it. 2 boxes', 10)).toBe(true);
    expect(isSentenceStop('le mar. Puis', 6)).toBe(true);
  });

  it('still flags a technician offered on a messenger or the buyer sent to call', () => {
    expect(rules('Der Techniker ruft Sie am Mo., 14.12. per WhatsApp an.')).toContain('offplatform');
    expect(rules('Le technicien vous appellera le jeu. 17/12 entre 14 h et 16 h sur WhatsApp.')).toContain('offplatform');
    // (the slot no longer cuts the sentence, so the rule sees "call" and the number together)
    expect(rules('Please call our technician on Tue. 15/12 between 9am and 11am at 0161 496 0831.')).toContain('offplatform');
  });
});

describe("a signature line cut at a company's abbreviation", () => {
  it.each([
    'Hi Tom,\nyour order is on its way and should arrive Friday.\nBrightHome Ltd. support',
    'Hallo Frau Meier,\nIhre Bestellung ist unterwegs.\nNordlicht GmbH & Co. Kundenservice',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('a German channel put first as the bare object and refused at the end', () => {
  it.each([
    'Laden Sie das Foto bitte hier im Nachrichtenfenster hoch. Telegram können wir für Reklamationen leider nicht nutzen.',
    'Danke für den Vorschlag! E-Mail verwenden wir für Bestellungen leider nicht, schicken Sie die Bilder bitte hier.',
  ])('%s', (text) => {
    expect(rules(text, { buyerMessage: 'Kann ich Ihnen das Foto per Telegram schicken?' })).not.toContain('offplatform');
  });

  it('still flags the channel offered the same way round', () => {
    expect(rules('WhatsApp können wir Ihnen gern schicken, die Nummer steht im Profil.')).toContain('offplatform');
    expect(rules('Telegram können wir nicht nutzen, aber schreiben Sie uns auf WhatsApp.')).toContain('offplatform');
  });
});

describe("the buyer's own mail service as where the seller sends", () => {
  it.each([
    '了解しました。のちほどあなたのGmailに取扱説明書をお送りします。',
    'そちらのYahoo!メールへ明日ご連絡いたします。',
    'Of course, I will send the manual to your Hotmail tonight.',
    'Klar, ich schicke Ihnen die Anleitung später an Ihre GMX-Adresse.',
    'Pode deixar, envio o manual no seu Gmail ainda hoje.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('not a refusal in Japanese, whose negation follows the mailbox', () => {
    expect(rules('申し訳ございませんが、そちらのGmailへはお送りできません。')).not.toContain('offplatform');
  });
});

describe('getting the product at an address is buying there, after a "not on Amazon, but"', () => {
  it.each([
    "The refill pads aren't sold on Amazon, but you can get them at padworks dot com.",
    'Die Filter gibt es nicht bei Amazon, aber Sie bekommen sie unter filterhaus punkt de.',
    'Los filtros no están en Amazon, pero puede conseguirlos en filtros-pro punto com.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('still clears a refusal that covers the address itself', () => {
    expect(rules('We cannot write to you at help@padworks.com outside Amazon.')).not.toContain('offplatform');
  });
});

describe('personal data: a foam density and an ID shown at the carrier\'s counter', () => {
  it.each([
    'Der Topper hat Raumgewicht RG 40 und ist 7 cm hoch.',
    'Kaltschaum RG 55, Bezug waschbar bis 60 Grad.',
    '荷物は日本郵便の郵便局で保管中です。お受け取りの際は、身分証明書と不在票をご持参ください。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags an ID the seller asks for', () => {
    expect(rules('Mande uma foto do seu RG, por favor.')).toContain('personal_data');
    expect(rules('Envie o RG 12.345.678-9 para liberar a troca.')).toContain('personal_data');
    expect(rules('本人確認書類の写しをこちらにお送りください。')).toContain('personal_data');
    expect(rules('お受け取りの際は、本人確認書類を弊社の窓口にお持ちください。')).toContain('personal_data');
  });
});
