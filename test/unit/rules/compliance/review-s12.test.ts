// Session 12: the false alarms and misses of the s12 blind batch, each as a new sentence of the same
// shape (the rows themselves are in test/corpus/real/s12-blind.jsonl), with the near-misses each fix
// must leave alone.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) => [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();

describe('s12 false alarms stay clear', () => {
  it.each([
    ['the coupon named again after it was applied', 'Your 10% coupon was applied at checkout. The product page shows the price before the coupon, so it looked higher.', 'Where is my discount?'],
    ['a quoted button name for a buyer who asked where to leave feedback', "Open Your Orders and use the 'Leave seller feedback' button next to the order.", 'How can I leave feedback for you?'],
    ['a quoted page name for a buyer who asked how to change a review', 'Sie finden das unter „Ihre Rezensionen“ in Ihrem Konto; wir können dort nichts ändern.', 'Wie ändere ich meine Bewertung?'],
    ['a French refusal to offer anything for a review', "Merci, mais nous ne pouvons rien proposer en échange d'un avis.", 'Une remise si je mets 5 étoiles ?'],
    ['a Spanish refusal to offer anything for a review', 'Gracias, pero no podemos ofrecer nada a cambio de una reseña.', '¿Me hacen descuento si pongo 5 estrellas?'],
    ['a ring size is no phone number', 'If your ring 17 mm inside fits well, size 54 is the right one.', 'Which ring size should I order?'],
    ['a missing space before Spanish "es"', 'Gracias por su paciencia.es un placer ayudarle.', undefined],
    ['a missing space before Portuguese "com"', 'Agradecemos o contato.com certeza vamos ajudar.', undefined],
    ['a phone call refused, the buyer asked for one', 'Não atendemos por telefone, mas pode nos contar aqui o que aconteceu.', 'Pode me ligar?'],
  ])('%s', (_name, text, buyer) => {
    expect(rules(text, buyer)).toEqual([]);
  });
});

describe('s12 asks are found', () => {
  it.each([
    ['a rating wished for as a favour', 'Hope the kettle serves you well! A five-star rating would really make our week.', ['leading', 'review_request']],
    ['others rated it, and "you\'ll feel the same"', 'Most of our customers give the lamp 5 stars after a week - we hope you will feel the same!', ['leading', 'review_request']],
    ['a reward for a screenshot of the review, thanks with an adjective', 'Write a review and send us a screenshot of it - a $5 gift card follows as a small thank-you.', ['leading', 'review_request']],
    ['a code for the next order after an imperative', 'Post a review and we will send you a 15% code for your next order.', ['leading', 'marketing', 'review_request']],
    ['a satisfaction question then an ask (pt)', 'Gostou da caneca? Então conta pra gente na Amazon o que achou!', ['leading', 'review_request']],
    ['"wenn ja" after a hope (de)', 'Hoffe, die Jacke passt. Wenn ja, lassen Sie uns gern ein paar Sterne da.', ['leading', 'review_request']],
    ['a yes/no question then "Dann", tell other customers (de)', 'Liegt die Decke gut? Dann erzählen Sie doch anderen Amazon-Kunden davon.', ['leading', 'review_request']],
    ['public complaint held back (de)', 'Bitte nicht gleich öffentlich meckern, sondern zuerst uns schreiben.', ['leading']],
    ['slang satisfaction (fr)', "Si t'as kiffé le sac, laisse-nous un petit avis.", ['leading', 'review_request']],
    ['"le faire savoir sur Amazon" (fr)', "Si la crème vous plaît, n'hésitez pas à le faire savoir sur Amazon.", ['leading', 'review_request']],
    ['before writing on Amazon, tell us (es)', 'Antes de poner nada en Amazon, cualquier problema nos lo cuenta por aquí.', ['leading']],
    ['"prima di scrivere su Amazon" (it)', 'Prima di scrivere su Amazon, ci contatti qui se qualcosa non va.', ['leading']],
    ['a review named first, then changed on a condition (ja)', '先日のご評価につきまして、新しい商品にご満足いただけましたら、内容を見直していただけますと幸いです。', ['leading']],
    ['a survey at a bare address with a path', 'Tell us how we did: the short survey is at help.oakfieldgoods.com/s/42', ['review_request']],
    ['a prize draw among reviewers, no reward word', 'Quienes publiquen su opinión participan en el sorteo de una batidora.', ['leading', 'review_request']],
    ['"deux mots ... feraient notre bonheur" after a condition (fr)', 'Si le savon vous a convaincue, deux mots sur la fiche produit feraient notre bonheur.', ['leading', 'review_request']],
    ['PayPal offered instead of the failing Amazon payment', 'If paying on Amazon does not work, I can send you a PayPal invoice instead.', ['offplatform']],
    ['a negation inside the opening condition is the condition\'s', "If Amazon's checkout doesn't work for you, I can send you a PayPal invoice instead.", ['offplatform']],
    ['"stattdessen" before the service (de)', 'Wenn die Zahlung über Amazon nicht klappt, können Sie stattdessen per PayPal bezahlen.', ['offplatform']],
  ])('%s', (_name, text, expected) => {
    const got = rules(text);
    for (const rule of expected as string[]) expect(got).toContain(rule);
  });

  it('"textez-nous au" is a phone channel', () => {
    expect(rules('Pour aller plus vite, textez-nous au 438 555-0199.')).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });
});

