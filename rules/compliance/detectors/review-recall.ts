// Review asks read from their structure, with no review word or no ask verb the lexicons know (s30 rrecb):
// - social-proof-turn: other buyers' top counts stated, then the next sentence turns to the buyer ("And you?", "¿Te unes a ellos?",
//   "E você, que nota daria?", "Und Sie?", 「あなたもいかがですか」): the buyer's rating asked for and steered (review_request + leading).
// - answer-with-stars: the buyer asked to answer (Amazon's mail, the survey) "with 5 stars" ("merci d'y répondre avec 5 étoiles", "bitte
//   mit 5 Sternen antworten", "responda con 5 estrellas"): the answer is the rating (review_request; the top count is the lexicons' leading).
// - stars-for-reward: a terse deal, a top count and, coordinated with it, what the seller gives ("5 stars and we refund 10%", "5 stelle e
//   le rimborsiamo il 10%", "5 Sterne und Sie bekommen 10 % zurück"): the rating is the price (review_request + leading).
// - service-comment: a comment left "on how we served you" ("¿nos dejarías un comentario sobre cómo te atendimos?", "laissez-nous un
//   commentaire sur la façon dont nous vous avons aidé"): the seller's service rated in public (review_request; a fix given as the
//   reason then makes it leading through conditioned-ask.ts).
// Not: a count with no turn to the buyer ("98% of buyers rate it 5 stars." alone), a turn after a count of orders or parcels (no star
// or top mark), a thanks for stars given ("thanks for the 5 stars, and we refunded 10% as agreed"), a negated deal ("we can't give
// 10% for 5 stars"), a comment asked here in the reply ("reply here with a comment on how we helped").
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { CORE_NEGATORS, EN_NT, NUNCA, JAMAIS, IT_MAI, JA_NEG_ENDINGS, NO, wholeWords } from '../negation';
import { compactRegExp } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';
// (each sentence's first pattern through its literal gate: read per sentence of every text, they open with look-behinds or
// clause-start alternatives V8 tries at every character)
import { gatedTest, mayMatch } from './literal-gate';

const STAR = String.raw`(?:stars?|sterne?n?|étoiles?|estrellas?|stelle|estrelas?)`;
const TOP = String.raw`(?:5|five|fünf|cinq|cinco|cinque)`;
/** Other buyers: customers, buyers, owners (a number or "most" before is optional - the noun is what makes them others). */
const OTHERS = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:customers|buyers|shoppers|owners|kunden|käufer\p{L}{0,2}|clients|acheteurs|clientes|compradores|clienti|acquirenti|compratori)(?![\p{L}])|お客様|購入者`, 'u'));
/** ... who gave top marks: a top count with a star noun, or the top mark named ("note maximale", "la máxima puntuación"), 星5. */
const TOP_MARK = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}\d.,])${TOP}[- ]?${STAR}(?![\p{L}])|(?<![\p{L}])(?:top|full|maximum|highest) (?:marks|rating|score)|note maximale|(?:la )?m[áa]xima (?:puntuaci[óo]n|nota|valoraci[óo]n)|nota m[áa]xima|punteggio massimo|(?:星|★)\s?[5５五]|満点|最高評価`, 'u'));
/** The next sentence turns to the buyer: "and you", a join question, or a question on the buyer's rating. */
const TURN = accentOptionalRe(compactRegExp(String.raw`^\s*[¿¡]?\s*(?:(?:and|und|et|y|e) (?:you|yourself|sie|du|vous|toi|tú|usted|ustedes|lei|tu|voi|você|vocês)(?![\p{L}])|(?:will|would|won't) you join|join them|(?:te|se) (?:unes|une|unirás|unirá)|únete|únase|rejoignez|rejoindrez|unisciti|si unisce|si unirà|junte-se|se junta|vai se juntar|schließen sie sich)|^\s*(?:あなた|お客様)(?:も|は)`, 'u'));
/** A turn that is a bare "and you?" or asks after the buyer's rating or joining - not "And you, which colour do you need?". */
const TURN_ABOUT_RATING = accentOptionalRe(compactRegExp(String.raw`^[^\p{L}]*(?:\p{L}+[^\p{L}]*){1,3}$|(?<![\p{L}])(?:join|rate|rating|give|stars?|geben|bewert\p{L}*|sterne?n?|donne\p{L}{0,3}|note|étoiles?|rejoi\p{L}+|un\p{L}{1,4}|dar\p{L}{0,3}|nota|puntu\p{L}+|estrellas?|darebbe|dà|voto|stelle|daria|estrelas?|junt\p{L}+)(?![\p{L}])|評価|星|いかが`, 'u'));
const NEGATED = new RegExp(`${wholeWords(CORE_NEGATORS, NO, JAMAIS, NUNCA, IT_MAI)}|${EN_NT}|${JA_NEG_ENDINGS}`, 'u');

