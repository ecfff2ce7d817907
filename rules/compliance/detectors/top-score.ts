// A review ask that names the top score is steered to it, whatever its verb or wish ("lasciaci 5 stelle", "deixa 5 estrelas pra
// gente", "cinq étoiles seraient les bienvenues", "die volle Punktzahl würde uns freuen", "満点をつけていただけると"): leading
// (policy.md: an ask must not steer towards a positive review). The lexicons know the top count with fixed verbs per language
// ("leave us 5 stars", "geben Sie uns 5 Sterne"); this reads the count itself in the sentence of a review ask the rule layer has
// already found, so it cannot flag a message on its own. In the team + dev rows a top count beside a review ask is leading in 598
// rows and plain in 10: a scale ("von 1 bis 5 Sternen", "from 1 to 5 stars") and a product's name ('Cinco Estrellas Chef').
// Left plain: a scale, an alternative ("one star or five"), a negation ("you don't have to give five stars"), a review the buyer
// already posted ("thanks for the 5 stars"), a quoted name.
// why: s31 rrec31 - dev misses where review_request was found but not leading (s25q-it-001, s25q-pt-001, s13rp-pt-003,
// s14lp-fr-003, s14lp-it-003, s27r-de-006 ...); none of their sentences is in a pattern or a test.
import { compactRegExp } from './compact-letters';
import { CORE_NEGATORS, NUNCA } from '../negation';
import { mayMatch } from './literal-gate';
import { sentenceAt } from './sentence';
import type { Span } from './span';

const FIVE = '(?:5|five|fünf|cinq|cinco|cinque)';
const STAR = '(?:stars?|sterne?n?|sternchen|étoiles?|estrell(?:as|itas|a)|estrel(?:as|inhas|a)|stell(?:e|ine|a))';
/** The top score: five stars (also "5-star", "5 ⭐", "5***"), full or top marks, the highest grade, 5/5, 満点/星5. */
const TOP = compactRegExp(
  `(?<![\\p{L}\\d])(?:${FIVE}[ -]?(?:${STAR}(?![\\p{L}])|\\*{2,5}|⭐)|(?:full|top) (?:five|5|marks|score|rating)|(?:the )?highest (?:rating|score|mark)s?|volle(?:n)? (?:fünf|5|punktzahl|punkte|sternzahl)|höchst(?:note|wertung|punktzahl|bewertung)|note maximale|(?:la )?meilleure note|cinq sur cinq|(?:nota|puntuaci[óo]n|calificaci[óo]n|valoraci[óo]n) m[áa]xima|m[áa]xima (?:puntuaci[óo]n|nota|calificaci[óo]n|valoraci[óo]n)|(?:nota|valutazione|punteggio|voto) massim[oa]|punteggio pieno|massimo dei voti|(?:nota|avalia[çc][ãa]o) m[áa]xima|nota (?:10|dez)|5 ?/ ?5|5 (?:out of|von|sur|su|de) 5)|満点|星\\s?[5５](?:つ)?|[5５]つ星|五つ星|★{5}|⭐{5}`,
  'gu',
);
/** A scale or an alternative around the count: the buyer free to pick ("von 1 bis 5", "de 1 a 5", "1 star or 5", "1～5"). */
const SCALE = compactRegExp(
  `(?<![\\p{L}\\d])(?:1|one|eins|einem|un|une|uno|una|um|uma|zero|0)(?: ${STAR})?(?: ?[-–\\x96] ?| (?:to|bis|à|a|al|ao|até|da|or|oder|ou|o|oppure) )${FIVE}(?![\\d])|(?:between|zwischen|entre|tra|fra) (?:1|one|eins|einem|un|une|uno|una|um|uma) (?:${STAR} )?(?:and|und|et|y|e) ${FIVE}|[1１] ?[～~〜-] ?[5５]|(?:or|oder|ou|o|oppure|ni|nor) (?:\\p{L}{1,10} )?${FIVE}|${FIVE} (?:\\p{L}{1,10} )?(?:or|oder|ou|o|oppure) (?:1|one|un|une|uno|una|um|uma|ein|einen|\\p{L}{1,10} (?:weniger|less|moins|menos|meno))|mehr oder weniger|more or less|whether|ob (?:sie|du)|que ce soit|ya sea|no matter|sin importar|egal`,
  'u',
);
/** A negation, a thanks or a review already given in the clause before the count: no count asked for. */
// (the core negators, "nunca", a bare "ne", and "no" not before a Portuguese place - "no site", "no pedido" are "in the")
const NOT_ASKED = compactRegExp(
  `(?<![\\p{L}])(?:${CORE_NEGATORS}|${NUNCA}|ne|no(?! (?:site|anúncio|anuncio|produto|link|app|aplicativo|amazon|pedido|perfil|campo|seu|meu)(?![\\p{L}]))|thank\\p{L}{0,3}|danke\\p{L}{0,2}|dank|merci|gracias|grazie|obrigad\\p{L}|gave|given|gegeben|vergeben hab\\p{L}{0,2}|donné\\p{L}{0,2}|(?:ha|has|han|haya|hai|avete|abbia) (?:dado|dat[oaie])|deu)(?![\\p{L}])|n't|ありがとう|いただき(?:まし|ありがと)`,
  'u',
);
/** A quote mark just before the count: a product's name ('Cinco Estrellas Chef', „Fünf Sterne“-Set). */
const QUOTED = /["'«„“‚‘「『]\s?$/u;

/** `leading` spans over the review asks (rule layer, normalized offsets) whose sentence names the top score. */
export function topScoreAsks(t: string, asks: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const ask of asks) {
    const [from, to] = sentenceAt(t, ask.start, ask.end);
    const sentence = t.slice(from, to);
    if (!mayMatch(TOP, sentence)) continue;
    TOP.lastIndex = 0;
    for (let m = TOP.exec(sentence); m; m = TOP.exec(sentence)) {
      const at = from + m.index;
      const end = at + m[0].length;
      const before = t.slice(Math.max(from, at - 30), at);
      const around = t.slice(Math.max(from, at - 30), Math.min(to, end + 30));
      if (QUOTED.test(before) || SCALE.test(around) || NOT_ASKED.test(before)) continue;
      out.push({ rule: 'leading', severity: 'block', start: Math.min(at, ask.start), end: Math.max(end, ask.end), entry: 'leading:top-score-in-ask' });
      break;
    }
  }
  return out;
}
