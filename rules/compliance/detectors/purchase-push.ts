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
import { scarcityNoticeIn } from './scarcity-notice';

export type PushKind = 'interest-offer' | 'scarcity-push' | 'buy-ahead' | 'crowd-switch' | 'urged-purchase' | 'preorder-open' | 'price-cut';
export interface Push {
  kind: PushKind;
  start: number;
  end: number;
  /** the push's own word that the hard guard would read as an exchange ("trocando para ela": a switch, no exchange) */
  own?: { start: number; end: number };
}

/** The seller making, selling or offering an item (make/sell verbs alone; "have" only with "also": "we also have"; or with "still":
 *  stock left, s37 g7 - "il nous reste quelques coffrets collector ..., si jamais ça vous tente", "we still have two box sets, if you're
 *  interested"; still with the buyer's interest and no service or own order in the sentence). */
// why: s22 blind a en-013/fr-007/es-014/it-020/pt-002/ja-020 - "we also make a 3-in-1 dock for the same watch, if you ever want one"
const SELLER_MAKES = re(
  `${W}(?:we (?:also )?(?:make|sell|offer|produce|manufacture|carry|stock)|we also have|we still have(?! to)|il nous (?:en )?reste(?:nt)?(?! (?:encore )?à)|nous avons encore|on a encore|wir haben noch|(?:todavía|aún) (?:nos quedan|tenemos)|nos quedan|abbiamo ancora|ci (?:sono )?rimast[oie]|ainda temos|wir (?:stellen|bieten|verkaufen|führen|fertigen|produzieren|haben) (?:\\p{L}+ ){0,3}?(?:auch|ebenfalls)|(?:stellen|bieten|verkaufen|führen|fertigen|produzieren|haben) wir (?:\\p{L}+ ){0,2}?(?:auch|ebenfalls)|nous (?:fabriquons|proposons|vendons|produisons|faisons|avons) (?:aussi|également)|nous (?:fabriquons|proposons|vendons|produisons)|on (?:fabrique|fait|vend|propose) (?:aussi|également)|(?:también )?(?:fabricamos|vendemos|ofrecemos|producimos|hacemos)|tenemos también|también tenemos|(?:produciamo|fabbrichiamo|vendiamo|offriamo|realizziamo)|(?:facciamo|abbiamo) anche|a gente (?:também )?(?:fabrica|vende|faz|produz|tem)|(?:também )?(?:fabricamos|vendemos|oferecemos|produzimos)|temos também|também temos)${E}|も(?:製造|製作|販売|取り扱|ご用意|取り揃え)(?:して|いたして|しており|中)`,
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
  `${W}(?:(?:the )?last (?:few )?(?:units|pieces|ones in stock)|(?:die )?letzten (?:wenigen )?(?:exemplare|stücke|einheiten)|(?:les )?derni(?:ers|ères) (?:exemplaires|pièces|unités)|(?:las )?últimas (?:unidades|piezas)|(?:los )?últimos (?:ejemplares)|(?:gli )?ultim(?:issim)?[ie] (?:pezzi|esemplari|unità)|(?:as )?últimas (?:unidades|peças)|only (?:a few|a handful|\\d{1,4}|one|two|three|four|five)(?: [\\p{L}-]+){0,7}? (?:left|remaining)|(?:just|only) (?:a few|\\d{1,4}) (?:\\p{L}+ ){0,3}?remain|(?:only )?the last \\d{1,4} (?:[\\p{L}-]+ ){0,4}?(?:left|remaining|in stock)|(?:we(?:'re| are) )?down to (?:the|our) (?:last|final) (?:few|couple|\\d{1,4}|one|two|three|four|five)|(?:almost|nearly) (?:sold out|gone)|while (?:stocks?|supplies) last|nur noch (?:wenige|ein paar|einige|\\d{1,4})|(?:fast|beinahe) (?:ausverkauft|vergriffen)|solange (?:der )?vorrat reicht|(?:il )?ne (?:nous )?reste (?:plus )?que (?:\\d{1,4}|quelques)|plus que (?:\\d{1,4}|quelques) (?:\\p{L}+ ){0,3}?(?:en stock|disponibles?)|(?:presque|bientôt) épuisée?s?|dans la limite des stocks|(?:nos |nous )?quedan (?:solo |sólo |apenas )?(?:\\d{1,4}|pocas|pocos|unas pocas|unos pocos)|(?:casi|a punto de) agotar\\p{L}*|hasta agotar existencias|(?:ne )?(?:sono )?rimast[ie] (?:solo |soltanto |appena )?(?:\\d{1,4}|pochi|poche)|(?:ne|ci|ce ne) restano (?:solo |soltanto |appena )?(?:\\d{1,4}|pochi|poche)|restano (?:solo|soltanto|appena) (?:\\d{1,4}|pochi|poche)|restano pochissim[ie]|(?:quasi|praticamente) esaurit\\p{L}*|fino ad esaurimento|restam (?:só |apenas |somente )?(?:\\d{1,4}|poucos|poucas)|(?:só|apenas) (?:restam|sobraram) (?:\\d{1,4}|poucos|poucas)|(?:quase|praticamente) esgotad\\p{L}*|enquanto durarem os estoques)${E}|残り(?:わずか|僅か|\\d{1,4}(?:点|枚|個|台|本|セット|つ))|在庫(?:わずか|僅少)|なくなり次第`,
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
  `${W}(?:(?:they|these|those|it|they'll|they will) (?:go|sell|sell out|fly|disappear|move) (?:fast|quickly|quick)|won't last(?: long)?|(?:sie )?(?:gehen|sind) (?:immer |sehr )?schnell weg|(?:ils|elles) partent (?:très )?vite|(?:se agotan|vuelan) (?:enseguida|rápido)|vanno a ruba|font (?:un )?malheur|se venden como churros|(?:selling|sell(?:ing)?) like hot ?cakes|verkaufen sich wie (?:geschnitten brot|warme semmeln)|vendem como água|(?:esgotam|voam) (?:rápido|rapidinho|logo)|now or never|jetzt oder nie|maintenant ou jamais|ahora o nunca|ora o mai più|agora ou nunca|(?:le|ti|vi) conviene (?:ordinar|comprar|acquistar|prender)\\p{L}*|(?:te|le|les|os) conviene (?:pedir|comprar|hacerte con|hacerse con)\\p{L}*|vous avez intérêt à (?:l'|la |le |les |en )?(?:commander|acheter|prendre)|you(?:'d| had) better (?:order|buy|grab|get)|grab (?:yours|one|it|them|a set)|get yours|don't (?:wait|miss out)|do not (?:wait|miss out)|(?:before|once) (?:they(?:'re| are)|it's|it is) gone|weg ist weg|while you can|act fast|hurry|snap (?:one|it|them) up|something for you|(?:vielleicht|wäre) (?:ja |auch )?(?:et)?was für (?:sie|dich|euch|ihre?\\p{L}?)|schnell (?:sein|zugreifen)|zu(?:zu)?greifen|(?:warten sie|wartet) nicht|sichern sie sich|n'attendez pas|ne tardez pas|dépêchez-vous|quelque chose pour vous|tant qu'il en reste|profitez-en|no te quedes sin|no se quede sin|no esperes|no espere|date prisa|dese prisa|hazte con|algo para (?:ti|usted)|mientras queden|aprovecha\\p{L}*|approfitta\\p{L}*|finché ci sono|non aspettare|non aspetti|affrettati|si affretti|qualcosa per (?:te|lei)|garanta (?:já )?(?:o seu|a sua|os seus|as suas|o teu|a tua)|não fique sem|não espere|corra|aproveite|algo (?:pra|para) você|(?:now's|now is|this is) the (?:time|moment)|jetzt ist (?:der|die) (?:richtige )?(?:moment|zeitpunkt|gelegenheit)|c'est (?:le|maintenant le) moment|es (?:el|ahora el) momento|(?:è|ora è) il momento|agora é a hora|(?:é|este é) o momento)${E}|お早めに|お見逃しなく|今のうちに|この機会に`,
);
// (s28: "restano solo 3 pezzi" without its pronoun, FEW_LEFT; the moment named as the call - "now's the time", "jetzt ist der richtige Moment", "c'est le moment", "es el momento", "è il
// momento", "agora é a hora" - after few units left; a service act after it stays no call: "now's the time to tell us")
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


