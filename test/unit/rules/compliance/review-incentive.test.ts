// A reward tied to a review, read from its structure in every checker language
// (rules/compliance/detectors/review-incentive.ts): a draw among reviewers, an exchange, a condition
// whose object is the review, proof of the review. Each near-miss below has a reward and a review word
// in one sentence, and no tie between them.
import { describe, expect, it } from 'vitest';
import { reviewIncentives } from '../../../../rules/compliance/detectors/review-incentive';
import { normalize } from '../../../../rules/compliance/normalize';

const found = (text: string) => [...new Set(reviewIncentives(normalize(text).text).map((s) => s.rule))].sort();

describe('review incentives', () => {
  it.each([
    ['de', 'Unter allen Kunden, die bis zum 31.03. ihre Meinung zu unserem Grill auf Amazon hinterlassen, verlosen wir einen 50-€-Einkaufsgutschein.'],
    ['fr', "Chaque mois, nous tirons au sort un bon d'achat de 50 € parmi les clients qui ont partagé leur avis sur nos produits."],
    ['es', 'Si nos mandas el enlace de tu reseña, te hacemos el reembolso del 20 % del pedido como agradecimiento.'],
    ['pt', 'Todo mês sorteamos um vale-compras de R$ 100 entre os clientes que deixaram sua opinião sobre nossos produtos.'],
    ['it', 'Come ringraziamento per la sua recensione le invieremo un buono sconto di 10 euro.'],
    ['en', "Send us a screenshot of your review and we'll refund 10 € as a thank-you."],
    ['en', 'If you already left a review, send us the screenshot and we will send you a $10 voucher.'],
    ['ja', 'レビューを投稿いただいた方の中から抽選でギフト券をプレゼントいたします。'],
  ])('%s: a reward tied to a review is leading and a review ask', (_lang, text) => {
    // (a prize draw among the reviewers in the spaced languages is also marketing, as the README conventions label it - s23 rev)
    expect(found(text).filter((r) => r !== 'marketing')).toEqual(['leading', 'review_request']);
  });

  it('a reward for changing a review is leading only (no new review is asked for)', () => {
    expect(found('Nous vous remboursons intégralement si vous retirez votre avis d\'une étoile.')).toEqual(['leading']);
    expect(found('Wir erstatten Ihnen 10 €, wenn Sie Ihre Bewertung ändern.')).toEqual(['leading']);
  });

  it.each([
    ['a refusal', 'Lo sentimos, no ofrecemos reembolsos a cambio de retirar una opinión.'],
    ['a refusal (en)', 'We cannot offer a refund or a gift card in exchange for a review.'],
    ['the review is up to the buyer', "If you'd like a refund, just let us know - leaving a review is entirely up to you."],
    ['a review the seller read', 'We saw your review about the broken lid and have sent you a free replacement.'],
    ['free returns are service', 'If you leave a review, please mention the size; we also offer free returns.'],
    ['a refund already made, after a semicolon', 'Wenn Sie eine Bewertung schreiben möchten, finden Sie den Link unter Meine Bestellungen; die Erstattung ist bereits veranlasst.'],
    ['a reward with no review', 'Si vous retournez l\'article, nous vous rembourserons 20 € sous 48 h.'],
    ['whatever the review', 'Le remboursement vous est acquis, quel que soit votre avis sur le produit.'],
    // a condition about the return, an assessment of the item (reviewer, s11)
    ['a return, then "we\'ll review it"', "Once you send the item back, we'll review it and issue a full refund."],
    ['a return, then an assessment (de)', 'Sobald Sie das Gerät zurückgeschickt haben, erfolgt eine Bewertung durch unsere Technik und anschließend die Erstattung.'],
    ['a return, then an assessment (ja)', '商品をご返送いただけましたら、状態を評価したうえで返金いたします。'],
    ['"feel free"', 'If you have any feedback about the fit, feel free to message us here.'],
    ['"vale" = OK', 'Vale, si nos confirma su opinión sobre la nueva talla, le enviamos el cambio.'],
    ['"buono" = good', 'Se ci manda una foto, le diamo la nostra opinione: il prodotto sembra in buono stato.'],
  ])('quiet on %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });
});
