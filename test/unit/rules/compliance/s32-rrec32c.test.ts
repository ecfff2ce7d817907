// Session 32, helper rrec32c: review asks the checker missed - review wording after Request a Review from every ask found and from
// the learned layer, Japanese voices and a word on the page, a QR code's page, a comment on the purchase, the named item rated, a
// review not given yet, a notice once the review is live, a verdict told on the page. Our own wordings, and near-misses.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { ruleLayer } from './helpers/cases';

const rules = ruleLayer;
const rar = (text: string): string[] =>
  [...new Set(checkMessage(text, { reviewAlreadyRequested: true }).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();

describe('s32 rrec32c: review wording after Request a Review (check.ts)', () => {
  it.each([
    // an ask found after the lexicons (a survey, Amazon's mail to answer) and the learned layer's ask
    'Did the email from Amazon asking for your review reach you? Please answer it when you can.',
    'Nos encantaría que respondiera nuestra breve encuesta de satisfacción.',
    // the pt you-rated entry: not given yet
    'Vimos que você ainda não avaliou o pedido.',
    'Notamos que a senhora ainda não avaliou a luminária.',
  ])('%s carries review_channel', (text) => expect(rar(text)).toContain('review_channel'));

  it.each([
    'Your parcel left our warehouse today; tracking is in your orders.',
    'O técnico ainda não avaliou o aparelho.',
    'La sostituzione parte domani con il corriere.',
  ])('stays clean of review_channel: %s', (text) => expect(rar(text)).not.toContain('review_channel'));
});

describe('s32 rrec32c: Japanese asks (review-appeal.ts, conditioned-ask.ts)', () => {
  it.each([
    '家族で営む小さなお店です。お客様の声だけが頼りです。',
    '小さな工房ですので、商品ページにひと言いただけますと励みになります。',
    '夫婦二人で営む店です。皆さまの声が何よりの支えになりますので、ぜひひと言お寄せください。',
    '問題なくお使いいただけているようでしたら、ぜひレビューをお願いします。',
    'ランプを楽しんでいますか？よろしければ、感想をAmazonに書いてください。',
  ])('%s is a leading ask', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));

  it.each([
    'ご不明な点がございましたら、ひと言お知らせください。',
    '商品ページに一言メモを追加しました。',
    'お客様の声を参考に改良を重ねております。',
  ])('stays clean: %s', (text) => expect(rules(text)).toEqual([]));

  it('a parcel arriving well is no condition of liking', () => {
    expect(rules('問題なく届きましたら、レビューをお願いします。')).not.toContain('leading');
  });
});

describe('s32 rrec32c: surveys and QR codes (survey-ask.ts)', () => {
  it.each([
    'There is a card in the parcel - point your phone at the code to rate the blender.',
    'Nel pacco trova un biglietto con un codice QR: inquadrandolo arriva alla pagina dove può dire la sua sul frullatore.',
    'Dans la boîte, une carte avec un code QR : en le scannant, vous arrivez sur la page où donner votre avis.',
    'アンケートで「満足」を選んでいただけると嬉しいです。',
  ])('%s asks for a review', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    'There is a card in the box - point your phone camera at the code to register the warranty.',
    'Nel pacco trova un codice QR: inquadrandolo arriva alla pagina del manuale.',
    'アンケートは実施しておりません。',
  ])('stays clean: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s32 rrec32c: a comment on the purchase on Amazon (comment-purchase.ts)', () => {
  it.each([
    'Quem comentar o produto na Amazon recebe um brinde.',
    'Wer den Kauf bei Amazon kommentiert, bekommt einen Gutschein.',
    'Could you comment on the product on Amazon?',
    'Chi commenta il prodotto su Amazon riceve un omaggio.',
  ])('%s asks for a review', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    'I commenti sul prodotto su Amazon sono tutti positivi.',
    'Não comentamos a compra na Amazon.',
    'Pode comentar o pedido com o técnico?',
    'Thanks for your comment on the product, the manual is attached.',
  ])('stays clean: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s32 rrec32c: the bought item rated (lexicons rate-the-named-item)', () => {
  it.each([
    'Please rate the blender when you get a chance.',
    'Could you rate the toaster for us?',
    'Califica la tostadora cuando tengas un rato.',
    'Voti il frullatore su Amazon quando può.',
  ])('%s asks for a review', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    'Please rate the noise level from 1 to 10 so we can diagnose the fan.',
    'Please review the proof before we print.',
    'Valore la posibilidad de un cambio de talla.',
    'Valuti la proposta e ci faccia sapere.',
  ])('stays clean: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s32 rrec32c: a review not given yet, then a request (not-yet-reviewed.ts)', () => {
  it.each([
    'We see you haven’t rated the lamp yet - could you do so when you get a chance?',
    'Percebemos que você ainda não avaliou a garrafa. Quando puder, conte como foi!',
    '¿Ya dejó su reseña? Si no, cuando pueda, por favor.',
    'Amazon le ha inviato la richiesta di recensione; se non l’ha ancora fatto, ci lasci due righe.',
  ])('%s asks for a review', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    'O técnico ainda não avaliou o aparelho, pode aguardar?',
    'Si no, cuando pueda nos manda la foto del daño.',
    'Avez-vous reçu le colis ? Si ce n’est pas le cas, merci de nous écrire.',
    'Vimos que você ainda não avaliou o produto.',
  ])('stays clean: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s32 rrec32c: a notice once the review is live (review-live-notice.ts)', () => {
  it.each([
    'Let us know when your review is up, we love reading them.',
    'Prévenez-nous dès que votre avis sera publié.',
    'Ci faccia sapere quando la sua recensione sarà online.',
  ])('%s asks for a review', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    'Let us know when the parcel is up on the shelf.',
    'We saw your review is live, thanks so much!',
    'Let us know when the replacement is up and running.',
  ])('stays clean: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s32 rrec32c: a verdict told on the page (verdict-on-page.ts)', () => {
  it.each([
    '¿Podrías contar en Amazon qué te ha parecido la lámpara?',
    'Quando puder, conta no anúncio como está sendo usar a mochila.',
    'Dites sur la fiche produit ce que vous en pensez !',
    'Tell everyone on the product page what you think of the kettle.',
  ])('%s asks for a review', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    'Gracias por contar en Amazon qué te ha parecido la maceta.',
    'No hace falta contar en Amazon qué le pareció.',
    'La página de Amazon explica cómo montar la lámpara.',
  ])('stays clean: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s32 rrec32c: a leading ask in other words (conditioned-ask.ts ASK_MARK, KIND_WORDS; review-appeal.ts full marks)', () => {
  it.each([
    'Si le ha gustado, déjenos unas bonitas palabras.',
    'If you love it, a few kind words would be lovely.',
    'Conto com suas 5 estrelas, tá?',
    'Wenn alles passt: geben Sie uns doch die volle Punktzahl!',
  ])('%s is a leading ask', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));

  it.each([
    'Gracias por sus palabras amables, el repuesto sale hoy.',
    'Die Punktzahl im Test war hoch.',
    'Conto com a transportadora para entregar amanhã.',
  ])('stays clean of review_request: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s32 rrec32c: a rating asked on the order page (order-page-rating.ts)', () => {
  it.each([
    'Could you grade us as a seller from your orders page?',
    'Seller feedback is always welcome on your order page.',
    'Wie viele Sterne verdient die Lieferung? Geben Sie sie uns über Ihre Bestellübersicht!',
    'Puede valorarnos desde Mis pedidos cuando quiera.',
    '出品者の評価は注文履歴からできます。よろしくお願いします。',
  ])('%s asks for a review', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    'You can see the refund on your orders page, please check.',
    'The shipping rate is shown on your order page, please check it.',
    'Vous pouvez suivre la livraison dans Vos commandes ; le transporteur laissera un avis de passage.',
    'Thanks for the rating you left from your orders page!',
  ])('stays clean of review_request: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});
