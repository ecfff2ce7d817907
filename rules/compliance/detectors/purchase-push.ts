// Session 22 (s22 blind a, marketing recall .69): a purchase pushed in a service reply without a coupon word, read from its
// structure in the seven languages, for a sentence that answers no question of the buyer's (promotionIn reads that):
//   interest offer  another item the seller makes or sells, offered on the buyer's possible interest ("We also make a charging
//                   dock for this watch, if you ever want one", "si jamais ça vous intéresse", "por si quieres una", "se ti
//                   interessa", "caso se interesse", "ご興味があればぜひ");
//   scarcity push   few units left, told with a call to buy ("only 12 left of this batch - grab yours", "il ne reste que 12
//                   planches : n'attendez pas", "quedan solo 12 ..., ¡no te quedes sin la tuya!", "残り12枚 ... お早めにどうぞ");
//                   the call may open the next sentence;
//   buy ahead       advice to buy now what the buyer does not need yet ("the burrs wear after 6 months, so it's worth ordering
//                   a spare set now", "je vous conseille d'en commander un dès maintenant", "今のうちに替え刃をご注文いただいておくと安心");
//   crowd switch    other customers moving to another model ("many customers end up switching to the Pro", "muchos clientes
//                   acaban pasándose a ella", "molti clienti poi passano a quello") - an upsell by social proof.
import { E, NEGATION, OWN_ORDER, W, re } from './promotion-guards';
import { compactRegExp } from './compact-letters';
import { gatedTest } from './literal-gate';
import { SPARE_PART_NOUNS } from '../lexicon/shared';
import { firstMatch as find, spanOf } from './span';

export type PushKind = 'interest-offer' | 'scarcity-push' | 'buy-ahead' | 'crowd-switch';
export interface Push {
  kind: PushKind;
  start: number;
  end: number;
  /** the push's own word that the hard guard would read as an exchange ("trocando para ela": a switch, no exchange) */
  own?: { start: number; end: number };
}

/** The seller making, selling or offering an item (make/sell verbs alone; "have" only with "also": "we also have"). */
// why: s22 blind a en-013/fr-007/es-014/it-020/pt-002/ja-020 - "we also make a 3-in-1 dock for the same watch, if you ever want one"
const SELLER_MAKES = re(
  `${W}(?:we (?:also )?(?:make|sell|offer|produce|manufacture|carry|stock)|we also have|wir (?:stellen|bieten|verkaufen|führen|fertigen|produzieren|haben) (?:\\p{L}+ ){0,3}?(?:auch|ebenfalls)|(?:stellen|bieten|verkaufen|führen|fertigen|produzieren|haben) wir (?:\\p{L}+ ){0,2}?(?:auch|ebenfalls)|nous (?:fabriquons|proposons|vendons|produisons|faisons|avons) (?:aussi|également)|nous (?:fabriquons|proposons|vendons|produisons)|on (?:fabrique|fait|vend|propose) (?:aussi|également)|(?:también )?(?:fabricamos|vendemos|ofrecemos|producimos|hacemos)|tenemos también|también tenemos|(?:produciamo|fabbrichiamo|vendiamo|offriamo|realizziamo)|(?:facciamo|abbiamo) anche|a gente (?:também )?(?:fabrica|vende|faz|produz|tem)|(?:também )?(?:fabricamos|vendemos|oferecemos|produzimos)|temos também|também temos)${E}|も(?:製造|製作|販売|取り扱|ご用意|取り揃え)(?:して|いたして|しており|中)`,
);
/** ... on the buyer's possible interest or wish ("if you ever want one", "falls Sie Interesse haben", "si ça vous intéresse",
 *  "por si quieres una", "se ti interessa", "caso se interesse", "ご興味があれば"). */
