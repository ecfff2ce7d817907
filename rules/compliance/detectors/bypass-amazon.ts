// Off-Amazon routes that carry no link, number or handle of their own (policy.md: off-Amazon communication invites; the
// README conventions: offplatform marks an invitation to contact, buy or pay outside Amazon). Three structures, each read
// per sentence in the seven languages:
// - a return sent straight to the seller instead of through Amazon's returns: the buyer asked to send the item to us or to an
//   address, and Amazon's return named as the way not taken ("schicken Sie es nicht über Amazon zurück, sondern direkt an uns:",
//   "Rather than going through Amazon returns, please post it to our repairs desk:", "Amazonの返品手続きを使わず、下記住所まで
//   お送りください", "ci spedisca il pezzo a: ... così evitiamo la procedura di reso");
// - a reply asked to a mail the seller sent from outside Amazon ("Wir haben Ihnen eine Mail geschickt. Antworten Sie bitte
//   direkt darauf", "当店からメールをお送りしましたので、そちらに直接ご返信ください");
// - the seller's shop on another marketplace named as where an item is or is bought ("in unserem eBay-Shop „x“ haben wir noch
//   welche", "sul nostro negozio Etsy (x)", "nel nostro negozio eBay la trova", "楽天市場の当店（x）のみでのお取り扱い").
// Not: Amazon's own return label or the seller's address printed on it, "write to us here", a photo sent here, a refusal or a
// negation, the buyer's own question quoted, a mail Amazon sent.
import type { Span } from './span';
import { sentenceAt, sentenceStartIn, firstStopIn } from './sentence';
import { compact, compactRegExp } from './compact-letters';
import { BYPASSED_AMAZON } from './offsite-invite';
import { DE_KEIN, DE_NICHT, EN_NOT, EN_NT, IT_NON, JA_MASEN, JA_ZU, NO, PT_NAO, PT_NEM, FR_PAS, wholeWords } from '../negation';

