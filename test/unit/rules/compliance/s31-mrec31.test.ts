// s31 mrec31: marketing and off-Amazon misses of the development rows, fixed by structure and written here in other words (none of
// the rows' sentences): the buyer's own e-mail or mobile number asked by the seller (buyer-contact-ask.ts) - offplatform and
// personal_data both - and the replies beside it that must keep their findings or stay clean.
import { describe, expect, it } from 'vitest';
import { buyerContactAsks } from '../../../../rules/compliance/detectors/buyer-contact-ask';
import { normalize } from '../../../../rules/compliance/normalize';
import { storefrontSearches } from '../../../../rules/compliance/detectors/storefront-search';

import { hasRule, lacks } from './helpers/cases';

const offplatform = hasRule('offplatform');
const personal = hasRule('personal_data');
const noOff = lacks('offplatform');
const noPersonal = lacks('personal_data');
/** Near-misses other rules may read: this detector alone must stay quiet on them. */
const quiet = (cases: string[]) =>
  it.each(cases)('buyer-contact-ask.ts stays quiet: %s', (text) => {
    expect(buyerContactAsks(normalize(text).text)).toEqual([]);
  });

const ASKED = [
  'Could you send me your personal email address? The spare-parts list is easier to share that way.',
  'Please share your mobile number and our technician will arrange the visit.',
  'Which e-mail address do you use outside this platform? The certificate goes out from our own system.',
  'Geben Sie uns bitte Ihre private E-Mail-Adresse, dann schicken wir das Handbuch direkt.',
  'Für die Registrierung brauchen wir noch Ihre Handynummer.',
  'Envoyez-moi votre adresse mail personnelle, je vous fais suivre le bon de garantie.',
  'Pouvez-vous nous indiquer votre numéro de portable pour la prise de rendez-vous ?',
  'Pásanos tu correo electrónico y te mandamos el catálogo de recambios.',
  'Para activar la garantía, necesitamos tu número de móvil y tu ciudad.',
  'Mi lasci il suo indirizzo email, così le giro subito la scheda tecnica.',
  'Per la pratica ci serve il suo numero di cellulare, grazie.',
  'Me passa o seu e-mail que eu envio o certificado por lá.',
  'Para concluir o cadastro, informe o número do seu celular.',
  'お手数ですが、お客様のメールアドレスを教えていただけますか。',
  'お客様の携帯番号をお知らせください。担当者よりご連絡いたします。',
];

describe("the buyer's own e-mail or mobile number asked (buyer-contact-ask.ts)", () => {
  offplatform(ASKED);
  personal(ASKED);
});

describe('near-misses: Amazon, a carrier, a refusal, the phone model, the seller\'s own address', () => {
  const clean = [
    'Please keep your e-mail address up to date in your Amazon account settings.',
    'We have sent the invoice to your email address registered with Amazon.',
    'We never need your e-mail address: Amazon forwards all our messages.',
    'Ihre E-Mail-Adresse brauchen wir nicht, wir antworten hier.',
    'Le transporteur pourra vous appeler sur votre numéro de portable avant la livraison.',
    '¿Cuál es el modelo de tu móvil? Así comprobamos si la funda es compatible.',
    'Qual é o modelo do seu celular? Assim confirmo se a película serve.',
    'Il corriere la contatterà al suo numero di cellulare indicato nell\'ordine.',
    'メールアドレスなどの個人情報はご記入いただかなくて大丈夫です。',
  ];
  noOff(clean);
  noPersonal(clean);
  quiet([
    ...clean,
    // (a social handle asked is personal_data alone, as the team's rows have it; the lexicons read it)
    'Please tell us your Instagram handle so we can feature your photo.',
    // (the seller's own channel offered: offplatform from the channel lists, no buyer data asked)
    'Ci scriva su WhatsApp, le rispondiamo subito.',
    // (the buyer's own mailbox to be checked; the ask verb is for a photo)
    'Send us a photo of the label and check your email for the return code.',
    'Envoyez-nous une photo et vérifiez votre mail pour le bon de retour.',
    'Mandami la foto e controlla la tua mail, ti arriva la conferma.',
  ]);
  personal(['Please tell us your Instagram handle so we can feature your photo.']);
});

