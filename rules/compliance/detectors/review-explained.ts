// Review words in replies that explain, refuse or pass on - no ask (s30 review precision). Each guard reads who acts and what
// is asked of whom, never a row's words:
//   - amazonsMailTold: Amazon the subject that sends its own review mail, the phrase in that mail's purpose clause;
//   - makerPreparesVersion: a new version or model the maker prepares after feedback passed on - nothing offered to the buyer.
// (a review-for-reward trade refused around the phrase is read in refusal.ts, with every other refusal)
// All patterns are bounded; each reads one sentence, so a 100k input stays linear.
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

const re = (source: string): RegExp => accentOptionalRe(compactRegExp(source, 'iu'));

/** Amazon the subject near the sentence's head, sending its own mail or request ("Amazon sometimes sends an e-mail",
 *  "Amazon schickt manchmal selbst eine Mail", "Amazon envoie parfois lui-même", "Amazon envía a veces", "Amazon invia", "A
 *  Amazon envia", "Amazonから…メールが届く"). */
const AMAZON_SENDS = re(
  String.raw`^[\s\p{P}]{0,3}(?:\p{L}{1,15}[\s,]{1,2}){0,3}?amazon(?:[\s,]{1,2}[\p{L}-]{1,15}){0,4}? (?:sends?|e-?mails?|asks?|invites?|schickt|sendet|verschickt|bittet|envoie|envoient|demande|sollicite|envía|manda|pide|invia|chiede|envia|pede|solicita)(?![\p{L}])|^[^。]{0,20}amazon(?:から|より)`,
);
/** The seller in the head, or a plea after the phrase: then it is our ask, not Amazon's mail. */
const OURS_OR_PLEA = re(
  String.raw`(?<![\p{L}])(?:we|our|us|wir|uns\p{L}{0,2}|nous|notre|nos|nosotros|nuestr\p{L}{1,2}|noi|nostr\p{L}|ci|nós|noss\p{L}{1,2}|please|bitte|merci de|por favor|per favore|por gentileza)(?![\p{L}])|弊社|当店|私ども|お願い|ください`,
);

/** A plea or a wish of ours after the phrase: the mail is named to ask for the review after all. */
const PLEA_AFTER = re(
  String.raw`(?<![\p{L}])(?:please|would|we'd|appreciate\p{L}{0,2}|bitte|würden|freuen|merci de|serions|serait|ravis|reconnaissant\p{L}{0,2}|por favor|agradecer\p{L}{0,6}|encantar\p{L}{0,3}|per favore|grat[io]|piacere|por gentileza|gostar\p{L}{0,5}|adorar\p{L}{0,5})(?![\p{L}])|お願い|ください|幸い`,
);

/** `head`: the phrase's sentence before it; `tail`: the sentence after it. */
// examples: "Amazon sends its own e-mail inviting buyers to leave a review, that one is optional", "Amazon envía a veces un correo
// para valorar el pedido, no somos nosotros"; near-miss still flagged: "Amazon will send you a link - please leave us 5 stars there"
export function amazonsMailTold(head: string, tail: string): boolean {
  return AMAZON_SENDS.test(head) && !OURS_OR_PLEA.test(head) && !PLEA_AFTER.test(tail.slice(0, 120));
}

/** The maker the subject of preparing or working on the new version ("the manufacturer, who is preparing", "der Hersteller
 *  arbeitet an", "le fabricant, qui prépare", "el fabricante está preparando", "il produttore sta preparando", "o fabricante
 *  está preparando", "メーカーが改訂版を準備"). */
const MAKER_PREPARES = re(
  String.raw`(?<![\p{L}])(?:manufacturer|maker|producer|supplier|hersteller\p{L}{0,2}|lieferant\p{L}{0,2}|fabricant|fournisseur|fabricante|proveedor|produttore|fornitore|fabbricante)(?:[\s,]{1,2}[\p{L}'-]{1,15}){0,3}? (?:prepares?|is preparing|works? on|is working on|will release|bereitet|arbeitet|entwickelt|prépare|travaille|développe|prepara|está preparando|trabaja|desarrolla|sta preparando|sta lavorando|lavora|sviluppa|está desenvolvendo|trabalha|desenvolve)(?![\p{L}])|メーカー[^。]{0,30}(?:準備|改訂|改良|検討)`,
);
/** Anything offered to the buyer in the sentence: buying, ordering, availability, a code, a price or a percentage. */
export const OFFER_CUE = re(
  String.raw`(?<![\p{L}])(?:buy|order|available|code|coupon|kaufen|bestellen|erhältlich|verfügbar|acheter|commander|disponible|comprar|pedir|acquistare|ordinare|disponibil\p{L}|adquirir|encomendar|dispon[ií]vel|discount|rabatt|remise|descuento|sconto|desconto|offers?|on sale|angebot|offre|oferta|offerta|price|preis|prix|precio|prezzo|preço|cheaper|günstiger|barato|moins cher|meno car\p{L})(?![\p{L}])|[%€\x80$]|購入|注文|販売`,
);