/** `review_request` + `leading` over a statement of other buyers' top marks and the turn to the buyer in the sentence after. */
export function socialProofTurns(t: string): Span[] {
  const out: Span[] = [];
  const sentences = sentenceSpans(t, 400);
  for (let i = 0; i + 1 < sentences.length; i++) {
    const [start, end] = sentences[i]!;
    const [nextStart, nextEnd] = sentences[i + 1]!;
    if (nextEnd - nextStart > 120) continue;
    const s = sliceOf(t, start, end);
    if (!gatedTest(OTHERS, s) || !gatedTest(TOP_MARK, s) || NEGATED.test(s)) continue;
    const next = sliceOf(t, nextStart, nextEnd);
    if (!TURN.test(next) || !TURN_ABOUT_RATING.test(next)) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end: nextEnd, entry: 'review_request:social-proof-turn' });
    out.push({ rule: 'leading', severity: 'block', start, end: nextEnd, entry: 'leading:social-proof-turn' });
  }
  return out;
}

/** A verb of answering in the forms that ask (infinitive, imperative, polite subjunctive), then "with" a top count. */
const ANSWER_WITH = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:reply|respond|answer|antworten|beantworten|répondre|répondez|répondiez|responder|responda|responde|respondas|rispondere|risponda|rispondi|responder|responda|responde)(?![\p{L}])(?: [\p{L}']{1,14}){0,4}? (?:with|mit|avec|con|com) (?:(?:the|den|les|las|le|as|a) )?(?:full |vollen |toutes les |todas las |tutte le |todas as )?${TOP}[- ]?${STAR}(?![\p{L}])|(?:星|★)\s?[5５五]つ?で(?:ご)?(?:回答|返信|お答え)`, 'u'));
/** ... put as a request: please, a modal, a grateful wish, a question. */
const REQUEST = accentOptionalRe(compactRegExp(String.raw`[?？]|(?<![\p{L}])(?:please|could you|would you|kindly|grateful|appreciate|bitte|könnten|würden|dankbar|pourriez|merci de|reconnaissant\p{L}{0,2}|s'il vous pla[iî]t|por favor|podr[íi]a\p{L}{0,2}|agradec\p{L}{1,6}|per favore|potrebbe|grat[oi]|poderia|ficar[ií]amos)(?![\p{L}])|ください|お願い|いただけ`, 'u'));

/** `review_request` over a sentence asking the buyer to answer with a top count of stars. */
export function starAnswers(t: string): Span[] {
  const out: Span[] = [];
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    const m = mayMatch(ANSWER_WITH, s) ? ANSWER_WITH.exec(s) : null;
    if (!m || !REQUEST.test(s) || NEGATED.test(s.slice(Math.max(0, m.index - 30), m.index + m[0].length))) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: 'review_request:answer-with-stars' });
  }
  return out;
}

