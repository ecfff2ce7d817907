// Does a buyer message ask something? Used by the "No response needed" guard: marking a question as
// needing no answer is how sellers lose buyers (and, per policy.md §1, it does not stop the clock on
// the next message anyway). Pure; six UI languages.

const QUESTION_MARKS = /[?？¿؟]/;

// Question openers at the start of a sentence, and polite requests that expect an answer.
const QUESTION_WORDS: readonly RegExp[] = [
  // en
  /(?:^|[.!,\n]\s*)(?:where|why|how|who|which|can|could|would)\b/i,
  /\b(?:please (?:let me know|advise|send|confirm|help|tell)|i(?:'d| would) like to know|wondering (?:if|whether|when))\b/i,
  // de
  /(?:^|[.!,\n]\s*)(?:wo|wann|warum|wieso|weshalb|wer|welche[rsmn]?|können|könnten|kann)(?=[\s,]|$)/i,
  /\b(?:bitte (?:um )?(?:rückmeldung|antwort|auskunft|info)|teilen sie mir mit|lassen sie mich wissen)\b/i,
  // fr
  /(?:^|[.!,\n]\s*)(?:où|quand|pourquoi|comment|qui|quel(?:le)?s?|est-ce que|pouvez-vous|pourriez-vous)(?=[\s,]|$)/i,
  /\b(?:merci de me (?:dire|confirmer|répondre)|pourriez)\b/i,
  // es
  /(?:^|[.!,\n]\s*)(?:dónde|donde|cuándo|cuando|qué|por qué|cómo|quién|cuál|puede|podría|pueden)(?=[\s,]|$)/i,
  // it
  /(?:^|[.!,\n]\s*)(?:dove|quando|perché|come|chi|quale|potete|potreste|può)(?=[\s,]|$)/i,
  // ja: question particles and request forms
  /(?:ですか|ますか|でしょうか|ませんか|のか|いつ|どこ|なぜ|どうして|どのように|教えてください|教えて下さい|いただけますか|ください(?:ませ)?[。！]?$)/,
];

export function asksQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  if (QUESTION_MARKS.test(trimmed)) return true;
  return QUESTION_WORDS.some((re) => re.test(trimmed));
}
