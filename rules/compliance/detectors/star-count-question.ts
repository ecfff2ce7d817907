// A rating asked as a number-of-stars question, whatever the order of its words: "so, the yoga mat - how many stars does it
// deserve?", "Et la lampe, vous lui mettriez combien d'étoiles ?", "¿Y la funda, cuántas estrellas se merece?", "E o fone, quantas
// estrelas merece?", "Quante stelle gli darebbe, al frullatore?", "Der Mixer - wie viele Sterne hätte er verdient?". The lexicons'
// how-many-stars entries read the verb right after the count ("combien d'étoiles donneriez-vous"); a fronted verb ("vous lui
// mettriez combien d'étoiles"), the item between the count and its verb ("quantas estrelas a garrafa merece") or a verb of
// deserving ask the same thing: the buyer's star rating (README: any request for a rating, also without a "leave a review" verb).
// Per sentence: a count of stars (how many stars, wie viele Sterne, combien d'étoiles, cuántas estrellas, quante stelle, quantas
// estrelas/estrelinhas) and, in the same sentence, a verb of giving, putting or deserving in a form that asks the buyer (the
// conditional, "you", the present of deserving), the sentence a question or a "tell us". Not a count of another kind ("how many
// stars does the hotel have?", "combien d'étoiles a obtenu le test ?": no such verb), a rating given in the past ("how many stars
// did the tester give?", "a donné"), nor a negation ("we will never ask how many stars you'd give").
// (Japanese asks it with 星いくつ / 星を何個, which the ja lexicon's how-many-stars entry reads in any order already.)
// why: s33 g8 fr-004, pt-001
// s34 fc34: the same question asked for a mark instead of a count ("what rating would you give the kettle?", "quelle note vous
// donneriez à la poêle", "welche Note würden Sie ... geben", "qué nota le darías", "che voto darebbe", "que nota daria"): the
// mark the buyer would give is the rating. Also asked as what we wait or want to know ("on attend de savoir quelle note vous
// donneriez", "we'd love to know what rating you'd give") - an indirect question with no question mark. Not a delivery note
// or a musical one: the giving verb in the buyer's conditional is still needed, and a mark given in the past stays out.
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compact } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';

export const STAR_COUNT_QUESTION_ENTRY = 'review_request:star-count-question';

/** Cheap pre-test: a star word in the text. */
const PRE = /stars|sterne|[ée]toiles|estrel|stell|rating|note|nota|voto/u;
/** A count of stars. */
const COUNT = accentOptionalRe(compact(/(?<![\p{L}])(?:how many stars|wie viele sterne|combien d'[ée]toiles|cu[áa]ntas estrellas|quante stell(?:e|ine)|quantas estrel(?:as|inhas)|(?:what|which) (?:star )?rating|welche (?:note|bewertung|sternebewertung)|quelle note|qu[ée] (?:nota|puntuaci[óo]n|calificaci[óo]n)|(?:che|quale) (?:voto|punteggio)|(?:que|qual) (?:nota|avalia[çc][ãa]o))(?![\p{L}])/u));
/** A verb of giving, putting, awarding or deserving, in a form that asks the buyer. */
const GIVE = accentOptionalRe(compact(/(?<![\p{L}])(?:you(?:'d| would| will| do| could)? (?:give|rate|award|put)|deserves?|earns?|w[üu]rden sie|w[üu]rdest du|geben sie|vergeben sie|g[äa]ben sie|verdient|verdienen|donneriez|mettriez|attribueriez|accorderiez|donnerais|mettrais|donnez|mettez|m[ée]rite|m[ée]riterai(?:t|ent)|vaut|vaudrait|dar[íi]as?|pondr[íi]as?|otorgar[íi]as?|merece|merecer[íi]a|darebbe|daresti|metterebbe|metteresti|assegnerebbe|merita|meriterebbe|daria|darias|colocaria|marcaria|deixaria|mereceria)(?![\p{L}])/u));
/** The sentence asks: a question mark, or a "tell us". */
const ASKS = accentOptionalRe(compact(/[?？]|(?<![\p{L}])(?:(?:to|de|zu) (?:know|savoir|wissen|saber|sapere)|tell us|let us know|sagen sie (?:uns|mir)|verraten sie|dites-(?:nous|moi)|d[íi]ganos|cu[ée]ntenos|ci dica|mi dica|ci faccia sapere|diga-nos|conta pra gente|nos conte|nos diga)(?![\p{L}])/u));
/** Not a rating given in the past or someone else's, and not a negation. */
const NOT_ASKED = accentOptionalRe(compact(/(?<![\p{L}])(?:did|gave|had|has|have|hat|hatte|gab|a donn[ée]|a obtenu|avait|dio|ha dado|ha obtenido|ha dato|ha ottenuto|deu|teve|never|nie|jamais|nunca|jam[áa]s|mai|not|nicht|pas|non|n[ãa]o|hotel|h[ôo]tel|albergo)(?![\p{L}])/u));

/** review_request spans (normalized copy) over sentences asking how many stars the buyer would give. */
export function starCountQuestions(t: string): Span[] {
  const out: Span[] = [];
  if (!PRE.test(t) || !COUNT.test(t)) return out;
  for (const [start, end] of sentenceSpans(t, 300)) {
    const s = sliceOf(t, start, end);
    if (!COUNT.test(s) || !GIVE.test(s) || !ASKS.test(s) || NOT_ASKED.test(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: STAR_COUNT_QUESTION_ENTRY });
  }
  return out;
}