/** The literals one of the kinds needs (a sentence without any costs one scan).
 *  (s28: the price-cut kind's falls - sceso, calata, gefallen, passées, abaixou, 値下がり -, its arrow and its "was 39 €") */
export const PUSH_ANCHOR =
  /raten|rate |suggér|sugerimos|sugiero|suggeri|raccomand|aconselh|make sure|be sure|don't forget|ことを|instead of|rather than|statt|au lieu de|en lugar de|en vez de|invece di|anziché|em vez de|ao invés de|のところ|recommend|preordin|reservar|precomprar|préco|preco|pré-|pre-|vorbestell|suggest|advise|empfehle|conseill|recommand|recomend|recomiend|aconsej|consigli|おすすめ|お勧め|推奨|commandez|order them|order it|order one|order yours|bestellen sie|pídel|ordinal|peça|ordering|buying|getting|picking|grabbing|pre-order|preorder|vorbestell|commande|preventa|preordini|pré-venda|pre-venda|予約|dropped|fell|reduced|cut|lowered|marked|down|gesetzt|reduziert|gesenkt|passe|baisse|réduit|baj|rebajad|scontat|ribassat|scende|cai|baixou|値下げ|値引き|sces|calat|abbassat|gefallen|gesunken|passé|baiss|abaixou|baixad|値下がり|→|->|(?:was|previously|vorher|zuvor|avant|antes|prima|era|before) (?:r\$|[$£€\x80¥]|\d)|last|letzten|derni|últim|ultim|make|sell|offer|produce|manufacture|carry|stock|also have|still have|wir |nous |on |fabric|vend|ofrec|produc|hacemos|tenemos|offriamo|realizziamo|facciamo|abbiamo|a gente|oferec|produz|temos|製造|製作|販売|取り扱|ご用意|取り揃え|left|remain|sold out|gone|supplies|nur noch|ausverkauft|vergriffen|vorrat|reste|plus que|épuisé|stocks|quedan|agota|existencias|rimast|restano|esaurit|esaurimento|restam|sobraram|esgotad|estoques|残り|在庫|次第|worth|recommend|suggest|advise|conseille|recommande|suggère|recomiendo|recomendaría|aconsejo|sugiero|consiglio|consiglierei|suggerisco|recomendo|sugiro|aconselho|empfehle|lohnt|おくと|おけば|many|most|lots|viele|meisten|beaucoup|plupart|muchos|mayoría|molti|maggior|muitos|maioria|多くのお客様/u;

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
    // (s32: the scarcity told as the end of the run or as an aside of the seller's own, with no call to buy - scarcityNoticeIn)
    if (scarcityNoticeIn(s, few, next)) return { kind: 'scarcity-push', ...few };
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

