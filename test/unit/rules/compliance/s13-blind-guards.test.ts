// False alarms of the s13 blind batch (compliant replies), each fixed by its cause, in every language the
// batch wrote it in - and the asks the same guards must still let through.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) => [...new Set(checkMessage(text, { buyerMessage }).map((f) => f.rule))].sort();

describe("the buyer's own words quoted back", () => {
  it.each([
    ['You quoted "just email me the invoice" - no need for that: the invoice is in your order now.', 'just email me the invoice pls'],
    ['Sie schrieben: „Bitte schicken Sie mir die Rechnung per Mail.“ Das ist nicht nötig: Die Rechnung liegt in Ihrer Bestellung.', 'Bitte schicken Sie mir die Rechnung per Mail.'],
    ['Ci scrive «mandatemi la fattura per email»: non serve, la fattura è già nell\'ordine.', 'mandatemi la fattura per email'],
    ['Você escreveu "me manda a nota fiscal no e-mail": não precisa, a nota já está no pedido.', 'me manda a nota fiscal no e-mail'],
    // no buyer message given: a verb of saying addressed to the buyer introduces the quote
    ['Vous écrivez « envoyez-moi la facture par e-mail » : elle est déjà dans votre commande.', undefined],
  ])('%s', (text, buyer) => {
    expect(rules(text, buyer)).toEqual([]);
  });

  it("keeps the seller's own words in quotes, and addresses inside a quote", () => {
    expect(rules('Just search "LumaHome official" on Google and message us there.')).toContain('offplatform');
    expect(rules('As we always say: "email us at help@lumahome.example for anything".')).toContain('offplatform');
    expect(rules('You wrote "my mail is ana@example.com" - thanks, but please keep it here.', 'my mail is ana@example.com')).toContain('email');
  });
});

describe('a channel the seller puts first and refuses', () => {
  it.each([
    ['Por WhatsApp no podemos atender pedidos, pero no pasa nada: sube aquí el vídeo y lo revisamos.', '¿Te mando el vídeo por WhatsApp?'],
    ['Auf WhatsApp können wir Ihnen leider nicht antworten, aber kein Problem: Laden Sie das Video einfach hier hoch.', 'Kann ich Ihnen das Video per WhatsApp schicken?'],
    ['Su Telegram non possiamo seguire gli ordini, ma nessun problema: carichi qui il video e lo guardiamo.', 'Le mando il video su Telegram?'],
    ['Pelo WhatsApp não conseguimos atender pedidos, mas sem problema: anexe o vídeo aqui mesmo.', 'Posso mandar o vídeo pelo WhatsApp?'],
  ])('%s', (text, buyer) => {
    expect(rules(text, buyer)).toEqual([]);
  });

  it('still flags the channel when the refusal is about Amazon, or is "we can\'t wait"', () => {
    expect(rules('Escríbenos por WhatsApp, no podemos atender pedidos por aquí.')).toContain('offplatform');
    expect(rules("On WhatsApp we can't wait to hear from you: +44 7700 900123")).toContain('offplatform');
  });
});

describe("Amazon's own review mails explained to a buyer who complains about them", () => {
  it.each([
    ['Los correos que te piden valorar la compra los envía Amazon de forma automática; nosotros no los controlamos.', '¿Por qué me llegan tantos correos para opinar?'],
    ["Le email che chiedono di valutare l'acquisto le invia Amazon in automatico, noi non possiamo intervenire.", 'Perché ricevo tante email per valutare?'],
    ['Os e-mails pedindo para avaliar a compra são enviados automaticamente pela Amazon; não temos controle sobre eles.', 'Por que recebo tanto e-mail pedindo avaliação?'],
    ['評価をお願いするメールはAmazonから自動で送信されるもので、当店では停止できません。', '評価してくださいというメールが何度も来ます'],
  ])('%s', (text, buyer) => {
    expect(rules(text, buyer)).toEqual([]);
  });

  it('not when the seller asks in the same sentence, nor unasked', () => {
    expect(rules('Los correos para valorar la compra los envía Amazon, ¡por favor valórenos con 5 estrellas!', '¿Por qué me llegan correos para opinar?')).not.toEqual([]);
    expect(rules('Os e-mails pedindo para avaliar a compra são enviados automaticamente pela Amazon.')).toContain('review_request');
  });
});

