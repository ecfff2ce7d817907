// Every rule in every language, and the near-misses that must stay quiet.
import { describe, expect, it } from 'vitest';
import emojiRegex from 'emoji-regex';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';
import { EMOJI_GATE, EMOJI_START } from '../../../../rules/compliance/detectors/symbols';
import { CHECKER_UI_LANGUAGES } from '../../../../rules/compliance/languages';

const rulesOf = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
const flagged = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.severity !== 'info');

describe('url', () => {
  it.each([
    'See https://myshop.com/help',
    'Visit www.myshop.com',
    'Go to my-store.co.uk for the manual',
    'Manual: shop.de',
    'shop dot com',
    'shop punkt de',
    'www . shop . com',
    'shop[.]com',
    'shop(dot)net',
    'h t t p s://shop.com',
    'bit.ly/3xYz',
    'sh\u200Bop.com',
    'ｓｈｏｐ．ｃｏｍ',
    'ѕһор.com', // Cyrillic look-alikes
    'negozio punto it',
  ])('flags %s', (text) => {
    expect(rulesOf(text)).toContain('url');
  });

  it.each([
    'Order 113-1234567-1234567',
    'The price is 19.99 and 1.299,00 €',
    'firmware v2.0.3',
    'at 3.30pm or 14.32 Uhr',
    'see manual.pdf and photo_1.jpg, invoice.docx',
    'e.g. this, i.e. that, z.B. dies, u.a.',
    'We shipped it today.It should arrive soon.',
    'le point de vue du client',
    'en el punto de venta',
    'the dot com era',
  ])('leaves %s alone', (text) => {
    expect(rulesOf(text)).not.toContain('url');
  });

  it('gives Amazon links a milder, distinct finding', () => {
    const product = flagged('Here: https://www.amazon.de/dp/B07XJ8C8F5');
    expect(product.map((f) => [f.rule, f.severity])).toEqual([['marketing', 'warn']]);
    expect(product[0]?.message).toMatch(/Amazon product or store/);
    const orders = checkMessage('Start the return at amazon.com/gp/your-orders');
    expect(orders.map((f) => [f.rule, f.severity])).toEqual([['amazon_link', 'info']]);
    expect(rulesOf('https://amzn.to/3AbC')).toEqual(['marketing']);
    expect(rulesOf('We only sell on Amazon.de')).toEqual([]);
  });
});

describe('email', () => {
  it.each(['info@shop.com', 'name [at] shop [dot] com', 'name (at) shop (dot) de', 'help＠shop．com', 'john at gmail dot com', 'ana [arroba] tienda [punto] es'])(
    'flags %s',
    (text) => expect(rulesOf(text)).toContain('email'),
  );
  it('does not report the domain of an address as a second, url finding', () => {
    expect(rulesOf('info@shop.com')).toEqual(['email']);
  });
  it.each(['we are at home', 'meet at the depot', 'contact us at any time'])('leaves %s alone', (text) => {
    expect(rulesOf(text)).not.toContain('email');
  });
});

describe('phone', () => {
  it.each(['+49 30 1234567', '(555) 123-4567', '555-123-4567', '030 12345678', '06 12 34 56 78', '090-1234-5678', 'Tel: 0171 2345678', '1-800-FLOWERS', 'five five five one two three four', 'TEL：０３－１２３４－５６７８'])(
    'flags %s',
    (text) => expect(rulesOf(text)).toContain('phone'),
  );
  it.each([
    'Order 113-1234567-1234567',
    'tracking 00340434161094042557',
    'Tracking: 1Z999AA10123456784',
    'EAN 4006381333931',
    'delivered on 12.05.2024 at 14:30',
    'date 2024-05-12',
    'Sendungsnummer 1234 5678 9012',
    'price 1234.56',
    'receipt 2024-0001234',
  ])('leaves %s alone', (text) => expect(rulesOf(text)).not.toContain('phone'));
});

