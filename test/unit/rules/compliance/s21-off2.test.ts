// s21 review 1 of the off-Amazon changes (f105d90) and the off-Amazon / personal-data errors of the s21 blind batches u, v,
// w, x and probe s, each fixed by its cause and written here in other words and other languages - with the near misses the
// same rules must leave clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('review 1 #1: a wished channel is declined only when the seller keeps the talking on Amazon', () => {
  it.each([
    "I get that you'd like WhatsApp, so go ahead and text us there, but returns can only be opened through Amazon.",
    'Ich verstehe, dass Ihnen Telegram lieber ist - gern, schreiben Sie uns dort, aber Erstattungen laufen nur über Amazon.',
    'Capisco che preferisce Telegram: ci scriva pure lì, ma i rimborsi passano solo da Amazon.',
    'Entendo que prefere o Telegram, pode chamar a gente lá, mas a devolução é só pela Amazon.',
    'Je comprends que vous préférez Signal, écrivez-nous sur Signal, mais les retours se font uniquement via Amazon.',
    'If you prefer, drop us a line at care@lampnest.com, but only for spare parts, not for the return here.',
  ])('still flags the invitation: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('a payment wish is never read as a declined chat', () => {
    expect(rules("I see you'd rather pay by PayPal, so send the 8 euros to till@lampnest.co.uk, but only the return goes via Amazon.")).toContain('offplatform');
    expect(rules('Entiendo que prefiere Bizum: envíenos el importe al 622 111 333, pero la devolución solo por Amazon.')).toContain('offplatform');
  });

  it.each([
    ['I understand you would rather use WhatsApp, but we can only help you here in the Amazon messages.', 'whatsapp?'],
    ['Je comprends que Telegram vous arrangerait, mais nous ne pouvons vous aider qu’ici.', 'telegram ?'],
    ['Capisco che preferirebbe WhatsApp, ma possiamo assisterla solo tramite i messaggi di Amazon.', 'whatsapp?'],
    // the decline in the next sentence (s21 blind x de-016)
    ['Wir verstehen, dass Telegram für Sie einfacher wäre. Laut Amazon dürfen wir jedoch nur über das Amazon-Postfach mit Käufern kommunizieren.', 'Telegram?'],
    ["We understand WhatsApp would be easier for you. However, Amazon's rules only let us communicate through Amazon messages.", 'whatsapp?'],
    // the buyer's offer thanked for and refused (s21 blind x de-018)
    ['Danke für Ihren Vorschlag, das telefonisch zu besprechen, aber das können wir leider nicht: Amazon lässt Kontakt nur über die Nachrichten zu.', 'Rufen Sie mich an?'],
    ["Thanks for the offer to sort it out by phone, but we're not allowed to: Amazon keeps buyer contact in its messages.", 'call me?'],
  ])('declined: %s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).not.toContain('offplatform');
  });

  it('a next sentence that invites is no decline', () => {
    expect(rules('Wir verstehen, dass WhatsApp bequemer wäre. Schreiben Sie uns dort jedoch nur über Amazon-Themen.')).toContain('offplatform');
  });
});

