// Marketing errors of the s22 blind batch a (promotion slipped into service replies without coupon words), each fixed by its
// cause and written here in other words, with variants in the other languages and the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const entries = (text: string, options?: CheckOptions) => checkMessage(text, options).map((f) => f.entry ?? '');

describe('another item the seller makes, offered on the buyer\'s interest (purchase-push.ts interest-offer)', () => {
  it.each([
    'The strap is attached under the lid. We also sell a leather travel pouch for this camera, in case you ever want one.',
    'Das Kabel liegt unter der Schale. Wir stellen auch eine Wandhalterung für diese Uhr her, falls Sie Interesse haben.',
    'Le mode d\'emploi est dans le carton. Nous proposons aussi un étui rigide pour ce casque, si jamais cela vous tente.',
    'El manual está en la caja. También vendemos una funda rígida para estos auriculares, por si te interesa.',
    'Il manuale è nella scatola. Vendiamo anche una custodia rigida per queste cuffie, se le interessa.',
    'O manual está na caixa. Também vendemos um estojo rígido para esse fone, caso se interesse.',
    '説明書は箱の底に入っております。このヘッドホン専用のハードケースも販売しておりますので、ご興味がございましたらぜひ。',
  ])('%s', (text) => {
    // (the lexicons' "we also sell" may find it first: the rule is what counts)
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    // a service, not an item; a refusal; the buyer's own order
    'We also offer a free repair service for this watch, if you ever need one.',
    'We do not sell the dock separately, sorry, even if you are interested.',
    'Nous proposons aussi le retour gratuit, si jamais ça vous intéresse.',
    'Wir bieten auch einen Abholservice an, falls Sie Interesse haben.',
  ])('stays clean: %s', (text) => {
    expect(entries(text)).not.toContain('marketing:promotion-interest-offer');
  });
  it('the item the buyer asked about is the answer', () => {
    expect(rules('Yes, we also make a wall mount for this watch, if you want one.', { buyerMessage: 'Do you make a wall mount for it?' })).not.toContain('marketing');
  });
});

describe('few units left with a call to buy (purchase-push.ts scarcity-push)', () => {
  it.each([
    'Your refund for the postage is done. Only 8 of the oak trays left from this run and no restock until March - grab yours!',
    'Die Gutschrift ist erledigt. Nur noch 5 Decken dieser Serie auf Lager, warten Sie nicht zu lange.',
    'Le remboursement est fait. Il ne reste que 8 plateaux en chêne ; ne tardez pas !',
    'El reembolso ya está hecho. Quedan solo 8 bandejas de roble, ¡date prisa!',
    'Il rimborso è fatto. Ne restano solo 8 vassoi in rovere: approfittane!',
    'O reembolso foi feito. Restam apenas 8 bandejas de carvalho, não espere!',
    'ご返金の手続きが完了しました。オークのトレイは残り8枚となりました。お見逃しなく。',
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:promotion-scarcity-push');
  });
  it.each([
    // stock told to a buyer who waits, no call; a denial
    'Only 8 of the blue trays are left, so the restock date is not set yet.',
    'Il ne reste que 2 jours avant la livraison, merci de votre patience.',
    'Only 2 days left to pick up the parcel at the locker, so don\'t wait.',
    'ご注文の色は残り1点でしたので、確保して本日発送いたしました。',
  ])('stays clean: %s', (text) => {
    expect(entries(text)).not.toContain('marketing:promotion-scarcity-push');
  });
  it('the stock the buyer asked about is the answer', () => {
    expect(rules('Only 3 left of the walnut board, so don\'t wait too long.', { buyerMessage: 'Do you still have the walnut board?' })).not.toContain('marketing');
  });
});

describe('advice to buy a spare now (purchase-push.ts buy-ahead)', () => {
  it.each([
    'Great that the blender works again. The blade wears after about a year, so I would recommend ordering a spare blade now.',
    'Schön, dass die Mühle wieder läuft. Das Mahlwerk nutzt sich ab, ich empfehle Ihnen, schon jetzt ein zweites zu bestellen.',
    'Ravie que le mixeur refonctionne. La lame s\'use en un an, je vous recommande d\'en acheter une d\'avance.',
    'Me alegro de que la batidora funcione. La cuchilla se gasta en un año, te recomiendo comprar ya una de recambio.',
    'Bene che il frullatore funzioni. La lama si consuma in un anno, le consiglio di acquistare subito una lama di ricambio.',
    'Que bom que o liquidificador voltou. A lâmina gasta em um ano, recomendo já comprar uma reserva.',
    '刃は一年ほどで摩耗しますので、今のうちに予備の刃をご購入いただいておくと安心です。',
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:promotion-buy-ahead');
  });
  it.each([
    // an exchange step, a denial, no "now"
    'I recommend ordering the size M now and returning the L through Your Orders.',
    'We don\'t recommend ordering a spare blade now, the original lasts for years.',
    'Je vous conseille de commander directement sur Amazon.',
  ])('stays clean: %s', (text) => {
    expect(entries(text)).not.toContain('marketing:promotion-buy-ahead');
  });
});

