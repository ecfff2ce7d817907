// Sentence guards for phrases that describe a rule, Amazon's own mail, a third party or an order detail
// rather than ask, offer or invite (each from a false alarm of the s11 blind batch of compliant
// replies). Pure functions over the checker's normalized copy (lowercase, NFKC); offsets normalized.
import { accentOptionalRe } from './accent-optional';
import { CHANGES_REVIEW } from './detectors/review-incentive';
import { firstStopIn, sentenceStartIn } from './detectors/sentence';
import { oneByte } from './normalize';
import { MESSENGER_APPS, SELLER_CLITIC, SELLER_POSSESSIVE, socialNetworksExcept } from './lexicon/shared';
import { compact, compactRegExp } from './detectors/compact-letters';
import { messengerAmongApps } from './detectors/messenger-among-apps';

interface Range {
  start: number;
  end: number;
}

/** How far back a sentence is read for these guards (bounded: linear on a 1 MB paste). */
const WINDOW = 200;

const sentenceHead = (t: string, span: Range): string => t.slice(sentenceStartIn(t, Math.max(0, span.start - WINDOW), span.start), span.start);

/** The whole sentence of a span, phrase included (bounded both ways). */
export function sentenceOf(t: string, span: Range): string {
  const stop = firstStopIn(t, span.end, span.end + WINDOW);
  const s = sentenceHead(t, span) + t.slice(span.start, stop ? stop.at + stop.stop.length : span.end + WINDOW);
  return oneByte(s);
}

/** A refusal to ask, in either word order: "we will never ask for", "non le chiederemo mai", "nous ne vous
 *  demanderons jamais", "wir fragen niemals nach", "nunca le pediremos". */
const NEVER_ASK =
  accentOptionalRe(compact(/(?<![\p{L}])(?:(?:never|not|won't|don't|do not|will not|nie|niemals|nicht|jamais|nunca|mai|non|não|no)\s(?:[\p{L}']{1,12}\s){0,3}?(?:ask|request|require|collect|fragen|bitten|verlangen|anfordern|demander\p{L}{0,5}|exiger\p{L}{0,5}|pedir\p{L}{0,5}|pedi\p{L}{0,5}|solicitar\p{L}{0,5}|chieder\p{L}{0,5}|chied\p{L}{0,5}|richieder\p{L}{0,5})|(?:ask|request|fragen|bitten|verlangen|demander\p{L}{0,5}|demande|chieder\p{L}{0,5}|pedir\p{L}{0,5})\s(?:[\p{L}']{1,12}\s){0,2}?(?:never|nie|niemals|jamais|mai|nunca))(?![\p{L}])/gu));
/** What would make the rest of the sentence a new request after all ("..., but please send your number",
 *  "we won't ask for anything else, just add us on WhatsApp", "non chiediamo mai troppo, solo il suo numero"). */
const REQUEST_AFTER =
  /[.!?;:\n]|(?<![\p{L}])(?:please|but|just|only|add|bitte|aber|nur|einfach|veuillez|mais|seulement|juste|simplement|por favor|pero|solo|sólo|per favore|però|ma|soltanto|por gentileza|mas|apenas|só|send|schicken|envoyez|envíe|invii|envie)(?![\p{L}])/u;
/** "Not ... much / anything else / too much": an amount, not a refusal to ask for the items that follow. */
const AMOUNT_OBJECT = /^\s{0,3}(?:for\s)?(?:much|a lot|anything else|more|too much|troppo|molto|mucho|demasiado|viel|zu viel|beaucoup|trop|muito|demais)(?![\p{L}])/u;

/**
 * "We will never ask for your phone number, card details or Amazon password": the refusal reaches every
 * item of the list it governs, across the list's commas (the clause guard stops at the first comma).
 * (s11 blind: en/es/it "never ask for ..., ... or password" flagged the last item.)
 */
export function refusedAsList(t: string, span: Range): boolean {
  const head = sentenceHead(t, span);
  let last: RegExpExecArray | null = null;
  NEVER_ASK.lastIndex = 0;
  for (let m = NEVER_ASK.exec(head); m; m = NEVER_ASK.exec(head)) last = m;
  if (!last) return false;
  const rest = head.slice(last.index + last[0].length);
  if (AMOUNT_OBJECT.test(rest)) return false;
  return rest.length <= 100 && !REQUEST_AFTER.test(rest);
}

/** The mail or feature is Amazon's: "that email came from Amazon itself", "die E-Mail ... kam direkt von
 *  Amazon", "le message vient d'Amazon", "viene inviata automaticamente da Amazon", "lo invia Amazon" (s16 blind), "Amazonの「レビューを
 *  リクエストする」機能から自動で送信"; since s33 (prec33) the mail that arrives from Amazon ("arriva da Amazon in automatico", "llega de
 *  Amazon", "chega da Amazon", "arrives from Amazon") and a verbless "…, not from us" / "…, non da noi" disowning it after a comma. */
