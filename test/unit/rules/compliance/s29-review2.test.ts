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
