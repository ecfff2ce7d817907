// Invitations to leave Amazon that name no address (rules/compliance/detectors/offsite-invite.ts), the
// spelled addresses and payment services added beside them in session 12, and what keeps them quiet.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { offsiteInvites } from '../../../../rules/compliance/detectors/offsite-invite';
import { normalize } from '../../../../rules/compliance/normalize';

const invites = (text: string) => offsiteInvites(normalize(text).text, []).length > 0;
const rules = (text: string) => new Set(checkMessage(text).filter((f) => f.severity !== 'info').map((f) => f.rule));

describe('off-Amazon invitations without an address', () => {
  it.each([
    // a QR code that leads to a chat or the seller's team
    'Scan the code on the insert (QR) and you can chat with our support team straight away.',
    'Escanee el código QR de la tarjeta y hable con nuestro equipo por chat.',
    'Scannen Sie den QR-Code auf der Karte, dann landen Sie in unserem Service-Chat.',
    '同梱カードのQRコードから当店サポートとチャットができます。',
    // a search engine and the seller's name
    'Just google "Birchwood Home help" and our direct line comes up.',
    'Procure "Loja Vento Sul" no Google que aparece nosso telefone.',
    'Googeln Sie einfach "Birkenhaus Service", dann finden Sie unsere Durchwahl.',
    '「ことり堂 公式」で検索していただくと窓口が見つかります。',
    // the seller's or the brand's own site, portal or customer area, with something to do there
    'Please register the blender on our customer portal to get the extended warranty.',
    'Inscrivez-vous sur notre espace client pour suivre la réparation.',
    'Agende a visita técnica pelo nosso site, na aba Serviços.',
    'Registrieren Sie das Gerät in unserem Kundenportal.',
    'Prenoti il ritiro direttamente sul nostro sito web.',
    'Cadastre-se no portal do cliente da marca para ativar a garantia.',
    // a social network or messenger with a verb of writing there
    'Trova la nostra pagina Facebook e scrivici in privato.',
    'Me chama no direct que te mando o vídeo.',
    'Find us on Instagram and send us the photos.',
  ])('finds "%s"', (text) => {
    expect(invites(text)).toBe(true);
  });

  it.each([
    ['a QR code to the manual', 'The QR code on the box opens the setup video for your model.'],
    ['a QR code to the Amazon page', 'Le QR code sur l’emballage renvoie à la page Amazon du produit, contactez-nous ici si besoin.'],
    ['Google Play for the companion app', 'Download the app from Google Play and search for your plug model.'],
    ['a search in the order history', '注文履歴で注文番号を検索してください。'],
    ['no own website', 'We have no website of our own; please order only on Amazon.'],
    ['no own website (es)', 'No tenemos web propia: todas las ventas se hacen en Amazon.'],
    ['no own website (ja)', '当店は自社サイトを持っておらず、Amazonのみで販売しております。'],
    ['a refusal of Instagram', 'Non rispondiamo ai messaggi su Instagram: ci scriva qui.'],
    ['a storefront on Amazon', 'Visit our store on Amazon to see the other colours.'],
    ['"our site" as a place', 'Your parcel left our site in Leeds this morning.'],
    ['a reply here', 'If you have any questions, just reply to this message.'],
    ['the carrier calls', 'The courier will call you the day before delivery.'],
  ])('quiet on %s', (_why, text) => {
    expect(invites(text)).toBe(false);
  });

  // after the s12 probe (not blind any more): fill/deposit verbs, a bare "pelo site", a new customer
  // account, a group to join or post in, Stripe and a deposit into the seller's account
  it.each([
    'Tenemos un formulario en la web de la marca; solo tiene que rellenarlo con el número de serie.',
    'Déposez votre demande sur notre plateforme SAV avec les photos.',
    'É só se cadastrar no clube de clientes pelo site.',
    'Legen Sie einfach ein Kundenkonto bei uns an, dann sehen Sie den Status.',
    'We have a Facebook group where our team answers questions, feel free to post there.',
  ])('finds "%s" (s12 probe families)', (text) => {
    expect(invites(text)).toBe(true);
  });

  it.each([
    ['an Amazon storefront called "our shop"', 'Schauen Sie doch mal in unserem Shop vorbei.'],
    ['the buyer\'s Amazon account', 'Prüfen Sie Ihr Kundenkonto unter Meine Bestellungen.'],
    ['a post on Facebook told as news', 'We posted the assembly video on Facebook last week.'],
  ])('quiet on %s', (_why, text) => {
    expect(invites(text)).toBe(false);
  });

  it('an address in a sentence that asks to open a ticket or register there is an invitation', () => {
    expect(rules('Abra una incidencia en soporte.casanube.es con su número de pedido.')).toEqual(new Set(['url', 'offplatform']));
    // a manual link alone stays a bare address
    expect(rules('El manual está en casanube.es/manual-x2.')).toEqual(new Set(['url']));
  });
});

