// (s30) A sale beyond the order, pushed by the seller inside a service reply: the seller (who) puts forward another item, a price or
// a channel (what) to the buyer (whom), with a money reason to take it. Read from that structure per sentence, in the seven
// languages, on the normalized (lower-cased) copy; bounded patterns only. Kinds:
//   dearer-alternative  another item put forward for a price step: "if you'd rather not wait, the new Pro is in stock for only €30
//                       more", "wenn Sie lieber ... gibt es das neue Modell für nur 30 € mehr", "con soli 35 € di differenza",
//                       "por só R$ 60 a mais". Not a surcharge paid, refunded or for shipping (the order's own money);
//   trade-up-credit     a switch to another model with money credited toward it: "upgrade to the S and we'll credit you $20",
//                       "auf das S umsteigen, wir rechnen Ihnen 20 € an", "passer au S, on vous déduit 20 €";
//   other-price-cut     another item's price told as cut: "our 2-litre kettle is down to €39 this week", "el modelo grande también
//                       ha bajado a 49 €". Not the price the buyer paid or the bought item's price explained (the price as subject);
//   new-release         a new item or version told as just released: "our new wall lamp just came out", "la version Pro est
//                       sortie", "acaba de salir la nueva". Not an update of software, not the parcel leaving the warehouse;
//   cheaper-offsite     a price advantage tied to a channel outside Amazon: "on our own site you get 8 % off", "if you write to us
//                       on WhatsApp we'll make it cheaper". Not a refusal ("we can't make it cheaper on WhatsApp");
//   special-price-push  a special price or a bundle pushed as the better buy: "I'd recommend the lid + pan set at a special price".
// README (test/corpus/real): upsells to a dearer model, bundle deals, "cheaper on our site", other products, new arrivals are
// marketing. check.ts passes these spans through the marketing guards (the buyer's own order, a question answered).
// (each kind's first pattern through its literal gate: per sentence, ungated, they cost about 0.4 ms of a 2,000-character check)
import { gatedTest, mayMatch } from './literal-gate';
import { accentOptionalRe } from '../accent-optional';
import { MESSENGER_APPS, SELLER_POSSESSIVE } from '../lexicon/shared';
import { E, NEGATION, OWN_ORDER, W, re } from './promotion-guards';
import { answersBuyer, buyerQuestionWords } from './promotion';
import { sentenceSpans } from './sentence';
import type { Span } from './span';

const rx = (source: string) => accentOptionalRe(re(source));
/** An amount of money (the one-byte stand-in \x80 beside €). */
const AMOUNT = String.raw`(?:(?:€|\x80|\$|£|r\$|us\$)\s?\d{1,5}(?:[.,]\d{1,2})?|\d{1,5}(?:[.,]\d{1,2})?\s?(?:€|\x80|\$|£|euros?|eur|dollars?|pounds?|reais|円))`;
const AMOUNT_RE = new RegExp(AMOUNT, 'u');
/** Cheap pre-test: money, a release or a price advantage somewhere in the sentence. */
const HINT = /\d|sortie?|salid|uscit|lançad|launch|released|erschienen|came out|is out|cheaper|günstig|billig|moins cher|barat|economic|skonto|rabatt|descuent|descont|sconto|discount|remise|réduction|special|speciale|especial|spécial|sonderpreis|新発売|発売|安く|特別価格/u;

