// A screenshot of the buyer's review asked with the review named in the sentence before (s29 fit rows' kind): "Merci pour le
// commentaire publié hier ! Pourriez-vous nous en envoyer une capture d'écran ?", "Gracias por tu valoración. ¿Nos podrías mandar una
// captura de pantalla?" - the proof an incentive or a display needs: leading (README: a screenshot of a review is leading). The
// lexicons read "a screenshot of your review" in one phrase; here the review is the sentence before and the screenshot has no object
// of its own.
// Read per sentence: a screenshot noun, a request that the buyer send it (a question, please, a polite imperative), a review word in
// the sentence or the one before, and no other object after the noun ("of the error", "de l'écran", "della fattura"). Not a refusal.
import { compactRegExp } from './compact-letters';
import { gatedTest } from './literal-gate';
import type { Span } from './span';
import { sentenceSpans } from './sentence';
import { sliceOf } from '../normalize';

const SHOT = compactRegExp(String.raw`(?<![\p{L}])(?:screenshots?|screen shots?|bildschirmfotos?|capture d'[ée]cran|captures? d'[ée]cran|captura de pantalla|capturas de pantalla|pantallazos?|schermat[ae]|captura de tela|capturas de tela|print da tela)(?![\p{L}])|スクリーンショット|スクショ|画面キャプチャ`, 'u');
const SHOT_GLOBAL = new RegExp(SHOT.source, 'gu');
const ASKED = compactRegExp(String.raw`[?？]|(?<![\p{L}])(?:please|send us|could you|can you|would you|bitte|schicken sie|senden sie|pourriez|pouvez-vous|envoyez|merci de|podr[ií]as?|puede|m[áa]ndanos|env[íi]enos|env[íi]anos|potrebbe|pu[òo]|ci invii|ci mandi|mandarci|inviarci|poderia|pode|mande|envie|manda)(?![\p{L}])|ください|いただけ|頂け|お願い`, 'u');
const REVIEW = compactRegExp(String.raw`(?<![\p{L}])(?:reviews?|ratings?|bewertung(?:en)?|rezension(?:en)?|sterne[n]?|avis|commentaires?|[ée]valuations?|[ée]toiles|rese[ñn]as?|valoraci[oó]n(?:es)?|estrellas|recension[ei]|valutazion[ei]|stelle|avalia[çc][ãa]o|avalia[çc][õo]es|estrelas|coment[áa]rios?)(?![\p{L}])|レビュー|評価`, 'u');
const NEGATED = compactRegExp(String.raw`(?<![\p{L}])(?:not|never|no need|don't|nicht|kein\p{L}{0,2}|pas|jamais|no hace falta|no es necesario|non serve|non è necessario|n[ãa]o precisa)(?![\p{L}])|不要|必要はございません`, 'u');
/** An object of the screenshot's own after it: "of the error", "de l'écran", "della fattura" (a review word there is the review). */
const OTHER_OBJECT = compactRegExp(String.raw`^\s{1,3}(?:of|von|vom|der|des|de|du|del|de la|de l'|di|della|dello|del|do|da|dos|das)(?![\p{L}])\s{0,3}(?:(?:the|your|la|le|l'|el|il|lo|su|sua|suo|tu|votre|ihre[rnms]?|o|a)(?![\p{L}])\s{0,3})?([\p{L}]+)`, 'u');

/** A fault the screenshot is to show. */
const FAULT = compactRegExp(String.raw`(?<![\p{L}])(?:error|errors|fehler\p{L}{0,6}|erreur|errores?|errore|erro|bug|problem\p{L}{0,2}|probl[èe]me|problema)(?![\p{L}])|エラー|失敗|できない|不具合`, 'u');
/** A pronoun for the review named before: "a screenshot of it". */
const PRONOUN = /^(?:it|this|that|them|es|ihr|ihm|cela|ça|celui-ci|esto|eso|ello|esa|esso|essa|questo|questa|isso|isto|ela|ele)$/u;

export function reviewScreenshots(t: string): Span[] {
  const out: Span[] = [];
  if (!gatedTest(SHOT, t)) return out;
  let prev = '';
  for (const [start, end] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, start, end);
    const before = prev;
    prev = s;
    // (a screenshot of an error or a failed posting is support, not proof: "エラー画面のスクリーンショット", "a screenshot of the error")
    if (!gatedTest(SHOT, s) || !ASKED.test(s) || NEGATED.test(s) || FAULT.test(s)) continue;
    if (!REVIEW.test(s) && !REVIEW.test(before)) continue;
    SHOT_GLOBAL.lastIndex = 0;
    for (let m = SHOT_GLOBAL.exec(s); m; m = SHOT_GLOBAL.exec(s)) {
      const obj = OTHER_OBJECT.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (obj && !REVIEW.test(obj[1] ?? '') && !PRONOUN.test(obj[1] ?? '')) continue;
      // (Japanese names the object before: "その画面のスクリーンショット" - only the review's own screen is proof)
      const ja = /([^\s。、！？]{1,10})の$/u.exec(s.slice(Math.max(0, m.index - 12), m.index));
      if (ja && !REVIEW.test(ja[1] ?? '')) continue;
      out.push({ rule: 'leading', severity: 'block', start: start + m.index, end: start + m.index + m[0].length, entry: 'leading:review-screenshot-proof-asked' /* (-proof-asked: leading only, no new review asked - conditioned-ask.ts CHANGE_ENTRY) */ });
      break;
    }
  }
  return out;
}
