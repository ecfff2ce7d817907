// The one refusal reader (refusal.ts, s31 mig31): the readers moved in from check.ts, offsite-invite.ts, review-explained.ts
// and harmless-replies.ts, read through refusal.ts's exports - in my own wordings, none from the corpus - with the near-misses
// where the same message still asks or offers.
import { describe, expect, it } from 'vitest';
import {
  channelRefused,
  notAsking,
  reviewAskRefusedBefore,
  reviewRefused,
  reviewTradeRefused,
  wishRoutedAfterRefusal,
} from '../../../../rules/compliance/refusal';
import { normalize } from '../../../../rules/compliance/normalize';
import { readsSpan } from './helpers/cases';

const reads = readsSpan;

/** reviewTradeRefused with the pieces check.ts gives it: the clause and sentence before the phrase, the sentence after it. */
const tradeRefused = (text: string, needle: string): boolean =>
  reads(
    (t, start, end) => {
      const head = t.slice(Math.max(0, start - 120), start);
      const tail = /^[^.!?;\n。！？]{0,200}[.!?;\n。！？]?/u.exec(t.slice(end, end + 201))?.[0] ?? '';
      return reviewTradeRefused(head.split(/[.!?;\n]/u).pop() ?? '', head.split(/[.!?;\n。！？]/u).pop() ?? '', t.slice(start, end), tail);
    },
    text,
    needle,
  );
const askRefused = (t: string, start: number, end: number): boolean => reviewAskRefusedBefore(t, start, end, 120);

