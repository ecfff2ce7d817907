// (s30) Sales pitches that ride on a service reply, read from who is offered what after which event, in the seven languages:
//   alternative   the order already cancelled (out of stock), then another item put forward: "we've cancelled and refunded -
//                 as an alternative we suggest our model X, in stock now", "als Alternative empfehlen wir", "si vous le souhaitez,
//                 notre modèle X est en stock", "le proponemos como alternativa", "le segnaliamo il modello X, disponibile",
//                 "como alternativa, sugerimos", "代わりに…在庫がございますので…ご検討ください". The order is over, so the offer is a
//                 new sale. Not a choice asked before cancelling ("the grey is in stock - send that or cancel?"), not the same
//                 item back in stock, not a replacement unit of the bought item (no cancellation);
//   upgrade       the buyer's item named in one sentence, another version/model/kit recommended or switched to in a later one:
//                 "le recomendaría pasarse al kit Pro", "le consiglierei la versione Chef", "je vous conseillerais le modèle
//                 Turbo", "次回はぜひプレミアムモデルをご検討ください". Not when the buyer asked about models or a bigger size (an
//                 answer), not a firmware/app version, not an exchange or warranty swap;
//   get yours     a call to acquire one of one's own, the pronoun standing alone: "vale a pena garantir o seu", "grab yours
//                 now", "consigue el tuyo", "assicurati il tuo", "procurez-vous le vôtre", "sichern Sie sich Ihres" - not "garantir
//                 o seu reembolso" (a possessive with its noun), not "get yours replaced" (a service on the bought item).
// Per sentence (sentence.ts), bounded patterns, read on the normalized (lower-cased) text.
// (each sentence's first test through its literal gate: the patterns open with a letter look-behind V8 tries at every character)
import { gatedTest } from './literal-gate';
import type { Span } from './span';
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';
import { NEGATION } from './promotion-guards';
import { sentenceSpans } from './sentence';

const re = (source: string) => accentOptionalRe(compactRegExp(source, 'u'));
const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

/** The order (or the item) cancelled: the sale is over. */
const CANCELLED = re(`${W}(?:cancel+(?:ed|led|ado|ada|amos|ou|é|ée|ato|ata)?|storn\\p{L}{0,6}|annul\\p{L}{0,5}|annull\\p{L}{0,5})${E}|キャンセル`);
/** Another item put forward: an alternative / instead word, or the seller's own model named. */
const ALTERNATIVE = re(
  `${W}(?:as an alternative|alternatively|instead|als alternative|alternativ|stattdessen|en alternative|comme alternative|à la place|como alternativa|en su lugar|in alternativa|come alternativa|invece|al suo posto|em vez disso|em seu lugar|(?:our|unser\\p{L}{0,2}|notre|nos|nuestr[oa]s?|(?:il |la )?nostr[oaie]|(?:o |a )?noss[oa]s?|the|das|le|el|il|o) (?:[\\p{L}\\p{N}-]{1,20} )?(?:model+[eo]?s?|modèles?|modelos?|versions?|versión|versione|versão|variante?)(?: [\\p{L}\\p{N}-]{1,20})?)${E}|代わりに|かわりに|代替品|別の(?:商品|色|カラー|モデル)`,
);
/** ... offered: suggested, proposed, pointed out, or told to be in stock. */
const OFFERED = re(
  `${W}(?:suggest\\p{L}{0,3}|recommend\\p{L}{0,3}|propos\\p{L}{0,4}|might like|may like|consider|empfehl\\p{L}{0,3}|schlagen|vorschlagen|sugg[eé]r\\p{L}{0,4}|recommand\\p{L}{0,4}|si vous le souhaitez|propon\\p{L}{0,4}|sugerim\\p{L}{0,2}|sugier\\p{L}{0,3}|recomend\\p{L}{0,4}|segnal\\p{L}{0,5}|consigli\\p{L}{0,5}|suggeri\\p{L}{0,5}|in stock|on stock|available|auf lager|lieferbar|verfügbar|vorrätig|en stock|disponibles?|disponibil[ei]|in magazzino|disponíve(?:l|is)|em estoque)${E}|在庫がございます|在庫がありま|在庫あり|ご用意でき|ご検討|おすすめ|お勧め|いかがでしょうか`,
);
/** A service on the order, not an item, is what is available or offered: the refund, a return label, a pickup, the parcel, an address,
 *  the model number, the delivery ("Instead, the refund will be available within 5 days", "Alternativ können Sie die Rücksendung
 *  anmelden, das Etikett ist dort verfügbar", "como alternativa, puede recoger el paquete") - s30 mend review. */