describe('a number inside a click-to-chat link is a phone number (messenger-link.ts)', () => {
  hasRule('phone')([
    'Chat with our technician here: wa.me/447700900123',
    'Schreiben Sie uns direkt: https://wa.me/4915112345678',
    'Écrivez-nous sur WhatsApp : wa.me/33612345678',
    'Escríbenos por aquí: api.whatsapp.com/send?phone=34612345678',
    'Ci scriva qui: https://api.whatsapp.com/send/?phone=393331234567',
    'Chama no zap: wa.me/+5511987654321',
    'Telegram: t.me/+447700900456',
    'LINEではなくWhatsAppをご利用の方は wa.me/819012345678 までどうぞ。',
  ]);
  lacks('phone')([
    'Join our channel at t.me/lampworkshop',
    'Our catalogue link: wa.me/message/KX3PQ7ZL',
    'Le lien du suivi est https://track.example.com/?number=AB12',
    'Order 302-1234567-1234567 has shipped.',
  ]);
});

const STOREFRONT = [
  'Your parcel is on its way. Type our brand name into the Amazon search bar to see the rest of our candles.',
  'Feel free to visit our store on Amazon for our other bamboo kitchen tools.',
  'Besuchen Sie gern unseren Shop auf Amazon, dort finden Sie unsere anderen Teesorten.',
  'Geben Sie einfach „Lindenhof" in die Amazon-Suche ein und entdecken Sie unser ganzes Sortiment.',
  'Tapez « Atelier Sorel » dans la recherche Amazon pour découvrir nos autres bijoux.',
  'N\'hésitez pas à visiter notre boutique Amazon, toute la collection y est.',
  'Busca «Cerámica Alba» en Amazon y descubre el resto de nuestras tazas.',
  'Pásate por nuestra tienda en Amazon, tenemos todas nuestras lámparas allí.',
  'Cerchi «Bottega Blu» su Amazon per vedere gli altri nostri quaderni.',
  'Faccia un giro nel nostro negozio su Amazon: il nostro catalogo è lì.',
  'Procure «Casa Lume» na Amazon e veja o resto dos nossos difusores.',
  'Confira a nossa loja aqui na Amazon, tem muito mais coisa de cozinha!',
  '当店では他にも木のカトラリーを多数出品しております。Amazonで「森の工房」と検索してみてください。',
  'Amazonの当店ストアもぜひご覧ください。',
  "Don't hesitate to search for «Pine & Co» on Amazon to browse our other planters.",
  "N'hésitez pas à chercher « Maison Sorel » sur Amazon pour voir le reste de nos créations.",
];

describe("the seller's storefront on Amazon put forward (storefront-search.ts)", () => {
  hasRule('marketing')(STOREFRONT);
  lacks('marketing')([
    'Search your order number under Your Orders on Amazon to print the return label.',
    'Suchen Sie in Amazon unter Meine Bestellungen nach der Bestellnummer.',
    'Recherchez votre numéro de commande dans Mes commandes sur Amazon.',
    'Busque su número de pedido en Amazon para ver el estado de la devolución.',
    'Cerchi il numero d\'ordine nei suoi ordini su Amazon per avviare il reso.',
    'Procure o número do pedido em Meus pedidos na Amazon.',
    'Amazonの注文履歴で注文番号を検索してください。',
    ['Yes - search «Olive Row» on Amazon and you will see our other oils.', 'Do you sell other oils too?'],
  ]);
  // (the search off Amazon is the web shop's - offplatform, and other lists' marketing -, no storefront on Amazon)
  it.each([
    'It is no longer listed on Amazon, but type our name into Google to find our other lamps in our web shop.',
    'Plus dispo sur Amazon, mais tapez « Lumi » dans Google : toute notre collection est sur notre site.',
  ])('storefront-search.ts stays quiet: %s', (text) => {
    expect(storefrontSearches(normalize(text).text)).toEqual([]);
  });
});
