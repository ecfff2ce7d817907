// A satisfaction survey put to the buyer is a feedback request in any language (policy.md: review /
// feedback solicitation; the corpus labels a survey link after "share your thoughts" review_request).
// English and Spanish had entries; German, French, Italian, Portuguese and Japanese had none (s11 blind
// batch: "Cuéntanos qué tal te ha ido ... en esta encuesta de 2 minutos: https://..."). This reads a
// survey noun and a request or a link in one sentence; and a QR code that takes the buyer to a review page or
// form (s14: insert cards).
// Not: Amazon's own survey ("Amazon may send you a survey"), a refusal, a carrier's investigation
// (French "enquête" and Portuguese "pesquisa" only as a survey: "enquête de satisfaction", "nossa pesquisa").
import { REVIEW_RE } from './review-incentive';
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { gatedTest } from './literal-gate';
import { compact, compactRegExp } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';

/** A survey without the noun: a count of questions about the buyer's purchase or experience ("responde 3 perguntinhas sobre a sua
 *  compra", "answer 3 quick questions about your purchase", "beantworten Sie 3 kurze Fragen zu Ihrem Einkauf", "répondez à 3 petites
 *  questions sur votre achat", "responda 3 preguntas rápidas sobre su compra", "risponda a 3 domande sul suo acquisto"). The count
 *  and the buyer's purchase make it a questionnaire; the request is read by REQUEST as for a survey noun. Not questions about
 *  the device or a fault (troubleshooting: "responda a estas 3 perguntas sobre o aparelho"), nor "any questions about your
 *  purchase" (no count: the buyer's own questions).
 *  why: s25 blind d pt-136 - "Entra em pesquisa.lojaventura.shop e responde 3 perguntinhas sobre a sua compra" (the survey noun
 *  only inside the domain) was url + offplatform, never review_request. */
const QUESTION_SET = String.raw`(?<![\p{L}])(?:\d{1,2}|a few|some|two|three|four|five|ein paar|einige|zwei|drei|vier|fünf|quelques|deux|trois|quatre|cinq|unas|algunas|dos|tres|cuatro|cinco|alcune|qualche|due|tre|quattro|umas|algumas|duas|três|quatro)(?: (?:quick|short|little|brief|simple|kurze|kleine|einfache|petites|courtes|rapides|simples|breves|rápidas|cortas|veloci|rapide|brevi|semplici|curtas|rápidas|rapidinhas))? (?:questions?|fragen|preguntas|preguntitas|domande|domandine|perguntas|perguntinhas|questões)(?: (?:quick|short|kurze|rapides|rápidas|cortas|veloci|rapide|brevi|curtas|rapidinhas))? (?:about|on|regarding|zu|über|sur|sobre|sul|sulla|su|a respeito d[ae]) (?:your|ihrem|ihrer|deinem|deiner|votre|ton|ta|su|tu|suo|sua|tuo|tua|(?:a |o )?(?:sua|seu|tua|teu)) (?:purchase|experience|shopping experience|einkauf|kauf|erfahrung|einkaufserlebnis|achat|expérience|compra|experiencia|acquisto|esperienza|experiência)(?![\p{L}])`;
/** (s25 review 5) The question count read as a questionnaire only when the questions are not a fault's: troubleshooting is named
 *  ("to troubleshoot", "para ajudar", "um Ihnen zu helfen", "pour diagnostiquer") or the questions are listed after a colon as facts
 *  ("...: which model, which charger and which firmware?", "...: qual modelo, qual cabo e qual tomada?"). Kept as a survey when an
 *  opinion or satisfaction cue or a link is in the sentence ("to help us improve, answer 3 quick questions about your experience:
 *  how satisfied were you?", "... qual a sua opinião?"). Only for the bare count: a survey noun is read as before. */
