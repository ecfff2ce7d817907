// A promotion word on the order's total line (s31 prec31b): "Total: $42.90, free shipping", "Gesamtbetrag: 42,90 €, versandkostenfrei",
// "Montant total : 42,90 €, livraison gratuite", "Importe total: 42,90 €, envío gratis", "Totale: 42,90 €, spedizione gratuita", "Valor
// total: R$ 189,90, frete grátis", 「合計：4,290円（送料無料）」. The line opens with a total label, a colon and the amount: the order's
// summary read back, as the invoice's "Promotion" line is (check.ts quotedPaperLine). Nothing is offered.
// Not (each keeps its finding): a label with no amount after it, a later order, a code, a time limit or a push on the line ("Total:
// 42 €, free shipping on your next order", "Total: 42 € - free shipping this week only, order now"), a total of anything but the
// line's opening ("Free shipping! Total: 42 €" - the promotion comes first).
import { accentOptionalRe } from '../accent-optional';
import { compact } from './compact-letters';

/** The line's opening: a total label, a colon, an amount. */
const TOTAL_OPENS = accentOptionalRe(compact(/^\s{0,3}(?:(?:order |grand )?total(?: (?:paid|amount|pago|pagado|do pedido|del pedido|de la commande|dell'ordine))?|amount paid|gesamt(?:betrag|summe|preis)?|endbetrag|rechnungsbetrag|montant(?: total| payé)?|total (?:ttc|payé)|importe(?: total)?|totale(?: pagato| ordine)?|importo(?: totale)?|valor(?: total| pago)?|合計(?:金額)?|お支払い金額|ご請求金額)\s{0,2}[:：]\s{0,2}(?:r\$|us\$|[$€£¥]|\x80|eur\s)?\s{0,2}\d/u));
/** A later order, a code, a time limit or a push on the line. */
const OFFER_ON_LINE = accentOptionalRe(compact(/(?<![\p{L}])(?:next|future|code|codes|only|until|today|now|week|weekend|order (?:now|today)|nächste\p{L}?|nur|bis|heute|jetzt|woche|prochaine?|seulement|jusqu'|aujourd'hui|maintenant|semaine|próxim[oa]|solo|sólo|hasta|hoy|ahora|semana|prossim[oa]|fino|oggi|ora|settimana|apenas|até|hoje|agora|aproveite|profitez|aproveche|approfitti)(?![\p{L}])|次回|今だけ|期間限定|まで/u));

/** Is t[start, end) (normalized) on a line that opens with the order's total and offers nothing? */
export function onOrderTotalLine(t: string, start: number, end: number): boolean {
  const lineFrom = t.lastIndexOf('\n', start) + 1;
  if (start - lineFrom > 120) return false;
  const lineEndAt = t.indexOf('\n', end);
  const line = t.slice(lineFrom, lineEndAt < 0 ? Math.min(t.length, end + 120) : Math.min(lineEndAt, end + 120));
  return TOTAL_OPENS.test(line) && !OFFER_ON_LINE.test(line);
}