const IF_INTERESTED = re(
  `${W}(?:if you(?:'re| are)? (?:ever )?(?:interested|curious)|if you (?:ever )?(?:want|fancy|need|would like|'d like) (?:one|it|them|another|a second)|in case you (?:ever )?(?:want|need|fancy) (?:one|it|them|another)|should you (?:ever )?(?:want|need|fancy) (?:one|it|them|another)|if (?:that|this|it) (?:interests|appeals to) you|(?:falls|wenn) (?:sie|du) (?:\\p{L}+ ){0,2}?(?:interesse|interessiert|lust)|bei interesse|(?:falls|wenn) (?:sie|du) (?:\\p{L}+ ){0,2}?(?:so )?(?:eine[ns]?|einen) (?:möchten|wollen|brauchen|suchen)|si (?:jamais )?(?:ça|cela|ceci) vous (?:intéresse|tente|dit)|si vous (?:êtes|étiez) intéressée?s?|si (?:jamais )?vous (?:en )?(?:voulez|souhaitez|désirez) (?:une?|une? autre)|(?:por )?si (?:te|le|os|les) (?:interesa\\p{L}*|apetece\\p{L}*)|por si (?:algún día )?(?:quieres|quiere|queréis|quieren|necesitas|necesita)|si (?:algún día )?(?:quieres|quiere) (?:una?|otr[oa])|se (?:ti|le|vi) (?:interessa\\p{L}*|va)|nel caso (?:ti|le|vi) interess\\p{L}*|se (?:mai )?(?:ne )?(?:vuoi|volesse|desidera|desideri) (?:una?|un'altra|un altro)|caso (?:se )?interess\\p{L}*|se (?:você )?(?:se )?interessar|se tiver interesse|caso (?:você )?queira (?:uma?|outr[oa])|se quiser (?:uma?|outr[oa]))${E}|ご興味(?:が|を)?(?:あれば|ありましたら|ございましたら|おありでしたら|お持ちでしたら)|気になる方は|気になりましたら`,
);
/** Service, not an item: a repair, the warranty, a return, help ("we also offer free returns if you ever want one"); shipping, an
 *  engraving, a gift wrap chosen on the order ("también hacemos envíos a Canarias, por si le interesa", "wir bieten auch eine Gravur
 *  an ... bei der Bestellung angeben", "facciamo anche la confezione regalo" - s22 review 1 #8). */
const SERVICE = re(
  `${W}(?:\\p{L}{0,12}services?|repairs?|warrant\\p{L}*|guarantee|returns?|refunds?|support|help|advice|installation|gift ?wrap\\p{L}*|shipping|delivery|express|engraving|personali[sz]ation|reparatur\\p{L}*|garantie|rücksend\\p{L}*|versand\\p{L}*|lieferung|expressversand|gravur\\p{L}*|geschenkverpackung|service|réparation|retours?|livraison|gravure|emballage cadeau|paquet cadeau|servicio|reparaci\\p{L}*|garantía|devoluci\\p{L}*|env[íi]os?|entregas?|grabados?|envoltorio|papel de regalo|servizio|riparazion\\p{L}*|garanzia|resi?|spedizion\\p{L}*|consegn\\p{L}*|incision\\p{L}*|confezion\\p{L}* regalo|pacchetto regalo|serviço|conserto|garantia|devoluç\\p{L}*|frete|gravaç\\p{L}*|embalagem (?:para |de )?presente)${E}|修理|保証|返品|配送|名入れ|刻印|ラッピング|ギフト包装`,
);

/** Few units left: "only 12 left", "nur noch wenige", "il ne reste que 12", "quedan solo 12", "sono rimasti solo 12", "restam só
 *  12", "残り12枚". */
// why: s22 blind a de-009/fr-005/es-008/it-015/ja-011/pt-019 - scarcity with a call to buy, told after a shipping refund
// (s24 blind d it-013: the last pieces named as such - "ultimissimi pezzi della lampada", "the last few units", "die letzten
// Exemplare", "les derniers exemplaires", "las últimas unidades", "as últimas peças"; not "the last piece of the set" - a count word
// in the plural)
const FEW_LEFT = re(
  `${W}(?:(?:the )?last (?:few )?(?:units|pieces|ones in stock)|(?:die )?letzten (?:wenigen )?(?:exemplare|stücke|einheiten)|(?:les )?derni(?:ers|ères) (?:exemplaires|pièces|unités)|(?:las )?últimas (?:unidades|piezas)|(?:los )?últimos (?:ejemplares)|(?:gli )?ultim(?:issim)?[ie] (?:pezzi|esemplari|unità)|(?:as )?últimas (?:unidades|peças)|only (?:a few|a handful|\\d{1,4}|one|two|three|four|five)(?: [\\p{L}-]+){0,7}? (?:left|remaining)|(?:just|only) (?:a few|\\d{1,4}) (?:\\p{L}+ ){0,3}?remain|(?:almost|nearly) (?:sold out|gone)|while (?:stocks?|supplies) last|nur noch (?:wenige|ein paar|einige|\\d{1,4})|(?:fast|beinahe) (?:ausverkauft|vergriffen)|solange (?:der )?vorrat reicht|(?:il )?ne (?:nous )?reste (?:plus )?que (?:\\d{1,4}|quelques)|plus que (?:\\d{1,4}|quelques) (?:\\p{L}+ ){0,3}?(?:en stock|disponibles?)|(?:presque|bientôt) épuisée?s?|dans la limite des stocks|(?:nos |nous )?quedan (?:solo |sólo |apenas )?(?:\\d{1,4}|pocas|pocos|unas pocas|unos pocos)|(?:casi|a punto de) agotar\\p{L}*|hasta agotar existencias|(?:ne )?(?:sono )?rimast[ie] (?:solo |soltanto |appena )?(?:\\d{1,4}|pochi|poche)|ne restano (?:solo |soltanto )?(?:\\d{1,4}|pochi|poche)|(?:quasi|praticamente) esaurit\\p{L}*|fino ad esaurimento|restam (?:só |apenas |somente )?(?:\\d{1,4}|poucos|poucas)|(?:só|apenas) (?:restam|sobraram) (?:\\d{1,4}|poucos|poucas)|(?:quase|praticamente) esgotad\\p{L}*|enquanto durarem os estoques)${E}|残り(?:わずか|僅か|\\d{1,4}(?:点|枚|個|台|本|セット|つ))|在庫(?:わずか|僅少)|なくなり次第`,
);
/** A call to buy before they are gone ("grab yours", "don't wait", "vielleicht was für Sie", "n'attendez pas", "no te quedes sin
 *  la tuya", "approfittane", "garanta a sua", "お早めに"). */
