// Session 29, helper rev2: review words read by structure in our own words (not the batch's sentences) - each kind with
// wordings that must stay clean and near-misses of the guard that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s29 rev2: the own-reviews page named in a menu path (menu-path.ts)', () => {
  it.each([
    'Yes, you can edit it whenever you like via Your Account > Your Reviews. That is entirely up to you.',
    'Sie können sie jederzeit unter Mein Konto > Meine Rezensionen bearbeiten; das entscheiden allein Sie.',
    'Vous pouvez la modifier quand vous voulez depuis Votre compte > Vos avis. C\'est votre choix.',
    'Claro, puede cambiarla cuando guste en Mi cuenta > Mis reseñas. Nosotros no tocamos nada.',
    'Puede borrarla desde Su cuenta › Sus opiniones si así lo decide.',
    'Può modificarla quando vuole da Il mio account > Le mie recensioni, decide lei.',
    'Pode alterá-la quando quiser em Sua conta > Suas avaliações. A decisão é sua.',
    'アカウントサービス > レビュー から、いつでもご自身で編集できます。',
    'You will find it under Account → "Your Reviews" at any time.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'If you are happy, please go to Your Account > Your Reviews and leave five stars.',
    'Please leave us a review: Your Orders > Write a product review.',
    'Déjenos sus reseñas, por favor.',
    'Wir würden uns über Ihre Rezension freuen: Mein Konto > Meine Bestellungen > Produkt bewerten.',
    'Nos encantaría leer su opinión: Mis pedidos > Escribir una opinión. ¡Cinco estrellas serían geniales!',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s29 rev2: a screenshot of a posted review is proof asked - leading, no new review asked (Japanese)', () => {
  it.each([
    '先日はレビューをありがとうございました。投稿されたレビューのスクリーンショットをお送りいただけますか。',
    'お手数ですが、レビューのキャプチャをこちらにお送りください。',
    'ご投稿いただいたレビューのスクショを、このメッセージに添付してください。',
    'レビュー画面の画像をお送りいただけますと幸いです。',
  ])('%s is leading only', (text) => expect(rules(text)).toEqual(['leading']));
  it.each([
    '商品のレビューをお願いいたします。',
    'レビューを書いていただけますと幸いです。',
    'ぜひ星5つのレビューをお願いします。',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    '破損箇所の写真をお送りください。',
    'エラー画面のスクリーンショットをお送りいただけますか。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s29 rev2: satisfaction taken as given or set as a condition, in more forms (conditioned-ask.ts)', () => {
  it.each([
    // the future subjunctive "se gostar", the item to the buyer's taste
    'Se gostar do liquidificador, uma avaliação na Amazon faria toda a diferença.',
    'Quando gostarem das toalhas, umas estrelinhas na Amazon ajudariam demais.',
    'Ci fa piacere che il cuscino sia di suo gradimento: una recensione su Amazon sarebbe preziosa.',
    'Si la lámpara es de su agrado, una reseña en Amazon nos ayudaría mucho.',
    'Que bom que a mochila foi do seu agrado! Uma avaliação na Amazon ajudaria muito.',
    'Si le plaid est à votre goût, un petit avis sur Amazon serait précieux.',
    'Wenn die Tasse nach Ihrem Geschmack ist, würden wir uns über eine Bewertung auf Amazon freuen.',
    // a gerund of being at the clause head is "since"
    'Essendo contento della caffettiera, potrebbe lasciarci una recensione su Amazon?',
    'Estando satisfecha con la compra, ¿podría dejarnos una reseña en Amazon?',
    'Étant satisfait de la bouilloire, pourriez-vous laisser un avis sur Amazon ?',
    'Estando satisfeito com a compra, poderia deixar uma avaliação na Amazon?',
    // keigo between the cue and the gladness
    '便利にお使いいただけているようで何よりです。ぜひ商品ページにレビューをお寄せください。',
    '快適にご利用いただけているとのことで何よりです。よろしければレビューをお願いいたします。',
  ])('%s is leading', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    // near-misses: the taste or the gerund with no review asked, the dislike negated
    'Se não gostar da cor, pode trocar em até 30 dias.',
    'Se a cor não for do seu agrado, trocamos sem custo.',
    'Si le coloris n\'est pas à votre goût, nous l\'échangeons volontiers.',
    'Essendo il prodotto esaurito, le proponiamo un rimborso completo.',
    'Estando el pedido en reparto, no podemos cambiar la dirección.',
    'Wenn die Farbe nicht nach Ihrem Geschmack ist, tauschen wir die Tasse gern um.',
    '快適にお使いいただけているようで何よりです。何かございましたらご連絡ください。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Se a cor não for do seu agrado, pode deixar uma avaliação sincera na Amazon.',
  ])('%s asks, not leading', (text) => expect(rules(text)).toEqual(['review_request']));
});

describe('s29 rev2: a top count steered to or wished with the rating in view (review-change.ts wishedTop)', () => {
  it.each([
    'When you rate the blender, think of a five.',
    'If you review the jacket, go for a five - we worked hard on it.',
    'Wenn Sie den Toaster bewerten, denken Sie an eine Fünf.',
    'Si vous notez la bouilloire, pensez à un cinq.',
    'Cuando puntúe la sartén, piense en un cinco.',
    'Quando valuta il tostapane, pensi a un cinque.',
    'Quando for avaliar a chaleira, pensa nas cinco estrelas.',
    'Se for dar nota à mochila, a gente torce pelo cinco!',
    'Na hora de avaliar, torcemos pelas cinco.',
    'レビューを書いていただけるなら、満点だと嬉しいです。',
    '評価をつけていただく際は、星5つでお願いします。',
  ])('%s is leading', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    // near-misses: a count of things, a compound, a device level, thanks for a top score given
    'When you set up the rack, think of five shelves at most.',
    'Think of a five-step routine when you rate your sleep quality.',
    'Cuando valore la temperatura del horno, piense en un cinco.',
    'Wenn Sie die Stufe bewerten, denken Sie an die fünf Schrauben.',
    'Pense nas cinco peças quando montar o móvel.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    '星5つの評価、ありがとうございました。',
    '満点をつけてくださり、ありがとうございます。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s29 rev2: the review reminded as "don\'t let it slip" or "still missing", no asking verb (review-nudge.ts)', () => {
  it.each([
    'One more thing: your rating is still missing!',
    'Und nicht vergessen: Ihre Bewertung fehlt uns noch.',
    'PS: Ihre Rezension fehlt noch!',
    'Votre avis nous manque encore !',
    'PD: la valoración, ¡que no se le olvide!',
    'Su reseña, que no se nos olvide.',
    'P.S. la recensione, che non ce la dimentichiamo!',
    'PS: a avaliação, que não se esqueça!',
  ])('%s asks', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    // near-misses: something else missing, a review thanked, a denial
    'Der Deckel fehlt noch, wir schicken ihn morgen nach.',
    'Ihre Rücksendung fehlt uns noch - bitte geben Sie das Paket bei der Post ab.',
    'Il manque encore une pièce, nous vous l\'envoyons.',
    'Falta todavía el número de pedido para tramitar el cambio.',
    'Your tracking number is still missing from the label, we are fixing it.',
    'PS: Danke nochmal für Ihre Bewertung, die fehlt uns noch auf keiner Seite.',
    'Nos falta todavía su comentario sobre la dirección nueva.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});
