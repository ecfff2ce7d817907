// Session 32 (mrec32): the seller's stall at a market or its shop in town, told as where the buyer can come and buy, is a sale
// outside Amazon and a promotion: `offplatform` + `marketing` (README of test/corpus/real: buying outside Amazon, other products).
// Per sentence, a market or a physical shop and the seller there or an invitation to come:
//   "we're at the Saturday tailgate market, stall 14 - come say hi", "jeden Samstag stehen wir auf dem Wochenmarkt", "on fait aussi
//   le marché de Noël, passez nous voir au chalet 31", "vendemos en el mercadillo de los domingos", "siamo al mercatino di Natale",
//   "estamos na feira de domingo", "週末のマルシェに出店しています"
// Not: a shop or market denied or in the past ("we have no physical shop", "antes vendia só na feira"), a pickup point named after a
// market ("point relais Tabac du Marché": no seller there), the weekday "sexta-feira", Amazon's marketplace.
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';

const W = String.raw`(?<![\p{L}-])`;
const E = String.raw`(?![\p{L}-])`;
const re = (source: string) => compactRegExp(source, 'u');

/** A market or a shop in town. */
const PLACE = re(
  `${W}(?:(?:farmers'?|tailgate|saturday|sunday|weekend|christmas|craft|flea|street|weekly|local|night) markets?|market stall|(?:wochen|weihnachts|floh|bauern|kunsthandwerker|advents)markt|marktstand|ladengeschäft|marchés?|(?:marché|boutique) (?:physique|de noël)|mercadillos?|mercado (?:de los|semanal|artesan\\p{L}+|navideño)|tienda física|mercatin[oi]|mercato (?:settimanale|del|di natale|contadino)|negozio fisico|feirinhas?|feira (?:de|do|da|livre|artesanal)|loja física)${E}|マルシェ|朝市|実店舗|手作り市|クラフトフェア`,
);
/** The seller there, or the buyer invited to come. */
const THERE = re(
  `${W}(?:we(?:'re| are|'ll be| will be) (?:also )?at|we (?:also )?sell at|find us at|come (?:and )?(?:say hi|see us|visit us|find us)|pop by|drop by|stall \\d{1,3}|booth \\d{1,3}|(?:stehen|sind|verkaufen) wir|finden sie uns|besuchen sie uns|(?:kommen|schauen) sie (?:gern(?:e)? )?(?:mal )?vorbei|mit (?:dem|unserem) stand|on (?:fait|est|sera|vend)|nous (?:sommes|serons|vendons|faisons)|pass(?:ez|e)[- ]nous voir|venez nous voir|au (?:chalet|stand) \\d{1,3}|(?:también )?vendemos en|estamos en|estaremos en|ven(?:id)? a vernos|pásate|puesto \\d{1,3}|(?:siamo|saremo|vendiamo) (?:anche )?al|venite a trovarci|pass(?:i|a) a trovarci|bancarella|(?:estamos|vendemos|estaremos) (?:também )?na|pass[ae] lá|vem nos visitar|venha nos visitar|barraca \\d{1,3})${E}|出店して|お越しください|お立ち寄りください`,
);
/** Denied or gone: "we have no physical shop", "nicht mehr auf dem Markt", "ya no vamos al mercadillo". */
const DENIED = re(`${W}(?:no|not|no longer|keine?n?|nicht|kein|pas|plus|ya no|non|não|nem|ni)${E}`);

/** offplatform + marketing over each sentence that has the seller at a market or shop the buyer can come to. */
export function marketStalls(t: string): Span[] {
  const out: Span[] = [];
  for (const [from, to] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, from, to);
    const place = PLACE.exec(s);
    if (!place || !THERE.test(s) || DENIED.test(s.slice(0, place.index))) continue;
    out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:market-stall-structure' });
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:market-stall-structure' });
  }
  return out;
}
