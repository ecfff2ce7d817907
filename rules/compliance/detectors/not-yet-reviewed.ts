// A review the buyer has not given yet, then a request: "Vimos que você ainda não avaliou o pedido, consegue fazer isso quando tiver um
// tempinho?", "... ainda não avaliou o produto. Quando puder, conte como foi ...", "ya dejaste tu opinion? si no, cuando puedas porfa",
// "Amazon le ha già mandato la richiesta di recensione; se non l'ha ancora fatto, ci lasci due righe anche lei". The reminder is the ask
// (README: a review asked for without a leave verb - "did you get a chance to rate ..."); its request is about "it" (fazer isso, hágalo)
// or a bare "when you can". Two shapes, per sentence:
//  - NOT_YET: the buyer's review not yet given (a buyer subject or "que" before the negation), with a request in the sentence or the next;
//  - IF_NOT: "if not (yet)" after a review word in the sentence or the sentence before, with a request in its own sentence.
// Not a technician's, a carrier's or Amazon's assessment not yet made ("o técnico ainda não avaliou o aparelho"), nor "no need".
// why: s32 rrec32c - s23p-pt-021, s26q-pt-016, s25q-es-011, s22f-it-020
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compact } from './compact-letters';
import { REVIEW_RE } from './review-incentive';

export const NOT_YET_REVIEWED_ENTRY = 'review_request:not-yet-reviewed';

/** Cheap pre-test: a negation of any of the seven languages' shapes. */
const PRE = /n[ãa]o|no|non|pas|nicht|not|n't/u;
const REVIEWED = String.raw`(?:avaliou|avaliaram|comentou|valorado|calificado|opinado|rese[ñn]ado|valutato|recensito|votato|not[ée]|[ée]valu[ée]|bewertet|rezensiert|rated|reviewed)`;
const LEFT_ONE = String.raw`(?:deixou|dejado|lasciato|laiss[ée]|hinterlassen|abgegeben|left|posted) (?:(?:sua|uma|a|su|tu|una|la|la sua|la tua|votre|ton|un|une|ihre|eine|your|a) )?(?:avalia[çc][ãa]o|opini[ãa]o|opini[óo]n|rese[ñn]a|valoraci[óo]n|recensione|opinione|valutazione|avis|commentaire|[ée]valuation|bewertung|rezension|review|rating|feedback)`;
const NOT_YET = compact(
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:voc[êe]|vc|a senhora|o senhor|que|usted|t[úu]|lei|tu|vous|sie|you)(?: (?:ainda|todav[ií]a|a[úu]n|ancora))? (?:n[ãa]o|no|non) (?:nos |ci |ha |has |hai |l'ha |ha ancora |hai ancora )?(?:${REVIEWED}|${LEFT_ONE})|(?:n'avez|n'as) pas (?:encore )?(?:${REVIEWED}|${LEFT_ONE})|noch (?:nicht|keine (?:bewertung|rezension)) (?:${REVIEWED}|abgegeben|geschrieben|hinterlassen)|(?:haven't|have not|didn't|did not) (?:yet |had a chance to |got round to )?(?:${REVIEWED}|${LEFT_ONE}|rate (?:it|us|the)|review (?:it|us|the))(?! yet because))(?![\p{L}])`,
    'u',
  ),
);
const IF_NOT = compact(
  /(?<![\p{L}])(?:se (?:ainda )?n[ãa]o (?:o )?(?:fez|tiver feito)|si (?:a[úu]n |todav[ií]a )?no(?=\s?,)|si (?:a[úu]n |todav[ií]a )?no lo (?:ha|has) hecho|se non l'ha(?:i)? (?:ancora )?fatto|se non (?:ancora|ancora l'ha fatto)|si (?:ce n'est|c'est) pas (?:encore )?(?:fait|le cas)|si vous ne l'avez pas (?:encore )?fait|falls (?:noch )?nicht|falls sie (?:es )?noch nicht|if not(?: yet)?|if you haven't(?: yet| already)?)(?![\p{L}])/u,
);
/** A request: a can-question, a when-you-can, please, an imperative of telling or leaving. */
const REQUEST = compact(
  /(?<![\p{L}])(?:consegue|pode|poderia|quando (?:puder|der|tiver|pu[òo]|potr[àa])|cuando (?:pueda|puedas|tenga|tengas)|porfa|por favor|please|when you (?:get|have|can)|could you|would you|can you|per favore|ci lasci|lasci|ci scriva|bitte|wenn sie (?:zeit|einen moment|m[öo]gen)|quand vous (?:aurez|pourrez)|n'h[ée]sitez pas|merci de|conte|conta|cu[ée]ntenos|h[áa]galo|d[ée]jenos|d[ée]janos|fa[çc]a isso|fazer isso|do so|do it)(?![\p{L}])/u,
);
/** Someone else's assessment, or nothing asked. */
const NOT_ASKED = compact(
  /(?<![\p{L}])(?:t[ée]cnic[oa]s?|technician|techniker|technicien|equipe|equipo|team|fabricante|manufacturer|hersteller|fabricant|produttore|transportadora|courier|carrier|amazon ainda|n[ãa]o precisa|no (?:hace falta|es necesario)|non (?:serve|[èe] necessario)|pas besoin|nicht n[öo]tig|no need|don't need)(?![\p{L}])/u,
);

/** review_request spans (normalized copy) over a reminder that the review is not given yet, with a request. */
export function notYetReviewed(t: string): Span[] {
  const out: Span[] = [];
  if (!PRE.test(t)) return out;
  const spans = sentenceSpans(t, 400, true);
  for (let k = 0; k < spans.length; k++) {
    const [start, end] = spans[k]!;
    const s = sliceOf(t, start, end);
    if (NOT_ASKED.test(s)) continue;
    if (NOT_YET.test(s)) {
      const next = spans[k + 1];
      const n = next ? sliceOf(t, next[0], next[1]) : '';
      if (REQUEST.test(s)) out.push({ rule: 'review_request', severity: 'block', start, end, entry: NOT_YET_REVIEWED_ENTRY });
      else if (next && REQUEST.test(n) && !NOT_ASKED.test(n)) out.push({ rule: 'review_request', severity: 'block', start, end: next[1], entry: NOT_YET_REVIEWED_ENTRY });
      continue;
    }
    const m = IF_NOT.exec(s);
    if (!m || !REQUEST.test(s.slice(m.index + m[0].length))) continue;
    const prev = k > 0 ? sliceOf(t, spans[k - 1]![0], spans[k - 1]![1]) : '';
    if (REVIEW_RE.test(s) || REVIEW_RE.test(prev)) out.push({ rule: 'review_request', severity: 'block', start: k > 0 && !REVIEW_RE.test(s) ? spans[k - 1]![0] : start, end, entry: NOT_YET_REVIEWED_ENTRY });
  }
  return out;
}
