// Sending something to the buyer's own mailbox at a consumer mail service: "I'll send the spec sheet to
// your gmail", "le giro il file sulla sua email di Libero", "já te mando no seu Gmail", "ご指定のYahoo!メールへ
// お送りします". No address is written, yet the conversation leaves Amazon (policy.md: acknowledging a
// buyer's "just email me at gmail" is an off-Amazon invitation). s13 blind batch: four languages missed it.
// Pure, over the checker's normalized copy.
import type { Span } from './span';
import { gatedTest } from './literal-gate';
import { compact, compactRegExp } from './compact-letters';
import { MESSENGER_APPS, messengerAppsExcept } from '../lexicon/shared';
import { BYPASSED_AMAZON } from './offsite-invite';
import { NO_PROBLEM } from './contact-ask';
import { CORE_NEGATORS, EN_CANNOT, EN_NT, IT_MAI, JA_KANEMASU, JAMAIS, NUNCA, wholeWords } from '../negation';

/** Consumer mail services whose name is no everyday word (a domain would be an address anyway). */
const SERVICE_NAME = String.raw`g-?mail|googlemail|hotmail|yahoo!?(?:\s?mail)?|aol|gmx|web\.de|t-online|tiscali|wanadoo|laposte|uol|proton(?:mail)?|docomo|ezweb`;
/** ... and those that are also words ("orange", "libero" = free, "terra", "outlook"): only as the service of an
 *  e-mail ("la sua email di Libero", "votre mail chez Orange"). */
const SERVICE = String.raw`${SERVICE_NAME}|outlook|libero|virgilio|orange|free|sfr|bol|terra`;
/** The buyer's, in the words of each language: your, Ihr(e), votre, su/sua/seu, la sua/il suo, tu/ta/tua. */
const YOUR = String.raw`your|ihre?[mnrs]?|deine?[mnrs]?|votre|vos|ta|ton|su|sua|seu|tu|tua|tuo|la sua|il suo|vostra|vostro`;
/** A verb of sending or writing in the sentence: the mailbox is where something goes. */
const SEND = compact(/(?<![\p{L}])(?:send|sending|sent|forward|email|e-mail|mail|write|drop|shoot|schick\p{L}*|send\p{L}*|senden|mail\p{L}*|envo\p{L}*|envi\p{L}*|écri\p{L}*|escrib\p{L}*|mand\p{L}*|invi\p{L}*|gir\p{L}*|scriv\p{L}*|inolt\p{L}*|encaminh\p{L}*)(?![\p{L}])|お送り|送信|送ら|送り|ご連絡|転送/u);
/** A refusal in the sentence ("we can't write to your Gmail"): the refusal guards read the lexicon phrases;
 *  this detector reads its own. */
// (Portuguese "no seu Gmail" is "in your Gmail": "no" before a possessive is no negation)
const REFUSED = new RegExp(
  `${wholeWords(CORE_NEGATORS, EN_CANNOT, JAMAIS, 'no(?!\\s(?:seu|sua|teu|tua|meu|minha)(?![\\p{L}]))', NUNCA, IT_MAI)}|${EN_NT}|できません|${JA_KANEMASU}|しません`,
  'u',
);

const MAILBOX = compactRegExp(String.raw`(?<![\p{L}])(?:${YOUR})\s(?:[\p{L}'-]{1,12}\s){0,2}?(?:${SERVICE_NAME})(?![\p{L}])|(?<![\p{L}])(?:${SERVICE_NAME})(?:-?(?:adresse|address|account|konto|postfach))?\s(?:de|di|da|do)\s(?:usted|lei|você|vous)(?![\p{L}])|(?:ご指定|ご登録|お客様|ご記載|そちら|あなた|貴方)の\s?(?:${SERVICE_NAME})(?:メール|アドレス)?|(?<![\p{L}])(?:${YOUR})\s(?:e-?mail|mail|correo|email|posta)\s(?:di|de|da|do|bei|chez|en|su|von)\s(?:${SERVICE})(?![\p{L}])`, 'gu');
/** Cheap pre-test: a service's name is in the text at all. */
const ANY_SERVICE = compactRegExp(`(?:${SERVICE})`, 'u');

