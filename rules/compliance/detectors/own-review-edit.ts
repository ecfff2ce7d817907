// A buyer who asked whether or how they can change, edit or delete their own review, told that they can and where
// (s31 prec31): "Yes, you can edit or delete your review any time from Your Orders", "Sie können Ihre Rezension unter
// Mein Konto > Meine Rezensionen bearbeiten", "vous pouvez modifier votre avis depuis votre compte", 「アカウントサービスの
// 『レビュー』から編集いただけます」. The answer states the buyer's ability and Amazon's place; it asks nothing.
// context-guards.ts explainsReviewPath clears a path to the form only after a how/where question and only with a
// named orders/product page: it missed the yes/no ability question ("Can I still change it?", 「書き直しはできますか」)
// and the account's own reviews page ("Your Account > Your reviews", "sua conta na Amazon", アカウントサービス).
// Not (each keeps its finding): no buyer question about changing a review (the seller raising it unasked), a wish, a
// please or a hope in the sentence ("you can update it - we'd appreciate it"), a star count or a higher rating ("you
// can edit it to 5 stars", "you can raise your rating"), a refund, replacement or fix in the sentence or the one before
// ("now that we've refunded you, you can update your review from Your Orders" - last session's guard cleared these),
// a "now that"/"since" sequel, an imperative with no ability ("update your review under Your Orders").
import { accentOptionalRe } from '../accent-optional';
import { compact } from './compact-letters';
import { CHANGES_REVIEW } from './review-incentive';
import { askedAboutReviews, OWN_WISH, REFUND_OR_FIX } from '../context-guards';

/** A change verb for a review the buyer wrote, beyond CHANGES_REVIEW: "fix", "correct", 書き直し, 編集. */
const CHANGE_EXTRA = accentOptionalRe(compact(/(?<![\p{L}])(?:fix|correct|redo|rewrite|bearbeit\p{L}{0,3}|überarbeit\p{L}{0,3}|modificar\p{L}{0,3}|modifica\p{L}{0,3}|editar\p{L}{0,3}|edita\p{L}{0,3}|mudar|alterar\p{L}{0,3})(?![\p{L}])|書き直|書き換え|直し|直せ|編集/u));
const changes = (s: string): boolean => CHANGES_REVIEW.test(s) || CHANGE_EXTRA.test(s);
/** The buyer's question: a question mark, or a how/can word. */
const ASKED = accentOptionalRe(compact(/[?？]|(?<![\p{L}])(?:how|can i|could i|is it possible|wie|kann ich|ist es möglich|comment|puis-je|est-ce possible|cómo|puedo|se puede|es posible|come|posso|si può|è possibile|como|posso|dá pra|da pra|é possível)(?![\p{L}])|できますか|どう|方法/u));
/** The buyer's ability stated: "you can", "Sie können", "vous pouvez", "puede", "può", "você pode", できます, いただけます. */
const ABLE = accentOptionalRe(compact(/(?<![\p{L}])(?:you can|you may|you're able|you are able|(?:sie|du) (?:können|kannst)|(?:können|kannst) (?:sie|du)|lässt sich|vous pouvez|tu peux|pouvez-vous|(?:usted |tú )?(?:puede|puedes)|(?:lei )?(?:può|puoi)|(?:você |o senhor |a senhora )?pode|dá sim|dá pra|é possível|es posible|è possibile|c'est possible|est possible|ist möglich|ist jederzeit möglich)(?![\p{L}])|できます|いただけます|可能です/u));
/** Amazon's place for the buyer's reviews: the account, profile, orders or product page, a menu arrow, a quoted label. */
const PLACE = accentOptionalRe(compact(/(?<![\p{L}])(?:your (?:account|orders|reviews|profile)|account|product page|(?:kunden)?konto|profil\p{L}?|bestellungen|rezensionen|produktseite|compte|commandes|page (?:du |de )?produit|cuenta|pedidos|perfil|página del producto|ordini|profilo|pagina (?:del )?prodotto|conta|página do produto)(?![\p{L}])|\s[>›»]\s|アカウント|注文履歴|購入履歴|マイページ|プロフィール|商品ページ|「[^」]{1,20}」/u));
/** The seller's steer: a star count, a higher rating. */
const STEER = accentOptionalRe(compact(/(?<![\p{L}])(?:\d|one|two|three|four|five|ein|zwei|drei|vier|fünf|une?|deux|trois|quatre|cinq|una?|dos|tres|cuatro|cinco|due|quattro|cinque|duas|três|quatro)[- ](?:stars?|sterne?n?|étoiles?|estrellas?|stelle|estrelas?)(?![\p{L}])|(?<![\p{L}])(?:raise|higher|better|improve|erhöh\p{L}{0,3}|höher\p{L}{0,2}|besser\p{L}{0,2}|amélior\p{L}{0,4}|augment\p{L}{0,4}|mejor\p{L}{0,4}|sub(?:ir|a|irla)|miglior\p{L}{0,4}|alz(?:are|arla|i)|melhor\p{L}{0,4}|aument\p{L}{0,4})(?![\p{L}])|星[1-5１-５]|★|上げ/u));
/** A sequel to something done: "now that", "jetzt, wo", "maintenant que", "ahora que", "ora che", "agora que". */
const SEQUEL = accentOptionalRe(compact(/(?<![\p{L}])(?:now that|since|once|jetzt,? wo|nun da|da (?:das|der|die|es) (?:jetzt|nun)|maintenant que|puisque|ahora que|ya que|una vez que|ora che|dato che|visto che|agora que|já que|uma vez que)(?![\p{L}])/u));

// (s33 prec33: the place may come in the sentence right after the ability - "Yes, you can still change it. Go to Your Orders and
// choose 'Edit review'.", 「レビューはご自身で編集いただけます。『注文履歴』から…を選択してください」; that sentence is held to the same
// terms: no steer, wish, sequel, refund or fix in it)
/** The sentence after the span's sentence, from `after` (the text after the span): past the first stop, to the next. */
const NEXT_SENTENCE = /^[^.!?\n。！？]{0,200}[.!?\n。！？]+\s{0,4}([^.!?\n。！？]{1,240})/u;

/**
 * The buyer (normalized text) asked about changing their own review, and `sentence` (the phrase's, normalized) tells them
 * they can, and where (there or in the next sentence, read from `after`), with no steer and no sequel to a refund or fix
 * (`before` is the sentence before).
 */
export function ownReviewEditPermitted(buyerText: string, sentence: string, before: string, after = ''): boolean {
  if (!buyerText || !askedAboutReviews(buyerText) || !changes(buyerText) || !ASKED.test(buyerText)) return false;
  if (!ABLE.test(sentence) || !changes(sentence)) return false;
  if (OWN_WISH.test(sentence) || STEER.test(sentence) || SEQUEL.test(sentence)) return false;
  if (REFUND_OR_FIX.test(sentence) || REFUND_OR_FIX.test(before)) return false;
  if (PLACE.test(sentence)) return true;
  const next = NEXT_SENTENCE.exec(after)?.[1] ?? '';
  return PLACE.test(next) && !OWN_WISH.test(next) && !STEER.test(next) && !SEQUEL.test(next) && !REFUND_OR_FIX.test(next);
}