describe('channelRefused: the buyer\'s wished channel acknowledged, then declined for Amazon (the merged wish branch)', () => {
  it.each([
    ['I understand you\'d prefer Telegram, but we can only answer you here in Amazon\'s messages.', 'Telegram'],
    ['Ich verstehe, dass Ihnen Signal lieber wäre, aber wir dürfen Sie nur über das Amazon-Postfach betreuen.', 'Signal'],
    ['Je comprends que vous préférez WhatsApp, mais nous ne pouvons vous répondre qu\'ici.', 'WhatsApp'],
    ['Entiendo que prefiere Telegram, pero solo podemos atenderle por los mensajes de Amazon.', 'Telegram'],
    ['Capisco che preferisce WhatsApp, ma possiamo rispondere solo tramite i messaggi di Amazon.', 'WhatsApp'],
    ['Entendo que prefere o Telegram, mas só podemos atender pelas mensagens da Amazon.', 'Telegram'],
    ['I see you\'d prefer a call on Skype. However, we can only help you here on Amazon.', 'Skype'],
    ['I understand you\'d prefer PayPal, but we can only refund through Amazon.', 'PayPal'],
  ])('refused: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(true));
  it.each([
    ['If you prefer WhatsApp, write us at +49 170 1234567, but refunds only via Amazon.', 'WhatsApp'],
    ['I understand you\'d prefer WhatsApp, so feel free to message us there, but refunds go only through Amazon.', 'WhatsApp'],
    ['Je comprends que vous préférez WhatsApp : écrivez-nous au 06 12 34 56 78.', 'WhatsApp'],
    ['Entiendo que prefiere WhatsApp, pero los reembolsos solo por Amazon.', 'WhatsApp'],
    ['¿Prefiere que le escribamos por WhatsApp?', 'WhatsApp'],
    ['Ich verstehe, Sie möchten lieber Telegram - schreiben Sie uns gern dort.', 'Telegram'],
    ['Capisco che preferisce WhatsApp: ci scriva pure al 333 1234567.', 'WhatsApp'],
    ['Entendo que prefere o WhatsApp, pode chamar a gente no 11 91234-5678.', 'WhatsApp'],
  ])('still offered: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(false));
});

describe('channelRefused: a Japanese negative closing the channel\'s clause', () => {
  it.each([
    ['LINEにはお送りできません。', 'LINE'],
    ['LINEでのご案内はいたしかねます。', 'LINE'],
  ])('refused: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(true));
  it.each([
    ['LINEでご連絡いただけませんか。', 'LINE'],
    ['LINEでお気軽にご連絡ください。', 'LINE'],
  ])('still offered: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(false));
});

describe('wishRoutedAfterRefusal: after an off-Amazon refusal, the buyer\'s wish routed to Amazon', () => {
  it.each([
    ['We can\'t take PayPal, so if you prefer the larger size, just order it on Amazon.', 'the larger size'],
    ['Leider können wir keine PayPal-Zahlung annehmen; wenn Sie lieber die große Variante möchten, bestellen Sie sie bei Amazon.', 'die große Variante'],
    ['Nous ne pouvons pas accepter PayPal ; si vous préférez la version XL, commandez-la sur Amazon.', 'la version XL'],
    ['No aceptamos Bizum; si prefiere el modelo grande, pídalo por Amazon.', 'el modelo grande'],
    ['Non accettiamo bonifici, ma se preferisce il modello più grande lo ordini su Amazon.', 'il modello più grande'],
    ['Não aceitamos transferência; se preferir a cor azul, basta comprar pela Amazon.', 'a cor azul'],
  ])('routed: %s', (text, needle) => expect(reads(wishRoutedAfterRefusal, text, needle)).toBe(true));
  it.each([
    ['If you prefer the larger size, just order it on Amazon.', 'the larger size'],
    ['We can\'t take PayPal; if you prefer the premium set, we send it for $20 more.', 'the premium set'],
    ['No aceptamos Bizum; si prefiere el modelo grande, se lo enviamos por 10 € más.', 'el modelo grande'],
    ['Se preferisce il modello più grande, lo ordini su Amazon.', 'il modello più grande'],
    ['Si vous préférez la version XL, commandez-la sur Amazon.', 'la version XL'],
    ['Wenn Sie lieber die große Variante möchten, bestellen Sie sie bei Amazon.', 'die große Variante'],
    ['Se preferir a cor azul, basta comprar pela Amazon.', 'a cor azul'],
    ['Não aceitamos transferência; se preferir a cor azul, mandamos pelo WhatsApp.', 'a cor azul'],
  ])('an offer: %s', (text, needle) => expect(reads(wishRoutedAfterRefusal, text, needle)).toBe(false));
});

describe('reviewAskRefusedBefore / notAsking: the seller will not ask, offer or expect (English; the other languages are read by review-change.ts reviewAskRefused)', () => {
  it.each([
    ['We will never ask you for 5 stars.', '5 stars'],
    ['We don\'t expect a review from you.', 'a review'],
    ['We are not allowed to request a review in return.', 'a review'],
    ['We cannot offer anything for a positive rating.', 'a positive rating'],
    ['Honestly, we won\'t pressure you into a good review.', 'a good review'],
    ['We may not incentivize a review in any way.', 'a review'],
    ['We are unable to offer a gift card for feedback.', 'feedback'],
    ['We do not pay for reviews.', 'reviews'],
  ])('refused: %s', (text, needle) => {
    expect(reads(askRefused, text, needle)).toBe(true);
    expect(notAsking(normalize(text).text)).toBe(true);
  });
  it.each([
    ['We can\'t offer anything for it, but please leave a review.', 'a review'],
    ['We never ask twice. Please leave a review.', 'a review'],
    ['Could you leave us a review?', 'a review'],
    ['We would love 5 stars from you.', '5 stars'],
    ['If you are happy, please leave a review.', 'a review'],
    ['We\'d be glad if you rated us.', 'rated us'],
  ])('still asked: %s', (text, needle) => expect(reads(askRefused, text, needle)).toBe(false));
  it.each([
    'Could you leave us a review?',
    'We would love 5 stars from you.',
    'Please rate us on Amazon.',
  ])('notAsking reads no refusal: %s', (text) => expect(notAsking(normalize(text).text)).toBe(false));
});

describe('reviewTradeRefused: a review-for-reward trade refused before, over a list, or after the phrase', () => {
  it.each([
    ['We can\'t offer vouchers, refunds or gifts in exchange for a review.', 'in exchange for a review'],
    ['Gutscheine gegen Bewertungen bieten wir nicht an.', 'gegen Bewertungen'],
    ['Nous ne pouvons pas offrir de remise en échange d\'un avis.', 'en échange d\'un avis'],
    ['No podemos ofrecer descuentos, regalos ni nada a cambio de una reseña.', 'a cambio de una reseña'],
    ['Non possiamo offrire buoni, sconti o altro in cambio di una recensione.', 'in cambio di una recensione'],
    ['Não podemos oferecer brindes, descontos ou nada por uma avaliação.', 'por uma avaliação'],
    ['レビューと引き換えに特典をお付けすることは禁止されております。', 'レビューと引き換えに特典'],
    ['Sorry, we\'re not able to refund you for changing your rating.', 'changing your rating'],
  ])('refused: %s', (text, needle) => expect(tradeRefused(text, needle)).toBe(true));
  it.each([
    ['Non possiamo offrire sconti, ma un buono in cambio di una recensione sì.', 'in cambio di una recensione'],
    ['Rabatte gegen Bewertungen bieten wir nicht an, aber 5 Sterne belohnen wir mit einem Gutschein.', 'gegen Bewertungen'],
    ['評価と引き換えに割引をお付けします。', '評価と引き換えに割引'],
    ['We offer a voucher in exchange for a review.', 'in exchange for a review'],
    ['Nous offrons une remise en échange d\'un avis.', 'en échange d\'un avis'],
    ['Te damos un descuento a cambio de una reseña.', 'a cambio de una reseña'],
    ['Ti regaliamo un buono in cambio di una recensione.', 'in cambio di una recensione'],
    ['Oferecemos um brinde em troca de uma avaliação.', 'em troca de uma avaliação'],
  ])('still offered: %s', (text, needle) => expect(tradeRefused(text, needle)).toBe(false));
});

describe('reviewRefused: the ask or trade the object of a refused verb after it', () => {
  it.each([
    ['Geschenke für eine Bewertung können wir leider nicht anbieten.', 'für eine Bewertung'],
    ['当店ではレビューをお願いすることはございません。', 'レビューをお願い'],
  ])('refused: %s', (text, needle) => expect(reads(reviewRefused, text, needle)).toBe(true));
  it.each([
    ['Geschenke für eine Bewertung können wir nicht anbieten, aber bitte bewerten Sie uns mit 5 Sternen.', 'für eine Bewertung'],
    ['レビューをお願いすることはございませんが、よろしければご協力ください。', 'レビューをお願い'],
  ])('still asked: %s', (text, needle) => expect(reads(reviewRefused, text, needle)).toBe(false));
});
