// s33 prec33: false alarms of the s30 second writers and s31-g3/g4 batches, each fixed at its cause and written here in other
// words (none of the rows' sentences), with the near-misses beside them that must keep their finding.
import { describe, expect, it } from 'vitest';

import { pointsToDocument } from '../../../../rules/compliance/detectors/offsite-invite';

import { hasRule, lacks, rules, type Case } from './helpers/cases';

const pairs = (cases: Case[]): [string, string][] => cases.map((c) => (typeof c === 'string' ? [c, ''] : c));
/** No review finding, leading or review_request. */
const noReviewFinding = (cases: Case[]) =>
  it.each(pairs(cases))('no review finding: %s', (text, buyerMessage) => {
    expect(rules(text, buyerMessage ? { buyerMessage } : undefined).filter((r) => r === 'leading' || r === 'review_request')).toEqual([]);
  });
/** Each case keeps a review finding, leading or review_request. */
const asksReview = (cases: Case[]) =>
  it.each(pairs(cases))('still asks: %s', (text, buyerMessage) => {
    expect(rules(text, buyerMessage ? { buyerMessage } : undefined).some((r) => r === 'leading' || r === 'review_request')).toBe(true);
  });

describe('a buyer\'s stars-for-discount offer turned down: "we don\'t do / give X in exchange for stars" (refusal.ts, review-incentive.ts)', () => {
  noReviewFinding([
    'Thanks for the offer, but we don\'t do refunds in exchange for stars. We are sending the missing lid today anyway.',
    'Danke für das Angebot, aber wir machen keine Rabatte gegen Sterne. Der fehlende Deckel geht trotzdem heute raus.',
    'Merci pour la proposition, mais nous ne faisons pas de remise en échange d\'étoiles.',
    'Gracias por la propuesta, pero no hacemos descuentos a cambio de estrellas. Le mandamos hoy la tapa que faltaba.',
    'Gracias, pero no damos cupones a cambio de estrellas.',
    'Grazie, ma non facciamo buoni sconto in cambio di stelle. Il coperchio mancante parte oggi.',
    'Grazie, ma non diamo rimborsi in cambio di stelle.',
    'Obrigado pela ideia, mas não fazemos desconto em troca de estrelas.',
    'Obrigado, mas não damos cupom em troca de avaliação. A tampa que faltou vai hoje, sem custo.',
  ]);
  asksReview([
    'Non facciamo sconti, ma un buono in cambio di cinque stelle sì.',
    'Damos um cupom em troca de estrelas no seu próximo pedido.',
    'We do refunds in exchange for stars.',
  ]);
});

describe("Amazon's review mail that arrives from Amazon, not from us (context-guards.ts AMAZON_SENDS, NOT_FROM_US)", () => {
  noReviewFinding([
    ['Il messaggio che la invita a valutare il prodotto arriva da Amazon in automatico, non da noi.', 'Perché ricevo mail per lasciare una recensione?'],
    ['El correo que le pide valorar la compra llega de Amazon automáticamente, no de nosotros.', '¿Me mandaron ustedes un correo para la reseña?'],
    ['O e-mail que pede para avaliar a compra chega da Amazon, não de nós.', 'Vocês me mandaram um e-mail pedindo avaliação?'],
  ]);
  asksReview([
    // told unasked, or with an ask of ours: still a nudge
    'Il messaggio che la invita a valutare il prodotto arriva da Amazon in automatico: la preghiamo di valutare con 5 stelle.',
    ['Il messaggio arriva da Amazon, ma la preghiamo di valutare il prodotto con cinque stelle.', 'Perché ricevo mail per lasciare una recensione?'],
  ]);
});

describe('the buyer told they can edit their own review, the place in the next sentence (own-review-edit.ts)', () => {
  noReviewFinding([
    ['Sure, you can still update your review. Open Your Orders and pick \'Edit review\' beside the item.', 'Is it possible to update my review? I gave 2 stars too early.'],
    ['Ja, Sie können Ihre Rezension noch ändern. Unter Meine Bestellungen finden Sie den Punkt „Rezension bearbeiten“.', 'Kann ich meine Bewertung noch ändern?'],
    ['レビューはお客様ご自身で修正いただけます。「注文履歴」から「レビューを編集」をお選びください。', '書いたレビューは直せますか？'],
  ]);
  asksReview([
    // a steer in the next sentence, or no buyer question
    ['Yes, you can still change your review. Open Your Orders and raise it to 5 stars.', 'Can I change my review?'],
    'You can still change your review. Open Your Orders and pick \'Edit review\' beside the item.',
    ['Now that we refunded you, you can change your review. Open Your Orders and pick \'Edit review\'.', 'Can I change my review?'],
  ]);
});

