// One refusal reader: does the flagged span's own sentence refuse, deny or rule out the act the rule looks for? Every
// refusal reading that guards a whole span lives here, by what is refused (check.ts calls each once):
//   channelRefused (offplatform) - the channel or payment refused or ruled out:
//     - a "not X nor Y" list: the channel right after "no por / not by / ni par / né su / nem pelo / weder per" ("no por
//       WhatsApp ni por teléfono");
//     - a list that spells out what the refused clause before it names ("não recebemos fora da Amazon, seja por Pix ou boleto",
//       "we can't take payment off Amazon, whether by PayPal or transfer");
//     - a channel conceded as easier, then "but we can only ... via Amazon / here" ("WhatsApp would be easier, but we can only
//       help you here");
//     - the buyer's wished channel acknowledged, then declined for Amazon as the only way of talking, in the same sentence or the
//       next ("I understand you'd prefer WhatsApp, but we can only help through Amazon messages") - the wider form of the
//       concession above: it also reads a payment wished for and the decline in the next sentence (formerly offsite-invite.ts);
//     - a Japanese potential or polite negative closing the span's clause ("…には送れません", "…いたしかねます", "お断り");
//   wishRoutedAfterRefusal (marketing) - after an off-Amazon refusal, the buyer's wish routed to Amazon ("…; if you prefer the
//     bigger model, just order it on Amazon");
//   reviewAskRefusedBefore (review asks) - "we will never ask for / cannot offer / don't expect" before the phrase, in its
//     clause (formerly check.ts NOT_ASKING with REFUSAL_SCOPE_END);
//   reviewTradeRefused (review trades) - a review-for-reward trade refused: the refused things listed before "in exchange for"
//     (formerly harmless-replies.ts), the negation right before or after the phrase (formerly review-explained.ts), an English
//     "can't pay/refund ... for" right before it (formerly check.ts TRADE_REFUSED);
//   reviewRefused (review asks and trades) - the ask or trade the object of a refused verb after it: German verb-final modal
//     ("… dürfen wir nicht anbieten"), Japanese "…することはございません".
// A contrast that brings the thing back, or a question, keeps the finding ("we can't do WhatsApp, but call us on …", "…ませんか").
// The readers overlap on purpose where their reaches differ (a merge that changed one finding was not made); each keeps its
// reason and examples. Read only for a span already found (never per sentence of every keystroke); all patterns bounded,
// compiled once.
import { accentOptionalRe } from './accent-optional';
import { tradeForbiddenByAmazon } from './amazon-forbids';
import { compact, compactRegExp } from './detectors/compact-letters';
import { refusalUndone } from './detectors/review-change';
import { ABLE_NEG } from './detectors/review-incentive';
import { sentenceStartIn } from './detectors/sentence';
import { CONTRAST_WORDS } from './lexicon/shared';


const re = (source: string): RegExp => accentOptionalRe(compactRegExp(source, 'iu'));

/** The span's sentence before it and after it (Latin and Japanese stops; a line break ends it too). */
const STOP_SPLIT = /[.!?\n。！？]/u;
const TAIL_IN_SENTENCE = /^[^.!?\n。！？]{0,200}/u;
export function sentenceParts(t: string, start: number, end: number): { head: string; tail: string } {
  const head = t.slice(Math.max(0, start - 200), start).split(STOP_SPLIT).pop() ?? '';
  const tail = TAIL_IN_SENTENCE.exec(t.slice(end, end + 200))?.[0] ?? '';
  return { head, tail };
}

/** A channel's preposition ("by", "por", "pelo", "par", "tramite", "über"; Portuguese "no/na/em" only after "nem/não"). */
const PREP = String.raw`(?:by|via|over|through|on|por|pelo|pela|no|na|em|en|par|sur|su|per|tramite|über|auf)`;
/** "no por / not by / nor via / ni par / né su / nem pelo / weder per" right before the channel (not "if not by", "why not by"). */
const NOR_BEFORE = re(
  String.raw`(?<![\p{L}])(?<!(?:if|si|se|wenn|qu[ée]|why|perch[ée]|porque|pourquoi)\s{1,3})(?:(?:not|nor|neither|ni|né|nem|não|weder)\s{1,3}(?:${PREP}\s{1,3})?|(?:no|non|nicht)\s{1,3}${PREP}\s{1,3})(?:(?:the|el|la|le|il|lo|o|a|der|die)\s{1,3})?$`,
);
/** The list carries on as a refusal ("… ni por teléfono", "nor by phone", "né per telefono", "nem pelo telefone", "noch per
 *  Telefon") or a contrast puts Amazon in its place ("no por WhatsApp, sino por aquí"). */
