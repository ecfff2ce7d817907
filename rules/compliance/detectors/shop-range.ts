// Session 32 (mrec32): the seller's web address named as where more of its range is - other models, sizes, colours, varieties, the
// full catalogue, an item Amazon no longer has, a lower price - is buying off Amazon and another product offered: `offplatform` +
// `marketing` (README of test/corpus/real: "cheaper on our site" and other products). The address is a url finding (Amazon's own
// links are not url findings); the range cue sits in its sentence or, for a short invitation, in the next one:
//   "More sizes and colours at shop.com", "il catalogo completo è su x.it", "Web sí: www.x.es, ahí tienes más variedades",
//   "x.com.br, lá tem ... mais modelos", "im eigenen Onlineshop (x.de) ist es aber noch lieferbar", "im Onlineshop x.de ist es 4 Euro
//   günstiger", "die Ersatzteile gibts auch direkt bei uns im Shop www.x.de", "x.jp にもぜひお越しください。在庫を豊富に揃えております。"
// Not: a manual, video, guide or help page at the address ("more videos and the manual at x.com"), a range word negated before it
// ("we have no other colours on x.com"), a cheaper word before the address ("shipping is cheaper than ups.com says"), a lower price
// in the past or against something but the listing here ("der Versand war günstiger", "bei x.de günstiger als das Original").
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { CHEAPER } from './payment-channel';
import { compactRegExp } from './compact-letters';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

// (not "products": "Découvrez nos autres produits sur www.x.fr" is marketing only, as the team corpus labels it)
const VARIANTS = String.raw`(?:sizes|colou?rs|models|styles|designs|variet(?:y|ies)|flavou?rs|scents|farben|größen|modelle|sorten|düfte|modèles|couleurs|tailles|coloris|parfums|modelos|colores|tallas|variedades|sabores|colori|modelli|formati|taglie|varianti|gusti|cores|tamanhos)`;
/** More or other variants, told as had there ("tenemos más modelos", "ahí tienes más variedades", "lá tem ... mais modelos", "we have
 *  more colours"): a bare "More colours available at x.shop" is labelled either way in the rows (rl-en-0140, s12b-en-075), left alone. */
const MORE_VARIANTS = re(`${W}(?:more|other|further|weitere|mehr|andere|plus de|d'autres|autres|m[áa]s|otr[oa]s|altri|altre|più|mais|outr[oa]s) ${VARIANTS}${E}`);
const HAD_THERE = re(
  `${W}(?:we (?:also )?(?:have|carry|stock|sell)|we've got|you(?:'ll| will)? find|haben wir|führen wir|finden sie|gibt es|nous avons|on a|vous (?:y )?trouverez|tenemos|(?:ahí |allí )?(?:tienes|tiene|hay|encontrarás|encontrará)|abbiamo|(?:lì )?(?:trova|trovi|troverà|c'è|ci sono)|temos|(?:lá |ali )?(?:tem|têm|há|encontra)|a gente tem)${E}`,
);
/** More of the range: the full range or catalogue, the item still available there, sold directly by us too. */
const RANGE = re(
  `${W}(?:(?:full|whole|complete|entire) (?:range|catalogu?e|collection|line)|(?:ganzes?|komplettes?|gesamtes?|volle[ns]?) (?:sortiment|angebot|programm)|(?:toute (?:la|notre) (?:gamme|collection)|catalogue complet|gamme complète)|(?:toda (?:la|nuestra) (?:gama|colección)|catálogo completo)|(?:tutta la (?:gamma|collezione)|catalogo completo)|(?:toda a (?:linha|coleção)|linha completa)|(?:noch|weiterhin) (?:lieferbar|erhältlich|verfügbar|vorrätig)|still (?:available|in stock)|encore (?:disponible|en stock)|(?:todavía|aún) (?:disponible|en stock)|ancora disponibile|ainda (?:disponível|em estoque)|(?:gibt(?:'s|s)?|gibt es) (?:\\p{L}+ )?auch direkt bei uns)${E}|在庫を豊富|品揃え|全商品|ラインナップ`,
);
/** A help page, not a shop: the address carries a manual, video, guide or download. */
const DOC = re(
  `${W}(?:manuals?|guides?|videos?|tutorials?|instructions?|faq|help|support|downloads?|anleitung\\p{L}*|handbuch|notice|manuel|tutos?|vídeos?|manual|guía|istruzioni|manuale|guida|suporte|ajuda)${E}|説明書|マニュアル|動画|サポート`,
);
/** A lower price told in the past ("der Versand war günstiger") or compared with something other than the listing here ("bei x.de
 *  günstiger als das Original": another shop's spare against the original) is no offer of the seller's. */
