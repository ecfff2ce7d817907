// The s17 reviewer's findings on the session's review-ask guards (items 2 and 11, and the should-fix on the fix given
// as a reason), each written here in other words and other languages: what the guards must still flag, and the
// cases they were written for, which must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('a path to change the review after a refund, to a buyer who asked about the refund (review 2)', () => {
  it.each([
    ['I gave one star because the box was crushed. Where is my money?', 'We have refunded the full amount. You can edit your rating with the button on the product page.'],
    ['I gave one star because the box was crushed. When will I get my money?', 'The full amount is back on your card. If you like, you can edit your review with the Edit button under Your Orders.'],
    ['Ich habe 1 Stern gegeben, weil das Paket kaputt war. Wo bleibt mein Geld?', 'Wir haben den vollen Betrag erstattet. Ändern Sie Ihre Bewertung einfach über die Schaltfläche unter Meine Bestellungen.'],
    ["J'ai mis 1 étoile car le colis était abîmé. Où en est mon remboursement ?", 'Le remboursement a été effectué. Vous pouvez modifier votre avis via le bouton dans Vos commandes.'],
    ['Dejé una estrella porque la caja llegó rota. ¿Dónde está mi dinero?', 'Ya le hemos devuelto todo el importe. Puede cambiar su valoración con el botón de Mis pedidos.'],
    ['Ho dato 2 stelle perché il pacco era in ritardo. Dov’è il mio rimborso?', "Abbiamo rimborsato l'intero importo. Può modificare la sua recensione dal pulsante in I miei ordini."],
    ['Dei 2 estrelas porque atrasou. Cadê meu reembolso?', 'O reembolso já foi feito. Você pode alterar sua avaliação pelo botão em Seus pedidos.'],
    ['配達が遅れたので星2つにしました。返金はどこですか？', '返金いたしました。注文履歴のボタンからレビューを変更していただけます。'],
  ])('%s', (buyerMessage, text) => {
    expect(rules(text, { buyerMessage })).toContain('leading');
  });

  it('a path to change a review answers only a buyer who asked how to change one, with no refund told', () => {
    // asked how to write one, told how to change one
    expect(rules('In Your Orders you can update your rating with the Edit button.', { buyerMessage: 'Where do I write a review?' })).toContain('leading');
    expect(rules('Unter Meine Bestellungen können Sie Ihre Bewertung über die Schaltfläche ändern.', { buyerMessage: 'Wo kann ich eine Rezension schreiben?' })).toContain('leading');
    // asked how to change one, but the path follows the refund
    expect(rules('We have refunded you. You can update your rating via the Edit button under Your Orders.', { buyerMessage: 'How do I change my review?' })).toContain('leading');
    expect(rules('Wir haben den Betrag erstattet. Unter Meine Bestellungen können Sie Ihre Bewertung über die Schaltfläche ändern.', { buyerMessage: 'Wie kann ich meine Bewertung ändern?' })).toContain('leading');
    expect(rules('Hemos arreglado el problema. Puede modificar su valoración desde el botón en Mis pedidos.', { buyerMessage: '¿Cómo modifico mi valoración?' })).toContain('leading');
  });

  it.each([
    ['How can I change my review? I gave it the wrong number of stars.', 'In Your Orders, open the order and click Edit review.'],
    ['Wie kann ich meine Bewertung ändern?', 'Unter Meine Bestellungen können Sie über die Schaltfläche „Rezension bearbeiten“ Ihre Bewertung ändern.'],
  ])('clean: the change path for a buyer who asked how to change: %s', (buyerMessage, text) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });
});

describe('one star named in a question is the seller reacting to a rating, not asking for one (review 11)', () => {
  it.each([
    '¿Una estrella para la freidora? Sentimos mucho que no le haya convencido; cuéntenos qué ha fallado y lo arreglamos.',
    'Une étoile pour la bouilloire ? Nous sommes navrés ; dites-nous ce qui ne va pas et nous trouverons une solution.',
    'Uma estrela para o liquidificador? Sentimos muito; conte pra gente o que aconteceu.',
    'Una stella per lo zaino? Ci dispiace molto, ci dica cosa non va e lo sistemiamo.',
  ])('clean: %s', (text) => {
    expect(rules(text)).not.toContain('review_request');
  });

  it.each([
    'Une petite étoile pour la bouilloire ? Merci d’avance.',
    '¿Una estrellita para la freidora? Es solo un minuto.',
    'Uma estrelinha pro liquidificador? Leva só um minutinho.',
    'Una stellina per lo zaino? Bastano pochi secondi.',
    '¿Unas estrellas para la freidora? Es solo un minuto.',
  ])('a diminutive or a few stars still ask: %s', (text) => {
    expect(rules(text)).toContain('review_request');
  });
});

describe('a refund or a case settled is no product working: the ask after it is plain, not leading (review should-fix)', () => {
  it.each([
    'Como el reembolso ya está resuelto, le dejamos el enlace para valorar el producto si lo desea.',
    "Since your refund has been fully resolved, you're welcome to leave a review whenever you like.",
    'Comme le remboursement est réglé, vous pouvez laisser un avis si vous le souhaitez.',
    'Da die Erstattung jetzt gelöst ist, können Sie gern eine Bewertung schreiben.',
    '返金の件が解決しましたので、よろしければレビューをお願いいたします。',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain('review_request');
    expect(found).not.toContain('leading');
  });

  it.each([
    // the item fixed given as the reason stays leading, with "as"/"como" at the head of the clause
    'As the heater works again now, would you mind leaving a review?',
    'Como la freidora ya está arreglada, ¿podría dejarnos una reseña?',
    'Since the lamp is fixed now, would you mind leaving a review?',
  ])('still leading: %s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
});
