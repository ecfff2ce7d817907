// A discount word in the sentence right after one that told the discount applied, saying where that applied discount shows on the
// order's own papers: "the 15% coupon was applied at checkout. It shows as a -$6.75 promotion line on the order details page" -
// the invoice read back, nothing offered (check.ts appliedBefore reads "the coupon" with a definite article only; here the
// sentence names the line, with any article). Also "Der Gutschein wurde abgezogen. Er erscheint als Aktion in der
// Bestellübersicht", "Le coupon a été appliqué. Il apparaît comme « promotion » sur la facture", "El cupón se aplicó al pagar.
// Aparece como promoción en los detalles del pedido", "è stato applicato ... Compare come promozione nel riepilogo dell'ordine",
// "O cupom já foi descontado. Aparece como promoção na nota fiscal".
// Not with a push in the sentence: a code, a later order, "again", "until", our shop ("It shows as a promotion on your next order
// too", "... and the promotion runs until Sunday").
import { accentOptionalRe } from './accent-optional';
import { compactRegExp } from './detectors/compact-letters';

const re = (source: string): RegExp => accentOptionalRe(compactRegExp(source, 'u'));

/** A verb of showing or being listed ("shows as", "appears", "is listed", "erscheint", "wird angezeigt", "apparaît", "figure",
 *  "aparece", "se muestra", "compare", "risulta", "consta", "表示"). */
const SHOWN = re(
  String.raw`(?<![\p{L}])(?:shows?|showed|shown|showing|appears?|appeared|(?:is|are|was|were) (?:listed|displayed|itemi[sz]ed)|listed|erscheint|erschien|steht|stand|(?:wird|wurde) (?:\p{L}{1,15} ){0,3}?(?:angezeigt|ausgewiesen|aufgeführt)|apparaît|apparaissait|figure|figurait|s'affiche|est (?:indiquée?|affichée?)|aparece|apareció|figura|se muestra|se ve|compare|compariva|appare|risulta|(?:è|viene) (?:indicat|riportat)\p{L}|aparece|apareceu|consta|está (?:indicad|discriminad)\p{L})(?![\p{L}])|表示|記載`,
);
/** The order's papers: invoice, receipt, order details or summary, the orders page. */
const PAPER = re(
  String.raw`(?<![\p{L}])(?:invoice|receipt|order (?:details|summary|page)|payment (?:details|summary)|your orders|facture|reçu|récapitulatif|détails? de (?:la |votre )?commande|rechnung|quittung|beleg|bestell(?:übersicht|details|seite)|factura|recibo|resumen del pedido|detalles? del pedido|fattura|ricevuta|riepilogo|dettagli (?:dell'|del tuo |del suo )?ordine|fatura|nota fiscal|resumo do pedido|detalhes do pedido)(?![\p{L}])|請求書|領収書|注文詳細|注文内容|注文履歴`,
);
/** A push: a code, a later order, again, until, our shop ("also works on your next order", "until Sunday"). */
const PUSH = re(
  String.raw`(?<![\p{L}])(?:code|codes|next|future|again|until|also works|nächste\p{L}?|künftige\p{L}?|wieder|erneut|bis|prochaine?s?|de nouveau|jusqu|próxim[oa]s?|de nuevo|hasta|prossim[oa]|di nuovo|fino|de novo|até|our (?:store|shop|site|website)|unsere\p{L}? (?:shop|website)|notre (?:boutique|site)|nuestra tienda|nostro (?:negozio|sito)|nossa loja)(?![\p{L}])|[a-z]{2,}\d{2,}|次回|再び`,
);

/** `sentence`: the marketing phrase's sentence, read after a sentence that told a discount applied (check.ts ALREADY_APPLIED on
 *  the previous sentence). The phrase names the applied discount's line on the order's papers. */
export function appliedDiscountShown(sentence: string): boolean {
  return SHOWN.test(sentence) && PAPER.test(sentence) && !PUSH.test(sentence);
}