/** `sentence`: the phrase's sentence (the new version or model in it). */
// examples: "I've passed your notes to the manufacturer, who is preparing a new version of the manual", "Ho girato le sue
// osservazioni al produttore, che sta preparando una nuova versione"; near-miss still flagged: "the maker is preparing a new
// version - order it now with code NEW10" (an offer)
export function makerPreparesVersion(sentence: string): boolean {
  return MAKER_PREPARES.test(sentence) && !OFFER_CUE.test(sentence);
}

// ---- s30 precb, wrong rules on asking rows: a rule's phrase read for what it names there ----

/** The seller's service as what the buyer experienced or was satisfied with ("your experience with our customer service",
 *  "Ihre Erfahrung mit unserem Kundenservice", "votre expérience avec notre service client", "su experiencia con nuestro servicio
 *  de atención", "la sua esperienza con il nostro servizio clienti", "sua experiência com nosso atendimento"): the topic of an
 *  opinion, not a channel the buyer is sent to. */
const EXPERIENCED_WITH = re(
  String.raw`(?<![\p{L}])(?:experience with|satisfied with|happy with|erfahrung(?:en)? mit|zufrieden (?:mit|waren mit)|expérience avec|satisfait\p{L}{0,2} (?:de|du)|experiencia con|satisfech\p{L}{1,2} con|esperienza con|soddisfatt\p{L} (?:del|dal|con)|experiência com|satisfeit\p{L}{1,2} com)\s{1,3}$`,
);
/** A contact the buyer is sent to after it: a call, a mail, a number, a chat ("call", "schreiben Sie", "appelez", ...). */
const CONTACT_AFTER = re(
  String.raw`(?<![\p{L}])(?:call|phone|ring|e-?mail|write|chat|whatsapp|at|on|via|unter|per|anrufen|schreiben|appel\p{L}{0,3}|écri\p{L}{0,4}|au|llam\p{L}{0,3}|escrib\p{L}{0,3}|chiam\p{L}{0,3}|scriv\p{L}{0,3}|lig\p{L}{0,3}|escrev\p{L}{0,3}|pelo|por)(?![\p{L}])|@|\d{3}`,
);
/** `before`: up to 40 characters before the service phrase; `after`: up to 60 after it. */
// examples: "pourriez-vous partager votre expérience avec notre service client ?", "wie zufrieden waren Sie mit unserem Kundenservice?"
// near-miss still flagged: "share your experience with our customer service on 0800 123 456" (a number after it)
export function serviceAsExperienced(before: string, after: string): boolean {
  return EXPERIENCED_WITH.test(before) && !CONTACT_AFTER.test(after);
}

/** The review the second member of a preference: we'd rather fix it than read about it in a review ("rather ... than", "lieber
 *  ... als", "plutôt que", "preferimos ... que", "piuttosto che", "do que"): the review is what we would rather not see. */
const RATHER_THAN = re(
  String.raw`(?<![\p{L}])(?:rather(?: [\p{L}']{1,15}){0,8}? than|prefer\p{L}{0,4}(?: [\p{L}']{1,15}){0,8}? (?:than|to)|lieber(?: [\p{L}-]{1,15}){0,8}? als|préf[ée]r\p{L}{0,5}(?: [\p{L}']{1,15}){0,8}? (?:plutôt )?qu[e']|plutôt qu[e']|prefer\p{L}{0,5}(?: [\p{L}]{1,15}){1,8}? (?:a|que)|piuttosto che|invece che|do que)(?: [\p{L}']{1,15}){0,6}?\s{0,3}$`,
);
/** A review noun (the phrase's one review word is read, the text before it taken as the head). */
const REVIEW_NOUN = re(
  String.raw`(?<![\p{L}])(?:reviews?|ratings?|feedback|bewertung(?:en)?|rezension(?:en)?|avis|évaluations?|commentaires?|reseñas?|valoraci[oó]n(?:es)?|opini[oó]n(?:es)?|recension[ei]|valutazion[ei]|avalia[çc](?:ão|ões)|opini[ãa]o|coment[áa]rios?)(?![\p{L}])`,
);
const REVIEW_NOUN_ALL = new RegExp(REVIEW_NOUN.source, 'giu');
/** `head`: the phrase's sentence before it; `phrase`: the flagged text. The phrase's only review word is read with what precedes it
 *  in its clause, so a long phrase ("Bitte melden Sie sich zuerst ...; wir klären das lieber ... als in einer Rezension") is read too. */