// Session 27 (s27 blind b, marketing recall .69): three more pushes without a coupon word, read before the hard guard as the kinds
// above (the push's own spare or restock words blanked):
//   urged purchase  the seller urging the buyer to buy another item, with the seller as its source or a hurry ("wir empfehlen
//                   dringend unsere Schutztasche dazu zu kaufen", "commandez-les vite : on les a en stock", "専用ケースのご購入を強く
//                   おすすめします。いずれも当店に在庫がございます", "lots of customers save a trip by ordering the 2-pack now");
//   pre-orders open the seller's pre-orders opened to the buyer ("preorders for the 2026 planner open Friday", "予約を受け付けております");
//   price cut       another item's price lowered, told unasked ("the 3-tier version ... just dropped to $34.99 (was $49.99)", "ist
//                   diese Woche von 49,90 auf 39,90 € runtergesetzt", "2,980円から1,980円に値下げ").
/** The seller advising or urging to buy: "we (strongly) recommend buying / ordering / getting", "wir empfehlen (dringend), ... zu
 *  kaufen / mitzubestellen", "je vous conseille vivement d'acheter", "le recomendamos comprar", "le consigliamo di acquistare",
 *  "recomendamos comprar", "…のご購入を(強く)おすすめします". */
// why: s27 blind b de-014/de-015/ja-015 - a refill pack, a case, a screen film pushed after the order shipped
// (s28: the Japanese advice with の as its nominaliser - "今のうちに4本セットをまとめてご購入いただくのがおすすめです", "ご注文いただくのがお勧め"; still
// with the seller as the source or a hurry, SELLER_SOURCE)
const URGE_BUY = re(
  // (s27 r2: "grabbing", "recommend (that) you order", "be sure to stock up on"; "wir raten Ihnen"; the subjunctive after "que/che" - "le
  // aconsejamos que compre ya", "le suggeriamo di acquistare", "recomendamos fortemente que você já compre"; "ご購入いただくことを強く
  // おすすめ"; each still needs the seller as the source or a hurry, SELLER_SOURCE)
  `${W}(?:(?:i|we)(?:'d| would)? (?:strongly |really |highly |definitely )?(?:recommend|suggest|advise) (?:(?:that )?you (?:order|buy|get|grab|pick up|stock up)|ordering|buying|getting|picking up|adding|grabbing|stocking up)|(?:be sure|make sure|don't forget) to (?:order|buy|grab|pick up|stock up on)|(?:ich |wir )?(?:empfehle(?:n)?|rate(?:n)?)(?: wir| ich)?(?: ihnen| dir)?(?: (?:dringend|unbedingt|sehr))?,?(?: [\\p{L}\\d-]+){0,5} (?:zu |mit|nach|dazu)?(?:zu)?(?:kaufen|bestellen|holen|besorgen)|(?:je |nous )?vous (?:conseill|recommand|suggér)(?:e|ons)(?: vivement| fortement)? (?:d'|de )(?:en |vous )?(?:acheter|commander|prendre|procurer)|(?:te|le|les|os) (?:recomendamos|recomiendo|aconsejamos|aconsejo|sugerimos|sugiero) (?:encarecidamente )?(?:comprar|pedir|adquirir|que (?:\\p{L}+ )?(?:compre|compres|compren|pida|pidas|pidan|adquiera))|(?:ti|le|vi) (?:consigliamo|consiglio|suggeriamo|suggerisco|raccomandiamo) (?:vivamente )?(?:di )?(?:acquistare|comprare|ordinare|prendere)|(?:recomendamos|recomendo|sugerimos|aconselhamos) (?:muito |fortemente )?(?:comprar|adquirir|pedir|que (?:você |o senhor |a senhora )?(?:já )?(?:compre|peça|adquira)))${E}|の(?:ご購入|ご注文|お買い求め)を(?:強く|ぜひ)?(?:おすすめ|お勧め|推奨)|(?:ご購入|ご注文|お買い求め)(?:いただく|される|しておく|いただいておく)(?:ことを|ことが|のが|のを)(?:強く|ぜひ)?(?:おすすめ|お勧め|推奨)`,
);
/** An imperative to order it soon or with the order ("commandez-les vite", "order them now", "bestellen Sie sie gleich mit"; the bare
 *  "commandez dès maintenant" is promotion.ts BUY_NOW's). */