const PAST_BEFORE = re(`${W}(?:was|were|war|waren|wäre|était|étaient|era|eran|fue|fueron|foi|foram)(?: \\p{L}{1,12})?\\s*$`);
const OTHER_COMPARED = re(
  `^\\s*(?:than|als|que|qu'|di|del|della|do que|che)\\s*(?!(?:here|hier|ici|aquí|aqui|qui|amazon|(?:on|bei|auf|sur|en|su|na|no|in) amazon)${E})`,
);
const NEGATED_ANY = re(`${W}(?:no|not|don't|kein\\p{L}{0,2}|nicht|pas|ne|sin|non|não|nessun\\p{L}?)${E}`);
const NEGATED_BEFORE = re(`${W}(?:no|not|don't|kein\\p{L}{0,2}|nicht|pas|ne|sin|non|não|nessun\\p{L}?)${E}[^.!?]{0,25}$`);

function rangeIn(s: string): RegExpExecArray | null {
  const more = MORE_VARIANTS.exec(s);
  const m = RANGE.exec(s) ?? (more && HAD_THERE.test(s) ? more : null);
  if (!m || NEGATED_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) return null;
  return m;
}

/** offplatform + marketing over each sentence whose seller address is told as where more of the range, or a lower price, is. */
export function shopRanges(t: string, addresses: readonly Span[]): Span[] {
  const urls = addresses.filter((a) => a.rule === 'url');
  if (urls.length === 0) return [];
  const out: Span[] = [];
  const sentences = sentenceSpans(t, 400);
  for (let i = 0; i < sentences.length; i++) {
    const [from, to] = sentences[i]!;
    const url = urls.find((a) => a.start >= from && a.start < to);
    if (!url) continue;
    const s = sliceOf(t, from, to);
    if (DOC.test(s)) continue;
    const at = url.end - from;
    // (CHEAPER is a global regexp: read from the sentence start)
    CHEAPER.lastIndex = 0;
    const cheaper = CHEAPER.exec(s);
    // (a lower price after the address, within its reach: "im Onlineshop x.de ist es 4 Euro günstiger")
    // (its own clause, read on both sides of it: "a cheaper rate was not possible" is no offer; a ";" parts it from the address)
    const clause = cheaper ? s.slice(at, cheaper.index + cheaper[0].length) + (s.slice(cheaper.index + cheaper[0].length).split(/[,;:.!?]/u)[0] ?? '') : '';
    const cheaperThere =
      cheaper &&
      cheaper.index >= at &&
      cheaper.index - at <= 40 &&
      !clause.includes(';') &&
      !NEGATED_ANY.test(clause) &&
      !PAST_BEFORE.test(s.slice(at, cheaper.index)) &&
      !OTHER_COMPARED.test(s.slice(cheaper.index + cheaper[0].length));
    let found = cheaperThere || rangeIn(s) !== null;
    let end = to;
    // (the range in the next sentence after a short invitation that holds the address: "x.jp にもぜひお越しください。在庫を豊富に…")
    const next = sentences[i + 1];
    if (!found && next && to - from <= 120 && !urls.some((a) => a.start >= next[0] && a.start < next[1])) {
      const n = sliceOf(t, next[0], next[1]);
      if (!DOC.test(n) && rangeIn(n)) {
        found = true;
        end = next[1];
      }
    }
    if (!found) continue;
    out.push({ rule: 'offplatform', severity: 'block', start: from, end, entry: 'offplatform:shop-range-structure' });
    out.push({ rule: 'marketing', severity: 'block', start: from, end, entry: 'marketing:shop-range-structure' });
  }
  return out;
}
