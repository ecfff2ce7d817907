// Fixes of the s23 review (/work/s23-review.md.out): guards that cleared real violations written in their own shape, and new
// detections that fired on compliant near-misses. Each cause: the reviewer's input, paraphrases of ours, and the near-miss the
// guard was written for (which must stay clean).
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' own findings (not the learned layer's), so a case cannot pass on the model alone. */
const ruled = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.layer !== 'model');
const rules = (text: string, options?: CheckOptions) => [...new Set(ruled(text, options).map((f) => f.rule))].sort();

describe('#1 a stranger who asks: the channel must be the stranger\'s, not the seller\'s invitation', () => {
  it.each([
    'Si alguien le pide la factura escríbanos por WhatsApp y se la mandamos.',
    'Si alguien le pide la factura, escríbanos por WhatsApp.',
    'If anyone asks you for the invoice, just text us on WhatsApp and we send it.',
    'Se qualcuno le chiede la fattura ci scriva su WhatsApp.',
    'Wenn jemand die Rechnung verlangt, schreiben Sie uns per WhatsApp.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it.each([
    'If anyone asks you by text to pay outside Amazon, please ignore it.',
    'Si quelqu\'un vous le demande par e-mail, ne payez rien.',
    'Se alguém pedir por WhatsApp seus dados, não responda.',
    'Si alguien le pide datos por WhatsApp, no conteste: nosotros nunca lo hacemos.',
  ])('the stranger\'s channel in a warning stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
});

describe('#2 a Japanese sentence with no subject takes the carrier only when the call comes to the buyer', () => {
  it.each([
    '配送業者より事前にお電話がございます。お急ぎの場合はお電話でご相談ください。',
    '配送業者より事前にお電話がございます。修理のご相談はお電話で承りますので、お気軽にお電話ください。',
    'ヤマト運輸から事前にお電話があります。交換をご希望の際はお電話でお問い合わせください。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it.each([
    '大型のお荷物のため、運送会社より前日にお電話でお届け時間の確認がございます。ご登録の電話番号にご連絡が入りますので、ご対応をお願いいたします。',
    '運送会社より配達前にご連絡いたします。ご注文時の電話番号にお電話がかかってきますので、ご確認をお願いいたします。',
  ])('the carrier\'s call stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
});

describe('#3 a discount kept: only on the buyer\'s order or through an exchange, never for a span or the whole shop', () => {
  it.each([
    'El descuento del 15 % para clientes VIP se mantiene todo el año en toda la tienda.',
    'Lo sconto del 20% resta valido fino a domenica su tutto il catalogo.',
    'O cupom de 10% continua valendo até sexta em toda a loja!',
    'Ihr Stammkundenrabatt von 15 % bleibt Ihnen dauerhaft erhalten.',
    'Der Rabatt aus der Sommeraktion bleibt Ihnen erhalten.',
    'Our 10% discount stays on your order if you order a second one this week.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'Your 20% discount stays on your order.',
    'Der Rabatt aus dem Angebot bleibt Ihnen natürlich erhalten, auch wenn wir den Toaster austauschen.',
    'Your 15% coupon stays with your order even though we are replacing the kettle.',
    'El descuento del Prime Day se mantiene en su pedido aunque le enviemos un reemplazo.',
    'O desconto de 10% continua valendo no seu pedido, mesmo com a troca.',
  ])('the order\'s own discount stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('#4 a coupon told as paid, then offered again in the same sentence', () => {
  it.each([
    'The coupon shown at the time of your purchase was already deducted, and the same coupon is live again for your next order.',
    'Le coupon affiché au moment de votre achat a déjà été déduit, et il est de nouveau valable sur toute la boutique jusqu\'à dimanche.',
    'Der Coupon, der beim Kauf aktiv war, wurde bereits abgezogen - ab heute gilt er wieder für Ihre nächste Bestellung.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'Hello, the 3 € off on your invoice is the Amazon coupon that was active on the listing when you ordered. It was already deducted at checkout.',
    'Bonjour, les 5 € de moins sur la facture sont le coupon Amazon affiché au moment de votre achat. Il a déjà été déduit, rien à faire.',
    'The 10% coupon was applied at checkout, so there is nothing you need to do again.',
  ])('the invoice explained stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('#7 "join" invites only to a club, a community, a group or a list', () => {
  it.each([
    'Join the two halves as shown in the video at acme-tools.com/help',
    'To join the two frame parts, see the assembly video at youtube.com/watch?v=abc123',
    'Join both cables as the diagram at acme-lamps.com/manual shows.',
  ])('a manual link keeps only its address: %s', (text) => {
    expect(rules(text)).toEqual(['url']);
  });
  it.each([
    'Rejoins notre club VIP sur acme.shop',
    'Join our VIP club at acme-tools.com for member prices.',
    'Unisciti al nostro club su acme.it',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('#9 a step waited for clears a held unit only when it is a return\'s or an exchange\'s', () => {
  it.each([
    "Once you have tried it, you'll find them in our Amazon store too.",
    'As soon as you like it, you will find them in our shop as well.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'Abre una devolución en Mis pedidos. En cuanto esté creada, respóndeme aquí y te reservo un par del 42.',
    "Once the return is open, reply here and I'll hold one for you in size 43.",
  ])('the exchange\'s unit stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('#12 the casual うちの only, not うち inside このうち / そのうち', () => {
  it.each(['このうちサイトに載っているのは旧型です。', 'そのうちサイトでもお知らせします。', 'あのうちサイトの写真は試作品です。'])('%s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
  it.each(['うちのネットショップも覗いてみてね', 'ぜひうちのサイト見てくださいね'])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('#6 a novelty needs a product as its object, not a service, a return or packaging', () => {
  it.each([
    'Ab Oktober kommen bei uns neue Kartons hinzu, damit die Gläser sicherer ankommen.',
    'Wir erweitern unseren Service: ab März kommen bei uns neue Rücksendeetiketten dazu.',
    'A breve lanciamo la procedura di reso, le arriva una mail da Amazon.',
    'Muy pronto sacamos el nuevo sistema de devoluciones, le llegará un correo.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it.each([
    'Zum Winter kommen bei uns zwei neue Duftsorten dazu (Vanille, Zeder).',
    'Im Frühjahr kommen bei uns zwei neue Farben dazu.',
    'Muy pronto sacamos la versión recargable de la linterna, le avisamos.',
    'A breve lanciamo la nuova collezione autunnale, le scriviamo appena esce.',
    'Lanzaremos pronto dos colores nuevos de la funda.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('#8 a refused messenger is no purpose, and a bare "número" before a size is a shoe size', () => {
  it.each([
    'No podemos atenderle por WhatsApp, pero aquí sí. ¿Cuál es su número? Tenemos la bota del 38 al 46 para el cambio.',
    'Por WhatsApp no atendemos, solo por aquí. ¿Cuál es su número? Hay tallas del 36 al 41.',
    'No usamos Telegram. ¿Qué número usa? Tenemos la sandalia del 37 al 42.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    'Podemos seguir por WhatsApp. ¿Cuál es su número? Le escribimos hoy.',
    'Schicken Sie mir Ihre Nummer, dann klären wir das per Signal.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('personal_data');
  });
});

describe('#10 "Gerne" accepts the request, not the mail, when the reply keeps it in the Amazon messages', () => {
  const buyerMessage = 'Schicken Sie mir die Anleitung doch einfach an meine private Mail';
  it.each([
    'Gerne helfe ich Ihnen - die Anleitung hänge ich hier in den Amazon-Nachrichten als PDF an.',
    'Gerne, die Anleitung finden Sie hier in den Amazon-Nachrichten im Anhang.',
    'Gerne - ich lade das PDF über die Amazon-Nachrichten hoch.',
  ])('%s', (text) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });
  it.each([
    'Gerne, ich schicke sie Ihnen heute Abend an Ihre private Adresse.',
    'Gerne, ich maile sie Ihnen - die Amazon-Nachrichten sind so langsam.',
  ])('%s', (text) => {
    expect(rules(text, { buyerMessage })).toContain('offplatform');
  });
});

describe('#11 run-on chat: a turn after the negated verb ends the refusal', () => {
  it.each([
    'dont send it back just whatsapp me and i sort it',
    'we dont need the box back just whatsapp me a photo',
    'dont bother with the return only text me on whatsapp',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it.each([
    'sorry we dont use whatsapp, pls reply here',
    'we dont use whatsapp or email just amazon messages pls',
    "We don't offer support by email, only here in the Amazon messages.",
  ])('the refusal stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
});

describe('#5 a .in / .at host after from / at / visit / order is a domain, even with a count after it', () => {
  it.each([
    'Reorder refills direct from chaiwala.in 2-3 days delivery across India.',
    'Order refills from teashop.at 24 hours shipping in Austria.',
    'Buy spare pads at padshop.in 3 days delivery.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('url');
  });
  it.each([
    'the refund is done from our side.in 3-5 days it will show',
    'we are back soon.at 10 am we open again',
  ])('a glued full stop before a time phrase stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