// (s24 blind d es-009, it-013: "now or never" - "es ahora o nunca", "jetzt oder nie", "c'est maintenant ou jamais", "ora o mai più",
// "é agora ou nunca" - and buying told as in the buyer's interest - "le conviene ordinarla in questi giorni", "te conviene pedirlo ya",
// "vous avez intérêt à la commander", "you'd better order one soon")
// (s25 blind b en-022: the items' pace as the urgency - "they go fast", "won't last", "gehen schnell weg", "partent vite", "vuelan",
// "vanno a ruba", "esgotam rápido" - after few units left of another edition; the few-left count may sit seven words from "left":
// "only 40 units of the limited walnut edition left")
const BUY_CALL = re(
  `${W}(?:(?:they|these|those|it|they'll|they will) (?:go|sell|sell out|fly|disappear|move) (?:fast|quickly|quick)|won't last(?: long)?|(?:sie )?(?:gehen|sind) (?:immer |sehr )?schnell weg|(?:ils|elles) partent (?:très )?vite|(?:se agotan|vuelan) (?:enseguida|rápido)|vanno a ruba|(?:esgotam|voam) (?:rápido|rapidinho|logo)|now or never|jetzt oder nie|maintenant ou jamais|ahora o nunca|ora o mai più|agora ou nunca|(?:le|ti|vi) conviene (?:ordinar|comprar|acquistar|prender)\\p{L}*|(?:te|le|les|os) conviene (?:pedir|comprar|hacerte con|hacerse con)\\p{L}*|vous avez intérêt à (?:l'|la |le |les |en )?(?:commander|acheter|prendre)|you(?:'d| had) better (?:order|buy|grab|get)|grab (?:yours|one|it|them|a set)|get yours|don't (?:wait|miss out)|do not (?:wait|miss out)|before (?:they(?:'re| are)|it's|it is) gone|while you can|act fast|hurry|snap (?:one|it|them) up|something for you|(?:vielleicht|wäre) (?:ja |auch )?(?:et)?was für (?:sie|dich|euch|ihre?\\p{L}?)|schnell (?:sein|zugreifen)|zu(?:zu)?greifen|(?:warten sie|wartet) nicht|sichern sie sich|n'attendez pas|ne tardez pas|dépêchez-vous|quelque chose pour vous|tant qu'il en reste|profitez-en|no te quedes sin|no se quede sin|no esperes|no espere|date prisa|dese prisa|hazte con|algo para (?:ti|usted)|mientras queden|aprovecha\\p{L}*|approfitta\\p{L}*|finché ci sono|non aspettare|non aspetti|affrettati|si affretti|qualcosa per (?:te|lei)|garanta (?:já )?(?:o seu|a sua|os seus|as suas|o teu|a tua)|não fique sem|não espere|corra|aproveite|algo (?:pra|para) você)${E}|お早めに|お見逃しなく|今のうちに|この機会に`,
);
/** A call that is no call to buy: denied ("no hurry", "hurry is not needed") or a wait for a service act, not a purchase ("don't wait
 *  to tell us", "n'attendez pas pour nous renvoyer l'ancienne", "no espere ... para avisarnos", "não espere para devolver") - the
 *  stock fact before it is told to explain a replacement (s22 review 1 #4). */