// --- a return sent straight to the seller ------------------------------------------------------
/** The buyer asked to send or post the item (a request form, an imperative, a polite Sie/Lei/usted/vous form, keigo). */
// examples: "please post it to", "schicken Sie das Netzteil", "ci spedisca pure", "envíenoslo", "renvoyez-nous", "devolva para nós",
// "下記住所までお送りください"; near-misses: "we'll send you a new one" (the seller sends), "the carrier will post it" (no request)
const SEND_REQUEST = compactRegExp(
  String.raw`(?<![\p{L}])(?:(?:please|just|kindly|simply|you can|could you|can you|feel free to)\s(?:[\p{L}']{1,12}\s){0,2}?(?:send|post|ship|mail|return|pop)|(?:schicken|senden|retournieren) sie|(?:ci |ce l[oaie] )?(?:spedisca|rispedisca|mandi|rimandi|invii|restituisca|spedisci|rispedisci|mandaci|inviaci|rimandaci)|env[íi]e(?:nos|lo|la|noslo|nosla)?|m[áa]nde(?:nos|lo|la|noslo|nosla)?|devu[ée]lva(?:nos|lo|la|noslo|nosla)?|r?envoy(?:ez)|retourn(?:ez)|exp[ée]diez|envi[ea]-(?:nos|o|a)|mand[ea]-(?:nos|o|a)|devolva|despache|m[áa]nda(?:lo|la|nos|noslo|nosla)|manda(?= (?:pr[ao]|para|pelo|pela) )|env[íi]a(?:lo|la|nos|noslo|nosla)|devu[ée]lve(?:lo|la|nos|noslo|nosla)|(?:and|then|und|dann) (?:send|post|ship|mail|schick|sende)|(?<=[,;:\u2013\x96-]\s{1,2})(?:send|post|ship|mail)(?= (?:it|them|the|this|that|everything|back) )|(?:é só|basta|só) (?:mandar|enviar|devolver|despachar)|basta (?:rispedir\p{L}{1,4}|spedir\p{L}{1,4}|mandar\p{L}{1,4}|inviar\p{L}{1,4})|(?:solo tienes que|solo tiene que|basta con) (?:enviar|mandar|devolver)\p{L}{0,4}|il (?:vous )?suffit de (?:nous )?(?:le |la |les )?(?:renvoyer|envoyer|retourner)|(?:einfach|bitte) (?:[^.!?;\n]|\.(?=\s?\d)){0,80}?(?:zurück)?(?:schicken|senden)|(?:if |once |when )?you (?:can |could |may |just |simply )?(?:send|post|ship|mail|return|pop|bring|drop)|(?:può|puoi|potete) (?:\p{L}{1,10} )?(?:(?:ri)?(?:spedir|mandar|inviar|portar)|restituir)\p{L}{0,6}|(?:pode|podes|dá pra|da pra) (?:\p{L}{1,10} )?(?:mandar|enviar|devolver|despachar|postar)|(?:puede|puedes|podéis) (?:\p{L}{1,10} )?(?:enviar|mandar|devolver|traer)\p{L}{0,4}|tr[áa]e(?:lo|la|noslo|nosla)|(?:vous pouvez|tu peux) (?:nous )?(?:le |la |les )?(?:renvoyer|envoyer|retourner|exp[ée]dier|rapporter)|(?:können sie|sie können) (?:\p{L}{1,12} ){0,3}(?:zurück)?(?:schicken|senden))(?![\p{L}])|(?:お送り|ご返送|返送|ご送付|送付|発送|ご発送|お戻し|送って)(?:して)?(?:ください|下さい|いただけ|いただき|頂け|願い|お願い)`,
  'gu',
);
/** ... or as the sentence's opening imperative: "Send the item back to us directly, not through Amazon." */
// (and the tu/du forms opening a sentence: "Manda pelo PAC pra Rua x", "Schick es an x", "Manda-lo a x")
const OPENING_SEND = /^[\s"'“„«(-]{0,3}(?:(?:just|simply|then|so)\s)?(?:(?:send|post|ship|mail|return)\s(?:it|them|the|this|that|us|your|back|everything)|(?:manda|envia|devolve|schick|sende)(?:\s|-)(?:pelo|pela|pra|para|es|sie|ihn|o|a|de volta|zurück))(?![\p{L}])/iu;
/** A negation right before the verb ("don't send it", "bitte nicht ... schicken", "non ci spedisca", "no nos lo envíe"). */
const NEGATED_BEFORE = /(?:(?<![\p{L}])(?:not|never|nicht|nie|pas|ne|no|non|não|nunca|mai)|n't)\s{1,3}(?:[\p{L}']{1,10}\s{1,3}){0,2}$/u;
/** Where it goes: to us or the seller's place, or an address block after a colon (the clause and the verb's own clitic). */
// (s28: the clitic joined to its verb - "renvoyez-nous", "envíenos", "manda-nos": the letter before it is the verb's - and the seller's
// place named as the destination: "à l'atelier", "to the workshop", "an die Werkstatt", "al taller", "al magazzino", "pra loja")
const TO_SELLER = compact(/(?<=\p{L})-(?:nous|nos|noi)(?![\p{L}])|(?<![\p{L}])(?:to (?:the|our)|an (?:die|das|den|unsere?n?)|à l'|à la|au|al|a la|alla|all'|ao|à|para a|para o|pra|pro|na|no)\s?(?:workshop|warehouse|shop|store|office|werkstatt|lager|büro|laden|atelier|entrep[ôo]t|boutique|magasin|bureau|taller|almac[ée]n|tienda|oficina|laboratorio|magazzino|negozio|ufficio|armaz[ée]m|dep[óo]sito|loja|escrit[óo]rio)(?![\p{L}])|(?<![\p{L}])(?:to us|straight to us|back to us|an uns|à nous|-nous|a nosotros|a noi|para nós|para a gente|(?:to|an|à|a|al|alla|ao|para o|para a) (?:our|unser\p{L}{0,2}|notre|nos|nuestr[oa]s?|nostr[oa]|noss[oa]s?) \p{L}+|(?:to|an) (?:the|die|folgende|diese) (?:address|adresse|anschrift)|à l'adresse|a (?:la|esta) direcci[óo]n|all'indirizzo|(?:para )?o endereço|directly|direkt|directement|directamente|direttamente|diretamente|direto)(?![\p{L}])|(?<![\p{L}])(?:ci|nos)\s(?=(?:\p{L}+\s)?(?:spedisca|rispedisca|mandi|rimandi|invii|env[íi]e|m[áa]nde|devuelva))|(?:nos|noslo|nosla)(?=\s|$)|:\s*\n|(?:下記|以下|当店|弊社|当社)[^。\n]{0,40}?(?:まで|宛|へ)|住所/u);
/** ... or an address written out after the verb: a street word or a postcode with a number ("send it to Unit 4, Harlow Trade Park,
 *  CM19 5XX", "an Kleinert GmbH, Industriestr. 22, 47055 Duisburg", "pra Rua Tupis 210", "(Calle Alfarería 9, 46980 Paterna)").
 *  Near-misses: "send it to Amazon's returns centre" (no street), "send us 2 photos" (NOT_THE_ITEM). */
const ADDRESS_WRITTEN = compact(/(?<![\p{L}])(?:unit|road|street|lane|avenue|str\.|stra(?:ß|ss)e|rue|boulevard|calle|avenida|nave|pol[íi]gono|viale|piazza|corso|rua|travessa|cep)(?![\p{L}])[^;!?\n]{0,40}?\d|\d{1,4}[a-z]?,[^;!?\n]{0,30}?(?<!\d)\d{4,5}(?!\d)\s\p{L}|(?<![\p{L}\d])[a-z]{1,2}\d{1,2}[a-z]? ?\d[a-z]{2}(?![\p{L}])/iu);
/** The thing sent is a photo, a document or a detail, not the item ("send us a photo so we can skip the return"). */
const NOT_THE_ITEM = compact(/(?<![\p{L}])(?:photos?|pictures?|pics?|images?|videos?|screenshots?|fotos?|bild\p{L}{0,2}|imagen\p{L}{0,2}|immagin\p{L}{1,2}|imagens?|vídeos?|number|nummer|numéro|número|numero|details|daten|données|datos|dati|dados|info\p{L}{0,8}|message|nachricht|messaggio|mensaje|mensagem|invoice|rechnung|facture|factura|fattura|nota fiscal)(?![\p{L}])|写真|画像|動画|番号/u);
/** Amazon's return named as skipped without naming Amazon: "so we avoid the return procedure", "ohne Rücksendeprozess", "sans passer
 *  par la procédure de retour", "sin el trámite de devolución", "evitiamo la procedura di reso", "sem o processo de devolução",
 *  "返品手続きを使わず". */
