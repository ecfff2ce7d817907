// An ask to tell the seller something before the order is packed or shipped ("dínoslo antes de que cerremos la caja", "let us
// know before we pack it", "sagen Sie es uns, bevor wir versenden"): a deadline of the order, not "contact us before you review".
// The learned layer, reading "tell us ... before", warned on it as leading language (s19 blind a: "si quieres añadir alguna más
// dínoslo antes de que cerremos la caja"); the phrase rules' contact-first entries need a review word and never fired.
import { REVIEW_RE } from './detectors/review-incentive';
import { compact } from './detectors/compact-letters';

/** "before we pack / close the box / ship", in the seven languages. */
const BEFORE_WE_PACK =
  compact(/(?<![\p{L}])(?:before (?:we|it|the (?:parcel|box|order|package)) (?:pack|ship|close|seal|dispatch|send|go(?:es)? out|leaves?)\p{L}*|bevor wir (?:\p{L}+ ){0,3}(?:packen|verpacken|versenden|verschicken|schließen|zumachen)|bevor (?:das paket|die bestellung|der karton) (?:\p{L}+ ){0,2}(?:rausgeht|versandt|verschickt)|avant (?:que nous (?:ne )?|qu'on (?:ne )?)(?:fermions|emballions|expédions|envoyions|ferme|emballe|expédie|envoie)|avant (?:l'expédition|la fermeture du colis|l'envoi)|antes de que (?:cerremos|empaquetemos|enviemos|embalemos|salga el (?:pedido|paquete))|antes del envío|prima che (?:chiudiamo|imballiamo|spediamo|parta il pacco)|prima di (?:chiudere|spedire|imballare) il pacco|prima della spedizione|antes de (?:fecharmos|embalarmos|enviarmos|despacharmos)|antes do envio)(?![\p{L}])|発送前に|梱包前に|発送までに/u);

/** Is this sentence an ask with the order's packing or shipping as its deadline, and no review word in it? */
export function asksBeforePacking(sentence: string): boolean {
  return BEFORE_WE_PACK.test(sentence) && !REVIEW_RE.test(sentence);
}