const SENTENCE_REACH = 160;
/** A preposition of destination right before the mailbox. */
// (the Portuguese article after "para": "mando para o seu Gmail" - s30)
const DESTINATION_BEFORE = /(?<![\p{L}])(?:to|into|an|auf|à|sur|a|al|en|alla|sulla|sul|nella|nel|no|na|para|pra|pro|(?:para|pra) (?:o|a))\s$/u;
/** Amazon or a carrier as the sender, or the mailbox as an account or a folder to look in. */
const NOT_THE_SELLERS = /amazon|アマゾン|(?<![\p{L}])(?:account|konto|compte|cuenta|conta|spam|junk|folder|ordner|dossier|carpeta|pasta|cartella|courrier indésirable|indesiderat\p{L}*|unerwünscht\p{L}*|carrier|courier|dhl|ups|fedex|correios)(?![\p{L}])|迷惑メール|フォルダ/u;

export function buyerMailboxes(t: string): Span[] {
  if (!gatedTest(ANY_SERVICE, t)) return [];
  const out: Span[] = [];
  MAILBOX.lastIndex = 0;
  for (let m = MAILBOX.exec(t); m; m = MAILBOX.exec(t)) {
    const start = m.index;
    const end = start + m[0].length;
    // the sentence around it, bounded
    const before = t.slice(Math.max(0, start - SENTENCE_REACH), start);
    const head = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'), before.lastIndexOf('。')) + 1);
    const after = t.slice(end, end + SENTENCE_REACH);
    const stop = after.search(/[.!?\n。！？]/u);
    const tail = stop < 0 ? after : after.slice(0, stop);
    const sentence = head + m[0] + tail;
    // (Japanese puts the verb and its negation after the mailbox: "そちらのGmailへはお送りできません")
    const japanese = !/^[a-z]/u.test(m[0]);
    // (a "no problem" opener agrees: "No problem, I'll email it to your Gmail" - s30 wo1 en-010; contact-ask.ts NO_PROBLEM)
    if (!SEND.test(sentence) || REFUSED.test((head + m[0]).replace(NO_PROBLEM, ' ')) || (japanese && REFUSED.test(tail))) continue;
    // the mailbox as where the seller sends ("to your gmail", "an Ihre GMX-Adresse", "no seu Gmail",
    // "sulla sua email", "ご指定の…へ"), not one Amazon or a carrier writes to, nor an account or a folder
    // (そちら/あなた: "your" in a reply to the buyer - "後ほどそちらのGmailへお送りします"; s18 blind d)
    if (!DESTINATION_BEFORE.test(head) && !/^(?:ご指定|ご登録|お客様|ご記載|そちら|あなた|貴方)/u.test(m[0])) continue;
    // (an Amazon named as what the mail spares the buyer is no sender: "so you don't have to dig through the Amazon inbox" - s30
    // wo1 en-010; offsite-invite.ts BYPASSED_AMAZON)
    if (NOT_THE_SELLERS.test(sentence.replace(BYPASSED_AMAZON, ' '))) continue;
    out.push({ rule: 'offplatform', severity: 'block', start, end, entry: 'offplatform:buyer-mailbox' });
  }
  return out;
}

// ---- the buyer's side (check.ts reads these for a reply that accepts the buyer's channel; s17 blind d) ----

/** The buyer asks to get something by a channel of their own: the channel as the means ("per Mail", "by e-mail", "par
 *  mail", "por correo", "via WhatsApp", "メールで") or the buyer's own mailbox or number as where it goes ("an meine
 *  Gmail", "to my email", "sur mon Gmail", "a mi correo", "sulla mia email", "no meu e-mail"), in a request (a
 *  question, please, "können Sie", ください, もらえますか). The phrase lists know "email me" and "my number is"; this
 *  reads "can you send the manual to my Gmail?" and "詳しい説明をメールでもらえますか？" (s17 blind d de-044, ja-030).
 *  Only channel words: "to my address" is where the parcel goes ("Sure, we'll add the flat number" accepts nothing). */
// (s17 review: "Can I control the lamp by phone?", "per Handy steuern", "電話で操作できますか" name the phone as what controls
// the product - a channel counts only as the way something is sent to the buyer, or as the buyer's own mailbox)
const MAILBOX_CHANNEL = String.raw`e-?mail|mail|gmail|googlemail|hotmail|yahoo|gmx|web\.de|outlook|courriel|correo(?: electr[óo]nico)?|posta(?: elettronica)?`;
const CHANNEL = String.raw`${MAILBOX_CHANNEL}|sms|${MESSENGER_APPS}|telefon|phone|t[ée]l[ée]phone|tel[ée]fono|telefone|telefono|celular|handy`;
const MY = String.raw`(?:an|auf|to|into|sur|à|a|al|alla|sulla|sul|nella|no|na|pro|para o|para a|pra)\s(?:meine?[nm]?|my|mon|ma|mi|mia|mio|meu|minha|o meu|a minha|la mia|il mio)\s(?:[\p{L}-]{1,12}\s){0,2}?`;
/** The buyer's own mailbox as where it goes ("an meine Gmail", "to my email", "sur mon Gmail", "no meu e-mail"). */
const BUYER_MAILBOX = compactRegExp(String.raw`(?<![\p{L}])${MY}(?:${MAILBOX_CHANNEL})(?:-?(?:adresse|postfach|konto|account))?(?![\p{L}])|(?:私の|こちらの)(?:メール|アドレス)`, 'iu');
/** Any channel as the means or the buyer's number as the place ("per Mail", "by phone", "to my phone", "メールで"):
 *  only with a verb of sending or getting it, below. */
