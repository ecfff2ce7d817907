// Session 30, helper precb: review words in replies that explain, refuse or pass on, read by structure in our own words (not
// the batch's sentences) - each kind with wordings that must stay clean and near-misses that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s30 precb: the buyer who asked is told they can edit or delete their own review (review-explained.ts ownReviewEditTold)', () => {
  it.each([
    ['Yes, you can delete your review yourself at any time from your account. We have no access to it.', 'Can I take my review down?'],
    ['Sure - you can change the star rating on your review whenever you like; only you can do that.', 'I picked the wrong stars in my review, help?'],
    ['Ja, Sie können Ihre Rezension jederzeit selbst bearbeiten oder löschen. Wir als Händler haben darauf keinen Zugriff.', 'Kann ich meine Bewertung noch ändern?'],
    ['Oui, vous pouvez modifier ou supprimer votre avis depuis votre compte Amazon, à tout moment.', 'Puis-je changer mon avis ?'],
    ['Sí, puede modificar su reseña desde su cuenta cuando quiera. Nosotros no podemos tocarla.', '¿Puedo cambiar mi reseña?'],
    ['Certo, può eliminare la sua recensione dal suo account in qualsiasi momento. Noi venditori non possiamo farlo.', 'Posso cancellare la mia recensione?'],
    ['Pode sim: você pode alterar sua avaliação pela sua conta, quando quiser. A decisão é só sua.', 'Consigo mudar minha avaliação?'],
    ['投稿済みのレビューは、ご自身でいつでも削除できます。当店では操作できません。', 'レビューを消すことはできますか?'],
    ['Sí, puedes borrar tu opinión desde tu cuenta; es decisión tuya.', '¿Se puede borrar una opinión?'],
  ])('%s stays clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
  it.each([
    ['Now that it works, you can update your review - we would appreciate it.', 'Can I change my review?'],
    ['Sie können Ihre Bewertung jetzt gern auf 5 Sterne ändern, bitte.', 'Kann ich meine Bewertung ändern?'],
    ['Maintenant que tout est réglé, vous pouvez modifier votre avis ? Nous serions ravis.', 'Puis-je modifier mon avis ?'],
  ])('%s still flags', (text, buyer) => expect(rules(text, buyer)).toContain('leading'));
  it('a Japanese request to delete a low review with a refund stays leading', () =>
    expect(rules('全額返金いたしますので、低評価のレビューを削除していただけますでしょうか。', 'レビューを書きました。')).toContain('leading'));
});

describe('s30 precb: a review-for-reward trade refused, the negation before or after the phrase (tradeRefusedAround)', () => {
  it.each([
    'Non regaliamo prodotti in cambio di recensioni, mi dispiace.',
    'No regalamos productos a cambio de reseñas; así lo exige Amazon.',
    'Não damos brindes em troca de avaliações, é regra da Amazon.',
    'Gutscheine gegen Rezensionen geben wir grundsätzlich nicht.',
    'Erstattungen im Austausch für Bewertungen sind bei Amazon verboten.',
    'Des remises en échange d\'avis sont interdites par Amazon.',
    'レビューと引き換えに特典をお付けすることは規約で禁止されております。',
    '評価の見返りに割引を行うことはいたしかねます。',
    'Discounts in exchange for reviews are not allowed on Amazon, sorry.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    '評価と引き換えに割引をお付けします。',
    'Rabatte gegen Bewertungen bieten wir nicht an, aber für 5 Sterne gibt es einen Gutschein.',
    'We give a refund in exchange for a 5-star review.',
    'Le rimborsiamo il 10% in cambio di una recensione a 5 stelle.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('leading'));
});

describe("s30 precb: Amazon's own review mail explained, Amazon the subject that sends it (amazonsMailTold)", () => {
  it.each([
    ['Amazon sometimes sends its own e-mail inviting buyers to leave a review; that is optional and not from us.', 'Did you email me to rate the order?'],
    ['Amazon schickt manchmal selbst eine E-Mail, um eine Bewertung anzufragen - das ist freiwillig.', 'Haben Sie mir die Bewertungsmail geschickt?'],
    ['Amazon envoie parfois un e-mail pour demander de noter la commande, c\'est facultatif.', 'Vous m\'avez écrit pour noter ?'],
    ['Amazon envía a veces un correo para valorar el pedido, no somos nosotros.', '¿Me escribieron para valorar?'],
    ['Amazon invia talvolta una mail per lasciare una recensione: è facoltativa.', 'Mi avete scritto voi per la recensione?'],
    ['A Amazon envia às vezes um e-mail para avaliar o pedido; é opcional.', 'Foram vocês que pediram avaliação?'],
    ['Amazonから自動でレビュー依頼のメールが届くことがありますが、任意です。', 'レビューのメールは御社からですか?'],
    ['Amazon itself emails customers to ask for a rating after delivery - you can ignore it.', 'Why did I get a rating email?'],
  ])('%s stays clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
  it.each([
    'Amazon will send you a link to leave a review - please give us 5 stars there.',
    'We will send you a link to leave a review.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s30 precb: a new version the maker prepares after feedback passed on, nothing offered (makerPreparesVersion)', () => {
  it.each([
    "I've passed your notes to the manufacturer, who is preparing a new version of the manual.",
    'Ihre Hinweise haben wir an den Hersteller weitergegeben; er arbeitet an einer neuen Version der Anleitung.',
    'J\'ai transmis vos remarques au fabricant, qui travaille sur une nouvelle version de la notice.',
    'Hemos enviado sus comentarios al fabricante, que está preparando una nueva versión del manual.',
    'Ho girato le sue osservazioni al produttore, che sta preparando una nuova versione delle istruzioni.',
    'Repassamos suas observações ao fabricante, que está preparando uma nova versão do manual.',
    'The maker is working on a new model with a sturdier hinge, thanks to notes like yours.',
    'El proveedor ya trabaja en un nuevo modelo con mejor cierre gracias a sus comentarios.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'The maker is preparing a new version - order it now with code NEW10.',
    'Our new model is out now - buy it here with 10% off.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('marketing'));
});
