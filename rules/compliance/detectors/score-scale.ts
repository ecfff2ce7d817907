// A rating asked on a numeric scale, with no review word and no rating verb the lexicons know (s31 rec31b): the buyer asked
// to reply, give or pick "a score from 0 to 10" / "une note de 0 à 10" / "uma nota de 0 a 10" / "0〜10の数字で" for the purchase,
// the order, the experience or the seller's service - a survey by another name (README conventions: any request for a rating
// or opinion is review_request, neutral or not).
// Not: a range of days or hours ("arrives in 1 to 5 days": no score word), a product setting told or asked ("set the power level
// from 1 to 10", "welche Stufe von 1 bis 5 nutzen Sie?": a level, not a mark), a product fact ("rated 4 out of 5 for noise":
// no scale asked), a refusal ("we don't ask for a score from 1 to 10").
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';
import { gatedTest } from './literal-gate';

/** A scale from 0 or 1 to 5 or 10 ("from 0 to 10", "von 1 bis 5", "de 0 à 10", "del 0 al 10", "da 1 a 10", "entre 1 e 5", "0〜10"). */
// (not a decimal, a time or a date: "1.5 to 10.5", "0-10:30")
// (s32 rrec32b: a label after the low end - "from 1 (poor) to 5 (excellent)" - s27q-en-005)
const SCALE = /(?<!\p{N}|\p{N}[.,:/])[01]\s{0,2}(?:\([^()\n]{1,20}\)\s{0,2})?(?:to|-|–|\x96|~|〜|～|a|al|à|ao|bis|até|and|und|et|y|e)\s{0,2}(?:5|10)(?![\p{N}%]|[.,:/]\p{N})/u;
/** ... named as a mark: a score, a grade, a number, a scale (not a level or a setting, DEVICE). */
const SCORE_WORD = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:scores?|ratings?|rate|grades?|marks?|numbers?|scale|notes?|zahl|ziffer|punkte?|punktzahl|schulnote|skala|chiffre|échelle|nota|puntuación|puntaje|número|escala|voto|punteggio|numero|scala|pontuação|valuti|valutate|évaluez|notez-(?:nous|le|la)|califique|puntúe|avalie|bewerten sie)(?![\p{L}])|点数|点で|数字|段階|評価`,
    'u',
  ),
);
/** ... asked of the buyer: a verb of replying, giving, telling or picking in the forms that ask, or a question. */
const ASK = accentOptionalRe(
  compactRegExp(
    String.raw`[?？]|(?<![\p{L}])(?:reply|respond|answer|give us|tell us|send us|let us know|pick|choose|antworten sie|antworte|geben sie|nennen sie|schreiben sie|sagen sie|verraten sie|teilen sie|wählen sie|répondez|répondre|donnez|indiquez|dites|envoyez|attribuez|choisissez|responda|responde|respóndanos|respondanos|dénos|danos|díganos|dinos|indíquenos|indícanos|envíenos|elija|risponda|rispondi|rispondere|valuti|valutate|évaluez|notez-(?:nous|le|la)|califique|puntúe|avalie|bewerten sie|ci dia|dacci|ci dica|dicci|ci indichi|scelga|dê|nos dê|diga|nos diga|envie|informe|escolha|responder)(?![\p{L}])|返信|お送り|お知らせ|教えて|ご回答|お答え|お選び|ご記入`,
    'u',
  ),
);
/** ... about the purchase, the order, the experience, the satisfaction or the seller's service. */
const RATED = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:purchase|order|experience|satisf\p{L}{0,6}|service|support|customer care|kundenservice|kundendienst|assistance|asistencia|atención|assistenza|atendimento|suporte|shopping|kauf|einkauf|bestellung|erfahrung|zufrieden\p{L}{0,4}|achat|commande|expérience|compra|pedido|experiencia|experiência|servicio|serviço|acquisto|ordine|esperienza|soddisf\p{L}{0,6}|servizio)(?![\p{L}])|購入|注文|満足|お買い物|当店|対応`,
    'u',
  ),
);
/** A setting of the product on a scale: a level, a speed, a mode - not a mark. */
const DEVICE = /(?<![\p{L}])(?:levels?|settings?|speed|power|dial|mode|stufe|einstellung|leistung|niveau|réglage|vitesse|puissance|nivel|ajuste|velocidad|potencia|livello|impostazione|velocità|potenza|velocidade|potência)(?![\p{L}])|レベル|モード|強さ|速度/u;
const NEGATED = /(?<![\p{L}])(?:not|never|nicht|kein\p{L}{0,2}|pas|jamais|nunca|non|mai|não|nem)(?![\p{L}])|n't|ません|ない/u;

/** `review_request` over a sentence asking the buyer for a mark on a 0/1-to-5/10 scale for the purchase or the service. */
export function scoreScaleAsks(t: string): Span[] {
  const out: Span[] = [];
  const sentences = sentenceSpans(t, 400);
  sentences.forEach(([start, end], i) => {
    const s = sliceOf(t, start, end);
    if (!SCALE.test(s) || !gatedTest(SCORE_WORD, s) || !gatedTest(ASK, s) || DEVICE.test(s) || NEGATED.test(s)) return;
    // (what is rated may sit in the sentence before or after: "Wie war Ihr Kauf? Antworten Sie mit einer Zahl von 1 bis 10.")
    const near = (j: number) => sentences[j] !== undefined && sentences[j]![1] - sentences[j]![0] <= 200 && gatedTest(RATED, sliceOf(t, sentences[j]![0], sentences[j]![1]));
    if (!gatedTest(RATED, s) && !near(i - 1) && !near(i + 1)) return;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: 'review_request:score-on-a-scale' });
  });
  return out;
}
