// The item's pre-order status told with the buyer's charge put off until shipping is the buyer's own pre-order, not pre-orders
// opened: "Le jeu « Étoile Filante » est en précommande : sortie le 12 mars ... Vous ne serez débité qu'au moment de l'envoi", "Il
// gioco è in preordine ... L'addebito avverrà solo alla spedizione", "O jogo está em pré-venda ... A cobrança só será feita no envio".
// promotion.ts / purchase-push.ts read "en précommande" as a novelty or as pre-orders opened; the charge deferred to shipping tells
// of an order already placed.
// Not: pre-orders opened with their terms ("Pre-orders are now open. You'll only be charged when it ships" - the status form "is on /
// en / in / em pre-order" is needed), a status with an invitation ("è in preordine, lo prenoti ora!" has no deferred charge).
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

const re = (source: string): RegExp => accentOptionalRe(compactRegExp(source, 'u'));
const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;

/** The item's pre-order status: "est en précommande", "is on pre-order", "è in preordine", "está em pré-venda", "está en preventa". */
const STATUS = re(`${W}(?:(?:is|are) (?:on|available for) pre-?order|(?:est|sont) en pr[ée]-?commande|(?:è|sono) in pre-?ordine|(?:está|estão|esta) em pr[ée]-?venda|(?:está|están) en (?:preventa|pre-?venta|reserva)|(?:ist|sind) (?:in der )?vorbestell\\p{L}{0,4})${E}`);
/** The buyer charged only when the item ships: "vous ne serez débité qu'au moment de l'envoi", "you'll only be charged when it
 *  ships", "l'addebito avverrà solo alla spedizione", "a cobrança só será feita no envio", "Sie werden erst beim Versand belastet". */
const CHARGED_AT_SHIPPING = re(
  `${W}(?:(?:be|get) charged|débité\\p{L}{0,2}|prélevé\\p{L}{0,2}|belastet|abgebucht|cobrar\\p{L}{0,3}|cobrad[oa]|cobro|addebit\\p{L}{1,6}|cobran[çc]a)${E}[^.!?\\n]{0,40}?${W}(?:ship\\p{L}{0,3}|dispatch\\p{L}{0,3}|envoi|expédition|versand|envío|envíe|spedizione|envio|despach\\p{L}{1,3})${E}`,
);

/** `window`: the pre-order phrase's sentence and up to 200 characters after it (normalized). */
export function ownPreorder(window: string): boolean {
  return STATUS.test(window) && CHARGED_AT_SHIPPING.test(window);
}
