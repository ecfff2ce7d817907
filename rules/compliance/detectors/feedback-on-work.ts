// Feedback asked on work the seller is about to do for the buyer (s29 near-misses): a proof, a draft, a mock-up or a preview
// of an engraving or a print, checked before production ("Anbei der Entwurf ... geben Sie uns Rückmeldung, ob der Text stimmt",
// "ci-joint l'épreuve : faites-nous un retour", "校正データをご確認ください ... フィードバックをお願いいたします"). The feedback is an
// approval of the order's own work, not a review of the product or the seller.
// Read per sentence, with the sentences either side (the proof is often named in the one before):
//   - the phrase holds a feedback or opinion word and no posting verb ("leave feedback" keeps its ask);
//   - no review word or public venue in the phrase's sentence (Amazon, stars, other buyers);
//   - a draft noun (proof, mock-up, draft, preview, Entwurf, Korrekturabzug, épreuve, boceto, bozza, prévia, 校正, デザイン案) in the
//     sentence or a neighbour, or production named as still to come after the check ("before we engrave", "erst danach ... Fertigung",
//     "avant la mise en production", 確認後に制作).
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';
import { gatedTest } from './literal-gate';
import { REVIEW_WORD } from './choice-opinion';

/** A feedback or opinion word: what is asked when it is an approval. */
const FEEDBACK_WORD = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:feedback|input|thoughts|opinion|okay|ok|rückmeldung|meinung|freigabe|retour|avis|accord|opini[oó]n|visto bueno|riscontro|parere|opinione|ok|retorno|opini[ãa]o|aprova[çc][ãa]o)(?![\p{L}])|フィードバック|ご意見|ご確認`,
    'u',
  ),
);
/** A posting verb: the feedback is then published, a review ask. */
const POSTED = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:leave|post|publish|write|hinterlass\p{L}{0,3}|schreib\p{L}{0,3}|verfass\p{L}{0,3}|laiss\p{L}{0,4}|publi\p{L}{0,4}|[ée]cri\p{L}{0,4}|dej\p{L}{0,4}|escrib\p{L}{0,4}|lasci\p{L}{0,4}|scriv\p{L}{0,4}|deix\p{L}{0,4}|escrev\p{L}{0,4})(?![\p{L}])|投稿|書い|書き`,
    'u',
  ),
);
/** Work shown for approval before it is made. */
const DRAFT = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:proofs?|mock-?ups?|drafts?|previews?|layouts?|artwork|korrekturabzug|korrekturabz[üu]ge|entw[üu]rfe?|vorschau|druckvorlage|probedruck|[ée]preuves?|bat|bon [àa] tirer|maquettes?|aper[çc]u|brouillon|bocetos?|borrador(?:es)?|maquetas?|vista previa|bozz[ae]|bozzett[oi]|anteprima|prova di stampa|pr[ée]via|rascunhos?|esbo[çc]os?|maquete)(?![\p{L}])|校正|デザイン案|下書き|プレビュー|試し刷り|仕上がりイメージ|版下`,
    'u',
  ),
);
/** Production still to come after the check. */
const MADE_AFTER = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:before (?:we|it goes|i) (?:\p{L}+ )?(?:print|engrav|cut|produc|make|start|sew|stitch)\p{L}{0,4}|(?:erst )?(?:danach|bevor|vor der) (?:\p{L}+ ){0,4}(?:fertig\p{L}{0,4}|produ\p{L}{0,6}|druck\p{L}{0,4}|graviert?\p{L}{0,2})|avant (?:la |l'|de )(?:mise en )?(?:production|fabrication|impression|gravure|graver|lancer)|antes de (?:la |que )?(?:\p{L}+ ){0,3}(?:producci[oó]n|fabricaci[oó]n|impresi[oó]n|grab\p{L}{1,4}|produc\p{L}{1,4}|fabric\p{L}{1,4})|prima (?:della |di )(?:produzione|lavorazione|stampa|incisione|produrre|stampare|incidere)|antes de (?:\p{L}+ ){0,2}(?:produ\p{L}{1,6}|fabric\p{L}{1,6}|imprim\p{L}{1,6}|grav\p{L}{1,6}))(?![\p{L}])|確認後に?(?:制作|製作|印刷|刻印|作成)|(?:制作|製作|印刷|刻印)(?:前|に入る前|の前)`,
    'u',
  ),
);

/** Is the flagged phrase feedback asked on a draft of the order's own work? `around` is the sentence before and after. */
export function feedbackOnWork(phrase: string, sentence: string, around: string): boolean {
  // ("feedback" itself is the word weighed here: read the review words without it)
  if (!gatedTest(FEEDBACK_WORD, phrase) || gatedTest(POSTED, phrase) || REVIEW_WORD.test(sentence.replace(/feedback/gu, ' '))) return false;
  const near = `${sentence} ${around}`;
  return gatedTest(DRAFT, near) || gatedTest(MADE_AFTER, near);
}
