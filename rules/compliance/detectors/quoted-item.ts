// A rating or promotion word inside a quoted product name (s31 prec31b): "the spice rack "Five Stars" has four shelves", "Das
// Regal „Fünf Sterne“ ist 40 cm breit", "votre commande « Draps Bestseller coton »", "tu pedido de «Sábanas Top Ventas 400
// hilos»", "il suo ordine «Cuscino Bestseller memory»", "seu pedido \"Jogo Cinco Estrelas\"", 「ご注文の『五つ星ラック』」. The quote
// is a name: it follows the buyer's order ("your order of", "Ihre Bestellung", "ご注文の") or a determiner and one noun that open
// the sentence and it is followed by a verb of having or being - the name's item is the subject of a fact.
// check.ts's insideQuotes clears only a phrase inside a longer quote of at most five words; a name of one phrase ("„Fünf
// Sterne“") or of seven words after the order was left flagged.
// Not (each keeps its finding): a review, rating, star or ask word outside the quote ("Ihre Bewertung „Fünf Sterne“ hilft uns",
// "give us "five stars" please"), a quote after a verb ("wir freuen uns über „Fünf Sterne“"), a quote with a sentence stop in it,
// a name after anything but the order or an opening noun ("check out our "Bestseller Set"").
import { accentOptionalRe } from '../accent-optional';
import { compact } from './compact-letters';
import { lowerBound } from './entry-index';

/** Openers and their closers on the normalized text (typographic double quotes are folded to '"'). */
const PAIRS: ReadonlyMap<string, string> = new Map([['"', '"'], ['«', '»'], ['‹', '›'], ['「', '」'], ['『', '』'], ['“', '”'], ['„', '“']]);
/** The buyer's order right before the quote: "your order of", "Ihre Bestellung", "votre commande de", "tu pedido de", "il suo ordine
 *  di", "seu pedido de", "ご注文の". */
const ORDER_BEFORE = accentOptionalRe(compact(/(?<![\p{L}])(?:order|purchase|bestellung|commande|achat|pedido|compra|ordine|acquisto|encomenda)(?:\s(?:of|for|von|de|du|des|di|del|della|do|da))?\s?:?\s?$|ご注文の\s?$|ご購入の\s?$/u));
/** A determiner and a noun of one or two words opening the sentence: "the shelf", "das Regal", "le jeu", "el juego", "il gioco", "o jogo". */
const NOUN_OPENS = /^\s*(?:the|this|das|der|die|dieses|diese|dieser|le|la|l'|ce|cet|cette|el|este|esta|il|lo|questo|questa|o|a|esse|essa)(?:\s[\p{L}-]{2,24}){1,2}\s?$/u;
/** A verb of having or being right after the closing quote: the name's item is the subject of a fact. */
const FACT_VERB_AFTER = /^\s?,?\s?(?:has|is|comes|measures|fits|hat|ist|misst|passt|a|est|mesure|tiene|es|mide|cabe|ha|è|misura|tem|é|mede|cabe|does|was|war|était|era|foi)(?![\p{L}])/u;
/** A review, rating, star or ask word outside the quote: then the quote serves an ask. */
const REVIEW_OR_ASK = accentOptionalRe(compact(/(?<![\p{L}])(?:review\p{L}{0,2}|rat(?:e|ing)\p{L}{0,2}|stars?|feedback|please|bewert\p{L}{0,4}|rezension\p{L}{0,2}|sterne?n?|bitte|avis|note[rz]?|notez|[ée]valu\p{L}{1,6}|[ée]toiles?|s'il vous pla[îi]t|rese[ñn]\p{L}{0,2}|valor\p{L}{1,6}|estrellas?|por favor|recension\p{L}{0,2}|valut\p{L}{1,6}|stelle|per favore|avalia\p{L}{1,6}|resenh\p{L}{1,2}|estrelas?|nota)(?![\p{L}])|レビュー|評価|星|お願い/u));

/** The straight quotes' and line breaks' offsets in the last text read, so that a line's start and a parity count are binary
 *  searches, not scans of the line per phrase (a 100k-character line of quoted phrases was quadratic: scaling.test.ts). */
let marks: { text: string; quotes: number[]; breaks: number[] } = { text: '', quotes: [], breaks: [] };
function offsetsOf(t: string, ch: string): number[] {
  const at: number[] = [];
  for (let i = t.indexOf(ch); i >= 0; i = t.indexOf(ch, i + 1)) at.push(i);
  return at;
}
function marksOf(t: string): typeof marks {
  if (marks.text !== t) marks = { text: t, quotes: offsetsOf(t, '"'), breaks: offsetsOf(t, '\n') };
  return marks;
}

/** Is t[start, end) (normalized) inside a quoted product name, as the file's head describes? */
export function quotedItemName(t: string, start: number, end: number): boolean {
  const { quotes, breaks } = marksOf(t);
  const breaksBefore = lowerBound(breaks, start + 1);
  const lineFrom = breaksBefore ? breaks[breaksBefore - 1]! + 1 : 0;
  for (let i = start - 1; i >= Math.max(lineFrom, start - 60); i--) {
    const close = PAIRS.get(t[i]!);
    if (close === undefined) continue;
    // a straight quote opens only after an even number of them on its line
    if (t[i] === '"' && (lowerBound(quotes, i) - lowerBound(quotes, lineFrom)) % 2 === 1) return false;
    const rel = t.slice(end, end + 100).indexOf(close);
    if (rel < 0) return false;
    const closeAt = end + rel;
    const quoted = t.slice(i + 1, closeAt);
    if (/[\n!?。！？]|\.\s/u.test(quoted)) return false;
    let sentenceFrom = i;
    while (sentenceFrom > Math.max(lineFrom, i - 200) && !/[.!?。！？]/u.test(t[sentenceFrom - 1]!)) sentenceFrom--;
    const before = t.slice(Math.max(sentenceFrom, i - 40), i);
    const sentenceEnd = t.slice(closeAt + 1, closeAt + 200).search(/[.!?。！？\n]/u);
    const after = t.slice(closeAt + 1, sentenceEnd < 0 ? closeAt + 200 : closeAt + 1 + sentenceEnd);
    const opening = t.slice(sentenceFrom, i);
    const named = ORDER_BEFORE.test(before) || ((NOUN_OPENS.test(opening) || /^\s*$/u.test(opening)) && FACT_VERB_AFTER.test(after));
    return named && !REVIEW_OR_ASK.test(`${t.slice(sentenceFrom, i)} ${after}`);
  }
  return false;
}

// why: s37 g7 fr-010, it-010 - a book's title opening the sentence ("« Avis de ... » est l'édition de poche", "«Scrivere una
// recensione» è l'edizione 2018"): a quote that opens its sentence and is followed by a verb of having or being names the item,
// whatever review or ask words the title holds. Not a quote followed by anything else ("« Votre avis compte » : laissez-nous ...").
/** Where a quoted name that opens sentence `s` ends (the index after its closing mark), or 0 when `s` does not open with one
 *  followed by a verb of having or being. */
export function openingQuotedNameEnd(s: string): number {
  const open = /^\s*/u.exec(s)![0].length;
  const close = PAIRS.get(s[open] ?? '');
  if (close === undefined) return 0;
  const rel = s.slice(open + 1, open + 101).indexOf(close);
  if (rel < 0) return 0;
  const closeAt = open + 1 + rel;
  if (/[\n!?。！？]|\.\s/u.test(s.slice(open + 1, closeAt))) return 0;
  return FACT_VERB_AFTER.test(s.slice(closeAt + 1, closeAt + 40)) ? closeAt + 1 : 0;
}