// why: s30 (s29-nm3 misses) - a dearer model offered while the bought one is out of stock or faulty, for a price step
// examples: "for only $30 more", "für nur 30 € mehr", "pour 30 € de plus", "por 30 € más", "con soli 35 € di differenza", "por só
// R$ 60 a mais", "差額3,000円で"
const STEP = rx(
  `${AMOUNT} (?:more|extra|on top|in più|in piu|di differenza|de plus|de différence|de más|más|de diferencia|a mais|de diferença|mehr|aufpreis|differenz)${E}|${W}(?:(?:a|the) difference of|(?:une )?différence de|(?:una )?diferencia de|(?:una )?differenza di|(?:uma )?diferença de|(?:einen? )?aufpreis von|aufzahlung von) ${AMOUNT}|差額(?:の)?\\d[\\d,]{0,6}円|\\+\\d[\\d,]{0,6}円で`,
);
/** ... another item put forward: a new one, one available now, the seller's top one, or a choice left to the buyer. */
const PUT_FORWARD = rx(
  `${W}(?:new|newer|neue[nmrs]?|neu|nouveau|nouvelle|nuev[oa]|nuov[oa]|nov[oa]|available|in stock|verfügbar|lieferbar|disponibles?|disponibil[ei]|disponíve(?:l|is)|top (?:of the range|model)|top di gamma|haut de gamme|gama alta|topo de linha|spitzenmodell|flagship|if you(?:'d| would)? (?:prefer|rather|like)|(?:would|'d) you rather|if you don't want to wait|wenn sie lieber|wenn sie nicht warten|si vous préférez|si vous ne voulez pas attendre|si (?:lo )?prefiere|si no quiere esperar|si no quieres esperar|se (?:invece )?preferisce|se non vuole aspettare|se preferir|se não quiser esperar|there's|there is|es gibt|il y a|c'è|hay|tem|temos|we (?:also )?have|abbiamo|tenemos|nous avons|wir haben)${E}|新(?:モデル|型|商品)|上位|在庫(?:が)?ございます`,
);
/** Not waiting, as the condition of the offer ("if you don't want to wait"): no refusal, so no negation read in it. */
const NO_WAIT = rx(
  `${W}(?:if you (?:don't|do not) want to wait|wenn sie nicht (?:warten|so lange warten) (?:wollen|möchten)|si vous ne (?:voulez|souhaitez) pas attendre|si no (?:quiere|quieres|desea) esperar|se non (?:vuole|vuoi|desidera) aspettare|se (?:você )?não (?:quiser|quer) esperar)${E}|待てない`,
);
/** The order's own money: paid, charged, refunded; or a service priced (shipping, express, gift wrap, a return). */
const ORDER_MONEY = rx(
  `${W}(?:paid|charged|refund\\p{L}{0,3}|bezahlt|gezahlt|berechnet|erstatt\\p{L}{0,4}|payé\\p{L}?|rembours\\p{L}{0,5}|pagó|pagaste|pagado|reembols\\p{L}{0,5}|pagato|rimbors\\p{L}{0,5}|pagou|estorn\\p{L}{0,5}|shipping|delivery|express|gift ?wrap\\p{L}{0,3}|versand\\p{L}{0,6}|lieferung|geschenkverpackung|livraison|port|emballage cadeau|envío|entrega|envoltorio|spedizione|consegna|confezione regalo|frete|entrega|embrulho|customs|zoll|douane|aduana|dogana|alfândega)${E}|送料|返金|お支払い済`,
);

// why: s30 - a trade-up offered to a buyer who asked which model they had, with money counted toward the other model
// examples: "switch to the S and we'll credit you $20", "auf das S umsteigen, wir rechnen Ihnen 20 € an", "passer au S, nous vous
// déduisons 20 €", "pasarse al S, le descontamos 20 €", "passare al S, le scaliamo 20 €", "trocar pelo S, abatemos R$ 20"
const SWITCH = rx(
  `${W}(?:upgrad\\p{L}{0,3}|switch\\p{L}{0,3} (?:up )?to|trade (?:up|in)|umsteigen|umstieg|wechseln (?:auf|zu)|passer (?:au|à la)|pasar(?:se|te|le)? (?:al|a la)|cambiar(?:se|te)? (?:al|a la)|passare (?:al|alla|a)|trocar (?:pel[oa]|para (?:o|a))|mudar (?:para|pra) (?:o|a))${E}|買い替え|乗り換え|アップグレード`,
);
const CREDIT = rx(
  `${W}(?:credit\\p{L}{0,3}|count (?:\\p{L}+ ){0,2}towards?|anrechnen|rechnen (?:wir )?(?:ihnen|dir)(?: [^ .!?\\n]{1,12}){0,4} an|gutschreiben|déduis\\p{L}{0,4}|dédui\\p{L}{0,4}|(?:on )?(?:vous|te) (?:fait|faisons) (?:une remise|un geste)|(?:le|te) (?:descontamos|descontaríamos|abonamos|rebajamos)|(?:le|ti) (?:scaliamo|scontiamo|abboniamo)|(?:lhe |te )?(?:abatemos|descontamos))${E}|値引|差し引`,
);

