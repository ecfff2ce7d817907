// The guards every promotion kind shares (promotion.ts, unasked-pitch.ts): the buyer's own order named, and a negation
// ("no" only outside Portuguese, portuguese.ts). Accent-optional: "commandee"/"commandée" read alike.
import { accentOptionalRe } from '../accent-optional';
import { negatingNo } from './portuguese';

/** Word edges and the pattern constructor every promotion file uses. */
export const W = '(?<![\\p{L}])';
export const E = '(?![\\p{L}])';
export const re = (source: string) => new RegExp(source, 'u');

/** The buyer's own order: clears a novelty unless "also/too" points at another item. */
export const OWN_ORDER = accentOptionalRe(re(
  `${W}(?:you (?:ordered|bought|purchased|received|chose|asked)|your (?:order|purchase|parcel|package|item)|tu pedido|que (?:pediste|compraste)|il tuo ordine|che (?:ha|hai) preso|sie (?:bestellt|gekauft|erhalten)|ihre[rn]? (?:bestellung|sendung)|vous avez (?:commandé|acheté|reçu)e?s?|votre commande|que (?:recibió|compró|pidió|usted compró)|su pedido|che (?:ha|hai) (?:ricevuto|acquistato|comprato|ordinato)|il suo ordine|que (?:você )?(?:recebeu|comprou|pediu)|seu pedido|(?:the same (?:one )?as|like) (?:the one )?you(?:rs| have)|(?:el mismo|la misma) que (?:usted |tú )?tiene|que usted tiene|(?:le même|la même) que (?:vous avez|le vôtre|la vôtre)|(?:lo stesso|la stessa) che (?:lei )?ha|(?:o mesmo|a mesma) que você tem|sie haben [^.!?\\n]{0,80}?(?:bestellt|gekauft|erhalten)|(?:left|has left|leaves) our (?:warehouse|depot)|(?:has|have|was|were) (?:been )?(?:shipped|dispatched|sent)|(?:is|are) on (?:its|their) way|(?:wurde|wurden|ist|sind) (?:heute |gestern )?(?:versandt|verschickt|versendet|unterwegs)|(?:a|ont) été expédiée?s?|(?:est|sont) en route|(?:fue|ha sido|han sido) enviad[oa]s?|(?:está|están) en camino|(?:è|sono) stat[oaie] spedit[oaie]|(?:è|sono) in viaggio|(?:foi|foram) enviad[oa]s?|(?:está|estão) a caminho)${E}|ご注文|お届けした|ご購入(?:の|いただいた|された)|発送(?:いたしました|しました|済)`,
));

/** A negation in a novelty sentence ("not released yet", "ya no", "nicht mehr"); the invitations
 *  "don't miss", "no se pierda" are read before it. */
const NEGATION_WORDS = accentOptionalRe(re(`${W}(?:not|never|nicht|kein\\p{L}{0,2}|pas|non|não|nunca)${E}|n't|ません|ない`));
/** A negation in the sentence; "no" only outside Portuguese, where it is "in the" (s17: "você pode entrar no Clube …"). */
export const NEGATION = { test: (s: string): boolean => NEGATION_WORDS.test(s) || negatingNo(s) };