const RETURN_SKIPPED = compact(/(?<![\p{L}])(?:avoid\p{L}{0,3}|skip\p{L}{0,4}|bypass\p{L}{0,3}|without|instead of|rather than|evit\p{L}{1,5}|salt\p{L}{1,5}|senza|invece (?:di|della|del)|anziché|ohne|statt|anstatt|umgeh\p{L}{0,3}|sans|au lieu de|éviter|évit\p{L}{1,4}|sin|en vez de|en lugar de|evitar|evitamos|sem|em vez de|ao invés de)\s(?:(?:using|going through|use|usare|utilizzare|passare (?:per|da)|nutzen|benutzen|utiliser|passer par|usar|utilizar|pasar por|passar pel[oa]|utilizar|open(?:ing)?|filing|aprire|abrir|ouvrir|öffnen|anlegen)\s)?(?:(?:the|den|die|das|le|la|l'|el|il|lo|o|a|a la|an?|un|una|um|uma|une|eine)\s?)?(?:(?:usual|normal\p{L}{0,2}|amazon(?:'s)?|whole|ganze\p{L}{0,2}|habituel\p{L}{0,2}|habitual|solit[oa]|usual)\s)?(?:returns? (?:process|procedure|route|label)|returns|rücksende\p{L}{0,12}|rückgabe\p{L}{0,10}|retouren?\p{L}{0,10}|rückweg|procédure de retour|proc[ée]dure|retour amazon|trámite de devoluci[óo]n|proceso de devoluci[óo]n|devoluci[óo]n|procedura di reso|pratica di reso|reso|processo de devolu[çc][ãa]o|devolu[çc][ãa]o)(?![\p{L}])|返品(?:手続き|手続|処理|リクエスト|の手続き)?を(?:使わず|通さず|利用せず|経由せず|介さず|せず|ご利用いただかず)/u);
/** A return (Amazon's or unnamed) named as not needed or not to be opened: the buyer told to skip it, so the item goes to the
 *  seller instead. Either order: "no need to open a return", "skip the return request", "no abras la devolución en Amazon", "non
 *  serve aprire la pratica su Amazon", "nem precisa abrir devolução", "inutile de passer par le formulaire de retour"; "eine
 *  Rücksendung über Amazon müssen Sie nicht anlegen", "返品申請は不要", "返品手続きは必要ございません". Read only beside a request to send
 *  the item to us or an address (returnsOutsideAmazon). Near-misses: "You don't need to pay for the return label" (the label
 *  paid, not the return skipped - no request to send to us), "Open the return on Amazon and send it with the label". */
const RETURN_NOUN = String.raw`(?:the |a |an |any |your |la |le |el |una |une |un |uma |eine |die |den |il |l')?(?:amazon(?:'s)? )?(?:return(?:s)?(?: request| form| process| procedure| case| claim)?|r[üu]cksendung\p{L}{0,2}|r[üu]ckgabe|retoure|retour|formulaire de retour|demande de retour|devoluci[óo]n|reso|pratica(?: di reso)?|richiesta di reso|devolu[çc][ãa]o|solicita[çc][ãa]o de devolu[çc][ãa]o)`;
const RETURN_UNNEEDED = compactRegExp(
  String.raw`(?<![\p{L}])(?:skip|forget(?: about)?|vergessen sie|oubliez|olvide|olvídate de|olvídese de|dimentichi|esqueça|no need for|no need to (?:open|file|start|raise|request|do|go through)|(?:don't|do not|no need to) bother (?:opening|filing|starting|raising|with)|(?:you )?(?:don't|do not|needn't|need not) (?:need to |have to )?(?:open|file|start|raise|request|bother with|do|go through)|inutile d'(?:ouvrir|utiliser)|inutile de (?:passer par|faire|cr[ée]er|demander|lancer)|pas (?:besoin|la peine) d'(?:ouvrir|utiliser)|pas (?:besoin|la peine) de (?:passer par|faire|cr[ée]er|demander|lancer)|n'ouvrez pas|no (?:hace falta|es necesario|necesitas|tienes que|tiene que|hay que) (?:abrir|solicitar|tramitar|hacer|pedir|pasar por)|no (?:abras|abra|solicites|solicite|tramites)|no (?:hace falta|es necesario) que (?:abras|abra|solicites|solicite|tramites|tramite|hagas|haga|pidas|pida)|non (?:serve|occorre|c'è bisogno di|deve|devi) (?:aprire|fare|richiedere|passare (?:per|da))|non (?:apra|apri|faccia|fare)|(?:nem|não) (?:precisa|é preciso|precisa de) (?:abrir|fazer|pedir|solicitar|passar pel[ao])|sem (?:precisar (?:de )?)?abrir)\s${RETURN_NOUN}(?![\p{L}])|(?<![\p{L}])${RETURN_NOUN}\s(?:[^.;!?。\n]{0,30}?\s)?(?:müssen sie (?:dann |also )?(?:nicht|keine)|brauchen sie (?:dann |also )?(?:nicht|keine)|ist (?:dann |also )?nicht nötig|können sie sich (?:dann |also )?sparen|ist (?:dann |also )?nicht notwendig|entfällt|n'est pas nécessaire|inutile|no es necesaria|no hace falta|non serve|non è necessari[oa]|não é necessári[oa]|não precisa|isn't needed|is not needed|not needed|isn't necessary|is not necessary)(?![\p{L}])|返品(?:申請|手続き|手続|リクエスト|受付)?[^。\n]{0,12}?(?:は|も)?(?:不要|必要(?:は)?(?:ありません|ございません|ない)|しなくて(?:も)?(?:大丈夫|結構|よい|いい)|されなくて(?:も)?(?:大丈夫|結構))`,
  'u',
);
/** BYPASSED_AMAZON without its global flag (a test), and the Japanese "Amazonの返品手続きを使わず" (Amazon's return as the thing
 *  not used). */
