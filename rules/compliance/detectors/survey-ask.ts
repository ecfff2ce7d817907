// A satisfaction survey put to the buyer is a feedback request in any language (policy.md: review /
// feedback solicitation; the corpus labels a survey link after "share your thoughts" review_request).
// English and Spanish had entries; German, French, Italian, Portuguese and Japanese had none (s11 blind
// batch: "Cuéntanos qué tal te ha ido ... en esta encuesta de 2 minutos: https://..."). This reads a
// survey noun and a request or a link in one sentence.
// Not: Amazon's own survey ("Amazon may send you a survey"), a refusal, a carrier's investigation
// (French "enquête" and Portuguese "pesquisa" only as a survey: "enquête de satisfaction", "nossa pesquisa").
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';

const SURVEY =
  /(?<![\p{L}])(?:surveys?|questionnaires?|polls?|feedback form|umfrage\p{L}{0,2}|kundenumfrage\p{L}{0,2}|zufriedenheitsumfrage\p{L}{0,2}|fragebogen|enquête de satisfaction|(?:notre|cette|une courte|un court|notre petite|notre court) (?:enquête|sondage)|sondages?|encuestas?|cuestionarios?|sondaggio|sondaggi|questionari[oi]|(?:pesquisa|enquete) de satisfa[çc][ãa]o|(?:nossa|esta|uma|breve|rápida) pesquisa|question[áa]rios?)(?![\p{L}])|アンケート/u;
/** A request, an imperative of taking part, or a link to the survey. */
const REQUEST =
  /(?<![\p{L}])(?:please|take|fill|complete|answer|participate|bitte|nehmen sie|füllen sie|beantworten|teilnehmen|veuillez|merci de|répondez|répondre|remplissez|remplir|participez|participer|por favor|responda|responder|rellene|rellenar|conteste|participe|participar|cuéntanos|cuéntenos|per favore|compili|compilare|risponda|rispondere|partecipi|partecipare|por gentileza|preencha|preencher|participe)(?![\p{L}])|ご協力|ご回答|ご記入|お答え|https?:|www\.|:\/\/|[\p{L}\p{N}-]{2,63}\.[\p{L}]{2,12}\/[\p{L}\p{N}]/u;
// (someone else's survey or form: a carrier's, the maker's, customs', the warranty's, a poll in an app;
// a refusal names the survey: "we do not send surveys", not "it won't take long")
const GUARD =
  /amazon|アマゾン|(?<![\p{L}])(?:(?:no|not|never|don't|do not|keine?n?|pas de|aucun\p{L}{0,2}|ningun\p{L}{0,2}|nessun\p{L}{0,2}|nenhum\p{L}{0,2})\s(?:[\p{L}']{1,12}\s){0,2}?(?:surveys?|questionnaires?|polls?|umfragen?|sondages?|encuestas?|sondaggi[oi]?|pesquisas?|question[áa]rios?)|dhl|dpd|ups|gls|hermes|fedex|usps|evri|royal mail|carrier|courier|chronopost|colissimo|seur|correos|brt|sda|correios|transporteur|transportista|transportadora|corriere|zusteller|manufacturer|hersteller\p{L}{0,2}|fabricant|fabricante|produttore|customs|zoll|douane|aduana|dogana|alfândega|warranty|garantie\p{L}{0,2}|garantía|garanzia|garantia|group chat|gruppenchat|create polls?)(?![\p{L}])|配送業者|ヤマト|佐川|日本郵便|メーカー|税関|保証|アンケートは(?:実施して|行って|お送りして)(?:おりません|いません)/u;

const MAX_SENTENCE = 400;
const ENTRY = 'review_request:survey-ask-structure';

/** review_request spans over sentences that put a survey to the buyer (normalized copy). */
export function surveyAsks(t: string): Span[] {
  if (!SURVEY.test(t)) return [];
  const out: Span[] = [];
  // a semicolon parts two statements ("the app lets you create polls; please update it")
  for (const [from, to] of sentenceSpans(t, MAX_SENTENCE, true)) {
    const s = sliceOf(t, from, to);
    if (!SURVEY.test(s) || !REQUEST.test(s) || GUARD.test(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start: from, end: to, entry: ENTRY });
  }
  return out;
}