// why: s30 - another item's price cut told after a price-drop refund ("and since you like deals, our X is down to ...")
// examples: "our 2-litre kettle is down to €39", "unser großer Topf ist auf 49 € reduziert", "notre modèle XL est passé à 49 €", "el
// modelo grande también ha bajado a 49 €", "anche il modello grande è sceso a 49 €", "o modelo maior também baixou para R$ 149"
const CUT = rx(
  `${W}(?:(?:is|are|now) (?:down|reduced|marked down) to|(?:has |have )?(?:dropped|fallen|gone down) to|(?:ist|sind) (?:jetzt |gerade )?(?:auf|für) ${AMOUNT} (?:reduziert|gesenkt|runtergesetzt)|(?:kostet|kosten) (?:jetzt |gerade )?nur noch|(?:est|sont) (?:passée?s?|tombée?s?|descendue?s?) à|(?:ha|han) bajado(?: hoy| ya)? a|(?:está|están) rebajad[oa]s? a|(?:è|sono) (?:sces[oaie]|calat[oaie]) a|(?:è|sono) scontat[oaie] a|(?:baixou|caiu|baixaram|caíram)(?: hoje)? (?:para|pra))${E}(?: ${AMOUNT}| \\d)?|値下げ(?:いたしました|しました|中)`,
);
/** ... of another item: the seller's own one, or one "also" cut, or a model/size named (not the price itself as the subject). */
const OTHER_ITEM = rx(
  `${W}(?:(?:${SELLER_POSSESSIVE}) (?!(?:price|prices|preis|preise|prix|precio|precios|prezzo|prezzi|preço|preços)${E})\\p{L}|also|too|as well|auch|ebenfalls|aussi|également|también|anche|pure|também|(?:the|das|der|die|le|la|el|il|lo|o|a) (?:\\p{L}{1,12} )?(?:model+[eo]?|modèle|version|versión|versione|versão|ausführung|size|größe|taille|tamaño|taglia|tamanho)${E})|(?:他の|別の)(?:商品|モデル)|も値下げ`,
);
/** The price or the buyer's own item as the subject just before the cut: the purchase explained, nothing offered. */
const OWN_PRICE = rx(
  `${W}(?:price|preis|prix|precio|prezzo|preço|your|ihr\\p{L}{0,2}|votre|vos|tu|su|sua|suo|seu|tua|tuo|you bought|sie gekauft|vous avez acheté|que compró|che ha (?:acquistato|comprato)|que comprou)${E}|価格|お値段|ご購入`,
);

// why: s30 - a newly released item or version told in a service reply (after a fix or a replacement), pushed as a buy
// examples: "our new wall lamp just came out", "die neue Version ist gerade erschienen", "la version Pro est sortie", "acaba de
// salir la nueva versión", "è appena uscito il nuovo modello", "acabou de sair a nova versão", "新モデルが発売されました"
const RELEASE = rx(
  `${W}(?:just (?:came out|launched|been released|arrived)|(?:is|are) (?:now )?out(?! (?:of|for))|(?:has|have) (?:just )?(?:come out|been released|launched)|(?:was|were) (?:just )?(?:released|launched)|(?:ist|sind) (?:gerade |jetzt |soeben |neu )?(?:erschienen|herausgekommen|rausgekommen|auf dem markt)|ist da|ist raus|neu im sortiment|(?:vient|viennent) de (?:sortir|paraître|arriver)|(?:est|sont) (?:enfin |désormais )?(?:sortie?s?|disponibles?)|(?:acaba|acaban) de (?:salir|llegar|lanzarse|estrenarse)|(?:ya )?(?:ha|han) salido|(?:è|sono) (?:appena |finalmente )?(?:uscit[oaie]|arrivat[oaie])|(?:acabou|acabaram) de (?:sair|chegar|ser lançad[oa]s?)|(?:foi|foram) lançad[oa]s?|já (?:saiu|chegou))${E}|新発売|発売(?:されました|しました|開始)`,
);
/** ... of a new item or a version/model (of hardware). */
const NEW_ITEM = rx(
  `${W}(?:new|newest|latest|neue[nmrs]?|neueste[nmrs]?|nouveau|nouvel|nouvelle|nuev[oa]s?|nuov[oa]|nuovi|nuove|nov[oa]s?|version|versions|versión|versione|versão|modell?|modèle|modelo|modello|kollektion|collection|colección|collezione|coleção|edition|edición|edizione|édition|edição)${E}|新(?:モデル|型|商品|作)|新発売`,
);
/** Software, a manual, a replacement, or the parcel on its way (a tracking number, a carrier): no item sold ("the update is out", "your
 *  parcel has left", "tu pedido aún no ha salido", "la unidad nueva ya ha salido, seguimiento ..."). */