describe('s12 near-misses the new rules leave alone', () => {
  it.each([
    ['an open question before an ask is no condition', 'Wie gefällt Ihnen der Toaster? Bewerten Sie ihn gern unter Meine Bestellungen.', ['leading']],
    ['a question on time is no condition', 'Haben Sie einen Moment? Dann freuen wir uns über Ihre Sterne.', ['leading']],
    ['"let us know" in French is no review', "N'hésitez pas à nous le faire savoir si vous avez une question.", ['leading', 'review_request']],
    ['a return on Amazon is no review', 'Puede devolverlo en Amazon sin problema.', ['leading', 'review_request']],
    ['Amazon refunding to the PayPal-funded account "instead of" the card', 'Amazon refunds the amount to your PayPal balance instead of the card.', ['offplatform']],
    ['a refusal with an adverb between commas stays a refusal', 'We cannot, unfortunately, refund you via PayPal outside the order.', ['offplatform']],
    ['a conditioned refusal is no refusal ("if we are not asking too much")', 'Se non chiediamo troppo, ci valuti anche come venditore.', ['leading']],
  ])('%s', (_name, text, absent) => {
    const got = rules(text);
    for (const rule of absent as string[]) expect(got).not.toContain(rule);
  });

  it('a real domain after a preposition stays a URL', () => {
    for (const text of ['Trovi tutto su negozioverde.it oggi.', 'Mehr unter meinshop.de heute', 'compre em lojaverde.com o modelo novo']) expect(rules(text)).toContain('url');
  });

  it('the conditioned Italian ask still asks', () => {
    expect(rules('Se non chiediamo troppo, ci valuti anche come venditore.')).toContain('review_request');
  });
});