const AMAZON_SKIPPED = compactRegExp(`${BYPASSED_AMAZON.source}|(?:amazon|アマゾン)の[^。\\n]{0,10}?を(?:使わず|利用せず|通さず|介さず|経由せず|ご利用いただかず)`, 'u');
/** How far after the request an address block and its closing line may name the skipped return (it-004: the address, then
 *  "così evitiamo la procedura di reso"). */
const AFTER_REACH = 320;

/** offplatform spans over a return asked to go straight to the seller, Amazon's return named as skipped (normalized copy). */
export function returnsOutsideAmazon(t: string): Span[] {
  if (!AMAZON_SKIPPED.test(t) && !RETURN_SKIPPED.test(t) && !RETURN_UNNEEDED.test(t)) return [];
  const out: Span[] = [];
  let lastEnd = -1;
  const consider = (at: number, end: number) => {
    if (at < lastEnd) return;
    const [from, to] = sentenceAt(t, at, end);
    if (NEGATED_BEFORE.test(t.slice(Math.max(0, at - 30), at))) return;
    // the verb's clause: up to a stop or a clause break (a colon leading to the address block ends it too, kept by TO_SELLER)
    const clause = /^(?:[^.;!?。]|\.(?=\s?\d)){0,90}/u.exec(t.slice(at, Math.min(t.length, at + 90)))![0];
    // (s28: a Japanese verb ends its clause - the destination stands before it: "商品は直接弊社倉庫（…）までご返送ください")
    const head = /^[\u3040-\u30ff\u4e00-\u9fff]/u.test(t[at] ?? '') ? t.slice(Math.max(from, at - 80), at) : t.slice(Math.max(0, at - 8), at);
    const withClitic = head + clause + t.slice(at + clause.length, at + clause.length + 2);
    if ((!TO_SELLER.test(withClitic) && !ADDRESS_WRITTEN.test(clause)) || NOT_THE_ITEM.test(clause.split(/[,、]/u, 1)[0]!)) return;
    // the return skipped, in the sentence, the one before, or the lines after the request (an address block and its closing line)
    const before = t.slice(sentenceStartIn(t, Math.max(0, from - 200), Math.max(0, from - 1)), from);
    const window = before + t.slice(from, Math.min(t.length, to + AFTER_REACH));
    if (!AMAZON_SKIPPED.test(window) && !RETURN_SKIPPED.test(window) && !RETURN_UNNEEDED.test(window)) return;
    lastEnd = to;
    out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:return-outside-amazon' });
  };
  SEND_REQUEST.lastIndex = 0;
  for (let m = SEND_REQUEST.exec(t); m; m = SEND_REQUEST.exec(t)) consider(m.index, m.index + m[0].length);
  // opening imperatives, sentence by sentence
  lastEnd = -1;
  for (let i = 0; i < t.length; ) {
    const stop = firstStopIn(t, i, Math.min(t.length, i + 400));
    const end = stop ? stop.at + 1 : Math.min(t.length, i + 400);
    const open = OPENING_SEND.exec(t.slice(i, end));
    if (open) consider(i + open[0].length - open[0].trimStart().length, i + open[0].length);
    i = Math.max(end, i + 1);
  }
  return out;
}

/** The buyer proposes a return straight to the seller, Amazon's return left out: a return word, Amazon, and a bypass ("directly",
 *  "ohne", "instead of", "en vez de", "senza", "sans", "sem", "ではなく", "直接") - "Can I just send it back to you directly, not through
 *  Amazon?", "Posso rispedirvelo senza fare il reso su Amazon?". A yes to it (check.ts accept words) accepts a route off Amazon. */
// why: s28 go2 de-001, es-001, it-001, ja-001 - "Klar, machen Sie das so", "Sí, mejor así" to such a proposal were not read
const BUYER_RETURN = compact(/(?<![\p{L}])(?:return\p{L}{0,3}|send (?:it|this|them) back|(?:zu)?r[üu]ck\p{L}{2,12}|retour\p{L}{0,4}|renvo\p{L}{1,6}|devol\p{L}{1,8}|reso|rispedi\p{L}{0,8}|restitu\p{L}{1,6}|mand[aá]\p{L}{0,8}|envi\p{L}{0,8}|spedi\p{L}{0,8})(?![\p{L}])|返品|返送|送り返/u);
const BUYER_BYPASS = compact(/(?<![\p{L}])(?:directly|direct|direkt|directement|directamente|direttamente|diretamente|direto|instead of|rather than|without|not (?:through|via)|ohne|statt|anstatt|nicht über|au lieu de|sans|plutôt que|en vez de|en lugar de|sin|invece di|anziché|senza|em vez de|sem)(?![\p{L}])|ではなく|じゃなく|通さず|使わず|直接/u);
export function buyerSkipsAmazonReturn(buyer: string): boolean {
  return /amazon|アマゾン/u.test(buyer) && BUYER_RETURN.test(buyer) && BUYER_BYPASS.test(buyer);
}

/** The reply sends the return through Amazon after all: a sentence with a return word and Amazon, no bypass and no negation in it
 *  ("Of course - just start the return on Amazon", "Klar, aber bitte über Amazon zurücksenden"). Its "sure" agrees to return,
 *  not to the route the buyer proposed. */