const NOR_AFTER = re(String.raw`^[^.!?;\n]{0,40}?(?<![\p{L}])(?:ni|nor|né|nem|noch|ou|or|o)\s|^[\s,]{0,3}(?:sino|but|sondern|mais|ma|mas)\s[^.!?\n]{0,40}(?:amazon|aqu[ií]|here|hier|ici|qui|aqui)`);
/** The refusal a spelling-out list leans on: the seller cannot / does not take or send it. */
const REFUSED_CLAUSE = String.raw`(?<![\p{L}])(?:can't|cannot|can not|won't|don't|do not|are not able|never|(?:können|dürfen|nehmen|akzeptieren) (?:wir|ich)(?: \p{L}{1,15}){0,2}? (?:nicht|keine\p{L}?)|ne (?:pouvons|peux|pouvez|acceptons|prenons) pas|no (?:podemos|puedo|aceptamos|recibimos|cobramos|trabajamos)|non (?:possiamo|posso|accettiamo|riceviamo)|n[ãa]o (?:podemos|posso|aceitamos|recebemos|trabalhamos|fazemos))(?![\p{L}])`;
/** "…, seja por / ya sea por / whether by / sia tramite / soit par / ob per …" after that refusal, the span in the list. */
const SPELLED_OUT = re(
  String.raw`${REFUSED_CLAUSE}[^.!?;\n]{0,80}?,\s{0,3}(?:seja|ya sea|sea|whether|either|be it|sia|soit|ob)(?:\s{1,3}(?:by|via|over|through|por|pelo|pela|par|per|tramite|über|mit|con|com|en|em|in))?\s{1,3}(?:[\p{L}-]{1,15}\s{1,3}){0,2}$`,
);
/** A contrast that takes the refusal back before the span ("…, but", "aber", "mas") - the list then offers. */
const TAKEN_BACK = re(String.raw`(?<![\p{L}])(?:but|aber|mais|pero|ma|mas|porém|sondern|sino)(?![\p{L}])`);

/** The channel granted as easier, or the buyer's wish understood, before "but": the concession the contrast answers. */
const CONCEDED = re(
  String.raw`(?<![\p{L}])(?:would|wäre|wären|würde|serait|sería|seria|sarebbe|understand|verstehe\p{L}{0,2}|comprends|comprendo|entiendo|entendo|compreendo|capisco|know|wei[ßs]|sais|sé|so|sei)(?![\p{L}])`,
);
/** The contrast that turns from the conceded channel to Amazon (one list for the three readings below). */
const BUT = String.raw`(?:but|aber|mais|pero|ma|mas|però|porém|however|jedoch)`;
/** "…, but we can only … via Amazon / here" after the span: Amazon's channel as the only one. */
const ONLY_AMAZON_AFTER = re(
  String.raw`^[^.!?;\n]{0,60}?(?<![\p{L}])${BUT}(?![\p{L}])[^.!?;\n]{0,50}?(?<![\p{L}])(?:only|solo|sólo|solamente|soltanto|unicamente|nur|seulement|uniquement|só|somente|apenas|exclusiv\p{L}{1,6}|ausschlie[ßs]lich)(?![\p{L}])[^.!?;\n]{0,50}?(?<![\p{L}])(?:amazon|here|hier|ici|aqu[ií]|qui|aqui)(?![\p{L}])`,
);
/** The seller the subject after the contrast ("but we can only …", "ma possiamo …", "pero solo podemos …"): what we can do is
 *  refused - not "…, but returns only via Amazon", which leaves the channel offered for the rest. */
const SELLER_AFTER_CONTRAST = re(
  String.raw`^[^.!?;\n]{0,60}?(?<![\p{L}])${BUT}(?![\p{L}])[^.!?;\n]{0,30}?(?<![\p{L}])(?:we|wir|nous|podemos|possiamo|puedo|posso|pouvons|können|dürfen|can|may)(?![\p{L}])`,
);
const CONTRAST_AT = re(String.raw`(?<![\p{L}])${BUT}(?![\p{L}])`);
const UP_TO_COMMA = /^[^,;:]{0,60}/u;
/** An invitation in the span's own clause before the contrast ("write us on WhatsApp, but …"): the channel is offered. */
const INVITED = re(
  String.raw`(?<![\p{L}])(?:write|text|call|message|contact|add|schreib\p{L}{0,3}|ruf\p{L}{0,3}|kontaktier\p{L}{0,3}|écrivez|appelez|contactez|escr[ií]b\p{L}{1,4}|ll[áa]m\p{L}{1,4}|cont[áa]ct\p{L}{1,4}|scriv\p{L}{1,4}|chiam\p{L}{1,4}|contatt\p{L}{1,4}|escrev\p{L}{1,4}|cham\p{L}{1,4}|fale|mande|mandi|manda)(?![\p{L}])`,
);

/** A Japanese potential or polite negative closing the span's clause ("…には送れません", "お受けいたしかねます", "お断りして"),
 *  not a request ("…いただけませんか", "…くれませんでしょうか") nor the question "…ませんか". */
const JA_REFUSED_AFTER = /^[^。！？!?\n、]{0,30}?(?:(?<!いただ|くだ|もら|くれ)(?:れ|え|け|せ|て|め|べ|き|ね|げ|び)ません(?!か|でしょうか)|かねます|お断り|ございません(?!か|でしょうか)|いたしません(?!か))/u;
/** After the refusal, a contrast that asks again ("…ませんが、よろしければレビューをお願いします"). */
const JA_ASKED_AGAIN = /(?:が、|けど|けれど|ただし|しかし|でも)[^。！？]{0,60}(?:お願い|ください|いただけ|幸い)/u;

