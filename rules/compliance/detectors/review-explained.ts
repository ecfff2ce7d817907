// Review words in replies that explain, refuse or pass on - no ask (s30 review precision). Each guard reads who acts and what
// is asked of whom, never a row's words:
//   - ownReviewEditTold: the buyer asked about a review and is told they can edit or delete it themselves (the buyer the
//     subject of "can", an ability told, no plea, no condition, no rating steered);
//   - tradeRefusedAround: a review-for-reward trade refused with the negation right before the phrase ("non regaliamo ...")
//     or after it, verb-final or as a rule ("... bieten wir nicht an", "...は規約で禁止されております");
//   - amazonsMailTold: Amazon the subject that sends its own review mail, the phrase in that mail's purpose clause;
//   - makerPreparesVersion: a new version or model the maker prepares after feedback passed on - nothing offered to the buyer.
// All patterns are bounded; each reads one sentence, so a 100k input stays linear.
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

const re = (source: string): RegExp => accentOptionalRe(compactRegExp(source, 'iu'));

/** The buyer the subject of an ability to edit, delete or change ("you can edit", "Sie können ... löschen", "vous pouvez
 *  modifier", "puede borrar", "può modificare", "você pode excluir", "編集していただけます"). */
const BUYER_CAN_EDIT = re(
  String.raw`(?<![\p{L}])(?:(?:you|you'll) (?:can|could|are able to|may|will be able to)(?: \p{L}{1,15}){0,2}? (?:edit|delete|change|update|remove|amend|correct|fix|rewrite)|(?:sie|du) (?:können|kannst|könnten)(?: [\p{L}\p{N}-]{1,20}){0,8}? (?:bearbeiten|löschen|ändern|korrigieren|anpassen|entfernen|überarbeiten)|(?:können|kannst) (?:sie|du)(?: [\p{L}\p{N}-]{1,20}){0,8}? (?:bearbeiten|löschen|ändern|korrigieren|anpassen|entfernen|überarbeiten)|(?:vous|tu) (?:pouvez|peux|pourrez|pourras)(?: [\p{L}'-]{1,15}){0,3}? (?:modifier|supprimer|changer|corriger|effacer|retirer|mettre à jour)|(?:puede|puedes|podrá|podrás)(?: [\p{L}-]{1,15}){0,3}? (?:editar|eliminar|borrar|modificar|cambiar|corregir|quitar)(?:la|lo|las|los)?|(?:può|puoi|potrà|potrai)(?: [\p{L}'-]{1,15}){0,3}? (?:modificar|eliminar|cancellar|cambiar|corregger|rimuover)(?:e|la|lo|le)|(?:pode|podes|poderá)(?: [\p{L}-]{1,15}){0,3}? (?:editar|excluir|apagar|alterar|mudar|corrigir|remover)(?:-?la|-?lo)?)(?![\p{L}])|(?:編集|削除|変更|修正|書き直し|書き換え)(?:して|を)?(?:いただけます|できます|いただくことができます|することができます|可能です|いただくことも可能です)(?!でしょうか|か)`,
);
/** What turns the told ability into an ask: a plea, thanks in advance, a resolution or condition taken as given, a better
 *  rating named, or a question. "if you want/wish/like" stays an ability ("you can edit it if you wish"). */
const ASK_CUE = re(
  String.raw`[?？]|(?<![\p{L}])(?:please|kindly|appreciate\p{L}{0,2}|grateful|now that|since|once|higher|better|positive|bitte|freuen|dankbar|jetzt wo|nachdem|da nun|besser\p{L}{0,2}|höher\p{L}{0,2}|positiv\p{L}{0,2}|s'il vous plaît|reconnaissant\p{L}{0,2}|ravi\p{L}{0,2}|maintenant que|puisque|une fois|meilleur\p{L}{0,2}|positi\p{L}{1,3}|por favor|agradecer\p{L}{0,6}|ahora que|ya que|una vez|mejor\p{L}{0,2}|per favore|grat[io]|ora che|visto che|una volta|miglior\p{L}{0,2}|por gentileza|agora que|já que|melhor\p{L}{0,2}|\d\s?(?:stars?|sterne|étoiles|estrellas|stelle|estrelas))(?![\p{L}])|お願い|ください|幸い|嬉しい|うれしい|高評価|低評価|星5|星５|解決|でしょうか|ませんか|返金`,
);

/** `sentence`: the phrase's sentence; `buyerAsked`: the buyer's message asked about reviews. */
// examples: "Yes, you can delete your review yourself at any time from your account", "Sie können Ihre Rezension jederzeit selbst
// bearbeiten", "Sí, puede modificar su reseña desde su cuenta", "投稿済みのレビューはご自身で削除できます"
// near-miss still flagged: "Now that it works, you can update your review - we'd appreciate it" (resolution, thanks)
export function ownReviewEditTold(sentence: string, buyerAsked: boolean): boolean {
  return buyerAsked && BUYER_CAN_EDIT.test(sentence) && !ASK_CUE.test(sentence);
}

