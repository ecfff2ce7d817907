// (s29) A marketing word in a sentence that explains a price the buyer saw or paid, offering nothing: prices on Amazon told as
// moving with promotions ("Les prix sur Amazon évoluent selon les promotions", "Amazonでの価格はセール等により変動いたします"), or a
// discount on the buyer's invoice told as the coupon the buyer used ("the £5 off on your invoice is the coupon you ticked",
// "el descuento ... es el cupón que activó"). Read on the normalized sentence; a push word (a code, next, now, until, a call to
// use it) keeps the finding. Runs only on sentences that already hold a marketing finding.
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

const B = '(?:^|[^\\p{L}])';
const E = '(?![\\p{L}])';
const re = (source: string) => accentOptionalRe(compactRegExp(source, 'u'));

/** Prices as the subject: plural or "the price(s) on Amazon" - a general statement, not one item's new price. */
const PRICES = re(`${B}(?:prices|preise|les prix|los precios|i prezzi|os preços|(?:the )?price on amazon|der preis auf amazon|le prix sur amazon|el precio en amazon|il prezzo su amazon|o preço na amazon)${E}|(?:価格|値段|販売価格)(?:は|が|も)`);
/** ... with a verb of moving up and down (not "drop to", "baja a": that is one price cut, read by the price-cut kinds). */
const VARY = re(`${B}(?:vary|varies|change|changes|move|moves|fluctuate|fluctuates|go up and down|schwanken|variieren|ändern sich|änderten sich|évoluent|varient|changent|fluctuent|bougent|cambian|varían|fluctúan|oscilan|variano|cambiano|oscillano|variam|mudam|oscilam|flutuam)${E}|変動|変わ(?:り|る)`);
/** A push or a buyer's future purchase: the sale is then offered, not explained ("prices change with our sales - the next one
 *  starts Friday", "aproveche ahora"). */
const PUSH = re(`${B}(?:codes?|next|now|until|today|this week|hurry|grab|use|starts?|nächste\\p{L}?|jetzt|bis|heute|diese woche|prochaine?s?|maintenant|jusqu|aujourd'hui|cette semaine|profitez|próxim[oa]s?|ahora|hasta|hoy|esta semana|aproveche|aprovecha|prossim[oa]|ora|adesso|fino a|oggi|questa settimana|approfitt\\p{L}*|agora|até|hoje|esta semana|aproveite|again|back|tomorrow|store|shop|buy|free|gratis|kostenlos|kaufen|achetez|gratuit\\p{L}?|offert\\p{L}?|gratuit[oa]s?|acquista|omaggio|compre|grátis|wieder|zurück|morgen|laden|de nouveau|revient|demain|boutique|regresa|vuelve|mañana|tienda|di nuovo|torna|domani|negozio|de novo|volta|amanhã|loja)${E}|次回|今なら|今週|明日|再び|まで有効|お早めに|ぜひ`);

/** Prices told as moving with promotions: the price noun, a verb of moving, the marketing phrase after the price noun. */
export function pricesVaryWith(sentence: string, phraseAt: number): boolean {
  const p = PRICES.exec(sentence);
  return p !== null && p.index < phraseAt && VARY.test(sentence) && !PUSH.test(sentence);
}

/** The buyer's own past act on the coupon: "(that) you ticked / clipped / activated", "que activó", "que vous avez activé", "den
 *  Sie aktiviert haben", "che ha attivato", "que você ativou", "お客様が…適用された". */
const BUYER_USED = re(`${B}(?:(?:that |which )?you (?:ticked|clipped|activated|applied|selected|chose|used|redeemed|checked|added)|que (?:usted |tú )?(?:activó|marcó|aplicó|seleccionó|usó|utilizó|eligió|activaste|marcaste|aplicaste|seleccionaste|usaste)|que vous avez (?:activée?|cochée?|appliquée?|sélectionnée?|utilisée?|choisie?)|(?:den|die|das) sie (?:\\p{L}+ ){0,5}?(?:aktiviert|angeklickt|ausgewählt|eingelöst|genutzt|angewendet|angehakt) haben|che (?:lei )?(?:ha|hai) (?:attivato|selezionato|applicato|usato|utilizzato|spuntato|scelto)|que (?:você |o senhor |a senhora )?(?:ativou|marcou|aplicou|selecionou|usou|utilizou|escolheu))${E}|お客様が[^。！？\\n]{0,20}(?:適用|選択|ご利用|利用)(?:され|し)`);
/** ... or the discount read as a line of the buyer's invoice or receipt ("on your invoice", "auf Ihrer Rechnung", "sur votre
 *  facture", "en su factura", "nella sua fattura", "na sua nota", "請求書の"). */
