// Session 32 (mrec32b): a new item, edition or colour of the seller's announced in a service reply - `marketing` (policy: no
// promotion of other products), per sentence in the seven languages:
//   arrived     an edition, version, colour or collection that "is finally here / is now out / is here": "the walnut edition of
//               this cutting board is finally here" (not "is out of stock", "is in stock", "is available": stock answers);
//   launched    "we just dropped / launched the stand in midnight blue", "wir haben gerade ... herausgebracht";
//   prepared    a new item the seller prepared, already on sale: "per l'estate abbiamo preparato una borraccia termica ..., già su
//               Amazon", "hemos preparado ... ya en Amazon";
//   special     a special or limited edition the seller has: "Tenemos una edición especial en acero negro", "we have a limited edition".
//   released    (s37 gd37) the seller's new item that comes out on a day: "notre nouvelle lampe frontale sort jeudi", "our new kettle
//               launches next week", "unser neues Modell erscheint im Mai" (s37h3-fr-019: a pedal named after a setup answer).
// Not: the buyer's parcel or order ("your parcel is finally here", "we just dropped your parcel at the depot"), a replacement, an
// update or firmware, a question.
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

const NEW_ITEM = re(
  `${W}(?:(?:edition|version|colou?rway|colou?rs?|collection|flavou?rs?|scents?|design)(?: \\p{L}+){0,6} (?:is|are) (?:finally (?:here|out|available|live)|now (?:here|out|live)|here)|(?:we|i) (?:\\p{L}+ )?just (?:dropped|launched|released) (?:the|our|a|an|new)|(?:abbiamo|hemos|nous avons|wir haben|temos|we(?:'ve| have)) (?:appena |gerade |acabado de )?(?:preparato|preparado|lanzado|lancé|herausgebracht|lançado|launched|prepared)(?: [\\p{L}\\p{N}']+){1,10},? (?:già|ya|déjà|bereits|já|already|now) (?:su|en|sur|auf|bei|na|no|on) amazon|(?:tenemos|abbiamo|nous avons|wir haben|temos|we have|we've got) (?:una?|un'|une|eine?|um|uma|a|an) (?:(?:nuev|nuov|nov)[oa] |nouvelle |neue |new )?(?:edición|edizione|édition|edition|edição|sonderedition) (?:especial|speciale|spéciale|limitada|limitata|limitée|limitierte|special|limited)|(?:tenemos|abbiamo|nous avons|wir haben|temos|we have|we've got) (?:a|an|una|un'|une|eine|uma) (?:special|limited|limitierte) edition|(?:our|notre|nos|unser(?:e|er|es)?|nuestr[oa]s?|(?:il |la )?nostr[oa]|(?:o |a )?noss[oa]) (?:new|nouvel(?:le)?|nouveaux|nouvelles|nouveau|neue[rs]?|nuev[oa]s?|nuov[oa]|nov[oa]s?)(?: [\\p{L}\\p{N}'-]+){1,4} (?:comes out|launches|is launching|goes on sale|will be released|is released|sort|sortira|arrive en boutique|erscheint|kommt (?:\\p{L}+ )?(?:heraus|raus|auf den markt)|sale a la venta|saldrá a la venta|se lanza|esce|uscirà|sai|sairá|será lançad[oa]|é lançad[oa]))${E}`,
);
const NOT_NEW = re(
  `${W}(?:your|ihr\\p{L}{0,2}|votre|vos|il suo|la sua|seu|sua|parcel|package|order|shipment|paket|sendung|bestellung|colis|commande|paquete|pedido|pacco|ordine|pacote|encomenda|replacement|ersatz\\p{L}*|remplacement|reemplazo|sostituzione|substituição|update|firmware|aktualisierung|mise à jour|actualización|aggiornamento|atualização)${E}`,
);

/** marketing over each sentence that announces a new item, edition or colour of the seller's. */
export function newArrivals(t: string): Span[] {
  const out: Span[] = [];
  for (const [from, to] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, from, to);
    if (!NEW_ITEM.test(s) || NOT_NEW.test(s) || /\?\s*$/u.test(s)) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:new-arrival-structure' });
  }
  return out;
}