const QUESTION_SET_ONLY = compactRegExp(QUESTION_SET, 'u');
const FAULT_QUESTIONS = accentOptionalRe(
  compact(/(?<![\p{L}])(?:troubleshoot\p{L}{0,3}|diagnos\p{L}{1,6}|fault\p{L}{0,2}|defect\p{L}{0,2}|(?:to|so we can|pour|para|um|per) (?:\p{L}{1,8} ){0,2}?(?:help|aider|ajudar|ayudar\p{L}{0,3}|helfen|aiutar\p{L}{0,3})|fehler\p{L}{0,2}|störung|problem\p{L}{0,2}|problème|panne|defeito|aver[íi]a|guasto|falla)(?![\p{L}])|[:：]\s{0,3}(?:which|what|welche\p{L}{0,2}|was für|quel(?:le)?s?|cu[áa]l(?:es)?|qu[ée]|qual(?:e|i)?|quais)(?![\p{L}])/u),
);
const OPINION_CUE = accentOptionalRe(
  compact(/(?<![\p{L}])(?:satisf\p{L}{0,8}|experience|opinion\p{L}{0,2}|rate|rating|like[ds]?|improve|zufrieden\p{L}{0,4}|gefallen|gefällt|meinung|erfahrung|verbessern|satisfait\p{L}{0,2}|avis|améliorer|expérience|satisfech\p{L}{1,2}|opini[óo]n|experiencia|mejorar|soddisfatt\p{L}|opinione|esperienza|migliorare|satisfeit\p{L}|opini[ãa]o|experi[êe]ncia|melhorar|gostou)(?![\p{L}])|https?:|www\.|[\p{L}\p{N}-]{2,63}\.[\p{L}]{2,12}\/[\p{L}\p{N}]/u),
);
const faultQuestions = (s: string): boolean => !SURVEY_NOUN.test(s) && QUESTION_SET_ONLY.test(s) && FAULT_QUESTIONS.test(s) && !OPINION_CUE.test(s.replace(QUESTION_SET_ONLY, ' '));
const SURVEY =
  compactRegExp(String.raw`(?<![\p{L}])(?:surveys?|questionnaires?|polls?|feedback form|umfrage\p{L}{0,2}|kundenumfrage\p{L}{0,2}|zufriedenheitsumfrage\p{L}{0,2}|fragebogen|enquête de satisfaction|(?:notre|cette|une courte|un court|notre petite|notre court) (?:enquête|sondage)|sondages?|encuestas?|cuestionarios?|sondaggio|sondaggi|questionari[oi]|(?:pesquisa|enquete|inqu[ée]rito) de satisfa[çc][ãa]o|(?:nossa|esta|uma|breve|rápida) pesquisa|(?:nosso|este|esse|um|breve|pequeno|curto|rápido|ao) inqu[ée]rito|question[áa]rios?)(?![\p{L}])|アンケート|${QUESTION_SET}`, 'u');
/** The survey nouns alone (SURVEY without the question count), for faultQuestions. */
const SURVEY_NOUN = compactRegExp(String.raw`(?<![\p{L}])(?:surveys?|questionnaires?|polls?|feedback form|umfrage\p{L}{0,2}|kundenumfrage\p{L}{0,2}|zufriedenheitsumfrage\p{L}{0,2}|fragebogen|enquête de satisfaction|(?:notre|cette|une courte|un court|notre petite|notre court) (?:enquête|sondage)|sondages?|encuestas?|cuestionarios?|sondaggio|sondaggi|questionari[oi]|(?:pesquisa|enquete|inqu[ée]rito) de satisfa[çc][ãa]o|(?:nossa|esta|uma|breve|rápida) pesquisa|(?:nosso|este|esse|um|breve|pequeno|curto|rápido|ao) inqu[ée]rito|question[áa]rios?)(?![\p{L}])|アンケート`, 'u');
/** A request, an imperative of taking part, or a link to the survey. */
// (the informal imperatives and the gerund of answering: "responde 3 perguntinhas", "partilhe ... respondendo a este inquérito" - s25 pt)
const REQUEST =
  compact(/(?<![\p{L}])(?:please|take|fill|complete|answer|participate|bitte|nehmen sie|füllen sie|beantworten|teilnehmen|veuillez|merci de|répondez|répondre|remplissez|remplir|participez|participer|por favor|responda|responder|rellene|rellenar|conteste|participe|participar|cuéntanos|cuéntenos|per favore|compili|compilare|risponda|rispondere|partecipi|partecipare|por gentileza|preencha|preencher|participe|responde|rispondi|contesta|contestes|réponds|beantworte|answering|filling|respondendo|preenchendo|respondiendo|rellenando|contestando|rispondendo|compilando|en répondant|en remplissant)(?![\p{L}])|ご協力|ご回答|ご記入|お答え|選んで(?:いただ|頂|くださ)|いただけると(?:嬉し|うれし|幸い)|いただけますと(?:嬉し|うれし|幸い)|https?:|www\.|:\/\/|[\p{L}\p{N}-]{2,63}\.[\p{L}]{2,12}\/[\p{L}\p{N}]/u);