const CALL_DENIED_BEFORE = re(`${W}(?:no|not|kein\\p{L}*|pas de|sin|nessuna|sem)(?: \\p{L}+)? $`);
const CALL_DENIED_AFTER = re(`^[\\s-]{0,3}(?:is |isn't |are )?(?:not|no longer) (?:needed|necessary|required)${E}`);
const SERVICE_ACT_AFTER = re(
  `${W}(?:tell|let us know|contact|write|reach|message|e-?mail|return|send (?:\\p{L}+ )?back|report|ask|melden|mitteil\\p{L}*|schreiben|kontaktier\\p{L}*|zurück(?:zu)?(?:schicken|senden|geben)|renvoyer|retourner|contacter|écrire|signaler|prévenir|informer|avis\\p{L}*|escrib\\p{L}*|contact\\p{L}*|devolv\\p{L}*|decir\\p{L}*|scriver\\p{L}*|contattar\\p{L}*|restituir\\p{L}*|rimandar\\p{L}*|segnalar\\p{L}*|falar|reclamar)${E}`,
);
/** Is the call at `c` in `seg` a call to buy (its own clause read: up to a comma, a dash or a stop)? */
function buyCall(seg: string, c: { start: number; end: number }): boolean {
  if (CALL_DENIED_BEFORE.test(seg.slice(Math.max(0, c.start - 16), c.start)) || CALL_DENIED_AFTER.test(seg.slice(c.end, c.end + 30))) return false;
  const rest = seg.slice(c.end, c.end + 50).split(/[,;:.!?]| - /u)[0] ?? '';
  return !SERVICE_ACT_AFTER.test(rest);
}

/** A restock to come, told with the scarcity ("no restock before spring", "reposição só no outono"): no replacement of the buyer's
 *  item - promotionIn blanks it before its hard guard reads the sentence. */
export const RESTOCK_TALK = compactRegExp(`${W}(?:restock\\p{L}*|réassort\\p{L}*|reponemos|reposición|riassort\\p{L}*|reposição|nachschub|nachlieferung)${E}|入荷`, 'gu');

/** Advice to buy ("worth ordering", "I'd recommend getting", "je vous conseille d'en commander", "te recomiendo pedir", "ti consiglio
 *  di ordinare", "recomendo já pedir", "empfehle ... zu bestellen", "ご注文いただいておくと安心"). */
// why: s22 blind a en-006/fr-012/es-009/it-010/ja-022/pt-013 - a spare set ordered "now" after a repair that worked
const BUY_ADVICE = re(
  `${W}(?:worth (?:ordering|buying|getting|picking up)|(?:i(?:'d| would)?|we(?:'d| would)?) (?:recommend|suggest|advise) (?:ordering|buying|getting|picking up)|(?:je )?vous (?:conseille|recommande|suggère)(?:rais)? (?:d'en |de )(?:commander|acheter|prendre)|(?:te|le|os|les) (?:recomiendo|recomendaría|aconsejo|sugiero) (?:pedir|comprar|hacerte con|hacerse con)|(?:ti|le|vi) (?:consiglio|consiglierei|suggerisco) (?:di )?(?:ordinare|comprare|acquistare|prendere)|(?:eu )?(?:recomendo|sugiro|aconselho) (?:já |desde já )?(?:pedir|comprar|encomendar)|(?:ich )?empfehle (?:ihnen|dir)?,?(?: \\p{L}+){0,4} (?:zu )?(?:bestellen|kaufen|holen)|lohnt (?:es )?sich,?(?: \\p{L}+){0,4} (?:zu )?(?:bestellen|kaufen|holen))${E}|(?:ご注文|ご購入|お買い求め)(?:いただいて)?(?:おくと|おけば)(?:安心|便利)`,
);
/** ... now, ahead of the need ("now", "dès maintenant", "ya", "subito", "já", "jetzt", "今のうちに"). */
const NOW = re(
  `${W}(?:now|right away|today|in advance|ahead|dès maintenant|maintenant|dès aujourd'hui|d'avance|ya|ahora|desde ya|de antemano|subito|ora|adesso|in anticipo|já|agora|desde já|jetzt|schon jetzt|gleich|vorab|vorsorglich)${E}|今のうちに|今から|あらかじめ|事前に`,
);
/** Time, not stock ("only 2 days left", "nur noch 3 Tage", "il ne reste que 2 jours", "quedan solo 2 días"). */
const TIME_UNIT = re(`${W}(?:days?|hours?|weeks?|minutes?|tage?n?|stunden|wochen|jours?|heures?|semaines?|días?|horas?|semanas?|giorni|ore|settimane|dias?)${E}|日|時間|週間`);
/** A multi-pack or a year's supply. */
const PACK = re(`${W}(?:\\d+-?(?:pack|set)|multi-?pack|value pack|pack of \\d+|(?:pack|lot|kit|confezione|scorta|paquete) (?:de|da|di) \\d+|\\d+er-?(?:pack|set)|(?:annual|yearly|year's) (?:pack|supply))${E}`);
/** Spare words the buyer buys ("spare", "ricambio", "rechange", "recambio"): no replacement by the seller - blanked before the hard
 *  guard reads an advice sentence. */