const SERVICE_OBJECT = re(
  `${W}(?:refund\\p{L}{0,3}|reimburs\\p{L}{0,5}|labels?|returns?|return(?:ed|ing)|pick ?up|collect\\p{L}{0,3}|parcels?|packages?|address\\p{L}{0,2}|(?:model|serial|part|tracking|order) numbers?|deliver\\p{L}{0,3}|shipment|post office|courier|carrier|your orders|order details|send it|erstatt\\p{L}{0,4}|rücksend\\p{L}{0,3}|rückgabe|etikett\\p{L}{0,2}|abhol\\p{L}{0,3}|paket\\p{L}{0,2}|adresse|liefer(?:ung|adresse)|sendung|modellnummer|konto|rembours\\p{L}{0,5}|étiquette|retour|colis|livraison|point relais|numéro|compte|reembols\\p{L}{0,3}|etiqueta|devoluci[óo]n|devolu[çc][ãa]o|recoger|paquete|direcci[óo]n|entrega|correos|oficina|número|rimbors\\p{L}{0,3}|etichetta|reso|ritir\\p{L}{1,3}|pacco|indirizzo|consegna|spedizione|numero|encomenda|endere[çc]o|retirar|agência)${E}|返金|返品|ラベル|配送|住所|荷物|型番`,
);
/** The same item coming back, or an order choice left to the buyer: no new item sold. */
const RESTOCK_OR_CHOICE = re(
  `${W}(?:again|back in stock|wieder|de nouveau|à nouveau|de nuevo|otra vez|nuevamente|di nuovo|nuovamente|de novo|novamente|or (?:cancel|a refund)|oder (?:storn|erstatt)\\p{L}*|ou (?:annul|rembours|cancel)\\p{L}*|o (?:cancel|annull|reembols|rimbors)\\p{L}*)${E}|再入荷|再び`,
);

/** The buyer's own item named: "you bought", "que compró", "che ha acquistato", "お買い上げの". */
const BOUGHT = re(
  `${W}(?:you (?:bought|ordered|purchased|received|have)|(?:sie|du) (?:gekauft|bestellt|erhalten)|die sie (?:gekauft|bestellt)|ihr(?:e[mnrs]?)? (?:gekauft\\p{L}*|bestellt\\p{L}*)|(?:que|qui) vous (?:avez|aviez) (?:acheté|commandé|reçu)e?s?|que (?:compró|compraste|ha comprado|has comprado|pidió|pediste|recibió|recibiste|você comprou|comprou|você pediu|você recebeu)|che (?:ha|hai) (?:acquistato|comprato|ordinato|ricevuto))${E}|お買い上げ|ご購入(?:いただいた|の)|ご注文(?:いただいた|の)`,
);
/** Articles and possessives, and the prepositions that would put a verb or a use between the verb and the noun. */
const ARTICLE = `(?:the|a|an|our|this|that|these|das|die|den|dem|der|ein|eine|einen|einem|unser\\p{L}{0,2}|le|la|les|un|une|notre|nos|el|los|las|una|uno|nuestr\\p{L}{1,2}|il|lo|i|gli|(?:il |la )?nostr\\p{L}|o|os|as|um|uma|(?:o |a )?noss\\p{L}{1,2})`;
const NOT_FILLER = `(?:${ARTICLE}|to|of|for|with|on|in|zu|mit|für|von|auf|de|di|du|des|da|del|della|dello|à|al|alla|au|aux|pour|para|pra|per|con|com|em|en|um|an)`;
/** The version noun as the direct object, right after the verb: an optional pronoun or adverb, an article or possessive, up to two
 *  words (not an -ing form, an article or a preposition) - "I'd recommend the 1.7 L Plus version", "je vous conseillerais plutôt
 *  le modèle Duo XL"; not "I'd recommend descaling the model", "le consiglierei di usare la versione", "recomendamos usar a versão"
 *  (a verb between: care advice) - s30 mend review. */
