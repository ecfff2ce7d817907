// The seller's own channels offered by structure, not by a phrase (s28 off kinds; policy.md: off-Amazon communication invites,
// personal data requests; README conventions: offplatform marks an invitation to contact outside Amazon, asking for the buyer's own
// contact details is offplatform + personal_data). Each reader asks who acts (the seller or its staff, not the carrier, Amazon or
// the maker), what is offered or asked, and which channel, per sentence in the seven languages:
// - a call or a text tied to a number the seller's side calls from or is reached at (`sellerPhoneAct`, read in check.ts on each
//   phone finding): "He will text you from 07700 …" after "Our engineer will be in your area", "Er meldet sich von der 0151 …",
//   "Il vous appellera la veille depuis le 01 …", "le llamará desde el 611 …", "la chiamerà il nostro tecnico dallo 02 …",
//   "Envoyez un SMS à notre technicien au 06 …";
// - a video call proposed (`videoCalls`): "Am schnellsten klären wir das per Videocall", "Podemos fazer uma chamada de vídeo pelo
//   Google Meet?", "happy to set up a quick Zoom", "Facciamo una videochiamata su Meet";
// - an app or a QR code that leads to a chat with the seller (`appChats`): "laden Sie sich die App … herunter. Dort gibt es einen
//   Chat, in dem unser Support antwortet", "Descargue nuestra aplicación para hablar con nosotros por chat";
// - the buyer's handle on a network asked (`handleAsks`): "What name are you on Facebook? I'll add you", "C'est quoi votre pseudo
//   Telegram ?", "¿Nos dices tu usuario de Instagram?" (offplatform + personal_data).
// Not: a refusal ("we can't do video calls", "non possiamo telefonare"), the carrier's or Amazon's call, a device feature ("supports
// Zoom calls"), an app for the device's settings, the buyer's own question.
import type { Span } from './span';
import { sentenceSpans } from './sentence';
import { compact, compactRegExp } from './compact-letters';

/** A refusal or a rule in the sentence: the channel is declined, not offered. */
// examples: "we can't do video calls", "Por las normas de Amazon no podemos hacer videollamadas", "non possiamo telefonare",
// "LINEでのやり取りはいたしかねます"; near-miss: "if you can't make it at 10, we can do a video call at 5" (a condition, the offer
// after it - read per clause below)
const REFUSED = compact(/(?<![\p{L}])(?:can't|cannot|can not|not able|unable|not allowed|(?:isn't|is not|not) (?:possible|something we (?:can |do|offer))|nicht möglich|impossible|imposible|impossibile|impossível|aren't allowed|don't (?:do|offer|use)|do not (?:do|offer|use)|never|dürfen (?:wir )?(?:\p{L}{1,12} ){0,3}(?:nicht|keine)|können (?:wir )?(?:\p{L}{1,12} ){0,3}(?:nicht|keine)|leider (?:nicht|keine)|ne (?:pouvons|peut|pouvez|faisons|proposons) pas|on ne (?:peut|fait) pas|pas (?:possible|autorisé)|no (?:podemos|hacemos|ofrecemos|está permitido|es posible)|non (?:possiamo|facciamo|offriamo|è possibile|è consentito)|não (?:podemos|fazemos|oferecemos|é possível|é permitido)|(?:nicht|pas|no|non|não) (?:erlaubt|permitid[oa]s?|consentit[oi]))(?![\p{L}])|できません|いたしかねます|致しかねます|できかねます|控えて|ご遠慮/u);

// --- a call or a text from or to the seller's number ---------------------------------------------
/** A call or a text, any tense: "will call you", "text", "ruft … an", "meldet sich", "appellera", "SMS", "llamará", "chiamerà",
 *  "liga", "電話". */
