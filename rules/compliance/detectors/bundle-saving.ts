// Session 32 (mrec32b): a multi-unit pack, set or kit told as the cheaper buy against single pieces is a bundle pitched -
// `marketing` (policy: "other products"), whatever the seller sells it as, in the seven languages, per sentence:
//   against singles  a saving word and a comparison with single pieces: "works out cheaper per candle than buying them one by one",
//                    "conviene molto di più rispetto ai pezzi singoli", "セットは単品よりお安くなっております", "im Set günstiger
//                    als einzeln", "sale más barato que por separado", "revient moins cher qu'à l'unité", "sai mais em conta que avulso";
//   cheapest choice  a pack with a count named the cheapest option: "la scatola da sei è la soluzione più economica", "the 6-pack is the
//                    best-value option";
//   bought together  a price that drops for several units taken together: "prendendo insieme tre confezioni il prezzo scende a 9,90 €",
//                    "if you take three together the price drops".
// Not: a price explained in the past or denied ("the set was not cheaper than singles", "das Set war günstiger"), a pack the buyer
// asked about (the buyer's message holds a pack or price word: an answer), no pack word ("it is cheaper than the shop in town").
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

/** Single pieces as the comparison ("than buying them one by one", "rispetto ai pezzi singoli", "単品より"). */
const SINGLES = re(
  `${W}(?:(?:than|vs\\.?|versus|compared (?:to|with)) (?:buying |getting )?(?:them |it |each )?(?:one by one|one at a time|singly|separately|individually|single (?:items|pieces|units|ones|packs)|on (?:their|its) own)|als (?:(?:im |beim )?einzel\\p{L}{0,8}|die einzel\\p{L}{1,8}|separat)|(?:gegenüber|im vergleich zu[mr]?) (?:dem |den )?einzel\\p{L}{1,8}|qu'(?:à l'unité|au détail|en (?:les )?achetant (?:un par un|séparément|à l'unité))|que (?:(?:de )?(?:comprar(?:l[oa]s)? )?(?:por separado|suelt[oa]s?|de (?:una|uno) en (?:una|uno)|las unidades sueltas|los sueltos)|à l'unité|séparément|(?:comprar )?avuls[oa]s?|(?:comprar )?separad[oa]s?|(?:as )?unidades avulsas)|rispetto (?:ai|al|alle|all'|agli|a) (?:pezz[io] singol[io]|singol\\p{L}{1,6}|acquist[oi] singol[oi]|confezioni singole)|(?:che|di) (?:presi |comprati |comprarli )?(?:singolarmente|separatamente|uno alla volta)|do que (?:comprar )?(?:avuls[oa]s?|separad[oa]s?|uma por uma|um por um))${E}|単品(?:で(?:の)?(?:ご購入|購入|お買い求め)?(?:する|いただく)?)?(?:より|と比べ|に比べ)|個別に(?:ご購入|購入|買う)(?:する)?より|バラ(?:で(?:買う|購入する))?より`,
);
/** A saving told: cheaper, better value, a price that drops ("works out cheaper", "conviene", "お安く", "günstiger"). */
const SAVING = re(
  `${W}(?:cheaper|better value|saves? (?:you )?(?:money|\\p{N})|less per|günstiger|billiger|preiswerter|sparen sie|moins cher|plus avantageu\\p{L}{1,2}|économi\\p{L}{1,6}|más barat[oa]s?|más económic[oa]s?|sale (?:más )?a cuenta|ahorr\\p{L}{1,5}|conv(?:iene|eniente)|più economic[oa]|costa(?:no)? meno|risparmi\\p{L}{1,5}|mais barat[oa]s?|mais em conta|econom\\p{L}{1,6}|compensa)${E}|お安く|割安|お得`,
);
/** A pack, set or kit with a count or a pack noun ("the trio box", "la scatola da sei", "the 6-pack", "セット"). */
const PACK = re(
  `${W}(?:(?:trio|duo|value|multi|gift)[- ]?(?:box|pack|set)|\\p{N}{1,2}[- ]?(?:pack|er[- ]?(?:pack|set|packung))|packs? of \\p{N}{1,2}|(?:box|case|set|kit|bundle|pack) of (?:\\p{N}{1,2}|two|three|four|five|six|eight|ten|twelve)|bundle|kit|sets?|paket|vorratspack\\p{L}{0,3}|sparpack\\p{L}{0,3}|lot de|coffret|(?:boîte|pack) de (?:\\p{N}{1,2}|deux|trois|quatre|six|dix|douze)|lote|paquete|(?:caja|pack) de (?:\\p{N}{1,2}|dos|tres|cuatro|seis|diez|doce)|juego de|confezion\\p{L}{1,2}|(?:scatola|pacco|confezione) da (?:\\p{N}{1,2}|due|tre|quattro|sei|dieci|dodici)|multipack|(?:caixa|pacote|kit) (?:com|de) (?:\\p{N}{1,2}|duas|dois|três|quatro|seis|dez|doze)|combo|trio)${E}|セット|まとめ買い|詰め合わせ|\\p{N}{1,2}(?:個|本|枚)入り`,
);
/** The cheapest option: "la soluzione più economica", "the best-value option", "la opción más barata". */
const CHEAPEST = re(
  `${W}(?:the (?:cheapest|most economical|best[- ]value) (?:option|choice|way|buy)|die (?:günstigste|preiswerteste) (?:lösung|option|wahl|variante)|la (?:solution|option|formule) la plus (?:économique|avantageuse)|la (?:opción|solución|forma) más (?:económica|barata|conveniente)|la (?:soluzione|opzione|scelta) più (?:economica|conveniente)|a (?:opção|solução) mais (?:econômica|barata|em conta))${E}|一番お得|最もお得`,
);
/** Several units taken together and a price that drops ("prendendo insieme tre confezioni il prezzo scende"). */
const TOGETHER = re(`${W}(?:(?:take|buy|order|get)\\p{L}{0,3} (?:\\p{L}+ ){0,3}together|zusammen|ensemble|juntos|juntas|insieme|juntos)${E}`);
const PRICE_DROPS = re(
  `${W}(?:(?:the )?price (?:drops|goes down|comes down|falls)|sinkt der preis|der preis sinkt|le prix (?:baisse|descend)|el precio (?:baja|se reduce)|il prezzo (?:scende|cala|si abbassa)|o preço (?:cai|baixa|desce))${E}`,
);
/** A price told in the past or denied: no offer ("the set was not cheaper", "das Set war günstiger", "non conviene"). */
const PAST_OR_DENIED = re(
  `${W}(?:was|were|wasn't|isn't|not|no|war|waren|wäre|nicht|kein\\p{L}{0,2}|était|n'est|pas|era|fue|no|non|foi|não)${E}|ではありません|ではございません|でした`,
);
/** The buyer asked about a pack or a price: the sentence answers. */
const ASKED = re(`${W}(?:set|kit|pack|bundle|lot|coffret|paquete|lote|juego|confezion\\p{L}{1,2}|scatola|caixa|pacote|combo|cheaper|günstiger|moins cher|más barat\\p{L}|economic\\p{L}|barat\\p{L}|price|preis|prix|precio|prezzo|preço)${E}|セット|お得|安く|値段|価格`);

/** marketing over each sentence that pitches a pack as cheaper than single pieces (`buyerText`: the buyer's message, normalized). */
export function bundleSavings(t: string, buyerText: string): Span[] {
  if (ASKED.test(buyerText)) return [];
  const out: Span[] = [];
  for (const [from, to] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, from, to);
    const pack = PACK.exec(s);
    if (!pack) continue;
    const pitched =
      (SAVING.test(s) && SINGLES.test(s)) || CHEAPEST.test(s) || (TOGETHER.test(s) && PRICE_DROPS.test(s));
    if (!pitched || PAST_OR_DENIED.test(s)) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:bundle-saving-structure' });
  }
  return out;
}