const DIRECT_OBJECT = `(?: (?:ihnen|dir|euch|you))?(?: (?:rather|instead|plutôt|lieber|eher|mejor|piuttosto|also|auch|aussi|también|anche|também))?(?: l'| ${ARTICLE} | )(?:(?!${NOT_FILLER}${E})(?![\\p{L}]{1,12}ing${E})[\\p{L}\\p{N}.,-]{1,15} ){0,2}`;
/** Another version, model, kit or tier recommended or switched to. */
const RECOMMEND_VERSION = re(
  `${W}(?:(?:i(?:'d| would)?|we(?:'d| would)?) (?:recommend|suggest)|(?:upgrad\\p{L}{0,3}|switch\\p{L}{0,3}|mov\\p{L}{0,3}) (?:up )?to|(?:würde|würden) (?:ich|wir)(?: ihnen| dir)?|empfehle\\p{L}{0,2}|umsteigen|je (?:vous|te) (?:conseille\\p{L}{0,4}|recommande\\p{L}{0,4})|nous (?:vous )?(?:conseill\\p{L}{0,4}|recommand\\p{L}{0,4})|pass(?:er|ez) (?:au|à la)|(?:le|te|les|os) (?:recomend\\p{L}{0,4}|aconsej\\p{L}{0,4}|sugier\\p{L}{0,3})|pasar(?:se|te|le)? (?:al|a la)|cambiar(?:se|te)? (?:al|a la)|(?:le|ti|vi|gli) consiglier\\p{L}{0,3}|(?:le|ti|vi) consiglio|(?:le|ti|vi) suggerir\\p{L}{0,3}|passare (?:al|alla|a)|recomend(?:o|amos|aria|aríamos)|sugir(?:o|iria)|(?:trocar|mudar|migrar) (?:para|pra) (?:o|a))${E}${DIRECT_OBJECT}(?:versions?|versión|versione|versão|model+[eo]?s?|modèle|modelo|modello|kit|variante?|ausführung|pro|plus|max|premium|deluxe)${E}|(?:モデル|タイプ|版|機種)(?:[^。!?\\n]{0,12}?)(?:の方が|をご検討|をおすすめ|がおすすめ|へのお買い替え|に買い替え)|(?:次回|今度|買い替え)(?:[^。!?\\n]{0,20}?)(?:ご検討|おすすめ)`,
);
/** A version of software, or a swap owed under warranty: no other item sold. */
// (a manual, a language or a size chart in that version is no other item: "la versione italiana del manuale", "the size chart" -
// s30 mend review)
const NOT_UPSELL = re(
  `${W}(?:manuals?|handbuch|anleitung|bedienungsanleitung|notice|manuel|manuale|instructions|size chart|größentabelle|guide des tailles|tabla de tallas|guía de tallas|tabella (?:delle )?taglie|tabela de medidas|english|deutsch\\p{L}{0,2}|français\\p{L}?|française|anglais\\p{L}?|español|inglés|italian[oa]|inglese|portugu[eê]s\\p{L}?|inglês|firmware|software|app|update|aktualisier\\p{L}*|mise à jour|actualiza\\p{L}*|aggiorna\\p{L}*|atualiza\\p{L}*|exchang\\p{L}*|replac\\p{L}*|warranty|umtausch\\p{L}*|ersatz|garantie|échang\\p{L}*|remplac\\p{L}*|cambio|garant[íi]a|sostitu\\p{L}*|garanzia|troca|substitu\\p{L}*)${E}|ファームウェア|アップデート|交換|保証`,
);
/** The buyer's own model to be identified or checked, not another one offered: "I'd recommend checking the model number on the
 *  base", "ich würde Ihnen empfehlen, das Modell auf dem Typenschild zu prüfen", "je vous conseille de vérifier le modèle". */