/** A trade named in the phrase ("in exchange for", "im Tausch gegen", "en échange de", "a cambio de", "in cambio di", "em troca
 *  de", "と引き換えに", "の見返りに"). */
const TRADE = re(
  String.raw`(?<![\p{L}])(?:in exchange for|in return for|im austausch (?:für|gegen)|im tausch gegen|als gegenleistung|gegen|en échange d|en contrepartie d|contre|a cambio de|in cambio (?:di|della|del|delle|dei)|em troca d)(?![\p{L}])|引き換え|引換え|見返り`,
);
/** The negation that governs the phrase from right before it ("we do not", "non", "no", "não", "nie", "jamais"). */
const NEG_BEFORE = re(String.raw`(?<![\p{L}])(?:not|never|don't|won't|nicht|nie|niemals|keine\p{L}?|ne|n'|jamais|no|nunca|non|mai|não)\s{1,3}(?:(?:nous|lui|vous|le|les|ti|le|vi|ci|lhe|te|les) ){0,1}$`);
/** The refusal after the phrase: a verb-final German negation, a rule against it, a Japanese prohibition or inability. */
const NEG_AFTER = re(
  String.raw`(?<![\p{L}])(?:(?:bieten|geben|gewähren|zahlen|machen|vergeben|schicken|leisten|erstatten|verschenken|senden|verschicken) (?:wir|ich)(?: \p{L}{1,15}){0,2}? (?:nicht|keine\p{L}?|nie|niemals)|(?:ist|sind|wäre|wären)(?: \p{L}{1,15}){0,3}? (?:nicht (?:erlaubt|gestattet|zulässig)|verboten|untersagt|unzulässig)|(?:is|are)(?: \p{L}{1,15}){0,2}? (?:not allowed|not permitted|prohibited|forbidden|against)|(?:est|sont)(?: \p{L}{1,15}){0,2}? (?:interdit\p{L}{0,2}|pas autoris\p{L}{1,3}|prohib\p{L}{1,3})|(?:está|están)(?: \p{L}{1,15}){0,2}? prohibid\p{L}{1,2}|(?:è|sono)(?: \p{L}{1,15}){0,2}? (?:vietat\p{L}|proibit\p{L}|non consentit\p{L})|(?:é|são)(?: \p{L}{1,15}){0,2}? (?:proibid\p{L}{1,2}|vedad\p{L}{1,2}|não permitid\p{L}{1,2}))(?![\p{L}])|禁止|できません|できかねます|いたしかねます|しておりません|行っておりません|お付けしておりません|ございません`,
);
/** A contrast after the refusal may bring an offer back ("..., but ...", "ただし"). */
const CONTRAST = re(String.raw`(?<![\p{L}])(?:but|aber|jedoch|sondern|mais|pero|sino|ma|però|mas|porém|except|außer|sauf|salvo|tranne|exceto)(?![\p{L}])|ただし|しかし|でも|けれど`);

/** `head`: the phrase's sentence before it; `phrase`: the flagged text; `tail`: the sentence after it. */
// examples: "non regaliamo prodotti in cambio di recensioni", "Gutscheine gegen Rezensionen geben wir grundsätzlich nicht", "レビューと
// 引き換えに特典をお付けすることは禁止されております"; near-miss still flagged: "Rabatte gegen Bewertungen bieten wir nicht an, aber 5 Sterne
// belohnen wir mit einem Gutschein" (the contrast), "評価と引き換えに割引をお付けします" (no refusal)
export function tradeRefusedAround(head: string, phrase: string, tail: string): boolean {
  if (!TRADE.test(phrase) && !TRADE.test(tail.slice(0, 40))) return false;
  if (/[?？]/u.test(tail)) return false;
  if (NEG_BEFORE.test(head.slice(-40))) return !CONTRAST.test(tail);
  const m = NEG_AFTER.exec(tail.slice(0, 160));
  return m !== null && !CONTRAST.test(tail.slice(0, m.index + m[0].length + 80));
}

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
const OFFER_CUE = re(
  String.raw`(?<![\p{L}])(?:buy|order|available|code|coupon|kaufen|bestellen|erhältlich|verfügbar|acheter|commander|disponible|comprar|pedir|acquistare|ordinare|disponibil\p{L}|adquirir|encomendar|dispon[ií]vel|discount|rabatt|remise|descuento|sconto|desconto)(?![\p{L}])|[%€$]|購入|注文|販売`,
);

/** `sentence`: the phrase's sentence (the new version or model in it). */
// examples: "I've passed your notes to the manufacturer, who is preparing a new version of the manual", "Ho girato le sue
// osservazioni al produttore, che sta preparando una nuova versione"; near-miss still flagged: "the maker is preparing a new
// version - order it now with code NEW10" (an offer)
export function makerPreparesVersion(sentence: string): boolean {
  return MAKER_PREPARES.test(sentence) && !OFFER_CUE.test(sentence);
}