/** The review ask or trade as the object of a refused verb after it: German verb-final modal ("… dürfen wir nicht anbieten",
 *  "… können wir leider nicht gewähren"), Japanese topic then the negation at once ("…することはございません", "…の返金は一切
 *  いたしません"; not "…の評価は意味がありません": a word between is a judgement, not a refusal; only in the span's own clause,
 *  and not a comparison - "レビューで教えていただけたら、これ以上の喜びはありません" is a plea). */
const REVIEW_REFUSED_AFTER = re(
  String.raw`^[^.!?;\n]{0,40}?(?<![\p{L}])(?:dürfen|können|werden|wollen|möchten|sollen|darf|kann|will) (?:wir|ich)(?: \p{L}{1,15}){0,2}? (?:nicht|keine\p{L}?|nie|niemals)(?! (?:genug|nur|oft|mehr als|erwarten))(?: \p{L}{1,15}){0,2}? \p{L}{2,15}n(?![\p{L}])|^[^。！？!?\n、]{0,25}?(?:は|も)(?:一切|決して|基本的に)?(?:ございません|ありません|いたしません|しておりません|行っておりません|できかねます|お断り)(?!か)`,
);
/** A contrast or a plea after the refusal brings the ask back ("…, aber über 5 Sterne freuen wir uns"). */
const ASKED_AGAIN_LATIN = re(String.raw`(?<![\p{L}])(?:but|aber|jedoch|sondern|mais|pero|sino|ma|però|mas|porém|bitte|please)(?![\p{L}])`);

/** The offer the buyer wished for routed to Amazon after the refusal: "if you prefer / wenn Sie lieber / si vous préférez / si
 *  prefiere / se preferisce / se preferir" before the span, "order on Amazon" after it. */
const WISH_BEFORE = re(
  String.raw`(?<![\p{L}])(?:if you(?: would)? (?:prefer|want|rather)|wenn sie (?:lieber|\p{L}{1,12} möchten)|si vous (?:préférez|voulez)|si (?:prefiere|prefieres|quiere|quieres)|se (?:preferisce|preferisci|vuole|vuoi)|se (?:preferir|quiser))(?![\p{L}])[^.!?;\n]{0,30}$`,
);
const ROUTED_TO_AMAZON = re(
  String.raw`^[^.!?;\n]{0,50}?(?<![\p{L}])(?:on|via|through|über|bei|auf|sur|par|en|por|a través de|su|tramite|pela|na|pelo)\s{1,3}amazon(?![\p{L}])`,
);
/** The clause before (in the sentence): an off-Amazon payment or channel refused. */
const OFF_AMAZON_REFUSED = re(`${REFUSED_CLAUSE}[^.!?\n]{0,80}?[;,:]`);

/** `t`: the normalized text; the span is an off-Amazon channel or payment. */
// examples: "no por WhatsApp ni por teléfono", "not by e-mail nor by phone", "non possiamo ricevere pagamenti fuori da Amazon, sia
// tramite PayPal sia con bonifico", "WhatsApp wäre einfacher, aber wir dürfen Sie nur über Amazon betreuen", "Amazon以外のメールには
// 送れません"; near-misses still flagged: "we can't do WhatsApp, but call us at …" (the call is its own span), "not by e-mail but by
// WhatsApp", "write us on WhatsApp, but returns only via Amazon", "LINEでご連絡いただけませんか"
function refusedInSentence(t: string, start: number, end: number): boolean {
  const { head, tail } = sentenceParts(t, start, end);
  if (/[?？¿]/u.test(tail) || /¿/u.test(head)) return false;
  if (NOR_BEFORE.test(head) && NOR_AFTER.test(tail)) return true;
  const spelled = SPELLED_OUT.exec(head);
  if (spelled && !TAKEN_BACK.test(spelled[0].slice(1))) return true;
  const clauseHead = head.split(/[,;:]/u).pop() ?? '';
  // (the concession before the span or right after it, before the comma: "WhatsApp wäre bequemer, aber …")
  const conceded = CONCEDED.test(head) || CONCEDED.test(UP_TO_COMMA.exec(tail)?.[0] ?? '');
  // (an invitation before the contrast, in the span's clause or right after it, offers the channel: "…, schreiben Sie uns dort, aber …")
  const beforeContrast = tail.slice(0, CONTRAST_AT.exec(tail)?.index ?? 0);
  if (conceded && !INVITED.test(clauseHead) && !INVITED.test(beforeContrast) && ONLY_AMAZON_AFTER.test(tail) && SELLER_AFTER_CONTRAST.test(tail)) return true;
  const ja = JA_REFUSED_AFTER.exec(tail);
  return ja !== null && !JA_ASKED_AGAIN.test(tail.slice(ja.index + ja[0].length));
}

// ---- the buyer's wished channel declined (formerly offsite-invite.ts) ----

/** A channel named as the buyer's wish and declined in the same sentence: the seller acknowledges it ("I understand",
 *  "ich verstehe", "je comprends", "entiendo", "capisco", "entendo") or names it as the buyer's preference ("you'd prefer",
 *  "Ihnen lieber wäre"), then turns ("but", "aber", "mais", "pero", "ma", "mas") to Amazon as the only way of talking
 *  ("we can only help through Amazon messages", "nur über das Amazon-Nachrichtencenter betreuen", "ne pouvons vous
 *  répondre qu'ici", "solo tramite i messaggi di Amazon", "só podemos atender pelas mensagens da Amazon").
 *  Not when Amazon is kept for one matter only ("..., but refunds only through Amazon"), when the sentence also invites
 *  to the channel ("so feel free to message us there, but ..."), for a payment ("you'd prefer PayPal, so send the £10 to
 *  ..."), nor a conditional "prefer" that opens an offer ("If you prefer, email us at ..."). */