const IDENTIFY = re(
  `${W}(?:check\\p{L}{0,3}|verif\\p{L}{0,6}|look(?:ing)? up|find(?:ing)?|confirm\\p{L}{0,5}|(?:über)?prüf\\p{L}{0,3}|nach(?:zu)?sehen|nachschauen|vérifi\\p{L}{0,4}|contrôl\\p{L}{0,4}|comprob\\p{L}{0,4}|revis\\p{L}{0,4}|controll\\p{L}{0,4}|confer\\p{L}{0,4}|(?:model|serial|part) numbers?|typenschild|modellnummer|seriennummer|type plate|rating plate|numéro|número|numero|etikett|étiquette|etiqueta|etichetta)${E}|型番|品番|確認`,
);
/** The buyer asked for another colour or item, or an alternative: the item offered after the cancel answers (s30 mend review: "Is there
 *  another colour?" - "The blue version is in stock if you want to order it"). */
const ASKED_OTHER = re(
  `${W}(?:another|other|different|alternative\\p{L}{0,2}|instead|colou?rs?|anders?\\p{L}{0,2}|farbe\\p{L}{0,2}|stattdessen|autres?|couleurs?|à la place|otr[oa]s?|color(?:es)?|alternativ\\p{L}{0,2}|en su lugar|altr[oaie]|colori?|invece|outr[oa]s?|cor(?:es)?|em vez)${E}|他の|別の|色|代わり`,
);
/** The buyer asked about models, sizes or what to buy: the recommendation answers. */
const ASKED_MODELS = re(
  `${W}(?:which|what|welche\\p{L}{0,2}|quel\\p{L}{0,2}|cuál|qué|quale|qual)(?: [\\p{L}-]{1,15}){0,2}? (?:model+[eo]?s?|modèle|modelo|modello|versions?|versión|versione|versão|size|größe|taille|tamaño|taglia|tamanho)${E}|${W}(?:bigger|larger|größer\\p{L}{0,2}|plus grand\\p{L}{0,2}|más grande|più grand\\p{L}|maior|upgrade|recommend|empfehl\\p{L}*|conseill\\p{L}*|recomiend\\p{L}*|consigli\\p{L}*|recomenda\\p{L}*)${E}|どのモデル|どちらの|大きいサイズ|おすすめ`,
);

/** "Get yours": an acquire verb and a standalone possessive pronoun (end of clause or a "now" after it); in English the verb
 *  an imperative, not said of a subject ("once you get yours, check the seal"). */
