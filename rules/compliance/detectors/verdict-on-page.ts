// The buyer asked to tell, on Amazon or the listing (or "the world"), how the item turned out - a verdict with no review noun: "¿has
// podido contar en Amazon qué te ha parecido la maceta?", "conta lá no anúncio como está sendo usar a cadeira", "nos vendría de perlas
// conocer su veredicto en la tienda de Amazon", "Cuéntale al mundo qué te pareció el cochecito", "tell everyone on the product page what
// you made of it". What the buyer thinks of the item, told where other shoppers read it, is a review (README: a review ask needs no
// "leave a review" verb). Per sentence, three parts: a telling or knowing verb; what the buyer thinks or how it goes (an interrogative
// clause of liking or a verdict noun); a public venue (Amazon, the listing, the product page, the world). Not thanks for it, a refusal,
// a question told back to the seller only ("cuéntenos qué le pareció" with no venue is the learned layer's), the buyer's complaint.
// why: s32 rrec32c - s22g-es-012, s13rp-pt-001, s13rp-es-001, s10-final-es-019
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compact } from './compact-letters';

export const VERDICT_ON_PAGE_ENTRY = 'review_request:verdict-on-the-page';

const PRE = /amazon|anúncio|anuncio|página|pagina|page|fiche|scheda|listing|mundo|monde|mondo|world|welt|produktseite/u;
const TELL = compact(
  /(?<![\p{L}])(?:cont(?:ar|a|e|em|á|ás|ales?|arle|arnos|arlo)|cu[ée]nt(?:ale|ele|enos|anos|a|e|alo|elo)|dec[ií]r(?:lo|nos)?|d[ií]galo|conocer|saber|racont\p{L}{0,4}|dites|dire|savoir|tell|say|know|share|dic\p{L}{0,2}|dirlo|dirci|raccont\p{L}{0,4}|conoscere|sapere|diz(?:er)?|diga|conhecer|saber|erz[äa]hl\p{L}{0,3}|sagen|wissen)(?![\p{L}])/u,
);
const VERDICT = compact(
  /(?<![\p{L}])(?:qu[ée] (?:te|le|les|os) (?:ha |han )?(?:parec\p{L}{1,3}|pareci[óo]|gust\p{L}{1,3})|c[óo]mo (?:te|le) (?:va|fue|ha ido)|como (?:est[áa] sendo|foi|est[áa] indo|ficou)|o que (?:achou|est[áa] achando|acharam)|ce que vous en pensez|ce que vous pensez d|comment (?:elle|il) (?:se comporte|vous pla[iî]t)|what you (?:think|thought|made) of|how (?:it's|it is|it has been|it's been) (?:going|working out)|cosa ne pensa|come (?:si trova|le sembra|ti sembra)|was sie (?:davon |von \p{L}+ \p{L}+ )?halten|wie (?:es )?ihnen (?:\p{L}+ )?gef[äa]ll\p{L}{0,2}|(?:su|tu|seu|sua|votre|ton|il suo|il tuo|ihr) (?:veredicto|veredito|verdict|verdetto|urteil)|veredicto|veredito|verdetto)(?![\p{L}])/u,
);
const VENUE = compact(
  /(?<![\p{L}])(?:(?:en|na|no|on|sur|su|auf|bei|in) (?:la |el |a |o |the |der )?(?:tienda de |loja da |page of )?amazon|(?:n|en )?o an[úu]ncio|en el anuncio|(?:en|na|on|sur|nella|sulla|auf der) (?:la |a |the )?(?:p[áa]gina|page|fiche|scheda|produktseite|listing)(?: (?:del|do|da|du|of the|of) (?:producto|produto|produit|prodotto|product))?|al mundo|ao mundo|au monde|al mondo|the world|der welt|everyone on)(?![\p{L}])/u,
);
/** Thanks, a negation (the Spanish "no" only before a verb of need: the Portuguese "no" is "in the" - "no anúncio"). */
const NOT_ASKED = compact(/(?<![\p{L}])(?:gracias|obrigad[oa]s?|merci|grazie|danke|thanks?|no (?:hace falta|es necesario|tiene que|tienes que|necesita|necesitas|debe|quiere)|n[ãa]o|non|nicht|never|nunca|pas)(?![\p{L}])|n't/u);

/** review_request spans (normalized copy) over sentences that ask the buyer's verdict told on a public page. */
export function verdictsOnPage(t: string): Span[] {
  const out: Span[] = [];
  if (!PRE.test(t)) return out;
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    if (!PRE.test(s) || !VENUE.test(s) || !TELL.test(s) || !VERDICT.test(s) || NOT_ASKED.test(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: VERDICT_ON_PAGE_ENTRY });
  }
  return out;
}