describe('help from other customers in a group is no review ask (fr help-other-buyers)', () => {
  lacks('review_request')([
    "Sur notre forum, vous profiterez de l'aide d'autres acheteurs pour le réglage.",
  ]);
  hasRule('review_request')([
    "Aidez d'autres acheteurs à choisir : partagez votre expérience sur la fiche.",
  ]);
});

describe('a new model named as what the buyer\'s item differs from (ja new-model)', () => {
  lacks('marketing')([
    ['設定は左側のボタンで行います。なお、新モデル（型番AB-5）とは操作パネルの形が異なりますのでご注意ください。', '設定方法を教えてください。'],
  ]);
  hasRule('marketing')([
    '新モデル（型番AB-5）が発売されました。',
    '新モデルは旧モデルと違い、さらに静かになりました。',
  ]);
});

describe('a manual on the site under its support tab or path gets the address label only (offsite-invite.ts)', () => {
  it.each([
    'the setup guide is on our site under support > manuals (www.example-audio.com/support).',
    'a guia de instalação está no nosso site, na aba suporte: casaexemplo.com.br/suporte',
    'encontrará el manual completo en nuestra web: ejemplo.es/manuales',
  ])('points to a document: %s', (s) => expect(pointsToDocument(s)).toBe(true));
  it.each([
    'our support team has the setup guide, write to them at www.example-audio.com/support.',
    'visit our site for the manual: www.example-audio.com/manual',
  ])('not only a document: %s', (s) => expect(pointsToDocument(s)).toBe(false));
  lacks('offplatform')([
    'Das komplette Handbuch und die Montagevideos finden Sie im Reiter Support: beispiel-moebel.de/support',
    'El manual completo y los vídeos de montaje están en nuestra web: muebles-ejemplo.es/manuales',
    'O manual completo está no nosso site, na aba Suporte: moveis-exemplo.com.br/suporte',
    'The full quick-start guide is on our site under Support > Downloads (www.example-audio.com/support).',
  ]);
  hasRule('offplatform')([
    'Complete o cadastro no nosso site para baixar o manual: moveis-exemplo.com.br/cadastro',
    'Our support team can help: write to them on our site www.example-audio.com/support.',
  ]);
});

describe('the plight or a review\'s worth right after a change ask backs the change: leading only (check.ts plightAfterChangeAsk)', () => {
  const leadingOnly = (cases: Case[]) =>
    it.each(pairs(cases))('leading only: %s', (text, buyerMessage) => {
      const found = rules(text, buyerMessage ? { buyerMessage } : undefined);
      expect(found).toContain('leading');
      expect(found).not.toContain('review_request');
    });
  leadingOnly([
    ['Nous vous avons remboursé hier. Pourriez-vous revoir votre commentaire et le retirer ? Pour un petit atelier comme le nôtre, une note d\'une étoile fait très mal.', "J'ai mis une étoile."],
    ['ご評価ありがとうございます。恐れ入りますが、星をあと一つ上げていただくことは可能でしょうか。評価は当店の大きな励みになります。', '星3をつけました。'],
  ]);
  // a new review asked in the sentence after the change ask keeps review_request
  hasRule('review_request')([
    'Could you update your review? And please leave a review for the replacement lamp too.',
  ]);
});

describe('the stars raised by one more, asked without a question mark (review-change.ts RAISE_JA, REQUEST)', () => {
  hasRule('leading')([
    '恐れ入りますが、星をもう一つ上げていただくことはできますでしょうか。',
    '★をあと一つ上げていただけると嬉しいです。',
  ]);
  lacks('leading')([
    '明るさを一段上げていただくことはできますでしょうか。',
    '星をもう一つ上げていただき、ありがとうございます。',
  ]);
});

describe('the learned layer\'s offplatform over a sale or "our shop" with nothing that leaves Amazon (check.ts modelSaleOnly)', () => {
  lacks('offplatform')([
    'Vom 1. bis 7. Dezember sind alle unsere Teekannen um 25 % reduziert.',
    'Die passenden Filter finden Sie übrigens auch bei uns im Shop.',
    'Dal 3 al 10 marzo, per la festa della donna, tutte le nostre borse saranno scontate del 20%.',
  ]);
  hasRule('offplatform')([
    'In unserem Onlineshop unter www.beispiel-tee.de sind alle Teekannen 25 % günstiger.',
    'Compri direttamente da noi su negozio-esempio.it con lo sconto del 20%.',
  ]);
});
