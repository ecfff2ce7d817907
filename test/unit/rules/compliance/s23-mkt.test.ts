// Marketing false alarms and misses of the s23 blind batch a (marketing in seven languages), each fixed by its cause and written
// here in other words, with near-misses: compliant replies that must stay clean and real offers that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe("an Amazon coupon explained on the invoice: active at the time of purchase and taken off already", () => {
  it.each([
    ['Guten Tag, die 3 € weniger auf der Rechnung sind der Amazon-Coupon, der beim Kauf auf der Artikelseite galt. Der Betrag wurde schon beim Bezahlen abgezogen.', 'Warum steht da ein Minus auf der Rechnung?'],
    ['Les 6 € en moins sur la facture, c’est le coupon Amazon présent sur la fiche lors de votre commande. Ils ont déjà été déduits du total.', 'C’est quoi la ligne -6 € sur ma facture ?'],
    ['Esos 4 € son el cupón de Amazon que había en el anuncio cuando realizó su pedido; ya se le descontó del total.', '¿Por qué me cobraron menos?'],
    ['I 2 € in meno in fattura sono il coupon Amazon presente sulla scheda al momento dell’ordine: sono già stati sottratti dal totale.', 'Cosa sono quei 2 € in meno?'],
    ['O valor a menos na nota é o cupom da Amazon que aparecia no anúncio no momento da compra. Ele já foi descontado no total.', 'Por que paguei menos?'],
    ['領収書の「-200円」は、ご購入時に商品ページで配布されていたAmazonクーポンです。既にお支払い額から差し引かれております。', '領収書の-200円は何ですか?'],
    ['That line on your invoice is the Amazon coupon that was showing on the listing when you ordered. It was already deducted at checkout.', 'What is this minus on my invoice?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });

  it('still flags a coupon offered anew, used, or only to come off later', () => {
    expect(rules('The coupon that was active when you ordered is back this week. The first one was already deducted.')).toContain('marketing');
    expect(rules('Nutzen Sie beim Kauf den Coupon auf unserer Produktseite. Der alte Coupon wurde bereits abgezogen.')).toContain('marketing');
    expect(rules('ご注文時にクーポンをご利用ください。すでに差し引かれている場合は不要です。')).toContain('marketing');
    expect(rules('Quando você comprou, o cupom já foi abatido. Use o cupom VOLTA10 na próxima compra.')).toContain('marketing');
    expect(rules('Au moment de votre achat, utilisez le coupon de 5 € sur notre fiche. Il sera déduit à la caisse.')).toContain('marketing');
  });
});

describe('a promotion told as finished', () => {
  it.each([
    'Hello Dana, the spring promotion finished last Sunday and nothing else is planned for now. The price you see is the regular one.',
    "Sorry, that promotion has finished, so the listing shows the normal price again.",
  ])('%s', (text) => {
    expect(rules(text, { buyerMessage: 'Can I still get the sale price?' })).toEqual([]);
  });

  it('still flags one that finishes later or another that starts', () => {
    expect(rules('Our spring promotion finishes on Sunday, grab it while you can.')).toContain('marketing');
    expect(rules('The promotion finished yesterday but a new promotion starts Friday with 20% off.')).toContain('marketing');
  });
});

describe("a reference's abbreviation before its code keeps the sentence whole", () => {
  it.each([
    ['Oui, les filtres se vendent séparément (réf. KF-12, lot de 2), compatibles avec votre modèle uniquement.', 'Vous vendez les filtres de rechange ?'],
    ['Sì, i filtri sono venduti a parte (rif. KF-12, confezione da 2) e vanno bene solo per il suo modello.', 'Vendete i filtri di ricambio?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });

  it('still flags a pack pitched with a saving, and a dot before a word still ends the sentence', () => {
    expect(rules('Oui, les filtres se vendent séparément (réf. KF-12, lot de 2), et le lot de 4 vous fait économiser 20 %.', { buyerMessage: 'Vous vendez les filtres de rechange ?' })).toContain('marketing');
    expect(rules('Nos filtres réf. KF-12 sont en promo ce mois-ci, profitez-en.')).toContain('marketing');
  });
});

describe('a quoted importance word that names a part of a document is no tag', () => {
  it.each([
    '説明書の「重要」の項目に記載の通り、コンセントは濡れた手で触らないでください。',
    'ラベルの『重要』マークが付いた部品は交換しないでください。',
    'As the manual’s "(Important)" section says, let it cool before cleaning.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags the tag on a subject line or in lenticular brackets', () => {
    expect(rules('「重要」欄のある商品について')).toContain('important_tag');
    expect(rules('【重要】欄をご確認ください')).toContain('important_tag');
    expect(rules('件名: 「重要」表示について')).toContain('important_tag');
    expect(rules('(Important) Your order update')).toContain('important_tag');
  });
});

describe('the seller telling that it sells, stocks or will hold another item (promotion-seller-stock)', () => {
  it.each([
    ['Your lamp left our warehouse today. Tip: the matching linen shade goes well with it, you can find it in our Amazon store.', undefined],
    ['Ja, das Kabel ist 2 m lang. Passende Wandhalter finden Sie übrigens in unserem Amazon-Shop.', 'Wie lang ist das Kabel?'],
    ['Votre théière est partie ce matin. Les tasses assorties, vous les trouverez dans notre boutique Amazon.', undefined],
    ["Sì, la borraccia tiene il caldo 12 ore. Il tappo sportivo lo vendiamo a 4,50, se le interessa.", 'La borraccia tiene il caldo?'],
    ['Sí, la tienda de campaña es para dos personas. Si quieres el toldo extra, te guardo uno hasta el viernes.', '¿Es para dos personas?'],
    ['Sim, o liquidificador vai com copo de vidro. Se quiser uma tampa extra, posso separar uma para você.', 'O copo é de vidro?'],
    ['ご質問の件、電池は付属しております。替えのフィルターも当店にて取り扱っておりますので、ぜひご検討ください。', '電池は付いていますか?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, buyerMessage ? { buyerMessage } : undefined)).toContain('marketing');
  });

  it.each([
    ['El paquete está en la tienda de recogida desde ayer, puede pasar a por él.', undefined],
    ['Your replacement is on its way; we have them in stock again.', undefined],
    ['当店で販売している商品はすべて国内から発送しております。', undefined],
    ['Sí, tenemos la talla XL en stock.', '¿Tienen la talla XL?'],
    ["Yes, you'll find the spare filters in our Amazon store.", 'Do you sell spare filters?'],
    ['Il pacco è nel nostro negozio, può ritirarlo domani.', undefined],
    ['Non lo vendiamo a parte, mi dispiace.', 'Vendete il tappo a parte?'],
  ])('stays clean: %s', (text, buyerMessage) => {
    expect(rules(text, buyerMessage ? { buyerMessage } : undefined)).toEqual([]);
  });
});

describe('a unit held for an exchange after a step of the buyer is no offer', () => {
  it.each([
    'Once the return is open in your orders, reply here and I will hold one for you in size 10.',
    'En cuanto abra la devolución, contésteme y le reservo una en azul.',
    'Assim que a troca estiver aberta, posso reservar uma pra você no tamanho 40.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a hold offered outright', () => {
    expect(rules("We're making a gift box of the mug and two coffee bags for Christmas, tell me if I should hold one for you.")).toContain('marketing');
    expect(rules('Além disso temos a capa de chuva que combina, posso reservar uma pra você.')).toContain('marketing');
  });
});

describe('a launch soon or new items joining the range, told with the seller as subject', () => {
  it.each([
    'Gracias por su compra. Pronto lanzamos la versión de acero del termo, le avisaremos cuando salga.',
    'Danke für Ihre Bestellung! Im Frühjahr kommen bei uns zwei neue Teesorten dazu.',
    'Thanks again! New summer colours of our beach towels are in, coral is the favourite so far.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'Ab Oktober kommen bei uns neue Abholzeiten hinzu.',
    'Bei uns kommen ab Montag zwei neue Kollegen dazu, dann geht es schneller.',
    'Muy pronto sacamos su pedido del almacén, mañana lo tiene.',
    'Thanks for your order! The new summer range you ordered is on its way.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('shipping borne by the shop on a later order is a loyalty benefit (ja)', () => {
  it.each([
    '次回のご購入時にこのメッセージをお伝えいただければ、送料は弊社負担とさせていただきます。',
    '次のご注文では送料を当店持ちといたします。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each(['返品の送料は当店負担となります。', '今回の再発送の送料は弊社負担とさせていただきます。'])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
