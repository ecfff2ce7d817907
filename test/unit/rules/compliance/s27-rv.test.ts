// Session 27 review (s27-review.md): the new clearing guards narrowed by their structure, the new detectors held to what their
// README sentences say. Each finding has the reviewer's inputs (real violations that must keep their labels, replies that must
// stay clean) and a few of our own in other languages and words.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** The rules' findings only (the learned layer is retrained by the lead). */
const rules = (text: string) => [...new Set(checkMessage(text).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe("review #1: a gift or a hoped change of mind beside the buyer's reported threat is a sway, not a report", () => {
  it.each([
    ['You said you were going to leave a negative review, so we are refunding you 20 dollars to make up for it and hope you change your mind.', ['review_request']],
    ['Sie schrieben, Sie würden eine schlechte Bewertung abgeben - wir erstatten Ihnen 20 € und hoffen, Sie überlegen es sich anders.', ['leading', 'review_request']],
    ['Você disse que ia deixar uma avaliação negativa, então mandamos um brinde e esperamos que mude de ideia.', ['leading', 'review_request']],
    ['Dijiste que ibas a dejar una reseña negativa; te devolvemos 20 euros y esperamos que lo reconsideres.', ['review_request']],
    ["Vous avez dit que vous alliez laisser un avis négatif ; nous vous offrons un bon d'achat en espérant que vous changiez d'avis.", ['leading', 'review_request']],
    ['Mi scrive di voler lasciare una recensione negativa; le offriamo un buono e speriamo che cambi idea.', ['review_request']],
    ['Sie sagten, Sie würden eine Ein-Stern-Bewertung schreiben. Wir legen Ihnen einen Gutschein bei und hoffen, Sie überlegen es sich noch einmal.', ['review_request']],
    ["You said you'd leave a bad review. We hope you reconsider once the new one arrives.", ['review_request']],
  ])('%s still flags', (text, expected) => expect(rules(text)).toEqual(expect.arrayContaining(expected)));
  it.each([
    "You said you'd post a negative review; understood, the refund went out this morning.",
    'Sie schrieben, Sie würden eine schlechte Bewertung abgeben; das ist Ihr Recht, die Erstattung ist veranlasst.',
    'Você disse que ia deixar uma avaliação negativa; respeitamos, o reembolso já foi feito.',
    "You wrote that you'd post a 1-star review - that's your call. Hope you have a nice weekend.",
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('review #2: an appliance sellers sell is the rated item, its rating a setting only in a try-and-see step', () => {
  it.each([
    ['Could you raise the rating of the heater to 5 now that it works?'],
    ['Potrebbe alzare il voto della stufa a 5 ora che funziona?'],
    ['¿Podría subir la calificación del ventilador a 5 ahora que funciona?'],
    ['Poderia mudar a nota do aquecedor para 5?'],
    ['Could you update the rating for the fan you bought to 5?'],
    ['Could you raise the rating of the thermostat you bought to 5?'],
  ])('%s still leads', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'Pourriez-vous mettre la note du ventilateur sur 3 et voir si le bruit disparaît ?',
    '¿Podría poner la calificación del ventilador en 2 y ver si para el ruido?',
    'Potrebbe alzare il voto della ventola a 4 e vedere se il rumore sparisce?',
    'Could you raise the rating on the heater dial to 4 and tell us if it warms up?',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('review #3: a refusal to ask is undone by a condition right after the phrase, the act asked again, or a "not yet"', () => {
  it.each([
    ['Wir würden Sie nie um 5 Sterne bitten, wenn Sie nicht zufrieden sind.', ['leading', 'review_request']],
    ['Nunca le pediríamos una reseña de 5 estrellas si no está contento.', ['leading']],
    ['We did not ask you to leave a 5-star review yet, please do so now.', ['leading', 'review_request']],
    ["Nous ne vous avons pas encore demandé d'avis, laissez-en un maintenant svp.", ['review_request']],
    ['Non le chiederemmo mai di lasciare 5 stelle senza un buono regalo in cambio.', ['leading', 'review_request']],
    ['We would never ask you for a 5-star review unless you loved it.', ['leading']],
    ['Nunca lhe pediríamos uma avaliação de 5 estrelas se você não estivesse satisfeito.', ['leading', 'review_request']],
  ])('%s still flags', (text, expected) => expect(rules(text)).toEqual(expect.arrayContaining(expected)));
  it.each([
    'Nunca le pediríamos una reseña, pero nos alegra que le guste.',
    'Nous ne vous demanderons jamais de modifier votre avis, cela ne se fait pas.',
    'Non le chiederemmo mai una recensione a 5 stelle, ma siamo felici che il prodotto le piaccia.',
    'We never ask for reviews, but please contact us if anything is wrong.',
    'Wir würden Sie nie um eine Bewertung bitten, melden Sie sich gern, wenn etwas fehlt.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('review #4: an opinion asked on the shop itself, or called weighty, is a review ask even with a pick in it', () => {
  it.each([
    ['Dites-nous votre avis sur notre boutique : plutôt rapide ou lente ?'],
    ['Nos gustaría conocer su opinión sobre nuestra tienda: ¿mejor calidad o mejor precio?'],
    ['Votre avis compte : préférez-vous notre service ou celui des autres ?'],
    ['La sua opinione è importante: preferisce il nostro servizio o quello di altri?'],
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Dites-nous votre avis sur la teinte : gris perle ou sable ?',
    'Nos gustaría conocer su opinión: ¿prefiere la correa negra o la marrón?',
    'Pour la gravure, donnez-nous votre avis : police fine ou grasse ?',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe("review #5: a service's booking taken (delivery slot, repair, pick-up) is no pre-order", () => {
  it.each([
    '配達日時のご予約を受け付けております。ご希望の日時をお知らせください。',
    '修理のご予約を受け付けております。',
    '集荷のご予約を受け付けております。',
    '設置工事のご予約を受け付けております。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    '2027年版の日記帳、本日より予約を受け付けております。お早めにどうぞ。',
    '新作バッグの予約受付中です。',
    '新しいカレンダーの予約受付を開始しました。',
  ])('%s is still a pre-order opened', (text) => expect(rules(text)).toContain('marketing'));
});

describe('review #10: pre-orders said not to be open are no pre-order pitch', () => {
  it.each([
    'Pre-orders for the 2027 model are not open yet.',
    'Pre-orders for the new blender are not live yet, sorry.',
    'Les précommandes du modèle 2027 ne sont pas encore ouvertes.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Pre-orders for the 2027 model open on Friday - last year they sold out in a week.',
    'Die Vorbestellungen für das neue Modell sind ab sofort möglich.',
    'You can pre-order the new colour now, no need to wait.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('marketing'));
});

describe("review #6: the seller's other marketplace shop named as where an item is or is bought, not as a fact", () => {
  it.each([
    'Ja, das war eine Bestellung aus unserem eBay-Shop; diese Amazon-Bestellung ist davon getrennt.',
    '楽天市場の当店とAmazonでは在庫が別管理となっております。',
    'Sì, quel pacco arrivava dal nostro negozio eBay; questo ordine Amazon è separato.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Les bougies parfumées sont dans notre boutique Etsy « Cire et Lin ».',
    'Das Kabel ist nicht mehr lieferbar; in unserem Etsy-Shop haben wir noch zwei.',
    'The matching pillowcases are in our Etsy shop for $12.',
    '大きいサイズは楽天市場の当店で販売しております。',
  ])('%s still flags', (text) => expect(rules(text)).toContain('offplatform'));
});

describe("review #7: a lower price elsewhere is a pitch only at the seller's place", () => {
  it.each([
    'Yes, it may be cheaper there because of the exchange rate; we cannot match it.',
    'お近くの家電量販店の方がお安く購入できる場合もございますが、当店では保証付きでお届けしております。',
    'Es kann sein, dass es im Baumarkt dort günstiger ist, das können wir leider nicht ändern.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    "We do! oakandember.shop - everything's about 12% cheaper there with no Amazon fees.",
    '実はYahoo!ショッピング店の方が送料無料で少しお安くなっております。次回はぜひそちらで。',
    'In unserem eBay-Shop ist die Lampe übrigens dort günstiger.',
    'Scannen Sie den QR-Code, dann kommen Sie in unseren Kundenbereich und können dort die Filter günstiger nachbestellen.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('marketing'));
});

describe("review #8: the buyer's own order told to have met a free-shipping threshold is no terms pitched", () => {
  it.each([
    'Your order qualified for free shipping over 25 € at checkout, so no fee was charged.',
    'Ihre Bestellung war versandkostenfrei ab 50 €, deshalb wurden keine Versandkosten berechnet.',
    'Su pedido tuvo envío gratis desde 30 €, por eso no se le cobró nada.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Spedizione gratuita sopra i 50 euro sul nostro sito, anche per il suo prossimo ordine.',
    'On our site: free shipping on orders over $35!',
  ])('%s still flags', (text) => expect(rules(text)).toContain('marketing'));
});

describe('review #9: a last chance for a warranty or an exchange is a service deadline', () => {
  it.each([
    'Letzte Chance: die Garantie endet am Freitag, bitte schicken Sie uns vorher die Fotos.',
    'Last chance: the warranty ends Friday, please send the photos before then.',
    'Última oportunidad: la garantía termina el viernes, envíenos las fotos antes.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Last call: the holiday bundle leaves our store Sunday at midnight.',
    'Letzte Chance: das Weihnachtsset verlässt unseren Shop am Sonntag.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('marketing'));
});

describe('review #11: the variant the buyer bought is no other variant whose price was cut', () => {
  it.each([
    'The 3-tier version you ordered dropped from $49.99 to $34.99 the day after; Amazon can refund the difference.',
    'Die Version, die Sie bestellt haben, wurde von 49,90 auf 39,90 € reduziert; wir erstatten Ihnen gern die Differenz.',
    'La versión que compró bajó de 49,90 € a 39,90 € al día siguiente; le devolvemos la diferencia.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'The 3-tier version of the stand you bought dropped from $49.99 to $34.99 this week - grab one while it lasts.',
    'Die große Version des Ständers, den Sie gekauft haben, ist jetzt von 59,90 auf 44,90 € reduziert.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('marketing'));
});

describe("review #12: 'here' offered as one option beside the seller's mail keeps the mail offered", () => {
  it.each([
    'Nous vous avons envoyé un e-mail. Répondez-y directement ou ici, comme vous préférez.',
    "We've just emailed you the label. Reply to it or here, whichever is easier.",
    'Wir haben Ihnen eine Mail geschickt. Antworten Sie bitte hier oder direkt darauf.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('offplatform'));
  it.each([
    'Nous vous avons envoyé un e-mail. Répondez ici, s\'il vous plaît.',
    'Wir haben Ihnen eine Mail geschickt, antworten Sie bitte hier in dieser Nachricht.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('review #13: bank details on a boleto to be paid are a payment outside Amazon', () => {
  it.each([
    'Nossa agência e conta estão no boleto anexo, é só quitar até sexta.',
    'Nossa agência e conta estão na nota fiscal, é só acertar a diferença por lá.',
    'Os dados bancários da empresa estão na fatura; o pagamento da diferença pode ser feito por eles.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('personal_data'));
  it.each([
    'Nossa agência e conta constam na nota fiscal.',
    'Os dados bancários da empresa aparecem no rodapé do boleto.',
    'Nossa agência e conta aparecem na fatura, só para sua conferência.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('review #14: a rating plate or a technical rating is no review to be reminded of', () => {
  it.each([
    "Don't forget the rating plate: please send a photo of it so we can check the voltage.",
    "Don't forget the rating label on the back - a photo of it helps us check the model.",
    'Vergessen Sie die technische Bewertung des Elektrikers nicht.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    "Don't forget about your review of the desk lamp!",
    "Don't forget your rating of the kettle once you've tried it.",
  ])('%s still reminds', (text) => expect(rules(text)).toContain('review_request'));
});