const ON_PAPERS = re(`${B}(?:on your (?:invoice|receipt|order summary)|auf ihrer (?:rechnung|quittung)|sur votre (?:facture|reçu)|en su (?:factura|recibo)|(?:nella|sulla) (?:sua )?fattura|na (?:sua )?(?:nota|fatura))${E}|請求書の|領収書の`);
/** A coupon, discount or promotion of the buyer's own order told back: the buyer's past act on it or its line on the buyer's
 *  papers, with no push in the sentence. */
/** A discount word: the read-back is about a coupon or a discount, not an item the buyer chose ("che hai scelto"). */
const DISCOUNT = re(`${B}(?:coupons?|discount|promotion|off|rabatt|abzug|gutschein|coupon|remise|réduction|promo|descuento|cup[oó]n|sconto|desconto|cupom|promoção|promoción|promozione)${E}|クーポン|割引|値引|円引き`);
export function discountReadBack(sentence: string): boolean {
  return DISCOUNT.test(sentence) && (BUYER_USED.test(sentence) || ON_PAPERS.test(sentence)) && !PUSH.test(sentence.replace(BUYER_USED, ' '));
}

/** "That coupon", "ese cupón", "ce coupon", "dieser Coupon", "quel coupon", "esse cupom", "そのクーポン": the discount just read back. */
const THAT_BEFORE = re(`${B}(?:that|this|the same|dieser|diese|dieses|jener|ce|cet|cette|ese|esa|este|esta|quel|quello|quella|questo|questa|esse|essa|este|esta|aquele|aquela|その|この)\\s{0,2}$`);
/** The phrase points back with a demonstrative (`before`: the text right before it) and its sentence pushes nothing. */
export function anaphoricDiscount(before: string, sentence: string): boolean {
  return THAT_BEFORE.test(before) && !PUSH.test(sentence);
}

/** Amazon as the one who sets, decides, applies or deducts the sale or coupon ("Prime Day deals are set by Amazon", "c'est Amazon
 *  qui le décide", "Amazon lo descuenta automáticamente", "a Amazon aplica", "lo decide Amazon", "Amazonが決定", "Amazonが自動で適用"). */
const AMAZON_DOES = re(`${B}(?:(?:set|decided|chosen|picked|run|applied|deducted) by amazon|amazon (?:(?:alone|itself|automatically) )?(?:sets|decides|chooses|picks|runs|applies|deducts|takes off)|(?:entscheidet|bestimmt|legt) (?:\\p{L}+ ){0,2}?amazon|amazon (?:entscheidet|bestimmt|zieht|zieht .{0,20}ab|wendet)|c'est amazon qui|amazon (?:le |la |les )?(?:décide|choisit|fixe|applique|déduit)|(?:lo |la |los |las )?(?:decide|fija|elige|aplica|descuenta) amazon|amazon (?:lo |la |los |las |le )?(?:decide|fija|elige|aplica|descuenta)|(?:lo |la )?(?:decide|sceglie|applica|sconta) amazon|amazon (?:lo |la |li |le )?(?:decide|sceglie|applica|sconta|detrae)|(?:a |é a )?amazon (?:que )?(?:o |a |os |as )?(?:decide|escolhe|aplica|desconta|define))${E}|amazon(?:が|側で|により)[^。！？\\n]{0,20}(?:決定|決め|適用|差し引|設定)`);
/** ... and nothing of the seller's pushed in the sentence. */
export function amazonSetsIt(sentence: string): boolean {
  return AMAZON_DOES.test(sentence) && !PUSH.test(sentence);
}
