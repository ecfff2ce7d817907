// Session 32 (mrec32b): a dearer model or version sold by its price step - what the buyer gets for a little more - is an upsell,
// `marketing`, per sentence in the seven languages, with no offer to send it (extra-offer.ts reads that one):
//   gain for more   an amount "more" and what the buyer would have for it: "pour 15 € de plus vous avez la batterie 2 500 mAh",
//                   "for $15 more you get the bigger battery", "für 15 € mehr bekommen Sie", "por 15 € más tienes", "con 15 € in più
//                   hai", "por mais R$ 15 você leva";
//   only more       a model or version that "is only" an amount more: "la multiprise Pro ... n'est qu'à 8 € de plus", "the Pro is only
//                   $8 more", "das Pro-Modell kostet nur 8 € mehr", "el modelo Pro solo cuesta 8 € más";
//   worth it        a version or model whose step is "worth the difference": "con la versione maxi ... vale davvero la differenza",
//                   "the XL version is well worth the extra", "die Komfort-Version ist den Aufpreis wert";
//   generic pick    "Wer es noch bequemer mag, greift zur Komfort-Version" (a comparative wish of whoever, then the version).
// Not: shipping, express or a surcharge paid, charged or refunded ("express costs $8 more", "you paid 8 € more"), a negation ("the
// Pro is not worth the difference"), the buyer's own model named with "your".
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { YES_NO } from './promotion';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

const AMOUNT = String.raw`(?:(?:€|\x80|\$|£|r\$)\s?\d{1,4}(?:[.,]\d{1,2})?|\d{1,4}(?:[.,]\d{1,2})?\s?(?:€|\x80|\$|£|euros?|eur|dollars?|pounds?|reais|円))`;
const MORE = `(?:more|extra|mehr|de plus|más|in più|a mais)`;
/** For an amount more, the buyer has, gets or takes something. */
const GAIN_FOR_MORE = re(
  `${W}(?:for ${AMOUNT} ${MORE},? you(?:'d| would)? (?:get|have)|pour ${AMOUNT} de plus,? vous (?:avez|aurez|obtenez)|für ${AMOUNT} mehr (?:bekommen|erhalten|haben) sie|por ${AMOUNT} más,? (?:tienes|tiene|obtienes|obtiene|te llevas|se lleva)|con ${AMOUNT} in più,? (?:hai|ha|avete|ottiene|ottieni|porta a casa)|por (?:mais )?${AMOUNT}(?: a mais)?,? (?:você|vc)? ?(?:leva|tem|ganha))${E}`,
);
/** A model, version or tier named. */
const MODEL = re(
  `${W}(?:models?|modell\\p{L}{0,2}|modèles?|modelos?|modell[oi]|versions?|versión|versiones|versione|versioni|versão|versões|ausführung|pro|plus|max|maxi|xl|premium|deluxe|komfort|confort|comfort)${E}|上位|モデル|タイプ`,
);
/** "is only N more": n'est qu'à, kostet nur, solo cuesta, costa solo, custa só. */
const ONLY_MORE = re(
  `${W}(?:(?:is|costs?) (?:only|just) ${AMOUNT} ${MORE}|n'est qu'à ${AMOUNT} de plus|ne coûte que ${AMOUNT} de plus|(?:kostet )?nur ${AMOUNT} mehr|(?:solo|sólo) (?:cuesta |vale |son )?${AMOUNT} más|(?:costa )?solo ${AMOUNT} in più|(?:custa )?(?:só|apenas) ${AMOUNT} a mais)${E}`,
);
/** Worth the difference or the extra. */
// (s34 fix D, dev s34g2-en-065: the model named as the better buy - "the Max is honestly the better buy", "das Pro ist der bessere Kauf",
// "le modèle XL est le meilleur achat", "la versión Pro es la mejor compra", "il modello Max è l'acquisto migliore", "a versão Pro é a
// melhor compra"; MODEL in the sentence, not "your" model, as for the other steps)
const WORTH_STEP = re(
  `${W}(?:(?:honestly |really |definitely |clearly |probably )?the (?:better|smarter|best) (?:buy|purchase|pick)|(?:der|das) (?:bessere|klügere) kauf|le meilleur achat|(?:la )?mejor compra|(?:il )?miglior acquisto|l'acquisto migliore|a melhor compra|(?:well |really |totally )?worth the (?:difference|extra|upgrade|step up)|(?:ist |sind )?(?:den|jeden) (?:aufpreis|mehrpreis)(?: \\p{L}+)? wert|lohnt (?:sich )?der aufpreis|vaut (?:bien |vraiment |largement )?la différence|(?:vale|merece) (?:la pena )?(?:realmente |de verdad )?la diferencia|vale (?:davvero |proprio |tutta )?la differenza|vale (?:muito )?a (?:pena a )?diferença)${E}`,
);
/** Whoever wants it better picks the version: the German generic recommendation. */
const GENERIC_PICK = re(`${W}wer es (?:noch |etwas |gern |lieber )?\\p{L}{3,12}er (?:mag|möchte|haben möchte|will), greift zu[mr]${E}`);
/** Shipping, or a surcharge paid, charged, refunded: the price explained, nothing offered. */
const NOT_AN_OFFER = re(
  `${W}(?:shipping|express|delivery|postage|versand\\p{L}*|livraison|envío|spedizione|frete|paid|charged|refund\\p{L}*|bezahlt|berechnet|erstatt\\p{L}*|payé\\p{L}?|rembours\\p{L}*|pagó|pagado|reembols\\p{L}*|pagato|rimbors\\p{L}*|pagou|estorn\\p{L}*)${E}`,
);
const NEGATED = re(`${W}(?:not|isn't|nicht|kein\\p{L}{0,2}|pas|no|non|não)${E}`);
const YOUR_MODEL = re(`${W}(?:your|ihr\\p{L}{0,2}|votre|su|il suo|la sua|seu|sua) (?:\\p{L}+ )?(?:model|modell|modèle|modelo|modello|version|versione|versión|versão)${E}`);