describe('emoji and decorative symbols', () => {
  it.each(['Thanks 😊', 'Great ★', 'Done ✓', 'Love ❤', 'Smile ☺', '⭐', 'Press 1️⃣', 'Made in 🇩🇪', 'Thanks :)', 'see you ;-)', 'ありがとう♪', 'that was close xD', 'haha xDD!', 'see you xD.'])('flags %s', (text) =>
    expect(rulesOf(text)).toContain('emoji'),
  );
  it.each(['Brand® and Name™ © 2024', '20 °C', '2 × 3', 'Hinweis: bitte', 'Note:Dimensions', 'list • item', '※注意', 'https://shop.example/x', 'The XD card slot', 'model CX-30 xd', 'file photo.xD', 'SKU A-xD2', 'see x.xD.com', 'This reader works with SD and xD cards.', 'Supports xD Picture Card', 'SD/xD reader'])(
    'leaves %s alone',
    (text) => expect(rulesOf(text)).not.toContain('emoji'),
  );
  it('merges a run of symbols into one finding', () => {
    expect(checkMessage('⭐⭐⭐⭐⭐').filter((f) => f.rule === 'emoji')).toHaveLength(1);
    // traceable like every finding: the entry names the kind
    expect(checkMessage('Thanks :) ★★★').map((f) => f.entry)).toEqual(['emoji:emoticon', 'emoji:symbol']);
  });
  it('the quick gate lets through every character an emoji can start with', () => {
    // every code point of the BMP and the emoji planes, alone, with VS16 and as a keycap
    const re = emojiRegex();
    const missed: string[] = [];
    for (let cp = 0x20; cp <= 0x1ffff; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || cp === 0xa9 || cp === 0xae) continue; // © ® are allowed, even as emoji
      const ch = String.fromCodePoint(cp);
      for (const s of [ch, `${ch}\uFE0F`, `${ch}\uFE0F\u20E3`]) {
        re.lastIndex = 0;
        if (re.exec(s)?.index === 0 && !EMOJI_GATE.test(s)) missed.push(cp.toString(16));
      }
    }
    expect(missed).toEqual([]);
  });
  it('the start finder stops at every place an emoji can start (emoji-regex is tried only there)', () => {
    // as above, plus skin tones, ZWJ sequences and tags after the first code point; a start is
    // found where the match starts (© ® aside: their matches are allowed and hide nothing after them)
    const re = emojiRegex();
    const missed: string[] = [];
    for (let cp = 0x20; cp <= 0x1ffff; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || cp === 0xa9 || cp === 0xae) continue;
      const ch = String.fromCodePoint(cp);
      for (const s of [ch, `${ch}\uFE0F`, `${ch}\uFE0F\u20E3`, `${ch}\u20E3`, `${ch}\u{1F3FB}`, `${ch}\u200D\u2640\uFE0F`, `${ch}\u{E0067}`]) {
        re.lastIndex = 0;
        EMOJI_START.lastIndex = 0;
        if (re.exec(s)?.index === 0 && EMOJI_START.exec(s)?.index !== 0) missed.push(cp.toString(16));
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('important_tag', () => {
  it.each(['[Important] Your order', '[Wichtig] Lieferung', '【重要】お届け', '[Importante] Consegna', '［IMPORTANT］ Delivery'])('flags %s', (text) =>
    expect(rulesOf(text)).toContain('important_tag'),
  );
  it('leaves the word alone without brackets', () => expect(rulesOf('It is important to keep the receipt.')).toEqual([]));
  it.each(['[Important Notice] Your order', 'Betreff: [Wichtiger Hinweis] Lieferung', '[Avis important - livraison]', '【重要・要返信】お届け', '[Important!] Your order', 'Re: [IMPORTANT - action required] delivery', 'Asunto: [Aviso importante] Pedido', '(WICHTIG!) Bitte lesen'])(
    'flags the tag with more words where a subject goes: %s',
    (text) => expect(rulesOf(text)).toContain('important_tag'),
  );
  it.each(['Please see [Important notes] in the manual.', '「この部品は重要です」と書いてあります。', 'Please keep this (very important) receipt.', '[Importantly] the box is fine.'])(
    'leaves brackets inside a sentence, quotes and other words alone: %s',
    (text) => expect(rulesOf(text)).not.toContain('important_tag'),
  );
});

describe('phrase rules in six languages', () => {
  const cases: [string, string, string][] = [
    ['en', 'offplatform', 'Please email us so we can help faster.'],
    ['en', 'offplatform', 'Add us on WhatsApp for support.'],
    ['en', 'offplatform', 'You can also pay via PayPal outside of Amazon.'],
    ['en', 'leading', 'If you are satisfied with the kettle, please leave a review.'],
    ['en', 'leading', 'Please contact us first before leaving negative feedback.'],
    ['en', 'leading', 'Most customers rate us 5 stars.'],
    ['en', 'leading', 'Could you remove your negative review?'],
    ['en', 'review_request', 'Would you mind leaving a review?'],
    ['en', 'marketing', 'Use code SAVE10 for 10% off.'],
    ['en', 'marketing', 'Check out our other products!'],
    ['en', 'personal_data', 'Please tell us your date of birth.'],
    ['de', 'offplatform', 'Rufen Sie uns einfach an.'],
    ['de', 'leading', 'Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung.'],
    ['de', 'review_request', 'Hinterlassen Sie uns bitte eine Bewertung.'],
    ['de', 'marketing', 'Abonnieren Sie unseren Newsletter.'],
    ['de', 'personal_data', 'Bitte nennen Sie uns Ihr Geburtsdatum.'],
    ['fr', 'offplatform', 'Écrivez-nous sur WhatsApp.'],
    ['fr', 'leading', 'Si vous êtes satisfait, laissez-nous un avis 5 étoiles.'],
    ['fr', 'review_request', 'Pourriez-vous laisser un avis sur le produit ?'],
    ['fr', 'marketing', 'Profitez de notre code promo.'],
    ['fr', 'personal_data', 'Quelle est votre date de naissance ?'],
    ['es', 'offplatform', 'Llámenos al número de la tienda.'],
    ['es', 'leading', 'Si está satisfecho, déjenos una reseña de 5 estrellas.'],
    ['es', 'review_request', 'Por favor, deje una reseña del producto.'],
    ['es', 'marketing', 'Use el código de descuento GRACIAS.'],
    ['es', 'personal_data', 'Envíenos una copia de su DNI.'],
    ['it', 'offplatform', 'Scriveteci su WhatsApp.'],
    ['it', 'leading', 'Se è soddisfatto, ci lasci una recensione a 5 stelle.'],
    ['it', 'review_request', 'Ci lasci una recensione, grazie.'],
    ['it', 'marketing', 'Seguiteci su Instagram.'],
    ['it', 'personal_data', 'Qual è la sua data di nascita?'],
    ['ja', 'offplatform', 'LINEで友だち追加してください。'],
    ['ja', 'leading', 'ご満足いただけましたら、高評価をお願いします。'],
    ['ja', 'review_request', 'レビューをご投稿いただけますと幸いです。'],
    ['ja', 'marketing', '次回使えるクーポンをお送りします。'],
    ['ja', 'personal_data', '生年月日を教えてください。'],
  ];
  it.each(cases)('%s %s: %s', (_lang, rule, text) => expect(rulesOf(text)).toContain(rule));

  it.each([
    'We reviewed your order and everything is fine.',
    'Please review the proof and confirm the engraving.',
    'The preview is attached.',
    'If you like, we can send a replacement.',
    'Let us know before Friday if you want a refund.',
    'Thank you for your feedback about the zipper.',
    'The courier will call you before delivery.',
    'La empresa de transporte te llamará por teléfono antes de la entrega para concretar la hora.',
    "La société de transport vous appellera avant la livraison.",
    'Der Paketdienst wird Sie vor der Zustellung telefonisch kontaktieren, um einen Termin zu vereinbaren.',
    'Please update your phone number in your Amazon account for the carrier.',
    'Wir prüfen Ihre Rücksendung und melden uns.',
    'Du point de vue technique, tout est correct.',
    'Stiamo valutando la sua richiesta di reso.',
    'Nuestro punto de venta está en Madrid.',
    '返品のご依頼を確認中です。',
  ])('stays quiet on: %s', (text) => expect(rulesOf(text)).toEqual([]));
});

describe('options', () => {
  it('one channel per order: review wording blocks after a review request', () => {
    const text = 'Glad it works! Reviews help other buyers.';
    expect(rulesOf(text)).not.toContain('review_channel');
    const findings = flagged(text, { reviewAlreadyRequested: true });
    expect(findings.some((f) => f.rule === 'review_channel' && f.severity === 'block')).toBe(true);
    expect(rulesOf('Your replacement has shipped.', { reviewAlreadyRequested: true })).toEqual([]);
  });

  it('flags a reply that accepts the buyer’s off-Amazon proposal', () => {
    const buyerMessage = 'Can you email me at bob@gmail.com instead?';
    expect(rulesOf('Sure, no problem!', { buyerMessage })).toContain('offplatform');
    expect(rulesOf('Sure, no problem!')).toEqual([]);
    expect(rulesOf('Sure! We can only help through Amazon messages though.', { buyerMessage })).toEqual([]);
    expect(rulesOf('Sure, the replacement ships today.', { buyerMessage: 'Where is my parcel?' })).toEqual([]);
  });

  it('custom phrases use their own severity', () => {
    const findings = checkMessage('We guarantee satisfaction.', { customPhrases: [{ phrase: 'guarantee', severity: 'warn' }] });
    expect(findings).toMatchObject([{ rule: 'custom', severity: 'warn', start: 3, end: 12 }]);
  });

  it('languages limits the phrase rules but not the patterns', () => {
    expect(rulesOf('Hinterlassen Sie uns bitte eine Bewertung.', { languages: ['en'] })).toEqual([]);
    expect(rulesOf('info@shop.de', { languages: ['en'] })).toEqual(['email']);
  });

  it('auto-replies get an info hint only', () => {
    const findings = checkMessage('This is an automated reply. We have received your message and will get back to you within 24 hours.');
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['auto_reply', 'info']]);
  });

  it('writes messages in the UI language', () => {
    for (const uiLanguage of CHECKER_UI_LANGUAGES) {
      const [f] = checkMessage('www.shop.com', { uiLanguage });
      expect(f?.message.length).toBeGreaterThan(5);
      expect(f?.suggestion?.length).toBeGreaterThan(5);
    }
    expect(checkMessage('www.shop.com', { uiLanguage: 'de' })[0]?.message).toMatch(/Webadressen/);
    expect(checkMessage('www.shop.com', { uiLanguage: 'ja' })[0]?.message).toMatch(/URL/);
  });
});

describe('regressions found by unseen probes', () => {
  it('a rejected spelled "at" does not hide the real address after it', () => {
    const text = 'drop me a line at priya.support@homegoods-direct.com. Thanks!';
    const email = checkMessage(text).find((f) => f.rule === 'email');
    expect(email && text.slice(email.start, email.end)).toBe('priya.support@homegoods-direct.com');
  });

  it('a customer number near "numéro" is not a phone; a hotline number after "service client" is', () => {
    expect(rulesOf('Votre numéro client est le 10045678.')).toEqual([]);
    expect(rulesOf('Appelez notre service client au 04 72 12 34 56.')).toContain('phone');
  });

  it('asking not to leave negative feedback is leading, not a review request', () => {
    expect(rulesOf('Please don’t leave negative feedback - we will fix it!')).toEqual(['leading']);
  });

  it('a neutral 1-to-5 rating scale is not a 5-star ask', () => {
    expect(rulesOf('Rate your experience from 1 to 5 stars by replying to this message!')).toEqual(['review_request']);
  });
});

describe('lexicon entry fixes (whole checker, all languages)', () => {
  it('LINE inside オンライン or "online" is no messenger', () => {
    expect(rulesOf('Amazonのオンラインアカウントからご注文履歴をご確認ください。')).toEqual([]);
    expect(rulesOf('オンライン登録は必要ございません。')).toEqual([]);
    expect(rulesOf('LINE公式アカウントを友だち追加してください。')).toContain('offplatform');
  });

  it('"make sure" in a reply does not accept the buyer\'s off-Amazon proposal', () => {
    const buyerMessage = 'Can you just text me on my mobile instead?';
    expect(rulesOf('We will make sure the replacement ships today through Amazon.', { buyerMessage })).toEqual([]);
    expect(rulesOf('Sure, no problem!', { buyerMessage })).toContain('offplatform');
  });

  it('a phone number the buyer gives the courier is not asked for by the seller', () => {
    expect(rulesOf('Kindly send your phone number to the courier so the driver can ring on arrival.')).not.toContain('personal_data');
    expect(rulesOf('Please send us your phone number so our fitter can call you.')).toContain('personal_data');
  });

  it('Spanish customer service does not trip Portuguese entries', () => {
    expect(rulesOf('Revisamos tu comentario y hoy mismo te enviamos la pieza.')).toEqual([]);
    expect(rulesOf('El modelo Pro que pediste sale mañana del almacén.')).toEqual([]);
  });

  it('a 5/5 test score quoted in French is no rating ask; an English 5/5 ask is', () => {
    expect(rulesOf('Le magazine lui a donné 5/5 dans son comparatif des lampes.')).toEqual([]);
    expect(rulesOf('Please rate us 5/5 if you liked it.')).toContain('leading');
  });

  it("a coupon explained as Amazon's own promotion is not offered", () => {
    expect(rulesOf("Le bon de réduction affiché au paiement vient d'une promotion d'Amazon, pas de notre boutique.")).toEqual([]);
  });
});

describe('spelled domains with evidence of a web address', () => {
  it.each([
    'Care guide is at ironleafkitchen dot co/care.',
    'Encuéntranos en cocinova punto es, allí tenemos recetas.',
    'Besuchen Sie meinshop punkt de',
    'Sul nostro sito viandantebags.it trova anche la versione in pelle.',
    'Acesse nossaloja ponto com ponto br',
  ])('flags %s', (text) => expect(rulesOf(text)).toContain('url'));
  it.each([
    'At that point in time we shipped it.',
    'At this point it is too late.',
    'En este punto es necesario esperar.',
    'Lo puede recoger en nuestro punto de recogida.',
    'Il corriere passa al punto it domani.',
    'the dot co era',
  ])('leaves the word "point" in a sentence alone: %s', (text) => expect(rulesOf(text)).not.toContain('url'));
});

describe('Japanese invitation words next to a number', () => {
  it('reads お電話/おかけください around a number as an invitation (no word bounds in Japanese)', () =>
    expect(rulesOf('お電話でのご案内をご希望の場合は 03-5555-0123 までおかけください。')).toEqual(expect.arrayContaining(['phone', 'offplatform'])));
  it('leaves an order number alone', () => expect(rulesOf('ご注文番号は 503-1234567-1234567 です。')).toEqual([]));
});

describe('Japanese carrier and coupon guards (no word bounds in Japanese)', () => {
  it('the carrier calling is no invitation', () => expect(rulesOf('配送業者から電話でご連絡することがございます。')).toEqual([]));
  it('a coupon already applied is no promotion', () => expect(rulesOf('クーポンはご注文時に適用されています。')).toEqual([]));
  it('a number the carrier needs is asked for an order need (contact-ask)', () =>
    expect(checkMessage('お客様の電話番号を確認させてください。配送業者が必要としています。').filter((f) => f.entry?.endsWith('ask-buyer-contact-structure'))).toEqual([]));
});

describe('marketing words that describe, not promote', () => {
  it.each([
    "I'm sorry, the spring sale on the kettle ended on April 30, so we can't adjust the price.",
    'The promotion price ended on Sunday, so the order was charged at the regular price.',
    'Der Sommerschlussverkauf lief vom 01.08.–15.08., Ihre Bestellung kam am 17.08.',
    "Les soldes d'hiver se sont terminées le 7 février.",
    'La oferta del Black Friday terminó el 28 de noviembre.',
    'A promoção da Black Friday terminou no dia 29.',
    'La promozione è terminata domenica.',
    'セールは月曜日に終了いたしました。',
    'Sie haben das Vorteilspack der Pfanne „Bestseller Edition“ bestellt.',
    'ご注文いただいたのは「ファイブスター 限定エディション お得な3個パック」です。',
    'Your Five Star Grill Brush 3-Pack (Deluxe Edition) left our warehouse this morning.',
  ])('%s', (text) => expect(rulesOf(text)).not.toContain('marketing'));
  it.each(['Our spring sale ends Sunday - grab yours now!', 'Black Friday: 30% off everything in our store this week!', 'Don\'t miss our summer sale, it starts tomorrow.'])(
    'a sale still on is promoted: %s',
    (text) => expect(rulesOf(text)).toContain('marketing'),
  );
  it('a carrier agency that will phone is a third party', () =>
    expect(rulesOf('La agencia Transportes Olmedo te llamará por teléfono el día antes para acordar la entrega.')).toEqual([]));
});

describe('session-10 review: service replies near the new detectors stay clean', () => {
  it.each([
    'Profitez de notre garantie de 2 ans en cas de panne.',
    'Aproveite nossa garantia de 2 anos em caso de defeito.',
    'Découvrez comment monter notre lampe dans la vidéo de la fiche produit.',
    'Le recomendamos nuestro método de limpieza: agua tibia y jabón.',
    'Have a look at our photos of the correct assembly on the listing.',
    'Try our tip: fill the tank only to the line.',
    'Take a look at the bundle contents list; the strap is item 4.',
    'The return label is now available in Your Orders.',
    "We've just added a size chart to the listing because several buyers asked.",
    'Our most popular question is about the cable length, and it is 1.5 m.',
    'The new colour of the box is just a packaging change.',
    'Yes, the Pro model also fits the 2019 version of the mixer.',
    'Die Maße und Größen stehen im Angebot unter Produktbeschreibung.',
    'Ab sofort erreichen Sie uns auch samstags über die Amazon-Nachrichten.',
    'El modelo que aparece en oferta en la ficha es el mismo que usted tiene.',
    'Unfortunately the blue version is no longer on sale, so we have refunded that item.',
    'Sie haben das Vorteilspack (2 Stück) der Pfanne „Bestseller Edition“ bestellt – beide Pfannen liegen im selben Karton, es fehlt also nichts.',
    'Nossa loja física fica fechada no feriado, mas respondemos as mensagens normalmente.',
    'Look at the graph: each dot is one day.',
    'Key: red dot is on, green dot is off.',
    '【大切なお客様へ】いつもありがとうございます。',
    '[Photo attached - important detail of the hinge]',
    "You'll get a full refund once the return arrives; your review is up to you.",
    'Our startup began in 2019 and your rating on Amazon is your own choice.',
  ])('%s', (text) => expect(checkMessage(text).filter((f) => f.layer === 'rule')).toEqual([]));

  it.each([
    ['Our summer sale has ended, but the autumn sale starts today with 30% off everything!', 'marketing'],
    ['La oferta terminó, pero ahora tenemos un 30 % de descuento en toda la tienda.', 'marketing'],
    ['Once you have finished assembling it, check out our other products for matching shelves.', 'marketing'],
    ['The "Lumo" lamp is 30% off this week - see "Deals".', 'marketing'],
    ['Tip: "Buy 2, get 1 free" on all our products this month.', 'marketing'],
    ['「新商品」が発売されました。ぜひご覧ください。', 'marketing'],
    ['Aproveita e conhece a linha nova de capas que acabou de chegar!', 'marketing'],
    ['Care guide is at ironleafkitchen dot co/care.', 'url'],
  ])('still flags %s', (text, rule) => expect(rulesOf(text)).toContain(rule));

  it('answers to the buyer\'s question about the pack it names stay clean', () => {
    expect(rulesOf('Oui, le lot de trois couvercles est compatible avec vos bocaux.', { buyerMessage: 'Est-ce que le lot de trois couvercles est compatible avec mes bocaux ?' })).toEqual([]);
    expect(rulesOf('We also make it in XL, on the same listing under Size.', { buyerMessage: 'Is it available in larger sizes?' })).not.toContain('marketing');
  });
});

describe('the quoted-name guard reads one quote, not the text between two', () => {
  it('a promotion between two quoted names is still one', () =>
    expect(rulesOf('「ライト」とお得なセット「ランプ」')).toContain('marketing'));
});