const ORDER_SOON = re(
  `${W}(?:commandez(?:-les|-le|-la) (?:vite|dès maintenant|maintenant|aussi)|commandez vite|order (?:them|it|one|yours) (?:now|today|soon|too)|bestellen sie (?:\\p{L}+ ){0,2}(?:gleich|jetzt|schnell) mit|pídel(?:o|a|os|as) ya|ordinal(?:o|a|i|e) subito|pe[çc]a(?:-o|-a|-os|-as) já)${E}`,
  // (the Portuguese imperative with its pronoun only: "A peça já foi postada" is the part, s21t-pt-011)
);
/** ... the seller as the item's source, or a hurry: "our" case, "we have them in stock", "当店に在庫", "search 'Fotopro Case'". */
const SELLER_SOURCE = re(
  `${W}(?:our|unse?re?[nmrs]?|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|right away|straight away|sofort|tout de suite|cuanto antes|al più presto|quanto antes|(?:we have|on les a|on l'a|nous les avons|wir haben sie|tenemos|abbiamo|temos)(?: \\p{L}+)? (?:in|en|auf|a|em) (?:stock|lager|magazzino|estoque)|in stock|auf lager|en stock|(?:einfach )?(?:nach|search(?: for)?|cherchez|busque|cerchi|procure) ['"„«]|vite|schnell|gleich|now|dès maintenant|subito|ya|já)${E}|当店|弊社|弊店|在庫がございます|在庫あり|今のうちに|お早めに`,
);
/** Other customers buying a pack now (the crowd's example as the advice: "lots of customers save a trip by ordering the 2-pack now"). */
const CROWD_BUYS = re(`${W}(?:ordering|buying|getting|picking up|grabbing|(?:bestellen|kaufen|nehmen) (?:\\p{L}+ ){0,3}(?:gleich|direkt))${E}`);

/** Pre-orders opened: "pre-orders for the planner open Friday", "you can pre-order", "les précommandes ... sont ouvertes", "la preventa
 *  ya está abierta", "i preordini sono aperti", "a pré-venda está aberta", "予約を受け付けております", "予約受付中". */