describe('s12 social accounts named without an @', () => {
  it.each([
    ['a handle after "unter" (de)', 'Wir zeigen jede Woche neue Ideen auf Insta unter filzwerk_lena.'],
    ['a handle in brackets after our network (es)', 'En nuestro TikTok (cestasluna) subimos trucos de decoración.'],
    ['a quoted page name (fr)', 'Nous publions des recettes sur notre page Facebook « Les Tartes de Marthe ».'],
    ['"é só procurar" a name (pt)', 'A gente posta novidades no insta, é só procurar casaflorida.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('an app menu after a messenger name is no account of the seller', () => {
    const found = checkMessage('Die Uhr zeigt Nachrichten von Telegram unter Einstellungen an.').filter((f) => f.entry === 'offplatform:offsite-invite-structure');
    expect(found).toEqual([]);
  });
});

// the read-only review of the session's change: each input reproduced a false alarm or a lost finding
describe('s12 review: what the new rules must leave alone', () => {
  it.each([
    ['a past review and a refund (es)', 'Ha dejado una reseña sobre el golpe y le confirmamos que el reembolso ya está tramitado.'],
    ['a past review and a refund (fr)', 'Vous avez laissé un avis sur le défaut et nous avons déjà lancé le remboursement.'],
    ['a restocking fee is no reward', 'Your review and your return are separate: after you left your review nothing changed, and the 15% restocking fee does not apply to damaged items.'],
    ['"instead" about a reorder after Amazon\'s refund', 'Amazon will refund the PayPal payment and you can simply reorder the blue one instead.'],
    ['"instead" in another clause', 'Your refund goes back to the original payment method (PayPal); if you prefer, we can send a replacement instead.'],
    ['write to us on Amazon (fr)', "N'hésitez pas à nous écrire sur Amazon via la messagerie si le colis n'arrive pas."],
    ['write on Amazon (es)', 'Si necesita algo más, no dude en escribir en Amazon desde Mis pedidos.'],
    ['an Amazon Locker (es)', '¿Podría dejar en Amazon Locker el paquete antes del viernes?'],
    ['a QR sticker photographed for the team', 'Please send us a photo of the QR code sticker on the bottom so our team can identify the batch.'],
    ['an ad seen on Instagram, screenshot sent here', 'If you saw an ad on Instagram with our logo, please send us a screenshot here so we can report it.'],
    ['decimetres are no DM', 'Der Tisch ist 12 dm breit; schreiben Sie uns bei weiteren Fragen gern hier.'],
    ["the carrier's site (fr)", 'Sur le site de La Poste, entrez le numéro de suivi pour voir la date de livraison.'],
    ["the carrier's site (pt)", 'O rastreio pelo site dos Correios mostra que chega amanhã; basta acessar com o código.'],
    ['an error code searched on Google', "The error E04 is common: if you search Google for the model name 'KX-200 E04' you will see it is the water sensor."],
  ])('%s', (_name, text) => {
    const got = checkMessage(text).filter((f) => f.severity === 'block' && ['leading', 'review_request', 'offplatform'].includes(f.rule));
    expect(got.map((f) => `${f.rule} ${f.entry}`)).toEqual([]);
  });

  it('a negated wish is no wish (the entry; another entry still reads "a review" there)', () => {
    const found = checkMessage('Unfortunately a review would not help with the warranty claim.').filter((f) => f.entry === 'en:review_request:rating-would-help');
    expect(found).toEqual([]);
  });

  it.each([
    ['a refusal, then an ask after "mais"', 'Nous ne pouvons pas offrir de cadeau mais laissez-nous un avis 5 étoiles.', ['leading', 'review_request']],
    ['a refusal, then an ask after "mais" (review helps)', 'Nous ne pouvons pas vous offrir de remise mais notez-nous 5 étoiles sur Amazon.', ['leading']],
    ['a domain before an article stays a URL (pt)', 'Confira lojabella.com os preços estão melhores.', ['url']],
    ['a new code for the next order after an applied one', 'Your coupon was applied at checkout. The coupon code SPRING20 also works on your next order.', ['marketing']],
    ['an own-shop offer with "no fee" after it (ja)', '自社サイトからご購入いただければ送料無料で、手数料もございません。', ['offplatform']],
    ['a review word after × is still a word', 'Lasci una ×recensione e le inviamo un buono sconto del 20%.', ['review_request']],
  ])('%s', (_name, text, expected) => {
    const got = rules(text);
    for (const rule of expected as string[]) expect(got).toContain(rule);
  });
});