// (no "never", and "don't" alone of the English auxiliaries: the list as it was; "不要" says the return is not needed)
const NEGATION = new RegExp(`${wholeWords(NO, EN_NOT, "don't", DE_NICHT, DE_KEIN, FR_PAS, IT_NON, PT_NAO, PT_NEM)}|${EN_NT}|不要|${JA_MASEN}|${JA_ZU}`, 'u');
// (Amazon as the route - "on Amazon", "über Amazon", "su Amazon", "Amazonで" -, not a bare "il reso Amazon lo lasci perdere")
const AMAZON_ROUTE = /(?<![\p{L}])(?:on|via|through|in|at|über|auf|bei|sur|par|en|por|su|tramite|em|na|pela|pelo)\s(?:the\s)?amazon|(?:amazon|アマゾン)(?:で|から|経由)/u;
export function returnKeptOnAmazon(reply: string): boolean {
  return reply.split(/[.!?;\n。！？]/u).some((s) => AMAZON_ROUTE.test(s) && BUYER_RETURN.test(s) && !BUYER_BYPASS.test(s) && !NEGATION.test(s));
}

// --- the seller's shop on another marketplace ----------------------------------------------------
// (one list for every language: the names are the same words everywhere; "otto" only with a shop noun joined to it - Italian "otto"
// is eight)
const MARKETPLACE = String.raw`ebay|etsy|kaufland|temu|aliexpress|walmart|shopify|rakuten|cdiscount|allegro|mercado ?libre|mercado ?livre|shopee|wallapop|vinted|subito|zalando|bol\.com`;
const MARKETPLACE_JA = String.raw`楽天市場|楽天|ヤフーショッピング|yahoo!?ショッピング|ヤフー|メルカリ|qoo10|au pay マーケット`;
const SHOP_NOUN = String.raw`shop|store|laden|boutique|tienda|negozio|loja|lojinha|page|seite|pagina|página`;
const OWN = String.raw`our|my|unser\p{L}{0,2}|mein\p{L}{0,2}|notre|nos|mon|ma|nuestr[oa]s?|mi|nostr[oa]|mi[oa]|noss[oa]s?|minha|meu`;
/** The seller's own shop on a marketplace, in either order ("unserem eBay-Shop", "our Etsy store", "nostro negozio Etsy", "nuestra
 *  tienda de eBay", "notre boutique Etsy", "nossa loja no Mercado Livre", "楽天市場の当店", "当店の楽天市場店"). */
// examples: "in unserem eBay-Shop „x“ haben wir noch welche", "sul nostro negozio Etsy (x)", "nel nostro negozio eBay la trova",
// "楽天市場の当店（x）のみでのお取り扱い"; near-misses: "Wir haben keinen eBay-Shop", "non abbiamo un negozio Etsy", "the eBay shop you
// mention isn't ours", "当店は楽天市場には出店しておりません"
const MARKETPLACE_SHOP = compactRegExp(
  String.raw`(?<![\p{L}])(?:(?:${OWN})\s(?:[\p{L}-]{1,12}\s)?(?:${MARKETPLACE}|otto)(?:-|\s)?(?:${SHOP_NOUN})|(?:${OWN})\s(?:${SHOP_NOUN})\s(?:(?:on|at|auf|bei|su|de|en|sur|no|na|em|di|do|da|del|von|du|des|of)\s)?(?:${MARKETPLACE}))(?![\p{L}])|(?:${MARKETPLACE_JA})の?(?:当店|弊社|当社|自社)|(?:当店|弊社|当社)の?(?:${MARKETPLACE_JA})(?:店|支店|ショップ|ストア)`,
  'gu',
);
/** A negation, a shop closed or not the seller's, in the sentence: a fact or a refusal, no place to go. */
const SHOP_DENIED = compactRegExp(String.raw`(?:(?<![\p{L}])(?:no(?!\s(?:${MARKETPLACE}|noss\p{L}{1,2}|nuestr\p{L}{1,2}))|not|never|nicht|kein\p{L}{0,2}|nie|pas|non|não|nunca|nenhum\p{L}{0,2}|closed|geschlossen|fermée?|cerrad[oa]|chius[oa]|fechad[oa]|isn't|aren't|wasn't)(?![\p{L}])|n't)|閉店|ございません|しておりません|ありません|終了`, 'u');

/** Where an item is or is bought, in the shop's sentence (s27 review #6: the README's "where an item is or is bought"): an item
 *  there, made or only there, or in stock, a buy / find / visit / sell verb, a price, or the shop as where something is ("sont dans notre boutique
 *  Etsy", "estão na nossa loja"). A past order or separate stock named is a fact, no place to go: "das war eine Bestellung aus
 *  unserem eBay-Shop; diese Amazon-Bestellung ist davon getrennt", "楽天市場の当店とAmazonでは在庫が別管理となっております". */