// (not the seller's own replacement of the buyer's item: "your replacement ships today", "we cannot send a replacement" - kept for the
// hard guard; s22 review 1 #4)
export const SPARE_WORDS = compactRegExp(`${W}(?<!(?:your|ihr\\p{L}{0,2}|votre|su|tu|suo|sua|seu|send|ship|sende\\p{L}?|schicke\\p{L}?|envoyer|envoyons|enviar|enviamos|inviare|inviamo|mandar|mandamos)(?: (?:you|ihnen|vous|le|lhe|a|an|the|einen|un|une|uno|uma?|il|el|o)){0,2} )(?:${SPARE_PART_NOUNS}|replacement|rechange|ersatz\\p{L}*|reposição)${E}`, 'gu');

/** Other customers (many, most, lots of) ... */
const CROWD = re(
  `${W}(?:(?:many|most|lots) (?:of )?(?:our )?(?:customers|buyers|clients|people)|(?:viele|die meisten) (?:unserer )?kunden|(?:beaucoup|la plupart) de(?:s| nos) clients|(?:muchos|la mayoría de(?: los| nuestros)?) clientes|(?:molti|la maggior parte dei)(?: nostri)? clienti|(?:muitos|a maioria dos)(?: nossos)? clientes)${E}|多くのお客様`,
);
/** ... switching to another model ("end up switching to it", "acaban pasándose a ella", "poi passano a quello", "acabam migrando pra
 *  ele", "steigen ... um", "passent au modèle"). */
// why: s22 blind a es-016/it-016/pt-003 - "if you like the Aero 300, the Aero 500 Pro has ...; many customers end up switching to it"
const SWITCH_TO = re(
  `${W}(?:switch\\p{L}{0,3}|upgrad\\p{L}{0,3}|mov(?:e|es|ing) up|step(?:s|ping)? up|trade up|steigen (?:\\p{L}+ ){0,4}?um|umsteigen|wechseln (?:\\p{L}+ ){0,3}?(?:zu|auf)|passent (?:au|à)|pas(?:an|ándose|arse)(?: (?:a|al))?|se pasan|cambian a|pass(?:ano|are) (?:a|al|alla)|migra\\p{L}{0,4}|passa(?:m|ndo) (?:para|pro|pra)|troca(?:m|ndo) (?:para|pelo|pela|pro|pra))${E}|乗り換え|買い替え`,
);
/** ... a model or a tier named in the sentence ("the Aero 500 Pro", "il modello superiore", "上位モデル"). */
const MODEL_OR_TIER = re(
  `${W}(?:pro|ultra|premium|deluxe|models?|versions?|modell\\p{L}{0,2}|modèles?|modelos?|versión|versão|modell[oi]|version[ei]|superior|superiore|supérieur)${E}|上位|モデル`,
);


/** The literals one of the kinds needs (a sentence without any costs one scan). */
export const PUSH_ANCHOR =
  /last|letzten|derni|últim|ultim|make|sell|offer|produce|manufacture|carry|stock|also have|wir |nous |on |fabric|vend|ofrec|produc|hacemos|tenemos|offriamo|realizziamo|facciamo|abbiamo|a gente|oferec|produz|temos|製造|製作|販売|取り扱|ご用意|取り揃え|left|remain|sold out|gone|supplies|nur noch|ausverkauft|vergriffen|vorrat|reste|plus que|épuisé|stocks|quedan|agota|existencias|rimast|restano|esaurit|esaurimento|restam|sobraram|esgotad|estoques|残り|在庫|次第|worth|recommend|suggest|advise|conseille|recommande|suggère|recomiendo|recomendaría|aconsejo|sugiero|consiglio|consiglierei|suggerisco|recomendo|sugiro|aconselho|empfehle|lohnt|おくと|おけば|many|most|lots|viele|meisten|beaucoup|plupart|muchos|mayoría|molti|maggior|muitos|maioria|多くのお客様/u;