const BUYER_CHANNEL = compactRegExp(
  String.raw`(?<![\p{L}])(?:(?:per|by|via|par|por|tramite|pelo|pela|over|über)\s(?:${CHANNEL})|${MY}(?:${CHANNEL})(?:-?(?:adresse|postfach|konto|account|nummer))?)(?![\p{L}])|(?:メール|電話|ライン|line)(?:で|にて|に)|(?:私の|こちらの)(?:メール|アドレス|電話)`,
  'iu',
);
/** A verb of sending it to the buyer, getting it, or answering ("send", "schicken", "envoyer", "mandar", "inviare",
 *  "enviar", "receive", "recevoir", 送る, もらえ, ご連絡) - not "control", "steuern", "pair", 操作. */
// (not the channel's own noun as a verb - "email", "mail", "text" - which any "by e-mail" would satisfy)
const SEND_TO_BUYER = compact(/(?<![\p{L}])(?:send|sent|forward|reply|answer|respond|contact|reach|call me|schick\p{L}*|send\p{L}*|zusend\p{L}*|zuschick\p{L}*|zukommen|antwort\p{L}*|kontaktier\p{L}*|erreichen|envoy\p{L}*|envoi\p{L}*|enverr\p{L}*|transmett\p{L}*|répond\p{L}*|contacter|joindre|m'appeler|mand(?!os?(?![\p{L}]))\p{L}*|envi\p{L}*|env[íi]\p{L}*|respond\p{L}*|contactar\p{L}*|llam(?:arme|eme|ame|enme)|pas(?:arme|eme|ame)|invi\p{L}*|rispond\p{L}*|contattar\p{L}*|chiamarmi|mi chiami|gir\p{L}*|inoltr\p{L}*|encaminh\p{L}*|me ligar|ligar para mim)(?![\p{L}])|送|もらえ|もらい|いただけ|頂け|[をで](?:ください|下さい)|連絡|返信|届け/u);
/** Telling the buyer is sending too: "let me know by email when it ships", "per Mail Bescheid geben", "me prévenir par
 *  mail", "avíseme por correo", "mi avvisi per email", "me avise por e-mail", "メールで教えて" (s17 review 2). */
const INFORM = compact(/(?<![\p{L}])(?:let me know|tell me|inform me|notify me|keep me (?:posted|updated)|update me|bescheid|mitteilen|mitzuteilen|informieren|benachrichtigen|pr[ée]venir|pr[ée]venez|m'informer|me dire|dites-moi|avis(?:arme|eme|ame|enme)|av[íi]s(?:eme|ame|enme)|me avise|decirme|d[íi]game|informarme|inf[óo]rmeme|avvisarmi|mi avvis\p{L}*|dirmi|mi dica|informarmi|mi inform\p{L}*|me avisar|me informar|me diga)(?![\p{L}])|教え/u);
/** Getting or receiving something by a channel, or being told: the buyer's ask only when the sentence is no question
 *  about the product - "Can I receive alerts by phone?", "Bekomme ich Benachrichtigungen aufs Handy?", "let me know if I
 *  can control it by phone" ask what the product does (s17 review 2). */
const GET = /(?<![\p{L}])(?:get|receive|bekomm\p{L}*|erhalt\p{L}*|recevoir|recibir|ricever\p{L}*|receb\p{L}*)(?![\p{L}])/u;
const FEATURE = compact(/(?<![\p{L}])(?:control\p{L}*|operat\p{L}*|steuer\p{L}*|bedien\p{L}*|contr[ôo]l\p{L}*|pilot\p{L}*|controlar|controllar\p{L}*|alerts?|notifications?|push|app|apps|benachrichtigung\p{L}*|meldung\p{L}*|alertes?|notifica\p{L}*|alertas?|avisos?|aplicaci[óo]n|applicazione|aplicativo)(?![\p{L}])|通知|アプリ/u);
const asksToBeSent = (s: string): boolean => SEND_TO_BUYER.test(s) || ((GET.test(s) || INFORM.test(s)) && !FEATURE.test(s));
const BUYER_REQUEST = /[?？]|(?<![\p{L}])(?:please|pls|could you|can you|would you|bitte|können sie|könnten sie|kannst du|pouvez|pourriez|merci de|por favor|puede|podr[íi]a|pueden|per favore|può|potrebbe|potete|pode|poderia|por gentileza)(?![\p{L}])|ください|下さい|もらえ|いただけ|頂け|ますか|でしょうか/u;
/** Not a complaint about a mail that did not come or one from Amazon ("I never got the confirmation e-mail", "keine
 *  Rechnung per E-Mail bekommen"): that is about Amazon's mail, not a channel offered to the seller. */
const NOT_PROPOSED = /amazon|アマゾン|(?<![\p{L}])(?:not|never|no|didn't|haven't|kein\p{L}{0,2}|nicht|nie|pas|jamais|nunca|non|mai|não|nem|received|got|bekommen|erhalten|reçu|recibid[oa]|recib[íi]|ricevut[oa]|recebi|recebid[oa])(?![\p{L}])|届いて|届き|届か|受け取っ/u;
/** An imperative of sending to the buyer opening the sentence is a request too, no please or question mark written: "Schicken Sie
 *  mir die Anleitung doch einfach an meine private Mail", "send me the manual to my gmail", "envoyez-moi la notice sur mon mail",
 *  "mándeme el manual a mi correo", "me manda no meu e-mail". */
// why: s23 blind c de-005 - the buyer's Sie-imperative named no request, so "Gerne, ... an Ihre private Adresse" accepted nothing
const BUYER_IMPERATIVE = compact(/^\s*(?:[\p{L}]{1,12}(?:\s[\p{L}]{1,12}){0,2},\s*)?(?:(?:schicken|senden|mailen) sie mir|schick mir|send me|(?:just |please )?(?:send|e-?mail|forward) (?:it|them|the \p{L}{2,14}) to me|envoyez-moi|envoie-moi|m[áa]nd(?:ame|eme)|env[íi](?:ame|eme)|mandami|inviami|mi (?:mandi|invii)|me (?:manda|mande|envia|envie))(?![\p{L}])/u);
export function buyerAsksByChannel(buyer: string): boolean {
  for (const s of buyer.split(/(?<=[.!?。！？\n])/u)) {
    if ((BUYER_MAILBOX.test(s) || (BUYER_CHANNEL.test(s) && asksToBeSent(s))) && (BUYER_REQUEST.test(s) || BUYER_IMPERATIVE.test(s)) && !NOT_PROPOSED.test(s)) return true;
  }
  return false;
}

/** The reply keeps the thing here: in this message or thread ("die Anleitung hängt an dieser Nachricht", "I've attached it
 *  right here in this thread", "こちらのメッセージに添付いたしました"), or attached with no mail channel named in the reply
 *  ("la notice est en pièce jointe", "se la inviamo in allegato", "segue em anexo"). A "sure" before it accepts the
 *  request, not the channel. An attachment in a mail ("I'll e-mail it as an attachment") keeps nothing here. */
// why: s17 - the near-miss of a buyer's "per Mail, bitte" answered with the file attached in the thread
// (not a bare "here", "aquí", "qui": "here you go, I'll e-mail it tonight" keeps nothing here)
// (Amazon's messages named in German, "die Anleitung hänge ich hier in den Amazon-Nachrichten als PDF an": the "Gerne" accepts the
// request, not the private mail - s23 review #10, as en/es already read "here in the Amazon messages")
// (and the German separable "ich hänge Ihnen die Anleitung direkt hier an": attached here, in this thread - s37 gc37; bounded, no stop between)
// (a verb of writing back with "here" - "le scrivo qui domattina", "te escribo aquí", "I'll reply here" - keeps the answer in
// this thread: the short "Perfetto," / "Listo," openers then accept nothing; a bare "here" is not enough: "here is the link")
const HERE = compact(/(?<![\p{L}])(?:(?:write|reply|answer|scriv\p{L}{0,4}|rispond\p{L}{0,4}|escrib\p{L}{0,4}|respond\p{L}{0,4}|écri\p{L}{0,4}|répond\p{L}{0,4}|escrev\p{L}{0,4}|schreib\p{L}{0,4}|antwort\p{L}{0,4}) (?:(?:to )?(?:you|ihnen|dir|vous|te|le|ti|lhe|lo) )?(?:here|qui|aquí|aqui|ici|hier)|in this (?:thread|message|chat|conversation)|häng(?:e|en)? [^.!?\n]{0,60}?(?<![\p{L}])hier (?:mit )?an|(?:an|in|mit) (?:dieser|diese[rm]?) nachricht|hier im (?:chat|postfach|nachrichtenverlauf)|(?:hier )?(?:in|über) (?:den |die |das )?amazon-?(?:nachrichten|postfach|nachrichtensystem|chat)|hier in den nachrichten|(?:à|dans) ce message|en este (?:mensaje|chat)|in questo messaggio|nesta (?:mensagem|conversa))(?![\p{L}])|こちらのメッセージ|このメッセージ/u);
const ATTACHED = /(?<![\p{L}])(?:attached|angehängt|im anhang|pièce jointe|ci-joint\p{L}?|adjunt[oa]s?|in allegato|allegat[oa]|em anexo|anexad[oa]|anexo)(?![\p{L}])|添付/u;
// (the messengers as whole words, and not the two that are everyday words: it reads a bare word anywhere in the reply - "das
// Signal-LED blinkt", "the messenger bag's manual is attached" name no channel)
const MAIL_NAMED = compactRegExp(String.raw`mail|courriel|correo|posta elettronica|(?<![\p{L}])(?:${messengerAppsExcept('signal', 'messenger')})(?![\p{L}])|メール`, 'u');
/** ... not an attachment promised for later: a future send or a later time with a verb of sending in the attachment's
 *  own clause ("se lo envío como adjunto esta noche", "gliela invio in allegato entro stasera", "I'll send it as an
 *  attachment") sends it somewhere else (s17 review). Not a time word in another clause or sentence: "die Anleitung
 *  finden Sie im Anhang. Sie werden sehen ...", "la factura adjunta, luego me cuenta ..." (s17 review 2) - so no bare
 *  "werden", "dopo", "luego", "depois" (they also say "you will", "afterwards"). */
const LATER = compact(/(?<![\p{L}])(?:i'll|we'll|i will|we will|(?:going|gonna) to|later|tonight|tomorrow|this (?:evening|afternoon)|werde|wir werden|werden wir|heute abend|morgen|später|nachher|enverr\p{L}*|vais|allons|ce soir|demain|plus tard|enviar[ée]\p{L}*|mandar[ée]\p{L}*|voy a|vamos a|esta (?:noche|tarde)|mañana|más tarde|invier\p{L}*|mander\p{L}*|stasera|domani|più tardi|enviarei|enviaremos|mandarei|mandaremos|vou|vamos|hoje à noite|amanhã|mais tarde)(?![\p{L}])|後ほど|のちほど|今夜|明日|後で/u);
/** A verb of sending the thing out (not of writing: "escríbanos si necesita algo" sends nothing). */
const SEND_OUT = compact(/(?<![\p{L}])(?:send|sending|sent|forward|schick\p{L}*|send\p{L}*|zusend\p{L}*|envo\p{L}*|enverr\p{L}*|envi\p{L}*|env[íi]\p{L}*|mand\p{L}*|invi\p{L}*|gir(?:o|a|er\p{L}*|iamo)|inoltr\p{L}*|encaminh\p{L}*)(?![\p{L}])|お送り|送信|送ら|送り|転送/u);
/** A clause of the reply: to a comma or a stop either side. */
const CLAUSE = /[^,;.!?\n。！？]+/gu;
const attachedNow = (reply: string): boolean =>
  (reply.match(CLAUSE) ?? []).some((c) => ATTACHED.test(c) && !(LATER.test(c) && SEND_OUT.test(c)));
/** ... or Amazon's own page for it named: "Sure, the invoice is under Your Orders > Request invoice" sends the buyer to
 *  Amazon, not the thing to the buyer's mailbox (s17 review). Only when the reply sends nothing: "Sure, I'll send it to
 *  you right away. You can follow the parcel under Your Orders" accepts the send, the page is another matter (s17
 *  review 2). */
const AMAZON_PAGE = compact(/(?<![\p{L}])(?:your orders|your account|meine bestellungen|mein konto|vos commandes|votre compte|mis pedidos|su cuenta|i miei ordini|il mio account|seus pedidos|minha conta|sua conta)(?![\p{L}])|注文履歴|購入履歴|アカウントサービス/u);
export const keptHere = (reply: string): boolean =>
  HERE.test(reply) || ((attachedNow(reply) || (AMAZON_PAGE.test(reply) && !SEND_OUT.test(reply))) && !MAIL_NAMED.test(reply));
