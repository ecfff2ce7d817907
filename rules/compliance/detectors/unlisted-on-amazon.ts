// An item the seller says is not sold on Amazon, then a "but" and a way to get it anyway: "It isn't sold on Amazon, but I
// can send you a payment link", "Der Korb ist bei Amazon nicht erhältlich, aber Sie können per Überweisung zahlen", "Elle n'est
// pas en vente sur Amazon, mais ...", "No está a la venta en Amazon, pero ...", "Non è in vendita su Amazon, ma ...", "Não está à
// venda na Amazon, mas ...", "Amazonでは販売しておりませんが、銀行振込で…". Amazon there is where the item is missing, not what
// carries the money, so payment-channel.ts reads only the clause after the contrast (its Amazon guard and refusal test included).
// why: s30 real-material rows (a spare part asked for, paid by a transfer, a payment-app top-up or a payment link) were cleared
// because the sentence named Amazon and a negation, both belonging to the unavailability clause.
// Not: the contrast clause that itself refuses or names Amazon ("..., but we cannot take PayPal", "..., but you can pay for it
// with Amazon Pay") - the callers' own guards read the returned rest.
import { compact } from './compact-letters';
import { alt, BUT_WORDS, CORE_NEGATORS, EN_NT, HOWEVER_WORDS, JA_CONTRAST_AFTER_NEG, JA_NEG_ENDINGS, JA_ORAZU, NI, wholeWords } from '../negation';

/** A contrast opening the next clause (after a comma or a blank), in the checker languages. */
// (no French "cependant/toutefois": the list as it was)
const CONTRAST = compact(new RegExp(`(?:,\\s{0,2}|\\s)(?:${alt(BUT_WORDS, 'porém', HOWEVER_WORDS)})(?![\\p{L}])|${JA_CONTRAST_AFTER_NEG}`, 'gu'));
/** The item's availability, in the clause before the contrast: sold, available, listed, stocked, offered. */
// (whole verb families: "vend-" is sell in fr/es/it/pt, "verkauf-" in de; "a la venta", "à venda", "in vendita", "en vente")
const AVAILABLE = compact(/(?<![\p{L}])(?:sold|sell\p{L}{0,3}|available|for sale|on sale|listed|list|stock(?:ed)?|carr(?:y|ied)|offer(?:ed)?|verkauf\p{L}{0,3}|erhältlich|gelistet|angeboten|im sortiment|gibt es|vend\p{L}{1,5}|venta|vente|vendita|venda|disponib\p{L}{1,4}|dispon[íi]vel|propos\p{L}{1,4}|ofrec\p{L}{1,4}|ofere[çc]\p{L}{1,4}|offr\p{L}{1,4}|offert\p{L}{0,2}|trouv\p{L}{0,4})(?![\p{L}])|販売|出品|取り?扱|扱って|売って|ございません|ありません/u);
/** Amazon as the place ("on/at/bei/sur/en/su/na Amazon", "Amazonでは/には"). */
const ON_AMAZON = /(?<![\p{L}])(?:on|at|via|through|bei|auf|über|sur|chez|en|por|su|in|na|no|em|pela|da)\s(?:(?:the|der|la|le|l'|el|a|o)\s?)?amazon(?![\p{L}])|(?:amazon|アマゾン)(?:で|に|の)/u;
/** A negation of that availability (not the Portuguese "no" = "in the": "no Amazon"). */
// (French "plus" and "no longer": no longer sold; "no" only before no Portuguese place, "no Amazon", "no site")
const NEGATION = new RegExp(
  `${wholeWords(CORE_NEGATORS, 'no longer', 'plus', NI, 'no(?!\\s(?:amazon|site|canal))')}|${EN_NT}|${JA_NEG_ENDINGS}|${JA_ORAZU}`,
  'u',
);

/** The clause before each contrast, back to a stop or a comma (bounded). */
const REACH = 120;

/** Where the clause after "not sold on Amazon, but" starts in s, or -1: the unavailability clause holds Amazon as a place,
 *  a negation and an availability word, and the contrast follows it. */
export function afterUnlistedOnAmazon(s: string): number {
  if (!/amazon|アマゾン/u.test(s)) return -1;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(s); m; m = CONTRAST.exec(s)) {
    const head = s.slice(Math.max(0, m.index - REACH), m.index + (/^[,\s]/u.test(m[0]) ? 0 : m[0].length));
    const clause = head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf(';'), head.lastIndexOf('。'), head.lastIndexOf('\n')) + 1);
    if (ON_AMAZON.test(clause) && NEGATION.test(clause) && AVAILABLE.test(clause)) return m.index + m[0].length;
  }
  return -1;
}
