// Session 29, helper rev: review words in another sense or told as facts, read by structure in our own words (not the batch's
// sentences) - each kind with wordings that must stay clean and near-misses of the guard that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s29 rev: feedback on a proof or draft before production (feedback-on-work.ts)', () => {
  it.each([
    'The mock-up for your engraved cutting board is attached. Please look it over and give us your feedback on whether the names are spelled right before we cut.',
    'Im Anhang finden Sie den Entwurf Ihrer Gravur. Geben Sie uns bitte Rückmeldung, ob Schrift und Datum passen, bevor wir fertigen.',
    'Le enviamos el boceto del grabado. Díganos su opinión sobre la tipografía antes de que lo pasemos a producción.',
    '刻印のデザイン案を添付いたします。文字に誤りがないか、フィードバックをお願いいたします。確認後に製作を開始します。',
    'Here is the draft of the print. Could you send us your feedback on the layout? We start production once you confirm.',
    'Ci-joint l\'épreuve de votre gravure : merci de nous faire un retour sur le texte avant la mise en production.',
    'In allegato trova la bozza dell\'incisione: ci dia un suo riscontro sul testo prima della produzione.',
    'Segue em anexo a prévia da gravação. Pode nos dar um retorno se o nome está certo antes de produzirmos?',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Please leave feedback for the draft we sent - it helps other buyers.',
    'Here is the proof of your order. Once it arrives, please rate us on Amazon.',
    'Der Entwurf ist fertig. Bitte hinterlassen Sie eine Bewertung, sobald das Brett ankommt.',
    'Please give us your feedback on Amazon once the engraved board arrives.',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s29 rev: an opinion on a pick for a replacement, the choice laid out (choice-opinion.ts opinionOnPick)', () => {
  it.each([
    'The grey throw is out of stock. Your opinion on the colour would help us pick the replacement: we still have sand and navy. Which do you prefer?',
    'Die Tasse in Blau ist leider vergriffen. Ihre Meinung zur Farbe hilft uns bei der Auswahl des Ersatzes: Weiß oder Grün gibt es noch. Was ist Ihnen lieber?',
    'Votre avis sur la taille nous aiderait à choisir l\'échange : il reste du M et du L. Laquelle vous convient ?',
    'Para elegir el cambio necesitamos su opinión sobre el color: nos queda en gris y en azul. ¿Cuál prefiere?',
    'Per scegliere la sostituzione ci serve il suo parere sul colore: abbiamo ancora il rosso e il blu. Quale preferisce?',
    'Para escolher a troca, queremos a sua opinião sobre a cor: temos ainda preto e cinza. Qual prefere?',
    '交換品のサイズについて、お客様のご意見をお聞かせください。MとLでしたらすぐにご用意できます。',
    '代替品のデザインを決めるため、ご意見をお聞かせください。花柄と無地のどちらがよろしいでしょうか。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Your opinion on the colour would help other buyers - please share it in a review.',
    'Votre avis sur la couleur aiderait les autres acheteurs : laissez-le sur Amazon !',
    'ご意見をお聞かせください。今後の商品作りの参考にいたします。',
    'Ihre Meinung zur Farbe hilft anderen Käufern: Schreiben Sie bitte eine Bewertung auf Amazon - Blau oder Grün?',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s29 rev: who writes reviews and what customers may do, told as facts (review-fact.ts)', () => {
  it.each([
    'Sellers have no access to who writes the reviews on Amazon and cannot link them to an order.',
    'Los vendedores no tienen acceso a quien escribe las reseñas en Amazon.',
    'I venditori non hanno accesso a chi scrive le recensioni su Amazon.',
    'Les vendeurs n\'ont pas accès à qui rédige les avis sur Amazon.',
    'Amazon lascia ogni cliente libero di lasciare la propria recensione su un prodotto.',
    'A Amazon deixa cada cliente livre para dar a sua opinião sobre um produto.',
    'Amazon lets every customer share their opinion about a product freely; that is not up to us.',
    '申し訳ございませんが、当店ではレビューの投稿者を特定することはできません。',
    '大変恐縮ですが、レビューと引き換えに返金することはいたしかねます。',
    'Es tut uns leid, aber eine Erstattung im Austausch gegen eine Bewertung können wir nicht anbieten.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Every customer who leaves a review gets a gift card from us.',
    'Amazon lets you leave a review - please do it today!',
    'We never know who writes the reviews, so please leave one for us!',
    'Chi scrive una recensione riceve un buono sconto.',
    'レビューと引き換えに返金いたしますので、星5をお願いします。',
    'レビューを書いていただくことはできませんか。',
    'Eine Bewertung können wir nicht erzwingen, aber bitte schreiben Sie uns eine!',
  ])('%s still asks', (text) => expect(rules(text).some((r) => r === 'review_request' || r === 'leading')).toBe(true));
});

describe('s29 rev: a rating word in the bracket naming the ordered item (check.ts ratingInOrderReference)', () => {
  it.each([
    'Your order 114-2233445-5566778 (Five Star Grill Set, 12 pieces) was handed to UPS today.',
    'Ihre Bestellung 302-1234567-7654321 (Fünf-Sterne Messerblock, Eiche) ist unterwegs.',
    'Ihre Bestellung 302-7654321-1234567 (Fünf-Sterne Pfannenset, 3-teilig) ist heute rausgegangen.',
    'Votre commande 402-1234567-7654321 (Coffret Cinq Étoiles, 6 verres) est partie ce matin.',
    'Seu pedido 701-1234567-7654321 (Kit Cinco Estrelas, 5 peças) foi enviado hoje.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Bitte bewerten Sie das Fünf-Sterne Grillbesteck mit fünf Sternen!',
    'Ihre Bestellung 302-1234567-7654321 (Fünf-Sterne Grillbesteck) ist da. Bitte geben Sie uns fünf Sterne!',
    'Your order 114-2233445-5566778 (please rate it five stars!) has shipped.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('leading'));
});

describe('s29 rev: a new version of a document sent with the message (promotion.ts DOCUMENT_SENT)', () => {
  it.each([
    'Thanks for your review. You were right, the manual was too short; the new version with drawings is attached as a PDF.',
    'Danke für Ihre Rezension. Die Anleitung war zu knapp; die neue Version hängt als PDF an.',
    'Merci pour votre avis. La nouvelle version de la notice est jointe en PDF.',
    'Grazie per la recensione. La nuova versione del manuale è in allegato in PDF.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Die neue Version unseres Grills ist jetzt erhältlich.',
    'Our new version of the lamp is now available in our store.',
    'The new version of our kettle is out now - see the attached flyer for 10% off.',
  ])('%s still promotes', (text) => expect(rules(text)).toContain('marketing'));
});

describe('s29 rev: a top star count expected or counted on (review-change.ts EXPECT_BEFORE, TOP_AWAITED_JA)', () => {
  it.each([
    'We\'re counting on your five stars!',
    'Great, the refund is on its way - we look forward to your 5 stars.',
    'Wir zählen auf Ihre 5 Sterne.',
    'Nous comptons sur vos 5 étoiles !',
    'Contamos con sus cinco estrellas.',
    'Aspettiamo le sue cinque stelle.',
    'Aguardamos suas cinco estrelas.',
    '星5つをお待ちしております。',
  ])('%s is leading', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    'Esperamos 5 días más y le enviamos otro.',
    'We look forward to your 5 photos of the damage.',
    'Contamos com as suas 5 peças de volta até sexta.',
    'Nous attendons vos 5 colis demain.',
    '5つ星ホテルでも使われているタオルです。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s29 rev: a screenshot asked with the review named in the sentence before (review-screenshot.ts)', () => {
  it.each([
    'Thanks so much for your review! Could you send us a screenshot of it?',
    'Danke für Ihre Bewertung! Könnten Sie uns bitte einen Screenshot schicken?',
    'Vielen Dank für die fünf Sterne. Schicken Sie uns bitte ein Bildschirmfoto davon.',
    'Merci pour votre avis publié ce matin. Pouvez-vous nous envoyer une capture d\'écran ?',
    'Gracias por su reseña. ¿Podría enviarnos una captura de pantalla para el álbum del equipo?',
    'Grazie per la recensione! Ci mandi uno screenshot, per favore?',
    'Obrigado pela avaliação! Pode mandar um print da tela pra gente?',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'Thanks for your review. Could you send us a screenshot of the error message so we can fix it?',
    'Danke für Ihre Bewertung. Könnten Sie uns einen Screenshot der Fehlermeldung schicken?',
    'Gracias por su reseña. ¿Podría enviarnos una captura de pantalla del error?',
    'Thanks for your review. No need to send a screenshot, we found the issue.',
    'Could you send us a screenshot of the app settings? The lamp should then pair.',
    'Merci pour votre avis. Nous vous envoyons une capture d\'écran de la notice.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s29 rev: a posted review wished no longer online (review-change.ts offlineReviewWished)', () => {
  it.each([
    'Now that the handle is fixed, it would be great if the one-star review were no longer online.',
    'Da alles behoben ist, wäre es schön, wenn Ihre 1-Sterne-Bewertung nicht mehr sichtbar wäre.',
    'Ce serait bien que votre avis à deux étoiles ne soit plus en ligne.',
    'Sería genial que la reseña de una estrella ya no estuviera visible.',
    'Sarebbe bello se la recensione da due stelle non fosse più online.',
    'Seria ótimo se a avaliação de 1 estrela não ficasse mais no ar.',
  ])('%s is leading only', (text) => expect(rules(text)).toEqual(['leading']));
  it.each([
    'Your review is no longer online - Amazon removed it, we did not ask for that.',
    'The listing is no longer online, so we would refund you instead.',
    'Die Bewertung ist nicht mehr online, Amazon hat sie entfernt.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

// (s29 review, must-fix 1-4) the fact guards (review-fact.ts) must not clear an ask or a trade beside the fact: a top score or a
// positive review named, a condition on the review, "can you" / "go ahead" - written for the guard, in our own words.
describe('s29 review: a fact about reviews never clears a steer, a trade or an ask in its sentence (review-fact.ts STEERED)', () => {
  it.each([
    'Buyers can post a 5-star review at any time, so go ahead and post yours now.',
    'Every buyer may leave a review, and we hope yours will be four stars or more.',
    'Could you be one of the customers who write a five-star review?',
    '星5つのレビューを書いていただかないと、交換はできかねます。',
    'Ohne eine positive Bewertung können wir den Betrag leider nicht erstatten.',
    'Sans un avis positif, nous ne pouvons pas rembourser.',
  ])('%s still flags', (text) => expect(rules(text).some((r) => r === 'review_request' || r === 'leading')).toBe(true));
  it.each([
    "Amazon lets every customer rate a product, whether positive or negative; that is not ours to decide.",
    'We have no way to see who writes the reviews on Amazon.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

// (s29 review, 7) a 100k run with review asks and no sentence stop the incentive pairing could read threw into the composer
describe('s29 review: long runs of review asks without a readable sentence do not throw (review-incentive.ts)', () => {
  it.each([
    ['a removal wish', 'wäre schön wenn die bewertung nicht mehr '.repeat(2500)],
    ['facts about reviewers', 'who write reviews customers can review '.repeat(2600)],
  ])('%s', (_name, text) => {
    expect(() => checkMessage(text, {})).not.toThrow();
  }, 60_000);
});
