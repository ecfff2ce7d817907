// The s20 blind batches' off-Amazon contact, payment, personal-data, phone and url errors (f, and h/g rows), each fixed by
// its cause and written here in other words and other languages - with the near-misses the same changes must leave alone.
// Only the rules' findings are read: the learned layer is retrained after the session and may warn on its own.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const found = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.layer === 'rule');
const rules = (text: string, options?: CheckOptions) => [...new Set(found(text, options).map((f) => f.rule))].sort();
const entries = (text: string) => found(text).map((f) => f.entry ?? '');

describe('a payment outside Amazon after a purpose or a cause with a negation (payment-channel.ts)', () => {
  it.each([
    'To avoid losing your order, please send a PayPal payment of $45 to billing@oakshed.com.',
    'Damit die Bestellung nicht verfällt, überweisen Sie bitte 49 € per PayPal an zahlung@holzhaus.de.',
    'Pour ne pas perdre la commande, réglez les 39 € par virement sur notre compte.',
    'Per non perdere l\'ordine, ci mandi 30 euro con Satispay.',
    'Como o pagamento não passou, manda um Pix de R$ 80 pra chave loja@pedraazul.com.br.',
    '決済が完了しなかったため、LINE Payで1,500円をお送りください。',
    'ご入金が確認できませんでしたので、PayPay（ID: zakka_mori7）へ3,200円をお送りください。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it.each([
    'Para evitar problemas, no aceptamos pagos por Bizum: todo va por Amazon.',
    'Pour votre sécurité, nous n\'acceptons pas de virement, seulement le paiement Amazon.',
    '決済が完了しなかったため、PayPayでのお支払いはお受けできません。Amazonで再度ご注文ください。',
    'Não aceitamos Pix no valor do frete, só pela Amazon.',
  ])('still reads a refusal: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
});

describe('a discount for paying through a service (payment-channel.ts)', () => {
  it.each([
    'Die Lampe können Sie auch per PayPal Freunde bezahlen, dann gibt es 8 € Rabatt.',
    'Se paga il tavolo con un bonifico le facciamo uno sconto del 10 %.',
    'If you pay for the second chair by Venmo I\'ll give you a $15 discount.',
    'Se preferir pagar a luminária por Pix, te dou 5% de desconto.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

  it('not the balance of the order paid that way, nor a refund', () => {
    expect(entries('Puede pagar la diferencia del envío por Bizum y le descontamos 2 € del total.')).not.toContain('marketing:payment-service-discount');
    expect(entries('Le devolvemos el 10 % por PayPal como descuento por el retraso.')).not.toContain('marketing:payment-service-discount');
  });
});

describe("the buyer's bank account asked, the transfer promised in the next sentence (payment-channel.ts)", () => {
  it.each([
    'Para devolverte los 18 € necesitamos tu IBAN. En cuanto lo tengamos hacemos la transferencia.',
    'Pour vous rembourser les 12 €, il nous faut votre IBAN. Le virement part dès réception.',
    'Per rimborsarle i 15 euro ci serve il suo IBAN. Il bonifico lo facciamo in giornata.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['offplatform', 'personal_data']);
  });

  it('not an account declined, Amazon doing the refund', () => {
    expect(rules('Wir benötigen Ihre IBAN nicht. Die Überweisung macht Amazon automatisch.')).not.toContain('offplatform');
  });
});

describe("the buyer's contact asked as a need, or with Amazon told as what fails (contact-ask.ts)", () => {
  it.each([
    'Para emitir la garantía necesitamos su fecha de nacimiento y su correo personal.',
    'Pour activer l\'extension de garantie, nous avons besoin de votre e-mail personnel.',
    'Für die Garantieverlängerung benötigen wir Ihre private E-Mail-Adresse.',
    'To activate the extended warranty we\'ll need your personal email address.',
    'Per la garanzia estesa ci serve il suo indirizzo e-mail personale.',
    'Te mando el manual a tu correo, ¿me dices cuál es? Aquí no me deja adjuntar archivos tan grandes.',
    'We\'ll send the invoice to your personal e-mail, what is it? Amazon doesn\'t let us attach it here.',
    'Je vous envoie la facture sur votre adresse e-mail, laquelle est-ce ? Ici on ne peut pas joindre le fichier.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it.each([
    'We don\'t need your e-mail address, the warranty is linked to your Amazon order.',
    'Please don\'t send us your e-mail address, Amazon doesn\'t allow it.',
  ])('not a need denied or a refusal: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('"which address" with the mail named as the way (contact-ask.ts)', () => {
  it.each([
    'Die Anleitung senden wir Ihnen per E-Mail, an welche Adresse dürfen wir sie schicken?',
    'We\'ll e-mail you the invoice - to which address should it go?',
    'Le enviamos la factura por correo, ¿a qué dirección se la mandamos?',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['offplatform', 'personal_data']);
  });

  it('not the postal address for a parcel', () => {
    expect(rules('An welche Adresse dürfen wir das Ersatzteil schicken?')).toEqual([]);
  });
});

describe("the buyer's name on a messenger (contact-ask.ts)", () => {
  it.each([
    'Mandiamo il video su Telegram: qual è il suo username?',
    'Te pasamos la factura por Telegram, ¿cuál es tu usuario?',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['offplatform', 'personal_data']);
  });

  it('the name alone is personal data; the channel is its own finding', () => {
    expect(entries('Please tell us your Instagram handle so we can tag you.')).not.toContain('offplatform:ask-buyer-contact-structure');
    expect(rules('The username of your Amazon account is not needed.')).toEqual([]);
  });

  it.each([
    'Send us a photo of your pan handle on WhatsApp.',
    'Please send us your order ID on WhatsApp.',
  ])('not a handle or an id of something else: %s', (text) => {
    expect(rules(text)).toEqual(['offplatform']);
  });
});

describe('address and number confirmed at a channel outside Amazon (contact-ask.ts, check.ts)', () => {
  it.each([
    'Please confirm your delivery address and a phone number by text to 07700 900123.',
    'Me confirma la dirección y un teléfono de contacto por WhatsApp al 600 000 222, por favor.',
    'Confirmez-nous votre adresse et un numéro de portable par SMS au 06 00 00 12 34.',
    'Bestätigen Sie uns bitte Ihre Adresse und eine Handynummer an service(at)moebelwerk(punkt)de.',
    'Ci conferma l\'indirizzo e un numero di cellulare su WhatsApp al 333 000 1122?',
    'Me confirma o endereço e um celular pelo e-mail entregas(arroba)casaipe(ponto)com(ponto)br?',
    '配送先住所とお電話番号を、info アットマーク kagu ドット jp までご連絡ください。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it.each([
    'Zur Adressprüfung schicken Sie bitte eine SMS an 0151 0000 4455.',
    'Para confirmar la dirección, mándenos un SMS al 600 000 333.',
    '住所確認のため、090-0000-1234までSMSをお願いいたします。',
  ])('an SMS to the seller\'s number for an address check is offplatform, no personal data: %s', (text) => {
    expect(rules(text)).toEqual(['offplatform', 'phone']);
  });

  it.each([
    'Could you confirm your phone number? The courier needs it for the delivery.',
    'Le transporteur vous enverra un SMS au numéro de votre commande, pouvez-vous le confirmer ?',
    'Por favor, confírmenos la dirección completa respondiendo a este mensaje.',
    'Bitte bestätigen Sie Ihre Telefonnummer in Ihrem Amazon-Konto.',
    'Please confirm your phone model by e-mail so we can send the right case.',
    '配送業者からのショートメールをお待ちください。',
    'Der Zusteller schickt Ihnen am Liefertag eine SMS.',
  ])('not an order need kept here or the carrier\'s message: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it("the seller's address after its label is no ask for the buyer's", () => {
    expect(rules('メールアドレス：shop アットマーク mori-zakka ドット jp へ、ご注文番号をお送りください。')).toEqual(['email', 'offplatform']);
  });
});

describe('phone numbers read out in groups (phone.ts, number-words.ts)', () => {
  it.each([
    'Für Rückfragen: null-sieben-null-null / vier-vier-drei / zwo-eins-null.',
    'Nuestro teléfono: nueve uno cero - treinta y dos - catorce - sesenta y ocho.',
    'Il nostro numero: zero-due / otto-sette-sei / cinque-quattro-tre-due.',
    'Notre ligne : zéro un - vingt-trois - quarante-cinq - soixante-sept - quatre-vingt-neuf.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('phone');
  });

  it.each([
    'Wir haben die Größen sechsunddreißig / achtunddreißig / vierzig / zweiundvierzig auf Lager.',
    'Tallas disponibles: treinta y ocho - cuarenta - cuarenta y dos - cuarenta y cuatro.',
  ])('not sizes in a list: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('calling the seller, told with an infinitive (phone.ts reachInvitation)', () => {
  it.each([
    'Para a troca é mais simples ligar pra nossa central no 0800 000 9876.',
    'Para el cambio es más rápido llamarnos al 900 000 111.',
    'Il est plus simple de nous appeler au 01 00 00 12 34.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['offplatform', 'phone']);
  });

  it("not the carrier's call", () => {
    expect(rules('A transportadora vai ligar para você do número 0800 000 9876 para agendar.')).toEqual(['phone']);
  });
});

describe('a link that only leads to a manual or a video (offsite-invite.ts pointsToDocument)', () => {
  it.each([
    'Das Handbuch können Sie hier herunterladen: www.fenwerk.de/handbuch/fw20',
    'Le mode d\'emploi est téléchargeable ici : notices.atelier-brume.fr/db12',
    'Il manuale completo si può scaricare da qui: manuali.casagelso.it/cg30',
    'El manual completo está disponible en casaolmo.es/manuales/mesa-t4',
    '組立説明書はこちらからご覧いただけます：kagu-hinata.jp/manual/t4',
    '説明書のPDFはこちらからダウンロードできます：https://docs.kaze-denki.jp/k5',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['url']);
  });

  it.each([
    'El manual y los repuestos están en casaolmo.es/servicio, donde puede comprarlos.',
    'Visit brightnest dot com for the full manual.',
    'Das Handbuch und Zubehör zum Bestellen finden Sie unter fenwerk.de/shop.',
  ])('still an invitation with a sale or a visit told: %s', (text) => {
    expect(rules(text)).toEqual(['offplatform', 'url']);
  });
});

describe('"the site" after a refusal to deal outside Amazon (offsite-invite.ts)', () => {
  it.each([
    'Não aceitamos pagamento por fora da Amazon. O pedido tem que ser feito pelo site, assim você tem a Garantia de A a Z.',
    'No podemos cobrar fuera de Amazon. La compra se hace en la web y así tiene la garantía de la A a la Z.',
    'Nous ne pouvons pas encaisser en dehors d\'Amazon. La commande doit passer sur le site pour la garantie A à Z.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still the own site invited', () => {
    expect(rules('Não encontrou o que queria? Compre pelo site com desconto.')).toContain('offplatform');
  });
});

describe('a coupon for the next purchase "from our store" (en lexicon)', () => {
  it('is marketing, not a channel', () => {
    expect(rules("Here's code WELCOME10 for 10% off your next purchase from our shop.")).toEqual(['marketing']);
    expect(rules('You can buy them from our shop in town.')).toContain('offplatform');
  });
});

describe('the whole range shown where the buyer is invited off Amazon (check.ts)', () => {
  it.each([
    'Auf unserer Webseite holzwerk.de sehen Sie unser gesamtes Sortiment.',
    'Visite nuestra web casaolmo.es para ver todo nuestro catálogo.',
    'Nel nostro sito casagelso.it trova tutta la collezione.',
    'Visit our site brightnest.co to browse the complete collection of lamps.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['marketing', 'offplatform', 'url']);
  });

  it('not a fact about the whole line', () => {
    expect(rules("Le guarnizioni servono per tutta la linea Brisa, le trova nell'inserzione Amazon.")).toEqual([]);
  });
});