// (someone else's survey or form: a carrier's, the maker's, customs', the warranty's, a poll in an app;
// a refusal names the survey: "we do not send surveys", not "it won't take long")
const GUARD =
  /amazon|アマゾン|(?<![\p{L}])(?:(?:no|not|never|don't|do not|keine?n?|pas de|aucun\p{L}{0,2}|ningun\p{L}{0,2}|nessun\p{L}{0,2}|nenhum\p{L}{0,2})\s(?:[\p{L}']{1,12}\s){0,2}?(?:surveys?|questionnaires?|polls?|umfragen?|sondages?|encuestas?|sondaggi[oi]?|pesquisas?|question[áa]rios?)|dhl|dpd|ups|gls|hermes|fedex|usps|evri|royal mail|carrier|courier|chronopost|colissimo|seur|correos|brt|sda|correios|transporteur|transportista|transportadora|corriere|zusteller|manufacturer|hersteller\p{L}{0,2}|fabricant|fabricante|produttore|customs|zoll|douane|aduana|dogana|alfândega|warranty|garantie\p{L}{0,2}|garantía|garanzia|garantia|group chat|gruppenchat|create polls?)(?![\p{L}])|配送業者|ヤマト|佐川|日本郵便|メーカー|税関|保証|アンケートは(?:実施して|行って|お送りして)(?:おりません|いません)/u;

// A QR code (on an insert card, the box) that takes the buyer to a review page is a review ask in any
// language: the card does the asking ("scan its QR code and it takes you straight to the review form",
// "ein QR-Code, der Sie direkt zur Rezensionsseite führt", "un código QR que te lleva a valorar la freidora").
// Not: a QR code to the manual, a video or the product page with no review named.
// why: s14-lead blind - five of seven languages missed a QR card leading to the review form
/** The code (QR, ＱＲ, 二次元コード) or what holds or reads it: a card or insert in the parcel, a scan ("ein Kärtchen ... Darüber gelangen Sie
 *  direkt zum Rezensionsformular", "una tarjetita verde; si la escaneas te lleva al formulario de opiniones"). */
// why: s20 blind j de-003 (the code in the sentence before, "gelangen Sie"), es-003 (no "QR": a card and a scan)
const MEANS =
  compact(/(?<![\p{L}])(?:qr|cards?|inserts?|flyers?|leaflets?|\p{L}{0,12}kärtchen|(?:dankes|danke|kunden|info|beilage|beileg|post|gruß|grüß|qr-?|service|bewertungs|feedback)?karte(?! (?:ein|aus|in die|in das))|beileger|cartes?|cartons?|cartoncin[oi]|bigliett(?:o|ino|i)|tarjet(?:a|ita)s?|cart(?:ão|ões|ãozinho)|folhet(?:o|inho)|scan\p{L}{0,4}|escane\p{L}{1,4}|scanne\p{L}{0,4}|scansion\p{L}{1,4}|inquadr\p{L}{1,4}|flash\p{L}{1,4})(?![\p{L}])|ＱＲ|二次元コード|カード|チラシ|読み取|読み込|スキャン/iu);
