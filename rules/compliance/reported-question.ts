// The buyer's own question reported back before the answer: "You asked whether we have our own website - we only sell
// through Amazon", "Nos pregunta si tenemos web propia: no", "Você perguntou se temos site próprio: não". A site or a
// channel named inside the reported question is the buyer's topic, not the seller's invitation - when the answer that
// follows is no ("You asked whether we have our own shop: yes, ..." or "- we do, ..." still invites).
// why: s20 blind i - three compliant replies flagged offplatform on "whether we have our own website" (en, es, pt)
import { accentOptionalRe } from './accent-optional';
import { compact } from './detectors/compact-letters';

/** A reported yes/no question of the buyer, ending where its object begins (normalized, lowercase text). */
const REPORTED_QUESTION = accentOptionalRe(
  compact(/(?<![\p{L}])(?:you (?:asked|ask|were asking|wanted to know|wondered|were wondering)(?: us| me)?(?: about)? (?:whether|if)|(?:nos|me) (?:pregunta|preguntaba|preguntó|preguntas|preguntaste) si|(?:você|vc|o senhor|a senhora) (?:perguntou|pergunta|quer saber|queria saber) se|(?:nous|me) (?:demandez|demandiez|avez demandé) si|(?:sie|du) (?:fragen|fragten|fragst|fragtest|möchten wissen|wollten wissen),? ob|(?:ci|mi) (?:chiede|chiedeva|ha chiesto|domanda|domandava) se)(?![\p{L}])/u),
);
/** The clause's own words, no further question or answer between: a sentence stop or a new clause ends the report. */
// (a dash as the normalized copy writes it: "–" and "—" are the stand-ins \x96 and \x97)
const CLAUSE_END = /[.!?;:\n]|\s[-\x96\x97]\s/u;
/** A no right after the reported question: "no", "we don't", "not", "nein", "non", "não", or an only-here answer ("we only
 *  sell through Amazon", "solo vendemos en Amazon"; not "we just use it for quick questions" - s20 review 2 #7). Anything
 *  else - a yes, or a verb that says yes ("we do", "temos", "ce l'abbiamo") - keeps the finding (s20 review 1: "You asked
 *  whether we have our own website - we do, and prices there are lower"). */
const NO_ANSWER = /^\s*(?:[-\x96\x97:;,.]\s*)?(?:no|nope|not(?! only| just)|(?:we|i) (?:do not|don't|have no)|(?:we|i) only (?:sell|work|deal|trade|answer|reply)|sadly not|unfortunately not|nein|leider (?:nein|nicht)|wir (?:haben|verkaufen) (?:keine?n?|nur|ausschließlich)|non|nous n['’]|nous (?:vendons|travaillons) (?:uniquement|seulement)|não|nao|(?:vendemos|vendiamo) (?:apenas|só|somente|solo|solamente|únicamente|soltanto)|(?:solo|sólo|soltanto|solamente|apenas|only) (?:vendemos|vendiamo|vendo|sell|on amazon|su amazon|en amazon|na amazon|pela amazon))(?![\p{L}])/u;

/**
 * Is a phrase inside a reported question of the buyer (`head`: the phrase's clause up to it) whose answer (`after`: the
 * text after the phrase, ~80 characters) is no?
 */
export function inReportedQuestion(head: string, after: string): boolean {
  const m = REPORTED_QUESTION.exec(head);
  if (!m || CLAUSE_END.test(head.slice(m.index + m[0].length))) return false;
  const stop = after.search(CLAUSE_END);
  return stop >= 0 && NO_ANSWER.test(after.slice(stop));
}