// (s28: an item still there or had there - "ainda tem na nossa loja do Mercado Livre", "still have a few in our Etsy shop", "todavía
// quedan en nuestra tienda de eBay"; near-miss: "não temos loja no Mercado Livre" - SHOP_DENIED)
const PLACE_TO_GO = compactRegExp(
  String.raw`(?<![\p{L}])(?:still (?:have|has|got|there)|(?:ainda|só) (?:tem|há)|tem (?:na|no|em)|todav[íi]a (?:hay|lo|la|tenemos|quedan?)|ancora (?:disponibil\p{L}|c'è|ci sono|l[oa] (?:trova|abbiamo))|encore (?:dispo\p{L}{0,7}|en stock)|(?:gibt es|haben wir) (?:\p{L}{1,10} )?noch|gibt es|haben wir|machen wir|führen wir|we make|we carry|facciamo|fabriquons|faisons|hacemos|fabricamos|fazemos|only|nur|solo|seulement|uniquement|solamente|sólo|só|apenas|we have|we've got|nous avons|on trouve|tenemos|abbiamo|temos|in stock|stock|available|verfügbar|erhältlich|lieferbar|auf lager|disponibles?|disponibili|disponível|disponíveis|buy|find|visit|check out|browse|sell|sells|selling|kaufen|finden|besuchen|bestellen|verkaufen|acheter|achetez|trouve\p{L}{0,3}|visitez|commander|commandez|vendons|comprar|compre|encuentra\p{L}{0,1}|encontrar|encontra|visite|pedir|vendemos|acquist\p{L}{1,4}|trova|trovare|visiti|ordinare|vendiamo|price|preis|prix|precio|prezzo|preço|cheaper|günstiger|moins cher|más barat\p{L}|meno car\p{L}|mais barat\p{L})(?![\p{L}])|[$£€\x80]|(?<![\p{L}])(?:is|are|sind|ist|sont|est|está|están|sono|è|estão|ficam?)\s(?:[\p{L}-]{1,12}\s)?(?:in|im|dans|en|nel|nella|sul|na|no|auf|bei|on|at)\s$|販売|取り?扱|ご利用|ご購入|お買い求め|お求め|在庫(?:が|も)?(?:ございます|あります|あり)|出品|ご覧|価格|円`,
  'u',
);
const SHOP_CLAUSE_BREAK = /[,;:.!?\n。、]|(?<![\p{L}])(?:but|aber|sondern|doch|jedoch|ma|però|mais|pero|sino|mas|porém)(?![\p{L}])/u;
/** offplatform spans over the seller's shop on another marketplace, named where the buyer may go (normalized copy). */
export function marketplaceShops(t: string): Span[] {
  const out: Span[] = [];
  let lastEnd = -1;
  MARKETPLACE_SHOP.lastIndex = 0;
  for (let m = MARKETPLACE_SHOP.exec(t); m; m = MARKETPLACE_SHOP.exec(t)) {
    if (m.index < lastEnd) continue;
    const [from, to] = sentenceAt(t, m.index, m.index + m[0].length);
    // (the denial in the shop's own clause: "Hier ist es nicht mehr da, aber in unserem eBay-Shop gibt es noch welche" sends there)
    const head = t.slice(from, m.index).split(SHOP_CLAUSE_BREAK).pop()!;
    const tail = t.slice(m.index, to).split(SHOP_CLAUSE_BREAK, 1)[0]!;
    if (SHOP_DENIED.test(head + tail)) continue;
    // (s27 review #6: a place the buyer may go - an item, a price, a buy verb there; or the shop as where something is)
    if (!PLACE_TO_GO.test(t.slice(from, to)) && !PLACE_TO_GO.test(t.slice(from, m.index))) continue;
    lastEnd = to;
    out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:marketplace-shop' });
  }
  return out;
}

/** The seller's name searched on another marketplace and the buyer told to contact it there ("search 'x' on eBay and message us
 *  from the shop page", "楽天市場で「x」と検索いただき、店舗ページのお問い合わせフォームからご連絡ください"): the shop is found by its
 *  quoted name rather than called "ours", and the contact there leaves Amazon. Not a search without a contact asked (elsewhere-offer.ts
 *  reads the sale), nor a denial. */
// why: s34 fb34 - s34g4-ja-008, a Rakuten search for the workshop's name and its shop's contact form
// near-misses: "楽天市場で「x」と検索しても出てきません", "search 'x' on eBay to compare prices" (no contact)
const MARKETPLACE_SEARCH = compactRegExp(
  String.raw`(?:${MARKETPLACE_JA})で[「『][^」』\n]{1,30}[」』]と?(?:ご?検索|お探し)|(?<![\p{L}])(?:search|look up|suchen sie|cherchez|busque|busca|cerca|cerchi|procure|pesquise)(?: for| nach| por)? ["'„«“][^"'“”»\n]{1,30}["'“”»] (?:on|auf|bei|sur|en|su|no|na|em) (?:${MARKETPLACE})(?![\p{L}])`,
  'gu',
);
const CONTACT_THERE = compact(/お問い?合わせ|ご連絡|メッセージ|(?<![\p{L}])(?:contact|message|write to|kontaktieren|schreiben sie|contactez|écrivez|contáctenos|escríbanos|escribe|contatti|scriva|scrivici|entre em contato|escreva|fale conosco)(?![\p{L}])/u);
/** offplatform spans over a marketplace search for the seller's name with a contact asked there (normalized copy). */
export function marketplaceSearchContacts(t: string): Span[] {
  const out: Span[] = [];
  MARKETPLACE_SEARCH.lastIndex = 0;
  for (let m = MARKETPLACE_SEARCH.exec(t); m; m = MARKETPLACE_SEARCH.exec(t)) {
    const [from, to] = sentenceAt(t, m.index, m.index + m[0].length);
    const s = t.slice(from, to);
    if (!CONTACT_THERE.test(s) || SHOP_DENIED.test(s)) continue;
    out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:marketplace-shop' });
    MARKETPLACE_SEARCH.lastIndex = Math.max(MARKETPLACE_SEARCH.lastIndex, to);
  }
  return out;
}

