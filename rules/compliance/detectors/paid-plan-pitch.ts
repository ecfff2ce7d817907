// Session 36 (ff36): a paid plan of the seller's service pitched with its price - a cloud plan, a subscription, a premium tier - with a
// price per period or an opening offer ("Mit unserem Cloud-Paket (2,99 €/Monat) ... die ersten 2 Monate gratis", "assinando o Cloud
// você guarda 30 dias, e no primeiro mês sai por R$ 1,99", "our cloud plan is $2.99 a month, first month free") is `marketing`: a
// further purchase the buyer did not ask for, told after a service answer (s36 g7 de-014, pt-016: the apps and devices writer).
// Per sentence, in the seven languages; the plan word and the period price are both required.
// Not: a plan denied ("no subscription is needed"), billing support for a plan the buyer has (a charge, a refund, a cancellation),
// Amazon's own subscriptions (Prime, Subscribe & Save), the buyer's question about the plan answered (check.ts unlessAnswered).
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { gatedTest } from './literal-gate';
import { NEGATION } from './promotion-guards';
import { AMAZON_AUDIENCE } from './offsite-invite';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

/** A paid plan or subscription, or subscribing to one (German compounds through the stem: Cloud-Paket, Speicherabo). */
// (s37 ga37: a paid course of the seller's - video lessons, an online course - is such a plan: "our video lessons ... the first month is
// free", "nos cours vidéo ... le premier mois est offert"; still only with a period price or an opening offer in the sentence)
const PLAN = re(
  `${W}(?:cloud(?:[ -]?(?:plan|paket|abo|storage|speicher|subscription|abonnement))?|\\p{L}{0,12}abo(?:nnement)?|subscription|subscrib\\p{L}{0,3}|membership|premium(?:[ -]?(?:plan|paket|tarif))?|abonn(?:ez-vous|er|ant)|suscripci[óo]n|suscrib\\p{L}{0,4}|abbonament[oi]|abbonar\\p{L}{0,3}|assinatura|assin(?:ando|ar|e|ando)|plano (?:premium|cloud|pro|anual|mensal)|(?:online |video )?(?:courses?|lessons?|classes)|(?:online-?|video-?)?kurs(?:e|en)?|cours(?: en ligne| vidéo)?|(?:cursos?|clases)(?: online| en vídeo| de vídeo)?|(?:cors[oi]|lezioni)(?: online| video)?|(?:video)?aulas?)${E}|クラウド|サブスク|有料プラン|プレミアム|オンラインレッスン|講座`,
);
/** A price per period, or an opening offer for the first months. */
// (the normalized copy writes € as \x80: oneByte in normalize.ts)
const AMOUNT = String.raw`(?:[$€£¥\x80]|r\$)\s?\d{1,4}(?:[.,]\d{1,2})?|\d{1,4}(?:[.,]\d{1,2})?\s?(?:[$€£¥\x80]|eur|euros?|reais)`;
const PERIOD = String.raw`(?:month|mo|monat|mois|mes|mese|m[êe]s|year|yr|jahr|an|año|anno|ano)`;
const PERIOD_PRICE = re(
  `${AMOUNT}\\s?(?:/\\s?${PERIOD}|(?:a|per|pro|par|al|ao|por|im|each|every) ${PERIOD})${E}` +
    `|${W}(?:(?:the )?first|(?:die )?ersten?|(?:le )?premiers?|(?:el )?primer(?:os)?|(?:il )?prim[oi]|(?:o )?primeiros?)(?: \\d{1,2}| two| three| zwei| drei| deux| trois| dos| tres| due| tre| dois| tr[êe]s)? (?:months?|monate?n?|mois|mes(?:es)?|mes[ei]|m[êe]s(?:es)?)${E}[^.!?;\\n]{0,40}?(?:${W}(?:free|gratis|gratuit\\p{L}{0,2}|gr[áa]tis|kostenlos|offert|geschenkt|in regalo|de regalo|de graça|for|für|pour|por|per|sai por|only|nur|seulement|solo|apenas)${E}|${AMOUNT})` +
    `|月額|初月(?:無料|\\d)`,
);
/** Billing support or a plan denied, or Amazon's own subscription: no pitch. */
const NOT_A_PITCH = re(
  `${W}(?:refund\\p{L}{0,3}|charged|cancel\\p{L}{0,5}|kündig\\p{L}{0,4}|erstatt\\p{L}{0,4}|abgebucht|berechnet|rembours\\p{L}{0,4}|débité\\p{L}{0,2}|annul\\p{L}{0,4}|resili\\p{L}{0,4}|reembols\\p{L}{0,4}|cobrad[oa]s?|cancelad[oa]s?|cancelar|rimbors\\p{L}{0,4}|addebitat\\p{L}|disdett\\p{L}|disdire|cancelad[oa]|estorn\\p{L}{0,3}|prime|amazon|subscribe (?:&|and) save|spar-abo)${E}|返金|解約|キャンセル`,
);

/** marketing over each sentence that pitches a paid plan with its price per period or opening offer (normalized copy). */
export function paidPlanPitches(t: string): Span[] {
  // (cheap pre-test on the whole text: a period price or an opening offer is rare)
  if (!gatedTest(PERIOD_PRICE, t)) return [];
  const out: Span[] = [];
  for (const [from, to] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, from, to);
    // (Amazon named as the audience - "free for Amazon customers" - is no Amazon subscription: offsite-invite.ts AMAZON_AUDIENCE)
    if (!PERIOD_PRICE.test(s) || !PLAN.test(s) || NOT_A_PITCH.test(s.replace(AMAZON_AUDIENCE, ' ')) || NEGATION.test(s)) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:paid-plan-pitch' });
  }
  return out;
}
