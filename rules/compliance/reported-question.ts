// The buyer's own question reported back before the answer: "You asked whether we have our own website - we only sell
// through Amazon", "Nos pregunta si tenemos web propia: no", "Você perguntou se temos site próprio: não". A site or a
// channel named inside the reported question is the buyer's topic, not the seller's invitation - unless the answer that
// follows is yes ("You asked whether we have our own shop: yes, ..." still invites).
// why: s20 blind i - three compliant replies flagged offplatform on "whether we have our own website" (en, es, pt)
import { accentOptionalRe } from './accent-optional';

/** A reported yes/no question of the buyer, ending where its object begins (normalized, lowercase text). */
const REPORTED_QUESTION = accentOptionalRe(
  /(?<![\p{L}])(?:you (?:asked|ask|were asking|wanted to know|wondered|were wondering)(?: us| me)?(?: about)? (?:whether|if)|(?:nos|me) (?:pregunta|preguntaba|preguntó|preguntas|preguntaste) si|(?:você|vc|o senhor|a senhora) (?:perguntou|pergunta|quer saber|queria saber) se|(?:nous|me) (?:demandez|demandiez|avez demandé) si|(?:sie|du) (?:fragen|fragten|fragst|fragtest|möchten wissen|wollten wissen),? ob|(?:ci|mi) (?:chiede|chiedeva|ha chiesto|domanda|domandava) se)(?![\p{L}])/u,
);
/** The clause's own words, no further question or answer between: a sentence stop or a new clause ends the report. */
// (a dash as the normalized copy writes it: "–" and "—" are the stand-ins \x96 and \x97)
const CLAUSE_END = /[.!?;:\n]|\s[-\x96\x97]\s/u;
/** A yes answer right after the reported question ("...: yes, it is ...", "- sí, ..."). */
const YES_ANSWER = /^\s*(?:[-\x96\x97:;,.]\s*)?(?:yes|yeah|sure|of course|ja|oui|bien sûr|sí|si|claro|sim|sì|certo|natürlich|klar)(?![\p{L}])/u;

/**
 * Is a phrase inside a reported question of the buyer (`head`: the phrase's clause up to it) whose answer (`after`: the
 * text after the phrase, ~80 characters) is not yes?
 */
export function inReportedQuestion(head: string, after: string): boolean {
  const m = REPORTED_QUESTION.exec(head);
  if (!m || CLAUSE_END.test(head.slice(m.index + m[0].length))) return false;
  const stop = after.search(CLAUSE_END);
  return stop >= 0 && !YES_ANSWER.test(after.slice(stop));
}