// --- a reply asked to the seller's own mail ------------------------------------------------------
/** The seller sent the buyer a mail (first person, a mail noun): "Wir haben Ihnen gestern eine Mail von x geschickt", "we've just
 *  emailed you from support@x", "nous vous avons envoyé un e-mail", "le hemos enviado un correo", "le abbiamo inviato una mail",
 *  "enviamos um e-mail", "当店からメールをお送りしました". */
const SELLER_MAILED = compact(/(?<![\p{L}])(?:we|i)(?:'ve| have)? (?:just |already )?(?:e-?mailed|mailed) you(?![\p{L}])|(?<![\p{L}])(?:wir haben (?:ihnen|dir)|(?:we|i)(?:'ve| have)? (?:just |already )?sent you|nous vous avons|je vous ai|(?:le|te) (?:hemos|he) (?:enviado|mandado|escrito)|(?:le|te|vous|ihnen|la|ti|lhe|te) (?:ha|a|hat|ha) (?:enviado|mandado|escrito|écrit|envoyé|geschrieben|geschickt|scritto|inviato|mandato)|(?:te |lhe )?(?:enviou|escreveu|mandou)|(?:le|ti) (?:abbiamo|ho) (?:inviato|mandato|scritto)|(?:te |lhe )?(?:enviamos|mandamos)|(?:nós )?(?:te |lhe )?(?:enviamos|mandamos))(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:e-?mail|mail|courriel|correo|adresse perso\p{L}{0,8}|bo[îi]te (?:mail|perso\p{L}{0,8}))(?![\p{L}])|(?:当店|弊社|当社|私|こちら|担当者?|スタッフ)[^。\n]{0,12}?(?:から|より)[^。\n]{0,20}?メール|(?<![\p{L}])(?:our|unser\p{L}{0,2}|notre|nuestro|nostra|nossa|nosso) (?:e-?mail|courriel|correo)(?![\p{L}])|(?<![\p{L}])(?:inbox|posteingang|postfach|boîte de réception|bandeja de entrada|posta in arrivo|caixa de entrada)(?![\p{L}])[^.!?\n]{0,30}?(?<![\p{L}])(?:our|unser\p{L}{0,2}|notre|nuestro|nostro|nosso) (?:message|nachricht|mail)(?![\p{L}])/u);
// (s28: the seller's mail named without "we sent": "our email", "our message" in the buyer's inbox, "担当者より…メール"; and the reply's
// clause read without Amazon or here named as the way not taken - "conteste a ese correo directamente (no por Amazon)", "respond to it
// directly rather than here")
/** ... or the seller wrote from its own mailbox, with or without a mail noun after the verb: "I sent the diagram over from our
 *  office account", "je viens de vous écrire depuis notre boîte mail pro", "te escribimos desde nuestro correo de empresa", "vi
 *  abbiamo scritto dalla casella aziendale", "mandamos do e-mail da loja", "Wir haben Ihnen von unserer Firmenadresse geschrieben".
 *  Near-misses: "Amazon sent you a confirmation from its account" (not first person), "write to us from your account" (the buyer). */
const SELLER_MAILED_FROM = compact(/(?<![\p{L}])(?:we|i|je|nous|wir|ich|(?:le|te|les|os) (?:hemos|he)|(?:le|ti|vi) (?:abbiamo|ho)|te escribimos|le escribimos|(?:te|lhe) (?:escrevemos|mandamos|enviamos))(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:from|depuis|de|desde|dal|dalla|da|do|von)\s(?:(?:our|my|notre|ma|mon|nuestr[oa]|mi|nostr[oa]|la nostra|il nostro|noss[oa]|a nossa|o nosso|unser\p{L}{0,2}|meine\p{L}{0,2})\s)?(?:[\p{L}-]{1,12}\s)?(?:account|address|mailbox|inbox|e-?mail|boîte(?: mail)?|adresse|messagerie|correo|cuenta|casella|indirizzo|posta|conta|endereço|\p{L}{0,10}(?:konto|adresse|postfach|mail))(?![\p{L}])/u);
/** ... or the buyer got a mail from the seller, told from the buyer's side: "Sie haben heute eine E-Mail mit dem Betreff ... von uns
 *  bekommen", "you received an email from us this morning", "vous avez reçu un e-mail de notre part", "ha recibido un correo de nuestra
 *  parte", "ha ricevuto una mail da parte nostra", "você recebeu um e-mail nosso". The mail noun, "from us" and a receiving verb in one
 *  sentence. Not a mail from Amazon or the carrier (no "from us"; Amazon named clears it below), nor a mail the buyer sent us. */
// why: s34 fix D, dev s28go2-de-011 - "Sie haben ... eine E-Mail ... von uns bekommen. Antworten Sie bitte direkt darauf und nicht hier
// über Amazon" named the seller's mail without a verb of sending
const MAIL_NOUN = String.raw`(?<![\p{L}])(?:e-?mail|mail|courriel|correo|correio)(?![\p{L}])`;
const FROM_US = String.raw`(?<![\p{L}])(?:von uns|from us|de notre part|de nous|de nuestra parte|de nosotros|da noi|da parte nostra|nostr[ao]|da nossa parte|de nós|noss[oa])(?![\p{L}])`;
const RECEIVED = String.raw`(?<![\p{L}])(?:bekommen|erhalten|received|got|gotten|reçu|re[çc]u|recibido|recibió|ricevuto|recebeu|recebido)(?![\p{L}])`;
const BUYER_GOT_OUR_MAIL = compact(new RegExp(
  `${RECEIVED}[^.!?\\n]{0,60}?${MAIL_NOUN}[^.!?\\n]{0,60}?${FROM_US}|${MAIL_NOUN}[^.!?\\n]{0,80}?${FROM_US}[^.!?\\n]{0,30}?${RECEIVED}`,
  'u',
));
/** A reply asked for: "Antworten Sie bitte direkt darauf", "please reply to it directly", "répondez-y directement", "respóndalo
 *  directamente", "risponda direttamente a quella", "responda direto ao e-mail", "そちらに直接ご返信ください". */
