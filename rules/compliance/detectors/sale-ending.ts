// Session 32 (mrec32b): the seller's sale, promotion or discount told as ending soon - a last call without a buy verb - is
// `marketing`, per sentence in the seven languages: a sale word and its end ("only until Sunday", "ends Sunday", "last days"):
//   "Unsere Herbstaktion auf Wolldecken läuft nur noch bis Sonntag", "Ultimi giorni per approfittare dello sconto ...: la promo
//   finisce domenica sera", "our winter sale ends on Sunday", "les soldes se terminent dimanche", "la oferta termina el domingo",
//   "a promoção acaba domingo", "セールは日曜日までです".
// Not: a sale denied or past ("the sale ended last week", "no sale at the moment"), Amazon's event (Prime Day, Black Friday deals on
// Amazon are Amazon's), a return or refund window ("the return window ends on Sunday"), an offer of a replacement, exchange or repair
// ("our replacement offer stands until Friday").
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

/** The seller's sale: a sale, promotion, discount or campaign (German compounds through the stem: Herbstaktion, Sommerrabatt). */
const SALE = re(
  `${W}(?:sale|promo(?:tion)?|discount|deal|offer|\\p{L}{0,12}aktion|\\p{L}{0,12}rabatt|\\p{L}{0,12}angebot|sonderpreis|soldes|promo(?:tion)?|réduction|remise|offre|oferta|promoción|descuento|rebajas|sconto|offerta|saldi|promoção|desconto|liquidação)${E}|セール|キャンペーン|割引`,
);
/** Its end: only until a day, ends, last days. */
const ENDS = re(
  `${W}(?:(?:only )?(?:until|till|through) (?:this |next )?(?:sunday|saturday|friday|monday|tomorrow|tonight|the end of)|ends? (?:on |this |tomorrow|tonight|sunday|saturday|friday|monday)|last (?:days?|chance|call)|(?:nur )?noch bis|endet (?:am|morgen|heute|diese|sonntag|samstag|freitag)|letzte (?:tage|chance|gelegenheit)|jusqu'à (?:dimanche|samedi|vendredi|lundi|demain|ce soir|la fin)|(?:se )?termin(?:e|ent) (?:dimanche|samedi|vendredi|demain|ce soir)|derniers jours|hasta (?:el )?(?:domingo|sábado|viernes|lunes|mañana|esta noche|fin de)|termina (?:el |este |mañana|hoy)|últimos días|fino a (?:domenica|sabato|venerdì|lunedì|domani|stasera)|finisce (?:domenica|sabato|venerdì|domani|stasera|oggi)|ultimi giorni|(?:até|ate) (?:domingo|sábado|sexta|segunda|amanhã|hoje)|(?:acaba|termina) (?:domingo|sábado|sexta|amanhã|hoje)|últimos dias)${E}|(?:日曜|土曜|金曜|明日|本日)(?:日)?まで|最終日|終了間近`,
);
/** Denied, past, or Amazon's event. */
const NOT_OURS = re(
  `${W}(?:no|not|kein\\p{L}{0,2}|nicht|pas|aucun\\p{L}?|ningun\\p{L}{0,2}|nessun\\p{L}?|non|não|nenhum\\p{L}?|ended|was|were|war|endete|vorbei|terminé\\p{L}?|terminó|finita|terminou|prime|amazon|return\\p{L}{0,3}|refund\\p{L}{0,3}|replacement|exchange|repair|ersatz\\p{L}*|umtausch|reparatur|remplacement|échange|réparation|reemplazo|cambio|reparación|sostituzione|riparazione|substituição|troca|conserto|rückgabe\\p{L}*|retour|devoluci\\p{L}+|reso|devolução)${E}|終了しました|ございません`,
);

/** marketing over each sentence that tells the seller's sale as ending soon. */
export function saleEndings(t: string): Span[] {
  const out: Span[] = [];
  for (const [from, to] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, from, to);
    if (!SALE.test(s) || !ENDS.test(s) || NOT_OURS.test(s)) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:sale-ending-structure' });
  }
  return out;
}