const CALL_ACT = compact(/(?<![\p{L}])(?:call\p{L}{0,3}|ring\p{L}{0,3}|phone\p{L}{0,2}|text\p{L}{0,3}|sms|whats ?app|ruf\p{L}{0,3}|anruf\p{L}{0,2}|anrufen|meldet sich|melden (?:uns|sich)|telefoni\p{L}{1,6}|appel\p{L}{1,6}|t[ée]l[ée]phon\p{L}{1,6}|textez?|llam\p{L}{1,6}|chiam\p{L}{1,6}|telefon\p{L}{1,6}|lig\p{L}{1,5}|mensag\p{L}{1,3}|messag\p{L}{1,4}|mensaje\p{L}{0,2}|contact\p{L}{0,6}|kontaktier\p{L}{0,3}|contatt\p{L}{1,6}|contat\p{L}{1,5}|escrib\p{L}{1,5}|scriv\p{L}{1,5}|schreib\p{L}{0,3})(?![\p{L}])|電話|ショートメール|ショートメッセージ|SMS/u);
/** The seller's side as the one who acts: our staff, "we", or a pronoun standing for our staff named in the sentence before. */
const SELLER_SIDE = compact(/(?<![\p{L}])(?:(?:our|unser\p{L}{0,2}|notre|nos|nuestr[oa]s?|(?:il |la )?nostr[oa]|(?:o |a )?noss[oa]s?|my|mein\p{L}{0,2}|mon|ma|mi|il mio|o meu)\s(?:\p{L}{1,12}\s)?(?:technicians?|techs?|engineers?|installers?|fitters?|repair ?(?:guy|man|team)|team|support|office|workshop|staff|colleagues?|techniker\p{L}{0,2}|monteur\p{L}{0,2}|werkstatt|kundendienst|service\p{L}{0,4}|büro|kolleg\p{L}{1,3}|technicien\p{L}{0,3}|installat\p{L}{2,6}|[ée]quipe|atelier|sav|bureau|t[ée]cnic[oa]s?|montador\p{L}{0,3}|instalador\p{L}{0,3}|equipo|taller|oficina|soporte|tecnic[oaie]|tecnich[ei]|montat\p{L}{3,4}|ufficio|assistenza|laboratorio|equipe|suporte|atendimento)|we|we'll|wir|nous|on|nosotros|noi|nós|a gente)(?![\p{L}])|弊社|当社|当店|担当|スタッフ|技術/u);
/** A pronoun opening the sentence: he, she, they, er, sie, il, elle, él, ella, lui, lei, ele, ela (its referent is the sentence before). */
const PRONOUN_OPENING = /^[\s"'“„«(-]{0,3}(?:(?:then|dann|puis|luego|poi|depois|antes|before that|la veille|am vortag)[\s,]{1,3})?(?:he|she|they|er|il|elle|ils|él|ella|lui|lei|ele|ela|sie(?= (?:ruft|meldet|schreibt|schickt|wird|kommt|simst)(?![\p{L}])))(?![\p{L}])/u;
/** The number as where the call comes from: "from", "von der", "depuis le", "desde el", "dallo", "do", "から". */
const FROM_BEFORE = /(?<![\p{L}])(?:from|von(?: der| dem)?|vom|depuis(?: le| l')?|desde(?: el)?|dal(?:lo|la)?|dall'|do|da|del)(?:\s{1,3}(?:the |our |unserer |notre |nuestro |nostro |nosso )?(?:number|nummer|num[ée]ro|n[úu]mero|numero|line|leitung))?\s{0,3}[:(]?\s{0,2}$/u;
const FROM_AFTER = /^\s{0,3}[)）]?\s{0,2}(?:から|より)/u;
/** A carrier, Amazon or the maker acting: their call is delivery or their own line. */
const NOT_SELLERS = compact(/(?<![\p{L}])(?:courier|carrier|driver|delivery (?:company|service|driver)|depot|ups|dhl|dpd|gls|fedex|hermes|evri|royal mail|spedition|paketdienst|zusteller|fahrer|kurier|transporteur|livreur|chronopost|colissimo|transportista|agencia|repartidor|mensajero|correos|seur|mrw|corriere|brt|sda|corrieri|transportadora|entregador|correios|amazon|manufacturer|hersteller|fabricant|fabricante|produttore)(?![\p{L}])|配送業者|宅配|ドライバー|ヤマト|佐川|日本郵便|メーカー|アマゾン/u);

/** An answer or reach verb and its preposition right before the number: "risponde allo", "answers on", "atiende en el", "répond au",
 *  "ist unter", "atende no". */
const ANSWERS_AT = /(?<![\p{L}])(?:answers?|is reachable|can be reached|risponde|rispondono|è raggiungibile|atiende|atienden|répond|répondent|est joignable|antwortet|ist (?:\p{L}{1,12} )?erreichbar|atende|atendem)(?:\s\p{L}{1,12}){0,3}?\s(?:on|at|al|allo|alla|all'|au|unter|en el|en|no|pelo|na)\s{1,3}$/u;
/** Is the phone number at sentence-relative [at, end) one the seller's side calls or texts from, or is reached at by its staff?
 *  `sentence` is the number's sentence, `before` the sentence before (for "He will text you from …" after "Our engineer …"). */
// examples: "Our engineer will be there Thursday. He will text you from 07700 900318", "Er meldet sich von der 0151 5550 2234",
// "Il vous appellera la veille depuis le 01 55 50 44 21", "antes le llamará desde el 611 555 092", "la chiamerà il nostro tecnico
// dallo 02 5550 3391", "Envoyez un SMS à notre technicien au 06.55.50.12.34"; near-misses: "The courier will call you from 0161 …"
// (the carrier), "Amazon may call you from 0800 …", "we can't call you on 0176 …" (a refusal), "the part number is 0176-445-5567"
// (no call)
export function sellerPhoneAct(sentence: string, at: number, end: number, before: string): boolean {
  // (the number's own clause first: a refusal or a carrier in another clause is no guard of it - "Ce n'est pas Amazon qui vous appellera :
  // notre technicien vous appellera depuis le 01 ...", "We can't fit it ourselves, but our technician will call you from 0161 ...")
  const clause = clauseAround(sentence, at, end);
  if (clause.length < sentence.length && CALL_ACT.test(clause) && SELLER_SIDE.test(clause) && !REFUSED.test(clause) && !NOT_SELLERS.test(clause)) return true;
  // (s32 mrec32b: our staff who answer or are reached at the number - "Il nostro tecnico risponde allo zero due, ...", "our
  // engineer answers on 0161 ...", "unser Techniker ist erreichbar unter ..." - the answer verb right before it)
  if (ANSWERS_AT.test(sentence.slice(Math.max(0, at - 40), at)) && SELLER_SIDE.test(sentence) && !REFUSED.test(sentence) && !NOT_SELLERS.test(sentence)) return true;
  if (!CALL_ACT.test(sentence) || REFUSED.test(sentence) || NOT_SELLERS.test(sentence)) return false;
  if (SELLER_SIDE.test(sentence)) return true;
  // (a pronoun for our staff named in the sentence before, with the number as where the call comes from)
  const from = FROM_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) || FROM_AFTER.test(sentence.slice(end, end + 6));
  return from && PRONOUN_OPENING.test(sentence) && SELLER_SIDE.test(before) && !NOT_SELLERS.test(before);
}

/** A call or a text refused by the seller in a clause of `head` (the reply before an accept word): "Telefonieren dürfen wir leider
 *  nicht, aber ... gern hier", "we can't phone customers - happy to ...", "お電話での対応はできかねますが". The accept word after it
 *  answers the help kept here, not the buyer's channel. */
// why: s28 go2 de-023 - "gern" after a refused call read as accepting the buyer's "call me"
export function callRefusedIn(head: string): boolean {
  return head.split(CLAUSE_BREAK).some((clause) => CALL_ACT.test(clause) && REFUSED.test(clause) && !/(?<![\p{L}])(?:if|wenn|falls|si|se)(?![\p{L}])/u.test(clause));
}

/** A clause break: a colon, a semicolon, a dash between blanks, or a contrast word (a comma alone is none: "..., he will call you from"). */
const CLAUSE_BREAK = /[;:]|\s[-\u2013\x96\u2014\x97]\s|(?<![\p{L}])(?:but|aber|sondern|jedoch|mais|pero|sino|ma|però|mas|porém)(?![\p{L}])/gu;
/** The clause of sentence[at, end): from the last clause break before it to the first after it. */
function clauseAround(sentence: string, at: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

// --- a video call proposed -------------------------------------------------------------------------
/** A video call by name or by service: "video call", "Videocall", "visio", "videollamada", "videochiamata", "chamada de vídeo",
 *  "ビデオ通話"; Zoom, FaceTime, Skype, Google Meet; "Meet" and "Teams" only after a preposition or before a call or meeting word
 *  (they are common words: "meet the deadline", "our teams"). */
const VIDEO = compact(/(?<![\p{L}])(?:video[ -]?(?:call\p{L}{0,3}|chat|anruf|telefonat|gespräch|konferenz|meeting)|videocall|visio(?:conf[ée]rence)?|appel vid[ée]o|vid[ée]o[ -]?conf[ée]rence|videollamada|llamada de v[íi]deo|videoconferencia|videochiamat\p{L}|chiamata video|videochamada|chamada de v[íi]deo|zoom(?=[ -](?:call|meeting|link|termin|session|or|oder|ou|o)(?![\p{L}]))|(?:on|via|over|by|per|über|sur|par|por|en|su|tramite|pelo|pela|no|a|quick|short|kurzen?) zoom|facetime|skype|google meet|(?:on|via|per|über|sur|par|por|su|pelo|no) (?:meet|teams)|teams-?(?:termin|call|meeting|link|einladung)|(?:meet|teams)[ -](?:call|link|meeting))(?![\p{L}])|ビデオ通話|テレビ電話|ビデオチャット|オンライン通話|zoomで|zoomか|zoom(?:や|、)/u);
/** The seller proposing it: a question, a modal offer, "let's", a first-person plural, a schedule asked or sent. */
const PROPOSED = compact(/\?|？|(?<![\p{L}])(?:can|could|shall|let's|let us|happy to|would you|up for|set up|schedule|arrange|hop on|do a|have a|quick|short|klären wir|können wir|könnten wir|machen wir|wir können|wir könnten|gerne?|schlage|hätten sie|schicke ihnen|kurz\p{L}{0,2}|on peut|nous pouvons|pourrions|proposons|propose|permettrait|organiser|faire une|petite|podemos|podríamos|propongo|hacemos|hagamos|facciamo|possiamo|potremmo|fare una|poderíamos|vamos|fazer uma|rápida)(?![\p{L}])|いただけ|しませんか|いかが|いたしましょう|させていただ|お時間/u);
/** A device feature, not a channel: "the camera supports Zoom calls", "compatible avec Teams". */
const FEATURE = compact(/(?<![\p{L}])(?:supports?|compatible|works with|funktioniert mit|unterstützt|kompatibel|compatibles?|fonctionne avec|compatibil[ei]|funziona con|compatível|compatíveis|funciona con|funciona com|webcam|camera|kamera|caméra|cámara|fotocamera|câmera)(?![\p{L}])|対応|カメラ/u);

/** offplatform spans over sentences that propose a video call with the seller (normalized copy). */
// examples: "Am schnellsten klären wir das per Videocall - hätten Sie heute ab 17 Uhr Zeit?", "Podemos fazer uma chamada de vídeo pelo
// Google Meet amanhã às 10h?", "Happy to set up a quick Zoom so we can see the fault", "Facciamo una videochiamata su Meet";
// near-misses: "We can't do video calls, but a short video sent here helps" (refused), "The camera supports Zoom and Meet calls"
// (a feature), "Amazon doesn't allow video calls" (a rule)
export function videoCalls(t: string): Span[] {
  if (!VIDEO.test(t)) return [];
  const out: Span[] = [];
  for (const [a, b] of sentenceSpans(t, 600)) {
    const s = t.slice(a, b);
    const v = VIDEO.exec(s);
    if (!v || !PROPOSED.test(s)) continue;
    // (a refusal, a rule or a feature is read in the call's own clause when a contrast or a colon parts the sentence: "Wir können leider
    // nicht vorbeikommen, aber per Videocall können wir es uns ansehen" offers the call; "Video calls: we can't offer them" - the
    // clause of the call holds no verb, so the whole sentence is read)
    const own = clauseAround(s, v.index, v.index + v[0].length);
    const scope = /(?<![\p{L}])(?:can|could|shall|let's|können|könnten|machen|klären|peut|pouvons|faire|podemos|hacer|possiamo|fare|facciamo|vamos|fazer)(?![\p{L}])|いただけ|しませんか/u.test(own) ? own : s;
    if (REFUSED.test(scope) || FEATURE.test(scope) || /amazon/u.test(scope)) continue;
    out.push({ rule: 'offplatform', severity: 'block', start: a, end: b, entry: 'offplatform:video-call-offer' });
  }
  return out;
}

// --- an app or a QR code that opens a chat with the seller ------------------------------------------
/** Getting an app or scanning a code: "download our app", "laden Sie … herunter", "téléchargez", "descargue", "scarica", "baixe",
 *  "scan the QR code", "ダウンロード", "読み取". */
const APP_GET = compact(/(?<![\p{L}])(?:download\p{L}{0,3}|install\p{L}{0,4}|get our app|herunter\p{L}{0,6}|runter\p{L}{0,6}|installieren|scan\p{L}{0,3}|t[ée]l[ée]charge\p{L}{0,3}|installe[zr]?|scannez|descarg\p{L}{1,5}|instal[ae]\p{L}{0,2}|escane\p{L}{1,4}|scaric\p{L}{1,4}|installi|inquadr\p{L}{1,4}|baix\p{L}{1,4}|escaneie|leia o qr)(?![\p{L}])|ダウンロード|インストール|読み取|読み込/u);
const APP_OR_CODE = compact(/(?<![\p{L}])(?:apps?|appli(?:cation)?|aplicaci[óo]n|aplicativo|applicazione|qr(?:-?code)?|código qr|codice qr)(?![\p{L}])|アプリ|QRコード|qrコード/u);
/** A chat or a person of the seller's who answers there: "chat", "our techs answer", "unser Support antwortet", "discuter avec un
 *  conseiller", "hablar con nosotros", "la chat con l'assistenza", "fala com a gente", "担当者と直接やり取り". */
const CHAT_WITH_SELLER = compact(/(?<![\p{L}])(?:chat\p{L}{0,4}|message us|talk to us|talk with us|our (?:techs?|team|support|staff) (?:answer|reply|respond)\p{L}{0,2}|support (?:answers|replies)|(?:unser\p{L}{0,2} )?(?:support|team|service) (?:antwortet|hilft)|discuter|conseiller|parler (?:avec|à) (?:nous|un)|hablar con (?:nosotros|un)|escribirnos|parlare con (?:noi|un)|scriverci|assistenza|fal(?:e|ar) com (?:a gente|nós|um)|atendimento|suporte)(?![\p{L}])|チャット|やり取り|お問い合わせ|担当者/u);
/** The app for the device itself: pairing, Wi-Fi, settings, firmware, a manual. */
const DEVICE_APP = compact(/(?<![\p{L}])(?:pair\p{L}{0,3}|wi-?fi|wlan|bluetooth|settings?|einstellung\p{L}{0,2}|réglages?|paramètres|configuraci[óo]n|ajustes|impostazioni|configura[çc][ãa]o|firmware|manual|anleitung|notice|manuel|instrucciones|istruzioni|instruções|pdf)(?![\p{L}])|設定|説明書|ペアリング/u);

/** Here, in this chat: the answers stay on Amazon. */
const HERE_KEPT = /(?<![\p{L}])(?:here|hier|ici|aquí|aqui|qui(?!\s(?:r[ée]pond|vous|nous))|this (?:chat|thread|message))(?![\p{L}])|こちらのメッセージ|このメッセージ/u;
/** Here named as what the app's chat beats ("much better than here", "viel schneller als hier", "bien plus rapide qu'ici", "mucho
 *  mejor que aquí", "molto meglio che qui", "bem mais rápido do que aqui"): a comparison that sends the buyer away, not the answers
 *  kept here. Read out before HERE_KEPT. */
// why: s34 fix D, dev s28go2-it-010 - "dalla chat interna rispondiamo in pochi minuti, molto meglio che qui" read "qui" as kept here
const THAN_HERE = compact(/(?<![\p{L}])(?:better|faster|quicker|easier|simpler|besser|schneller|einfacher|mieux|plus (?:rapide|simple|facile)|mejor|m[áa]s (?:r[áa]pido|f[áa]cil|sencillo|c[óo]modo)|meglio|pi[ùu] (?:veloce|rapido|semplice|facile|comodo)|melhor|mais (?:r[áa]pido|f[áa]cil|simples|pr[áa]tico))(?:\s\p{L}+){0,2}?\s(?:than|als|qu['’]\s?|que|che|di|do que|rispetto a)\s?(?:here|hier|ici|aqu[íi]|ac[áa]|qui|aqui|on here|over here)(?![\p{L}])/gu);
/** offplatform spans over an app or a QR code offered as the way to chat with the seller (normalized copy): the get verb and the app
 *  or code in one sentence, the chat in it or the next. */
// examples: "Für schnelle Hilfe laden Sie sich bitte die App „HeizPilot“ herunter. Dort gibt es einen Chat, in dem unser Support
// antwortet", "Descargue nuestra aplicación para hablar con nosotros por chat", "Get our app and message us in it";
// near-misses: "Download the camera app to pair the device over Wi-Fi" (the device's app), "Der QR-Code führt zur Anleitung als PDF"
// (a manual), "We don't have an app; please write here" (a refusal)
export function appChats(t: string): Span[] {
  if (!APP_GET.test(t) || !APP_OR_CODE.test(t)) return [];
  const out: Span[] = [];
  const sentences = sentenceSpans(t, 600);
  sentences.forEach(([a, b], i) => {
    const s = t.slice(a, b).replace(THAN_HERE, ' ');
    if (!APP_GET.test(s) || !APP_OR_CODE.test(s) || REFUSED.test(s) || /amazon/u.test(s)) return;
    const next = sentences[i + 1] ? t.slice(sentences[i + 1]![0], sentences[i + 1]![1]).replace(THAN_HERE, ' ') : '';
    // (the answers kept here: "download the app for the manual; our team answers here" - HERE_KEPT)
    const chatHere = CHAT_WITH_SELLER.test(s) && !HERE_KEPT.test(s);
    const chatNext = !chatHere && CHAT_WITH_SELLER.test(next) && !REFUSED.test(next) && !/amazon/u.test(next) && !HERE_KEPT.test(next);
    if (!chatNext && HERE_KEPT.test(s)) return;
    if (!chatHere && !chatNext) return;
    if (DEVICE_APP.test(chatHere ? s : `${s} ${next}`)) return;
    out.push({ rule: 'offplatform', severity: 'block', start: a, end: chatNext ? sentences[i + 1]![1] : b, entry: 'offplatform:app-chat' });
  });
  return out;
}

// --- the buyer's handle on a network asked ---------------------------------------------------------
const NETWORK = String.raw`facebook|fb|instagram|insta|telegram|whats ?app|line|tiktok|twitter|discord|snapchat|signal|wechat|messenger`;
/** ... those that are no everyday word alone ("your line", "your signal" are a phone line and a Wi-Fi signal). */
const NETWORK_ALONE = String.raw`facebook|instagram|insta|telegram|whats ?app|tiktok|twitter|discord|snapchat|wechat`;
const POSSESSIVE = String.raw`your|votre|ton|tu|su|suo|seu|teu|ihr\p{L}{0,2}|dein\p{L}{0,2}|il suo|o seu|la sua|a sua`;
// (s33 r2x33: the handle written as its sign, "seu @ do Instagram", "tu @ de Insta", "your @ on Instagram")
const HANDLE_NOUN = String.raw`handle|user ?name|name|profile|account|id|pseudo|nom d'utilisateur|identifiant|compte|usuario|perfil|cuenta|nombre de usuario|nome utente|nickname|profilo|username|nome|usuário|arroba|benutzername|profil|konto|@`;
/** A handle noun with a network beside it, in either order (the network always named: "your name" alone is no handle): "your Instagram
 *  handle", "votre pseudo Telegram", "tu usuario de Instagram", "il suo nome utente Facebook", "seu Instagram", "LINEのID", "What name
 *  are you on Facebook". */
const HANDLE = compactRegExp(
  String.raw`(?<![\p{L}])(?:(?:${POSSESSIVE})\s(?:${NETWORK})[ -](?:${HANDLE_NOUN})|(?:${POSSESSIVE})\s(?:${HANDLE_NOUN})(?:\s(?:on|de|di|du|no|na|bei|auf|en|su|sur|in|da|do|em))?\s(?:${NETWORK})|(?:name|handle|username|user name)\s(?:are you|do you (?:go by|use)|you(?:'re| are| use)) on (?:${NETWORK})|(?:c[óo]mo (?:se llama|te llamas)|como (?:voc[êe] )?(?:se chama|te chamas)|come (?:si chiama|ti chiami)|comment (?:vous appelez-vous|tu t'appelles|t'appelles-tu)|wie hei(?:ß|ss)(?:en sie|t du))\s(?:en|no|na|su|in|sur|auf|bei|on)\s(?:${NETWORK_ALONE})|(?:your|votre|ton|tu|suo|seu|teu|ihr\p{L}{0,2}|dein\p{L}{0,2}|il suo|o seu)\s(?:${NETWORK_ALONE})(?! (?:group|gruppe|groupe|grupo|gruppo|channel|kanal|canal|canale)))(?![\p{L}])|(?:${NETWORK})の?(?:id|アカウント|ユーザー名)`,
  'u',
);
/** Asked: a question, a request or a hand-over verb ("tell", "let us have", "dices", "lascia", "passa", "教えて"). */
// (s33 r2x33: or the handle said to be needed, "precisamos da sua data de nascimento e do seu @ do Instagram", "we need your Instagram
// handle", "necesitamos tu usuario de Instagram", "wir benötigen Ihren Instagram-Namen" - the seller's need is the request)
const ASKED = compact(/\?|？|(?<![\p{L}])(?:we need|we'll need|we will need|precisamos|precisaremos|necesitamos|necesitaremos|abbiamo bisogno|avremo bisogno|nous avons besoin|nous aurons besoin|wir benötigen|wir brauchen|benötigen wir|brauchen wir|please|tell|let (?:us|me) (?:have|know)|send|share|give|bitte|nennen|teilen|schreiben sie|sagen sie|indiquez|donnez|envoyez|communiquez|dites|dices|dime|díganos|indique|p[áa]sanos|pásame|mándanos|nos (?:pasas|dices|das|envías|mandas)|lasci|mandi|indichi|dica|comunichi|passa|me passa|manda|informe|envie|diz)(?![\p{L}])|教え|お知らせ|ご連絡|ご返信/u);

/** The handle asked to talk there: the buyer added to a group or a channel, something sent privately, a message or a chat ("I'll add you",
 *  "je vous ajoute", "te agregamos", "la aggiungiamo", "te adiciono", "追加いたします", "te mandamos por privado", "so we can message you").
 *  Not a tag or a check ("so we can tag you", "verifichiamo che sia lei"). */
const TALK_THERE = compact(/(?<![\p{L}])(?:add\p{L}{0,3}|ajout\p{L}{0,5}|agreg\p{L}{1,6}|añad\p{L}{1,6}|aggiung\p{L}{1,6}|adicion\p{L}{1,6}|hinzu\p{L}{0,8}|füge\p{L}{0,2}|send you|message you|write to you|dm|privately|in privato|por privado|en privé|no privado|group\p{L}{0,1}|gruppe|groupe|grupo|gruppo|channel|kanal|canal|canale|chat\p{L}{0,3}|contact you|reach you|contattar\p{L}{0,3}|contactar\p{L}{0,3}|(?:te|le|vous|ti|lhe|ihnen) (?:mandamos|enviamos|escribimos|envoyons|écrivons|mandiamo|scriviamo|inviamo|schicken|schreiben))(?![\p{L}])|追加|グループ|チャット|トーク/u);
/** The buyer's date of birth named ("date of birth", "birthday", "Geburtsdatum", "date de naissance", "fecha de nacimiento", "data di nascita",
 *  "data de nascimento", "生年月日", "誕生日"). */
const BIRTH_DATE = compact(/(?<![\p{L}])(?:date of birth|birth ?date|birthday|geburtsdatum|geburtstag|date de naissance|fecha de nacimiento|cumpleaños|data di nascita|compleanno|data de nascimento)(?![\p{L}])|生年月日|誕生日/u);
/** personal_data (and offplatform when asked to talk there) spans over a question or request for the buyer's handle on a messaging or social network. */
// examples: "What name are you on Facebook? I'll add you this afternoon", "C'est quoi votre pseudo Telegram ? Je vous ajoute", "¿Nos dices
// tu usuario de Instagram?", "Ci lascia il suo nome utente Facebook così la aggiungiamo?", "LINEのIDを教えていただければ";
// near-misses: "We never ask for your Instagram or any other account" (refused), "Your Facebook group post was removed by Meta" (a
// group, no ask), "Is your Instagram the one that messaged us? We can only reply here" (a refusal in the sentence)
/** (s35) A handle noun that names no network, after a sentence asking about one ("¿Tienes Telegram? Pásame tu alias", "Are you on
 *  Discord? Send me your username"): the network is the one just named. */
// why: s35 - "tu alias" in the sentence after "¿Tienes Telegram?" was no handle (no network beside it)
// near-misses: "Pásame tu alias" with no network before; "Tienes Telegram? No hace falta tu usuario" (refused)
const LOOSE_HANDLE = compactRegExp(String.raw`(?<![\p{L}])(?:${POSSESSIVE})\s(?:alias|usuario|usu[áa]rio|nombre de usuario|nome utente|user ?name|handle|pseudo|benutzername|nutzername|nickname|nick)(?![\p{L}])`, 'u');
const NETWORK_BEFORE = compactRegExp(String.raw`(?<![\p{L}])(?:${NETWORK_ALONE})(?![\p{L}])`, 'u');
export function handleAsks(t: string): Span[] {
  if (!HANDLE.test(t) && !LOOSE_HANDLE.test(t)) return [];
  const out: Span[] = [];
  const sentences = sentenceSpans(t, 600);
  sentences.forEach(([a, b], i) => {
    const s = t.slice(a, b);
    const prev = i > 0 ? t.slice(sentences[i - 1]![0], sentences[i - 1]![1]) : '';
    const named = HANDLE.test(s) || (LOOSE_HANDLE.test(s) && NETWORK_BEFORE.test(prev) && !REFUSED.test(prev));
    if (!named || !ASKED.test(s) || REFUSED.test(s) || /amazon/u.test(s)) return;
    out.push({ rule: 'personal_data', severity: 'block', start: a, end: b, entry: 'personal_data:buyer-handle-asked' });
    // (offplatform only when the handle is asked to talk there: the buyer added to a group, sent something privately, messaged - the
    // dev rows label a handle asked to tag or to verify the buyer personal_data only: "tell us your Instagram handle so we can tag you")
    const next = sentences[i + 1] ? t.slice(sentences[i + 1]![0], sentences[i + 1]![1]) : '';
    // (s33 r2x33: or asked beside the buyer's date of birth - the person profiled, no order need: dev rows asking a handle with a birth
    // date are personal_data + offplatform, 5 of 5 (s24p-fr-022, s26p-es-005, s27p-es-022, s28go2-es-005, s33g6-pt-003); a handle alone to
    // tag or verify the buyer stays personal_data only)
    if (TALK_THERE.test(s) || TALK_THERE.test(next) || BIRTH_DATE.test(s)) out.push({ rule: 'offplatform', severity: 'block', start: a, end: b, entry: 'offplatform:buyer-handle-asked' });
  });
  return out;
}