const NOT_AN_ITEM = rx(
  `${W}(?:firmware|software|app|update|patch|manual|guide|replacement|ersatz\\p{L}{0,6}|remplacement|reemplazo|repuesto|recambio|ricambio|sostituzione|substituição|reposição|(?:out )?for delivery|zustellung|livraison|reparto|consegna|entrega|tracking|seguimiento|sendungsnummer|sendungsverfolgung|suivi|tracciamento|rastreamento|rastreio|dhl|ups|fedex|seur|correos|gls|dpd|brt|hermes|colissimo|chronopost|correios|usps|anleitung|aktualisierung|mise à jour|logiciel|notice|actualización|manual|aggiornamento|atualização|order|parcel|package|shipment|bestellung|paket|sendung|lieferung|commande|colis|envoi|pedido|paquete|envío|pacco|ordine|spedizione|encomenda|pacote|from|aus|du|de l'|dal|dalla|do|da)${E}|アップデート|ファームウェア|ご注文|荷物`,
);

// why: s30 - a cheaper price or a discount promised when the buyer buys through the seller's own shop or a messenger
// examples: "on our own site you get 8 % off", "in unserem Shop bekommen Sie 5 % Skonto", "sur notre site c'est moins cher", "si nos
// escribes por WhatsApp te lo dejamos más barato", "sul nostro sito costa meno", "no nosso site sai mais barato"
const CHANNEL = rx(
  `${W}(?:(?:${SELLER_POSSESSIVE}) (?:own |eigene[nmrs]? |propre |propia |propio |proprio |propria |própri[oa] )?(?:shop|store|website|site|web|webshop|online-?shop|onlineshop|tienda|página|pagina|sito|negozio|boutique|loja)|${MESSENGER_APPS})${E}`,
);
const ADVANTAGE = rx(
  `${W}(?:cheaper|less|lower price|discount|günstiger|billiger|rabatt|skonto|nachlass|moins cher|remise|réduction|más barato|más económico|descuento|rebaja|più economico|meno|sconto|mais barato|mais em conta|desconto|without shipping|free shipping|ohne versandkosten|versandkostenfrei|sans frais de port|sin gastos de envío|envío gratis|senza spese di spedizione|spedizione gratuita|sem frete|frete grátis)${E}|\\d{1,2} ?% (?:off|rabatt|skonto|de (?:remise|réduction|descuento|desconto)|di sconto)|安く|割引`,
);
/** A contrast joins the refusal ("no se puede por aquí") to the offer after it: each side is read alone. */
const CONTRAST = rx(`(?:, |; | )(?:but|aber|jedoch|mais|pero|sin embargo|ma|però|mas|porém)${E}|が、|けれど`);
/** Amazon named in the part: Amazon's own price or discount, not the seller's channel. */
const AMAZON = /amazon|アマゾン/u;

