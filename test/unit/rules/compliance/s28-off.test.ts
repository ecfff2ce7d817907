// s28 off-Amazon kinds read by structure (own paraphrases; no batch sentence copied): who acts (the seller or its staff vs the
// carrier, Amazon, the buyer), what is offered or asked, which channel. Positives per cause in the languages concerned, near-misses
// that must stay clean, and after every guard real violations that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' findings only (the learned layer is retrained by the lead). */
const rules = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('a call or a text from or to a number of the seller\'s side (seller-channel.ts sellerPhoneAct)', () => {
  it.each([
    ['Our fitter is booked for Friday morning. She will ring you beforehand from 07700 900451.'],
    ['Unsere Monteurin kommt am Mittwoch. Sie ruft Sie vorher von der 0171 5550 3321 an.'],
    ['Notre technicienne passe jeudi. Elle vous enverra un SMS depuis le 07 55 50 12 98 une heure avant.'],
    ['Le escribirá por SMS nuestro técnico desde el 622 555 417 para cuadrar la visita.'],
    ['Prima dell\'intervento riceverà un messaggio dalla nostra tecnica, dal 347 555 0912.'],
    ['Nosso instalador vai te mandar mensagem do (31) 95555-2210 antes de sair.'],
    ['Mandi pure un SMS al nostro tecnico al 333 555 1290, le risponde subito.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });

  it('near-misses: the carrier calls, Amazon calls, a refusal, a part number with no call', () => {
    expect(rules('The delivery driver will text you from 07700 900451 about an hour before arriving.')).not.toContain('offplatform');
    expect(rules('Die Spedition ruft Sie vorher von der 0171 5550 3321 an, um den Termin abzustimmen.')).not.toContain('offplatform');
    expect(rules('Le transporteur vous appellera depuis le 01 55 50 12 98 pour fixer le créneau.')).not.toContain('offplatform');
    expect(rules('Purtroppo non possiamo chiamarla noi dal 347 555 0912, le scriviamo solo qui.')).not.toContain('offplatform');
  });

  it('still flags after the guards: our staff named before the pronoun, a text asked to our technician', () => {
    expect(rules('Our engineer has your job for Monday. He will call you from 0161 555 0192 first.')).toContain('offplatform');
    expect(rules('Text our repair team on 07700 900318 and they will book you in.')).toContain('offplatform');
    expect(rules('El lunes le visita nuestro técnico, que le hará una llamada antes desde el 611 555 901.')).toContain('offplatform');
  });
});

describe('a video call proposed (seller-channel.ts videoCalls)', () => {
  it.each([
    ['Could we jump on a short video call this evening so I can see the leak?'],
    ['Wir könnten kurz per Videoanruf draufschauen, passt Ihnen morgen um 10?'],
    ['Une visio rapide demain matin, ça vous irait ? Je vous envoie le lien.'],
    ['¿Le viene bien una videollamada por Zoom el jueves?'],
    ['Le andrebbe di sentirci in videochiamata su WhatsApp domani pomeriggio?'],
    ['Que tal uma videochamada curta no Meet amanhã cedo?'],
    ['LINEのビデオ通話で一度つないで、組み立てを一緒に進めませんか。'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: a refusal, Amazon\'s rule, a device feature, a video of the fault sent here', () => {
    expect(rules('We can\'t do a video call, sorry, but a short clip attached here would help a lot.')).toEqual([]);
    expect(rules('Die Webcam funktioniert mit Zoom und Teams ohne Treiber, können Sie das bestätigen?')).toEqual([]);
    expect(rules('Por las normas de Amazon no hacemos videollamadas; mándenos un vídeo por aquí.')).toEqual([]);
    expect(rules('Could you send us a short video of the noise here in the chat?')).toEqual([]);
  });

  it('still flags after the guards: an offer with a feature word elsewhere, a call by service name', () => {
    expect(rules('Shall we do a quick FaceTime so I can watch you set it up?')).toContain('offplatform');
    expect(rules('Facciamo una videochiamata veloce su Meet e vediamo insieme il problema?')).toContain('offplatform');
    expect(rules('Vous préférez faire une visio sur Teams ou sur Zoom ?')).toContain('offplatform');
  });
});

describe('an app or a QR code that opens a chat with the seller (seller-channel.ts appChats)', () => {
  it.each([
    ['Install our service app from Google Play; our team answers in its chat within minutes.'],
    ['Mit unserer Service-App, die Sie im App Store herunterladen, chatten Sie direkt mit unserem Team.'],
    ['Téléchargez notre application : un conseiller vous répond par chat.'],
    ['Escanee el código QR de la caja y podrá chatear con nuestro equipo.'],
    ['Baixe o nosso aplicativo para falar com a gente pelo chat.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: the device\'s own app for Wi-Fi or settings, a manual behind the code, a refusal', () => {
    expect(rules('Download the thermostat app to pair it over Wi-Fi, then pick your schedule in Settings.')).toEqual([]);
    expect(rules('Scannen Sie den QR-Code auf dem Karton, er führt zur Anleitung als PDF.')).toEqual([]);
    expect(rules('We don\'t have an app to chat with us; please write here whenever you like.')).toEqual([]);
    expect(rules('Download our app for the recipes; for anything else our team answers here.')).toEqual([]);
    expect(rules('A video call isn\'t possible, sorry - a short clip of the noise here would help.')).toEqual([]);
  });

  it('still flags after the guards: a chat named in the next sentence', () => {
    expect(rules('Scarichi la nostra app dallo store. Lì trova la chat con l\'assistenza, attiva anche la sera.')).toContain('offplatform');
    expect(rules('専用アプリをダウンロードしてください。アプリ内のチャットで担当者がお答えします。')).toContain('offplatform');
  });
});

describe('the buyer\'s handle on a network asked (seller-channel.ts handleAsks)', () => {
  it.each([
    ['Which username do you use on Instagram? We would like to add you to our owners\' chat.'],
    ['Donnez-nous votre nom d\'utilisateur sur Instagram pour qu\'on vous ajoute à notre groupe de clients.'],
    ['¿Cuál es tu perfil de Facebook? Te agregamos al grupo de dueños.'],
    ['Qual è il suo account Telegram? Così la inseriamo nella chat dei clienti.'],
    ['お客様のLINEアカウント名をお知らせください。グループにご招待します。'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it('near-misses: a refusal, the buyer\'s name alone, a Wi-Fi signal, Italian "su" (on) WhatsApp; a tag asked is personal_data only', () => {
    expect(rules('Ci mandi le foto su WhatsApp, se preferisce.')).not.toContain('personal_data');
    expect(rules('Please tell us your TikTok handle so we can tag you in our clip.')).toEqual(['personal_data']);
    expect(rules('We will never ask for your Instagram or any other account; everything stays here.')).toEqual([]);
    expect(rules('Could you confirm your name as it appears on the order?')).toEqual([]);
    expect(rules('Is your signal strong enough near the router?')).toEqual([]);
  });
});

describe('the seller\'s bank details on the invoice as a fact (seller-bank-fact.ts, widened)', () => {
  it.each([
    ['Here is your invoice. The IBAN in the letterhead is there because every company invoice must show it - you already paid via Amazon.'],
    ['Im Anhang finden Sie die Rechnung. Unten in der Fußzeile steht unsere Bankverbindung als Pflichtangabe; zahlen müssen Sie nichts mehr.'],
    ['Voici la facture en pièce jointe. Les coordonnées bancaires en pied de page font partie des mentions légales ; vous avez déjà payé via Amazon.'],
    ['Segue em anexo a NF-e. No cabeçalho aparecem os dados bancários da loja, mas você já pagou pela Amazon.'],
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
    expect(rules(text)).not.toContain('offplatform');
  });

  it('still flags: a transfer asked to those details, the buyer\'s details asked', () => {
    expect(rules('Invoice attached. Please transfer the 8.50 for the cable to the bank details in the footer.')).not.toEqual([]);
    expect(rules('Anbei die Rechnung. Bitte überweisen Sie die 4,90 € auf die Bankverbindung in der Fußzeile.')).not.toEqual([]);
    expect(rules('Fattura in allegato. Ci mandi le sue coordinate bancarie per il rimborso?')).toContain('personal_data');
  });
});

describe('a return sent straight to the seller and a reply to the seller\'s own mail (bypass-amazon.ts, widened)', () => {
  it.each([
    ['Forget the Amazon return; once you send the lamp straight to us we refund it ourselves.'],
    ['Può rimandare il pacco direttamente a noi senza aprire un reso su Amazon.'],
    ['返品はAmazonで申請しなくて大丈夫です。弊社の大阪倉庫まで直接ご返送ください。'],
    ['Inutile d\'ouvrir un retour sur Amazon : vous pouvez nous renvoyer le sac directement à notre boutique de Nantes.'],
  ])('return: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it.each([
    ['Desde el taller le mandamos ayer un email: contéstelo allí mismo y no por Amazon, por favor.'],
    ['Please look in your inbox for our message from the workshop and answer it directly rather than here.'],
    ['サポート担当からのメールがお手元に届いているかと存じます。お手数ですが、そのメールにご返信をお願いいたします。'],
  ])('mail: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: Amazon\'s label, a reply kept here, a mail Amazon sends', () => {
    expect(rules('Start the return under Your Orders; the label Amazon gives you already has our warehouse address.')).toEqual([]);
    expect(rules('Our team read your note; please answer it here in this thread, we need no e-mail.')).toEqual([]);
    expect(rules('Amazon vous enverra un e-mail avec l\'étiquette ; répondez-nous ici si besoin.')).toEqual([]);
  });
});

describe('the seller\'s shop on another marketplace with the item still there (bypass-amazon.ts PLACE_TO_GO)', () => {
  it('flags the item still had there, not a denied shop', () => {
    expect(rules('Na nossa loja do Mercado Livre ainda tem a versão azul.')).toContain('offplatform');
    expect(rules('Sold out here, but we still have two in our Etsy shop.')).toContain('offplatform');
    expect(rules('Não temos loja no Mercado Livre; qualquer anúncio lá não é nosso.')).toEqual([]);
  });
});

describe('a detail of the buyer asked in a list that ends at a contact noun (contact-ask.ts BUYER_OWNS_LIST)', () => {
  it('a first item with its complement', () => {
    expect(rules('Per registrare la garanzia ci mandi il suo codice di attivazione e un numero di cellulare.')).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
    expect(rules('Para el alta de la garantía, ¿nos facilita su fecha de compra y un móvil?')).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
    expect(rules('Ci servono la sua data di consegna e il numero di tracking del reso.')).toEqual([]);
  });
});

describe('an id noun opening the sentence as the subject of a phone-shaped number (phone.ts)', () => {
  it('a reference, a part code', () => {
    expect(rules('Code article du joint : 06 44 55 50 21, à vérifier sous le couvercle.')).toEqual([]);
    expect(rules('Codice del pezzo sostitutivo: 347 555 0199 (inciso sotto la base).')).toEqual([]);
  });
  it('still a phone: a second clause, a phone word', () => {
    expect(rules('La commande est partie, appelez-nous au 06 44 55 50 21.')).toContain('phone');
    expect(rules('Die Bestellung ist unterwegs, Rückfragen gern an 0151 5550 2234.')).toContain('phone');
  });
});

describe('a second number shaped as one an id word named before it (phone.ts sameShapeAsIdBefore)', () => {
  it('the two parts set side by side', () => {
    expect(rules('Ersatzteil 0176-555-2190 ist unterwegs; geliefert wurde Ihnen 0176-555-2170.')).toEqual([]);
    expect(rules('The right filter is part no. 0161-555-0192, you received 0161-555-0193 by mistake.')).toEqual([]);
  });
  it('still a phone: a help line, another shape, a call word', () => {
    expect(rules('Part no. 0800-554-2190 was sent. For help, 0800-554-2170.')).toContain('phone');
    expect(rules('Order 0800-554-2190 shipped. Our mobile: 07700 900318.')).toContain('phone');
    expect(rules('Part no. 0161-555-0192 is on its way. Call us on 0161-555-0193.')).toContain('phone');
  });
});

describe('"here" as the channel of a contact verb (es lexicon call-or-contact-us-at)', () => {
  it('kept here is no invitation; a channel of the seller\'s still is', () => {
    expect(rules('Si le surge algo, contáctenos por aquí y lo vemos.')).toEqual([]);
    expect(rules('Contáctanos por Telegram si tienes dudas.')).toContain('offplatform');
    expect(rules('Llámenos al 912 555 018 si lo prefiere.')).toContain('offplatform');
  });
});

describe('a payment link sent by the seller (payment-channel.ts SERVICE)', () => {
  it.each([
    ['I can send you a payment link for the spare lid, £6.'],
    ['Je vous envoie un lien de paiement de 12 € pour la housse.'],
    ['Le mando un link di pagamento per la seconda batteria, 15 euro.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it('near-miss: Amazon\'s own payment page', () => {
    expect(rules('If the payment failed, Amazon shows a new payment link in Your Orders.')).not.toContain('offplatform');
  });
});

describe('a refusal or a carrier in another clause is no guard of the offer (seller-channel.ts clauseAround)', () => {
  it('the offer after a contrast or a colon still flags', () => {
    expect(rules('Wir können leider nicht vorbeikommen, aber per Videocall können wir es uns morgen ansehen, passt 10 Uhr?')).toContain('offplatform');
    expect(rules('We can\'t fit the part ourselves, but our technician will call you from 0161 555 0192 to talk you through it.')).toContain('offplatform');
  });
  it('a refusal in the call\'s own scope still clears', () => {
    expect(rules('Video calls: we can\'t offer them, sorry, photos here are fine.')).toEqual([]);
    expect(rules('Leider können wir keine Videocalls anbieten, aber Fotos hier helfen.')).toEqual([]);
  });
});

describe('"coordinate bancarie" are bank details, not a matching item (promotion.ts CROSS)', () => {
  it('the invoice line stays clean; a matching item still is a cross-sell', () => {
    expect(rules('Le giro la fattura: in fondo compaiono le coordinate bancarie della ditta, dato obbligatorio per legge, e non c\'è nulla da pagare.')).toEqual([]);
    expect(rules('C\'è anche la tovaglia coordinata alla sua tenda, la trova nel nostro negozio.')).toContain('marketing');
  });
});

describe('an imperative after an opening purpose phrase (contact-ask.ts IMPERATIVE_OPENING) and a legal duty as owner (seller-bank-fact.ts)', () => {
  it('the ask after "to register ..." still asks; a refusal or the order number alone does not', () => {
    expect(rules('Para activar la garantía envíenos su correo personal y un móvil.')).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
    expect(rules('Per registrare la garanzia basta il numero d\'ordine, non serve il suo numero di cellulare.')).toEqual([]);
  });
  it('a legal duty names the seller\'s own line; a transfer asked still flags', () => {
    expect(rules('Attached is the invoice; the IBAN at the bottom is required by law and you already paid on Amazon.')).toEqual([]);
    expect(rules('Every company invoice must show our IBAN - please wire the 12 € for the spare lid there.')).not.toEqual([]);
  });
});
