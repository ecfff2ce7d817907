// Session 31, helper prec31: compliant replies read by structure in our own words (not the batch's sentences) - each kind
// with wordings that must stay clean and near-misses that must still flag.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';

const rules = ruleLayer;
const reviewRules = (text: string, buyerMessage?: string) => rules(text, buyerMessage).filter((r) => r === 'leading' || r === 'review_request');

describe('s31 prec31: a buyer who asked whether they can change their review, told they can and where (ownReviewEditPermitted)', () => {
  it.each([
    ['Sure - you can delete or edit your review whenever you like from Your Account > Your reviews.', 'Is it possible to delete my review?'],
    ['Yes, you can update your own rating from Your Orders; we have no way to change it ourselves.', 'I rated too fast. Can I change my rating?'],
    ['Ja, Sie können Ihre Rezension jederzeit in Ihrem Konto unter Meine Rezensionen bearbeiten oder löschen.', 'Kann ich meine Bewertung noch ändern?'],
    ['Oui, vous pouvez modifier ou supprimer votre avis depuis votre compte Amazon, rubrique Vos commentaires.', 'Est-ce que je peux modifier mon avis ?'],
    ['Sí, puede editar o borrar su reseña cuando quiera desde su cuenta de Amazon.', '¿Puedo cambiar mi reseña?'],
    ['Certo, può modificare o eliminare la sua recensione dal suo account Amazon in qualsiasi momento.', 'Posso cambiare la mia recensione?'],
    ['Pode sim: você consegue e pode alterar ou apagar sua avaliação pela sua conta, quando quiser.', 'Como faço para apagar minha avaliação?'],
    ['はい、アカウントサービスの「レビュー」から投稿済みのレビューを修正できます。', 'レビューを修正することはできますか?'],
    ['Yes, you can correct the stars you picked - open your account, then Your reviews, and choose Edit.', 'I gave the wrong stars by mistake, how do I fix that?'],
  ])('%s stays clean', (text, buyer) => expect(reviewRules(text, buyer)).toEqual([]));
  it.each([
    // a refund or a fix before the permission: the change is its sequel (a swap offered)
    ['We have refunded you in full. You can now update your review from Your Orders.', 'Can I change my review?'],
    ['Now that the replacement has arrived, you can edit your review from Your Account.', 'Can I edit my review?'],
    ['Le abbiamo rimborsato tutto. Ora può modificare la sua recensione dal suo account.', 'Posso cambiare la mia recensione?'],
    ['O reembolso foi feito. Você pode alterar sua avaliação pela sua conta.', 'Posso mudar minha avaliação?'],
    ['Sie können Ihre Bewertung in Ihrem Konto auf 5 Sterne ändern.', 'Kann ich meine Bewertung ändern?'],
    ['Nous vous avons remboursé : vous pouvez modifier votre avis depuis votre compte.', 'Puis-je modifier mon avis ?'],
    ['Hemos reembolsado el importe. Puede cambiar su reseña desde su cuenta.', '¿Puedo cambiar mi reseña?'],
    // a steer: a star count, a higher rating, a wish
    ['You can edit your review to 5 stars from Your Orders.', 'Can I change my review?'],
    ['Sie können Ihre Bewertung im Konto gern erhöhen, wir würden uns freuen.', 'Kann ich meine Bewertung ändern?'],
    ['Você pode alterar sua avaliação pela sua conta, por favor faça isso.', 'Posso mudar minha avaliação?'],
    // no question from the buyer: the seller raises the change unasked
    ['You can change your review from Your Orders.', 'The lamp works now, thanks.'],
    ['返金いたしました。アカウントサービスからレビューを変更できます。', 'レビューを変更できますか?'],
  ])('%s still flags', (text, buyer) => expect(reviewRules(text, buyer).length).toBeGreaterThan(0));
});

describe("s31 prec31: a car part's original-equipment number is an id, not a phone (phone.ts ID_WORDS)", () => {
  it.each([
    'The pads BP-4471 (OE 04465-33471) fit your car.',
    'OEM number 04465 33471 is the one to order.',
    'Die OE-Nummer 04465-33471 passt zu Ihrem Auto.',
    'Passt laut Erstausrüster-Nummer 04465-33471 zu Ihrem Modell.',
    'La pièce (OE 04465-33471) correspond à votre véhicule.',
    'El número OEM 04465-33471 es el correcto para su coche.',
    'Il ricambio (OE 04465-33471) è compatibile con la sua auto.',
    'A peça (OEM 04465-33471) serve no seu carro.',
    'This matches original equipment part 04465-33471 exactly.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Call us on 01632 960123 for the OE part.',
    'OE parts are in stock. Call us on 01632 960123.',
    'For the OEM pads ring 01632 960123.',
    'Für OE-Teile rufen Sie uns an: 01632 960123.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('phone'));
});

describe('s31 prec31: a messenger named as one of a class of apps a product handles (messengerAmongApps)', () => {
  it.each([
    'The speaker plays sound from every calling app, WhatsApp included.',
    'The headset works for any video app such as Skype.',
    'Das Headset klappt mit allen Anruf-Apps wie WhatsApp oder Signal.',
    'Les écouteurs prennent en charge toutes les applis de visio, Skype compris.',
    'El altavoz sirve para todas las aplicaciones de llamada, incluida WhatsApp.',
    'Le cuffie vanno bene con tutte le app di chiamata, tra cui WhatsApp.',
    'A caixa de som toca o áudio de qualquer aplicativo de chamada, incluindo o WhatsApp.',
    'The webcam picks up in all meeting apps, Skype too.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Message us on any app you like, WhatsApp included.',
    "Écrivez-nous sur l'appli de votre choix, WhatsApp compris.",
    'Escríbanos por la aplicación que prefiera, incluida WhatsApp.',
    'Our team answers on all chat apps, WhatsApp included.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('offplatform'));
});
