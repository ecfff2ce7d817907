// Session 24, helper rev: the causes behind the review-ask and leading errors of blind batches s24 a, d and f and the s23 q rows
// with a reward and an ask in two sentences - in our own words, with variants in the languages each fix serves and near-misses
// that must stay as they were.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds among the review ones (the learned layer's warnings left out: the fixes are the rules'). */
const REVIEW_RULES = new Set(['leading', 'review_request', 'review_channel']);
const rules = (text: string) =>
  [...new Set(checkMessage(text).filter((f) => f.layer !== 'model' && REVIEW_RULES.has(f.rule)).map((f) => f.rule))].sort();

describe('s24 rev: a reward the seller gives and a review ask in the same message, in either order, is leading', () => {
  it.each([
    ["We've tucked a $15 voucher into the parcel as a little thank-you. If you get a moment, please leave a review of the kettle on Amazon.", ['leading', 'review_request']],
    ['Please leave a review of the kettle when you can. As a small thank-you we will send you a code for 10% off your next order.', ['leading', 'review_request']],
    ['Wir haben einen 10-€-Gutschein für Ihre nächste Bestellung beigelegt. Über eine Bewertung auf Amazon würden wir uns freuen.', ['leading', 'review_request']],
    ['Le dejamos un cupón de regalo en el paquete como agradecimiento. ¿Nos dejaría una reseña en Amazon?', ['leading', 'review_request']],
    ['Deixe uma avaliação na Amazon. Como agradecimento, enviamos um cupom de 10% para a próxima compra.', ['leading', 'review_request']],
    ['Ci lasci una recensione su Amazon: al prossimo ordine le riserviamo un buono sconto.', ['leading', 'review_request']],
    ['お礼としてクーポンをお送りいたしました。レビューをいただけますと幸いです。', ['leading', 'review_request']],
    ['Le reembolsamos 4 € por las molestias del retraso. ¿Nos dejaría su valoración en Amazon?', ['leading', 'review_request']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    // a voucher as an apology with no review ask
    ["We've put a €5 voucher in the parcel as an apology for the delay. Sorry again!", []],
    ['Als Entschuldigung liegt ein Gutschein über 5 € im Paket. Wir bitten um Verständnis.', []],
    // a review ask with no reward anywhere; a refund of the order, a refund back to a gift card, a refund without goodwill
    ['Your refund of $34.99 has been processed. If you have a minute, we would appreciate a review on Amazon.', ['review_request']],
    ['The refund goes back to your Amazon gift card balance within 3 days. Could you leave a review once you have tried the new one?', ['review_request']],
    ['Wir erstatten Ihnen den Kaufpreis, sobald die Rücksendung da ist. Über eine Rezension würden wir uns freuen.', ['review_request']],
    // a refusal of a reward, gift wrap, a reward whatever the review
    ["We can't offer vouchers or gifts for reviews. We would still appreciate an honest review, though.", ['review_request']],
    ['Le enviamos la funda envuelta para regalo, como pidió. ¿Nos dejaría una reseña?', ['review_request']],
    ['The voucher is yours whatever you decide. A review would help us a lot.', ['review_request']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s24 rev: a refusal of a review incentive with its verb before the negation is no ask', () => {
  it.each([
    ["Non, nous n'offrons rien en échange d'une évaluation : c'est interdit par Amazon.", []],
    ['On ne vous propose aucun cadeau en échange de votre avis, désolés.', []],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    // the ask after the contrast still flags
    ["Nous n'offrons rien en échange d'un avis, mais laissez-nous 5 étoiles et on vous envoie un cadeau.", ['leading', 'review_request']],
    ['On ne vous propose aucun cadeau, mais un avis 5 étoiles nous ferait plaisir.', ['leading', 'review_request']],
    ["Nous n'offrons pas de remise, mais si vous laissez un avis, on vous envoie un bon d'achat.", ['leading', 'review_request']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s24 rev: a review already given, or stars as a grade, is no ask', () => {
  it.each([
    ['We just read your five-star write-up of the lamp - thank you, Lena!', []],
    ['Noticed your 5-star review this morning. Thanks, it made our day.', []],
    ['星の数は生地のグレードを示しており、星5つが最も厚手です。', []],
    ['こちらは等級表示で、星5つが最上位ランクとなります。', []],
    ['厳しいご評価をいただき、大変申し訳ございません。原因を調査しております。', []],
    ['評価をいただき、誠にありがとうございます。', []],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    // real asks next to them still flag
    ["We'd love to see your five-star review on Amazon.", ['leading', 'review_request']],
    ['ご満足いただけましたら星5つで応援していただけると嬉しいです。', ['leading', 'review_request']],
    ['お時間のある時に評価をいただけますと幸いです。', ['review_request']],
    ['低い評価をいただき申し訳ございません。交換品が届きましたら、評価の変更をご検討いただけますと幸いです。', ['leading']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s24 rev: asks with no leave verb - the rating act hoped for, stars as all we ask, telling the world', () => {
  it.each([
    ['Fast alle Käufer geben dem Toaster die Höchstnote - wir hoffen, Sie sehen das auch so, wenn Sie ihn bewerten.', ['leading', 'review_request']],
    ["Cinq jolies étoiles, c'est tout ce qu'on vous demande !", ['leading', 'review_request']],
    ['Five shiny stars on the product page, please!', ['leading', 'review_request']],
    ['Maintenant que vous profitez de votre nouvel aspirateur, faites-le savoir en quelques lignes sur Amazon !', ['leading', 'review_request']],
    ['Plus de 9割のお客様に「満足」とご回答いただいています。ぜひご感想をお聞かせください。'.replace('Plus de ', ''), ['leading', 'review_request']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    // social proof with "we hope you'll agree" only: leading, no ask (team corpus en-h008)
    ["Our customers consistently give us top marks, and we hope you'll agree!", ['leading']],
    ['Cinq petites étoiles sont brodées sur le coussin.', []],
    ['The lamp projects five little stars onto the ceiling.', []],
    ['9割のお客様が翌日にお受け取りになっています。', []],
    // a survey with a draw: the corpus's marketing, no leading added to the survey's ask (s6-ja-0017)
    ['アンケートにお答えいただいた方の中から抽選でクーポンをお送りします。', ['review_request']],
    ['Wenn Sie die Ware zurücksenden, bewerten wir den Zustand innerhalb von zwei Tagen.', []],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));
});