// why: s27 blind b en-006/ja-006 - a planner's pre-orders opened to the buyer, last year's sell-out as the hurry
const PREORDER_OPEN = re(
  `${W}(?:pre-?orders? (?:for (?:[\\p{L}\\p{N}'-]+ ){1,5})?(?:are |is )?(?:now )?(?:open|opening|opens|live|start\\p{L}{0,3})|(?:you can|you may) (?:now )?pre-?order|pre-?order (?:yours|now|today)|vorbestellungen? (?:\\p{L}+ ){0,4}(?:sind |ist )?(?:ab sofort |jetzt )?(?:möglich|offen|geöffnet)|jetzt vorbestellen|(?:les )?pr[ée]-?commandes? (?:[\\p{L}\\p{N}']+ ){0,8}?(?:sont|est) (?:ouvertes?|lancées?)|(?:la )?preventa (?:[\\p{L}\\p{N}]+ ){0,6}?(?:ya )?(?:está|queda) (?:abierta|activa)|(?:i )?pre-?ordini (?:[\\p{L}\\p{N}]+ ){0,6}?sono aperti|(?:a )?pr[ée]-?venda (?:[\\p{L}\\p{N}]+ ){0,6}?(?:já )?está aberta|(?:available|disponible|disponibile|disponível|erhältlich) (?:in|en|em|zur|for|to) (?:pre-?orders?|pr[ée]-?commandes?|preventa|pre-?ordine|pré-venda|vorbestellung)|(?:em|in|en) pr[ée]-?(?:venda|ordine|commande)|(?:können|kann) (?:man|sie|ihr)(?: [^.!?\\n]{0,60}?)? vorbestell\\p{L}{0,2}|(?:vous pouvez|on peut|pouvez-vous) (?:déjà |dès maintenant |dès aujourd'hui |désormais )?(?:l'|le |la |les )?pr[ée]-?commander|(?:puedes|puede|podéis|pueden) (?:ya )?(?:reservar|precomprar)(?= [^.!?\\n]{0,40}?(?<![\\p{L}])(?:nuev\\p{L}{1,2}|novedad|lanzamiento|sale (?:el|en|a la venta))(?![\\p{L}]))|(?:può|puoi|potete|possono) (?:già )?pre-?ordinar\\p{L}{1,3}|(?:pode|podem|dá para|dá pra) (?:já )?(?:fazer (?:a )?pr[ée]-?venda|garantir na pr[ée]-?venda))${E}|予約(?:を|も)?(?:受け付けて(?:おります|います)|承って(?:おります|います)|お受けして(?:おります|います)|受付中|受付(?:を)?開始|受付(?:が)?スタート)|予約(?:販売)?(?:を)?開始`,
);
/** A booking of a service, not a pre-order (s27 review #5): delivery slots, repairs, pick-ups, installation, a visit - "配達日時のご予約を
 *  受け付けております", "修理のご予約を受け付けております", "集荷のご予約" - a critical message (policy §3), no item on sale. A service noun
 *  before 予約 in its sentence. Pre-orders of an item still flag: "2026年版の手帳、本日より予約を受け付けております", "新作の予約受付中". */
const SERVICE_BOOKING = compactRegExp(
  String.raw`(?:配達|配送|お届け|日時|日程|時間帯|修理|集荷|点検|設置|取り?付け?|工事|来店|面談|回収|引き?取り|返品|交換|相談|診断|メンテナンス|訪問)[^。！？\n]{0,12}?予約`,
  'u',
);
/** Sold out, completed: the pre-order's hurry ("last year's run sold out in 9 days"), blanked before the hard guard as a restock is. */
const SOLD_OUT_TALK = compactRegExp(`${W}(?:sold out|ausverkauft|épuisée?s?|agotad[oa]s?|esaurit[oaie]|esgotad[oa]s?)${E}|完売|売り切れ`, 'gu');

/** A price: a number with cents or a currency ("49,90", "$34.99", "39,90 €", "1,980円"). */
// (s28: the Brazilian real before the number - "de R$ 189,90 para R$ 139,90")
const PRICE_NUM = String.raw`(?:(?:r\$|[$£€\x80¥]) ?)?(\d{1,3}(?:[.,]\d{3}){0,2}(?:[.,]\d{1,2})?)(?: ?(?:€|\x80|\$|£|eur|euros?|dollars?|円|yen))?`;
/** From the first price to a lower second ("von 49,90 auf 39,90 €", "from $49.99 to $34.99", "de 89 € à 69 €", "da 59 a 45 euro",
 *  "de 50 para 40 reais", "2,980円から1,980円"), or a price now with the old one after it ("dropped to $34.99 (was $49.99)"). */