const GET_YOURS = re(
  `${W}(?:(?<!(?:you|we|they|i|did|will|can|could|would) )(?:grab|get|order|secure|buy|reserve) yours|(?:sichern|holen|bestellen) sie sich (?:jetzt |gleich )?ihr(?:e[ns]?)?|(?:sicher|hol|bestell) dir (?:jetzt |gleich )?(?:deins|deine[ns]?)|(?:procurez-vous|réservez|commandez|offrez-vous) (?:dès maintenant )?(?:le|la|les) vôtres?|(?:consigue|consiga|hazte con|hágase con|pide|pida|reserva|reserve|asegura|asegure|compra|compre)(?:se|te)? (?:ya )?(?:el|la|los|las) (?:tuy|suy)[oa]s?|(?:assicurati|assicuratevi|prendi|prenda|ordina|ordini|prenota|prenoti|accaparrati)(?: subito)? (?:il|la|i|le) (?:tu|su|vostr)[oaie]|(?:garant\\p{L}{1,3}|pe[çc]a|peça já|compre|reserve|adquira|pegue)(?: já)? (?:o|a|os|as) (?:seu|sua|seus|suas|teu|tua))(?=\\s{0,3}(?:[.!?,;:)\\n]|$|now|today|while|jetzt|heute|maintenant|dès|desde|aujourd'hui|ya|hoy|ahora|subito|oggi|ora|já|hoje|agora|antes|before|avant|prima|bevor))`,
);
/** A service on the bought item ("get yours repaired", "garantir o seu reembolso" is excluded by the pronoun test already). */
// (and a parcel waiting to be picked up, in the sentence or the one before: "Your replacement is at the post office. Get yours before
// Saturday", "il pacco è in giacenza: prenda il suo oggi", "Votre colis est au point relais : réservez le vôtre" - s30 mend review)
const PICKUP = re(`${W}(?:post office|parcel\\p{L}?|package|pick(?:ed)? ?up|collect\\p{L}{0,3}|locker|depot|courier|packstation|postfiliale|filiale|paketshop|paket|abhol\\p{L}{0,3}|colis|point relais|bureau de poste|relais|retir\\p{L}{1,3}|paquete|oficina|correos|recog\\p{L}{1,3}|pacco|giacenza|ufficio postale|ritir\\p{L}{1,3}|encomenda|agência|correios|replacement|ersatz)${E}`);
const SERVICE = re(`${W}(?:repair\\p{L}*|replac\\p{L}*|refund\\p{L}*|reembols\\p{L}*|rembours\\p{L}*|rimbors\\p{L}*|erstatt\\p{L}*|warranty|garantía|garanzia|garantia|garantie)${E}`);

const HINT = /cancel|storn|annul|キャンセル|compr|bought|order|purchas|kauf|bestell|achet|command|acquist|ordin|お買い上げ|購入|注文|your|yours|ihr|dein|vôtre|tuy|suy|tu[oa]|su[oa]|seu|sua|teu|tua/u;

export function afterOrderOffers(t: string, buyerMessage = ''): Span[] {
  if (!HINT.test(t)) return [];
  const out: Span[] = [];
  const buyerAskedModels = ASKED_MODELS.test(buyerMessage.toLowerCase());
  const buyerAskedOther = buyerAskedModels || ASKED_OTHER.test(buyerMessage.toLowerCase());
  let cancelledBefore = false;
  let boughtBefore = false;
  let previous = '';
  for (const [a, b] of sentenceSpans(t, 600)) {
    const s = t.slice(a, b);
    const cancelledHere = gatedTest(CANCELLED, s);
    const boughtHere = gatedTest(BOUGHT, s);
    if (cancelledBefore && !cancelledHere && !buyerAskedOther && gatedTest(ALTERNATIVE, s) && OFFERED.test(s) && !SERVICE_OBJECT.test(s) && !RESTOCK_OR_CHOICE.test(s) && !NEGATION.test(s)) {
      out.push({ rule: 'marketing', severity: 'block', start: a, end: b, entry: 'marketing:promotion-alternative-after-cancel' });
    } else if (boughtBefore && !boughtHere && !buyerAskedModels && gatedTest(RECOMMEND_VERSION, s) && !NOT_UPSELL.test(s) && !IDENTIFY.test(s) && !NEGATION.test(s)) {
      out.push({ rule: 'marketing', severity: 'block', start: a, end: b, entry: 'marketing:promotion-upgrade-advice' });
    } else if (gatedTest(GET_YOURS, s) && !SERVICE.test(s) && !PICKUP.test(s) && !PICKUP.test(previous) && !NEGATION.test(s)) {
      out.push({ rule: 'marketing', severity: 'block', start: a, end: b, entry: 'marketing:promotion-get-yours' });
    }
    previous = s;
    cancelledBefore ||= cancelledHere;
    boughtBefore ||= boughtHere;
  }
  return out;
}