// examples: "Preferimos arreglarlo contigo que leerlo en una reseña", "we'd rather fix it with you than read about it in a review"
// near-miss still flagged: "we'd rather you leave a review than return it" (the review the wished member, before "than")
export function reviewAsRatherNot(head: string, phrase: string): boolean {
  const found = [...phrase.slice(0, 400).matchAll(REVIEW_NOUN_ALL)];
  if (found.length > 1) return false;
  const before = found.length === 1 ? head + phrase.slice(0, found[0]!.index) : head;
  return RATHER_THAN.test((before.split(/[.!?;\n]/u).pop() ?? '').slice(-120));
}

/** The page a review is removed from, right before the phrase: a removal verb, then "from" ("remove it from the product page",
 *  "von der Produktseite löschen" (verb after), "retirer de la page", "quitarla de la página", "rimuovere dalla pagina", "remover
 *  da página"): the page names where a review goes away, no new review asked (leading carries the removal). */
const REMOVED_FROM = re(
  String.raw`(?<![\p{L}])(?:remov\p{L}{0,3}|delet\p{L}{0,3}|take\p{L}{0,2}|entfern\p{L}{0,3}|lösch\p{L}{0,3}|supprim\p{L}{0,4}|retir\p{L}{0,4}|elimin\p{L}{0,4}|borr\p{L}{0,4}|quit\p{L}{0,4}|rimuov\p{L}{0,3}|rimuove|cancell\p{L}{0,3}|tog\p{L}{0,3}|exclu\p{L}{0,3}|apag\p{L}{0,3})(?: [\p{L}'-]{1,15}){0,4}? (?:from|off|von|aus|de|du|des|dalla|dal|dai|dalle|da|do|das|desde)\s{1,3}$`,
);
/** `head`: the phrase's sentence before it. */
// examples: "se rimuove la recensione negativa dalla pagina del prodotto", "if you delete your review from the product page"
// near-miss still flagged: "please leave a review on the product page" (no removal)
export function reviewRemovedFromPage(head: string): boolean {
  return REMOVED_FROM.test(head.slice(-100));
}

/** What the customers did after "customers who got/bought": rated or reviewed, not bought something else ("gave us 5 stars",
 *  "rated it", "bewerteten", "ont donné 5 étoiles", "nos dieron 5 estrellas", "ci hanno dato 5 stelle", "deram 5 estrelas"). */
const RATED_AFTER = re(
  String.raw`(?<![\p{L}])(?:gave|give|rated|reviewed|left|gaben|bewertet\p{L}{0,2}|vergaben|ont donné|ont noté|donnent|dieron|dan|valoraron|puntuaron|hanno dato|danno|hanno valutato|deram|dão|avaliaram)(?![\p{L}])(?:[^.!?\n]{0,30}?)(?:\d|stars?|sterne|étoiles|estrellas|stelle|estrelas|reviews?|bewertung\p{L}{0,2}|avis|reseñas?|recension\p{L}|avalia\p{L}{2,4})`,
);
/** `after`: up to 60 characters after a cross-sell phrase. */
// examples: "most customers who got the new batch gave us 5 stars"; near-miss still flagged: "customers who got this also bought our
// matching lid" (a product bought)
export function ratedNotBought(after: string): boolean {
  return RATED_AFTER.test(after.slice(0, 60).split(/[.!?\n]/u)[0] ?? '');
}

/** A new model or version the subject of shipping: the replacement sent for this order ("a new model ships today", "ein neues
 *  Modell geht heute raus", "un nouveau modèle part aujourd'hui", "un modelo nuevo sale hoy", "un nuovo modello parte oggi", "um
 *  modelo novo segue hoje"), nothing offered for sale in its sentence. */
const SHIPPED_AFTER = re(
  String.raw`^(?:[\s,]{1,2}[\p{L}'-]{1,15}){0,5}? (?:ships|is shipping|ships out|is on its way|goes out|will ship|is sent|was sent|is being sent|geht|wird|wurde|ist unterwegs|part|partira|est parti|est en route|est expédié|(?<!(?:te|le|les|nos|os|me) )sale|saldrá|se envía|ha salido|va en camino|parte|partirà|è partito|viene spedito|è in viaggio|segue|sai|saiu|foi enviado|será enviado|está a caminho)(?![\p{L}])`,
);
/** `after`: the sentence after the novelty phrase; `sentence`: the whole sentence. */
// examples: "un nouveau modèle avec poignée isolée part aujourd'hui", "a new model with the sturdier hinge ships today as your
// replacement"; near-miss still flagged: "our new model ships today - order it here with 10% off" (an offer)
export function novelItemShipped(after: string, sentence: string): boolean {
  return SHIPPED_AFTER.test(after.slice(0, 100)) && !OFFER_CUE.test(sentence);
}

