// Review-ask errors of the s17 blind batches (b, c), each fixed by its cause and written here in other words and
// other languages - with the near-misses the same changes must leave alone.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe("Amazon's path to the review form, told to a buyer who asked how or where", () => {
  it.each([
    ["Where can I write a review? I can't find it.", 'In Your Orders, open this order and click Write a product review; it shows a few days after delivery.'],
    ['¿Cómo valoro el producto?', 'En Mis pedidos, abra este pedido y pulse Escribir una opinión sobre el producto.'],
    ['Où est-ce que je peux mettre un commentaire ?', 'Dans « Vos commandes », ouvrez la commande et cliquez sur « Écrire un commentaire sur le produit ».'],
    ['Wie kann ich den Artikel bewerten?', 'Unter Meine Bestellungen die Bestellung öffnen und auf „Produktrezension schreiben“ klicken.'],
    ['Dove posso lasciare una recensione?', "In I miei ordini apra l'ordine e clicchi su «Scrivi una recensione del prodotto»."],
    ['Onde eu avalio o produto? Não achei.', 'Em Seus pedidos, localize a compra e clique em Avaliar o produto.'],
    ['レビューはどこから投稿できますか？', '「注文履歴」から該当のご注文を選び、「商品レビューを書く」ボタンから投稿できます。'],
  ])('%s', (buyerMessage, text) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });

  it('still flags the path with a wish of the seller, unasked, or for a buyer who asked something else', () => {
    expect(rules('Go to Your Orders and click Write a product review - we would love five stars!', { buyerMessage: 'How do I leave a review?' })).toContain('review_request');
    expect(rules('Unter Meine Bestellungen auf „Produktrezension schreiben“ klicken - wir freuen uns über fünf Sterne!', { buyerMessage: 'Wo kann ich eine Rezension schreiben?' })).toContain('review_request');
    expect(rules('Since you asked, please do leave a review - Your Orders has the button.', { buyerMessage: 'How do I leave a review?' })).toContain('review_request');
    expect(rules('Go to Your Orders and click Write a product review.')).toContain('review_request');
    expect(rules("If you're happy with it, open Your Orders and click Write a product review.", { buyerMessage: 'How do I leave a review?' })).toContain('review_request');
    expect(rules('Si está satisfecho, en Mis pedidos pulse Escribir una opinión.', { buyerMessage: '¿Dónde dejo una opinión?' })).toContain('review_request');
    expect(rules('Unter Meine Bestellungen können Sie auf „Produktrezension schreiben“ klicken.', { buyerMessage: 'Wann kommt mein Paket?' })).toContain('review_request');
  });
});

describe('a review ask that gives the fix as its reason is leading', () => {
  it.each([
    "Since everything's fixed now, would you mind leaving a review?",
    'Como ya está todo solucionado, ¿nos dejaría una valoración del producto?',
    'Puisque le problème est résolu, pourriez-vous laisser un avis sur le produit ?',
    'Da jetzt alles wieder funktioniert, würden Sie uns eine Bewertung schreiben?',
    'Ora che è tutto risolto, ci lascerebbe una recensione?',
    'Agora que está tudo resolvido, poderia avaliar o produto?',
    '不具合が解決しましたので、よろしければレビューをお願いいたします。',
    '直ったとのことで安心しました。せっかくですので、ご感想をレビューに書いていただけませんか。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it.each([
    // gladness alone, then a plain ask (the s16/s17 batches label these review_request only)
    'Glad the pump works now! When you have a moment, a review on Amazon would help us.',
    'Nos alegra que la freidora ya funcione. ¿Podría dejarnos una reseña cuando tenga un momento?',
    // a parcel that arrived without trouble, a problem not solved, a price fixed
    '商品は問題なく届きましたので、よろしければレビューをお願いいたします。',
    'Falls das Problem nicht gelöst ist, melden Sie sich. Eine Bewertung können Sie jederzeit schreiben.',
    'Since the order is fixed at 3 units, please leave a review when it arrives.',
  ])('no leading: %s', (text) => {
    const found = rules(text);
    expect(found).toContain('review_request');
    expect(found).not.toContain('leading');
  });
});

describe('gladness that the parcel arrived is no assumed experience', () => {
  it.each([
    'Que bom que o liquidificador chegou direitinho! Uma avaliação sua ajudaria muito.',
    'Qué bien que el pedido llegó a tiempo. Una reseña nos ayudaría mucho.',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain('review_request');
    expect(found).not.toContain('leading');
  });

  it('still flags gladness about the use', () => {
    expect(rules('Que bom que o liquidificador ficou perfeito! Uma avaliação ajudaria.')).toContain('leading');
    expect(rules('Que bom que o fone está funcionando tão bem! Conta pros outros numa avaliação?')).toContain('leading');
  });
});

describe('a reward once the review is posted', () => {
  it.each([
    'Escríbanos cuando haya dejado su opinión y le mandamos un cheque regalo de 15 €.',
    'Écrivez-nous quand vous aurez publié votre avis et nous vous enverrons une carte cadeau de 10 €.',
    'Ci scriva quando avrà pubblicato la recensione: le manderemo un buono regalo da 10 €.',
    'Nos avise quando tiver publicado sua avaliação e mandamos um vale-presente de R$ 30.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it('no reward tied when the buyer only tries the item first', () => {
    expect(rules('Cuando haya probado la lámpara, puede dejar su reseña si quiere.')).not.toContain('leading');
  });
});

describe("others' top ratings, then the buyer's verdict asked", () => {
  it.each([
    'Huit acheteurs sur dix mettent 5 étoiles à ce plaid : et vous, qu’en pensez-vous ?',
    'Nine out of ten buyers give this pillow five stars. And you, what do you think?',
    'Neun von zehn Kunden geben dem Kissen fünf Sterne. Und Sie, was meinen Sie?',
    'Nueve de cada diez clientes dan cinco estrellas a la almohada. ¿Y usted, qué opina?',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it('asks in German to write it on Amazon, not to write to us', () => {
    expect(rules('Die meisten Käufer lieben die Decke. Erzählen Sie es doch auf Amazon!')).toContain('review_request');
    expect(rules('Schreiben Sie es uns einfach hier über Amazon, wir helfen sofort.')).toEqual([]);
  });

  it('a majority fact and a question on sizing ask for nothing', () => {
    expect(rules('9 clients sur 10 trouvent la taille petite : qu’en pensez-vous ? Nous pouvons échanger.')).toEqual([]);
  });
});

describe('a verbless question offering a few stars', () => {
  it.each([
    'Quelques petites étoiles pour notre bouilloire ? Merci d’avance.',
    '¿Unas estrellitas para la tienda? Es solo un minuto.',
    'Qualche stella per il nostro zaino? Bastano pochi secondi.',
    'Umas estrelinhas pro fone? Leva só um minutinho.',
    'A few stars for the camping lamp? It only takes half a minute.',
    'Ein paar Sterne für die Campinglampe? Dauert nur eine halbe Minute.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('review_request');
  });

  it.each([
    'Un avis sur la taille ? La M taille petit, prenez la L.',
    'La lampe a reçu cinq étoiles pour sa luminosité dans un magazine.',
    'Ein paar Sterne für den Zusteller? Das entscheiden Sie selbst, wir packen nur.',
  ])('clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
