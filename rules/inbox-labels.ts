// Words the messaging inbox shows, in every UI language we read: the "Response needed" status, the
// "No response needed" control and the seller's own label on the messages they sent. Pure text
// knowledge (no DOM): the page readers in lib/inbox-page use it, Node tests run every example.
// Evidence: inbox-api.md §2 and §4 (en, zh, fr labels; ja legacy help), seller-central-dom.md §5;
// the other languages follow Amazon's own wording on its help pages where found, else are GUESSES.

/** "Response needed" (a row's status or the filter). Examples: "Response needed", "Antwort erforderlich", "要返信". */
export const RESPONSE_NEEDED_RE =
  /response needed|needs? (?:a )?response|reply needed|antwort erforderlich|réponse (?:requise|nécessaire)|respuesta necesaria|risposta necessaria|resposta necessária|要返信|返信が必要|需要回复/i;

/**
 * "No response needed": the control that closes a buyer message without a reply. Examples: "No response
 * needed", "Mark as no response needed", "Keine Antwort erforderlich", "返信不要", "Résoudre le cas".
 */
export const NO_RESPONSE_NEEDED_RE =
  /no response (?:needed|required)|keine antwort (?:erforderlich|notwendig)|aucune réponse (?:requise|nécessaire)|no se necesita respuesta|no requiere respuesta|nessuna risposta necessaria|nenhuma resposta necessária|não é necessária resposta|返信不要|无需回复|不需要回复|résoudre le cas|resolver caso|solucionar o caso/i;

const NO_RESPONSE_NEEDED_ALL = new RegExp(NO_RESPONSE_NEEDED_RE.source, 'gi');

/** Does this text say a reply is needed? ("No response needed" contains "response needed": taken out first.) */
export function saysResponseNeeded(text: string): boolean {
  return RESPONSE_NEEDED_RE.test(text.replace(NO_RESPONSE_NEEDED_ALL, ' '));
}

/** Is this the whole label of a "No response needed" control? */
export function isNoResponseNeededLabel(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 60 && NO_RESPONSE_NEEDED_RE.test(t);
}

/**
 * The seller's own label on a message they sent (the buyer's messages carry the buyer's name).
 * Examples: "You", "You:", "Sie", "Vous", "Tú", "Usted", "Tu", "Você", "あなた", "自分", "Seller", "Verkäufer".
 */
const SELLER_LABEL_RE =
  /^(?:you|yourself|me|sie|du|ich|vous|moi|tú|tu|usted|yo|você|voce|eu|lei|io|あなた|自分|出品者|seller|verkäufer|vendeur|vendedor|venditore|我|卖家)\s*[:：]?$/i;

export function isSellerLabel(text: string): boolean {
  return SELLER_LABEL_RE.test(text.replace(/\s+/g, ' ').trim());
}

/**
 * Class and attribute words that say which side a message bubble is on. Used only as hints, after
 * the labels: the real inbox's class names are unknown. Examples: "outgoing", "from-seller", "mine", "incoming".
 */
export const SELLER_SIDE_HINT = /(?:^|[-_\s])(?:seller|outgoing|outbound|sent|mine|own|self|me|right)(?:$|[-_\s])/i;
export const BUYER_SIDE_HINT = /(?:^|[-_\s])(?:buyer|customer|incoming|inbound|received|other|them|left)(?:$|[-_\s])/i;

/**
 * A thread's status as list rows show it: never a buyer's name. Examples: "Replied", "Resolved",
 * "Beantwortet", "Gelöst", "Résolu", "Respondido", "Risolto", "解決済み", "返信済み".
 */
const STATUS_WORD_RE =
  /^(?:replied|answered|resolved|closed|sent|open|new|unread|read|pending|archived|beantwortet|gelöst|geschlossen|gesendet|offen|neu|ungelesen|répondu|résolu|fermé|envoyé|nouveau|non lu|respondido|respondida|resuelto|cerrado|enviado|nuevo|no leído|risposto|risolto|chiuso|inviato|nuovo|non letto|resolvido|fechado|novo|não lido|返信済み|解決済み|送信済み|未読|既読|新規|已回复|已解决)$/i;

export function isStatusWord(text: string): boolean {
  return STATUS_WORD_RE.test(text.replace(/\s+/g, ' ').trim());
}

/** A list column that holds the buyer's name. Examples: "Buyer name", "Customer", "Name des Käufers", "購入者名". */
export const BUYER_COLUMN_RE = /buyer|customer|name|käufer|kunde|acheteur|client|comprador|cliente|acquirente|購入者|お客様|买家/i;