describe('a shouted line with a glued full stop', () => {
  // dev rows typed in capitals: 67 compliant rows got a bare-domain url at "YOU.IT", "MERCI.DE", "GRACIAS.ES"
  it.each(['THANK YOU.IT WILL ARRIVE ON MONDAY', 'MERCI.DE RIEN, BONNE JOURNÉE', 'MUCHAS GRACIAS.ES UN PLACER'])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('still reads a shouted address', () => {
    expect(rules('VISIT MYSHOP.DE TODAY')).toContain('url');
    expect(rules('GO TO LUMAHOME.COM NOW')).toContain('url');
  });
});

describe('a rating word inside a short quoted name, typed in lowercase', () => {
  // dev rows typed all in lowercase: the Title-Case product-name guard cannot see „fünf sterne deluxe“
  it.each(['unser modell „fünf sterne deluxe“ ist spülmaschinenfest.', 'ihr "5 sterne gourmet" messerset ist unterwegs.', 'votre lot « cinq étoiles confort » est parti ce matin.'])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('not the rating quoted alone, a long quoted ask, or a phrase after a closed quote', () => {
    expect(rules('Geben Sie uns „5 Sterne“, bitte!')).toContain('leading');
    expect(rules('Check out our "Summer Sale - 20% off everything" this week!')).toContain('marketing');
    expect(rules('Our range "Aurora" is great - leave us 5 stars if you agree.')).toContain('leading');
  });
});

describe('a review ask after a good experience the seller assumes (s13 blind misses)', () => {
  it.each([
    ['Hope the lamp has been brightening up those dark evenings! A couple of lines from you on the product page would make our week.'],
    ['Dado que seguramente está contento con él, le rogamos que deje constancia de su experiencia en Amazon.'],
    ['Ci auguriamo che la moka stia già rendendo più buone le sue colazioni! Se volesse raccontare ad altri acquirenti come si trova, ci farebbe un grande regalo.'],
    ['毎日のご飯がさらに美味しくなっていれば嬉しいです。お使いになった感想を、他のお客様のためにもお聞かせいただけましたら幸いです。'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('leading');
  });
  it('not a neutral ask, nor an assumption without an ask', () => {
    expect(rules('Hope the lamp arrived safely. You can leave a review from Your Orders if you like.')).not.toContain('leading');
    expect(rules('Hope the lamp has been brightening up those dark evenings!')).toEqual([]);
  });
});

describe('reviewer cases (s13): the new guards must not clear real invitations', () => {
  it.each([
    ['El folleto dice: "síguenos en Instagram @tienda_es y escríbenos por WhatsApp". Gracias.'],
    ['La nostra guida dice: "scrivici su WhatsApp al 333 1234567". Grazie!'],
    ['Auf WhatsApp können wir Ihnen nicht nur schneller antworten, sondern auch Videos schicken. Schreiben Sie uns!'],
    ["On WhatsApp we don't just reply faster, we send videos too. Message us anytime!"],
    ["Via WhatsApp we don't make you wait: message us anytime for faster help."],
    ['Su WhatsApp non possiamo che aiutarla più velocemente, ci scriva pure.'],
    ['Por WhatsApp no podemos tardar más de 5 minutos en responder, escríbanos.'],
    ['Pelo WhatsApp não conseguimos demorar, respondemos na hora. Chama a gente!'],
    // (s20: a glued full stop in a shouted line reads as in lowercase, where "myshop.de has more colours" needs an
    // invitation word too - 25 compliant dev rows in capitals were flagged; the invitation keeps the address)
    ['THANK YOU! SEE MYSHOP.DE, IT HAS MORE COLOURS.'],
  ])('%s', (text) => {
    expect(rules(text)).not.toEqual([]);
  });

  it.each([
    ['Before you send the watch back, please remove it from your iCloud account (Find My), otherwise we cannot reset it.'],
    ['Please check your Gmail spam folder: Amazon sent the return label there.'],
    ['Amazon will send the refund confirmation to your Gmail within 24 hours.'],
    ['Amazonからの返品ラベルのご連絡がお客様のYahoo!メールの迷惑メールフォルダに届いている可能性がございます。'],
  ])('no mailbox invitation: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
