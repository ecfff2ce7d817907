// The buyer asked to tell the seller once the review is up: "Ping us here when your review's live", "Tenez-nous au courant quand votre
// avis sera en ligne", "once ... you've rated the order, drop us a line here and we'll send ...", "avísenos cuando su reseña esté
// publicada", "ci faccia sapere quando la sua recensione sarà online", "Geben Sie uns Bescheid, sobald Ihre Bewertung online ist". The
// review is taken as coming and its posting is the condition of the notice: a review ask with no ask verb on the review (README: any
// request for a review, also without a "leave a review" verb). Per sentence: a notice asked (ping us, let us know, tenez-nous au courant,
// avísenos, ci faccia sapere, nos avise, geben Sie uns Bescheid), and a when/once clause whose content is the buyer's review live or
// made (a review word with live/online/up/posted/publicada, or "you've rated"). Not a review seen already ("we saw your review is live"
// has no when-clause), thanks for it, or a notice about the parcel ("let us know when the parcel is here").
// why: s32 rrec32c - s27r-en-006, s28gr2-fr-010, s27r-en-004
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compact } from './compact-letters';

export const REVIEW_LIVE_ENTRY = 'review_request:tell-us-when-review-live';

const PRE = /review|rated|avis|not[ée]|rese[ñn]a|opini|valor|recension|valut|avalia|bewert|rezens/u;
const NOTICE = compact(
  /(?<![\p{L}])(?:ping us|let us know|drop us a (?:line|note|message)|give us a shout|tell us|message us|tenez-nous au courant|pr[ée]venez-nous|faites-nous signe|dites-le nous|av[íi]s(?:enos|anos)|d[íi]ganos|escr[íi]banos|ci faccia sapere|ci fai sapere|ci avvisi|ci avvisa|mi avvisi|ci scriva|nos avise|avise-nos|me avisa|nos conta|me conta|geben sie uns bescheid|sagen sie uns bescheid|melden sie sich)(?![\p{L}])/u,
);
const REVIEW_WORD = String.raw`(?:review(?:'s)?|rating|feedback|avis|[ée]valuation|commentaire|rese[ñn]a|opini[óo]n|valoraci[óo]n|recensione|valutazione|opinione|avalia[çc][ãa]o|opini[ãa]o|bewertung|rezension)`;
const LIVE = String.raw`(?:live|online|up|posted|published|en ligne|publi[ée]e?|publicad[ao]|pubblicat[ao]|no ar|publicad[ao])`;
/** A when-clause whose content is the buyer's review live or made. */
const WHEN_LIVE = compact(
  new RegExp(
    String.raw`(?<![\p{L}])(?:when|once|as soon as|after|quand|d[èe]s que|lorsque|cuando|en cuanto|quando|appena|non appena|assim que|logo que|sobald|wenn)(?![\p{L}])[^.!?\n]{0,40}?(?:(?<![\p{L}])${REVIEW_WORD}(?![\p{L}])[^.!?\n]{0,14}?(?<![\p{L}])${LIVE}(?![\p{L}])|(?<![\p{L}])(?:you've|you have) (?:rated|reviewed|posted (?:your|a) review)|vous aurez (?:not[ée]|[ée]valu[ée]|laiss[ée] (?:votre|un) avis)|(?:haya|hayas) (?:valorado|calificado|dejado (?:su|tu) (?:rese[ñn]a|opini[óo]n))|(?:avr[àa]|avrai) (?:valutato|recensito|lasciato la (?:sua|tua) recensione)|(?:tiver|tiverem) (?:avaliado|deixado (?:sua|a) avalia[çc][ãa]o)|(?:bewertet|rezensiert) haben)`,
    'u',
  ),
);
const NOT_ASKED = compact(/(?<![\p{L}])(?:thanks? for|thank you for|merci pour|gracias por|grazie per|obrigad[oa] pel[ao]|danke f[üu]r|parcel|package|colis|paquete|pacco|pacote|paket)(?![\p{L}])/u);

/** review_request spans (normalized copy) over sentences that ask for a notice once the buyer's review is up. */
export function reviewLiveNotices(t: string): Span[] {
  const out: Span[] = [];
  if (!PRE.test(t) || !NOTICE.test(t)) return out;
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    if (!NOTICE.test(s) || !WHEN_LIVE.test(s) || NOT_ASKED.test(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: REVIEW_LIVE_ENTRY });
  }
  return out;
}