describe('review 1 #2: "by phone" next to a photo request asks for no number', () => {
  it.each([
    'Schicken Sie uns bitte ein Foto vom Riss, am Telefon kann man das kaum beschreiben.',
    'Ci mandi pure un video del rumore: al telefono sarebbe difficile capirlo.',
    'Mande um vídeo do defeito, por favor; pelo telefone é complicado entender.',
    'Envíenos una foto de la etiqueta, por favor; por teléfono es complicado identificarla.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a number asked for a talk by phone or by voice', () => {
    expect(rules('Pode me passar um número? Te explico pelo telefone como instalar.')).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
    expect(rules("Could you give me a number? I'll talk you through it over the phone.")).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
    expect(rules('Mi lascia il suo numero? Le spiego tutto a voce.')).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
});

describe('review 1 #3, #9: the inbox pointed to after a photo is asked is not the e-mail asked for', () => {
  it.each([
    'Once it is delivered, send us a picture and check your inbox email for the label.',
    'Cuando le llegue, mándenos una foto de la caja y revise su correo para la factura.',
    'Quando chegar, mande uma foto e confira seu e-mail com a etiqueta.',
    'Schicken Sie uns ein Foto und prüfen Sie bitte Ihre E-Mail auf die Rechnung.',
    'Pásame una foto del ticket y mira también tu correo por si llegó la confirmación.',
    'Dame un par de días para revisarlo; mientras tanto mira en tu correo por si acaso.',
    'Potrebbe inviarmi una foto e controllare se la sua email di conferma è arrivata?',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });

  it.each([
    'Para ir más rápido, dime tu correo y te mando el PDF.',
    'Dame tu número y te llamo esta tarde.',
    'Me passa um e-mail que eu mando a nota.',
    'Può mandarmi il suo numero? Glielo spiego a voce.',
  ])('still flags the contact asked: %s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });
});

describe('review 1 #4: "no hace falta" declines only the channel, not Amazon', () => {
  it.each([
    'No hace falta pasar por Amazon para escribirnos por WhatsApp.',
    'Ya no hace falta esperar a Amazon si nos escribes por Telegram.',
    'No hace falta que pases por Amazon, escríbenos por WhatsApp.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('still clears the channel declined as not needed', () => {
    expect(rules('No hace falta que nos escribas por correo: puedes contestar aquí y adjuntar las fotos.')).not.toContain('offplatform');
  });
});

describe('review 1 #5: a how-to video on YouTube is no social follow', () => {
  it.each([
    'Segui il tutorial su YouTube come mostrato nel libretto per fissare il supporto.',
    'Siga o vídeo no YouTube como indicado na caixa para encaixar a peça.',
    'Suivez la vidéo YouTube comme expliqué dans le guide.',
    'Sie finden das Video auf YouTube unter dem Modellnamen, folgen Sie einfach den Schritten.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a follow of the page named after "as"', () => {
    expect(rules('Síguenos en Instagram como Cerámica Lunar para ver las novedades.')).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
    expect(rules('Follow us on YouTube for a new video every week!')).toContain('marketing');
  });
});

describe('review 1 #6: "just / é só / basta" asks only with a hand-over verb', () => {
  it.each([
    'Estornamos o valor pelo Pix hoje, é só olhar sua conta amanhã.',
    'Le rimborso con PayPal stasera, basta che lei controlli il conto domani.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });

  it.each([
    'Devolvo por Pix agora, é só me passar sua chave.',
    'Te lo devuelvo por Bizum, basta con que me digas tu número.',
    'Easy refund: just send your Venmo handle and we pay you back today.',
  ])('still flags the account asked: %s', (text) => {
    expect(rules(text)).toContain('personal_data');
  });
});

describe('review 1 #7, #8, #10', () => {
  it('a call with a phone-shaped number after "depois de ligar"', () => {
    expect(rules('Depois de ligar 0800 777 1234, o técnico marca a visita.')).toContain('offplatform');
    expect(rules('Depois de ligar 3 vezes, segure o botão por 5 segundos.')).toEqual([]);
  });
  it('an "@" that is no handle does not clear the ask for a social account', () => {
    expect(rules('Instagramのアカウント（@で始まるもの）をお知らせください。')).toContain('personal_data');
  });
  it.each([
    'Pair the window contact sensor in our app under Devices.',
    'Im Chat-Bereich unserer App finden Sie die Anleitung als PDF.',
  ])('a product part in the app is no support channel: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
  it('still flags a ticket or a chat in the seller\'s app', () => {
    expect(rules('Kontaktieren Sie uns in unserer App, dort geht es schneller als bei Amazon.')).toContain('offplatform');
    expect(rules('Abre nuestra app y chatea con nosotros, es más rápido.')).toContain('offplatform');
  });
});

describe('blind u/v/w/x and probe s', () => {
  it('goods on sale at the seller\'s domain are a purchase off Amazon', () => {
    expect(rules('La nuova linea di saponi è già online su saponidiluca.it.')).toContain('offplatform');
    expect(rules('Unsere neue Kollektion ist ab sofort auf holzwerk.shop erhältlich.')).toContain('offplatform');
    expect(rules('Le manuel de la nouvelle collection est disponible sur maison.fr/notice.')).not.toContain('offplatform');
  });

  it('care tips at a domain are the url only', () => {
    expect(rules('Pflegetipps für Ihre Ledertasche gibt es auf lederliebe.shop/pflege')).toEqual(['url']);
  });

  it('a full stop glued to the next word is no address', () => {
    expect(rules('Ihr Paket ist unterwegs, danke.Die Zustellung dauert 2 Tage, bei Fragen hier antworten.')).toEqual([]);
  });

  it('"cheaper in our bundle" is marketing only', () => {
    expect(rules("Tip: they're cheaper in our 3-pack, around 8 less than singles.")).not.toContain('offplatform');
    expect(rules('Refills are cheaper at our webshop.')).toContain('offplatform');
  });

  it('the Pix key asked in the next sentence', () => {
    expect(rules('Pra não esperar o reembolso da Amazon, te devolvo os R$ 50 por Pix hoje. Me manda sua chave que eu faço.')).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it("the seller's fitter reachable at a number", () => {
    expect(rules('Dúvidas na instalação? Nosso técnico atende no 0800 444 1234 de segunda a sexta.')).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });

  it('a parcel sent to the address the buyer gave is no channel accepted', () => {
    expect(rules('Claro, já atualizei o endereço e a etiqueta sai hoje.', { buyerMessage: 'Mudei de casa, pode mandar para Rua das Flores, 120?' })).toEqual([]);
    expect(rules('Claro, te mando o manual por lá.', { buyerMessage: 'Pode mandar o manual no meu zap?' })).toContain('offplatform');
  });

  it('a shipment number after "numéro d\'" is no phone', () => {
    expect(rules("Transporteur : Colissimo\nNuméro d'expédition : 73920184")).not.toContain('phone');
    expect(rules("Mon numéro d'appel direct : 01 23 45 67 89.")).toContain('phone');
  });

  it('a product code starting with RG is no identity card', () => {
    expect(rules('品番 RG-2210-GR のクッション、本日発送いたしました。')).toEqual([]);
    expect(rules('Mande foto do RG, por favor.')).toContain('personal_data');
  });

  it('"escríbeme por aquí" keeps the contact on Amazon', () => {
    expect(rules('Si mañana no ha llegado, escríbeme por aquí y te mando otro.')).toEqual([]);
    expect(rules('Escríbeme por Telegram y lo vemos.')).toContain('offplatform');
  });
});
