// A phrase inside a quote of the buyer's own words is the buyer's request, not the seller's ask, offer or
// invitation: 'You quoted "just email me the invoice" - no need for that', 'Sie schrieben: „Bitte schicken
// Sie mir die Rechnung per Mail.“ Das ist nicht nötig', 'Ci scrive «mandatemi la fattura per email»: non
// serve'. (s13 blind batch: the same reply in en/de/it/pt was flagged as an invitation to e-mail.)
// Pure, over the checker's normalized copy (typographic double quotes are folded to '"').
import { compact } from './detectors/compact-letters';

interface Range {
  start: number;
  end: number;
}

const CLOSE_OF: Readonly<Record<string, string>> = { '"': '"', '«': '»', '‹': '›', '「': '」', '『': '』' };
const ONLY_CLOSES = new Set(['»', '›', '」', '』']);
/** The same by code unit: the walk below reads up to REACH characters back from every phrase, and a
 *  character string per unit (t[i]) is a fresh allocation for each Japanese character (V8 caches only the
 *  Latin-1 ones), then hashed for the lookups: a Japanese reply's phrases spent more here than in any regexp. */
const CLOSE_CODE = new Map([...Object.entries(CLOSE_OF)].map(([open, close]) => [open.charCodeAt(0), close]));
const ONLY_CLOSE_CODES = new Set([...ONLY_CLOSES].map((c) => c.charCodeAt(0)));
/** How far a quote is looked for on either side of the phrase (bounded: linear on a 1 MB paste). */
const REACH = 160;

/** A verb that reports the buyer's words just before the quote, with the buyer as its subject or the seller
 *  as its addressee: "you wrote:", "Sie schrieben:", "vous écrivez", "nos escribe", "ci scrive", "você
 *  escreveu" (not "the card says:", which quotes the seller's own words). */
const REPORTED_BEFORE =
  compact(/(?<![\p{L}])(?:you (?:wrote|write|said|say|asked|ask|quoted|mentioned|requested)|you've (?:written|asked|said)|(?:sie|du) (?:schrieben|schreiben|schriebst|schreibst|fragten|fragen|fragtest|sagten|sagen|meinten|baten)|vous (?:écrivez|avez écrit|dites|avez dit|demandez|avez demandé|nous écrivez)|(?:usted|tú) (?:nos |me )?(?:escribió|escribe|escribiste|escribes|dijo|dice|dices|pregunta|preguntó|preguntaste|pide|pidió|comenta|comentó)|(?:nos|me) (?:escribió|escribe|escribiste|dijo|dice|pregunta|preguntó|pide|pidió|comenta|comentó)|(?:lei|tu) (?:ci |mi )?(?:scrive|ha scritto|hai scritto|scrivi|chiede|ha chiesto|dice|ha detto)|(?:ci|mi) (?:scrive|ha scritto|hai scritto|chiede|ha chiesto|dice|ha detto)|(?:você|o senhor|a senhora) (?:nos |me )?(?:escreveu|escreve|disse|diz|pediu|pergunta|perguntou|comentou|mencionou)|(?:nos|me) (?:escreveu|disse|pediu|perguntou|comentou|mencionou))[\s:,-]{0,4}$/u);
/** Japanese reports the words after the quote: 「…」とのこと, 「…」とお書き, 「…」とご連絡. */
const REPORTED_AFTER_JA = /^\s?(?:とのこと|とお書き|とご連絡|とのご|というご|と書かれ|とおっしゃ)/u;

/** The quote around a span on its line: [open, close) offsets of the quote marks, or null. */
function quoteAround(t: string, span: Range): [number, number] | null {
  for (let i = span.start - 1; i >= Math.max(0, span.start - REACH); i--) {
    const c = t.charCodeAt(i);
    if (c === 0x0a || ONLY_CLOSE_CODES.has(c)) return null;
    const close = CLOSE_CODE.get(c);
    if (close === undefined) continue;
    // (searched within reach only: an unclosed quote must not make each phrase read the rest of a 1 MB paste)
    const at = t.slice(span.end, span.end + REACH).indexOf(close);
    if (at < 0 || t.slice(span.end, span.end + at).includes('\n')) return null;
    return [i, span.end + at];
  }
  return null;
}

const TRAILING = /[\s.!?,;:。！？、]+$/u;

/**
 * Is the span inside a quote of the buyer: the quoted words are in the buyer's message (normalized, as
 * `t`), or a verb of saying addressed to the buyer introduces the quote?
 */
export function quotesTheBuyer(t: string, span: Range, buyer: string): boolean {
  const quote = quoteAround(t, span);
  if (!quote) return false;
  const [open, close] = quote;
  const quoted = t.slice(open + 1, close).trim().replace(TRAILING, '');
  if (buyer && quoted.length >= 4 && buyer.includes(quoted)) return true;
  return REPORTED_BEFORE.test(t.slice(Math.max(0, open - 40), open)) || REPORTED_AFTER_JA.test(t.slice(close + 1, close + 12));
}

/** Cheap pre-test: a text without any quote mark quotes nobody. */
export const mayQuote = (t: string): boolean => /["«‹「『]/u.test(t);