// why: s21 blind p en-007/de-005/fr-005/es-005/it-005/pt-005 - "I understand you'd prefer WhatsApp, but we can only help
// through Amazon messages" read as WhatsApp offered; s21 review 1 #1 - the first version cleared real invitations
// ("prefer" only as the buyer's wish: "if you prefer", "si prefiere", "wenn Sie lieber" open an offer)
const WISH_HEAD =
  compact(/(?<![\p{L}])(?:understand|reali[sz]e|appreciate|(?:i|we) know|(?:i|we) see|verstehe|verstehen|nachvollziehen|comprends|comprenons|entiendo|entendemos|comprendo|comprendemos|capisco|capiamo|comprendiamo|entendo|compreendo|compreendemos|(?:thanks?|thank you|danke|merci|gracias|grazie|obrigad[oa]) (?:\p{L}{1,5} ){0,2}(?:offer\p{L}{0,2}|suggestion|angebot|vorschlag|proposition|suggestion|propuesta|oferta|sugerencia|proposta|suggerimento|sugestão)|(?<!(?:if|si|se|wenn|falls|caso|s'il)(?:\s[\p{L}']{1,8}){0,2}\s)(?:prefer\p{L}{0,4}|bevorzug\p{L}{0,3}|lieber|préf[ée]r\p{L}{0,4}|preferir\p{L}{0,4}|prefier\p{L}{0,4}|preferi\p{L}{0,5}|prefir\p{L}{0,4}))(?![\p{L}])/u);
/** "but" within the sentence after the channel (bounded), and its clause to the next stop. */
const BUT_CLAUSE = /^[^.!?;\n]{0,90}?(?<![\p{L}])(?:but|aber|doch|jedoch|mais|pero|sin embargo|ma|però|tuttavia|mas|porém|contudo)(?![\p{L}])([^.!?\n]{0,160})/u;
// (French "ne ... que" and "qu'ici": "nous ne pouvons vous répondre qu'ici" - s21 review 1 #11)
const ONLY_AMAZON_IN_CLAUSE =
  /(?:(?<![\p{L}])(?:only|solely|exclusively|nur|ausschließlich|uniquement|exclusivement|solo|sólo|solamente|únicamente|soltanto|unicamente|esclusivamente|exclusivamente|só|somente|apenas)(?![\p{L}])|(?<![\p{L}])ne\s[^.!?\n]{1,40}\s(?:que(?![\p{L}])|qu['’]))[^.!?\n]{0,60}?(?:(?<![\p{L}])|(?<=qu['’]))(?:amazon|here|hier|ici|aquí|aqui|qui)(?![\p{L}])/u;
/** The clause keeps the talking on Amazon: a verb of helping, answering, writing, or Amazon's messages ("we can only help
 *  you here", "nur über das Amazon-Nachrichtencenter betreuen"). */
const TALKING = compact(/(?<![\p{L}])(?:help\p{L}{0,3}|assist\p{L}{0,3}|answer\p{L}{0,3}|reply|respond|communicat\p{L}{0,4}|talk|speak|chat|write|contact|support|messag\p{L}{0,3}|betreu\p{L}{0,3}|antwort\p{L}{0,3}|beantwort\p{L}{0,3}|helfen|kommunizier\p{L}{0,3}|schreiben|kontaktier\p{L}{0,3}|\p{L}{0,12}nachricht\p{L}{0,10}|anfrage\p{L}{0,2}|bearbeiten|request\p{L}{0,1}|consultas?|richiest[ae]|gestir\p{L}{0,2}|postfach|répond\p{L}{0,3}|aider|communiqu\p{L}{0,3}|échanger|écrire|messagerie|atend\p{L}{0,4}|ayud\p{L}{0,4}|respond\p{L}{0,4}|comunic\p{L}{0,4}|habl\p{L}{0,4}|escrib\p{L}{0,4}|mensaje\p{L}{0,2}|rispond\p{L}{0,4}|aiut\p{L}{0,4}|assister\p{L}{0,2}|parlar\p{L}{0,2}|scriver\p{L}{0,2}|messaggi\p{L}{0,2}|falar|conversar|ajudar|mensage\p{L}{0,2}|contatt\p{L}{0,4}|contat\p{L}{0,4})(?![\p{L}])/u);
/** One matter kept on Amazon, the channel offered for the rest: "but refunds only through Amazon", "aber Rückerstattungen
 *  gehen nur über Amazon", "mas o reembolso só pela Amazon". */
