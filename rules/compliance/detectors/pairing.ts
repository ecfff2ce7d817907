// Session 32 (mrec32b): another item of the seller's told as the pair of the bought one - the same series, brand, material or maker,
// with a recommendation, a fit, other buyers' choice or news of it - is a cross-sell, `marketing`, per sentence:
//   "Zu Ihrem Messerblock empfehlen wir den Wetzstahl aus derselben Serie", "it pairs really nicely with the cast-iron trivet ... lots
//   of people grab both", "nous recommandons le fusil de la même gamme", "le recomendamos la funda de la misma colección",
//   "お届けした万年筆には、同じシリーズのインクがぴったりです", "お使いのケトルと一緒に、同ブランドのドリップポットを選ばれる方が多いです",
//   "同じ素材のランチョンマットも新たにお取り扱いを始めました", "同じ職人が手がけた木製トレイもご覧いただきたい", "お使いのポットに合う保温カバーも作りました".
// Not: a part sent, missing or replaced ("the missing lid from the same series is on its way"), the buyer's own parcel holding it
// ("同じシリーズのインクが同梱されています"), a negation ("we do not make a matching lid"), a question the buyer asked (an answer).
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

/** Of the same series, brand, material or maker. */
const SAME = re(
  `${W}(?:(?:the )?same (?:series|line|collection|range|family|brand|maker)|(?:aus )?(?:der |dem )?(?:gleichen|selben|derselben|demselben) (?:serie|linie|kollektion|reihe|marke)|de la même (?:série|gamme|ligne|collection|marque)|de la misma (?:serie|línea|colección|gama|marca)|della stessa (?:serie|linea|collezione|gamma|marca)|da mesma (?:série|linha|coleção|marca))${E}|同じ(?:シリーズ|ブランド|素材|職人|メーカー|工房)|同(?:シリーズ|ブランド|素材)`,
);
/** Recommended, fitting, chosen by others, newly carried, worth a look. */
const PAIRED = re(
  `${W}(?:(?:we|i) (?:recommend|suggest)|pairs? (?:(?:really|so|very) )?(?:nicely|well|perfectly|beautifully) with|goes (?:really )?(?:well|great|nicely|perfectly) with|(?:lots of|many|most) (?:people|customers|buyers) (?:grab|buy|get|order|pick) both|empfehlen (?:wir|ich)|(?:wir|ich) empfehlen|nous (?:vous )?recommandons|je vous recommande|(?:le|te|les) recomendamos|recomendamos|(?:le|ti|vi) consigliamo|consigliamo|(?:recomendamos|indicamos))${E}|ぴったり|選ばれる方が多|お取り?扱い|もご覧いただ|おすすめ|お勧め|さらに便利|揃えていただ`,
);
/** A matching item the seller made for the buyer's own (Japanese: お使いの…に合う…も作りました / ご用意しました). */
const MADE_FOR_YOURS = /お使いの[^。！？\n]{1,20}に合う[^。！？\n]{1,20}も(?:作り|ご用意|販売|お作り)/u;
/** A part sent, missing or replaced, the parcel holding it, or a negation: service, not a sale. */
const SERVICE = re(
  `${W}(?:missing|replacement|replace\\p{L}{0,2}|spare part|fehlend\\p{L}{0,2}|ersatz\\p{L}{0,8}|manquant\\p{L}{0,2}|remplacement|faltante|reemplazo|mancant\\p{L}|sostituzion\\p{L}|faltante|substitui\\p{L}{0,4}|not|no|nicht|kein\\p{L}{0,2}|pas|non|não)${E}|同梱|交換|不足|欠品|ございません|ません`,
);

/** The same series as something named: the buyer's item compared, no other item ("de la même série que votre ancien modèle"). */
const SAME_AS = re(
  `${W}(?:same (?:series|line|collection|range|family|brand|maker) as|(?:gleichen|selben|derselben|demselben) (?:serie|linie|kollektion|reihe|marke) wie|même (?:série|gamme|ligne|collection|marque) que|misma (?:serie|línea|colección|gama|marca) que|stessa (?:serie|linea|collezione|gamma|marca) (?:di|del|della|dello|come)|mesma (?:série|linha|coleção|marca) (?:que|do|da))${E}|と同じ(?:シリーズ|ブランド|素材|職人|メーカー|工房)`,
);

/** marketing over each sentence that pairs another item of the seller's range with the bought one (`buyerText`: the buyer's message). */
export function pairings(t: string, buyerText: string): Span[] {
  const out: Span[] = [];
  for (const [from, to] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, from, to);
    const paired = (SAME.test(s) && PAIRED.test(s)) || MADE_FOR_YOURS.test(s) || /(?:lots of|many|most) (?:people|customers) (?:grab|buy|get) both/u.test(s);
    if (!paired || SERVICE.test(s) || SAME_AS.test(s)) continue;
    // (an answer: the buyer asked about the same series or a matching item)
    if (buyerText && SAME.test(buyerText)) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:pairing-structure' });
  }
  return out;
}
