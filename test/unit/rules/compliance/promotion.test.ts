// detectors/promotion.ts: a promotion in plain words (an upsell, a new model, a bundle, other
// products) is marketing in every language, read from the sentence's structure; the buyer's own
// order, replacements, tracking, manuals, "no longer on sale" and answers to the buyer's own question
// are not.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { promotions } from '../../../../rules/compliance/detectors/promotion';
import { normalize } from '../../../../rules/compliance/normalize';

const promo = (text: string, buyerMessage = '') => promotions(normalize(text).text, buyerMessage);
const kinds = (text: string, buyerMessage = '') => promo(text, buyerMessage).map((s) => s.entry);

describe('promotion in plain words (structure, not phrases)', () => {
  it.each([
    // en
    ["Our new Cyclone 2 has double the suction and it's on offer right now.", 'marketing:promotion-novelty'],
    ['Customers who bought this also love our matching pillow covers.', 'marketing:promotion-cross-sell'],
    ['Running low? Grab the 3-pack and save.', 'marketing:promotion-invite'],
    ['Feel free to check out our other products in our store.', 'marketing:promotion-invite'],
    ["There's a bigger model too, with a 2 L tank.", 'marketing:promotion-novelty'],
    // de
    ['Unser neues Modell Aqua Pro 3 ist jetzt erhältlich.', 'marketing:promotion-novelty'],
    ['Kennen Sie schon unsere Bambus-Brotdose?', 'marketing:promotion-invite'],
    ['Wir haben übrigens auch passende Untersetzer im Programm.', 'marketing:promotion-cross-sell'],
    // fr
    ['Découvrez aussi notre gamme de coussins assortis.', 'marketing:promotion-invite'],
    ['Nos housses assorties sont également disponibles sur Amazon.', 'marketing:promotion-cross-sell'],
    // es
    ['Nuestra nueva línea de sartenes llega a Amazon la próxima semana.', 'marketing:promotion-novelty'],
    ['Aprovecha: el pack de tres toallas sale mucho más económico.', 'marketing:promotion-invite'],
    // it
    ['Il nostro nuovo modello di frullatore è già disponibile.', 'marketing:promotion-novelty'],
    ['Abbiamo anche la versione grande, ideale per famiglie numerose.', 'marketing:promotion-novelty'],
    // pt
    ['Confira também nossa linha de capas combinando com a sua almofada.', 'marketing:promotion-invite'],
    ['Lançamento: a mochila que você comprou agora vem também na cor verde-oliva.', 'marketing:promotion-novelty'],
    // ja
    ['新商品のコードレス掃除機が発売されました。', 'marketing:promotion-novelty'],
    ['このマグカップをご購入のお客様には、おそろいのソーサーも人気です。', 'marketing:promotion-cross-sell'],
    ['3個セットならさらにお得にお求めいただけます。', 'marketing:promotion-bundle'],
    ['同シリーズの大きいサイズもございます。', 'marketing:promotion-novelty'],
    // a store and more items in it; a variant "also in"; an upgrade; a launch
    ['Nel nostro negozio Amazon trova altri modelli della stessa serie.', 'marketing:promotion-invite'],
    ['Ab nächster Woche gibt es unsere Decke auch in Grau.', 'marketing:promotion-novelty'],
    ['By the way, the same blender now comes with a glass jug, if you ever fancy an upgrade.', 'marketing:promotion-novelty'],
    ['Nous venons de lancer une version sans fil de votre casque.', 'marketing:promotion-novelty'],
    ['Want a spare? The two-pack is the smarter buy.', 'marketing:promotion-bundle'],
  ])('marketing: %s', (text, entry) => {
    expect(kinds(text)).toEqual([entry]);
    expect(checkMessage(text).some((f) => f.rule === 'marketing' && f.severity === 'block')).toBe(true);
  });

  it.each([
    // the buyer's own item, a replacement, tracking, an update, a manual
    'We will send you a new one free of charge today.',
    'Here is the new tracking number for your parcel.',
    'A new replacement unit is on its way and should arrive Thursday.',
    'Your order included the new model, which has a USB-C port.',
    'The new model number is printed on the bottom of the box.',
    'La nouvelle version du pilote est disponible dans l\'application.',
    'Please check out the troubleshooting section of the manual.',
    'Please take a look at our return policy.',
    'The colour you ordered is back in stock and will ship today.',
    'La version XL que vous avez commandée a quitté notre entrepôt ce matin.',
    'Das Modell, das Sie bestellt haben, ist die neue Version mit USB-C-Anschluss.',
    'Le spediamo gratis il nuovo modello.',
    // no longer sold, not released
    'Leider ist die rote Variante nicht mehr erhältlich.',
    'The new model is not released yet, so we cannot say whether it fits.',
    'Ese color ya no está a la venta, así que le hemos reembolsado el importe.',
    // a store or a domain that is not offered
    'Our store is closed for the holidays until 2 January.',
    '詳しくは www.akari-shop.jp をご覧ください。',
    'The assembly guide lives at help.trailnest.store - grab it there.',
    // a delivery that arrived, wishes for the buyer's own new item
    'Se tudo chegou certinho, estamos à disposição.',
    'Profitez bien de votre nouvel aspirateur !',
    'Aproveche su nueva freidora y no dude en escribirnos.',
    'お届けした商品は新しいバージョンで、USB-C端子に対応しております。',
    '同じ商品を楽天市場でも販売しております。',
    // a price already applied, an exchange, a part that fits
    '特価はAmazonのキャンペーンによるもので、すでに合計金額に反映されております。',
    'We have the XL version in stock if you would like to exchange it.',
    'Thank you for your patience. The new part fits all models made after 2021.',
    // a bare variant is a product fact (families.test.ts keeps it quiet)
    'Vous aimez votre sac ? Il existe aussi en bleu.',
    'Grab the handle firmly and pull it towards you to open the lid.',
    'Wir haben auch Ihre zweite Nachricht erhalten.',
  ])('not a promotion: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['Yes, the 3-pack fits your model too.', 'Does the 3-pack of filters fit my model as well?'],
    ['We do have a 28 cm version of the pot; it uses the same lid as yours.', 'Do you sell a bigger size of this pot?'],
    ['Sì, la confezione da tre filtri è compatibile anche con il suo modello.', 'La confezione da tre filtri va bene per il mio modello?'],
    ['はい、3個セットの替え刃もお客様のモデルにご使用いただけます。', '3個セットの替え刃も私のモデルに使えますか？'],
  ])('an answer to the buyer\'s question is not a promotion: %s', (text, buyer) => {
    expect(kinds(text, buyer)).toEqual([]);
  });

  it('an invitation still counts in a reply to a question', () => {
    expect(kinds('Yes, it fits. Check out our other filters too!', 'Does it fit my model?')).toEqual(['marketing:promotion-invite']);
  });

  it('offsets land on the cue words of the sentence', () => {
    const text = 'Thanks for your order. Customers who bought this also love our matching covers.';
    const [s] = promo(text);
    expect(text.slice(s!.start, s!.end)).toBe('Customers who bought this also love our');
  });

  it('stays linear on a 100k repeated input', () => {
    const unit = 'Check out our other new models in our store and grab the 3-pack to save, customers who bought ';
    const small = unit.repeat(Math.ceil(5_000 / unit.length)).slice(0, 5_000);
    const big = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const once = (t: string) => {
      const t0 = performance.now();
      promotions(t);
      return performance.now() - t0;
    };
    once(small);
    // best of 5, the two sizes in turn: a busy machine slows both alike (the 2 unit workers share 2 cores)
    let [a, b] = [Infinity, Infinity];
    for (let i = 0; i < 5; i++) {
      a = Math.min(a, once(small));
      b = Math.min(b, once(big));
    }
    expect(b).toBeLessThan(1500);
    // the small run is a fraction of a millisecond: a floor of 1 ms keeps a GC pause on a loaded machine from
    // reading as growth, while a quadratic cost (400x for 20x the text) still fails by far
    expect(b / Math.max(a, 1)).toBeLessThan(40);
    // no blank at all: one long "sentence" read in slices
    const blob = 'x'.repeat(100_000);
    const t0 = performance.now();
    promotions(blob);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

describe('a yes behind the greeting answers the buyer (s11 false alarms)', () => {
  it('clears a novelty that says yes to the buyer\'s own question after "Bonjour Denis,"', () => {
    const reply = 'Bonjour Denis, oui, le modèle existe aussi en 44 : il suffit de sélectionner 44 dans le menu des tailles.';
    expect(kinds(reply, "Vous l'avez en 44 ?")).toEqual([]);
    expect(kinds('Hallo Dirk, ja, das neue Modell gibt es auch in Größe 44.', 'Gibt es die Schuhe auch in 44?')).toEqual([]);
  });

  it('not without a question from the buyer: a greeting and a yes alone answer nothing', () => {
    expect(kinds('Bonjour Denis, oui, notre nouveau modèle existe aussi en bleu.')).not.toEqual([]);
  });
});

describe('a multi-pack that is the buyer\'s own order (s11)', () => {
  it('is no bundle offer', () => {
    expect(kinds('ご注文の「お得な3個セット」は、3個とも同梱して発送いたしました。')).toEqual([]);
  });
  it('a saving on a pack for the next order still is', () => {
    expect(kinds('Your order has shipped - next time grab the 3-pack and save 20%.')).not.toEqual([]);
  });
});