describe('spelled addresses and payment services (session 12)', () => {
  it('reads the German "ät" as the at sign', () => {
    expect(rules('Bei Fragen schreiben Sie an service ät birkenhaus punkt de.').has('email')).toBe(true);
  });

  it('reads an address spelled in kana before "ドット"', () => {
    expect(rules('ご連絡はサポート アットマーク ことりどう ドット jp までどうぞ。').has('email')).toBe(true);
    expect(rules('詳しくは当店ホームページ(ことりどう ドット jp)をご覧ください。').has('url')).toBe(true);
    expect(rules('ドット柄のカバーは在庫がございます。').size).toBe(0);
  });

  it('a domain after a site noun and a comma is an address', () => {
    expect(rules('Tenemos más colores en nuestra web, casanube punto es, a mejor precio.').has('url')).toBe(true);
    expect(rules('Gracias.es un placer ayudarle.').size).toBe(0);
  });

  it('knows PostePay and paying "the difference"', () => {
    expect(rules('Se preferisce, può saldare la differenza con una ricarica PostePay.').has('offplatform')).toBe(true);
    expect(rules('Non accettiamo PostePay: si paga solo tramite Amazon.').has('offplatform')).toBe(false);
  });

  it('knows Stripe invoices and a deposit into the seller\'s account, not a stripe on the product', () => {
    expect(rules('You can settle the extra shipping through a Stripe invoice we will email to you.').has('offplatform')).toBe(true);
    expect(rules('Le reenviamos el pedido y nos abona el importe mediante un depósito en nuestra cuenta.').has('offplatform')).toBe(true);
    expect(rules('The blue stripe on the handle shows where to pay attention when you refund the filter.').has('offplatform')).toBe(false);
  });

  it('a carrier that texts the buyer is no SMS invitation (ja)', () => {
    expect(rules('配送業者から、配達前にSMSでお知らせが届く場合がございます。').size).toBe(0);
  });

  it('a Japanese negation in a later conditional clause refuses nothing', () => {
    expect(rules('差額は当店の銀行口座に直接お振込みいただければ手数料がかかりません。').has('offplatform')).toBe(true);
    expect(rules('銀行振込でのご返金は承っておりません。').has('offplatform')).toBe(false);
  });

  it('an address with a verb of selling, going or sending to it is an invitation; a manual link or a file name is not (s13)', () => {
    for (const t of [
      'Si necesita más fundas, las vendemos en olmo.store con envío en 24 h.',
      'Se le servono altri filtri, li vendiamo su gelso.casa.',
      'Schauen Sie einfach auf holzwerk punkt sommer punkt de vorbei.',
      'Photos can go straight to our support desk at www . brindlecraft . co . uk.',
      'Die Fotos bitte an service [at] lindgruen [punkt] de.',
    ]) expect(rules(t).has('offplatform'), t).toBe(true);
    for (const t of [
      'Il video di montaggio è su www . casagelso . it / video.',
      'Installez la mise à jour 5.1.2 puis ouvrez le fichier reglages.cfg.',
      'Bitte laden Sie die Datei firmware_v2.4.bin herunter.',
      'Livraison vendredi, suivi sur votre compte.',
    ]) expect(rules(t).has('offplatform'), t).toBe(false);
  });

  it('a refusal that keeps the contact on Amazon is no invitation, "not on Amazon" is (s13)', () => {
    expect(rules("We can't write to jpatel.home@gmail.com outside Amazon, so we'll keep everything in this thread.").has('offplatform')).toBe(false);
    expect(rules('Não podemos escrever para ana.souza@uol.com.br fora da Amazon, então seguimos por aqui.').has('offplatform')).toBe(false);
    expect(rules('Buy replacement pads at padpro.shop, not on Amazon.').has('offplatform')).toBe(true);
  });

  it('reads a domain typed letter by letter, not spaced sizes or letters before a new sentence (s13)', () => {
    expect(rules('Details: k a l m o r a . c o m').has('url')).toBe(true);
    expect(rules('Details: s h o p dot de').has('url')).toBe(true);
    expect(rules('Sizes S M L X. It fits well.').has('url')).toBe(false);
    expect(rules('Buchstaben A B C D. De nada.').has('url')).toBe(false);
  });

  it('knows Wero, Paylib and konbini payment with the balance, and the own web shop (s13 probe)', () => {
    expect(rules('Pour le solde, un virement Wero ou Paylib nous convient très bien.').has('offplatform')).toBe(true);
    expect(rules('残金はコンビニ払いの番号をメールでお送りしますので、そちらでお支払いください。').has('offplatform')).toBe(true);
    expect(rules('Das Zubehör führen wir auch im eigenen Webshop: laternenhaus . de').has('offplatform')).toBe(true);
    expect(rules('Le solde de votre remboursement arrivera via Amazon.').size).toBe(0);
    expect(rules('Amazon以外でのお支払いをお願いすることはございません。').size).toBe(0);
  });
});
