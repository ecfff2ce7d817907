// The buyer's own words of praise asked to be copied into the review or onto the product page: "Any chance you could put exactly
// that on the Amazon product page?", "Any chance you'd paste what you just wrote into the Amazon review box?", "Ça vous dirait de
// recopier ces quelques mots sur la page du produit ?", "scriva proprio questo nella recensione su Amazon", "coloca esse mesmo
// comentário lá na página do produto", "genau das würde sich als Rezension super machen", 「それをそのままレビューにしていただける
// と嬉しいです」, 「そのお気持ちを商品ページにもお寄せください」. The review's content is dictated - the praise the seller just read -, so
// the ask is leading as well as a review ask (README conventions: an ask that steers towards a positive review). conditioned-ask.ts
// praisePassedOn reads this only with the buyer's praising message at hand; here the words "the same" (exactly that, ces quelques
// mots, proprio questo, esse mesmo, genau das, そのまま) carry it, with no buyerMessage.
// Per sentence, all of: SAME (the buyer's earlier words named as what goes in), a destination (a review word or the public page) and
// a request (a question, please, a wish, an imperative, 〜ください/嬉しい), and no thanks for it (a posted review thanked).
// Not: the seller's own edit ("We'll add exactly that to the listing's FAQ" - no request), a photo or an order detail asked ("could
// you send exactly that photo?" - no destination), thanks ("Merci, ces quelques mots sur la page du produit nous ont touchés").
// why: s32 rrec32 - s27r-en-008, s28gr2-en-010, s27r-fr-006, s27r-it-006, s28gr2-pt-006, s8-de-0113, s8-ja-0113, s28gr2-ja-004, and
// "say it too on the listing" after other buyers' praise (s10-en-042).
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compact } from './compact-letters';

export const PRAISE_COPIED_ENTRY = 'praise-copied-into-review';

/** The buyer's own words named as the content. */
// (a bare "exactly that", "proprio questo", "esse mesmo", "eso mismo" names a size or a model as often - "Please choose exactly that size
// on the listing", "Le serve proprio questo modello?": those need a verb of writing or putting before them, or a noun of words after)
const SAME = compact(
  /(?<![\p{L}])(?:(?:put|paste|copy|write|say|post|add|repeat) (?:exactly|just) (?:that|this|those words)|exactly what you (?:just )?(?:wrote|said|told us)|what you(?:'ve)? just (?:wrote|written|said|told us)|those (?:same |kind |exact )?words|the same words|word for word|(?:say|write|put) (?:it|that|so) (?:too|as well)|ces (?:quelques |mêmes |jolis |gentils |beaux )?mots|ce que vous (?:venez de (?:m'|nous )?(?:écrire|dire)|(?:m'|nous )avez (?:écrit|dit))|(?:recopier|copier|écrire|mettre|dire|recopiez|copiez|écrivez|mettez|dites) exactement (?:ça|cela)|(?:scriva|scrivi|scrivere|scriverlo|metta|mettere|copi|copiare|ripeta|ripetere|dica|dire) (?:proprio|esattamente) (?:questo|quello che|così)|(?:le )?stesse parole|quello che (?:mi|ci) ha (?:scritto|detto)|(?:esse|este) mesmo (?:comentário|texto)|(?:essas|estas) (?:mesmas )?palavras|o que (?:você )?(?:me|nos) (?:escreveu|disse)|(?:escriba|escribe|escribir|ponga|pon|poner|diga|di|decir|cuente|cuenta|repita|repetir|copie|copiar) (?:eso mismo|exactamente eso)|(?:esas|estas) (?:mismas )?palabras|lo que (?:nos|me) (?:escribió|escribiste|dijo|dijiste)|genau das|genau diese (?:worte|zeilen)|diese (?:netten |lieben )?worte)(?![\p{L}])|それをそのまま|その(?:お気持ち|お言葉|ご感想)|いただいたお言葉/u,
);
/** Where it goes: a review word or the public page. */
const DESTINATION = compact(
  /(?<![\p{L}])(?:reviews?|rating|product page|listing|on amazon|amazon (?:page|review)|avis|commentaire|évaluation|(?:page|fiche) (?:du |de l')?produit|sur amazon|recensione|valutazione|pagina del prodotto|scheda|su amazon|avaliação|comentário|página do produto|na amazon|reseña|opinión|página del producto|en amazon|rezension|bewertung|produktseite|bei amazon|auf amazon)(?![\p{L}])|レビュー|商品ページ|評価/u,
);
/** A request or a wish put to the buyer. */
const REQUEST = compact(
  /\?|？|(?<![\p{L}])(?:please|any chance|would you|could you|can you|we'd love|would love|would be (?:great|lovely|amazing|wonderful)|ça vous dirait|pourriez|voudriez|n'hésitez pas|recopiez|copiez|mettez|écrivez|se le va|se vuole|potrebbe|scriva|scrivi|copi|metta|se puder|pode|poderia|coloca|coloque|copie|cole|escreva|si (?:puede|quiere)|podría|ponga|pon|escriba|copie|würde(?:n)? sich|könnten sie|würden sie|gerne?|bitte)(?![\p{L}])|ください|下さい|嬉しい|うれしい|幸い|お願い|いただけ/u,
);
/** Thanks in the sentence: a review already written is thanked, nothing asked. */
const THANKED = compact(/(?<![\p{L}])(?:thanks?|thank you|merci|danke|grazie|gracias|obrigad[oa])(?![\p{L}])|ありがと/u);

/** leading + review_request spans (normalized copy) over sentences asking the buyer's own praise copied into a review. */
export function praiseCopied(t: string): Span[] {
  const out: Span[] = [];
  if (!SAME.test(t)) return out;
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    if (!SAME.test(s) || !DESTINATION.test(s) || !REQUEST.test(s) || THANKED.test(s)) continue;
    out.push(
      { rule: 'review_request', severity: 'block', start, end, entry: `review_request:${PRAISE_COPIED_ENTRY}` },
      { rule: 'leading', severity: 'block', start, end, entry: `leading:${PRAISE_COPIED_ENTRY}` },
    );
  }
  return out;
}