const ONE_MATTER = compact(/(?<![\p{L}])(?:refunds?|payments?|pay|returns?|orders?|the return|rück\p{L}{0,14}|erstattung\p{L}{0,2}|zahlung\p{L}{0,2}|bestellung\p{L}{0,2}|rembours\p{L}{0,4}|paiement\p{L}{0,1}|retours?|commandes?|reembolso\p{L}{0,1}|pagos?|devoluci[óo]n\p{L}{0,2}|pedidos?|rimbors\p{L}{0,2}|pagament\p{L}{1}|resi|reso|ordini|ordine|devolu[çc][ãa]o|devolu[çc][õo]es)(?![\p{L}])/u);
/** An invitation to the channel between the wish and the "but": "so feel free to message us there", "gern, schreiben Sie
 *  uns dort", "ci scriva pure su WhatsApp", "pode chamar a gente", "écrivez-nous sur WhatsApp", "mándenos el importe". */
const INVITED_BEFORE_BUT = compact(/(?<![\p{L}])(?:feel free|sure|go ahead|add us|(?:message|write|email|text|call|contact|dm|send) us|gerne?|schreiben sie uns|schreib uns|kontaktieren sie uns|pure|ci scriva|scrivici|ci contatti|chama a gente|pode chamar|fale conosco|escreva para nós|me chama|écrivez-nous|contactez-nous|appelez-nous|escríbanos|escríbenos|contáctenos|llámenos|mándenos|envíenos)(?![\p{L}])/u);
/** A payment channel: the decline of a chat is not the decline of a payment ("you'd prefer PayPal, so send ..."). */
const PAYMENT_WORD = compact(/(?<![\p{L}])(?:paypal|venmo|zelle|bizum|pix|revolut|wise|pay\p{L}{0,4}|zahl\p{L}{0,4}|bezahl\p{L}{0,4}|überweis\p{L}{0,4}|pag\p{L}{1,4}|pay[ée]\p{L}{0,2}|virement|bonifico|transferencia|transferência|importe)(?![\p{L}])|[£€\x80$]/u);
/** The seller refusing right after the "but", Amazon named in that clause: "danke für Ihr Angebot, das per Telefon zu klären,
 *  aber das dürfen wir leider nicht: Amazon erlaubt den Kontakt nur über ...", "but we're not allowed to: Amazon ...". */
