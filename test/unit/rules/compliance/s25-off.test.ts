// Off-Amazon contact and personal-data errors of the s25 blind batch e, each fixed by its cause and written here in other words
// (no batch sentence copied), with near-misses that must stay clean and, after every guard, real violations that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' findings only (the learned layer is retrained by the lead; its warns are not what these causes change). */
const rules = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('an e-mail address spelled with the hiragana あっと / どっと is an address', () => {
  it.each([
    ['ご質問は直接 shop あっと kiriya-kobo どっと jp までメールでお送りください。'],
    ['返品のご相談は support あっと hanamichi どっと com 宛てにどうぞ。'],
    ['お問い合わせは info アット tsubaki-ya ドット com へメールください。'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['email', 'offplatform']));
  });

  it('near-misses: the everyday あっと and どっと are no signs', () => {
    expect(rules('ご注文の品はあっという間に届くと思います。')).toEqual([]);
    expect(rules('どっと疲れが出る季節ですので、ご無理なさらないでください。')).toEqual([]);
    expect(rules('あっと驚く軽さですが、耐荷重は20kgです。')).toEqual([]);
  });
});

describe('a QR code whose scan, told in the next sentence, leads to a chat or a support desk', () => {
  it.each([
    ['取扱カードの裏にQRコードが印刷されています。読み取っていただくとLINEのサポート窓口が開きます。'],
    ['箱の中に二次元コードのシールがございます。スキャンすると担当者とのチャット画面につながります。'],
    ['Auf dem Beipackzettel ist ein QR-Code. Scannen Sie ihn, dann sind Sie direkt in unserem Service-Chat.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: a manual or a video behind the code, a barcode read for the model number', () => {
    expect(rules('保証書にQRコードがございます。読み取っていただくと組み立て動画をご覧いただけます。')).toEqual([]);
    expect(rules('本体ラベルのバーコードを読み取ると、型番が表示されます。')).toEqual([]);
    expect(rules('Auf dem Karton ist ein QR-Code. Scannen Sie ihn für die Aufbauanleitung als Video.')).toEqual([]);
  });
});

describe('a payment asked through a link is offplatform', () => {
  it.each([
    ['名入れの追加料金(880円)は下記リンクからお支払いください。\nkessai.mokume-ya.shop/p/4471', 'ja'],
    ['Il supplemento di 8 euro può saldarlo o pagarlo da questo link: conto.legnoantico.shop/p/90', 'it'],
    ['Puede pagarlo desde este enlace: cobro.ceramicasur.shop/pedido/31', 'es'],
    ['Den Aufpreis zahlen Sie bitte über den folgenden Link.\nbezahlung.holzatelier.de/a/12', 'de'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'url']));
  });

  it('near-misses: a manual behind the link, Amazon\'s own order page', () => {
    expect(rules('取扱説明書は下記リンクからご覧いただけます。\nmokume-ya.shop/manual')).toEqual(['url']);
    expect(rules('Il manuale di montaggio lo trova a questo link: legnoantico.shop/manuale')).toEqual(['url']);
    expect(rules('お支払い状況は下記リンクからご確認いただけます。\nwww.amazon.co.jp/your-orders')).not.toContain('offplatform');
  });
});