describe('other customers switching to another model (purchase-push.ts crowd-switch)', () => {
  it.each([
    'Tu pedido ya salió. Si te gusta la tostadora T2, la T4 Pro tiene cuatro ranuras y muchos clientes se pasan a ella.',
    'Il pacco è partito. Il modello superiore ha più potenza e molti clienti passano a quello.',
    'Seu pedido saiu. A versão Max tem mais potência e muitos clientes acabam trocando para ela.',
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:promotion-crowd-switch');
  });
  it.each([
    // a setting, not a model; a denial
    'Many customers switch to the eco setting after a week, it is quieter.',
    'Beaucoup de clients passent à la position 2, plus silencieuse.',
    'No, not many customers switch to the Pro model, the basic one is enough.',
  ])('stays clean: %s', (text) => {
    expect(entries(text)).not.toContain('marketing:promotion-crowd-switch');
  });
});

describe('a price rise ahead, the call to buy in the next sentence (promotion.ts riseWithCall)', () => {
  it.each([
    'Kurze Info vorab: Ab März werden unsere Preise um ca. 8 % steigen. Wer noch Vorrat braucht, sollte jetzt zugreifen.',
    'A quick note: our prices go up in March. If you want a spare, now is the time to stock up.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'Der Preis ist gestiegen, weil unser Lieferant teurer wurde. Ihre Bestellung bleibt beim alten Preis.',
    'Die Preise steigen nicht, Ihre Bestellung ist wie besprochen.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('the rest of the range, the brand store, a new product, other customers\' add-ons (promotion.ts)', () => {
  it.each([
    'Die Lieferung kommt Freitag. Schauen Sie sich auch unsere restliche Kollektion im Markenshop an.',
    '交換品は明日発送いたします。当店のバッグ全ラインナップもご覧いただけると幸いです。',
    'Tausch erledigt. Unsere neue Thermoflasche ist gerade erschienen und hält 24 Stunden warm.',
    'Swap done! Our new 2-person tent just came out - waterproof and only 1.9 kg.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it('other customers\' add-on after the answer about the bought item', () => {
    const text = 'Ja, der Topf ist backofenfest. Kunden, die diesen Topf gekauft haben, nehmen oft noch die passende Pfanne dazu.';
    expect(rules(text, { buyerMessage: 'Ist der Topf backofenfest?' })).toContain('marketing');
  });
  it.each([
    'Die neue Anleitung ist gerade erschienen, Sie finden sie im Anhang.',
    '当店のストアページの「よくある質問」をご覧ください。',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('the item the buyer asked about, answered (marketing-answers.ts, promotion-guards.ts, promotion.ts)', () => {
  it.each<[string, string]>([
    // a matching item the buyer asked for, named by its relation
    ['The matching lid for the 20 cm pan is sold separately as "Glass lid 20 cm".', 'Is there a lid that fits the 20 cm pan?'],
    // the refills the buyer asked to buy, told in their pack
    ['Sí, las bolsas de recambio para la aspiradora se venden en pack de 5 con nuestra marca.', '¿Vendéis bolsas de recambio para esta aspiradora?'],
    ['Sì, i filtri di ricambio sono venduti in confezione da 3 con il nostro marchio.', 'Vendete i filtri di ricambio per questa cappa?'],
    // a wider size the buyer asked for
    ['棚は奥行き40cmのタイプもございます。', 'もう少し奥行きのあるものはありますか?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).not.toContain('marketing');
  });
  it.each<[string, string]>([
    // a saving or another item pushed with the answer
    ['Sí, las bolsas de recambio se venden en pack de 5, que sale más barato.', '¿Vendéis bolsas de recambio?'],
    ['You might like our matching lamp shades.', 'Is the lamp frost-proof?'],
    ['棚は奥行き40cmのタイプもございます。ぜひご検討ください。', 'もう少し奥行きのあるものはありますか?'],
  ])('stays a pitch: %s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toContain('marketing');
  });
  it('a part code is no promo code (it named-code, es code-name)', () => {
    expect(rules('La lama di ricambio ha il codice BL7-S, ne abbiamo 2 a magazzino.')).not.toContain('marketing');
    expect(rules('La cuchilla de recambio tiene el código BL7-S.')).not.toContain('marketing');
    expect(rules('Inserisca il codice ESTATE20 al checkout.')).toContain('marketing');
  });
  it('a French brand before a quoted name is no Spanish call verb (es call-verb-number)', () => {
    expect(rules('Oui, les sacs sont vendus sous notre marque (« Sacs x10 »).')).not.toContain('offplatform');
    expect(rules('Llame (91) 555 12 34 y le atendemos.')).toContain('phone');
  });
});
