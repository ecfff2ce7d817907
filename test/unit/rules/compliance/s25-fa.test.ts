// False alarms of the s25 blind batch c (and older dev rows) on compliant replies, each fixed by its cause and written here in
// other words - with near-misses that are real violations and must still flag after each guard.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' own findings (not the learned layer's), so a case cannot pass on the model alone. */
const ruled = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.layer !== 'model');
const rules = (text: string, options?: CheckOptions) => [...new Set(ruled(text, options).map((f) => f.rule))].sort();
const all = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('a discount told as already taken, or read back as a line of the invoice, offers nothing', () => {
  it.each([
    ['Yes, the 15% promotion did apply - the receipt shows it under the subtotal.', 'Was the 15% off applied?'],
    ['Sur votre facture, la réduction figure à la ligne « Promotion » : 4,50 € en moins.', 'La promo est-elle passée ?'],
    ['Auf der Rechnung steht die Zeile „Promotion“ mit minus 6 €.', 'Wurde der Rabatt abgezogen?'],
    ['La remise a bien été déduite au paiement, vous avez réglé 18,00 € au lieu de 20,00 €.', 'La remise est-elle prise en compte ?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).not.toContain('marketing');
  });
  it.each([
    'The spring promotion will apply to your next order too - just reorder before Friday.',
    'Nos promotions de la semaine sont en ligne : 20 % sur toute la gamme.',
    'Use "SPRING10" on your next order, it then shows on the invoice as "Promotion".',
    'Unsere Promotion läuft noch bis Sonntag, schauen Sie in den Shop.',
  ])('still flags a promotion offered: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('a messenger whose notifications the product itself shows or mirrors is a feature, not a channel', () => {
  it.each([
    ['Yes, it forwards notifications from WhatsApp and Signal once the phone app is paired.', 'does the band get whatsapp alerts?'],
    ['It mirrors WhatsApp notifications as long as Bluetooth stays on.', 'will I see whatsapp on it?'],
    ['アプリと連携すれば、TelegramやWhatsAppの通知を受信できます。', 'WhatsAppの通知は届きますか?'],
    ['専用アプリで許可すると、LINEやWhatsAppの通知を表示します。', 'WhatsAppの通知は見られますか?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).not.toContain('offplatform');
  });
  it.each([
    'Yes, it mirrors notifications from WhatsApp; message us on WhatsApp if the pairing fails.',
    'It shows notifications from our WhatsApp channel, join it for the weekly deals.',
    'Yes, it mirrors WhatsApp notifications - just text us on WhatsApp for setup help.',
    '当店のWhatsAppの通知を表示していただき、最新情報をご確認ください。',
    'WhatsAppの通知をオンにして、当店のお知らせを受け取ってください。',
  ])('still flags the seller\'s channel: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('the maker\'s or Amazon\'s hotline in German is not the seller\'s line', () => {
  it.each([
    ['Die Rufnummer von Brandt finden Sie im Beipackzettel und auf dem Typenschild.', 'Wie erreiche ich Brandt?'],
    ['Die Hotline des Herstellers steht auf der Garantiekarte im Karton.', 'Gibt es eine Herstellerhotline?'],
    ['Die Hotline von Amazon erreichen Sie über Hilfe > Kontakt in Ihrem Konto.', 'Wie erreiche ich Amazon?'],
  ])('%s', (text, buyerMessage) => {
    expect(all(text, { buyerMessage })).not.toContain('offplatform');
  });
  it.each([
    'Die Hotline erreichen Sie werktags von 9 bis 17 Uhr.',
    'Unsere Hotline von Lindhaus steht auf der Garantiekarte, rufen Sie an.',
    'Die Servicenummer von Lindhaus erreichen Sie werktags, rufen Sie gern an.',
    'Die Hotline von uns steht auf der Verpackung.',
  ])('still flags the seller\'s own line: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('"our buyers" after "you\'ll love it" is no item on sale', () => {
  it.each([
    'Once it is charged you will love it - many of our customers say so after a week.',
    "I'm sure you'll like it, our regular customers use it daily.",
    'Sie werden es lieben - entdecken Sie unsere Kunden-Tipps in der Anleitung.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it.each([
    "You'll love it - and our matching travel case is 20% off this week.",
    "Once it's charged you'll love our new Aero 4 too, check it out.",
    "You'll also love our other kettles, most of our buyers get two.",
    "Check out our customers' favourite mugs this month.",
  ])('still flags another item pitched: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('the dearer model the buyer ordered, named right after the order in Japanese, is an order fact', () => {
  it.each([
    'ご購入いただいた上位モデルは明日お届け予定です。',
    'ご注文の上位機種（大容量タイプ）は本日出荷いたしました。',
    'お買い上げいただいた上位モデルの付属品は箱の底にございます。',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it.each([
    'ご注文いただいた商品の上位モデルもございますので、ぜひご検討ください。',
    'より快適にお使いいただける上位モデルもございます。',
    '上位モデルなら容量が2倍です、ぜひご覧ください。',
  ])('still flags another model pitched: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('"a nota" downloaded or issued is the invoice (nota fiscal), not a rating', () => {
  it.each([
    'Você pode baixar a nota em Seus pedidos > Solicitar nota fiscal.',
    'Vc consegue emitir a nota direto na página do pedido, é a nota fiscal eletrônica.',
    'Pode imprimir sua nota pela Amazon em Seus pedidos.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('review_request');
  });
  it.each([
    'Você pode dar uma nota para o produto na Amazon?',
    'Pode deixar sua nota 5 na página do produto?',
    'Poderia avaliar o produto com uma nota boa na Amazon?',
  ])('still flags a rating asked for: %s', (text) => {
    expect(rules(text)).toContain('review_request');
  });
});

describe('a device name looked for in the phone\'s Bluetooth or Wi-Fi list is pairing, not a shop search', () => {
  it.each([
    'Segure o botão por 5 segundos e procure "Fone Aero 2" no Bluetooth do celular.',
    'Abra as configurações e busque \'Casa Cam 2\' na lista de dispositivos Bluetooth.',
    'Depois pesquise "Lampada Smart" nas redes Wi-Fi do celular e conecte.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it.each([
    'Procure "Luma Kids" na Amazon, temos a linha toda.',
    "Pesquise 'Fone X3 Pro' na loja, é o modelo novo.",
    'Busque "Casa Verde Home" na busca e veja nossas outras peças.',
  ])('still flags a search for another product: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('the maker\'s service desk as the one to ring (Portuguese "ligar para") is not the seller\'s line', () => {
  it.each([
    ['Você pode ligar para a assistência técnica do fabricante, o telefone está no manual.', 'Vocês têm o telefone do fabricante?'],
    ['Para a garantia, é só ligar para o SAC do fabricante, o número vem no certificado.', 'Como aciono a garantia?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).not.toContain('offplatform');
  });
  it.each([
    'Ligue pra gente, somos o fabricante.',
    'Liga pro nosso SAC, o fabricante somos nós.',
    'Ligue para o fabricante? Não precisa, ligue pra nós que resolvemos.',
  ])('still flags a call to the seller: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('"any coupon would show on the Amazon listing" explains where coupons appear, it offers none', () => {
  it.each([
    ["We don't have codes of our own, sorry - any coupon would appear right on the Amazon product page.", 'got a promo code?'],
    ['Rabattcodes haben wir leider nicht; jeder Gutschein würde direkt auf der Amazon-Produktseite erscheinen.', 'Haben Sie einen Rabattcode?'],
    ["Nous n'avons pas de code promo : tout coupon apparaîtrait directement sur la fiche Amazon.", 'Vous avez un code promo ?'],
    ['No tenemos códigos de descuento; cualquier cupón aparecería en la ficha de Amazon.', '¿Tienen algún código?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).not.toContain('marketing');
  });
  it.each([
    'Our coupon will show on the Amazon listing, clip it before you buy.',
    'Any coupon would show on the Amazon listing, and we run one for your next order.',
    'Jeder Gutschein wird auf Amazon angezeigt - unser 10-€-Gutschein gilt bis Sonntag.',
    'Cualquier cupón aparecerá en Amazon: le enviamos uno para su próximo pedido.',
  ])('still flags a coupon offered: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('a change, removal or retraction of the buyer\'s review asks for no new review: leading only', () => {
  it.each([
    'Wäre es möglich, Ihre Ein-Stern-Bewertung noch einmal zu überarbeiten, jetzt wo das Ersatzteil da ist?',
    'Ora che il rimborso è arrivato, potrebbe togliere la recensione da due stelle?',
    "We'll cover the return postage if you retract your 2-star review.",
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain('leading');
    expect(found).not.toContain('review_request');
  });
  it.each([
    'Please update your review and leave a 5-star rating for the replacement too.',
    "We'll refund the postage if you post a 5-star review.",
    'Send us a screenshot of your 5-star review and we will refund $10.',
  ])('still flags a new review asked for: %s', (text) => {
    expect(rules(text)).toContain('review_request');
  });
});

describe('a review named as what comes after contacting us ("vor einer Bewertung", "hold off on rating", "if you can\'t give us five stars") is steering, not an ask', () => {
  it.each([
    'Wenn etwas nicht passt, melden Sie sich bitte vor einer Bewertung kurz bei uns.',
    'Please hold off on rating the lamp until the new bulb has arrived.',
    "If you can't give us five stars, write to us first and we'll fix it.",
    'Si no puedes darnos cinco estrellas, cuéntanos antes qué falló.',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain('leading');
    expect(found).not.toContain('review_request');
  });
  it.each([
    'Wir würden uns über eine Bewertung vor dem Wochenende sehr freuen.',
    'If you can give us five stars, that would mean the world.',
    "Please give us five stars if you can't find anything wrong.",
    'Hold off on rating us for a day - then please leave us five stars.',
  ])('still flags a review asked for: %s', (text) => {
    expect(rules(text)).toContain('review_request');
  });
});

describe('thanks "again" / "infiniment" / "déjà" for a review the buyer wrote is no ask (review_channel only after Request a Review)', () => {
  it.each([
    'Merci encore d\'avoir déjà pris le temps de rédiger votre évaluation !',
    'Merci infiniment d\'avoir pris le temps de noter notre atelier !',
    'Grazie ancora per la bellissima recensione sulla lampada!',
  ])('%s', (text) => {
    expect(all(text)).toEqual([]);
    expect(rules(text, { reviewAlreadyRequested: true })).toEqual(['review_channel']);
  });
  it.each([
    'Merci encore pour votre avis ! Pourriez-vous aussi noter le vendeur ?',
    'Merci infiniment de prendre le temps de noter notre boutique !',
    'Thanks again for the review - could you also rate us as a seller?',
  ])('still flags an ask: %s', (text) => {
    expect(rules(text)).toContain('review_request');
  });
});

describe('a reward for changing or removing a review in the present ("si cambia su opinión", "se la toglie") is leading only', () => {
  it.each([
    'Le reembolsamos el envío y le damos un vale de 10 € si cambia su valoración.',
    'Abbiamo letto la sua recensione da una stella. Le rimborsiamo la spedizione se la toglie.',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain('leading');
    expect(found).not.toContain('review_request');
  });
  it.each([
    'Le regalamos una tarjeta de 15 € si deja una reseña de cinco estrellas.',
    "Le rimborsiamo l'intero importo se lascia una recensione.",
  ])('still flags a new review bought: %s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
});

describe('a hope whose object is the review itself ("j\'espère que vous prendrez un moment pour nous évaluer") is an ask, not assumed satisfaction', () => {
  it.each([
    "J'espère que vous prendrez quelques minutes pour nous évaluer, ce serait précieux pour nous.",
    'Esperamos que nos deje una valoración en Amazon cuando tenga un momento.',
    'Speriamo che ci lasci una recensione sulla pagina del prodotto.',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain('review_request');
    expect(found).not.toContain('leading');
  });
  it.each([
    'Nous espérons que la lampe vous plaît et que vous prendrez un moment pour nous évaluer.',
    'Espero que le guste y nos deje una reseña en Amazon.',
    'Speriamo che il bollitore la soddisfi: ci lasci una recensione!',
  ])('still flags an assumed liking before the ask: %s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
});
