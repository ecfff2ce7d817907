// Session 28, helper rev: the review-ask kinds of the s28 kind list, read by structure in our own words (not the batch's
// sentences), with near-misses that must stay as they are - and, beside each guard, violations that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds among the review ones (the learned layer's findings left out). */
const REVIEW_RULES = new Set(['leading', 'review_request', 'review_channel']);
const rules = (text: string, buyerMessage?: string) =>
  [
    ...new Set(
      checkMessage(text, { buyerMessage })
        .filter((f) => f.layer !== 'model' && REVIEW_RULES.has(f.rule))
        .map((f) => f.rule),
    ),
  ].sort();

describe('s28 rev: the buyer\'s threat read by the seller and reported back (reported-threat.ts)', () => {
  it.each([
    'We saw in your message that you\'ll leave a 1-star review unless it arrives. It is out for delivery.',
    'Ich habe gelesen, dass Sie eine negative Rezension schreiben, falls das Paket fehlt. Es ist unterwegs.',
    'J\'ai lu que vous alliez laisser un avis négatif. Le colis arrive demain.',
    'He leído que va a dejar una reseña negativa. El paquete llega mañana.',
    'Li que você vai deixar uma avaliação negativa. O pacote chega amanhã.',
    'Abbiamo letto che vuole lasciare una recensione negativa; il corriere consegna domani.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'I read your note that you\'d leave a review - please do, five stars would be great.',
    'We saw that you\'ll post a one-star review; could you post a five-star one instead?',
    'Ho letto che intende lasciare una recensione: la lasci pure, grazie!',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s28 rev: the seller refusing to ask for a change, with an auxiliary or "a gente" (review-change.ts SELLER_ASKS, ja.ts)', () => {
  it.each([
    'No vamos a pedirle que modifique su reseña; es cosa suya.',
    'Não vamos pedir que você altere sua avaliação.',
    'A gente não pede pra ninguém apagar avaliação, fique tranquilo.',
    'Nous n\'allons pas vous demander de modifier votre avis.',
    '評価の修正や削除をお願いすることは決してございません。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'No le vamos a pedir mucho: solo que cambie su valoración.',
    'A gente não pede muito, mas poderia remover a avaliação?',
    'Vamos a pedirle que cambie su valoración ahora que tiene la funda nueva.',
    'A gente pede que você remova a avaliação, já que devolvemos o dinheiro.',
    'レビューの変更をお願いできませんでしょうか。',
  ])('%s still asks for the change (leading)', (text) => expect(rules(text)).toContain('leading'));
});

describe('s28 rev: a star count that classes a hotel (device-setting.ts hotelStarClass)', () => {
  it.each([
    'Das Hotel hat fünf Sterne.',
    'Die Handtücher kommen aus einem Hotel mit fünf Sternen in Wien.',
    'Ce sont les draps d\'un hôtel cinq étoiles parisien.',
    'Es la misma almohada que usan los hoteles de cinco estrellas.',
    'São os mesmos lençóis de hotéis cinco estrelas.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Hotel oder nicht - geben Sie uns bitte fünf Sterne!',
    'Wie in einem Hotel mit fünf Sternen? Dann geben Sie uns bitte fünf Sterne!',
    'Come in un hotel a cinque stelle: ci lasci cinque stelle nella recensione!',
    'Five stars, please - like the hotel!',
  ])('%s still asks for five stars (leading)', (text) => expect(rules(text)).toContain('leading'));
});

describe('s28 rev: a threatened or low review held back until the seller has acted (review-change.ts heldBackReviews)', () => {
  it.each([
    ['Könnten Sie mit der negativen Bewertung noch warten, bis der Ersatz da ist?', undefined],
    ['Could you hold off on the review until the new blender arrives?', 'This is junk, 1 star coming.'],
    ['Espere, por favor, para publicar su opinión hasta que reciba la nueva pieza.', 'Voy a poner una reseña negativa.'],
    ['Aspetti a scrivere la recensione finché non arriva il ricambio, per favore.', 'Lascio una recensione negativa.'],
    ['Give us two days before you write anything, please - the new part is on its way.', 'Worst purchase ever, writing a review now.'],
    ['Merci de patienter avant de poster votre avis : le remplacement arrive jeudi.', 'Je vais laisser une étoile.'],
    ['Nos dê até sexta antes de postar qualquer coisa, por favor.', 'Vou deixar uma avaliação de uma estrela.'],
    ['新しい商品が届くまで、レビューの投稿はお待ちいただけますと幸いです。', '星1つにします。'],
  ])('%s is leading only', (text, buyer) => expect(rules(text, buyer)).toEqual(['leading']));
  it.each([
    ['Bitte warten Sie auf den Anruf des Kuriers.', undefined],
    ['Attendez la livraison avant de nous écrire.', undefined],
    ['Espere a que llegue el técnico.', '¿Cuándo llega el técnico?'],
    ['Danke, dass Sie mit Ihrer Bewertung gewartet haben. Der Ersatz ist da.', 'Ich wollte eine schlechte Bewertung schreiben.'],
    ['Please wait for the courier to collect it; the refund follows the next day.', 'I will leave a bad review.'],
  ])('%s stays clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
  it.each([
    ['Please wait for the new one, then give us five stars!', 'I will leave a bad review.'],
    ['Once the new part is there, please leave a review.', 'I will leave a bad review.'],
    ['Espere a que llegue y déjenos una reseña de cinco estrellas.', 'Voy a poner una reseña negativa.'],
  ])('%s still asks for a review', (text, buyer) => expect(rules(text, buyer)).toContain('review_request'));
});

describe('s28 rev: a top count wished, hoped for or made the condition of delight, the noun left out (review-change.ts wishedTop)', () => {
  it.each([
    'When you rate the lamp, five would totally make our week.',
    'Falls Sie die Mühle bewerten: fünf wären super!',
    'Fingers crossed for full marks from you!',
    'On croise les doigts pour un cinq !',
    'Se ci dà un cinque, ci fa la giornata!',
    'Se você der um cinco, faria nosso dia!',
    'If you give it a five, we\'d be thrilled.',
    'Manda aquele cinco pra gente quando puder!',
    '星5つをいただけたら嬉しいです。',
  ])('%s is leading + review_request', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    'Five would be plenty - we\'ll send two packs of five.',
    'Sind fünf genug? Fünf wären kein Problem.',
    'Si le pone un cinco de sal, queda perfecto.',
    'Cinco minutos serían suficientes para calentar.',
    'Level 5 would be too hot for the fabric.',
    'How many spare filters do you need? Five would be enough, I think.',
    'Se puder, dá aquele toque pra gente quando chegar.',
    'We hope for five sunny days so you can try the tent.',
    '満点の星空を楽しめるテントです。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'We would never ask for five, but a review would be great.',
  ])('%s (a refusal, then an ask) still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s28 rev: the buyer\'s words passed on to the listing, no review word (conditioned-ask.ts praisePassedOn)', () => {
  it.each([
    ['Danke! Das dürfen Sie gern genau so auf der Produktseite schreiben.', 'Die Pfanne ist super!'],
    ['¡Gracias! ¿Le importaría contarlo en la página del producto para otros compradores?', 'El colchón es perfecto.'],
    ['Thank you! Could you maybe say the same on the product page for other shoppers?', 'Love it, works perfectly.'],
    ['Grazie! Se vuole, lo scriva anche nella pagina del prodotto.', 'Ottimo prodotto, funziona benissimo.'],
    ['ありがとうございます。そのご感想を商品ページでも共有していただけたら嬉しいです。', 'とても便利です。'],
  ])('%s is leading + review_request', (text, buyer) => expect(rules(text, buyer)).toEqual(['leading', 'review_request']));
  it.each([
    'Could you share that on the product page too?',
    'Pourriez-vous dire ça aux autres clients sur la fiche du produit ?',
    'Que tal contar isso na página do produto?',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    ['We\'ll put that on the listing so others know the size runs small.', 'The size runs small, love the colour though!'],
    ['Could you tell us which colour the product page shows?', undefined],
    ['Thanks! The size chart is on the product page, could you check it there?', 'Great jacket!'],
    ['Wir schreiben das gern auf der Produktseite dazu, danke für den Hinweis!', 'Toll, aber die Anleitung fehlt.'],
    ['Can you send us a photo of it? Amazon asks for one.', 'Perfect item but the lid cracked.'],
  ])('%s stays clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
});

describe('s28 rev: a need or a worth of reviews, also after a disclaimer and "but" (review-nudge.ts VALUED, denies)', () => {
  it.each([
    'Honestly, we could really use a few more reviews on the grinder.',
    'Wir brauchen dringend Bewertungen für die neue Mühle.',
    'Necesitamos reseñas de clientes como usted.',
    'Ci servirebbe tanto una sua recensione.',
    'Precisamos muito de avaliações de clientes como você.',
    'Nous aurions vraiment besoin de votre évaluation sur Amazon.',
    'No pressure at all, but a review would mean the world to us.',
    'Kein Muss, aber eine Bewertung würde uns sehr viel bedeuten.',
    'Sin compromiso, pero una reseña sería una ayuda enorme para nosotros.',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'We need your order number to check the refund.',
    'We need a few days to review your claim.',
    'Necesitamos la foto del defecto para tramitar la garantía.',
    'Abbiamo bisogno del numero d\'ordine per il rimborso.',
    'Precisamos do endereço completo para o reenvio.',
    'Nous avons besoin de votre adresse pour l\'échange.',
    'We don\'t ask for reviews, but every order means a lot to us.',
    'Wir bitten nie um Bewertungen, aber jede Bestellung zählt für uns.',
    'Thanks for your review, but every order means a lot to us.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s28 rev: a P.S. or a "think of it" about the review, no asking verb (review-nudge.ts reviewRemindersNoVerb)', () => {
  it.each([
    'Pensez à l\'avis, ça nous aide !',
    'Acuérdese de la reseña cuando tenga un momento.',
    'Lembre da avaliação, tá?',
    'P.S. The review - whenever you get a minute.',
    'PD: la reseña, cuando pueda.',
    'Remember the review when you have a moment!',
    'Und denken Sie an die Rezension, falls noch nicht erledigt.',
    '追伸：レビューもお忘れなく。',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'P.S. Thanks again for the lovely review!',
    'PS: Denken Sie an die Rechnung im Karton.',
    'Remember that reviews can only be written after delivery.',
    'P.S. Amazon will remind you about the review itself.',
    'P.S. Whenever you get a minute, could you check the hinge screws?',
    'Si ricordi di conservare la scatola per il reso.',
    'Lembre-se de guardar a nota fiscal.',
    'We remember your review from last year and have improved the lid.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s28 rev: impressions asked as a reply to this message (impressions-channel.ts HERE_AS_REPLY)', () => {
  it.each([
    'Share your impressions of the kettle by replying to this message - we read every one.',
    'Partagez vos impressions sur la théière en répondant à ce message.',
    'Ci racconti le sue impressioni sulla lampada rispondendo a questo messaggio.',
    'Conte o que achou da mochila respondendo esta mensagem.',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'If anything is wrong, send us a photo by replying to this message.',
    'Bitte schicken Sie uns Ihre Bestellnummer direkt hier als Antwort.',
    'Cuéntenos qué talla necesita respondiendo a este mensaje.',
    'Please don\'t send your impressions by replying to this message; Amazon\'s review page is the place.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s28 rev: a posted review asked to be deleted with a date between (review-change.ts DELETE_SPLIT)', () => {
  it.each([
    'Would you be willing to delete your review from 03.12. now that the refund is through?',
    'Könnten Sie Ihre Bewertung vom 3.4. bitte entfernen?',
    'Könnten Sie die 2-Sterne-Bewertung bitte zurückziehen?',
    '¿Podría eliminar su reseña del 12.03., por favor?',
    'Potrebbe cancellare la recensione del 12.03. per favore?',
    'Poderia apagar sua avaliação do dia 12.03.?',
  ])('%s is leading only', (text) => expect(rules(text)).toEqual(['leading']));
  it.each([
    'Danke, dass Sie die Rezension vom 12.03. gelöscht haben.',
    'Wir würden Sie nie bitten, die Rezension vom 12.03. zu löschen.',
    'Könnten Sie die Rechnung vom 12.03. löschen?',
    'Ihre Bewertung vom 12.03. haben wir gelesen; den Deckel können Sie einfach entfernen.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s28 rev: how to rate the seller, asked with "noter" (context-guards.ts askedAboutReviews)', () => {
  it('the path with its quoted button is no ask', () =>
    expect(rules('Sur amazon.fr, ouvrez « Vos commandes » puis cliquez sur « Évaluer le vendeur ». Amazon gère cette partie.', 'Comment noter le vendeur ?')).toEqual([]));
  it.each([
    'Cliquez sur « Évaluer le vendeur » et mettez-nous 5 étoiles, merci !',
    'Cliquez sur « Donner un avis » - et un avis de votre part nous ferait vraiment plaisir !',
    'Pourriez-vous nous noter ? Cliquez sur « Donner un avis ».',
  ])('%s still asks', (text) => expect(rules(text, 'Comment je fais pour noter un vendeur ?')).toContain('review_request'));
});

describe('s28 rev: "drop us a line" names no channel by itself (en drop-us-a-line)', () => {
  const offplatform = (text: string) => checkMessage(text).some((f) => f.layer !== 'model' && f.rule === 'offplatform');
  it('a line dropped here about the review is no channel', () => expect(offplatform('The part is in the post. Do drop us a line when your review goes up!')).toBe(false));
  it.each([
    'Drop us a line at help [at] oakhollow [dot] com and we will sort it.',
    'No need to go through Amazon - just drop us a line and we sort it directly.',
    'Feel free to drop us a text.',
  ])('%s is offplatform', (text) => expect(offplatform(text)).toBe(true));
});

describe('s28 rev round 2: held until a fix, wished top counts with a rating verb, "let us know when it is up" in romance languages', () => {
  it.each([
    'I\'d really appreciate it if you could hold your rating until the new cable arrives.',
    'Le pediría que espere con su valoración hasta recibir el cambio.',
    'Peço que aguarde para avaliar até o novo chegar.',
    '交換品が届くまで、レビューの投稿を保留していただけますでしょうか。',
  ])('%s is leading only', (text) => expect(rules(text)).toEqual(['leading']));
  it.each([
    'Please wait until the replacement arrives, then leave a review.',
    'Warten Sie bitte, bis der Ersatz da ist, und schreiben Sie dann eine Bewertung.',
    'Espere a que llegue el repuesto y luego deje su reseña, por favor.',
  ])('%s (a new review asked after the wait) keeps its review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Please wait until the replacement arrives before you open a new return.',
    'Warten Sie bitte, bis der Ersatz da ist.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Si la valora, un cinco sería lo máximo.',
    'Se valuta il prodotto, un cinque ci renderebbe felici.',
  ])('%s is leading + review_request', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    'Dites-nous quand votre note est publiée.',
    'Avísenos cuando haya publicado su reseña.',
    'Ci dica quando ha pubblicato la recensione.',
    'PS: Falls Sie Zeit haben - die Rezension!',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Dites-nous quand le colis est arrivé.',
    'Ci dica quando ha ricevuto il pacco.',
    'Avísenos cuando haya publicado su dirección nueva en la cuenta.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});
