// Session 36 (fh36, consumables): a sample of the seller's new product given for a review - "leave a review of the one you bought
// and we'll send you a sample of our new flavour" - is two things the policy bars at once: an incentive for a review (`leading`,
// with its `review_request`) and a promotion of another product (`marketing`: the novelty is advertised through the gift).
// Read by structure over one sentence or two neighbouring ones, in the seven languages: a sample or free unit (sample, Probe,
// échantillon, muestra, campione, amostra, サンプル, "a free pouch"), something new or about to launch (new, neu, nouvelle, nuevo,
// nuova, nova, launch, anteprima, antes de todo mundo, 新フレーバー, 発売予定) and a review word (review, Rezension, commentaire,
// opinión, recensione, avaliação, レビュー):
//   "Review the lemon one and we'll post you a free tin of our new mango tea", "Zu unserer neuen Sorte legen wir Ihnen eine
//   Probe bei - schreiben Sie uns dafür eine Bewertung", "un échantillon de notre nouveau baume pour votre avis sur la crème",
//   "una muestra de nuestro nuevo champú si dejas tu reseña", "chi recensisce riceve un campione della nuova crema",
//   "mandamos uma amostra do lançamento para quem deixar a avaliação", 「新商品のサンプルをお送りします。レビューをお願いします」.
// Not: a refusal or a rule ("we can't send samples for reviews", "Amazon forbids ..."), thanks for a review already posted, a
// sample alone (a free sample of a new flavour in the parcel, no review: the promotion rules' matter).
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { mayMatch } from './literal-gate';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

/** A sample or a free unit of something. */
const SAMPLE = re(
  `${W}(?:samples?|free (?:pouch|bag|jar|bottle|tub|pack|box|tin|sachet|tube|bar|stick)s?|probier\\p{L}{0,8}|proben?|pröbchen|gratisprobe\\p{L}?|échantillons?|muestras?|campion(?:e|i|cino|cini)|amostras?|sachets? (?:gratuits?|offerts?))${E}|サンプル|試供品|お試し`,
);
/** Something new or about to launch. */
const NEW = re(
  `${W}(?:new|newest|launch\\p{L}{0,3}|upcoming|neu(?:e|en|er|es|em|heit\\p{L}{0,2})?|nouve(?:au|aux|lle|lles)|nouvel|nouveauté\\p{L}?|nuev[oa]s?|novedad\\p{L}{0,2}|nuov[oaie]|novità|lanciare|lancio|anteprima|nov[oa]s?|novidade\\p{L}?|lançamento|lançar|antes de todo mundo|before (?:anyone|everyone)|vor allen anderen|avant tout le monde|antes que nadie|prima di tutti)${E}|新(?:フレーバー|商品|製品|作|味|色|シリーズ)|発売予定|新発売|先行`,
);
/** The buyer's review or opinion. */
const REVIEW = re(
  `${W}(?:reviews?|rating|bewertung\\p{L}{0,2}|rezension\\p{L}{0,2}|commentaires?|avis|opinión|opinion|reseñas?|valoración|recension\\p{L}|recensisc\\p{L}{1,3}|avaliação|avalia\\p{L}{1,4}|opinião)${E}|レビュー|評価|ご感想`,
);
/** A refusal, a rule, or thanks for a review already posted. */
const NOT_AN_OFFER = re(
  `${W}(?:not|never|can't|cannot|won't|don't|forbid\\p{L}{0,3}|against|nicht|nie|kein\\p{L}{0,2}|verbiete\\p{L}{0,2}|pas|jamais|interdit\\p{L}?|nunca|prohíbe|prohibido|non|vieta|não|proíbe|thanks? (?:you )?for (?:your|the)|danke für|merci pour|gracias por|grazie per|obrigad[oa] (?:pela|por))${E}|できません|しておりません|禁止|ありがとうございま`,
);

/** leading + review_request + marketing over one or two sentences that trade a sample of a new product for a review. */
export function newProductSamples(t: string): Span[] {
  // (cheap pre-test: SAMPLE's own literal gate)
  if (!mayMatch(SAMPLE, t)) return [];
  const spans = sentenceSpans(t, 400);
  const out: Span[] = [];
  let last = -1;
  spans.forEach(([from, end], i) => {
    // this sentence alone, then with the next one
    for (const [j, to] of [[i, end], [i + 1, spans[i + 1]?.[1]]] as const) {
      if (j <= last || to === undefined) continue;
      const s = sliceOf(t, from, to);
      if (!SAMPLE.test(s) || !NEW.test(s) || !REVIEW.test(s) || NOT_AN_OFFER.test(s)) continue;
      for (const rule of ['leading', 'review_request', 'marketing'] as const) {
        out.push({ rule, severity: 'block', start: from, end: to, entry: `${rule}:new-product-sample-for-review` });
      }
      last = j;
      break;
    }
  });
  return out;
}
