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

/** The buyer's own pre-order named with a possessive: "your pre-order", "Ihre Vorbestellung", "votre précommande", "il suo preordine",
 *  "sua pré-venda", "su reserva". */
const BUYERS_PREORDER = re(`${W}(?:your pre-?order|ihre vorbestellung|deine vorbestellung|votre pr[ée]-?commande|ta pr[ée]-?commande|(?:il )?(?:suo|tuo) pre-?ordine|(?:a )?(?:sua|tua) pr[ée]-?venda|(?:o )?(?:seu|teu) pr[ée]-?pedido|(?:su|tu) (?:preventa|pre-?venta|reserva))${E}`);
/** A release date moved by the publisher or maker: "the publisher pushed the release back", "die Veröffentlichung wurde verschoben",
 *  "la sortie est reportée", "l'uscita è stata rinviata", "adiou o lançamento", "se ha aplazado el lanzamiento". */
const RELEASE_MOVED = re(`${W}(?:postpon\\p{L}{0,4}|delay\\p{L}{0,3}|pushed back|moved|verschob\\p{L}{0,3}|verschieb\\p{L}{0,3}|report\\p{L}{1,3}|repouss\\p{L}{1,3}|décal\\p{L}{1,3}|rinvi\\p{L}{1,4}|posticip\\p{L}{1,4}|spostat\\p{L}{1,2}|adi\\p{L}{1,4}|posterg\\p{L}{1,4}|aplaz\\p{L}{1,4}|retras\\p{L}{1,4}|pospus\\p{L}{1,3})${E}`);

// why: s37 g7 pt-004 - "A editora adiou o lançamento para 28/03. Sua pré-venda continua garantida e a cobrança só acontece no envio":
// a release moved for a pre-order the buyer already placed is news about the order, not a launch advertised.
/** `sentence`: a release word's sentence; `window`: it and up to 200 characters after (normalized). The release was moved and the
 *  buyer's own pre-order is named with its charge put off until shipping. */
export function ownPreorderMoved(sentence: string, window: string): boolean {
  return RELEASE_MOVED.test(sentence) && BUYERS_PREORDER.test(window) && CHARGED_AT_SHIPPING.test(window);
}

/** `window`: the pre-order phrase's sentence and up to 200 characters after it (normalized). */
export function ownPreorder(window: string): boolean {
  return STATUS.test(window) && CHARGED_AT_SHIPPING.test(window);
}