// (\x80 is the € as its one-byte copy: one-byte-copy.test.ts)
const PRICE_FROM_TO = compactRegExp(
  // (s27 r2: the new price before the old one with "instead of" - "now $79 instead of $99", "79 € statt 99 €", "79 € au lieu de 99 €", "79 €
  // en lugar de 99 €", "79 € invece di 99 €", "R$ 79 em vez de R$ 99" (INSTEAD_OF); Japanese without a word edge before the price -
  // "今なら9,800円から7,800円に" - and the usual price with "のところ" - "通常3,980円のところ今だけ2,980円")
  String.raw`(?<![\p{L}\p{N}])(?:from|von|de|da|desde) ${PRICE_NUM} (?:to|auf|à|a|al|para|down to) ${PRICE_NUM}|(?<![\p{N},.])${PRICE_NUM}から${PRICE_NUM}(?:に|へ)|(?<![\p{L}])(?:dropped|fell|reduced|cut|lowered|marked down|now|just) (?:to |down to |only )?${PRICE_NUM} \((?:was|previously|statt|vorher|au lieu de|avant|antes|prima|era) ${PRICE_NUM}\)|(?<![\p{L}\p{N}])${PRICE_NUM} (?:instead of|rather than|statt|anstatt|au lieu de|en lugar de|en vez de|invece di|anziché|em vez de|ao invés de) (?:the |den |les |los |i |os )?(?:r\$ ?)?${PRICE_NUM}|通常(?:価格)?(?:の)?${PRICE_NUM}(?:のところ|が|→)(?:今だけ|今なら|期間限定で?|特別に)?${PRICE_NUM}`
  // (s28: the two prices joined by an arrow - "3,980円→2,980円に値下げ", "€49 -> €35"; the old price first, as "from ... to")
  + String.raw`|(?<![\p{N},.])${PRICE_NUM} ?(?:→|->|=>) ?${PRICE_NUM}`
  // (s28: the new price told as now, the old one as was, either order - "now $24, was $39", "was €39, now €24", "antes 89 €, ahora 59 €",
  // "prima 39 euro, ora 29", "avant 25 €, maintenant 18 €", "vorher 29 €, jetzt 19 €", "antes R$ 99, agora R$ 69"; NOW_FIRST reads the order)
  + String.raw`|(?<![\p{L}])(?:now|jetzt|nun|maintenant|désormais|ahora|ora|adesso|agora) (?:only |just |nur |seulement |solo |apenas |por |für |pour |a |à |at |para )?${PRICE_NUM},? (?:\(|- )?(?:was|previously|vorher|zuvor|statt vorher|avant|antes|prima|era|before) ${PRICE_NUM}`
  + String.raw`|(?<![\p{L}])(?:was|previously|vorher|zuvor|avant|antes|prima|era|before) ${PRICE_NUM}[,;]? (?:- )?(?:now|jetzt|nun|maintenant|désormais|ahora|ora|adesso|agora) (?:only |just |nur |seulement |solo |apenas |por |für |pour |a |à |at |para )?${PRICE_NUM}`,
  'u',
);
/** ... told as a lowering ("runtergesetzt", "reduziert", "dropped", "passe de", "rebajado", "scontato", "値下げ"). */
const LOWERED = re(
  // (s28: Italian and German past forms - "è appena sceso da 49,90 a 34,90", "è calata", "ist auf 19 € gefallen / gesunken"; French
  // "sont passées de 25 € à 18 €"; Portuguese "abaixou", "caiu"; the price told as was and now is its own lowering, NOW_FIRST)
  `${W}(?:dropped|drops|fell|reduced|cut|lowered|marked down|down|runtergesetzt|herabgesetzt|reduziert|gesenkt|gefallen|gesunken|passe|pass[ée]e?s?|baisse|baissé\\p{L}{0,2}|réduit\\p{L}?|baj(?:a|ó|ado)|rebajad\\p{L}{1,2}|scontat\\p{L}|ribassat\\p{L}|scende|sces[oaie]|calat[oaie]|abbassat[oaie]|cai|caiu|baixou|abaixou|baixad[oa]s?)${E}|値下げ|値引き|お値下げ|値下がり`,
);
/** ... of another variant of the buyer's item ("the 3-tier version of the stand you bought"), as the buyer's own order does not. */
const VARIANT = re(`${W}(?:versions?|models?|sizes?|editions?|tiers?|xl|xxl|große\\p{L}?|größere\\p{L}?|grand\\p{L}?|grande|più grande|maior|modell|ausführung|modèle|modelo|modello|versão|versión|versione)${E}|サイズ|モデル|タイプ`);
const AMAZON_PRICE = /amazon|アマゾン/u;
/** The seller's own shop named: "当店", "our store" (its pre-order is the seller's even on Amazon). */
const OWN_SHOP = re(`${W}(?:our|unse?re?[nmrs]?|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?)${E}|当店|弊社|弊店|当社`);
/** The new price first, the old one after it ("79 € statt 99 €", "(was $49.99)"). */
const INSTEAD_OF = /\(|instead of|rather than|statt|au lieu de|en lugar de|en vez de|invece di|anziché|em vez de|ao invés de/u;
/** Now or for a time: "now", "jetzt", "ahora", "ora", "agora", "maintenant", "this week", "until Sunday", "今だけ". */
const NOW_OR_UNTIL = re(`${W}(?:now|today|this (?:week|weekend|month)|until|till|jetzt|nur noch|diese woche|bis|maintenant|désormais|cette semaine|jusqu'(?:à|au)|ahora|esta semana|hasta|ora|adesso|questa settimana|fino a|agora|esta semana|até)${E}|今だけ|今なら|期間限定|まで`);
/** What the buyer paid or the invoice shows: the price explained. */
const PAID_TOLD = re(`${W}(?:paid|pay|charged|invoice|receipt|total|bezahlt|gezahlt|rechnung|betrag|summe|payée?s?|factur\\p{L}*|montant|pagaste|pag[oó]|pagado|pagato|pagou|pago|fattura|fatura|importo|importe|nota fiscal)${E}|お支払い|請求|領収`);
/** A lowering told by the phrase itself (the old price named as such). */
const TOLD_LOWER = /\(|instead of|rather than|statt|au lieu de|en lugar de|en vez de|invece di|anziché|em vez de|ao invés de|のところ|通常/u;
/** The new price told first as now ("now $24, was $39"), and a pair told as was and now (the old price named as such). */
const NOW_FIRST = /^(?:now|jetzt|nun|maintenant|désormais|ahora|ora|adesso|agora) /u;
const WAS_NOW = /^(?:now|jetzt|nun|maintenant|désormais|ahora|ora|adesso|agora|was|previously|vorher|zuvor|avant|antes|prima|era|before) /u;
/** The bought variant is no other one (s27 review #11): a variant word that is the object of ordered / bought, or owned by the buyer -
 *  "The 3-tier version you ordered dropped from $49.99 to $34.99", "die Version, die Sie bestellt haben", "la versión que compró", "your
 *  model", "ご注文のモデル" (a word between: "3-tier version you ordered"). Another one still counts: "the 3-tier version of the stand you bought dropped to ...". */
const VARIANT_ALL = compactRegExp(VARIANT.source, 'gu');
const BOUGHT_AFTER = compactRegExp(
  String.raw`^\s{0,3}(?:[\p{L}\d-]{1,12}\s{1,3})?,?\s{0,3}(?:(?:that|which|die|den|das|que|che|qu')\s{1,3})?(?:(?:you|sie|vous|usted|lei|você|tu)\s{1,3})?(?:ordered|bought|purchased|received|got|bestellt|gekauft|erhalten|avez (?:commandé|acheté|reçu)|compró|pidió|recibió|ha (?:comprado|pedido|recibido|ordinato|acquistato|comprato|ricevuto)|comprou|pediu|recebeu|encomendou)(?![\p{L}])`,
  'u',
);
const OWNED_BEFORE = compactRegExp(String.raw`(?:(?<![\p{L}])(?:your|ihre[mnrs]?|votre|su|sua|seu|suo|tu)\s{1,3}(?:[\p{L}\d-]{1,12}\s{1,3})?|ご注文の|ご購入の|お買い上げの)$`, 'u');
const otherVariant = (s: string): boolean => {
  VARIANT_ALL.lastIndex = 0;
  for (let m = VARIANT_ALL.exec(s); m; m = VARIANT_ALL.exec(s)) {
    if (!BOUGHT_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40)) && !OWNED_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
};

const MONEY = /[$£€¥円]|\x80|eur|dollar|\d[.,]\d{2}(?!\d)/u;
const toNumber = (raw: string): number => {
  const m = /^(\d{1,3}(?:[.,]\d{3}){0,2})(?:[.,](\d{1,2}))?$/u.exec(raw);
  return m ? Number(m[1]!.replace(/[.,]/gu, '')) + (m[2] ? Number(m[2]) / 10 ** m[2].length : 0) : Number.NaN;
};

/** A purchase urged, pre-orders opened or another item's price cut in sentence `s` (normalized), `after` the text after it. */
export function urgedIn(s: string, after: string, ownOrder: boolean): Push | null {
  const next = after.split(/[.!?。！？\n]/u).find((part) => /\S/u.test(part)) ?? '';
  const urge = find(URGE_BUY, s) ?? find(ORDER_SOON, s);
  // (a denial before it clears it: "we don't recommend buying the cheaper cable"; the buyer's own order named beside it does not: the
  // urged item is bought with it)
  const clauseFrom = Math.max(s.lastIndexOf(',', urge ? urge.start : 0), s.lastIndexOf(':', urge ? urge.start : 0), s.lastIndexOf(';', urge ? urge.start : 0)) + 1;
  // (the denial in the urge's own clause: "Damit Sie nicht ohne dastehen, empfehlen wir ...", "N'oubliez pas le casque ... : commandez-les vite")
  if (urge && !NEGATION.test(s.slice(clauseFrom, urge.start)) && (SELLER_SOURCE.test(s) || SELLER_SOURCE.test(next))) return { kind: 'urged-purchase', ...urge };
  const crowd = find(CROWD, s);
  const buys = crowd && find(CROWD_BUYS, s.slice(crowd.end, crowd.end + 40));
  if (crowd && buys && PACK.test(s) && NOW.test(s) && !NEGATION.test(s.slice(0, crowd.start)) && !ownOrder) return { kind: 'urged-purchase', start: crowd.start, end: crowd.end + buys.end };
  const open = find(PREORDER_OPEN, s);
  // (the negation over the match too: "Pre-orders for the 2027 model are not open yet" - s27 review #10; a service's booking is none -
  // review #5)
  // (s37: Amazon's own pre-order named without the seller's shop is Amazon's - "Amazonでも特装版のご予約を受け付けております")
  if (open && !ownOrder && !NEGATION.test(s.slice(0, open.end)) && !SERVICE_BOOKING.test(s) && !(AMAZON_PRICE.test(s) && !OWN_SHOP.test(s))) return { kind: 'preorder-open', ...open };
  return null;
}
/** The pre-order's own sell-out words, blanked before the hard guard (which reads "sold out" as the buyer's order delayed). */
export const PREORDER_TALK = SOLD_OUT_TALK;

/** Another item's price cut, told unasked (read after the hard guard: a refund of the difference, an invoice clear it). */
export function priceCutIn(s: string, ownOrder: boolean, after = ''): Push | null {
  const m = PRICE_FROM_TO.exec(s);
  if (!m) return null;
  // (s28: the difference refunded in the next sentence - "le prix est passé de 54 € à 47 €. Nous vous avons remboursé la différence":
  // the buyer's own price drop settled, not another item's cut)
  const next = after.split(/[.!?。！？\n]/u).find((part) => /\S/u.test(part)) ?? '';
  if (REFUND_NEXT.test(next)) return null;
  const nums = m.slice(1).filter((x) => x !== undefined).map(toNumber);
  const [a, b] = nums;
  if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return null;
  // (the order of the two prices: "from 49 to 39", "34.99 (was 49.99)")
  const dropped = (INSTEAD_OF.test(m[0]) && !m[0].includes('通常')) || NOW_FIRST.test(m[0]) ? a < b : b < a;
  // (the buyer's own item cut after the purchase is explained, not pitched - unless another variant of it is named: "the 3-tier version
  // of the stand you bought"; a price Amazon set is Amazon's)
  // (a price, not a count or a span: a currency or cents - "reduced the delivery time from 10 to 5 days" is none)
  if (!MONEY.test(m[0])) return null;
  // (the old price in brackets is the lowering told; a from-to pair needs its verb: "von 49,90 auf 39,90 € runtergesetzt")
  // (the "instead of" pair is a cut only told as now or for a time, and not as what the buyer paid: "vous avez payé 24,90 € au lieu de
  // 29,90 €", "la fattura riporta 26,99 € invece di 29,99 €", "Sie haben also 34,99 € statt 39,99 € bezahlt" explain a discount applied)
  if (INSTEAD_OF.test(m[0]) && !m[0].includes('(') && (!NOW_OR_UNTIL.test(s) || PAID_TOLD.test(s))) return null;
  if (!dropped || (!TOLD_LOWER.test(m[0]) && !WAS_NOW.test(m[0]) && !LOWERED.test(s)) || NEGATION.test(s.slice(0, m.index)) || AMAZON_PRICE.test(s) || (ownOrder && !otherVariant(s))) return null;
  return { kind: 'price-cut', start: m.index, end: m.index + m[0].length };
}

/** A refund or the difference paid back (the order's own price settled). */
const REFUND_NEXT = re(`${W}(?:refund\\p{L}{0,3}|difference|erstatt\\p{L}{0,4}|differenz|rembours\\p{L}{0,5}|différence|reembols\\p{L}{0,5}|diferencia|rimbors\\p{L}{0,5}|differenza|diferença)${E}|返金|差額`);
/** Their sources, for the promotion cue (entry-index reads their triggers). */
/** The old price named after the new one, for the cue (a price cut told without a lowering verb). */
// (s28: an arrow between two prices, and the old price named as was - "3,980円→2,980円", "was $39, now $24", "antes 89 €")
const INSTEAD_CUE = re(`${W}(?:instead of|rather than|statt|anstatt|au lieu de|en lugar de|en vez de|invece di|anziché|em vez de|ao invés de|(?:was|previously|vorher|zuvor|avant|antes|prima|era|before) (?:r\\$|[$£€\x80¥]|\\d))${E}|のところ|円 ?→|\\d ?(?:→|->)`);
export const PUSH_CUE_SOURCE = [SELLER_MAKES, FEW_LEFT, BUY_ADVICE, CROWD, URGE_BUY, ORDER_SOON, PREORDER_OPEN, LOWERED, INSTEAD_CUE].map((r) => `(?:${r.source})`).join('|');