// why: s21 blind x de-018 - the buyer's offer thanked for and refused, Amazon's rule given as the reason
const REFUSED_AFTER_BUT =
  /^\s{0,3}(?:(?:das|this|that|ce|cela|esto|eso|questo|ciò|isso)\s)?(?:(?:dürfen|können) wir (?:\p{L}{1,12} ){0,2}?nicht|(?:(?:unfortunately|sadly) )?(?:we|i) (?:can't|cannot|can not|aren't allowed|are not allowed|may not|mustn't)|(?:malheureusement )?(?:nous|je) ne (?:pouvons|peux|sommes) (?:\p{L}{1,12} ){0,2}?pas|(?:lamentablemente )?no (?:podemos|puedo|nos est[áa] permitido)|(?:purtroppo )?non (?:possiamo|posso|ci è consentito)|(?:infelizmente )?não (?:podemos|posso|é permitido))(?![\p{L}])/u;
/** A contrast opening the next sentence's decline: "Wir verstehen, dass WhatsApp für Sie bequemer wäre. Nach den Richtlinien von
 *  Amazon dürfen wir jedoch ausschließlich über den Amazon-Nachrichtendienst kommunizieren." */
// why: s21 blind x de-016 - the wish acknowledged in one sentence, declined for Amazon in the next
const NEXT_SENTENCE_CONTRAST = compact(/(?<![\p{L}])(?:however|but|jedoch|aber|allerdings|leider|cependant|toutefois|mais|malheureusement|sin embargo|pero|lamentablemente|tuttavia|però|purtroppo|porém|mas|no entanto|infelizmente|unfortunately)(?![\p{L}])/u);
function channelWishDeclined(t: string, span: { start: number; end: number }): boolean {
  const start = sentenceStartIn(t, Math.max(0, span.start - 200), span.start);
  const head = t.slice(start, span.start);
  if (!WISH_HEAD.test(head)) return false;
  const after = t.slice(span.end, span.end + 240);
  const but = BUT_CLAUSE.exec(after);
  if (!but) {
    // the wish's sentence ends with no invitation, and the next one turns to Amazon as the only way of talking
    const stop = /^[^.!?\n]{0,80}[.!?]\s{1,3}/u.exec(after);
    if (!stop || INVITED_BEFORE_BUT.test(head + ' ' + stop[0]) || PAYMENT_WORD.test(head + ' ' + stop[0])) return false;
    const next = after.slice(stop[0].length).split(/[.!?\n]/u, 1)[0]!;
    const only = ONLY_AMAZON_IN_CLAUSE.exec(next);
    return NEXT_SENTENCE_CONTRAST.test(next) && only !== null && TALKING.test(next) && !ONE_MATTER.test(next.slice(0, only.index + only[0].length)) && !INVITED_BEFORE_BUT.test(next);
  }
  const clause = but[1]!;
  const between = after.slice(0, but.index + but[0].length - clause.length);
  const refusedHere = REFUSED_AFTER_BUT.test(clause) && /amazon/u.test(clause);
  // (the matter is what "only" governs, before Amazon: "..., pero solo atendemos por Amazon; así todo queda ligado a su pedido"
  // names the order after it)
  const only = ONLY_AMAZON_IN_CLAUSE.exec(clause);
  const governed = only ? clause.slice(0, only.index + only[0].length) : clause;
  // a payment channel wished for, the payment or refund itself kept on Amazon: "you'd prefer the refund over Venmo, but we can only
  // refund through Amazon" declines the very matter wished (a chat wished for is declined by talking kept here, above)
  // why: s21 blind y en-015 - ONE_MATTER read the refund as the one matter kept while the channel stayed open
  const paymentDeclined = only !== null && ONE_MATTER.test(governed) && PAYMENT_WORD.test(t.slice(span.start, span.end));
  if (paymentDeclined) return !INVITED_BEFORE_BUT.test(head + ' ' + t.slice(span.start, span.end) + between);
  if (!refusedHere && (!only || !TALKING.test(clause) || ONE_MATTER.test(governed))) return false;
  if (INVITED_BEFORE_BUT.test(head + ' ' + t.slice(span.start, span.end) + between)) return false;
  return !PAYMENT_WORD.test(head + ' ' + t.slice(span.start, span.end) + between);
}

/** `t`: the normalized text; the span is an off-Amazon channel or payment. Refused in its own sentence (the readers above), or the
 *  buyer's wish for it acknowledged and declined for Amazon (channelWishDeclined). */
export function channelRefused(t: string, start: number, end: number): boolean {
  return refusedInSentence(t, start, end) || channelWishDeclined(t, { start, end });
}

// ---- review asks and trades ----

/** `t`: the normalized text; the span is a review ask or a review-for-reward trade. */
// examples: "Erstattungen gegen Bewertungen dürfen wir nicht anbieten", "Um Sterne können wir Sie leider nicht bitten", "当店では
// レビューをお願いすることはございません"; near-misses still flagged: "Rabatte gegen Bewertungen dürfen wir nicht anbieten, aber für 5
// Sterne gibt es einen Gutschein", "レビューをお願いすることはございませんが、よろしければご協力ください"
export function reviewRefused(t: string, start: number, end: number): boolean {
  const { tail } = sentenceParts(t, start, end);
  if (/[?？]/u.test(tail)) return false;
  const m = REVIEW_REFUSED_AFTER.exec(tail);
  if (!m || m[0].includes('以上')) return false;
  const rest = tail.slice(m.index + m[0].length);
  return !ASKED_AGAIN_LATIN.test(rest) && !JA_ASKED_AGAIN.test(rest);
}

/** `t`: the normalized text; the span is a marketing phrase (another model, size or item). */
// examples: "não recebemos por Pix; se preferir o modelo maior, é só pedir pela Amazon", "we can't take PayPal, so if you prefer
// the larger size, just order it on Amazon"; near-misses still flagged: "if you prefer the larger size, just order it on Amazon"
// (no refusal: an upsell), "we can't take PayPal; if you prefer the premium set, we send it for $20 more"
export function wishRoutedAfterRefusal(t: string, start: number, end: number): boolean {
  const { head, tail } = sentenceParts(t, start, end);
  return WISH_BEFORE.test(head) && ROUTED_TO_AMAZON.test(tail) && OFF_AMAZON_REFUSED.test(head);
}

// ---- a review ask refused before the phrase (formerly check.ts NOT_ASKING, REFUSAL_SCOPE_END) ----

/** Where a refusal's reach ends before the phrase: the sentence's end, or a contrast after a comma ("we can't offer anything
 *  for a review, but leave us 5 stars and ..." - what follows "but" is asked). */
// why: s23 leftover #11 - the refusal in the first half cleared the paid ask in the second
const REFUSAL_SCOPE_END = new RegExp(String.raw`[.!?;\n]|,\s{0,2}(?:${CONTRAST_WORDS})(?![\p{L}])`, 'u');
const NOT_ASKING = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:cannot|can't|can not|won't|will not|don't|do not|never|not allowed to|${ABLE_NEG}|aren't allowed to|are not allowed to|may not|must not) (?:\p{L}{1,12} ){0,2}(?:ask|request|offer|require|pressure|expect|incentivi[sz]e|influence|pay)(?![\p{L}])`, 'u'));

/** `s`: a sentence or clause. The seller's refusal to ask, offer, expect or pay for a review anywhere in it (check.ts reads it for
 *  the buyer's question answered). */
// examples: "we never ask for reviews", "we don't expect 5 stars"; near-miss still flagged: "we'd love 5 stars"
export function notAsking(s: string): boolean {
  return NOT_ASKING.test(s);
}

/** `t`: the normalized text; `window`: how far back the clause is read. The seller will not ask, offer or expect, in the phrase's
 *  clause before it; a condition, a request or a "yet" after the phrase undoes the refusal (s27 review #3 - refusalUndone). */
// examples: "we will never ask you for 5 stars", "we can't offer anything for a review"; near-misses still flagged: "we can't
// offer anything for a review, but leave us 5 stars", "never ask for 5 stars unless you loved it"
export function reviewAskRefusedBefore(t: string, start: number, end: number, window: number): boolean {
  const refusalClause = t.slice(Math.max(0, start - window), start).split(REFUSAL_SCOPE_END).pop() ?? '';
  return NOT_ASKING.test(refusalClause) && !refusalUndone(t, refusalClause, end);
}

// ---- a review-for-reward trade refused (formerly harmless-replies.ts, review-explained.ts, check.ts TRADE_REFUSED) ----

/** The refusal that opens the list: the seller cannot / does not offer ("we can't offer", "wir können keine", "nous ne
 *  pouvons pas offrir", "no podemos ofrecer", "non possiamo offrire", "não podemos oferecer"), or does not do or make the
 *  reward at all ("we don't do refunds for ...", "wir machen keine Rabatte gegen ...", "non facciamo sconti in cambio di ...",
 *  "no hacemos descuentos a cambio de ...", "não fazemos" - s33 prec33: a buyer's stars-for-discount offer turned down). */
const REFUSAL_HEAD = String.raw`(?:(?:can't|cannot|can not|won't|will not|don't|do not|never|(?:are|am) not (?:able|allowed) to|aren't (?:able|allowed) to)(?: \p{L}{1,12}){0,2}? (?:offer|give|send|provide|pay|refund|do|make)|(?:wir|ich) (?:können|dürfen|werden|bieten|geben|gewähren|vergeben|machen)(?: \p{L}{1,12}){0,2}? (?:keine\p{L}?|nichts|nicht)|(?:können|dürfen) (?:wir|ich)(?: \p{L}{1,12}){0,2}? (?:keine\p{L}?|nichts|nicht)|ne (?:pouvons|peux|pourrons|pouvez) (?:pas|rien)(?: \p{L}{1,12})? (?:offrir|proposer|donner|accorder|envoyer)|n'(?:offrons|accordons|envoyons)|ne (?:proposons|donnons|offrons|faisons) (?:pas|rien|aucun\p{L}{0,2})|no (?:podemos|debemos|ofrecemos|damos|regalamos|enviamos|hacemos)(?: (?:ofrecer|dar|regalar|enviar|conceder))?|non (?:possiamo|dobbiamo|offriamo|diamo|regaliamo|inviamo|facciamo)(?: (?:offrire|dare|regalare|inviare|concedere))?|n[ãa]o (?:podemos|devemos|oferecemos|damos|enviamos|fazemos)(?: (?:oferecer|dar|enviar|conceder))?)`;
/** "in exchange for" opening the flagged phrase. */
// (s32: the article after "d" spelled out - "em troca de/da/do/das/dos", "en échange de/du/des", "en contrepartie de" - as the
// letter lookahead after a bare "d" let only the elided "d'" match)
const EXCHANGE_START = accentOptionalRe(
  /^(?:in exchange for|in return for|for|im austausch (?:f[üu]r|gegen)|als gegenleistung f[üu]r|f[üu]r|gegen|en [ée]change d(?:e|u|es)?|en contrepartie d(?:e|u|es)?|contre|a cambio de|por|in cambio (?:di|della|del|delle|dei)|per|em troca d(?:e|a|o|as|os)?|por)(?![\p{L}])/u,
);
/** The refusal, then at most ten listed words (commas, "or"/"oder"/"ou"/"o"/"y"), reaching the phrase. */
const REFUSED_LIST = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])${REFUSAL_HEAD}(?![\p{L}])((?:[\s,]{1,3}[\p{L}\p{N}'€\x80$%-]{1,15}){0,10}?)\s{0,3}$`, 'iu'));
/** What ends the refusal's reach inside the list: a contrast or a condition ("..., but leave us 5 stars"). */
const LIST_BREAK = /(?<![\p{L}])(?:but|aber|sondern|mais|pero|sino|ma|però|mas|porém|if|wenn|falls|si|se)(?![\p{L}])/iu;

/** `head`: the phrase's sentence before it; `phrase`: the flagged text. A refused trade whatever the list holds. */
// examples: "non possiamo offrire buoni, sconti o altro in cambio di recensioni", "we can't offer vouchers, refunds or anything
// else in exchange for reviews", "no podemos ofrecer descuentos, regalos ni nada a cambio de una reseña"
// near-miss still flagged: "non possiamo offrire sconti, ma un buono in cambio di una recensione sì" (the contrast)
// (s33 prec33: the phrase may open on the refused reward itself, the trade inside it - "we don't do [refunds in exchange for
// stars]", "non facciamo [sconti in cambio di stelle]", "nous ne faisons pas de [remise en échange d'étoiles]": the words before
// the trade, three at most, join the list)
function tradeRefusedOverList(head: string, phrase: string): boolean {
  let list = head;
  if (!EXCHANGE_START.test(phrase.trimStart())) {
    const trade = TRADE_NAMED.exec(phrase);
    if (!trade || trade.index === 0) return false;
    const before = phrase.slice(0, trade.index);
    if (!/^\s{0,3}(?:[\p{L}\p{N}'€\x80$%-]{1,15}\s{1,3}){1,3}$/u.test(before)) return false;
    list = head + before;
  }
  const m = REFUSED_LIST.exec(list.slice(-200));
  return m !== null && !LIST_BREAK.test(m[1] ?? '');
}

/** A trade named in the phrase ("in exchange for", "im Tausch gegen", "en échange de", "a cambio de", "in cambio di", "em troca
 *  de", "と引き換えに", "の見返りに"). */
const TRADE_NAMED = re(
  String.raw`(?<![\p{L}])(?:in exchange for|in return for|im austausch (?:für|gegen)|im tausch gegen|als gegenleistung|gegen|en échange d(?:e|u|es)?|en contrepartie d(?:e|u|es)?|contre|a cambio de|in cambio (?:di|della|del|delle|dei)|em troca d(?:e|a|o|as|os)?)(?![\p{L}])|引き換え|引換え|見返り`,
);
/** The negation that governs the phrase from right before it ("we do not", "non", "no", "não", "nie", "jamais"). */
const TRADE_NEG_BEFORE = re(String.raw`(?<![\p{L}])(?:not|never|don't|won't|nicht|nie|niemals|keine\p{L}?|ne|n'|jamais|no|nunca|non|mai|não)\s{1,3}(?:(?:nous|lui|vous|le|les|ti|le|vi|ci|lhe|te|les) ){0,1}$`);
/** The refusal after the phrase: a verb-final German negation, a rule against it, a Japanese prohibition or inability. */
const TRADE_NEG_AFTER = re(
  String.raw`(?<![\p{L}])(?:(?:bieten|geben|gewähren|zahlen|machen|vergeben|schicken|leisten|erstatten|verschenken|senden|verschicken) (?:wir|ich)(?: \p{L}{1,15}){0,2}? (?:nicht|keine\p{L}?|nie|niemals)|(?:ist|sind|wäre|wären)(?: \p{L}{1,15}){0,3}? (?:nicht (?:erlaubt|gestattet|zulässig)|verboten|untersagt|unzulässig)|(?:is|are)(?: \p{L}{1,15}){0,2}? (?:not allowed|not permitted|prohibited|forbidden|against)|(?:est|sont)(?: \p{L}{1,15}){0,2}? (?:interdit\p{L}{0,2}|pas autoris\p{L}{1,3}|prohib\p{L}{1,3})|(?:está|están)(?: \p{L}{1,15}){0,2}? prohibid\p{L}{1,2}|(?:è|sono)(?: \p{L}{1,15}){0,2}? (?:vietat\p{L}|proibit\p{L}|non consentit\p{L})|(?:é|são)(?: \p{L}{1,15}){0,2}? (?:proibid\p{L}{1,2}|vedad\p{L}{1,2}|não permitid\p{L}{1,2}))(?![\p{L}])|禁止|できません|できかねます|いたしかねます|しておりません|行っておりません|お付けしておりません|ございません`,
);
/** A contrast after the refusal may bring an offer back ("..., but ...", "ただし"). */
const TRADE_CONTRAST = re(String.raw`(?<![\p{L}])(?:but|aber|jedoch|sondern|mais|pero|sino|ma|però|mas|porém|except|außer|sauf|salvo|tranne|exceto)(?![\p{L}])|ただし|しかし|でも|けれど`);

/** `head`: the phrase's sentence before it; `phrase`: the flagged text; `tail`: the sentence after it. */
// examples: "non regaliamo prodotti in cambio di recensioni", "Gutscheine gegen Rezensionen geben wir grundsätzlich nicht", "レビューと
// 引き換えに特典をお付けすることは禁止されております"; near-miss still flagged: "Rabatte gegen Bewertungen bieten wir nicht an, aber 5 Sterne
// belohnen wir mit einem Gutschein" (the contrast), "評価と引き換えに割引をお付けします" (no refusal)
function tradeRefusedAround(head: string, phrase: string, tail: string): boolean {
  if (!TRADE_NAMED.test(phrase) && !TRADE_NAMED.test(tail.slice(0, 40))) return false;
  if (/[?？]/u.test(tail)) return false;
  if (TRADE_NEG_BEFORE.test(head.slice(-40))) return !TRADE_CONTRAST.test(tail);
  const m = TRADE_NEG_AFTER.exec(tail.slice(0, 160));
  return m !== null && !TRADE_CONTRAST.test(tail.slice(0, m.index + m[0].length + 80));
}

// (a trade refused right before the review phrase: "we're not able to refund in exchange for removing a review", "we can't
// pay you for changing your rating" - the seller declines the buyer's offer, no ask; s22 blind j en-107)
const TRADE_REFUSED = compactRegExp(String.raw`(?<![\p{L}])(?:cannot|can't|can not|won't|will not|don't|do not|never|${ABLE_NEG}|not allowed to|may not|must not) (?:\p{L}{1,12} ){0,2}(?:refund|pay|reward|compensate|offer|give)(?: [\p{L}'$\d]{1,12}){0,3} (?:in exchange for|in return for|for)\s*$`, 'u');

/** `headInClause`: the phrase's clause before it (Latin stops); `headInSentence`: its sentence before it (Japanese stops too);
 *  `phrase`: the flagged text; `tail`: the sentence after it. A review-for-reward trade the seller refuses. */
// (s32 prec32: also the trade named as what Amazon or its rules forbid - amazon-forbids.ts)
export function reviewTradeRefused(headInClause: string, headInSentence: string, phrase: string, tail: string): boolean {
  return tradeRefusedOverList(headInClause, phrase) || tradeRefusedAround(headInSentence, phrase, tail) || TRADE_REFUSED.test(headInClause) || tradeForbiddenByAmazon(headInSentence, phrase, tail);
}
