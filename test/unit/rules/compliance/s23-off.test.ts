// Session 23, helper off: the causes behind the off-Amazon misses of s23-blind-c (and the off-Amazon misses of s23-blind-f/-a),
// in our own words, with the near-misses that must stay clean. Each describe names one cause.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, buyerMessage ? { buyerMessage } : {}).map((f) => f.rule))].sort();
const blocks = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, buyerMessage ? { buyerMessage } : {}).filter((f) => f.severity === 'block').map((f) => f.rule))].sort();

describe("s23 off: the buyer's bare number, informal owner and question, a network's id (contact-ask.ts)", () => {
  it.each([
    // a bare "number" of the buyer's with a call back ("give you a ring") or a messenger as the purpose
    ["Really sorry about that! Send over your number and I'll give you a ring this afternoon to sort the pairing."],
    ['Leave me your number pls, our fitter will give u a call on Monday.'],
    ['Wir können das gern per WhatsApp klären. Nennen Sie mir bitte Ihre Nummer.'],
    ['Podemos resolverlo por Telegram si quiere. Déjeme su número y le escribo.'],
    // texting forms: "ur", "cell #", the question without its "?", the pt-BR "whats"
    ['whats ur cell # so the installer can ring u tomorrow'],
    ['qual é o seu whats pra eu te mandar o vídeo'],
    ['me passa teu whats que eu te explico por lá'],
    // Portuguese "no Telegram" is "on Telegram", no refusal
    ['Posso te mandar as fotos no Telegram, qual é o seu usuário lá?'],
    // Japanese drops "your": a network's or payment app's id
    ['ご都合がよろしければ、LINEのIDをお教えいただけますか。'],
    ['PayPayでご返金できますので、PayPayのIDをお知らせください。'],
  ])('%s -> offplatform + personal_data', (text) => expect(blocks(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data'])));

  it.each([
    ["Send your order number and we'll check the tracking for you here."],
    ['Please send a photo of your number plate mount so we can check the fit.'],
    ['The carrier will give you a call before delivery; please make sure your number in your Amazon account is current.'],
    ["We don't use WhatsApp, so please don't send your number - just reply here."],
    ['o pedido chegou no prazo? qual é o seu modelo de celular?'],
    ['当店のPayPayのIDは記載しておりません。お支払いはAmazonでお願いいたします。'],
    ['What is your phone model? The case fits the 14 and 15.'],
    // a Spanish refusal keeps its "no" though "da" reads as Portuguese
    ['No nos envíe su número de teléfono por favor, la agencia da el aviso.'],
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s23 off: Japanese channel asks - 下記 pointing down, a text to my mobile, leave to go on over LINE, うちの site', () => {
  it.each([
    ['お手数をおかけします。下記までご連絡いただけますでしょうか。\n担当：050-5555-0199'],
    ['至急の場合は私の携帯（080-5555-2231）へショートメッセージをお願いします。'],
    ['この件の続きはLINEでお話しさせてください。'],
    ['詳細はうちのネットショップ（kaede-zakka.jp）をご覧ください'],
  ])('%s -> offplatform', (text) => expect(blocks(text)).toContain('offplatform'));

  it.each([
    ['配送業者の連絡先は下記のとおりです。\n佐川急便：0570-01-0101', ['phone']],
    ['この件はこちらのメッセージでご相談させてください。', []],
    ['おうちのサイズに合わせてお選びいただけます。', []],
    ['配送業者からショートメールでお届け予定が届きます。', []],
  ])('%s -> %j', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe("s23 off: the seller's own selling or club at an address (check.ts ENTITY_INVITATION)", () => {
  it.each([
    ['Votre commande est partie. Nous vendons aussi sur atelier-lune.fr, au cas où.'],
    ['¡Gracias! Únete a nuestro club en velas-sol.shop y recibe ofertas antes que nadie.'],
    ["Thanks again - join our makers' club at birchandtwine.club for early drops."],
  ])('%s -> offplatform', (text) => expect(blocks(text)).toEqual(expect.arrayContaining(['offplatform', 'url'])));

  it.each([
    ['Le fabricant vend les pièces détachées, la notice est sur fabricant-docs.fr.', ['url']],
    ['Join the DHL queue at dhl.de if the parcel is held.', ['url']],
    ['Wir verkaufen nur über Amazon; die Anleitung liegt bei.', []],
  ])('%s -> %j', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s23 off: cheaper or a free extra where the seller sells, the same item cheaper at an address (direct-sale.ts)', () => {
  it.each([
    ['Dispatched today. We also sell on hollowpine.store - same kettles, a little cheaper.'],
    ['btw the same lamp is cheaper at lumenhaus dot de, shipping too'],
    ['Das gleiche Regal ist bei holzecke.de günstiger.'],
    ['当店の公式サイト（sakura-wood.jp）では、ラッピングも無料でご利用いただけます。'],
  ])('%s -> marketing + offplatform', (text) => expect(blocks(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform'])));

  it.each([
    ['Shipping is cheaper with ups.com if you send it back yourself? No - please use the Amazon return label.', ['url']],
    ['Die gleiche Lampe ist auf dhl.de verfolgbar, der Versand war günstiger.', ['url']],
    ['The same lamp also comes in black on this listing.', []],
    ['Free engraving was included with your order, as shown on the invoice.', []],
  ])('%s -> %j', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe("s23 off: the buyer's Sie-imperative to send to their mailbox is a proposal a \"Gerne\" accepts (buyer-mailbox.ts)", () => {
  it.each([
    ['Klar, die Rechnung geht gleich an Ihre private Mail raus.', 'Senden Sie mir die Rechnung einfach an meine private Mail.'],
    ["Bien sûr, je vous l'envoie ce soir.", 'Envoyez-moi la notice sur mon mail perso.'],
  ])('%s -> offplatform', (text, buyer) => expect(blocks(text, buyer)).toContain('offplatform'));

  it.each([
    ['Gerne, die Anleitung finden Sie hier im Anhang dieser Nachricht.', 'Schicken Sie mir die Anleitung an meine private Mail.'],
    ['Gerne helfen wir, aber wir dürfen leider nicht per E-Mail schreiben.', 'Schicken Sie mir die Anleitung an meine private Mail.'],
    ['Gerne, die Lieferadresse ist korrigiert.', 'Schicken Sie mir das Paket an meine neue Adresse.'],
  ])('%s -> clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
});

describe('s23 off: an address standing alone after a request completes it (check.ts, ja 登録)', () => {
  it.each([
    ['製品の登録は下のフォームからお願いします。www.minato-kaden.jp/regist'],
    ['Please register the kettle for the extended warranty. www.kettleco.com/register'],
    ['保証の登録をお願いいたします。minato-kaden.jp/warranty'],
  ])('%s -> offplatform + url', (text) => expect(blocks(text)).toEqual(expect.arrayContaining(['offplatform', 'url'])));

  it.each([
    ['ご購入ありがとうございました。www.aoba.jp', ['url']],
    ['取扱説明書はこちらからダウンロードしてください。www.aoba.jp/manual.pdf', ['url']],
    ['Thanks for your purchase. www.kettleco.com', ['url']],
    ['製品登録は不要です。www.aoba.jp/faq', ['url']],
    ['Please track the parcel with DHL. dhl.de', ['url']],
  ])('%s -> %j', (text, expected) => expect(rules(text)).toEqual(expected));
});