/** A top count at a clause head, coordinated with what the seller gives: money back, a share off, a gift. */
const STARS_FOR = accentOptionalRe(compactRegExp(String.raw`(?:^|[:;,\x96\x97–—-])\s*(?:ok(?:ay)?|deal|d'accord|va bene|de acuerdo|vale|combinado|abgemacht|einverstanden)?[\s:,]*${TOP}[- ]?${STAR} (?:and|und|et|y|e|\+|=|->|→) (?:[\p{L}']{1,12} ){0,3}?(?:refund\p{L}{0,3}|rimbors\p{L}{1,6}|erstatt\p{L}{1,6}|rembours\p{L}{1,6}|reembols\p{L}{1,6}|devolv\p{L}{1,6}|\d{1,3} ?%|discount|sconto|rabatt|réduction|remise|descuento|desconto|gift|regalo|cadeau|geschenk|omaggio|brinde|gratis|free|gratuit\p{L}{0,2})(?![\p{L}])`, 'u'));
const THANKS = /(?<![\p{L}])(?:thanks|thank you|danke|merci|gracias|grazie|obrigad[oa])(?![\p{L}])|ありがと/u;

/** `review_request` + `leading` over a sentence that trades a top count for the seller's reward. */
export function starsForReward(t: string): Span[] {
  const out: Span[] = [];
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    if (!gatedTest(STARS_FOR, s) || THANKS.test(s) || NEGATED.test(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: 'review_request:stars-for-reward' });
    out.push({ rule: 'leading', severity: 'block', start, end, entry: 'leading:stars-for-reward' });
  }
  return out;
}

const SERVICE_VERB = String.raw`(?:served|helped|handled|treated|looked after|betreut|geholfen|behandelt|bearbeitet|servi|aidé|accompagné|traité|atend\p{L}{1,6}|ayud\p{L}{1,6}|trat\p{L}{1,6}|servido|assistit\p{L}|aiutat\p{L}|seguit\p{L}|servit\p{L}|ajud\p{L}{1,6}|servimos)`;
/** A comment left on how the seller served the buyer: a leave/write verb in the forms that ask (not "we left a comment"), a comment noun, "on how", a service verb. */
const SERVICE_COMMENT = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:leave|write|give|hinterlassen|hinterlasst|schreiben|schreibt|laisser|laissez|laisseriez|écrire|écrivez|dej(?:ar|e|es|a|ara|aras|ar[íi]as?|arnos|enos|anos|adnos)|escrib(?:ir|a|e|as|ir[íi]as?|irnos|anos|enos)|lasci(?:are|arci|ateci|ci|erebbe|eresti|a)?|scriv(?:ere|a|i|erci|ici|erebbe)|deix(?:ar|e|a|aria|ar-nos|e-nos)|escrev(?:er|a|e|eria))(?: (?:us|uns|nous|nos|ci|a|an|un|una|une|um|uma|einen|eine|kurzen|petit|pequeño|breve|quick|short)){0,3} (?:comment|kommentar|commentaire|comentario|commento|comentário|few words|paar worte|quelques mots|unas palabras|due parole|algumas palavras) (?:on|about|über|zu|sur|sobre|su|de) (?:how|wie|comment|la façon dont|c[óo]mo|come|como)(?: [\p{L}']{1,14}){0,3}? ${SERVICE_VERB}(?![\p{L}])|(?<![\p{L}])(?:kommentar|paar worte|paar zeilen)(?: [\p{L}']{1,14}){0,2}? (?:schreiben|hinterlassen|schreibst|schreibt)\p{L}{0,2},? (?:(?:darüber|dazu),? )?wie(?: [\p{L}']{1,14}){0,3}? ${SERVICE_VERB}(?![\p{L}])`, 'u'));
/** ... asked here, in the reply to this message: the comment comes to the seller, not to a public page. */
const HERE = /(?<![\p{L}])(?:here|reply|hier|antworten sie|ici|répondez|aquí|responda|qui|risponda|aqui)(?![\p{L}])/u;

/** `review_request` over a sentence asking for a comment on how the seller served the buyer. */
export function serviceComments(t: string): Span[] {
  const out: Span[] = [];
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    if (!gatedTest(SERVICE_COMMENT, s) || HERE.test(s) || NEGATED.test(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: 'review_request:service-comment' });
  }
  return out;
}