// why: s30 - a bundle at a special price recommended instead of the single part the buyer asked about
// examples: "I'd recommend the lid + pan set at a special price", "ich empfehle Ihnen das Set zum Sonderpreis", "je vous conseille le
// lot à prix spécial", "le recomiendo el juego a precio especial", "le consiglio il set a prezzo speciale", "recomendo o kit por
// um preço especial", "セットを特別価格でおすすめします"
const SPECIAL = rx(
  `${W}(?:(?:at |for )?a special price|special offer price|(?:zum |zu einem )?(?:sonderpreis|vorzugspreis)|(?:à|au) (?:un )?prix (?:spécial|préférentiel|réduit)|(?:a|por) (?:un )?precio (?:especial|reducido)|a (?:un )?prezzo (?:speciale|scontato|ridotto)|(?:a|por) (?:um )?preço (?:especial|reduzido))${E}|特別価格|特価`,
);
const PUSH = rx(
  `${W}(?:(?:i|we)(?:'d| would)? (?:recommend|suggest)|worth it|better deal|you save|empfehle\\p{L}{0,2}|lohnt sich|sparen sie|(?:je |nous )?(?:vous |te )?(?:conseille\\p{L}{0,2}|recommande\\p{L}{0,2})|vaut le coup|économisez|(?:le|te|les|os) (?:recomiendo|recomendamos|aconsejo|sugiero)|vale la pena|ahorra\\p{L}{0,2}|(?:le|ti|vi) (?:consiglio|consigliamo|suggerisco)|(?:le|ti) conviene|conviene di più|risparmi\\p{L}{0,2}|recomendo|recomendamos|sugiro|compensa|economiza\\p{L}{0,2}|vale a pena)${E}|おすすめ|お勧め|お得`,
);
/** A special price already applied or paid: the order's own money told. */
const APPLIED = rx(`${W}(?:applied|paid|angewendet|bezahlt|appliqu\\p{L}{1,3}|payé\\p{L}?|aplicad[oa]s?|pagad[oa]|applicat[oaie]|pagat[oaie]|pagou)${E}`);

export type SaleKind = 'dearer-alternative' | 'trade-up-credit' | 'other-price-cut' | 'new-release' | 'cheaper-offsite' | 'special-price-push';

/** The kind of sale beyond the order sentence `s` makes, or null. */
/** `buyerWords`: the buyer's question words (promotion.ts) - a release told to a buyer who asked about that item answers them. */
export function saleBeyondOrderIn(s: string, buyerWords: ReadonlySet<string> = new Set()): SaleKind | null {
  if (!HINT.test(s)) return null;
  const step = mayMatch(STEP, s) ? STEP.exec(s) : null;
  if (step && PUT_FORWARD.test(s) && !ORDER_MONEY.test(s) && !OWN_ORDER.test(s) && !NEGATION.test(s.slice(0, step.index).replace(NO_WAIT, ' '))) return 'dearer-alternative';
  if (gatedTest(SWITCH, s) && CREDIT.test(s) && AMOUNT_RE.test(s) && !NEGATION.test(s) && !ORDER_MONEY.test(s)) return 'trade-up-credit';
  const cut = mayMatch(CUT, s) ? CUT.exec(s) : null;
  if (cut) {
    const before = s.slice(Math.max(0, cut.index - 60), cut.index);
    const subject = s.slice(Math.max(0, cut.index - 24), cut.index);
    if (OTHER_ITEM.test(before) && !OWN_PRICE.test(subject) && !NEGATION.test(s) && !AMAZON.test(s)) return 'other-price-cut';
  }
  const release = mayMatch(RELEASE, s) ? RELEASE.exec(s) : null;
  // (s27 blind b fr-022: "la version vert sauge est sortie" to a buyer who asked for the green one is an answer)
  if (release && NEW_ITEM.test(s) && !NOT_AN_ITEM.test(s) && !NEGATION.test(s) && !answersBuyer(s, buyerWords)) return 'new-release';
  if (gatedTest(CHANNEL, s)) {
    for (const part of s.split(CONTRAST)) {
      // (the buyer's own order told as sent free is no offer: "your order from our shop shipped free")
      if (part && ADVANTAGE.test(part) && !NEGATION.test(part) && !AMAZON.test(part) && !OWN_ORDER.test(part)) return 'cheaper-offsite';
    }
  }
  if (gatedTest(SPECIAL, s) && PUSH.test(s) && !APPLIED.test(s) && !AMAZON.test(s) && !NEGATION.test(s)) return 'special-price-push';
  return null;
}

/** marketing spans, one per sentence that sells beyond the order. */
export function salesBeyondOrder(t: string, buyerMessage = ''): Span[] {
  if (!HINT.test(t)) return [];
  const buyerWords = buyerMessage ? buyerQuestionWords(buyerMessage) : new Set<string>();
  const out: Span[] = [];
  for (const [a, b] of sentenceSpans(t, 600)) {
    const kind = saleBeyondOrderIn(t.slice(a, b), buyerWords);
    if (kind) out.push({ rule: 'marketing', severity: 'block', start: a, end: b, entry: `marketing:sale-${kind}` });
  }
  return out;
}