const REPLY_ASKED = compact(/(?<![\p{L}])(?:antworten sie|reply|respond|answer(?= (?:it|that|this|them|the))|répondez|r[ée]pondre|resp[oó]nd[ae]\p{L}{0,4}|cont[ée]st[ae]\p{L}{0,5}|beantworten sie|rispond[aie]\p{L}{0,4}|responder|responde)(?![\p{L}])|ご?返信(?:ください|下さい|いただけ|いただき|頂け|を?お願い)/u);
/** The reply kept here: this message, this thread, Amazon. */
const KEPT_HERE = /(?<![\p{L}])(?:here|hier|ici|aquí|aqui|qui|this (?:message|thread|chat)|diese nachricht|ce message|este mensaje|questo messaggio|esta mensagem)(?![\p{L}])|amazon|アマゾン|こちらに|こちらで|このメッセージ|本メッセージ/u;

const AMAZON_NAMED = /amazon|アマゾン/u;
/** "Here" offered as one option beside the mail, "or" before or after it (s27 review #12, check.ts HERE_WORD's or-guard both ways): "Répondez-y
 *  directement ou ici, comme vous préférez", "reply to it or here", "hier oder per Mail" - the mail stays offered. */
const HERE_AS_OPTION = /(?<![\p{L}])(?:or|oder|ou|o|od)\s{1,3}(?:(?:directly|direkt|directement|directamente|direttamente|diretamente)\s{1,3})?(?:here|hier|ici|aquí|aqui|qui|this message|diese nachricht|ce message|este mensaje|questo messaggio|esta mensagem)(?![\p{L}])|(?<![\p{L}])(?:here|hier|ici|aquí|aqui|qui)\s{1,3}(?:or|oder|ou|o|od)\s/u;

/** Here or Amazon named as the way not taken: "(no por Amazon)", "not here", "rather than here", "statt hier", "plutôt qu'ici", "en lugar de
 *  aquí", "invece che qui", "em vez de aqui". */
// ("not here over Amazon" as one way not taken: "Antworten Sie bitte direkt darauf und nicht hier über Amazon" - s34 fix D, dev s28go2-de-011)
// examples: "conteste a ese correo directamente (no por Amazon)", "respond to it directly rather than here"; near-miss: "reply here, not by
// e-mail" (here kept: the negation is on the mail)
const HERE_NOT_TAKEN = compactRegExp(String.raw`(?<![\p{L}])(?:(?:not|nicht|no|non|não|pas) (?:por |via |on |über |auf |par |su |tramite |pela |pelo |through |in )?(?:here|hier|ici|aquí|aqui|qui|amazon)(?: (?:über|via|on|over|through|par|sur|por|en|su|tramite|pela|pelo|in|auf) amazon(?![\p{L}]))?|(?:rather than|instead of|statt|anstatt|plutôt qu'|au lieu d'|en lugar de|en vez de|invece che|anziché|em vez de|ao invés de) ?(?:here|hier|ici|aquí|aqui|qui))(?![\p{L}])`, 'gu');
const REPLY_ASKED_ALL = compactRegExp(REPLY_ASKED.source, 'gu');
const BYPASSED_ANY = compactRegExp(AMAZON_SKIPPED.source, 'gu');

/** offplatform spans over a reply asked to a mail the seller sent outside Amazon (normalized copy). */
export function repliesToOwnMail(t: string): Span[] {
  if (!SELLER_MAILED.test(t) && !SELLER_MAILED_FROM.test(t) && !BUYER_GOT_OUR_MAIL.test(t)) return [];
  const out: Span[] = [];
  const re = REPLY_ASKED_ALL;
  re.lastIndex = 0;
  let lastEnd = -1;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m.index < lastEnd) continue;
    const [from, to] = sentenceAt(t, m.index, m.index + m[0].length);
    const reply = t.slice(from, to);
    // the mail in the reply's sentence or the one before; Amazon or "here" in the reply's own clause keeps it on Amazon
    const before = t.slice(sentenceStartIn(t, Math.max(0, from - 200), Math.max(0, from - 1)), from);
    // (a mail sent through Amazon is Amazon's message: "We emailed you through Amazon"; Amazon named as the way skipped is no such)
    const mailed = (x: string) => SELLER_MAILED.test(x) || SELLER_MAILED_FROM.test(x) || BUYER_GOT_OUR_MAIL.test(x);
    const mailSentence = mailed(reply) ? reply : mailed(before) ? before : '';
    if (!mailSentence || AMAZON_NAMED.test(mailSentence.replace(BYPASSED_ANY, ' ').replace(HERE_NOT_TAKEN, ' '))) continue;
    const clause = /^[^.;!?。]{0,80}/u.exec(t.slice(m.index, to))![0].replace(BYPASSED_ANY, ' ').replace(HERE_NOT_TAKEN, ' ');
    if (KEPT_HERE.test(clause) && !HERE_AS_OPTION.test(clause)) continue;
    lastEnd = to;
    out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:reply-to-own-mail' });
  }
  return out;
}