const AMAZON_SENDS =
  accentOptionalRe(compact(/(?<![\p{L}])(?:came|comes|come|arrives|arrived|was sent|is sent|are sent|were sent|goes out|went out|generated|kam|kommt|kommen|stammt|stammen|gesendet|verschickt|vient|viennent|provient|arrive|arrivent|envoyée?s?|viene|vienen|proviene|llega|llegan|enviad[oa]s?|inviat[oa]|inviate|vengono|arriva|arrivano|vem|vêm|veio|chega|chegam|enviad[oa]s?)\s(?:[\p{L}']{1,16}\s){0,3}?(?:from|by|von|d'|de|par|por|da|dalla|pela|pelo)\s?(?:l'|la |el |a )?amazon(?![\p{L}])|(?:los|las|les|le|li|la|lo|os|as) (?:envía|envían|manda|mandan|invia|inviano|manda|mandano|envia|enviam|envoie|envoient)(?:\s[\p{L}']{1,16}){0,2}?\samazon(?![\p{L}])|amazon(?:'s)? (?:itself|automatic\p{L}*|selbst|automatisch|automatiquement|lui-même|automáticamente|automaticamente|stessa|in automatico)|amazon(?:の|が|から)[^。！？\n]{0,40}(?:自動|送信|配信)/u));
/** The seller disowns it: "not from us", "nicht von uns", "pas de notre part", "no es nuestro", "non da noi". */
const NOT_FROM_US = accentOptionalRe(compact(/(?<![\p{L}])(?:not from us|isn't from us|wasn't from us|nicht von uns|pas de (?:notre part|nous)|no (?:es|fue|viene) (?:nuestr\p{L}|de nosotros)|non (?:è|viene|arriva|parte) (?:nostr\p{L}|da noi)|não (?:é|foi|vem) (?:noss\p{L}|de nós))(?![\p{L}])|,\s?(?:not (?:from|by) us|nicht von uns|pas (?:de|par) nous|no (?:de|por) nosotros|non (?:da|di) noi|não (?:de|por) nós)(?![\p{L}])|弊社から(?:では|送信したものでは)/u));
/** A request of the seller's own in the same sentence: then the description serves an ask. */
// (not the verb of the mail's own ask: "that e-mail asking you to rate your experience was sent by Amazon" - s21 blind p en-005;
// nor the "just" of a heads-up: "just so you know, you may get a 'Request a Review' email from Amazon" - s21 blind q en-025)
const OWN_REQUEST = compact(/(?<![\p{L}])(?:please|(?<!(?:der|die|einer|eine) )bitte|wir bitten|veuillez|merci de|nous vous invitons|n'oubliez pas|por favor|le rogamos|no olvide|per favore|la preghiamo|ti preghiamo|vi preghiamo|non dimentic\p{L}*|por gentileza|não esqueça|we'd love|we would love|we'd be (?:thrilled|grateful|happy)|we ask|we invite|feel free|don't forget|(?<!(?:ask(?:s|ed|ing)?|invit(?:es|ed|ing)) (?:you|me|buyers|customers) to )(?:leave|give|click|tap|rate)|just(?! so you know| to let you know| a (?:quick )?heads)|hinterlassen sie|geben sie|klicken sie|bewerten sie|laissez|donnez|cliquez|notez|d[ée]jenos|d[ée]je|haga clic|valórenos|ci lasci|lasci|clicchi|valuti|deixe|clique|avalie|5 stars|five stars|5 sterne|5 étoiles|5 estrellas|5 stelle|5 estrelas|wir würden uns freuen|nous serions ravis|nos encantaría|ci farebbe piacere|adoraríamos|(?:we're|we are|we're all) counting on you|we count on you|wir zählen auf (?:sie|dich|euch)|contamos con (?:usted|ustedes|contigo|vosotros)|on compte sur (?:vous|toi)|(?:ci )?cont(?:o|iamo) su di (?:lei|te|voi)|contamos com (?:você|vocês|o senhor|a senhora)|we hope you(?:'ll| will)? (?:fill|answer|respond|rate|leave|give|write|take)|wir hoffen,? (?:dass )?sie (?:\p{L}+ ){0,3}(?:ausfüllen|beantworten|bewerten|mitmachen)|esperamos que (?:la |lo |nos )?(?:responda|conteste|rellene|valore|participe|avalie|preencha)|nous espérons que vous (?:y )?(?:répondrez|remplirez|participerez|noterez)|speriamo che (?:lo |la |ci )?(?:compili|risponda|valuti|partecipi))(?![\p{L}])|ください|いただけますと|お願いいたします|星5|★5/u);
// (s21 review 2: "we're counting on you", "wir zählen auf Sie", "we hope you'll fill it in" beside Amazon's quoted mail push it)

/** Is a review phrase part of explaining Amazon's own review mail ("it's their automatic 'Request a
 *  Review' message", "Funktion „Bewertung anfordern“")? (s11 blind: en/de/ja buyers asked why they get
 *  review e-mails.) */
/** The buyer asked or complained about review mails: only then is the explanation an answer, not a nudge
 *  ("You'll get an e-mail from Amazon asking for a review" told unasked steers the buyer to it). */
const BUYER_ASKS_ABOUT_MAIL = /mail|correo|courriel|review|rating|bewert|rezens|avis|évaluation|reseñ|valora|opini|opina|recension|valuta|avalia|レビュー|評価|メール/u;
export const askedAboutReviewMail = (buyerText: string): boolean => BUYER_ASKS_ABOUT_MAIL.test(buyerText);
/** `sentence` is read only when the buyer's message is about review mails (most checks: never). */
export function amazonsOwnMail(sentence: () => string, buyerText: string): boolean {
  if (!askedAboutReviewMail(buyerText)) return false;
  const s = sentence();
  return (AMAZON_SENDS.test(s) || NOT_FROM_US.test(s)) && /amazon|アマゾン/u.test(s) && !OWN_REQUEST.test(s);
}

/** A mail named as coming from Amazon: "a 'Request a Review' email from Amazon", "eine E-Mail von Amazon". */
const MAIL_FROM_AMAZON = accentOptionalRe(compact(/(?<![\p{L}])(?:e-?mails?|mails?|messages?|nachricht(?:en)?|correos?|courriels?|messaggi[oa]?|mensage(?:m|ns))\s(?:[\p{L}']{1,16}\s){0,2}?(?:from|von|de|d'|da|dalla|di|dell')\s?(?:l'|la |el |a )?amazon(?![\p{L}])/u));
/** Is a quoted review phrase the name of Amazon's own mail, told with no ask of ours ("you may get a 'Request a Review' email
 *  from Amazon - we didn't want you to think it was spam")? The quoted name is Amazon's button or mail, not our request -
 *  even told unasked (the corpus labels such a heads-up compliant; an ask of ours in the sentence keeps the finding). */
// why: s21 blind q en-025
export function quotedAmazonMailName(sentence: string): boolean {
  return (MAIL_FROM_AMAZON.test(sentence) || AMAZON_SENDS.test(sentence) || NOT_FROM_US.test(sentence)) && !OWN_REQUEST.test(sentence);
}

/** The comment field of a form the buyer fills in for us - the return, the exchange, the request ("lo scriva nel commento del
 *  reso", "escreva isso no comentário da devolução", "indíquelo en el comentario de la devolución", "note-le dans le commentaire
 *  du retour"): an instruction about a form, not a review. Read right after the comment noun the phrase ends on. */
// why: s21 blind p it-020, pt-020 (a size asked for the replacement, written in the return's comment box)
const FORM_COMMENT = accentOptionalRe(/(?:comment[oi]?|commentaires?|coment[áa]rios?|comments?|kommentar|notes?|nota|campo)$/u);
const OF_A_FORM = accentOptionalRe(/^\s(?:(?:del|della|dello|dell'|da|do|de la|de l'|del|du|de|of the|of your|zur|zum|der|im)\s?)(?:(?:sua|seu|su|tu|votre|your|ihrer?)\s)?(?:reso|restituzione|richiesta(?: di reso)?|modulo|cambio|sostituzione|devolu[çc][ãa]o|troca|solicita[çc][ãa]o|formul[áa]rio|pedido de (?:troca|devolu[çc][ãa]o)|devoluci[óo]n|solicitud|formulario|retour|demande|formulaire|échange|return|exchange|request|form|rücksendung|retoure|formular|umtausch)(?![\p{L}])/u);
export function commentOfAForm(t: string, span: Range): boolean {
  return FORM_COMMENT.test(t.slice(Math.max(0, span.end - 14), span.end)) && OF_A_FORM.test(t.slice(span.end, span.end + 50));
}

/** Amazon's own price programmes named with the discount they give: "Ihr Spar-Abo-Rabatt", "tu descuento
 *  de Suscríbete y ahorra", "il suo sconto Iscriviti e risparmia" explain the price, they offer nothing. */
const AMAZON_PROGRAM =
  accentOptionalRe(/(?<![\p{L}])(?:subscribe (?:&|and|\+) save|spar-?abo|abonnez-vous et économisez|suscríbete y ahorra|iscriviti e risparmia|programe e poupe)(?![\p{L}])|定期おトク便/u);
/** A contrast, a stop or the seller's own between the programme and the phrase: "Subscribe & Save is nice, but our
 *  newsletter ...", "With Subscribe & Save you get 5% off, and our newsletter ..." (s16 review). */
const PROGRAM_CUT = /[.!?;\n。]|(?<![\p{L}])(?:but|besides|aber|außer|neben|mais|en plus de|pero|además de|ma|oltre a|mas|além d[oa]|our|unser\p{L}{0,2}|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?)(?![\p{L}])/u;
/** Is the phrase the discount of Amazon's programme named within a few words of it, with no contrast between? */
// (60 characters: "The 5% off on your refill comes from Subscribe & Save" - s16 blind batch)
/** Amazon as the one who grants the discount, right before it in the clause: "bei fünf Abo-Artikeln gewährt Amazon automatisch einen
 *  Rabatt", "Amazon applies the discount at checkout", "Amazon applique une remise". Not "offers" (Amazon's sale on the seller's
 *  range is still a pitch). */
// why: s21 blind z de-018 - the programme named a sentence earlier, Amazon the giver in the discount's own clause
const AMAZON_GRANTS = /(?<![\p{L}])(?:amazon(?:'s)?\s(?:\p{L}{1,14}\s){0,2}?(?:gives|grants|applies|applied|automatically applies|gewährt|gibt|zieht|applique|accorde|aplica|concede|applica|dà|dá)|(?:gewährt|gibt|applique|accorde|aplica|concede|applica)\samazon)\s(?:(?!(?:our|unser\p{L}{0,2}|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?)(?![\p{L}]))[\p{L}\d%,]{1,14}\s){0,3}$/u;
/** The discount opening its sentence with a definite article ("Der Rabatt liegt bei 5 %", "The discount is 5%", "La remise est de
 *  5 %"): it refers back to what the sentence before named. */
const DEFINITE_OPENING = /^(?:the|der|die|das|le|la|l'|el|il|lo|o|a)\s$/u;
/** The discount told as the one of the programme the sentence before named ("... gibt es im Spar-Abo. ... Der Rabatt liegt bei
 *  5 %"): Amazon's price explained, nothing offered. Not with the seller's own or a contrast in the programme's sentence. */
// why: s36 g10 de-009 - the buyer asked about Subscribe & Save, the reply names it and then "Der Rabatt liegt bei 5 %"
function programDiscountNamedBefore(t: string, span: Range): boolean {
  const head = t.slice(Math.max(0, span.start - 300), span.start);
  const parts = head.split(/(?<=[.!?;\n。])\s+/u);
  const opening = parts.pop() ?? '';
  if (!DEFINITE_OPENING.test(opening)) return false;
  const previous = parts.pop() ?? '';
  const m = AMAZON_PROGRAM.exec(previous);
  return m !== null && !PROGRAM_CUT.test(previous.slice(m.index + m[0].length).replace(/[.!?;\n。]\s*$/u, ''));
}
export function amazonProgramDiscount(t: string, span: Range): boolean {
  if (programDiscountNamedBefore(t, span)) return true;
  const before = t.slice(Math.max(0, span.start - 60), span.start);
  const after = t.slice(span.end, span.end + 60);
  if (AMAZON_GRANTS.test(before.split(/[.!?;\n。]/u).pop()!)) return true;
  const m = AMAZON_PROGRAM.exec(before + '\u0000' + after);
  if (!m) return false;
  const between = m.index < before.length ? before.slice(m.index + m[0].length) : after.slice(0, m.index - before.length - 1);
  return !PROGRAM_CUT.test(between);
}
export { AMAZON_PROGRAM };

/** An identity document a pickup point or customs will ask for: "une pièce d'identité vous sera demandée
 *  au retrait", "at the pickup point you will be asked for ID" - said of a third party, not asked for. */
// (the impersonal "they" of the counter staff too: "Al punto di ritiro le chiederanno un documento d'identità", "le pedirán
// el DNI en la oficina" - s18 blind g it-044)
// (and the counter's staff as "they" in the present: "na retirada eles pedem um documento com foto" - s19 blind b pt-030)
// (a clitic object between: "te lo pedirán para entregártelo", "on vous la demandera" - s22 blind d es-005)
const PASSIVE_REQUIRED = accentOptionalRe(compact(/(?<![\p{L}])(?:will be (?:asked|required|requested|needed)|wird (?:verlangt|benötigt|gefordert)|sera (?:demandée?|exigée?|nécessaire)|se (?:le |les )?(?:pedirá|solicitará|exigirá)|(?:le |vi )?verrà richiest[oa]|ser[áa] (?:solicitad|pedid|exigid)\p{L}*|(?:they|staff) will ask (?:you )?(?:for|to show)|(?:le|ti|vi|gli) (?:lo |la )?(?:chiederanno|richiederanno)|glielo (?:chiederanno|richiederanno)|(?:le|te|les|os|se) (?:lo |la |los |las )?(?:pedirán|solicitarán|exigirán)|(?:on )?vous (?:le |la )?(?:demandera|demanderont)|(?:lhe|te) (?:o |a )?(?:pedirão|solicitarão|vão pedir)|man wird sie nach)(?![\p{L}])/u));
// The present-tense "they" only with the post office, the carrier or customs named and no "us"/"we" in the sentence:
// "eles pedem" / "piden" / "chiedono" also say who asks the seller's own counter ("Para retirar o reembolso, eles pedem
// uma foto do seu RG; pode nos mandar por aqui?" is the seller asking - s19 review 2 #1).
const THEY_ASK = accentOptionalRe(compact(/(?<![\p{L}])(?:(?:eles |elas )?(?:pedem|exigem|solicitam)|(?:ellos )?(?:piden|exigen|solicitan)|(?:chiedono|richiedono)|(?:ils )?(?:demandent|exigent)|verlangen (?:sie|dort)|they (?:ask for|require|want to see))(?![\p{L}])/u));
// (the verb as well as the noun: "para retirar na agência, leve o RG"; the verb only with a parcel or a place after it:
// "retirar o reembolso" is withdrawing the refund - s19 review 2 #1)
const PICKUP = accentOptionalRe(compact(/(?<![\p{L}])(?:pick-?up|collection point|parcel (?:shop|locker)|retrait|point relais|abholung|(?:zum|beim) abholen|packstation|paketshop|filiale|retiro|recogida|ritiro|retirada|(?:retirar|recoger|ritirare)(?= (?:(?:o|el|il|la|a|su|seu|sua|suo) )?(?:paquete|pedido|env[íi]o|pacote|encomenda|pedido|pacco|collo|spedizione)| (?:na|no|en|em|in|al|all[ao']|à|ao) )|customs|douane|zoll|aduana|dogana|alfândega)(?![\p{L}])|受け取り|受取/u));
const SELLER_ASKS = compact(/(?<![\p{L}])(?:please|send us|send|attach|anhängen|joindre|joignez|allegare|anexar|anexe|schicken sie|senden sie|envoyez|envoyez-nous|envíe|envíenos|mándenos|ci invii|ci mandi|invii|envie|nos envie|mande|(?:nos|me) mandar|adjunte|adjuntar|alleghi|allegare|e-?mail (?:us|it|a copy|a scan|a photo)|upload (?:it|a copy|a scan|a photo)|por aqu[íi])(?![\p{L}])/u);
// (sending verbs and "here" widened: "nos la adjunte aquí", "ce lo alleghi pure qui", "email a copy ... to us" - s19 review 2 #1)
/** ... or an identity document brought along where a third party asks for it: "nehmen Sie Ihren Ausweis mit - den
 *  verlangt die Post am Schalter", "bring your ID to the post office" (s16 blind batch). The post office, the carrier
 *  or customs requires it; never the seller's own counter or a sentence where the seller needs it ("we need a copy of
 *  your ID, just bring it to our collection point": s16 review). */
// (the Portuguese and Spanish "bring" and the driving licence too: "leve o RG ou a CNH" at the Correios counter - s19 blind b pt-030;
// the informal imperatives as well: "lleva tu DNI", "trae", "porta", "leva" - s20 blind m es-019)
// (s36: collecting it with the ID, the verb of collecting and "with" - "tienes 10 días para recogerlo con tu DNI", "retirá-lo com o RG",
// "collect it with your ID", "à retirer avec votre pièce d'identité", "ritirarlo con un documento", "mit Ausweis abholen" reads
// BRING_ID_VERB_LAST's order; a pickup point named here or in the sentence before - s36 g5 es-002)
// near-miss kept: "para recogerlo con tu DNI, envíanos antes una foto" (SELLER_ASKS)
const BRING_ID = accentOptionalRe(compact(/(?<![\p{L}])(?:(?:recoger|retirar|ritirar|retirer|collect|pick (?:it |them )?up)\p{L}{0,4}(?:-l[oa]s?)? (?:con|com|avec|with)|mitnehmen|mitbringen|(?:nehmen|bringen|zeigen|legen) sie|vorzeigen|vorlegen|bring|take along|show|apportez|apporte|munissez-vous|présentez|montrez|traiga|trae|muestre|muestra|presente|porti con sé|porta con te|porta|esibire|esibisca|mostri|mostra|apresente|mostre|leve|leva|levar|traga|traz|trazer|lleve|lleva|llevar|presentando|mostrando|llevando|apresentando|levando|esibendo|mostrando|portando|(?:en )?pr[ée]sentant|(?:en )?montrant|showing|presenting|bringing|(?:upon|on|sur|contre|gegen|previa|mediante|dietro|mediante|com|con) (?:(?:la |a |der |the )?(?:presentation|pr[ée]sentation|vorlage|presentaci[óo]n|presentazione|apresenta[çc][ãa]o|esibizione)))(?![\p{L}])[^.!?;\n]{0,40}(?<![\p{L}])(?:ausweis\p{L}*|personalausweis|reisepass|führerschein|id|id card|photo id|passport|identity|driving licen[cs]e|driver'?s licen[cs]e|pièce d'identité|carte d'identité|passeport|permis de conduire|dni|documento de identidad|pasaporte|carnet de conducir|carta d'identità|documento d'identità|passaporto|patente|rg|cnh|documento de identidade|documento com foto|carteira de motorista|passaporte)(?![\p{L}])|(?:本人確認書類|身分証明書|身分証|運転免許証)[^。！？\n]{0,30}(?:お持ち|ご持参|持参|ご提示)/u));
/** ... and German's verb-final order, the document first and the verb of bringing or showing at the clause's end: "zum Abholen bitte
 *  den Ausweis mitnehmen", "am Schalter den Personalausweis vorzeigen", "Reisepass oder Führerschein bitte bereithalten". The same
 *  third-party test as BRING_ID (a pickup point or counter named here or in the sentence before, no seller who needs it). */
// why: s24 blind e de-014 - a Hermes parcel-shop notice ("zum Abholen bitte den Ausweis mitnehmen") read as the seller asking for the ID
// (near-misses kept: "den Ausweis bitte fotografieren und hier hochladen" has no bring verb; "den Ausweis mitbringen, wir brauchen eine
// Kopie" has the seller's need)
const BRING_ID_VERB_LAST = accentOptionalRe(compact(/(?<![\p{L}])(?:ausweis\p{L}{0,4}|personalausweis\p{L}{0,2}|reisepass\p{L}{0,2}|führerschein\p{L}{0,2}|lichtbildausweis\p{L}{0,2})(?![\p{L}])[^.!?;,\n]{0,30}?(?<![\p{L}])(?:mitnehmen|mitbringen|mitführen|vorzeigen|vorlegen|bereithalten|bereit halten|dabeihaben|dabei haben|parat haben)(?![\p{L}])/u));
// (the gerund too, how the parcel is collected: "tienes 7 días para recogerlo presentando tu DNI", "retirá-lo apresentando o RG",
// "collect it by showing your ID" - s21 blind z es-023)
// (showing it there too: "In der Postfiliale zeigen Sie Ihren Ausweis vor", "muestre su DNI en Correos" - s18 f3)
// (ja: "お受け取りの際は、本人確認書類と伝票番号をお持ちください" - the ID is shown at the carrier's counter, not sent; s18 blind c)
const ID_REQUIRER = accentOptionalRe(compact(/(?<![\p{L}])(?:post|postfiliale|post office|poste|la poste|bureau de poste|correos|oficina de correos|ufficio postale|poste italiane|correios|agência dos correios|customs|zoll|douane|aduana|dogana|alfândega|packstation|paketshop|point relais|carrier|courier|zusteller|livreur|transportista|corriere|transportadora)(?![\p{L}])/u));
// (pt "nos/nas" is also "in the": "Na retirada nos Correios eles pedem documento com foto" names no seller)
const NOS_PLACE = /(?<![\p{L}])n[oa]s (?=(?:correios|ctt|ag[êe]ncias?|lojas?|pontos?|postos?|balc[õo]es)(?![\p{L}]))/giu;
// (s22 review 2 #4: the it/fr clitic "us" before a showing or sending verb - "Ci mostri la carta d'identità", "ce lo invii" - a pt
// enclitic "mostre-nos", and the pt personal infinitive of "we" after a preposition - "para liberarmos o reembolso" - are the
// seller's need too; not the bare "ci" of "ci vuole un documento", where the post office needs it)
const SELLER_NEEDS = compactRegExp(
  `(?<![\\p{L}])(?:we|us|wir|uns|nous|nosotros|noi|nós|${SELLER_POSSESSIVE})(?![\\p{L}])|${SELLER_CLITIC}|弊社|当店` +
    `|(?<![\\p{L}])(?:ci|ce)(?: l[oaie]| ne)? (?:mostr|invi|mand|alleg|inoltr|gir|fac(?:cia|cia pure)? vedere|fa vedere|spedisc|caric|condivid)\\p{L}*` +
    `|(?<=\\p{L})-nos(?![\\p{L}])|(?<![\\p{L}])(?:para|pra|até|sem|antes de|depois de|ao) \\p{L}{2,12}rmos(?![\\p{L}])`,
  'u',
);
/** A photo, an upload or this chat named in the sentence: the ID goes to the seller, not to a counter. Read when the pickup
 *  point is named only in the sentence before ("Il pacco è all'ufficio postale. Ci mostri la carta d'identità con una foto qui in
 *  chat" - s22 review 2 #4). */
const SENT_HERE = accentOptionalRe(compact(/(?<![\p{L}])(?:fotos?|photos?|picture|bild|foto\p{L}{0,4}|scan\p{L}{0,4}|escane\p{L}{0,4}|aqui|aquí|ici|here|hier|chat|hochladen|upload\p{L}{0,3}|caric\p{L}{0,4}|subir|súbal\p{L}{0,2}|télécharg\p{L}{0,4}|messag\p{L}{0,4}|mensaje|mensagem)(?![\p{L}])/u));
/** `before`: the sentence before, where the pickup point or the post office may be named for an ID to bring there ("Ihr Paket
 *  liegt in der Postfiliale bereit. Bitte nehmen Sie Ihren Personalausweis mit." - s22 blind d de-005); a passive "will be
 *  required" reads its own sentence only ("... An ID will be required - just attach it here" is the seller's ask - s22 review 1 #7). */
export function requiredByThirdParty(sentence: string, before = ''): boolean {
  if (SELLER_ASKS.test(sentence)) return false;
  if (PASSIVE_REQUIRED.test(sentence) && PICKUP.test(sentence)) return true;
  if (THEY_ASK.test(sentence) && (ID_REQUIRER.test(sentence) || PICKUP.test(sentence)) && !SELLER_NEEDS.test(sentence.replace(NOS_PLACE, ''))) return true;
  // the buyer's phone number as the Amazon account or the order holds it, for the carrier's text ("sofern in Ihrem
  // Amazon-Konto eine Mobilnummer hinterlegt ist"; s17 blind d de-009): nothing is asked of the buyer
  // (no third party needed here: the number held by the account is nothing asked of the buyer - s17 review 2: "Sofern in
  // Ihrem Amazon-Konto eine Mobilnummer hinterlegt ist, erhalten Sie am Liefertag eine SMS")
  if (numberHeldByOrder(sentence, false)) return true;
  // (a pickup point or a parcel locker is who asks for the ID: "porti con sé un documento d'identità per il ritiro";
  // s17 blind d it-011)
  if (!(BRING_ID.test(sentence) || BRING_ID_VERB_LAST.test(sentence)) || SELLER_NEEDS.test(sentence)) return false;
  if (ID_REQUIRER.test(sentence) || PICKUP.test(sentence)) return true;
  // the place only in the sentence before: not when this sentence sends the ID by photo or here in the chat
  return before !== '' && (ID_REQUIRER.test(before) || PICKUP.test(before)) && !SENT_HERE.test(sentence);
}

/** A refusal to offer or ask anything for a review, in the phrase's sentence before it: "nous n'avons pas le
 *  droit de proposer quoi que ce soit en échange d'un avis", "wir dürfen Ihnen nichts im Austausch für eine
 *  Bewertung anbieten", "no podemos ofrecer nada a cambio de una reseña", "non possiamo offrire nulla in cambio
 *  di una recensione", "não podemos oferecer nada em troca de uma avaliação". (English: check.ts NOT_ASKING.) */
// why: s12 blind batch - a buyer offers 5 stars for a discount, the seller refuses in French
// (the conjugated verb before its negation - "nous n'offrons rien en échange d'un avis", "on ne vous propose aucun cadeau" - s23
// blind q fr-022; near-miss kept: "on ne vous offre rien ... mais laissez-nous un avis et ..." - CONTRAST_AFTER below)
const REFUSED_OFFER =
  accentOptionalRe(compact(/(?<![\p{L}])(?:(?:ne|n')\s?(?:[\p{L}']{1,12}\s){0,3}?(?:pas|jamais|plus)(?:\sle\sdroit)?(?:\sd[e'])?\s?(?:[\p{L}']{1,12}\s){0,2}?(?:proposer|offrir|demander|solliciter|donner|accorder|exiger)|(?:ne\s|n')(?:vous\s|te\s|t')?(?:offr|propos|donn|accord|demand|sollicit|exig)\p{L}{0,5}\s(?:rien|pas|jamais|aucun\p{L}{0,2})|(?:dürfen|können|werden) (?:wir|ich) (?:[\p{L}']{1,12} ){0,2}?(?:nichts|keine\p{L}?|nicht)|no (?:podemos|debemos|nos está permitido|está permitido|se permite|ofrecemos|pedimos|damos|solicitamos)(?! (?:más que|sino|menos que))|non (?:possiamo|dobbiamo|ci è (?:consentito|permesso)|è (?:consentito|permesso)|offriamo|chiediamo|diamo)(?! (?:che|altro che))|não (?:podemos|devemos|é permitido|oferecemos|pedimos|damos|solicitamos)(?! (?:senão|mais do que|a não ser)))(?![\p{L}])/u));
/** `head`: the phrase's clause before it. Not a condition ("se non chiediamo troppo, ci valuti") nor an amount;
 *  "non possiamo che chiederle" (we can only ask) is no refusal. */
export function refusedOffer(head: string): boolean {
  const m = REFUSED_OFFER.exec(head);
  if (m === null || IF_BEFORE.test(head.slice(0, m.index))) return false;
  const rest = head.slice(m.index + m[0].length);
  // "nous ne pouvons pas offrir de cadeau mais laissez-nous un avis": the ask comes after the refusal
  return !AMOUNT_OBJECT.test(rest) && !CONTRAST_AFTER.test(rest);
}
const CONTRAST_AFTER = /(?<![\p{L}])(?:mais|pero|sino|ma|però|mas|porém|aber|sondern|but|et|y|e|und|and)(?![\p{L}])/u;
const IF_BEFORE = /(?<![\p{L}])(?:if|unless|wenn|falls|si|se|sauf)(?![\p{L}])/u;

/** A phrase inside quotes (straight or typographic) with at most a few words besides: the name of a
 *  button or a page ("the 'Leave seller feedback' button", "unter „Ihre Rezensionen“"). */
const OPENERS: Record<string, string> = { "'": "'", '"': '"', '„': '“', '“': '”', '«': '»', '‹': '›', '「': '」', '『': '』', '‘': '’' };
export function quotedLabel(t: string, span: Range): boolean {
  for (let i = span.start - 1; i >= Math.max(0, span.start - 30); i--) {
    const c = t[i]!;
    if (c === '\n' || c === '.' || c === '!' || c === '?') return false;
    const close = OPENERS[c];
    if (close === undefined) continue;
    // a straight quote opens only after a non-letter ("don't" holds no quote)
    if ((c === "'" || c === '"') && i > 0 && /[\p{L}\p{N}]/u.test(t[i - 1]!)) return false;
    const end = t.indexOf(close, span.end);
    if (end < 0 || end - span.end > 30 || /[\n.!?]/u.test(t.slice(span.end, end))) return false;
    return !((close === "'" || close === '"') && /[\p{L}\p{N}]/u.test(t[end + 1] ?? ''));
  }
  return false;
}
/** The buyer's question is about reviews or seller feedback (how to leave, find or change one). */
// (s17 blind: fr "laisser un commentaire sur le produit", es "¿Cómo puedo valorar...?" - the buyer's words for a review;
// s20: the buyer's own score, "changer ma note", "mudar minha nota" - a bare "note" is a message;
// s28 gr1 answer-how-to-rate-seller: the verb "noter" - "Comment je fais pour noter un vendeur ?")
const REVIEW_IN_QUESTION =
  /review|feedback|rating|rate\b|stars?\b|\bnot(?:er|ez|é)\b|bewert|rezens|kommentar|sterne?\b|avis|évalu|commentaire|étoile|reseñ|valoraci|valor(?:ar|o)\b|calific|comentario|opini|estrella|recension|valutazion|valutare|commento|stell[ae]\b|avali|comentário|estrela|(?:minha|mi|ma|mia|mon) (?:nota|note|puntuaci[óo]n|voto)\b|レビュー|評価|口コミ|感想|コメント/u;
export const askedAboutReviews = (buyerQuestion: string): boolean => REVIEW_IN_QUESTION.test(buyerQuestion);

// ---- s17 blind batch (c/d): off-Amazon phrases that name a channel without inviting the buyer to it ----

/** Amazon's own messages named right after the phrase, in every checker language: "scriverci tramite i messaggi di
 *  Amazon", "schreiben Sie uns weiter über die Amazon-Nachrichten", "écrivez-nous via la messagerie Amazon",
 *  "escríbanos por los mensajes de Amazon", "fale com a gente pelas mensagens da Amazon" (check.ts reads the English
 *  "here / in this thread" forms). */
// why: s17 blind d it-019 - "keep writing to us through Amazon's messages" is the compliant reply, not an invitation
const AMAZON_MESSAGES_AFTER = accentOptionalRe(
  /^\s{0,3}(?:(?:via|über|per|par|por|tramite|attraverso|pelo|pela|pelos|pelas|através d[aeo]s?|through|in|im|dans|en|nei|nel|nella|nas|nos|na|no|on)\s{1,3})?(?:(?:the|die|den|der|la|le|les|el|los|las|il|i|gli|o|a|os|as)\s{1,3})?(?:(?:amazon(?:'s)?[ -](?:messag\p{L}*|nachrichten|postfach|messagerie|mensajer[íi]a|mensajes|messaggi|messaggistica|mensagens|chat))|(?:messag\p{L}*|nachrichten(?:system|funktion)?|postfach|messagerie|mensajer[íi]a|mensajes|messaggi\p{L}*|mensagens|chat)\s{1,3}(?:(?:of|on|in|von|bei|de|d'|di|da|del|do|dell')\s{0,3})?(?:l')?amazon)(?![\p{L}])/u,
);

/** A refusal with German "nichts" (nothing) after a modal of the seller: "Per E-Mail dürfen wir leider nichts außerhalb
 *  von Amazon verschicken", "wir können Ihnen nichts per WhatsApp schicken"; English "we can send nothing by e-mail".
 *  (check.ts's negations read "nicht"/"kein", not "nichts"; "nichts" alone also opens "nichts leichter als das: ...".)
 *  Read in the channel phrase's own clause only (to the comma): "Leider können wir nichts am Preis ändern, schreiben Sie
 *  uns per WhatsApp" refuses a price change, not the channel (s17 review). */
// why: s17 blind d de-023 - the refusal to e-mail the manual flagged both channel phrases of its sentence
// (either order: "per E-Mail dürfen wir nichts ...", "wir dürfen Ihnen nichts per WhatsApp schicken"; a filler word may
// hold a hyphen: "wir können per E-Mail nichts verschicken" - s17 review 2)
const NOTHING_REFUSED = compact(/(?<![\p{L}])(?:(?:(?:dürfen|können|werden|möchten|sollen|schicken|senden|verschicken|versenden|geben)\s(?:wir|ich)|(?:wir|ich)\s(?:dürfen|darf|können|kann|werden|werde|möchten|möchte|sollen|soll|schicken|schicke|senden|sende|verschicken|versenden|geben|gebe))\s(?:[\p{L}-]{1,15}\s){0,3}?nichts|(?:we|i)\s(?:can|may|will|could)\s(?:\p{L}{1,12}\s)?(?:send|share|give|pass on)\snothing)(?![\p{L}])/u);
/** ... refusing to send, pass on or sell something (not "wir können nichts am Preis ändern, ... per WhatsApp"). */
// (read beside the channel phrase, not in it: "per E-Mail" is no verb of sending)
const NOTHING_SENT = /(?<![\p{L}])(?:\p{L}*(?:schick|send|gebe|geben|teilen|leiten|verkauf|bieten|nehmen|übermitt)\p{L}{0,3}|mailen|send|share|give|pass on)(?![\p{L}])/u;
/** ... and no invitation after the "nichts" in the same clause ("wir können nichts tun - schreiben Sie uns per WhatsApp"). */
const INVITE_AFTER_NOTHING = /(?<![\p{L}])(?:schreiben|schicken|senden|kontaktieren|rufen|melden|wenden)\s(?:sie|uns)(?![\p{L}])|(?<![\p{L}])(?:but|aber|sondern|however|jedoch)(?![\p{L}])/u;
function nothingRefused(t: string, span: Range): boolean {
  const head = sentenceHead(t, span);
  const clauseHead = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf(' - '), head.lastIndexOf('\x96'), head.lastIndexOf('\x97')) + 1);
  const after = t.slice(span.end, span.end + 120);
  const stop = after.search(/[,;:.!?\n。\x96\x97]|\s-\s/u); // (the copy's en and em dash: normalize.ts folds them to \x96, \x97)
  const tail = stop < 0 ? after : after.slice(0, stop);
  const clause = oneByte(clauseHead + t.slice(span.start, span.end) + tail);
  const m = NOTHING_REFUSED.exec(clause);
  return m !== null && NOTHING_SENT.test(oneByte(`${clauseHead} ${tail}`)) && !INVITE_AFTER_NOTHING.test(clause.slice(m.index + m[0].length));
}

/** Someone who acts on the order for the seller - a technician, an installer, a fitter - named as the one who will
 *  contact the buyer: "Le technicien agréé vous contactera par téléphone pour convenir d'un rendez-vous", "Der Monteur
 *  ruft Sie vorher an", "the installer will phone you to book a slot", "il tecnico la contatterà per telefono", "el
 *  técnico le llamará por teléfono", "o técnico vai ligar para você". Like a carrier's call (check.ts), scheduling the
 *  visit is how the order is fulfilled: the buyer is called, not invited to leave Amazon. */
// why: s17 blind d fr-029 - "par téléphone" after the installer's appointment call
const SERVICE_PERSON = String.raw`(?:technician|engineer|installer|fitter|service (?:partner|technician)|techniker|monteur|installateur|kundendiensttechniker|servicetechniker|technicien|poseur|técnico|instalador|montador|tecnico|installatore|montatore)`;
/** ... by a call or a text, its verb within a few words (not "le puede atender por Telegram": a chat channel offered). */
const CALLS = String.raw`(?:call\p{L}*|phone|ring|text|get in touch|anrufen|an(?![\p{L}])|kontaktier\p{L}*|melden|appel\p{L}*|contact\p{L}*|téléphon\p{L}*|joindr\p{L}*|llam\p{L}*|chiam\p{L}*|contatt\p{L}*|telefon\p{L}*|lig\p{L}*|entrar|entrará)(?![\p{L}])`;
// (up to six words between the person and its verb, whose technician it is - "un technicien de notre partenaire SAV vous contactera",
// "un tecnico del nostro centro di assistenza autorizzato la contatterà" - and Spanish "se pondrá en contacto" - s33 g9 fr-008)
const PERSON_CONTACTS_YOU = accentOptionalRe(compactRegExp(
  String.raw`(?<![\p{L}])${SERVICE_PERSON}(?:\s{1,3}[^\s.!?;,]{1,20}){0,6}?\s{1,3}(?:will|'ll|may|would|is going to|wird|kann|ruft|meldet sich|vous|va|pourra|le|la|lo|te|ti|lhe|vai|irá|pode|poderá|se)(?![\p{L}])(?:\s{1,3}[^\s.!?;,]{1,20}){0,3}?\s{0,3}${CALLS}`,
  'u',
));
/** ... not one the buyer is told to reach: "contactez notre technicien par téléphone" names no one calling the buyer. */
const BUYER_REACHES_PERSON = accentOptionalRe(compact(/(?<![\p{L}])(?:contact(?:ez|ar|e|i|are|ieren sie)?|call|ring|reach|joindre|joignez|appelez|llame|llamar|escriba|chiami|chiamare|scriva|ligue|ligar para o|fale com|erreichen sie|rufen sie)(?![\p{L}])[^.!?;\n]{0,25}$/u));
/** A chat channel named in or right after the phrase: a messenger is no call of the technician's. */
// (s26 review #10: the networks from SOCIAL_NETWORKS, all but "insta", which this unbounded list would find in "install")
const CHAT_CHANNEL = compactRegExp(`${MESSENGER_APPS}|line|${socialNetworksExcept('insta')}|e-?mail|mail|courriel|correo`, 'u');
/** ... to book the visit: an appointment, a visit, the installation in the sentence. A technician who calls "to help you
 *  with the thermostat settings" gives phone support outside Amazon (s17 review: "Notre technicien vous appellera par
 *  téléphone pour vous aider avec le réglage"). */
// (only words of a visit: a bare date, "install", "pose" or "passage" also name an app set up on the phone or a purchase
// date - "le llamará para ayudarle a instalar la app y revisar la fecha de compra" is phone support; s17 review 2 - but
// a date of the visit is one: "pour convenir de la date de passage", "per fissare la data della visita")
const VISIT = accentOptionalRe(compact(/(?<![\p{L}])(?:appointment|visit|slot|time slot|fitting|delivery date|termin\p{L}*|besuch\p{L}*|anfahrt|zeitfenster|rendez-vous|rdv|visite|intervention|créneau|cita|visita|appuntamento|sopralluogo|intervento|agendamento|agendar|date (?:de |du |d')(?:passage|pose|livraison|visite)|passage du technicien|fecha de (?:la )?(?:visita|entrega)|data (?:della |dell'|di )?(?:visita|consegna|installazione)|(?:installation|montage\p{L}*|einbau\p{L}*|instalación|montaje|installazione|montaggio|instalação|montagem)(?!\s(?:of|der|des|de|del|della|dell'|da|do)\s(?:the\s|la\s|l'|el\s|a\s|o\s)?(?:app|apps|application|aplicación|applicazione|aplicativo|aplicação|software)(?![\p{L}])))(?![\p{L}])/u));
function servicePersonCalls(head: string, sentence: string): boolean {
  const m = PERSON_CONTACTS_YOU.exec(head);
  return m !== null && !BUYER_REACHES_PERSON.test(head.slice(0, m.index)) && VISIT.test(sentence);
}

/** A whole sentence in which a technician calls the buyer at a booked slot, for the learned layer's sentence guard:
 *  "Notre technicien vous téléphonera le mar. 15/12 entre 9 h et 11 h", "Nosso técnico vai ligar na ter. 15/12, entre
 *  9h e 11h", and German's split verb "Unser Techniker ruft Sie am Do., 17.12. zwischen 10 und 12 Uhr an" (s18 blind c).
 *  A date or a time of day names the slot as a visit word does; no messenger, no number asked of the buyer. */
const SLOT = /\d{1,2}(?::\d{2}|\s?h(?![\p{L}])|\s?uhr(?![\p{L}])|\s?(?:am|pm)(?![\p{L}])|[./]\d{1,2}(?![\d]))/u;
const GERMAN_RUFT_AN = compactRegExp(String.raw`(?<![\p{L}])${SERVICE_PERSON}(?:\s{1,3}[^\s.!?;]{1,20}){0,2}?\s{1,3}(?:ruft|rufen) (?:sie|dich)(?![\p{L}])[^!?;\n]{0,60}?\s(?:an|zurück)(?![\p{L}])`, 'u');
export function servicePersonCallsAtSlot(sentence: string): boolean {
  const m = PERSON_CONTACTS_YOU.exec(sentence) ?? GERMAN_RUFT_AN.exec(sentence);
  return m !== null && !BUYER_REACHES_PERSON.test(sentence.slice(0, m.index)) && (VISIT.test(sentence) || SLOT.test(sentence))
    && !CHAT_CHANNEL.test(sentence) && !sendItToUs(sentence) && !DIRECT_LINE_AFTER.test(sentence.slice(m.index));
}
/** ... and no direct line to the person offered after the call ("...; after that, just message him directly on his own
 *  mobile", "ensuite, joignez-le directement sur son portable perso" - s18 review). */
// (a contact verb or a phone of the person's with it: "to arrange the visit directly" is no line - s18 review 2)
const DIRECT_LINE_AFTER = compact(/(?<![\p{L}])(?:(?:message|call|text|reach|contact|write|ring)\p{L}{0,3} (?:him|her|them) directly|(?:joignez|appelez|contactez|écrivez)-(?:le|la) directement|(?:escríbale|llámele|contáctele|escríbele|llámale) directamente|(?:lo|la) (?:chiami|contatti|scriva) direttamente|(?:ligue|escreva|fale)(?:-lhe)? diretamente|(?:his|her|their) own (?:mobile|number|phone|cell)|(?:portable|mobile|numéro|móvil|número|cellulare|numero|celular|telefone|handy|handynummer)\s(?:perso|personnel|personal|personale|particular|privat\p{L}*|privado|privato)|(?:sein|ihr)e?\s(?:privat\p{L}*|eigene\p{L}*)\s(?:handy|nummer|handynummer))(?![\p{L}])/u);

/** The buyer's own number as the order or the Amazon account holds it, used by someone who delivers or installs: "Amazon
 *  übermittelt dafür die Telefonnummer aus Ihrer Bestellung", "Eles costumam ligar no telefone cadastrado no pedido",
 *  "the driver calls the number on your order", "au numéro indiqué dans votre commande", "al número de su pedido",
 *  "al numero registrato nel suo account", "ご注文時の電話番号". Nothing is asked and no channel to the seller opens -
 *  unless the seller asks for it to be sent ("send us the number on your order"). */
// why: s17 blind c pt-003, d de-021 - a carrier's call to the order's phone number read as an invitation
// (phone words only: a bare "number of your order" is the order number, and "call us with the number of your order" invites)
const NUMBER_WORD = String.raw`(?:telefon\p{L}*|(?:tele)?phone(?: number)?|mobile(?: number)?|mobilnummer|handynummer|rufnummer|(?:num[ée]ro de )?t[ée]l[ée]phone|portable|(?:n[úu]mero de )?(?:tel[ée]fono|telefone|celular|m[óo]vil)|(?:numero di )?(?:telefono|cellulare))`;
const HELD_BY_ORDER = accentOptionalRe(compactRegExp(
  String.raw`(?<![\p{L}])${NUMBER_WORD}(?:\s{1,3}[\p{L}'-]{1,15}){0,2}?\s{1,3}(?:cadastrad[oa]|registrad[oa]|registered|on file|hinterlegt\p{L}*|gespeichert\p{L}*|angegeben\p{L}*|enregistr\p{L}+|renseign\p{L}+|indiqu\p{L}+|registrat[oa]|indicat[oa]|memorizzat[oa]|informad[oa]|(?:on|in|from|of|aus|in|im|de|dans|del|en|di|nel|nell'|dell'|do|no|na|da|della)\s{1,3}(?:(?:ihrer|ihrem|your|the|votre|la|su|el|la|il|suo|sua|seu|o|a)\s{1,3})?(?:amazon[ -])?(?:order|bestellung|commande|pedido|ordine|account|konto|kundenkonto|compte|cuenta|conta))(?![\p{L}])|(?<![\p{L}])(?:in|im|dans|en|nel|no|na)\s{1,3}(?:ihrem|your|votre|su|suo|seu|sua)\s{1,3}(?:amazon[ -])?(?:konto|kundenkonto|account|compte|cuenta|conta)(?:\s{1,3}[\p{L}'-]{1,15}){0,3}?\s{1,3}${NUMBER_WORD}(?![\p{L}])|(?:ご注文時|ご登録|注文時)の(?:お)?電話番号`,
  'u',
));
/** The seller asking for it all the same: "senden Sie uns die Telefonnummer aus Ihrer Bestellung" (not "Sie müssen uns
 *  nichts schicken"). */
// (a confirmation is asked of the buyer too: "please confirm the phone number on your order by WhatsApp" - s17 review -
// but only with the number or the contact as its object a few words on: "merci de confirmer ensuite ici" after the
// technician's call confirms the appointment, not the number - s17 review 2)
const CONFIRM = String.raw`(?<!(?:will|'ll|to|can|may|would|should|must|then|who) )confirm|bestätigen sie|confirmez|merci de confirmer|veuillez confirmer|conf[íi]rm(?:e|enos|eme|a)|confermi|ci conferm\p{L}*|mi conferm\p{L}*|nos confirm\p{L}*`;
const CONFIRM_NUMBER = compactRegExp(
  String.raw`(?<![\p{L}])(?:${CONFIRM})(?![\p{L}])(?:\s{1,3}[\p{L}'-]{1,15}){0,4}?\s{1,3}(?:${NUMBER_WORD}|number|nummer|num[ée]ro|n[úu]mero|contact\p{L}*|kontakt\p{L}*|coordonn[ée]es|datos|dati|dados)(?![\p{L}])`,
  'u',
);
const SEND_IT_TO_US_WORDS = compact(/(?<![\p{L}])(?:send us|tell us|give us|text us|(?:senden|schicken|nennen|geben|teilen|lassen) sie uns(?! nichts)|envoyez-nous|communiquez-nous|indiquez-nous|laissez-nous|dites-nous|env[íi]enos|m[áa]ndenos|ind[íi]quenos|d[ée]nos|d[íi]ganos|d[ée]jenos|ci (?:invii|mandi|dica|indichi|comunichi|lasci)|nos (?:envie|mande|passe|informe|diga|deixe)|me (?:passa|manda|envia))(?![\p{L}])/u);
const sendItToUs = (s: string): boolean => SEND_IT_TO_US_WORDS.test(s) || CONFIRM_NUMBER.test(s);
/** ... and the seller as the one who would use it ("wir schicken Ihnen eine WhatsApp an die Nummer aus Ihrer Bestellung"):
 *  then the number is the seller's channel to the buyer. */
const SELLER_SUBJECT = /(?<![\p{L}])(?:we|we'll|i'll|wir|ich|nous|je|nosotros|yo|noi|io|nós|eu|vamos|ligamos|llamaremos|chiameremo|appellerons|rufen wir)(?![\p{L}])|弊社|当店/u;
/** ... and a third party who uses it - a carrier, a driver, Amazon, a fitter, or "they" for one named before ("Eles
 *  costumam ligar no telefone cadastrado no pedido"): a number on the order with nobody else to use it is the seller's
 *  channel ("please confirm the phone number on your order by WhatsApp" - s17 review). */
const THIRD_PARTY = accentOptionalRe(compactRegExp(
  String.raw`(?<![\p{L}])(?:carrier|courier|driver|delivery (?:driver|service|partner|company)|dhl|ups|dpd|gls|hermes|fedex|usps|royal mail|evri|zusteller\p{L}*|paketdienst\p{L}*|paketbot\p{L}*|fahrer\p{L}*|lieferdienst\p{L}*|spedition|post|transporteur|livreur|chronopost|colissimo|la poste|coursier|transportista|repartidor|mensajer\p{L}*|correos|seur|mrw|corriere|trasportatore|poste|brt|sda|fattorino|transportadora|entregador|correios|motorista|they|ils|elles|ellos|ellas|eles|elas|loro|amazon(?![ -]?(?:konto|kundenkonto|account|order|bestellung|compte|commande|cuenta|pedido|conta|ordine))|${SERVICE_PERSON})(?![\p{L}])|配送業者|配達員|ドライバー|ヤマト|佐川|日本郵便`,
  'u',
));
/** `needThirdParty`: for a channel (offplatform) someone else must use the number; for personal data it is enough that
 *  the order holds it and nothing is asked. */
export function numberHeldByOrder(sentence: string, needThirdParty = true): boolean {
  return HELD_BY_ORDER.test(sentence) && (!needThirdParty || THIRD_PARTY.test(sentence)) && !sendItToUs(sentence) && !SELLER_SUBJECT.test(sentence);
}

/** A messenger or call app named as what a product works with, in an answer about compatibility: "it works with
 *  WhatsApp Desktop, Zoom, Teams and Skype", "funciona em chamadas de vídeo do WhatsApp", "funktioniert mit WhatsApp
 *  und Skype", "compatible avec WhatsApp", "funciona con WhatsApp", "funziona con WhatsApp", "WhatsAppのビデオ通話に対応".
 *  Not a channel offered to the buyer: no "us"/"we" writes or calls on it ("we can do a WhatsApp video call"). */
// why: s17 blind c en-066, pt-018 - a webcam/headset answer to "does it work for WhatsApp calls?" was offplatform
const WORKS_WITH = accentOptionalRe(compact(/(?<![\p{L}])(?:works?|working|compatible|runs? on|funktionier\p{L}*|kompatibel|unterstützt|läuft|fonctionne\p{L}*|marche|compatibles?|funciona\p{L}*|compat[íi]vel|compat[íi]veis|funziona\p{L}*|compatibil[ei]|supporta)(?![\p{L}])(?:\s{1,3}[^\s.!?;\n]{1,20}){0,6}?\s{1,3}$|(?<![\p{L}])(?:(?:video ?)?calls?|videochats?|videoanruf\p{L}*|anrufe\p{L}*|appels?(?: vid[ée]o)?|visio|llamadas?(?: de v[íi]deo)?|videollamadas?|chiamate?(?: video)?|videochiamate?|chamadas?(?: de v[íi]deo)?)\s{1,3}(?:(?:on|in|with|via|über|mit|in|sur|avec|en|con|por|su|in|no|na|do|da|de|del|di|pelo|pelo)\s{1,3}){1,2}(?:(?:the|le|el|il|o|a)\s{1,3})?$/u));
/** ... the messenger followed by a call or video word: "WhatsApp video calls", "WhatsApp-Videoanrufe". */
const CALL_AFTER = accentOptionalRe(/^[\s-]{0,2}(?:video ?calls?|calls?|videoanruf\p{L}*|anrufe?|appels?|llamadas?|videollamadas?|chiamate?|videochiamate?|chamadas?|通話|ビデオ通話)(?![\p{L}])/u);
// (the seller's team or desk on it is its channel: "our support team works with WhatsApp too")
export const WE_ON_IT = compact(/(?<![\p{L}])(?:us|we|uns|wir|nous|nosotros|noi|nós|a gente|me|mich|moi|team|support|service|kundendienst|kundenservice|équipe|sav|equipo|soporte|servicio|assistenza|servizio|suporte|atendimento|sac|contact\p{L}*|write|schreiben|écrivez|escr[íi]b\p{L}*|scriv\p{L}*|escrev\p{L}*|add|adicion\p{L}*|ajout\p{L}*|agr[ée]g\p{L}*|aggiung\p{L}*|hinzufüg\p{L}*)(?![\p{L}])|弊社|当店/u);
const MESSENGER_OR_CALL_APP = compactRegExp(`^(?:${MESSENGER_APPS}|line|facetime|zoom|teams|meet)$`, 'u');
export function messengerAsCompatibility(t: string, span: Range): boolean {
  const name = t.slice(span.start, span.end).replace(/^(?:per|via|über|par|por|tramite|pelo|no|on|in|by)\s+/u, '');
  if (!MESSENGER_OR_CALL_APP.test(name)) return false;
  const from = sentenceStartIn(t, Math.max(0, span.start - WINDOW), span.start);
  const head = t.slice(from, span.start);
  if (!WORKS_WITH.test(head.slice(-140)) && !CALL_AFTER.test(t.slice(span.end, span.end + 20))) return false;
  const stop = firstStopIn(t, span.end, span.end + WINDOW);
  return !WE_ON_IT.test(head + t.slice(span.end, stop ? stop.at : span.end + WINDOW));
}

/** The s17 guards for an off-Amazon phrase (normalized copy, normalized offsets): Amazon's messages named after it, a
 *  "nichts" refusal in its sentence, a technician who calls the buyer, the buyer's number as the order holds it, a
 *  messenger a product works with. */
/** The channel named as the one not to use: "keep writing here rather than on WhatsApp", "statt per E-Mail", "plutôt
 *  que sur Instagram", "en lugar de por WhatsApp", "invece che su Telegram", "em vez de pelo zap" (s17 blind f). */
const INSTEAD_BEFORE = compact(/(?<![\p{L}])(?:rather than|instead of|(?:an)?statt|plutôt que|au lieu de|en lugar de|en vez de|invece (?:che|di)|anziché|em vez de|ao invés de)(?: (?:on|via|by|through|over|in|per|über|auf|sur|par|via|por|en|su|tramite|pelo|pela|no|na))?(?: (?:the|a|le|la|el|il|lo|o))? ?$/u);
/** The buyer's channel named as the buyer's ("you mentioned WhatsApp", "Sie erwähnten WhatsApp", "vous parlez de WhatsApp", "usted
 *  menciona WhatsApp"), then kept to Amazon in the next words ("- we can only receive photos here in Amazon messages", "wir
 *  können Fotos nur hier annehmen"): the seller answers the buyer's wish and declines it (s22 blind j en-064). Both halves
 *  needed: "you mentioned WhatsApp - sure, add us there" invites. */
const BUYER_NAMED_BEFORE = compact(/(?<![\p{L}])(?:you (?:mentioned|suggested|asked about|asked if you could use|proposed|offered|brought up|prefer(?:red)?)|(?:sie|du) (?:erwähnten|erwähnen|erwähntest|schlugen|fragten nach)|vous (?:mentionnez|avez mentionné|parlez de|avez parlé de|proposez|avez proposé)|(?:usted |tú )?(?:menciona|mencionó|mencionaste|propone|propuso|sugiere|sugirió))(?: (?:using|sending (?:them|it|the \p{L}+ )?(?:by|via|on|over)|the))? ?$/u);
// ("only" must govern the place within four words: "we can only take pictures here", "nur hier annehmen", "solo podemos recibir
// las fotos aquí" - not "just message us on it and we reply faster than on Amazon", where "just" softens an invitation - s22 review 1 #6)
const ONLY_HERE_AFTER = compact(/^[^.!?\n]{0,60}?(?:(?<![\p{L}])(?:only|nur|ausschließlich|seulement|uniquement|solo|sólo|solamente|únicamente)(?![\p{L}])(?:[\s,]{1,3}[\p{L}'’-]{1,16}){0,4}?[\s,]{1,3}(?:here|hier|ici|aquí|aqui|(?:on|in|via|through|über|bei|sur|par|en|por|su|tramite|na|no|pela|pelo) amazon)|qu'ici)(?![\p{L}])/u);
/** An acceptance of the buyer's channel between it and the "only": "You mentioned WhatsApp - sure, just add us there", "pas de souci,
 *  ajoutez-nous", "perfecto, escríbanos" - the channel is taken up, whatever "only" follows (s22 review 1 #6, review 2 #9). */
const CHANNEL_ACCEPTED = compact(/(?<![\p{L}])(?:sure|fine|that works|no problem|of course|happy to|gladly|ok(?:ay)?|gern\p{L}?|kein problem|klar|selbstverständlich|natürlich|volontiers|pas de (?:souci|problème)|bien sûr|avec plaisir|perfect[oa]?|claro|por supuesto|sin problema|certo|certamente|va bene|nessun problema|perfeito|sem problema|com certeza|(?:message|add|text|write|call|contact) us|schreiben sie uns|fügen sie uns|ajoutez-nous|écrivez-nous|escríb\p{L}{0,3}nos|agrég\p{L}{0,3}nos|scriv\p{L}{0,3}ci|aggiung\p{L}{0,3}ci|(?:nos )?(?:escreva|adicione))(?![\p{L}])/u);
export function offsiteNotInvited(t: string, span: Range): boolean {
  if (INSTEAD_BEFORE.test(t.slice(Math.max(0, span.start - 30), span.start))) return true;
  if (BUYER_NAMED_BEFORE.test(t.slice(Math.max(0, span.start - 50), span.start))) {
    const next = t.slice(span.end, span.end + 120);
    const only = ONLY_HERE_AFTER.exec(next);
    if (only && !CHANNEL_ACCEPTED.test(only[0])) return true;
  }
  if (AMAZON_MESSAGES_AFTER.test(t.slice(span.end, span.end + 60))) return true;
  const sentence = sentenceOf(t, span);
  if (nothingRefused(t, span)) return true;
  // (a messenger is no carrier's or fitter's call: "confirm the number on your order by WhatsApp" - s17 review)
  const chat = CHAT_CHANNEL.test(t.slice(span.start, span.end + 30));
  // (not when the sentence asks for the buyer's number so the fitter can call: "damit unser Monteur Sie erreichen kann,
  // teilen Sie uns bitte Ihre Handynummer mit" - s17 blind d de-007)
  if (!chat && servicePersonCalls(sentenceHead(t, span), sentence) && !sendItToUs(sentence)) return true;
  if (!chat && numberHeldByOrder(sentence)) return true;
  // (s31 prec31: a messenger as one of a class of apps - "every calling app, WhatsApp included" - messenger-among-apps.ts)
  return messengerAsCompatibility(t, span) || messengerAmongApps(t, span);
}

/** Amazon's way to the review form: the orders page, the product page, a button ("Your Orders > Write a product
 *  review", "Mis pedidos", "Vos commandes", "Meine Bestellungen", "I miei ordini", "Seus pedidos", 「注文履歴」).
 *  The buyer's Amazon profile is where an own review is edited (s20 blind e: "puede editar su opinión desde su perfil
 *  de Amazon cuando quiera" to a buyer who asked to change the stars). */
const AMAZON_PATH = accentOptionalRe(
  compact(/(?<![\p{L}])(?:your orders|my orders|orders page|product page|button|(?:your |amazon )profile|(?:votre |ton )?profil(?: amazon)?|(?:su |tu |seu |teu )?perfil (?:de |da |na |en )?amazon|(?:il suo |il tuo )?profilo(?: amazon)?|ihr (?:amazon-)?profil|meine bestellungen|ihre bestellungen|produktseite|schaltfläche|vos commandes|mes commandes|page (?:du |de )?produit|bouton|mis pedidos|sus pedidos|página del producto|botón|i miei ordini|pagina (?:del )?prodotto|pulsante|bottone|seus pedidos|meus pedidos|página do produto|botão)(?![\p{L}])|注文履歴|購入履歴|商品ページ|ボタン/u),
);
/** The seller's own wish for the review, a steer of its content or a condition on satisfaction, in the path's sentence:
 *  then the path serves an ask ("if you're happy, Your Orders > Write a review", "since you asked: Your Orders > Write a
 *  review - and please do leave one", "we'd love five stars"). An instruction's imperative ("click", "pulse", "klicken
 *  Sie", "クリックしてください") is no wish. */
export const OWN_WISH = accentOptionalRe(
  compact(/(?<![\p{L}])(?:please|do leave|we'd (?:love|be)|we would (?:love|be)|would (?:mean|help)|means a lot|we hope|hope you|grateful|appreciate|bitte|wir freuen|würden uns|wir hoffen|dankbar|s'il vous plaît|nous serions|ravis|nous esp[ée]rons|ça nous aiderait|n'hésitez|por favor|nos encantar\p{L}+|agradecer\p{L}*|esperamos|no dude|ayudar\p{L}*|per favore|ci farebbe|saremmo|speriamo|aiuterebbe|ficar\p{L}*amos|adorar\p{L}*amos|seria (?:muito )?importante|ajudaria|(?:5|five|fünf|cinq|cinco|cinque) (?:stars|sterne|étoiles|estrellas|stelle|estrelas)|positive?|positiv\p{L}{0,2}|good review|gute bewertung|bon avis|buena reseña|buona recensione|boa avaliação|happy|satisfied|enjoy\p{L}*|zufrieden|gefällt|gefallen|satisfait\p{L}*|content\p{L}*|satisfech\p{L}*|gustado|encantad\p{L}*|soddisfatt\p{L}*|piaciut\p{L}*|satisfeit\p{L}*|gostou|curtiu|help us|helps us|hilft uns|(?:other|anderen|autres|otros|altri|outros) (?:buyers|customers|shoppers|käufer\p{L}*|kunden|acheteurs|clients|compradores|clientes|acquirenti|clienti))(?![\p{L}])|お願い|嬉し|うれし|幸い|励み|ぜひ|満足|気に入|星5|★5/u),
);
/** Two kinds of review told apart: "two separate things", "zwei verschiedene Dinge", "deux choses différentes", "dos cosas distintas",
 *  "due cose diverse", "duas coisas diferentes", "not the same (thing)", 別物. */
const KINDS_TOLD_APART = accentOptionalRe(
  compact(/(?<![\p{L}])(?:(?:two|2) (?:separate|different|distinct) (?:things|systems)|not the same(?: thing)?|(?:zwei|2) (?:verschiedene|unterschiedliche|getrennte) (?:dinge|sachen|systeme)|nicht dasselbe|(?:deux|2) (?:choses|systèmes) (?:différent\p{L}{1,2}|distinct\p{L}{1,2}|séparé\p{L}{1,2})|pas la même chose|(?:dos|2) (?:cosas|sistemas) (?:distint\p{L}{1,2}|diferentes|separad\p{L}{1,2})|no es lo mismo|(?:due|2) (?:cose|sistemi) (?:divers\p{L}|distint\p{L}|separat\p{L})|non è la stessa cosa|(?:duas|2) coisas (?:diferentes|distintas|separadas)|não é a mesma coisa)(?![\p{L}])|別物|別々|異なるもの/u),
);
/** The buyer asked how or where (or could not find it): "Where do I leave a review?", "Je ne trouve pas le bouton". */
const HOW_OR_WHERE = accentOptionalRe(/[?？]|(?<![\p{L}])(?:where|how|find|found|wo|wie|finde\p{L}{0,2}|où|comment|trouve\p{L}{0,2}|dónde|cómo|encuentro|encontrar|dove|come|trovo|trovare|onde|como|acho|achei|encontro)(?![\p{L}])|どこ|どう|方法|見つから|分から|わから/u);
/** One sentence of the buyer's message with its stop ("Where is my refund?"). */
const BUYER_SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/gu;
/** What the seller did for the buyer: a refund, a replacement, a fix ("we have refunded you", "Ersatz ist unterwegs",
 *  "nous vous avons remboursé", "hemos reembolsado", "le abbiamo rimborsato", "o reembolso foi feito", 返金いたしました, "the
 *  fault is fixed"): a review path after it is a swap offered, not an answer (refunds bought good ratings - policy.md). */
export const REFUND_OR_FIX = accentOptionalRe(
  compact(/(?<![\p{L}])(?:refund\p{L}*|reimburs\p{L}*|money back|replacement|replaced|(?:rück)?erstatt\p{L}*|geld zurück|ersatz\p{L}*|ersetzt|rembours\p{L}*|remplac\p{L}*|reembols\p{L}*|reemplaz\p{L}*|sustitu\p{L}*|rimbors\p{L}*|sostitu\p{L}*|estorn\p{L}*|substitu\p{L}*|fixed|solved|resolved|sorted out|gelöst|behoben|repariert|r[ée]solu\p{L}{0,2}|r[ée]par[ée]\p{L}{0,2}|resuelt\p{L}{1,2}|solucionad\p{L}{1,2}|arreglad\p{L}{1,2}|risolt\p{L}|riparat\p{L}|resolvid\p{L}{1,2}|consertad\p{L}{1,2})(?![\p{L}])|返金|交換|代替品|解決|修理/u),
);
/**
 * The buyer asked how or where to leave a review, and the phrase's sentence walks Amazon's own path to the form
 * (the orders page, the product page, the button's name, quoted or not) with no wish of the seller's own: an answer,
 * not an ask. `sentence` gives the phrase's sentence and `reply` the whole reply (normalized; read only after the buyer
 * asked). Not "since you asked, please do leave one" (no path, and a wish), nor a path with "we'd love five stars" in
 * its sentence, nor a path to change a review the buyer did not ask to change, nor one after a refund or a fix.
 */
// why: s17 blind - es/fr/de/ja buyers asked where the review button is and the seller named Amazon's path
// ("pulse «Escribir una opinión sobre el producto»", "auf „Produktrezension schreiben“ klicken", 「商品レビューを書く」から)
export function explainsReviewPath(sentence: () => string, buyerText: string, reply: () => string = () => '', span?: Range): boolean {
  if (!buyerText || !askedAboutReviews(buyerText)) return false;
  const asked = reviewQuestions(buyerText);
  if (asked.length === 0) return false;
  const s = sentence();
  // (s27 round 2, answer-how-reviews-work: the two kinds told apart for a buyer who asked - "seller feedback and product reviews are two
  // separate things on Amazon", "Verkäuferbewertung und Produktrezension sind zwei verschiedene Dinge" -, no wish and no question of
  // ours in the sentence: "..., and we'd love both!", "..., could you leave both?" still ask)
  if (!AMAZON_PATH.test(s) && KINDS_TOLD_APART.test(s) && !OWN_WISH.test(s) && !/[?？]/u.test(s)) return true;
  if (!AMAZON_PATH.test(s) || OWN_WISH.test(s)) return false;
  // a path to change a review answers only a buyer who asked how to change one ("Wie kann ich meine Bewertung
  // ändern?"), never one who asked how to write one or asked something else (s17 review 2)
  if (!CHANGES_REVIEW.test(s)) return true;
  if (!asked.some((b) => CHANGES_REVIEW.test(b))) return false;
  // a refund, replacement or fix the seller made, told in the path's sentence or the one before, makes the change its
  // sequel: "We have refunded you in full. You can update your rating via the button" (s17 review 2: "Hemos
  // reembolsado el importe. Puede modificar su valoración..."). Only for a path to change a review, and only the
  // seller's done deed: "Glad the replacement works! You can leave a review under Your Orders" answers (s17 review 2)
  if (!span) return !sellerDidFix(reply());
  const t = reply();
  let end = sentenceStartIn(t, Math.max(0, span.start - WINDOW), span.start);
  while (end > 0 && /[\s.!?。！？;]/u.test(t[end - 1]!)) end--;
  const before = t.slice(sentenceStartIn(t, Math.max(0, end - WINDOW), end), span.start);
  return !sellerDidFix(oneByte(`${before} ${s}`));
}
/** Amazon's rating scale, a range of stars from one to five ("da 1 a 5 stelle", "une note de 1 à 5 étoiles", "from one to
 *  five stars", 「星1つから5つ」): how the form works, no number the seller wants. */
const RATING_SCALE = accentOptionalRe(
  compact(/(?<![\p{L}\d])(?:from|von|de|da|desde|du|entre|tra|fra)\s(?:1|one|un|una|uma|uno|einem|eins)\s(?:to|bis|a|à|al|ao|y|e|et|und)\s(?:5|five|cinq|cinco|cinque|fünf)\s(?:stars?|sterne?n?|étoiles?|estrellas?|estrelas?|stelle)(?![\p{L}])|星?[1１一]つ?(?:から|〜|～|-)(?:星)?[5５五]つ?/u),
);
/** Once the range is set aside, a count of stars said with a conditional or a verb of effect is the seller wishing for it,
 *  noun or not: "five would make our day", "cinque ci renderebbero felicissimi", "fünf wären super", "cinco nos harían muy
 *  felices", "cinq feraient notre bonheur". A count in an explanation of the scale is not ("wobei 5 die beste Note ist", "5 is
 *  the highest"). */
// why: s20 review #6 - the scale guard cleared the wish that followed the range (OWN_WISH wants a noun after the count)
const COUNT_WISHED = accentOptionalRe(
  compact(/(?<![\p{L}\d])(?:5|five|fünf|cinq|cinco|cinque)(?![\p{L}\d])[^.!?;:\n]{0,30}?(?<![\p{L}])(?:would|'d|wären|wäre|würden?|machen|macht|renderebbe(?:ro)?|sarebbe(?:ro)?|farebbe(?:ro)?|har[íi]an?|ser[íi]an?|far[íi]am?|seriam|feraient|ferait|seraient|serait|make|makes)(?![\p{L}])/u),
);
/**
 * The buyer asked about reviews and the sentence tells Amazon's rating scale, with no wish of the seller's own once the
 * range is set aside: "Può dare da 1 a 5 stelle e aggiungere anche delle foto", "Vous choisissez une note de 1 à 5
 * étoiles" - an answer. Not "you can give from 1 to 5 stars - we'd love five!" (the wish), nor "from one to five stars,
 * and five would make our day" (a count wished for).
 */
// why: s20 blind e it-011 (romance detector: "può dare" + stelle) and fr-001 (the learned layer's leading)
export function describesRatingScale(sentence: () => string, buyerText: string): boolean {
  if (!buyerText || !askedAboutReviews(buyerText)) return false;
  const s = sentence();
  const m = RATING_SCALE.exec(s);
  if (!m) return false;
  const rest = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  return !OWN_WISH.test(rest) && !COUNT_WISHED.test(rest) && !OWN_RATING_MOVED.test(s);
}
/** The range said of the buyer's own rating with a change verb: "pourriez-vous passer votre note de 1 à 5 étoiles ?", "could you
 *  change your rating from 1 to 5 stars?" - the rating moved from the low count to the top, no scale told (a buyer who asked how
 *  to edit a review still gets steered). Not "Sie können Ihre Bewertung von 1 bis 5 Sternen abgeben" (no change verb). */
// why: s30 rrecb (the scale guard cleared a raise asked of a buyer who had asked how to edit)
const OWN_RATING_MOVED = accentOptionalRe(
  compact(/(?<![\p{L}])(?:chang\p{L}{0,3}|rais\p{L}{0,3}|bump|mov\p{L}{0,3}|updat\p{L}{0,3}|änder\p{L}{0,3}|erhöh\p{L}{0,3}|anpass\p{L}{0,3}|pass(?:er|ez|iez)|chang(?:er|ez|iez)|modifi\p{L}{1,4}|mett(?:re|ez)|remont\p{L}{1,3}|cambi\p{L}{1,4}|sub(?:ir|a|e)|aument\p{L}{1,4}|alz\p{L}{1,4}|port(?:are|i)|mud\p{L}{1,4})\s(?:(?:your|votre|ta|ihre|deine|su|tu|la sua|sua|seu|a sua|il suo|suo)\s)(?:\p{L}{1,14}\s)?(?:rating|review|stars|note|nota|évaluation|avis|étoiles|bewertung|rezension|sterne|valoración|calificación|puntuación|reseña|estrellas|valutazione|recensione|voto|stelle|avaliação|estrelas)\s(?:from|von|de|da|desde|du|dalle?|das?)\s(?:1|one|un|una|uma|uno|einem|eins|une)\s/u),
);
/** What Amazon asks of an account before it may review: its requirements, eligibility, a minimum spend ("la cuenta no cumple
 *  sus requisitos para publicar reseñas", "your account isn't eligible to post reviews yet", "Amazon verlangt einen
 *  Mindestumsatz", "les critères d'éligibilité d'Amazon", "i requisiti di Amazon", "os requisitos da Amazon"). */
const REVIEW_ELIGIBILITY = accentOptionalRe(
  compact(/(?<![\p{L}])(?:requirements?|eligib\p{L}{0,6}|(?:minimum|min) (?:spend|purchase|amount)|voraussetzung\p{L}{0,2}|berechtigt\p{L}{0,2}|mindest(?:umsatz|betrag|einkauf)\p{L}{0,2}|conditions? (?:requises|d'éligibilité)|critères?|éligib\p{L}{0,6}|montant minimum|requisitos?|gasto m[íi]nimo|compra m[íi]nima|eleg[íi]b\p{L}{0,6}|requisiti|idone\p{L}{1,3}|spesa minima|importo minimo|valor m[íi]nimo)(?![\p{L}])/u),
);
const AMAZON_OR_ACCOUNT = /(?<![\p{L}])(?:amazon|account|konto|compte|cuenta|conta)(?![\p{L}])/u;
/** A push or a question to the buyer in the sentence: then the rule serves an ask ("you meet Amazon's requirements now - would
 *  you write a review?", "go ahead and post one"). */
const ELIGIBLE_PUSH = accentOptionalRe(
  compact(/[?？]|(?<![\p{L}])(?:would you|could you|can you|go ahead|feel free|don't hesitate|würden sie|könnten sie|zögern sie nicht|pourriez-vous|pouvez-vous|n'hésitez|podr[íi]a usted|no dude|an[íi]mese|potrebbe|non esiti|poderia|não hesite|fique à vontade)(?![\p{L}])/u),
);
/**
 * The buyer asked about reviews (why they cannot post one, why a notice shows) and the sentence tells Amazon's eligibility rule
 * for an account: "ese aviso lo muestra Amazon cuando la cuenta no cumple sus requisitos para publicar reseñas" - an answer,
 * the review verb Amazon's condition, not an ask. Not with a wish, a push or a question to the buyer in the sentence ("you meet
 * Amazon's requirements now, so please leave us five stars", "... - would you write a review?").
 */
// why: s25 blind a es-021 (the buyer: "¿Por qué no puedo valorar el producto? Me sale un aviso raro.")
// (s25 review 1: only the review verb that is the rule's own infinitive - "requirements to post reviews", "requisitos para
// publicar reseñas", "berechtigt, Bewertungen zu schreiben" - and never `leading`: "...requirements to post reviews yet; once it
// does, leave us a 5-star review" keeps the imperative after ";" and its leading finding)
export function explainsReviewEligibility(sentence: () => string, buyerText: string, t?: string, span?: Range, rule?: string): boolean {
  if (rule === 'leading') return false;
  if (!buyerText || !askedAboutReviews(buyerText)) return false;
  const s = sentence();
  if (!(REVIEW_ELIGIBILITY.test(s) && AMAZON_OR_ACCOUNT.test(s) && !OWN_WISH.test(s) && !ELIGIBLE_PUSH.test(s))) return false;
  if (t === undefined || span === undefined) return true;
  return ELIGIBILITY_THEN_VERB.test(t.slice(Math.max(0, span.start - 60), span.start));
}
/** The eligibility word, then (in its own clause: no ";", ":", ".", "!", "?", dash or comma-plus-imperative between) the
 *  infinitive marker that makes the review verb its purpose: "requirements to (post)", "eligible to", "requisitos para",
 *  "critères pour", "requisiti per", "requisitos para", "berechtigt, Bewertungen zu (schreiben)". Near-miss: "requirements
 *  yet; once it does, leave us" - a clause break, the verb an imperative of its own. */
const ELIGIBILITY_THEN_VERB = accentOptionalRe(
  compact(/(?:requirements?|eligib\p{L}{0,6}|spend|purchase|amount|voraussetzung\p{L}{0,2}|berechtigt\p{L}{0,2}|\p{L}{0,10}(?:umsatz|betrag|einkauf)\p{L}{0,2}|requises|d'éligibilité|critères?|éligib\p{L}{0,6}|minimum|requisitos?|m[íi]nim[oa]|eleg[íi]b\p{L}{0,6}|requisiti|idone\p{L}{1,3}|minima|minimo)(?![\p{L}])[^;:.!?\u2013\x96\u2014\x97\n]{0,24}?(?<![\p{L}])(?:to|for|para|pour|per|zu|um|de|di|a)(?![\p{L}])[^;:.!?\u2013\x96\u2014\x97\n,]{0,30}$/u),
);
/** The buyer's questions about reviews: a sentence with a review word and a how/where, or a how/where sentence next to
 *  a review sentence with no other topic of its own ("I want to leave a review for the lamp. How do I do that?", "Ich
 *  möchte eine Bewertung schreiben. Wo finde ich das?"; s17 review 2). Not "I left 2 stars because it was late. Where is
 *  my refund?": that asks where the refund is, not where the review form is. Each question is returned with its
 *  neighbour's review words, so a change asked ("I want to change my rating. How?") is read. */
function reviewQuestions(buyerText: string): string[] {
  const parts = buyerText.match(BUYER_SENTENCE) ?? [];
  const out: string[] = [];
  parts.forEach((b, i) => {
    if (!HOW_OR_WHERE.test(b)) return;
    if (askedAboutReviews(b)) out.push(b);
    // (a neighbour needs a how/where word, not a bare "?": "I'll leave a review! Do you sell the blue one?" asks nothing)
    else if (HOW_OR_WHERE_WORD.test(b) && !OTHER_TOPIC.test(b)) {
      const near = [parts[i - 1], parts[i + 1]].filter((n): n is string => n !== undefined && askedAboutReviews(n));
      if (near.length) out.push(`${near.join(' ')} ${b}`);
    }
  });
  return out;
}
const HOW_OR_WHERE_WORD = compactRegExp(HOW_OR_WHERE.source.replace('[?？]|', ''), 'u');
/** A topic of its own in a buyer's how/where sentence: money, a parcel, a return, an invoice ("Where is my refund?",
 *  "Wo bleibt mein Paket?"). */
const OTHER_TOPIC = accentOptionalRe(
  compact(/(?<![\p{L}])(?:refund\p{L}*|money|parcel|package|delivery|shipping|tracking|return\p{L}*|replacement|invoice|receipt|geld|paket\p{L}*|lieferung|sendung|erstattung|rücksendung|ersatz|rechnung|argent|colis|livraison|remboursement|retour|facture|dinero|paquete|env[íi]o|entrega|reembolso|devoluci[óo]n|factura|soldi|pacco|consegna|spedizione|rimborso|reso|fattura|dinheiro|pacote|encomenda|reembolso|devolu[çc][ãa]o|fatura)(?![\p{L}])|返金|荷物|配達|配送|返品|請求書|領収書/u),
);
/** The seller's own deed: a refund, replacement or fix said with the seller or a done passive as its subject ("we have
 *  refunded", "wir haben ... erstattet", "nous avons remboursé", "hemos arreglado", "abbiamo rimborsato", "o reembolso
 *  já foi feito", 返金いたしました) - not the buyer's news echoed ("glad the replacement works", "me alegro de que el
 *  problema esté resuelto"). */
// (the seller as the doer, not as the glad one: "we're glad the replacement works", "wir freuen uns", "nous sommes ravis")
const SELLER_DID = compact(/(?<![\p{L}])(?:we(?!'re|'d|'ll| are| were| would| will| hope)|we've|wir haben|haben wir|nous avons|avons|hemos|abbiamo|fizemos|has been|have been|wurde|wurden|a été|ont été|ha sido|han sido|è stat[oa]|sono stat[ie]|foi|foram)(?![\p{L}])|いたしました|致しました|しました/u);
function sellerDidFix(text: string): boolean {
  return (text.match(BUYER_SENTENCE) ?? []).some((x) => REFUND_OR_FIX.test(x) && SELLER_DID.test(x));
}
