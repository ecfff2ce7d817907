// s27 round 2, off-Amazon kinds read by structure (own paraphrases; no batch sentence copied): who acts, what is asked, what
// object, which channel. Positives per kind in several languages, near-misses that must stay clean, and after every guard real
// violations that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' findings only (the learned layer is retrained by the lead). */
const rules = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('the item sent straight to the seller, Amazon\'s return named as not needed', () => {
  it.each([
    ['Sure, no need to open a return. Just box it up and send it to 18 Quarry Road, Bristol BS3 2XX and we refund on arrival.'],
    ['Das geht auch ohne Amazon: Eine Retoure brauchen Sie nicht anzulegen, einfach an Müller Technik, Gartenstr. 5, 80331 München schicken.'],
    ['Pas besoin d\'ouvrir une demande de retour, renvoyez-nous le casque à notre entrepôt, 3 rue Pasteur, 59000 Lille.'],
    ['No hace falta abrir la devolución: envíanoslo a Calle Mayor 12, 28013 Madrid y te devolvemos el dinero.'],
    ['Non occorre fare la richiesta di reso, ci mandi pure la lampada al nostro laboratorio in Viale Monza 8, 20125 Milano.'],
    ['返品手続きは必要ございませんので、下記住所まで着払いでご返送ください。\n〒150-0001 東京都渋谷区神宮前1-1-1'],
    ['Nem precisa abrir a solicitação de devolução, manda pra Rua das Flores 45, 01310-100 São Paulo que a gente troca.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: Amazon\'s label carries our address, the seller sends, a photo, a label not to be paid', () => {
    expect(rules('No need to look up an address: the Amazon return label already has our warehouse on it, 12 Dock Street, Hull HU1 1XX.')).toEqual([]);
    expect(rules('You don\'t need to open a return, we will send you a new one to your address today.')).not.toContain('offplatform');
    expect(rules('Non serve aprire la pratica di reso: ci mandi una foto del difetto qui e spediamo il ricambio.')).toEqual([]);
    expect(rules('Eine Rücksendung müssen Sie nicht bezahlen: öffnen Sie sie über Amazon und schicken Sie das Paket mit dem Etikett.')).toEqual([]);
    expect(rules('Abre la devolución en Amazon y envíalo con la etiqueta que te dan; no hace falta escribirnos.')).toEqual([]);
  });

  it('still flags after the guards: the item to us with the return waved away, other wordings', () => {
    expect(rules('Skip the Amazon return and simply post it back to us.')).toContain('offplatform');
    expect(rules('Inutile de faire un retour Amazon : envoyez-nous simplement le colis à notre atelier.')).toContain('offplatform');
    expect(rules('Não precisa abrir devolução, devolva para nós pelo correio.')).toContain('offplatform');
  });
});

describe('a reply asked to a mail the seller wrote from its own mailbox', () => {
  it.each([
    ['We wrote to you this morning from our support mailbox with the parts list. Just reply to that message and we\'ll ship.'],
    ['Te escribimos ayer desde nuestro correo de empresa con el presupuesto; respóndelo directamente y lo preparamos.'],
    ['Ich habe Ihnen gerade von meinem Firmenkonto die Anleitung geschickt, antworten Sie einfach darauf.'],
    ['Nous vous avons écrit depuis notre adresse atelier ce matin : répondez à ce courriel avec vos mesures.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: the reply kept here, Amazon as the sender, the mailbox Amazon\'s', () => {
    expect(rules('We sent you the invoice from our account on Amazon. Please reply here if something is wrong.')).toEqual([]);
    expect(rules('Amazon sent you a confirmation from its account. Reply to it if anything is wrong.')).toEqual([]);
    expect(rules('Je vous ai écrit depuis la messagerie Amazon ce matin, répondez-moi simplement ici.')).toEqual([]);
  });
});

describe('the seller\'s own bank details named as a fact about the invoice (all languages)', () => {
  it('clean: the details printed on the document are the company\'s, nothing asked or paid', () => {
    expect(rules('Die IBAN unten auf der Rechnung ist nur unsere Firmenbankverbindung, sie steht auf jedem Beleg.')).toEqual([]);
    expect(rules('The bank details printed on the receipt are just ours.')).toEqual([]);
    expect(rules('Los datos bancarios que aparecen en la factura son de la empresa, salen en todas.')).toEqual([]);
    expect(rules('Le numéro IBAN en pied de facture est celui de la société, il figure sur tous nos documents.')).toEqual([]);
  });

  it('still flags: the buyer\'s details asked, a payment to the printed account', () => {
    expect(rules('Mandi il suo IBAN, lo stampiamo sulla fattura della ditta.')).toContain('personal_data');
    expect(rules('Our company bank details are on the invoice, just pay the balance there.')).not.toEqual([]);
    expect(rules('Bitte nennen Sie uns Ihre IBAN für die Rechnung der Firma.')).toContain('personal_data');
    expect(rules('Please transfer the balance to our company bank details on the invoice.')).toContain('offplatform');
  });
});

describe('a contact given as where questions go (plain or obfuscated address)', () => {
  it.each([
    ['Fragen zur Montage bitte an montage@holz-x.de, der Tischler antwortet selbst.'],
    ['Technical questions go to help (at) pumpworks (dot) co.uk - Sam answers them.'],
    ['Questions sur le montage : montage@bois-x.fr, c\'est Paul qui s\'occupe du SAV.'],
    ['Dudas sobre tallas: tallas@zapatos-x.es'],
    ['Le domande sulla garanzia vanno inviate a garanzia@casa-x.it.'],
    ['ご質問は info〔アット〕hana-shop.co.jp へどうぞ。'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('the Japanese bracketed at-sign is an e-mail address, not a bare domain', () => {
    expect(rules('お問い合わせ窓口：sapoto【あっと】mori-kagu.jp')).toContain('email');
    expect(rules('お問い合わせ窓口：sapoto【あっと】mori-kagu.jp')).not.toContain('url');
  });

  it('near-misses: questions kept here, a carrier\'s line, a bracket that is no sign', () => {
    expect(rules('Fragen zur Zustellung bitte an DHL unter 0228 4333112.')).toEqual([]);
    expect(rules('Questions about the fit: just reply here and I will check.')).toEqual([]);
    expect(rules('【アット】マークの付いた商品は送料無料です。')).toEqual([]);
  });

  it('still flags: Italian "qui" as here keeps questions here, French "qui" (who) does not', () => {
    expect(rules('Per qualsiasi domanda le rispondo qui, info@x.it è solo per i fornitori.')).not.toContain('offplatform');
    expect(rules('Pour toute question : atelier@lampes-x.fr, c\'est Marc qui répond.')).toContain('offplatform');
  });
});

describe('phone numbers with odd separators, short lines and extensions', () => {
  it.each([
    ['Bei Fragen zum Einbau: 0.3.0-4.4.7-1.2.9.8 (Mo-Fr).'],
    ['For set-up help: 0-7-7-0-0-9-0-0-3-1-6, weekdays only.'],
    ['Se il router non si collega, mandi un messaggio SMS a Marco, il nostro installatore, al 488 20.'],
    ['Fala com a Juliana, nossa consultora, no ramal 4410 que ela explica a instalação.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('phone');
  });

  it('a talk with a named person at an extension is an invitation (offplatform)', () => {
    expect(rules('Fala com a Juliana, nossa consultora, no ramal 4410 que ela explica a instalação.')).toContain('offplatform');
  });

  it('near-misses: part and serial numbers spelled apart, a version, an IP address, a count', () => {
    expect(rules('El código de la pieza es 4-4-1-2-0-9-8-7-3-1.')).toEqual([]);
    expect(rules('Serial: 1.2.3.4.5.6.7.8.9')).toEqual([]);
    expect(rules('La versión 1.2.3.4 del firmware corrige el fallo.')).toEqual([]);
    expect(rules('We got 12 sms at 5 pm about order 55571.')).toEqual([]);
  });
});

describe('the buyer\'s contact asked for a courier, handed to the seller (the carrier only the reason)', () => {
  it.each([
    ['配送業者からお電話する場合がありますので、携帯番号を当店までお知らせください。'],
    ['The courier may ring you before delivery, so please send us your mobile number.'],
    ['Le livreur peut vous appeler : envoyez-nous votre numéro de portable.'],
    ['Il corriere potrebbe chiamarla, quindi ci mandi il suo numero di cellulare.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it('near-misses: the number handed to the carrier, the carrier calling the Amazon number, a reply here with no detail', () => {
    expect(rules('配送業者から連絡が入る場合がございますので、携帯番号を配送業者へ直接お知らせください。')).toEqual([]);
    expect(rules('配送業者からAmazonに登録の電話番号へ連絡が入ります。ご不明点はこちらにご返信ください。')).toEqual([]);
    expect(rules('Der Fahrer ruft Sie unter der Nummer aus Ihrer Amazon-Bestellung an; antworten Sie uns einfach hier, wenn etwas ist.')).toEqual([]);
  });
});

describe('the buyer\'s profile asked so that the seller adds them there', () => {
  it.each([
    ['Dame tu usuario de Instagram y te agrego a la lista de clientes.'],
    ['Passa o seu perfil do Instagram que a gente te adiciona no grupo de dicas.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it('near-miss: a handle asked to tag the buyer stays personal data only', () => {
    expect(rules('Could you share your Instagram handle so we can tag you?')).toEqual(['personal_data']);
  });
});

describe('a look taken at the seller\'s domain is a visit', () => {
  it.each([
    ['Werfen Sie mal einen Blick auf holzwerk-krause.de, da gibt es noch mehr.'],
    ['Échale un ojo a soportestv.es, tenemos más modelos.'],
    ['Guardi su cantina-x.it, ci sono altri modelli.'],
    ['Regardez lampes-antan.fr, il y a d\'autres teintes.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'url']));
  });

  it('near-misses: a manual at the address (url only), a discourse "guarda che" / "mira,"', () => {
    expect(rules('Werfen Sie einen Blick auf holz-x.de/anleitung, dort finden Sie die Montageanleitung als PDF.')).toEqual(['url']);
    expect(rules('Guarda che il codice è scritto su x.it? No, è sull\'etichetta.')).toEqual(['url']);
    expect(rules('Mira, el modelo nuevo sale en soportes-x.es el lunes.')).not.toContain('offplatform');
  });
});

describe('round 2 widenings: more wordings of the same kinds', () => {
  it.each([
    ['Don\'t bother opening a return, ship it to us at 22 King Street, Derby DE1 3XX and we\'ll refund you.'],
    ['Die Retoure über Amazon können Sie sich sparen, schicken Sie es einfach an unser Lager in der Hafenstr. 8, 20457 Hamburg.'],
    ['No hace falta que tramites la devolución por Amazon, envíalo a nuestra tienda en Calle Sol 4, 41001 Sevilla.'],
    ['Não precisa abrir a devolução pela Amazon, é só mandar pra nossa loja na Rua Augusta 500, São Paulo.'],
    ['O modelo vermelho está na nossa loja do Mercado Livre.'],
    ['Llame a Jorge, nuestro técnico, a la extensión 3310.'],
    ['Para activar la garantía necesitamos tu fecha de nacimiento y tu móvil.'],
    ['Para ativar a garantia precisamos do seu celular e da sua data de nascimento.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: the seller posts, a photo from the buyer\'s mobile, the device restarted, Amazon\'s label kept', () => {
    expect(rules('Skip the Amazon form, we\'ll post it to you tomorrow at 22 King Street.')).not.toContain('offplatform');
    expect(rules('No need for a return, send us a photo and we\'ll ship a new one.')).toEqual([]);
    expect(rules('Manda uma foto pelo seu celular.')).toEqual([]);
    expect(rules('Send us a photo from your mobile, please.')).toEqual([]);
    expect(rules('Please restart your mobile and try the app again.')).toEqual([]);
    expect(rules('Qual é o modelo do seu celular? Assim confirmo se a capa serve.')).toEqual([]);
    expect(rules('¿Cuál es la versión de Android de tu móvil?')).toEqual([]);
    expect(rules('Il vous suffit de le renvoyer avec l\'étiquette Amazon, pas besoin de nous écrire.')).toEqual([]);
  });
});

describe('round 2 widenings (2): spoken lines, odd separators, announced by phone, replies to a private mail, nothing to pay', () => {
  it.each([
    ['Give us a bell on oh one six one, four nine six, double two seven eight if it happens again.', 'offplatform'],
    ['Call us on 020_7946_0958 any time.', 'phone'],
    ['Prima di spedirlo ci avvisi al telefono allo 02 5550 1234.', 'offplatform'],
    ['Je vous ai écrit sur votre adresse perso, répondez-moi là-bas.', 'offplatform'],
    ['Le hemos escrito a su correo personal; contéstenos allí directamente.', 'offplatform'],
  ])('%s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it('clean: the company\'s bank details on the invoice with nothing to pay said beside them; an underscore in a file name', () => {
    expect(rules('Die Bankverbindung auf der Rechnung ist die unserer Firma, zahlen müssen Sie nichts.')).toEqual([]);
    expect(rules('Os dados bancários no rodapé da fatura são da empresa, não precisa pagar nada.')).toEqual([]);
    expect(rules('Photo file IMG_2024_0115_1234 attached.')).toEqual([]);
    expect(rules('Si no está en casa, el repartidor le avisará al teléfono de su pedido.')).toEqual([]);
  });

  it('still flags: a payment asked to the printed account', () => {
    expect(rules('Os dados bancários da empresa estão na fatura, precisa pagar o restante por Pix.')).toContain('offplatform');
    expect(rules('Die Bankverbindung unserer Firma steht auf der Rechnung, bitte überweisen Sie den Rest.')).toContain('offplatform');
  });
});