// (s32 rrec32c: the phone aimed at the code for a review - "point your phone camera at the square code to rate the kettle")
const LEADS_TO =
  compact(/(?<![\p{L}])(?:(?:point|hold|aim) (?:your )?(?:phone|camera|smartphone)|takes? you|leads? you|brings? you|sends? you|opens?|you(?:'ll| will)? (?:get|land) (?:straight |right |directly )?(?:to|on)|führt|bringt|öffnet|gelangen sie|kommen sie|landen sie|(?:vous )?(?:mène|amène|conduit|dirige)|vous (?:arrivez|accédez|tombez)|accédez|(?:te|le|la|lo|os|vos) (?:lleva|llevará|dirige|porta|porterà|conduce)|llegas|llegará|accedes|arrivi|arriva|arriverà|accede|porta|conduce|leva|levará|direciona|(?:você )?(?:chega|cai)|abre|apre)(?![\p{L}])|(?:移動|アクセス|開き|開け|飛べ|飛び)/u);
/** Reviews read, not written ("the code opens the listing with 2,000 reviews"), or a refusal. */
const NOT_A_REVIEW_PAGE = /(?<![\p{L}])(?:read|see|lesen|lire|leer|leggere|ler|no|not|nicht|keine?|pas|non|não|never)(?![\p{L}])|\d[\d.,]* (?:reviews|ratings|bewertungen|avis|reseñas|valoraciones|recensioni|avaliações)/u;
/** German compounds: "Rezensionsseite", "Bewertungsformular". */
const REVIEW_COMPOUND = /(?<![\p{L}])(?:rezensions|bewertungs)\p{L}{3,12}/u;
const QR_REVIEW_ENTRY = 'review_request:qr-to-review-structure';
/** The page the code opens named by what the buyer says there - "la pagina dove può dire la sua", "where you can say what you
 *  think", "où vous pouvez donner votre avis", "donde puede decir lo que piensa" - or the English rating verb as its purpose ("to rate
 *  the kettle in seconds"; REVIEW_RE reads "rate" only with its subject): a review page with no review noun. */
// why: s32 rrec32c s16a-it-009, s14lp-en-006
const SAY_YOURS = compact(/(?<![\p{L}])(?:to (?:rate|review) (?:us|it|the|this|your|our)|dire la (?:sua|tua)|dirci (?:la (?:sua|tua)|cosa ne pensa)|say what you think|tell (?:us|everyone|others) what you think|(?:donner|dire) (?:votre|ton) avis|dire ce que vous en pensez|decir (?:lo que piensa|qué le pareció|su opinión)|dar su opinión|dizer o que (?:achou|pensa)|dar sua opinião|(?:ihre|deine) meinung (?:sagen|abgeben|teilen))(?![\p{L}])/u);

// Amazon's own review mail named, and the buyer asked to answer it ("Chegou pra você um e-mail da Amazon pedindo sua opinião?
// Se puder responder, agradecemos muito", "Did Amazon's e-mail asking for your review arrive? Please answer it"): the seller
// steers the buyer to the review form through Amazon's mail - a review request. Not the mail explained with nothing to do
// ("That e-mail asking you to rate your experience was sent by Amazon, you don't need to do anything with it").
// why: s21 blind o pt-025
// (s21 review 2: "Amazon's e-mail", "Amazons E-Mail" too - the owner before the mail word)
// (s37 fc37: the mail named by Amazon's sending verb - "the review request Amazon emailed you last week" - s37g5-en-017)
const AMAZON_MAIL = compact(/(?<![\p{L}])(?:e-?mails?|mails?|messages?|mensage(?:m|ns)|correos?|courriels?|messaggi[oa]?|nachricht(?:en)?)(?![\p{L}])[^.!?\n]{0,40}?(?:amazon|アマゾン)|(?<![\p{L}])amazon(?:'s|s) (?:e-?mails?|mails?|messages?|nachricht(?:en)?)(?![\p{L}])|(?<![\p{L}])amazon (?:e-?mailed|mailed|sent) you(?![\p{L}])/u);
// (s37 fc37: the mail's form pointed out as still waiting for the buyer - "the review request Amazon emailed you is still open", "is
// still waiting for you": the nudge to answer it; NOTHING_TO_DO still clears "... is still open, but you needn't do anything")
const ANSWER_IT =
  compact(/(?<![\p{L}])(?:(?:is|are|'s) still (?:open|waiting(?: for you)?|pending|active)|answer(?:ing)? it|reply(?:ing)? to it|respond(?:ing)? to it|fill(?:ing)? it (?:in|out)|beantworten|darauf antworten|y r[ée]pondre|r[ée]pondez-y|r[ée]pondre|respond[eê]-l[oa]|responder|responda|respond[ae]|resp[óo]nd(?:a|e)lo|responderlo|contestarlo|cont[ée]st(?:a|e)lo|rispondere|risponda|rispondi|compilarlo|compilarla)(?![\p{L}])/u);
const NOTHING_TO_DO =
  compact(/(?<![\p{L}])(?:no need|don't need|do not need|needn't|nothing to do|ignore|nicht (?:nötig|notwendig|beantworten)|müssen (?:sie )?(?:nicht|nichts)|pas (?:besoin|obligé)|rien à faire|no (?:hace falta|es necesario|tiene que|necesita)|non (?:serve|è necessario|deve)|não (?:precisa|é necessário|tem que)|nunca|never|jamais|niemals|mai)(?![\p{L}])/u);
/** The answer asked for is to our own message or question ("risponda a questo messaggio con le foto", "beantworten Sie unsere
 *  Frage zur Größe in dieser Nachricht", "basta responder a esta mensagem"): not Amazon's mail. */
// why: s21 review 2 - a bare "responda/beantworten" in the sentence after the mail was read as answering Amazon's mail
const OUR_MESSAGE =
  compact(/(?<![\p{L}])(?:(?:this|our) (?:message|thread|conversation|question)|(?:to|reply to) us|diese[rmn]? (?:nachricht|unterhaltung)|unsere[rn]? (?:frage|nachricht)|(?:a |à )?(?:esta|essa) (?:mensagem|conversa)|nossa (?:pergunta|mensagem)|(?:a )?este (?:mensaje|correo|chat)|nuestr[ao] (?:pregunta|mensaje)|(?:a )?quest[oa] (?:messaggio|conversazione|mail)|(?:alla )?nostra (?:domanda|mail)|(?:à )?(?:ce|notre) (?:message|courriel|question)|cette conversation)(?![\p{L}])/u);
const AMAZON_MAIL_ENTRY = 'review_request:answer-amazons-review-mail';

const MAX_SENTENCE = 400;
const ENTRY = 'review_request:survey-ask-structure';

/** review_request spans over sentences that put a survey to the buyer (normalized copy). */
export function surveyAsks(t: string): Span[] {
  const out: Span[] = [];
  // (one scan for the means: most texts hold no code, card or scan)
  if (MEANS.test(t)) {
    // the means may stand in the sentence before the one that leads to the review ("... ein Kärtchen mit einem QR-Code.
    // Darüber gelangen Sie direkt zum Rezensionsformular.")
    let before = false;
    for (const [from, to] of sentenceSpans(t, MAX_SENTENCE, true)) {
      const s = t.slice(from, to);
      const means = MEANS.test(s);
      const now = means || before;
      before = means;
      if (!now || !LEADS_TO.test(s) || !(REVIEW_RE.test(s) || REVIEW_COMPOUND.test(s) || SAY_YOURS.test(s)) || NOT_A_REVIEW_PAGE.test(s)) continue;
      out.push({ rule: 'review_request', severity: 'block', start: from, end: to, entry: QR_REVIEW_ENTRY });
    }
  }
  if (AMAZON_MAIL.test(t) && ANSWER_IT.test(t) && REVIEW_RE.test(t)) {
    // the mail with a review word in one sentence, the answer asked in it or the next
    const spans = sentenceSpans(t, MAX_SENTENCE, true);
    for (let k = 0; k < spans.length; k++) {
      const [from, to] = spans[k]!;
      const s = t.slice(from, to);
      if (!AMAZON_MAIL.test(s) || !REVIEW_RE.test(s) || NOTHING_TO_DO.test(s)) continue;
      const next = spans[k + 1];
      const nextS = next ? t.slice(next[0], next[1]) : '';
      const end = ANSWER_IT.test(s) && !OUR_MESSAGE.test(s) ? to : next && ANSWER_IT.test(nextS) && !NOTHING_TO_DO.test(nextS) && !OUR_MESSAGE.test(nextS) ? next[1] : -1;
      if (end > 0) out.push({ rule: 'review_request', severity: 'block', start: from, end, entry: AMAZON_MAIL_ENTRY });
    }
  }
  if (!gatedTest(SURVEY, t)) return out;
  // a semicolon parts two statements ("the app lets you create polls; please update it")
  for (const [from, to] of sentenceSpans(t, MAX_SENTENCE, true)) {
    const s = sliceOf(t, from, to);
    if (!SURVEY.test(s) || !REQUEST.test(s) || GUARD.test(s) || faultQuestions(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start: from, end: to, entry: ENTRY });
  }
  return out;
}