/** The buyer's own question about another model, a version or more of something ("¿Hay algún modelo con más batería?", "Is the Pro
 *  worth it?"): the price step answers it (promotion.ts upsellBeyondQuestion reads the same for its lexicon upsells). */
const ASKED_OTHER_MODEL = re(
  `${W}(?:models?|modell\\p{L}{0,2}|modèles?|modelos?|modell[oi]|versions?|versione|versión|versiones|versão|versões|bigger|larger|stronger|größer\\p{L}{0,2}|stärker\\p{L}{0,2}|plus grand\\p{L}{0,2}|más grande|más potente|più grande|più potente|maior|mais potente|worth|lohnt|vaut|vale)${E}`,
);

/** marketing over each sentence that sells a dearer model by its price step; not the yes-or-no answer to the buyer's question
 *  about another model. */
export function priceSteps(t: string, buyerText = ''): Span[] {
  const askedModel = /[?？]/u.test(buyerText) && ASKED_OTHER_MODEL.test(buyerText);
  const out: Span[] = [];
  for (const [from, to] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, from, to);
    const model = MODEL.test(s);
    const step = GAIN_FOR_MORE.exec(s) ?? (model ? (ONLY_MORE.exec(s) ?? WORTH_STEP.exec(s) ?? GENERIC_PICK.exec(s)) : null);
    if (!step || NOT_AN_OFFER.test(s) || YOUR_MODEL.test(s)) continue;
    // (the answer itself - yes or no first - to a question about another model; a pitch after the answer stays one: s29nm1-fr-019)
    if (askedModel && YES_NO.test(s)) continue;
    // (the negation of the step itself, not of another clause: "non dovrai più ricaricare: vale davvero la differenza")
    if (NEGATED.test(s.slice(Math.max(0, step.index - 25), step.index + step[0].length))) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:price-step-structure' });
  }
  return out;
}