describe('cheaper when the buyer pays the seller without going through Amazon', () => {
  it.each([
    ['Amazonを介さずに銀行振込でお支払いいただければ、送料分お安くいたします。'],
    ['次回からはAmazonを通さずにお振込みいただくと、一割ほどお安くなりますよ。'],
    ['Next time pay directly through us by bank transfer and it works out 8 % cheaper.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

  it('near-misses: a refusal, a refund paid back to the buyer', () => {
    expect(rules('Amazonを通さずにお支払いいただくことはできませんので、値引きもいたしかねます。')).toEqual([]);
    expect(rules('The refund is paid straight from us to your card, cheaper for you than sending it back.')).not.toContain('marketing');
  });
});

describe('the seller\'s own bank details given are no personal data of the buyer', () => {
  it('the seller gives them without naming the receiver', () => {
    const found = rules('Bei Zahlung per Überweisung direkt an uns sparen Sie 5 % - die Kontoverbindung schicken wir Ihnen gern.');
    expect(found).toContain('offplatform');
    expect(found).not.toContain('personal_data');
    expect(rules('Die IBAN nennen wir gern, sobald Sie die Überweisung bestätigen.')).not.toContain('personal_data');
    expect(rules('Enviamos os dados bancários da loja por aqui mesmo.')).not.toContain('personal_data');
  });

  it('real asks still flag: the buyer gives them, or owns them', () => {
    expect(rules('Bitte schicken Sie uns Ihre Bankverbindung für die Gutschrift.')).toContain('personal_data');
    expect(rules('Nennen Sie uns bitte die Bankverbindung, wir überweisen dann sofort.')).toContain('personal_data');
    expect(rules('Die Bankverbindung, die Sie uns schicken, löschen wir nach der Erstattung.')).toContain('personal_data');
    expect(rules('Passe seus dados bancários para fazermos o estorno.')).toContain('personal_data');
  });
});

describe('the buyer\'s own address named as where the seller sends is no ask for it', () => {
  const buyerMessage = 'Schicken Sie mir die Rechnung bitte an k.lenz@posteo.de, über Amazon finde ich sie nie.';
  it('the reply that uses the buyer\'s channel is offplatform, not personal data', () => {
    const found = rules('Gern, Herr Lenz, die Rechnung schicken wir noch heute an Ihre private E-Mail-Adresse.', { buyerMessage });
    expect(found).toContain('offplatform');
    expect(found).not.toContain('personal_data');
  });

  it('real asks still flag: a question, an ask beside it, a need', () => {
    expect(rules('Wir schicken die Rechnung an Ihre private Mailadresse - wie lautet sie?')).toContain('personal_data');
    expect(rules('Bitte nennen Sie uns Ihre private Handynummer.')).toContain('personal_data');
    expect(rules('Wir brauchen Ihre private Mailadresse, dann schicken wir die Rechnung.')).toContain('personal_data');
  });
});

describe('a call-me word opening a quoted product name is no invitation', () => {
  it('the quoted name is a product', () => {
    expect(rules('La lampada «Chiamami Luce Notturna» funziona senza app e senza SIM.')).toEqual([]);
    expect(rules('Il "Chiamami Pet Cam 2" si collega solo al Wi-Fi di casa.')).toEqual([]);
  });

  it('real invitations still flag: the word quoted alone, before a number, unquoted', () => {
    expect(rules('Scriva "Chiamami" nelle note dell\'ordine e la ricontattiamo noi.')).toContain('offplatform');
    expect(rules('"Chiamami" al 347 555 1290 per qualsiasi dubbio.')).toContain('offplatform');
    expect(rules('Chiamami pure stasera, ti spiego il montaggio.')).toContain('offplatform');
  });
});

describe('a negation inside a condition before the comma does not refuse the call-back invitation after it', () => {
  it.each([
    ['Se la misura non è giusta, richiamateci pure domani.', 'it'],
    ['Wenn die Lieferung nicht vollständig ist, rufen Sie uns einfach zurück.', 'de'],
    ['Si le modèle ne convient pas, rappelez-nous dans la journée.', 'fr'],
    ['Si el color no le convence, vuelva a llamarnos por la mañana.', 'es'],
    ['Se o tamanho não servir, ligue de volta pra gente à tarde.', 'pt'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: the call back refused, the carrier or the technician calling, "remember"', () => {
    expect(rules('Non serve che ci richiami: rispondiamo qui in chat.')).toEqual([]);
    expect(rules('Rufen Sie uns bitte nicht zurück, wir antworten hier.')).toEqual([]);
    expect(rules('Rappelez-vous que le retour est gratuit pendant 30 jours.')).toEqual([]);
    expect(rules('No hace falta que nos vuelva a llamar, respondemos por aquí.')).toEqual([]);
    expect(rules('O técnico vai ligar de volta para você amanhã.')).toEqual([]);
  });
});

describe('Amazon named as the detour or as withholding the data does not keep an ask for the buyer\'s details on Amazon', () => {
  it.each([
    ['To get your money back today, reply with your bank account number - much quicker than waiting for Amazon.', 'en'],
    ['No need to wait on Amazon: just send us your IBAN and we transfer it tonight.', 'en'],
    ['Für die Erstattung: nennen Sie uns Ihre IBAN, das geht schneller als über Amazon.', 'de'],
    ['Pour le remboursement, envoyez-nous votre RIB, plus rapide que d\'attendre Amazon.', 'fr'],
    ['Ci mandi pure il suo IBAN per il rimborso, molto più veloce che aspettare Amazon.', 'it'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it('near-misses: the detail kept on Amazon, a refusal', () => {
    expect(rules('We don\'t need your bank details, the refund goes through Amazon.')).toEqual([]);
    expect(rules('Please update your phone number in your Amazon account.')).toEqual([]);
    expect(rules('No need to send us your bank details, Amazon refunds you automatically.')).toEqual([]);
  });
});

describe('the contact details of the person who will use or receive the item are asked like the buyer\'s', () => {
  it.each([
    ['For the engraving card we need the address of whoever gets the lamp, plus their mobile and email - Amazon keeps that hidden from us.', 'en'],
    ['Wir brauchen die Handynummer und E-Mail der Person, die das Geschenk bekommt, Amazon zeigt uns die Daten nicht.', 'de'],
    ['Ci serve il numero di telefono della persona che userà la poltrona, Amazon non ce lo mostra.', 'it'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it('near-misses: a manufacturer\'s own number, a carrier\'s need, a refusal', () => {
    expect(rules('The manufacturer will call; their phone number is on the box, please keep it.')).toEqual([]);
    expect(rules('Please give the courier the recipient\'s phone number at the door.')).not.toContain('offplatform');
    expect(rules('Nous n\'avons pas besoin du numéro de la personne qui recevra le cadeau.')).toEqual([]);
  });
});