/** A purchase pushed in sentence `s` (normalized), read before promotionIn's hard guard (see RESTOCK_TALK, SPARE_WORDS);
 *  `after`: the text after it (the call to buy may open the next sentence); `buyerWords`: the buyer's question words. Only for a
 *  sentence that answers no question. */
/** A buy or order verb among the buyer's question words ("Soll ich gleich Ersatzklingen mitbestellen?", "should I order a spare?",
 *  "dois-je en commander ?", "¿debería pedir otra?"): advice to buy then answers the buyer's own purchase question (s22 review 1 #9). */
// (verbs only: "where is my order?" / "ma commande" / "mi pedido" name the bought item, no purchase question)
const BUYER_BUY_WORD = /(?:bestellen|kaufen|buy|buying|commander|acheter|pedir|comprar|encomendar|ordinare|comprare|acquistare)$|注文すべき|購入すべき|買っておく/u;
function buyerAskedToBuy(buyerWords: ReadonlySet<string>): boolean {
  for (const w of buyerWords) if (BUYER_BUY_WORD.test(w)) return true;
  return false;
}

export function pushIn(s: string, after: string, buyerWords: ReadonlySet<string> = new Set()): Push | null {
  if (!gatedTest(PUSH_ANCHOR, s)) return null;
  const few = find(FEW_LEFT, s);
  // (a denial before the scarcity clears it: "we're not down to the last few, so no hurry"; time left is no stock: "only 2 days left
  // to pick up the parcel, don't wait")
  if (few && !NEGATION.test(s.slice(0, few.start)) && !OWN_ORDER.test(s) && !TIME_UNIT.test(s.slice(few.start, few.end + 12))) {
    const found = find(BUY_CALL, s);
    const call = found && buyCall(s, found) ? found : null;
    const next = after.split(/[.!?。！？\n]/u)[0] ?? '';
    const nextCall = call ? null : find(BUY_CALL, next);
    if (call || (nextCall && buyCall(next, nextCall))) return { kind: 'scarcity-push', ...(call ? spanOf(few, call) : few) };
  }
  const advice = find(BUY_ADVICE, s);
  // (a multi-pack advised is the stock-up kind's, unasked-pitch.ts: "worth getting the 10-pack now")
  if (advice && PACK.test(s.slice(advice.end, advice.end + 40))) return null;
  const now = advice && (find(NOW, s.slice(Math.max(0, advice.start - 20), advice.end + 60)));
  // (the advice's own "ご注文" is the purchase advised, not the buyer's order)
  if (advice && now && !buyerAskedToBuy(buyerWords) && !NEGATION.test(s.slice(0, advice.start)) && !OWN_ORDER.test(`${s.slice(0, advice.start)} ${s.slice(advice.end)}`)) return { kind: 'buy-ahead', ...advice };
  // (other customers' switch: read here, before the hard guard, whose "troca" the switch's own "trocando para" is)
  const crowd = find(CROWD, s);
  const move = crowd && find(SWITCH_TO, s.slice(crowd.end, crowd.end + 40));
  if (crowd && move && MODEL_OR_TIER.test(s) && !NEGATION.test(s.slice(0, crowd.start)) && !OWN_ORDER.test(s)) {
    return { kind: 'crowd-switch', start: crowd.start, end: crowd.end + move.end, own: { start: crowd.end + move.start, end: crowd.end + move.end } };
  }
  return null;
}

/** An item offered on the buyer's interest in sentence `s` (read after the hard guard, as the other kinds). */
export function interestOfferIn(s: string): Push | null {
  if (!gatedTest(PUSH_ANCHOR, s)) return null;
  const makes = find(SELLER_MAKES, s);
  const interest = makes && find(IF_INTERESTED, s);
  if (makes && interest && !NEGATION.test(s) && !OWN_ORDER.test(s) && !SERVICE.test(s)) return { kind: 'interest-offer', ...spanOf(makes, interest) };
  return null;
}

/** Their sources, for the promotion cue (entry-index reads their triggers). */
export const PUSH_CUE_SOURCE = [SELLER_MAKES, FEW_LEFT, BUY_ADVICE, CROWD].map((r) => `(?:${r.source})`).join('|');
