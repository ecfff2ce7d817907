// Web addresses (plain, www, bare domains, shorteners, obfuscated), Amazon links, e-mail
// addresses and social handles, on the normalized copy. Linear-time patterns only: every
// quantifier is bounded or over a class that cannot overlap what follows it.
import { CORE_TLDS, CORE_WORD_TLDS, FILE_LIKE_TLDS, IANA_TLDS, IDN_TLDS, INVITATION_RE, SPELLED_BLOCKED, WORD_TLDS, idnAsciiTlds } from '../entities/tld-data';
import { MAIL_PROVIDERS, SECOND_LEVEL, SHORTENERS, SPELLED_TLDS } from '../tlds';
import { entity, type EntityEntry, type EntitySpan } from '../entities/entry';
import { normalize } from '../normalize';
import { firstEndingAfter, type Span } from './span';
import { compact, compactRegExp } from './compact-letters';
import { messengerAppsExcept } from '../lexicon/shared';

const SECOND_LEVEL_SET = new Set(SECOND_LEVEL);
const SPELLED_SET = new Set(SPELLED_TLDS);
const PROVIDER_SET = new Set(MAIL_PROVIDERS);
const SHORTENER_SET = new Set(SHORTENERS);
/** Words that are never a domain label before a spelled-out "dot" ("the dot com era"). */
/** "dot" and "punkt" are unambiguous separators, so they also accept the short country TLDs that
 *  "point de vue" / "punto de venta" rule out for the Romance words. */
const SPELLED_EXTRA: [RegExp, Set<string>][] = [
  [/dot|punkt|ドット/, new Set(['de', 'at', 'ch', 'it', 'es', 'fr', 'be', 'nl', 'eu'])],
  [/punto/, new Set(['it'])], // "punto de venta" rules out .de/.es for punto
  [/point/, new Set(['be'])],
  [/ponto/, new Set(['br', 'pt'])],
];
// articles, contractions and demonstratives: "al punto it", "this point in" are no domain labels
const SPELLED_LABEL_STOP = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every', 'one', 'red', 'green', 'blue', 'on', 'at', 'in', 'to', 'of', 'le', 'la', 'el', 'il', 'lo', 'al', 'del', 'nel', 'dal', 'sul', 'der', 'die', 'das', 'dem', 'den', 'ce', 'cet', 'au', 'du', 'un', 'una', 'ein', 'este', 'ese', 'esse', 'questo', 'quel']);

const SEP_PLAIN = String.raw`\.`;
const SEP_SPACED = String.raw`[ \t]{1,3}\.[ \t]{1,3}`;
const SEP_BRACKET = String.raw`[ \t]{0,3}[\[({<][ \t]{0,3}(?:\.|dot|punkt|point|punto|ponto|ドット)[ \t]{0,3}[\])}>][ \t]{0,3}`;
const SEP_WORD = String.raw`[ \t]{1,3}(?:dot|punkt|point|punto|ponto)[ \t]{1,3}|[ \t]{0,3}ドット[ \t]{0,3}`;
/** A dot with a line break before or after it ("myshop.⏎com"): a wrapped or deliberately split address. */
const SEP_BREAK = String.raw`[ \t]{0,3}(?:\r?\n[ \t]{0,3}\.(?:[ \t]{0,3}\r?\n)?|\.[ \t]{0,3}\r?\n)[ \t]{0,3}`;
// SEP_BREAK before SEP_PLAIN: splitHost takes the first alternative that matches at a position
const SEP = `(?:${SEP_BREAK}|${SEP_PLAIN}|${SEP_BRACKET}|${SEP_WORD}|${SEP_SPACED})`;
const SEP_RE = compactRegExp(SEP, 'g');
const LEADING_SEP_RE = compactRegExp(`^${SEP}`, 'u');
const SCHEME = String.raw`(?:h[ \t]?t[ \t]?t[ \t]?p[ \t]?s?|hxxps?|ftp)[ \t]?:[ \t]?\/[ \t]?\/[ \t]?`;
const WWW = String.raw`w[ \t]?w[ \t]?w\d?`;
const TAIL = String.raw`(?::\d{1,5})?(?:[/?#][^\s<>"'\u3000-\u30ff\u4e00-\u9fff]{0,2048})?`;

const LABEL_CHARS = String.raw`[a-z0-9\u00df-\u00ff\-]{1,63}`;
/** A host label matched atomically: the lookahead grabs the whole label and the backreference
 *  consumes it, so a failing separator never makes the engine retry every shorter prefix (which
 *  made each word cost O(length²)). Group numbers are passed in because JS numbers them globally. */
const atomicLabel = (group: number) => `(?=(${LABEL_CHARS}))\\${group}`;

/** scheme URL | www host | bare host; the host's labels are verified in code. Groups: 1 scheme, 2 www, 3-6 labels.
 *  A host's port and path (TAIL) are read by TAIL_RE only once the host is accepted: matched here, a
 *  rejected host ("a.b/…") read up to 2,048 path characters on every retry. */
const LINK_RE = compactRegExp(
  String.raw`(?<![a-z0-9\u00df-\u00ff_@.\-])(?:(${SCHEME})[^\s<>"'\u3000-\u30ff\u4e00-\u9fff]{1,2048}|(${WWW})${SEP}${atomicLabel(3)}(?:${SEP}${atomicLabel(4)}){0,6}|${atomicLabel(5)}(?:${SEP}${atomicLabel(6)}){1,6})`,
  'g',
);
const TAIL_RE = compactRegExp(TAIL, 'y');

// (s25: a spaced "アット" between a Latin mailbox and a host is the sign as "アットマーク" is - "info アット shop ドット com";
// the hiragana spellings reach it through kanaSigns below)
// (s27 round 2: the Japanese lenticular brackets around the sign - "support【あっと】x.jp", "info〔アット〕x.co.jp")
const AT = String.raw`[ \t]?@[ \t]?|[ \t]{0,3}[【〔〈《][ \t]{0,3}(?:at|@|＠|アット|あっと|アットマーク|あっとまーく)[ \t]{0,3}[】〕〉》][ \t]{0,3}|[ \t]{0,3}[\[({<][ \t]{0,3}(?:at|@|ät|arroba|arobase|chiocciola|アット)[ \t]{0,3}[\])}>][ \t]{0,3}|[ \t]{1,3}(?:at|ät|arroba|arobase|chiocciola)[ \t]{1,3}|[ \t]{0,3}アットマーク[ \t]{0,3}|[ \t]{1,3}アット[ \t]{1,3}`;
/** Groups: 1 local part (taken atomically by lookahead + \\1), 2 the "at", 3 the domain (labels 4, 5 atomic). */
const EMAIL_RE = compactRegExp(
  String.raw`(?<![a-z0-9._%+\-])(?=([a-z0-9._%+\-]{1,64}))\1(${AT})(${atomicLabel(4)}(?:${SEP}${atomicLabel(5)}){1,5})`,
  'g',
);
/** A kana (or Latin) mailbox before "アットマーク", a kana label, "ドット" and a TLD sellers use. Group 1: the mailbox. */
const KANA_ADDRESS_RE = /(?:((?:[\p{Script=Katakana}ー]{1,20}|[a-z0-9._-]{1,30}))[ \t]{0,3}アットマーク[ \t]{0,3})?[\p{Script=Katakana}\p{Script=Hiragana}ー]{2,20}[ \t]{0,3}ドット[ \t]{0,3}(?:com|jp|net|co|org|shop|store|info|biz)(?![a-z])(?:[ \t]{0,3}ドット[ \t]{0,3}jp(?![a-z]))?/gu;
const HANDLE_RE = /(?<![a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff0-9_.@/-])@[a-z_][a-z0-9_.]{1,28}[a-z0-9_](?![a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff0-9@])/g;
/** A messenger's name, a colon and an id without "@": "responda no nosso LINE: lojasakura_br", "Telegram: velas_lunares",
 *  "WeChat ID: shop.2024". The id is handle-shaped (an underscore, a dot or a digit in it, five characters or more, a letter
 *  first), so "product line: basic" and "Line: v2.0" are no ids. */
// why: s24 blind b pt-014 - a LINE id after a colon, no "@" for HANDLE_RE to read
// (s24 review #11: the chat apps from MESSENGER_APPS, 'line' kept explicit; not the bare word "messenger" - "Messenger bag: canvas_2024")
const MESSENGER_ID_RE = compactRegExp(String.raw`(?<![\p{L}])(line|${messengerAppsExcept('messenger')}|weixin|kakao(?:talk)?|discord|insta(?:gram)?|tiktok)([ \t]{0,2}id)?[ \t]{0,2}[:：][ \t]{0,3}(?=[a-z][a-z0-9._]{4,29}(?![a-z0-9._]))(?=[a-z.]{0,29}[_.0-9])([a-z][a-z0-9._]{4,29})`, 'gu');
const MESSENGER_CUE = compactRegExp(`line|${messengerAppsExcept('messenger')}|weixin|kakao|discord|insta|tiktok`, 'u');
/** "line" and "signal" are everyday words before a colon ("Product line: eco.2024", "Production line: batch_2024_07", "Signal:
 *  weak_2g means ...": s24 review #4). They name the messenger only with "id" after them, a contact verb before them in the
 *  sentence ("responda no nosso LINE:", "add us on Signal:"), or - "line" - typed in capitals as the app is ("LINE: sakura_jp");
 *  never after a product or production word. */
const LINE_NOT_APP = /(?:product|production|produkt|produktions|produit|production|producto|producción|prodotto|produzione|produto|produção|assembly|fertigungs)[ \t-]{0,2}$/u;
const CONTACT_VERB_BEFORE = /(?<![\p{L}])(?:add|write|message|text|contact|reach|find|chat|ping|dm|talk|schreib\p{L}{0,3}|kontaktier\p{L}{0,3}|erreich\p{L}{0,3}|hinzufüg\p{L}{0,3}|écri\p{L}{0,5}|contact\p{L}{0,4}|ajout\p{L}{0,4}|joign\p{L}{0,4}|escr[ií]b\p{L}{0,5}|cont[aá]ct\p{L}{0,5}|agr[eé]g\p{L}{0,5}|habl\p{L}{0,5}|scriv\p{L}{0,5}|contatt\p{L}{0,5}|aggiung\p{L}{0,5}|sentirci|fale|escreva|respond\p{L}{0,4}|chame|chama|mande|adicion\p{L}{0,4})(?![\p{L}])[^.!?\n]{0,40}$/u;

/** Sentence punctuation a link does not end with. Trimmed by a scan from the end: a `[…]+$` regex
 *  retries from every character of a long run of these inside the link, O(length²). */
/** A domain typed letter by letter ("k a l m o r a . c o m", "s h o p dot d e"): a name of four or more
 *  single characters (one a letter), a dot or a dot word, and a TLD, spaced or not after a dot word (a plain
 *  ". " before an unspaced word may end a sentence: "Sizes S M L X. It fits"). Tried only where four spaced
 *  single characters stand in a row. */
// why: s13 - spaced letters are a documented way past a link filter (policy: obfuscated addresses)
const SPACED_CUE = /(?<![\p{L}\p{N}])[a-z0-9] [a-z0-9] [a-z0-9] [a-z0-9](?![\p{L}\p{N}])/u;
const SPACED_DOMAIN_RE = compact(/(?<![\p{L}\p{N}])((?:[a-z0-9] ){3,40}[a-z0-9])(?:[ \t]{0,3}\.[ \t]{0,3}((?:[a-z] ){1,9}[a-z])|[ \t]{1,3}(?:dot|punkt|point|punto|ponto)[ \t]{1,3}((?:[a-z] ){1,9}[a-z]|[a-z]{2,10}))(?![\p{L}\p{N}])/gu);

const TRAILING_PUNCT = new Set([...'.,;:!?\'")]}>']);
function trimTrailingPunct(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING_PUNCT.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** Country TLDs of the Amazon marketplaces: a real dot with blanks around it ("meinshop . de") is an
 *  address with these as much as with "com"; the Romance words "de", "es" are still kept apart by
 *  the sentence check in domainPrefix. */
const MARKETPLACE_TLDS = new Set(['de', 'fr', 'it', 'es', 'nl', 'be', 'at', 'ch', 'pl', 'se', 'ie', 'uk', 'us', 'ca', 'mx', 'br', 'jp', 'in', 'au', 'sg', 'tr', 'ae', 'sa', 'eg']);
/** TLDs that are also everyday words in en/de/fr/es/it, so a capitalised one glued to a full stop
 *  may start the next sentence ("today.It works", "gracias.De nada"). Other TLDs are addresses
 *  however they are capitalised ("MyShop.Com"). */
const CAPITAL_WORD_TLDS = new Set([
  'it', 'at', 'in', 'me', 'to', 'no', 'be', 'us', 'my', 'es', 'de', 'se', 'sa', 'li', 'ca', 'co', 'one', 'live', 'life',
  'top', 'link', 'page', 'art', 'design', 'market', 'sale', 'deals', 'name', 'pro', 'world', 'fun', 'club', 'web',
  'shop', 'store', 'online', 'site', 'website', 'email', 'app', 'blog', 'global', 'company', 'digital', 'tech', 'buzz',
]);

interface Host {
  labels: string[];
  /** How the labels were joined: 'plain' only for real dots. */
  seps: ('plain' | 'spaced' | 'bracket' | 'word' | 'break')[];
  /** The separator text as written (for spelled-out words). */
  words: string[];
  /** Offset (relative to the host start) where each label ends. */
  labelEnds: number[];
}

function classifySep(sep: string): Host['seps'][number] {
  if (sep === '.') return 'plain';
  if (/[[({<]/.test(sep)) return 'bracket';
  if (sep.includes('\n')) return 'break';
  if (sep.includes('.')) return 'spaced';
  return 'word';
}

function splitHost(host: string): Host {
  const labels: string[] = [];
  const seps: Host['seps'] = [];
  const words: string[] = [];
  const labelEnds: number[] = [];
  let last = 0;
  SEP_RE.lastIndex = 0;
  for (let m = SEP_RE.exec(host); m; m = SEP_RE.exec(host)) {
    labels.push(host.slice(last, m.index));
    labelEnds.push(m.index);
    seps.push(classifySep(m[0]));
    words.push(m[0]);
    last = m.index + m[0].length;
  }
  labels.push(host.slice(last));
  labelEnds.push(host.length);
  return { labels, seps, words, labelEnds };
}

/** Internationalised TLDs ("myshop.онлайн", "myshop.みんな") after ASCII labels. The TLD is compared in
 *  its normalized form (look-alike letters are folded to Latin: "онлайн" reads "ohлaйh") and must end
 *  at a non-letter. Runs only when a dot is followed by a non-ASCII character. */
// eslint-disable-next-line no-control-regex -- "not ASCII" is the point
const IDN_HINT = /\.[a-z]{0,30}[^\x00-\x7f]/;
const IDN_RE = /(?<![a-z0-9\u00df-\u00ff_@.-])((?:[a-z0-9][a-z0-9-]{0,62}\.){1,6})(?=([\p{L}\p{M}]{1,30}))\2(?![\p{L}\p{M}\p{N}])/gu;
let folded: Set<string> | undefined;
function idnFolded(): ReadonlySet<string> {
  folded ??= new Set(IDN_TLDS.map((tld) => normalize(tld).text));
  return folded;
}

function hasNonAscii(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** A mail word before "name at host": the "at" is then the address sign, not the preposition. */
const MAIL_WORD_BEFORE = /(?:mail|write|send|schreib|écri|escrib|scriv|escrev|contact|kontakt|contatt|contato)[^\n.!?]*$/u;
/** Words that are no mailbox when a blank or a spelled "at" separates them from the host: platform
 *  names before a social handle ("insta @casa.verde.br": Instagram names hold dots), pronouns and
 *  prepositions before the site ("follow us @shop.it", "contact us at shop dot com", "find us @ shop.co.uk"). */
const NOT_A_MAILBOX = new Set([
  'insta', 'instagram', 'ig', 'tiktok', 'tt', 'twitter', 'x', 'fb', 'facebook', 'threads', 'telegram', 'tg', 'youtube', 'yt',
  'pinterest', 'snap', 'snapchat', 'linkedin', 'kwai', 'discord', 'twitch', 'line', 'wechat', 'whatsapp', 'zap', 'wpp', 'picpay',
  'us', 'me', 'we', 'you', 'them', 'him', 'her', 'it', 'nos', 'noi', 'uns', 'mich', 'moi', 'nous', 'vous', 'te', 'ti', 'ci', 'lo', 'la',
  'on', 'at', 'in', 'en', 'em', 'no', 'na', 'su', 'sul', 'sur', 'auf', 'bei', 'unter', 'a', 'à', 'al', 'to', 'via', 'per', 'por', 'para',
  'follow', 'folge', 'folgt', 'siga', 'segue', 'seguici', 'suivez', 'síguenos', 'find', 'visit', 'also', 'too', 'handle', 'user', 'usuario', 'utente', 'pseudo',
  // (s32 prec32b: the name a handle goes by - "our service desk is on Insta as @fernwick.care", "auf Instagram als @x", "sur Insta comme
  // @x", "en Instagram como @x", "su Instagram come @x")
  'as', 'als', 'comme', 'como', 'come', 'called', 'named',
]);
/** Mailbox names a seller writes before a spelled lowercase "at" ("info at shop dot co dot uk"): with
 *  these the "at" is the address sign, not the preposition ("we do repairs at shop dot co dot uk"). */
const MAILBOX_WORDS = new Set([
  'info', 'infos', 'support', 'service', 'services', 'contact', 'kontakt', 'contato', 'contacto', 'contatto', 'sales', 'hello', 'hallo', 'hola', 'ciao', 'ola',
  'help', 'team', 'office', 'mail', 'email', 'admin', 'care', 'billing', 'kundenservice', 'kundendienst', 'servicio', 'ventas', 'vendas', 'assistenza',
  'atendimento', 'sav', 'noreply', 'customerservice', 'customercare', 'buero', 'büro', 'bureau', 'ufficio', 'oficina',
]);
/** A determiner before the word makes it a noun of the sentence ("the team at shop dot com"). */
const DETERMINER_BEFORE = /(?:^|[^a-z])(?:the|our|your|a|an|this|that|my)[ \t]{1,3}$/;
/** A determiner, maybe one modifier, then the word: a noun phrase of the sentence ("the form at", "the upload page at",
 *  "our contact form at"), so a lowercase "at" after it is the preposition even after a send verb. */
const NOUN_PHRASE_BEFORE = /(?:^|[^a-z])(?:the|our|your|a|an|this|that|my)[ \t]{1,3}(?:[a-z]+(?:-[a-z]+)?[ \t]{1,3})?$/;
/** A local part shaped like an address's ("j.smith", "anna_b", "shop24"), not a word of the sentence. */
const ADDRESS_SHAPED = /^(?=.*[a-z])(?:[a-z0-9]+[._+-])+[a-z0-9]+$|^(?=.*\d)[a-z]+\d+[a-z0-9]*$/;
/** "… desk at repairs at host": after a first preposition "at" (or "to", a colon) the word is the
 *  object, so the second "at" is the address sign. */
const OBJECT_SLOT_BEFORE = /(?:^|[^a-z])(?:at|to)[ \t]{1,3}$|:[ \t]{0,3}$/;
/** Dot look-alikes that normalisation turns into "." ("cel·la", "EN・DE"): a separator only before the
 *  established TLDs. */
const SOFT_DOTS = /^[·•∙‧⋅⸱・]$/u;

/** What the text around a host says, read only when a TLD needs more than "name.tld". */
interface HostContext {
  /** normalized text and the host's start in it */
  text: string;
  hostStart: number;
  /** a scheme or `www.` came before the host */
  strong: boolean;
  /** cached: an invitation word before the host */
  invited?: boolean;
}

/** Path, query or port right after the domain ("zeltwelt.solutions/anleitungen", "shop.zip:8080"). */
const PATH_AFTER = /(?::\d{1,5})?[ \t]{0,3}[/?#][ \t]{0,3}[^\s/?#]/y;
/** A word glued after a full stop and followed by more words ("you.it will", "Merci.de rien"). */
const LETTERS_ONLY = /^[a-z\u00df-\u00ff]+$/;

const LOWER_WORD_NEXT = /^[ \t]{1,3}[a-z\u00df-\u00ff]/;
/** ... or the TLD carries an elision or a contraction of the sentence's language: "No worries.it's already", "Ricevuto.com'è
 *  scritto" ("com'è" = how is). A possessive "'s" after a TLD that is no word stays an address ("Shop.com's prices"). */
// why: s24 blind c en-016 "worries.it's", s24 blind e it-018 "Ricevuto.com'è" read as domains
const ELISION_NEXT = /^['\u2019][a-z\u00df-\u00ff]/;
function elisionNext(after: string, tld: string): boolean {
  return ELISION_NEXT.test(after) && (WORD_TLDS.has(tld) || !/^['\u2019]s(?![a-z])/.test(after));
}
/** TLDs that are a word only after a capitalised sentence word glued by a full stop: Italian "io" (I: "Ricevuto.io ho già
 *  controllato"), English "net" ("Noted.net weight is 2 kg"). Not in WORD_TLDS, which also blocks "shop dot io" and
 *  lowercase joins ("gadgets.net today" may be an address). Near-miss: "Visit Ricevuto.io now" (an invitation word). */
// why: s24 blind c it-013 "Ricevuto.io ho" and s23q-en-020 "Noted.net weight on the label is 2.4 kg" - a capitalised reply word
// ("Noted", "Ricevuto") glued by a missing space to the next word that happens to be a TLD, read as the domains "Ricevuto.io" and
// "Noted.net"
const TITLE_JOIN_TLDS: ReadonlySet<string> = new Set(['io', 'net']);
/** A lowercase word with a letter beyond ASCII before the full stop ("paciência.com o feriado", "física.es decir"): a word of the
 *  sentence, not a host label - sellers' hosts are ASCII. */
const ACCENTED_LOWER_WORD = /^[\p{Ll}]{2,40}$/u;
/** ... or a count and its time unit after a TLD that is an English preposition of time or place: "from our side.in 3-5
 *  days it will show", "back soon.at 10 am we open" - the glued full stop before a time phrase, as before a word. */
// why: s23 blind d en-013 - "refund is done from our side.in 3-5 days" read as the domain "side.in"
const TIME_PREPOSITION_TLDS: ReadonlySet<string> = new Set(['in', 'at', 'by', 'to']);
const COUNT_WORD_NEXT = /^[ \t]{1,3}\d{1,3}(?:[ \t]?[-–\x96][ \t]?\d{1,3})?[ \t]{0,3}(?:days?|hours?|hrs?|h|weeks?|wks?|months?|minutes?|mins?|am|pm|working|business)(?![\w])/;
/** ... not a host that is the object of a preposition or a verb of going to or buying at a site: "Reorder refills direct from
 *  chaiwala.in 2-3 days delivery", "Order from teashop.at 24 hours shipping", "visit kettlehub.in 2 days delivery" name a real
 *  .in / .at shop (s23 review #5); "from our side.in 3-5 days" has "our" before the label. */
const ADDRESS_OBJECT_BEFORE = /(?:^|[^\p{L}])(?:from|at|on|via|visit|order|buy|through|to|direct|directly|von|bei|auf|unter|sur|chez|desde|em|su|da)[ \t]{1,3}$/iu;
const UPPER_WORD_NEXT = /^[ \t]{1,3}[A-Z\u00c0-\u00de]{2}/;
/** "YOU.IT WILL": the word, the dot, the TLD and the next word typed in capitals - a shouted line, where a
 *  glued full stop is as likely as in lowercase (dev rows in capitals: 67 bare-domain false alarms). */
function shoutedJoin(original: string, leftAt: number, tldEndAt: number): boolean {
  const joined = original.slice(leftAt, tldEndAt);
  if (joined !== joined.toUpperCase() || joined === joined.toLowerCase() || !UPPER_WORD_NEXT.test(original.slice(tldEndAt, tldEndAt + 5))) return false;
  // after a word that ends sentences ("THANK YOU.IT", "MERCI.DE"); any word when the whole line around is shouted
  // ("PHOTO.IT SHOWS", "ERLEDIGT.DE SIE BEKOMMEN": the caps tell nothing there, so the join reads as in lowercase, where
  // "myshop.de has more colours" needs an invitation word too - s20: 28 compliant dev rows flagged once in capitals)
  return SENTENCE_END_WORDS.has(joined.slice(0, joined.indexOf('.')).toLowerCase()) || shoutedLine(original, leftAt, tldEndAt);
}
/** No lowercase letter in the 40 characters either side, and at least 12 letters there: a line typed in capitals. */
function shoutedLine(original: string, leftAt: number, tldEndAt: number): boolean {
  const around = original.slice(Math.max(0, leftAt - 40), leftAt) + original.slice(tldEndAt, tldEndAt + 40);
  return !/\p{Ll}/u.test(around) && (around.match(/\p{Lu}/gu)?.length ?? 0) >= 12;
}
/** Words that close a sentence before a glued full stop in a shouted line. */
const SENTENCE_END_WORDS: ReadonlySet<string> = new Set(
  'you thanks thank merci danke gracias grazie obrigado obrigada ok okay yes no sorry please bitte oui non sí sim tomorrow today morgen demain mañana domani amanhã soon again time order item it this that them here there now'.split(' '),
);

/** A brand name before a capitalised TLD: a capital inside the label ("AcquaPura.Shop", "Cojines-Sol.Store") and no lowercase
 *  word after the TLD. A sentence's last word is not written so, and a new sentence would go on ("McDonald.It was closed",
 *  "Jean-Luc.Store opens at 9" stay sentences). Near-misses kept clean: "we are done.Store it dry", "Berlin-Mitte.Shop now". */
// why: s24 blind c es-005 "en Cojines-Sol.Store, envío gratis", it-006 "sul nostro sito AcquaPura.Shop, con il codice"
const INNER_CAPITAL = /^[\p{L}\d]{0,40}?(?:\p{Ll}\p{Lu}|-\p{Lu})[\p{L}\d-]{0,40}$/u;
/** ... or a word after the TLD when the label is a camel-cased brand (two to four capitalised parts glued, "JamesBrown",
 *  "AcquaPura") and the TLD a shop one of three or more letters: "Check JamesBrown.Store it has the full range". Not a name
 *  with a prefix (Mc/Mac/O: "McDonald.It was closed"), a hyphenated name ("Jean-Luc.Store opens at 9") or a two-letter TLD,
 *  which is a word of the next sentence ("It", "In", "At", "De"). The glued full stops after a plain word ("No worries.it's",
 *  "Noted.net weight", "Ricevuto.io ho") have no inner capital and never reach here. */
// why: s24 review #17 - the brand was read only with punctuation after the TLD
const CAMEL_BRAND = /^(?!(?:Mc|Mac|O)\p{Lu})\p{Lu}\p{Ll}{1,20}(?:\p{Lu}\p{Ll}{1,20}){1,3}$/u;
const SHOP_TLDS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'shop', 'store', 'online', 'site', 'biz', 'boutique', 'shopping']);
function brandBeforeTitleTld(original: string, labelAt: number, labelEnd: number, tldEndAt: number): boolean {
  const label = original.slice(labelAt, labelEnd);
  if (!INNER_CAPITAL.test(label)) return false;
  if (!/^[ \t]{0,3}\p{L}/u.test(original.slice(tldEndAt, tldEndAt + 4))) return true;
  return CAMEL_BRAND.test(label) && SHOP_TLDS.has(original.slice(labelEnd + 1, tldEndAt).toLowerCase());
}

function isTitleCase(original: string, at: number): boolean {
  const first = original.charAt(at);
  const second = original.charAt(at + 1);
  return first !== first.toLowerCase() && !!second && second !== second.toUpperCase();
}

/** The label that opens a new sentence inside a k-label chain read as a domain: two glued full stops,
 *  "isopor.Obrigado.com certeza" - a lowercase word, a capitalised one, and "com" as the Portuguese word
 *  ("Obrigado.com certeza" alone is already read as a join). Only there: "shop.Example.com today" stays an
 *  address. 0 when none. */
const HOST_WORDS = new Set(['www', 'shop', 'store', 'loja', 'tienda', 'negozio', 'boutique', 'mail', 'my', 'app', 'web', 'site', 'blog', 'help', 'support', 'info']);
function sentenceJoinInside(h: Host, k: number, original: string, hostStartOrig: (i: number) => number): number {
  const j = k - 2; // the capitalised word; labels[j - 1] the lowercase one, labels[k - 1] "com"
  if (j < 1 || h.labels[k - 1] !== 'com' || h.seps[j - 1] !== 'plain' || h.seps[j] !== 'plain') return 0;
  const comEnd = hostStartOrig(h.labelEnds[k - 1]!);
  if (!COM_AS_WORD.test(original.slice(comEnd, comEnd + 14).toLowerCase())) return 0;
  const labelAt = (i: number) => hostStartOrig(i === 0 ? 0 : h.labelEnds[i - 1]! + h.words[i - 1]!.length);
  const left = original.slice(labelAt(j - 1), hostStartOrig(h.labelEnds[j - 1]!));
  const right = original.slice(labelAt(j), hostStartOrig(h.labelEnds[j]!));
  // (not after a host's usual first label: "shop.Lumina.com certeza" may be an address)
  return /^\p{Ll}{2,}$/u.test(left) && !HOST_WORDS.has(left) && /^\p{Lu}\p{Ll}+$/u.test(right) ? j : 0;
}

function invitedBefore(ctx: HostContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.hostStart - 60), ctx.hostStart);
  const sentence = before.split(/[\n。！？]|[.!?](?=\s)/).pop()!;
  return INVITATION_RE.test(sentence);
}

/** Evidence in the address itself: an "@", a scheme or www., a path or port. */
function addressEvidence(h: Host, k: number, explicitAt: boolean, hc: HostContext | undefined): boolean {
  if (explicitAt || hc?.strong) return true;
  if (!hc) return false;
  PATH_AFTER.lastIndex = hc.hostStart + h.labelEnds[k - 1]!;
  return PATH_AFTER.test(hc.text);
}

/** Stronger evidence for a file-like or word TLD: the address's own, or an invitation word before the
 *  host. (Plain functions, not closures: these run per host.) */
function hasEvidence(h: Host, k: number, explicitAt: boolean, hc: HostContext | undefined): boolean {
  return addressEvidence(h, k, explicitAt, hc) || (hc !== undefined && (hc.invited ??= invitedBefore(hc)));
}

/** Evidence against a missing space between sentences ("paciencia.es un placer"): as hasEvidence, but
 *  Spanish "su" (your) after a preposition is no invitation ("por su paciencia.es"), as Italian "su" (on:
 *  "su negozioverde.it") is. */
// why: s12 blind false alarm - "Gracias por su paciencia.es un placer atenderle"
function hasJoinEvidence(h: Host, k: number, explicitAt: boolean, hc: HostContext | undefined): boolean {
  if (addressEvidence(h, k, explicitAt, hc)) return true;
  if (hc === undefined || !(hc.invited ??= invitedBefore(hc))) return false;
  return !PREPOSITION_BEFORE.test(hc.text.slice(Math.max(0, hc.hostStart - 16), hc.hostStart));
}
const PREPOSITION_BEFORE = /(?:^|[^a-z\u00c0-\u024f])(?:por|de|a|en|con|para|sin|y|e) su[ \t]*$/u;
/** Portuguese words that follow "com" (with): after a lowercase word and a full stop, ".com" is the word. */
const COM_AS_WORD = /^[ \t]{1,3}(?:certeza|prazer|você|vocês|voce|isso|isto|muito|muita|todo|toda|carinho|cuidado|calma|sucesso|seu|sua|nosso|nossa|um|uma|ele|ela|eles|elas|mais|menos|urgência|atenção|antecedência|o|a|os|as|esse|essa|esses|essas|este|esta|estes|estas|aquele|aquela)(?![\p{L}])/u;
/** ... of which the articles and demonstratives ("bem.com o pedido", "certo.com a entrega", "ok.com esse prazo") also follow
 *  an address: after an invitation they keep the address reading, even after an accented word ("Compre em nossa loja
 *  pelúcia.com o melhor preço", "Acesse loja.com o quanto antes" - hasJoinEvidence). */
// why: s31 prec31b - a missing space after "Tudo bem." before "com o pedido" read as the domain "bem.com"
/** A Brazilian carrier or shipping service after "com" (with), capitalized as a name: "pode ficar tranquila.com Sedex chega em 2
 *  dias" is "with Sedex", a missing space after the full stop - a shop's address is not followed by the carrier's name. */
// why: s37 g3 pt-005
const COM_CARRIER = /^[ \t]{1,3}(?:sedex|pac|correios|jadlog|loggi|total express)(?![\p{L}])/u;
const COM_ARTICLE = /^[ \t]{1,3}(?:o|a|os|as|esse|essa|esses|essas|este|esta|estes|estas|aquele|aquela)(?![\p{L}])/u;

/** A web-site noun right before a host (not a shop or a preposition, which also precede places and sentences). */
const SITE_NOUN_BEFORE = /(?:^|[^a-z\u00c0-\u024f])(?:web ?site|website|sito(?: web)?|s[íi]tio(?: web)?|p[áa]gina web|webseite|internetseite|homepage|site(?: web| internet)?|web|webshop|onlineshop)[ \t]*:?[ \t]*\(?[ \t]*$/u;
/** A host label of words joined by hyphens ("cafeteras-olmo", "luz-y-casa", "brico24-shop"). */
const HYPHENED_LABEL = /^[a-z0-9]{2,30}(?:-[a-z0-9]{1,30}){1,4}$/u;
/** A TLD the spelled-word rules above leave out ("dot co", "punto es", "ponto com ponto br" without a
 *  mail word), accepted when something says web address: an invitation or site word right before
 *  the host ("Care guide is at ironleafkitchen dot co/care", "Encuéntranos en cocinova punto es,")
 *  or a path after it. "dot"/"punkt" take any TLD then; the Romance words, which also mean "point",
 *  a TLD that is no everyday word, or a marketplace code that ends its clause ("en este punto es
 *  necesario", "en nuestro punto de recogida" are sentences). */
function spelledWithEvidence(h: Host, k: number, tld: string, original: string, hostStartOrig: (i: number) => number, hc: HostContext): boolean {
  const word = h.words[k - 2]!;
  const unambiguous = /dot|punkt|ドット/.test(word);
  if (!unambiguous && !/punto|point|ponto/.test(word)) return false;
  if (SPELLED_BLOCKED.has(tld)) {
    // a TLD that is an everyday word after "dot" needs a path ("each dot is one day", "red dot is on")
    if (unambiguous) {
      PATH_AFTER.lastIndex = hc.hostStart + h.labelEnds[k - 1]!;
      return PATH_AFTER.test(hc.text);
    }
    if (!MARKETPLACE_TLDS.has(tld)) return false;
    const endAt = hostStartOrig(h.labelEnds[k - 1]!);
    // a word after it reads as a sentence ("en este punto es necesario") unless a web-site noun names the
    // host right before it ("en nuestra web tiendacalma punto es todavía quedan" - s18 blind g)
    if (/^[ \t]{1,3}[\p{L}]/u.test(original.slice(endAt, endAt + 4)) && !SITE_NOUN_BEFORE.test(hc.text.slice(Math.max(0, hc.hostStart - 24), hc.hostStart))) return false;
  }
  // a web-site noun right before the host names it an address, also in brackets: "en nuestra web (ferreteriasolano punto es),"
  // (s24 blind b es-006); "en este punto es" has no site noun
  // (a hyphen joining the host's words is a domain's spelling, no sentence's: "nuestra tienda es cafeteras-olmo punto es, allí
  // tienes ..." - s26 blind e es-019; a word after the TLD still reads as a sentence, above)
  return hasEvidence(h, k, false, hc) || SITE_NOUN_BEFORE.test(hc.text.slice(Math.max(0, hc.hostStart - 24), hc.hostStart)) || HYPHENED_LABEL.test(h.labels[k - 2]!);
}

/** Is this ASCII label a TLD (every IANA TLD, punycode IDN TLDs included)? */
function isTld(label: string): boolean {
  return IANA_TLDS.has(label) || (label.startsWith('xn--') && idnAsciiTlds().has(label));
}

/** Number of labels of the longest prefix that ends in an accepted TLD (0 when none). `explicitAt`:
 *  the host follows a written "@" (or [at]), so a capitalised TLD cannot be a new sentence and a
 *  file-like TLD is an address. */
function domainPrefix(h: Host, original: string, hostStartOrig: (i: number) => number, explicitAt = false, hc?: HostContext, mailWordAt = false): number {
  for (let k = h.labels.length; k >= 2; k--) {
    const tld = h.labels[k - 1]!;
    const sep = h.seps[k - 2]!;
    const two = `${h.labels[k - 2]}.${tld}`;
    const isTwo = k >= 3 && SECOND_LEVEL_SET.has(two);
    // a Cyrillic/Greek TLD whose letters all fold to Latin ("ком" reads "kom"): known when typed so
    const known = isTld(tld) || (hasNonAscii(original, hostStartOrig(h.labelEnds[k - 1]! - tld.length), hostStartOrig(h.labelEnds[k - 1]!)) && idnFolded().has(tld));
    if (sep === 'plain' && !isTwo && !known) continue;
    // (s32 prec32b: a plain dot and a run of digits after the TLD make a dotted id, not a host: "Add us on Signal (kestrel.support.01)")
    if (k < h.labels.length && h.seps[k - 1] === 'plain' && /^\d+$/.test(h.labels[k]!)) continue;
    const spelledWordOk =
      // "dot", "punkt", "ドット" are unambiguous separators: any TLD that is not an everyday word
      // (a two-letter ccTLD too when a spelled mail sign opened the address: "invoices (at) lumacraft dot co")
      (/dot|punkt|ドット/.test(h.words[k - 2]!) && known && !SPELLED_BLOCKED.has(tld) && (tld.length >= 3 || mailWordAt)) ||
      SPELLED_EXTRA.some(([word, tlds]) => word.test(h.words[k - 2]!) && tlds.has(tld)) ||
      // after a spelled mail word ("arroba", "chiocciola", "arobase") the host is an address: "punto es" is
      // its TLD, not "punto de venta" ("reparaciones arroba luzclara punto es"); since s34 any known TLD that is
      // no everyday word, so the ccTLDs of other markets count too ("ventas arroba casaluna punto mx", "... point ca")
      (mailWordAt && /punto|point|ponto/.test(h.words[k - 2]!) && (SPELLED_EXTRA[0]![1].has(tld) || (known && !SPELLED_BLOCKED.has(tld)))) ||
      (known && hc !== undefined && spelledWithEvidence(h, k, tld, original, hostStartOrig, hc));
    const spelledOk =
      SPELLED_SET.has(tld) ||
      (sep === 'bracket' && known) ||
      (sep === 'word' && spelledWordOk) ||
      (sep === 'spaced' && (MARKETPLACE_TLDS.has(tld) || (known && !SPELLED_BLOCKED.has(tld) && tld.length >= 3)));
    // a line break next to the dot: only right before the TLD (else "years.⏎www.shop.com" joins a
    // sentence to the address) and only TLDs that are not words ("order.⏎It" starts a line)
    if (h.seps.slice(0, k - (isTwo ? 3 : 2)).includes('break')) continue;
    if (sep === 'break' && !isTwo && !(known && CORE_TLDS.has(tld) && !CAPITAL_WORD_TLDS.has(tld))) continue;
    if (sep !== 'plain' && sep !== 'break' && !isTwo && !spelledOk) continue;
    if (sep === 'word' && SPELLED_LABEL_STOP.has(h.labels[k - 2]!)) continue;
    if (/^\d+$/.test(h.labels[k - 2]!) && k === 2) continue; // "1.de" is a list item, not a host
    const tldAt = hostStartOrig(h.labelEnds[k - 2]! + h.words[k - 2]!.length);
    // a capital after a line break starts the next line, whatever its word: "par une évaluation.⏎Au plaisir" (s17 blind b)
    if (sep === 'break' && /\p{Lu}/u.test(original.charAt(tldAt))) continue;
    if (sep === 'plain' && !CORE_TLDS.has(tld) && SOFT_DOTS.test(original.charAt(tldAt - 1))) continue;
    if (isTwo || explicitAt) return k;
    const tldEndAt = hostStartOrig(h.labelEnds[k - 1]!);
    if (sep === 'plain' || sep === 'spaced') {
      // "today.It works", "Mr.Brown", "Art.Nr.": a capitalised word after a full stop is a sentence or
      // an abbreviation, not a TLD. Only for TLDs that are words or new to sellers: "MyShop.Com" is an
      // address (the TLD check is otherwise case-blind, as DNS is).
      if ((CAPITAL_WORD_TLDS.has(tld) || !CORE_TLDS.has(tld)) && !hc?.strong && isTitleCase(original, tldAt) && !brandBeforeTitleTld(original, hostStartOrig(k === 2 ? 0 : h.labelEnds[k - 3]! + h.words[k - 3]!.length), tldAt - 1, tldEndAt)) continue;
    }
    // a file name ("manual.zip", "setup.py") unless something says web address
    if (FILE_LIKE_TLDS.has(tld) && !hasEvidence(h, k, explicitAt, hc)) continue;
    if (sep === 'plain' && !CORE_TLDS.has(tld) && original.charAt(tldEndAt) === '.' && h.labels.slice(0, k).every((l) => l.length <= 4) && tld.length <= 3 && !hc?.strong) {
      continue; // an abbreviation chain ("art.nr.", "ca.kg.")
    }
    // an Italian honorific cut short: "Gent.mo Sig. Russo", "Gent.ma cliente", "Ill.mo", "Preg.ma" - the superlative's ending
    // after the dot, and .mo .ma .me .mi are TLDs (s20 blind i: a greeting flagged as a link)
    if (sep === 'plain' && k === 2 && HONORIFIC_STEM.test(h.labels[0]!) && HONORIFIC_ENDING.test(tld) && !hasEvidence(h, k, explicitAt, hc)) continue;
    // ("com" as the Portuguese word: "contato.com certeza", "pedido.com o código"; shouted too - "OBRIGADO PELO
    // CONTATO.COM CERTEZA": the word after "com" tells it, not the case)
    const comCarrier = tld === 'com' && COM_CARRIER.test(original.slice(tldEndAt, tldEndAt + 16).toLowerCase());
    const comWord = comCarrier || (tld === 'com' && COM_AS_WORD.test(original.slice(tldEndAt, tldEndAt + 14).toLowerCase()));
    const shoutedCom = comWord && original.slice(hostStartOrig(0), tldEndAt) === original.slice(hostStartOrig(0), tldEndAt).toUpperCase();
    if (sep === 'plain' && k === 2 && LETTERS_ONLY.test(h.labels[0]!) && (LOWER_WORD_NEXT.test(original.slice(tldEndAt, tldEndAt + 4)) || elisionNext(original.slice(tldEndAt, tldEndAt + 3), tld) || (TIME_PREPOSITION_TLDS.has(tld) && COUNT_WORD_NEXT.test(original.slice(tldEndAt, tldEndAt + 24)) && !ADDRESS_OBJECT_BEFORE.test(original.slice(Math.max(0, hostStartOrig(0) - 16), hostStartOrig(0)))) || shoutedJoin(original, hostStartOrig(0), tldEndAt) || shoutedCom || comCarrier)) {
      // a missing space between sentences: "thank you.it will", "Merci.de rien", "Obrigado.com certeza",
      // and the same shouted: "THANK YOU.IT WILL ARRIVE" (the words before and after in capitals read as lowercase)
      const leftAt = hostStartOrig(0);
      const leftTitle = isTitleCase(original, leftAt) && original.slice(leftAt + 1, hostStartOrig(h.labelEnds[0]!)) === h.labels[0]!.slice(1);
      const leftLower = original.slice(leftAt, hostStartOrig(h.labelEnds[0]!)) === h.labels[0] || shoutedJoin(original, leftAt, tldEndAt);
      const leftWord = original.slice(leftAt, hostStartOrig(h.labelEnds[0]!));
      const accentedLower = leftLower && hasNonAscii(original, leftAt, tldAt) && ACCENTED_LOWER_WORD.test(leftWord);
      const wordJoined = (WORD_TLDS.has(tld) && (leftTitle || leftLower)) || ((CORE_WORD_TLDS.has(tld) || TITLE_JOIN_TLDS.has(tld)) && leftTitle) || (comWord && (leftLower || shoutedCom));
      // (an accented word joins with any TLD, but an invitation before it still reads an address: "visite café.com hoje")
      const joined = wordJoined || accentedLower;
      // (a word only as typed in Latin letters: "myshop.ευ" folds to "eu" but is no Portuguese "eu")
      if (joined && !hasNonAscii(original, tldAt, tldEndAt) && !hasJoinEvidence(h, k, explicitAt, hc)) continue;
      // an accented word before it is a word, whatever precedes it ("la tienda física.es decir"), but for "com" + an article after
      // an invitation (COM_ARTICLE)
      if (wordJoined && hasNonAscii(original, leftAt, tldAt) && !(comWord && COM_ARTICLE.test(original.slice(tldEndAt, tldEndAt + 14).toLowerCase()) && hasJoinEvidence(h, k, explicitAt, hc))) continue;
    }
    return k;
  }
  return 0;
}

const HONORIFIC_STEM = /^(?:gent|gentil|ill|preg|egr|chiar|ecc|car|rev|spett|stim)$/u;
const HONORIFIC_ENDING = /^(?:mo|ma|mi|me|le)$/u;

export function isAmazonHost(labels: string[]): boolean {
  const host = labels.join('.');
  if (/^(?:amzn\.(?:to|eu|asia|com)|a\.co)$/.test(host)) return true;
  return labels.slice(0, -1).includes('amazon') && /(?:^|\.)amazon\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(host);
}

const AMAZON_MARKETING_PATH = /^\/(?:[^/?#]{1,200}\/)?(?:dp|gp\/product|gp\/aw\/d|stores|shops|s|b|sp|hz\/wishlist|shop|l)(?:[/?#]|$)/;
// why: Amazon's review form and review pages ("amazon.de/review/create-review?asin=B0…") are a review ask, not marketing
const AMAZON_REVIEW_PATH = /^\/(?:[^/?#]{1,200}\/)?(?:review|product-reviews|gp\/customer-reviews|hz\/feedback|gp\/feedback)(?:[/?#]|$)/;

export interface LinkContext {
  normalized: string;
  original: string;
  toOrigStart: (normIndex: number) => number;
}

/** The address signs spelled in hiragana read as their katakana ("info あっと shop どっと com" = "info アット shop ドット com"):
 *  the same length, so every offset stays. Only this detector's copy: "あっという間に" stays a phrase elsewhere, and here
 *  the sign still needs a mailbox, blanks around it and a host with a TLD after. */
// why: s25 blind e ja-020 - an address spelled with あっと and どっと was no address, nor its ask an off-Amazon one
// (near-misses: "あっという間に届きました", "ちょっとどうかと思います")
const KANA_SIGNS = /あっとまーく|あっと|どっと/gu;
const KANA_SIGN_OF: Record<string, string> = { あっとまーく: 'アットマーク', あっと: 'アット', どっと: 'ドット' };
function kanaSigns(s: string): string {
  return /あっと|どっと/u.test(s) ? s.replace(KANA_SIGNS, (w) => KANA_SIGN_OF[w] ?? w) : s;
}

export function detectLinks(ctx: LinkContext): Span[] {
  const text = kanaSigns(ctx.normalized);
  const spans: Span[] = [];
  const emailSpans: [number, number][] = [];

  EMAIL_RE.lastIndex = 0;
  for (let m = EMAIL_RE.exec(text); m; m = EMAIL_RE.exec(text)) {
    const at = m[2]!;
    const domainStart = m.index + m[1]!.length + at.length;
    const host = splitHost(m[3]!);
    const spelledAt = !at.includes('@') && !/[[({<]/.test(at) && !at.includes('アット');
    // a spelled "at" is an address sign when written "AT", "arroba", "chiocciola" or before a mail
    // provider; a lowercase "at" before a host is the preposition ("rate us at survey dot shop dot online")
    const atWord = ctx.original.slice(ctx.toOrigStart(m.index + m[1]!.length), ctx.toOrigStart(domainStart)).trim();
    const local = m[1]!;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // a lowercase "at" after a mailbox name or an address-shaped word, or where the sentence expects an
    // object ("at repairs at …"), is the address sign; after a pronoun ("contact us at shop dot com") a preposition
    const mailboxLocal = !DETERMINER_BEFORE.test(before) && (MAILBOX_WORDS.has(local) || ADDRESS_SHAPED.test(local) || OBJECT_SLOT_BEFORE.test(before));
    // a determiner before the word makes it a noun even after a send verb: "send the photos through the form at maplecrate
    // dot ca/contact" names the site the form is on, not a mailbox "form" (s35 fb35 g1 en-103)
    const prepositionAt = spelledAt && atWord === 'at' && (NOT_A_MAILBOX.has(local) || (!mailboxLocal && (!MAIL_WORD_BEFORE.test(before) || NOUN_PHRASE_BEFORE.test(before))));
    // a bracketed "(at)" / "[at]" is an address sign as sure as "arroba" (no preposition is bracketed); so is a lowercase "at"
    // read above as the sign (a send verb before it, a mailbox in the object slot): its host may end in a two-letter TLD,
    // "send the photos to claims at nordvale dot co" is an address, not the site "nordvale dot co" (s24 blind c en-004);
    // "we do repairs at fixit dot co" keeps its preposition
    const signAt = /arroba|chiocciola|arobase|ät|[[({<]\s*at\s*[\])}>]/.test(at) || (atWord === 'at' && !prepositionAt && MAIL_WORD_BEFORE.test(before) && mailboxLocal);
    const k = domainPrefix(host, ctx.original, (i) => ctx.toOrigStart(domainStart + i), !spelledAt, undefined, signAt);
    // a blank before a written "@" and a platform word, pronoun or preposition before it: a handle or
    // the site ("insta @casa.verde.br", "follow us @shop.it"), not the local part of an address
    // ("suivez-nous @maison.bleue.fr", "siga-nos @loja.bella": the pronoun glued by a hyphen)
    const blankAt = !spelledAt && /^[ \t]@/.test(at) && (NOT_A_MAILBOX.has(local) || NOT_A_MAILBOX.has(local.slice(local.lastIndexOf('-') + 1)));
    const rejected =
      !k ||
      blankAt ||
      (spelledAt && !PROVIDER_SET.has(host.labels[0]!) && (prepositionAt || host.seps.slice(0, k - 1).every((s) => s === 'plain')));
    if (rejected) {
      // "line at priya.support@shop.com": the spelled "at" failed, the real address starts later
      EMAIL_RE.lastIndex = m.index + 1;
      continue;
    }
    const end = domainStart + host.labelEnds[k - 1]!;
    const plainAddress = at.trim() === '@' && host.seps.slice(0, k - 1).every((s) => s === 'plain');
    spans.push(entity({ rule: 'email', severity: 'block', start: m.index, end }, plainAddress ? 'email:address' : 'email:obfuscated'));
    emailSpans.push([m.index, end]);
    EMAIL_RE.lastIndex = end;
  }
  // e-mails are found in text order and do not overlap: a binary search keeps a 1 MB paste linear
  const insideEmail = (s: number, e: number) => {
    const i = firstEndingAfter(emailSpans, s);
    return i < emailSpans.length && emailSpans[i]![0] < e;
  };

  LINK_RE.lastIndex = 0;
  for (let m = LINK_RE.exec(text); m; m = LINK_RE.exec(text)) {
    const start = m.index;
    let raw = m[0];
    if (m[1] !== undefined) {
      // scheme URL: always a link; host decides Amazon or not
      raw = trimTrailingPunct(raw);
      const end = start + raw.length;
      if (insideEmail(start, end)) continue;
      const rest = raw.slice(m[1].length);
      const hostPart = rest.split(/[/?#:]/, 1)[0] ?? '';
      spans.push(classify(hostPart.split('.'), rest.slice(hostPart.length), start, end, false, 'url:scheme'));
      continue;
    }
    const wwwLen = m[2] !== undefined ? m[2].length : 0;
    const hostEnd = raw.length; // the match holds the host only (TAIL_RE reads the rest)
    const hostOffset = wwwLen ? wwwLen + (raw.slice(wwwLen).match(LEADING_SEP_RE)?.[0].length ?? 0) : 0;
    const host = splitHost(raw.slice(hostOffset, hostEnd));
    const k = domainPrefix(host, ctx.original, (i) => ctx.toOrigStart(start + hostOffset + i), false, {
      text,
      hostStart: start + hostOffset,
      strong: wwwLen > 0,
    });
    if (!k && !wwwLen) {
      // a rejected chain may still hide a domain further on: retry from the next word start
      LINK_RE.lastIndex = start + 1;
      continue;
    }
    const joinAt = wwwLen ? 0 : sentenceJoinInside(host, k, ctx.original, (i) => ctx.toOrigStart(start + hostOffset + i));
    if (joinAt) {
      // "isopor.Obrigado.com certeza": a full stop without its space before a capitalised word ends a
      // sentence inside the chain; the chain is read again from that word (s16 blind batch)
      LINK_RE.lastIndex = start + hostOffset + host.labelEnds[joinAt - 1]! + host.words[joinAt - 1]!.length;
      continue;
    }
    const labels = k ? host.labels.slice(0, k) : host.labels;
    const domainEnd = start + hostOffset + (k ? host.labelEnds[k - 1]! : host.labelEnds[host.labels.length - 1]!);
    let end = domainEnd;
    let path = '';
    if (k === host.labels.length || !k) {
      TAIL_RE.lastIndex = start + hostEnd;
      const tail = TAIL_RE.exec(text)?.[0] ?? '';
      LINK_RE.lastIndex = start + hostEnd + tail.length;
      path = trimTrailingPunct(tail);
      end = start + hostEnd + path.length;
    } else {
      // the chain continued past the domain (e.g. "shop.com.Thanks"): restart after the domain
      LINK_RE.lastIndex = domainEnd;
    }
    if (insideEmail(start, end)) continue;
    const obfuscated = host.seps.slice(0, Math.max(0, labels.length - 1)).some((s) => s !== 'plain');
    spans.push(classify(labels, path, start, end, obfuscated || /\s/.test(m[2] ?? ''), wwwLen ? 'url:www' : 'url:bare-domain'));
  }

  HANDLE_RE.lastIndex = 0;
  for (let m = HANDLE_RE.exec(text); m; m = HANDLE_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (insideEmail(m.index, end)) continue;
    spans.push(entity({ rule: 'offplatform', severity: 'block', start: m.index, end, variant: 'handle' }, 'handle:social'));
  }
  if (MESSENGER_CUE.test(text)) {
    MESSENGER_ID_RE.lastIndex = 0;
    for (let m = MESSENGER_ID_RE.exec(text); m; m = MESSENGER_ID_RE.exec(text)) {
      const end = m.index + m[0].length;
      const idStart = end - m[3]!.length;
      if (insideEmail(idStart, end)) continue;
      const name = m[1]!;
      if (name === 'line' || name === 'signal') {
        const before = text.slice(Math.max(0, m.index - 60), m.index);
        const typed = ctx.original.slice(ctx.toOrigStart(m.index), ctx.toOrigStart(m.index + name.length));
        if (name === 'line' && LINE_NOT_APP.test(before)) continue;
        if (!m[2] && !CONTACT_VERB_BEFORE.test(before) && !(name === 'line' && typed === 'LINE')) continue;
      }
      spans.push(entity({ rule: 'offplatform', severity: 'block', start: idStart, end, variant: 'handle' }, 'handle:social'));
    }
  }
  if (SPACED_CUE.test(text)) {
    SPACED_DOMAIN_RE.lastIndex = 0;
    for (let m = SPACED_DOMAIN_RE.exec(text); m; m = SPACED_DOMAIN_RE.exec(text)) {
      const end = m.index + m[0].length;
      const tld = (m[2] ?? m[3] ?? '').replace(/ /g, '');
      if (!/[a-z]/.test(m[1]!) || !isTld(tld) || insideEmail(m.index, end)) continue;
      spans.push(entity({ rule: 'url', severity: 'block', start: m.index, end, variant: 'obfuscated' }, 'url:obfuscated'));
    }
  }
  // an address read out in kana ("さくらや ドット jp", "サポート アットマーク さくらや ドット jp"): a name
  // transliterated to get past a scanner; only where "ドット" is written, before an established TLD
  if (text.includes('ドット')) {
    KANA_ADDRESS_RE.lastIndex = 0;
    for (let m = KANA_ADDRESS_RE.exec(text); m; m = KANA_ADDRESS_RE.exec(text)) {
      const end = m.index + m[0].length;
      if (insideEmail(m.index, end)) continue;
      if (m[1] !== undefined) spans.push(entity({ rule: 'email', severity: 'block', start: m.index, end }, 'email:obfuscated'));
      else spans.push(entity({ rule: 'url', severity: 'block', start: m.index, end, variant: 'obfuscated' }, 'url:obfuscated'));
    }
  }
  if (IDN_HINT.test(text)) {
    IDN_RE.lastIndex = 0;
    for (let m = IDN_RE.exec(text); m; m = IDN_RE.exec(text)) {
      const tld = m[2]!;
      if (!idnFolded().has(tld) || /^\d+\.$/.test(m[1]!)) {
        IDN_RE.lastIndex = m.index + m[1]!.length;
        continue;
      }
      const end = m.index + m[0].length;
      if (insideEmail(m.index, end)) continue;
      spans.push(entity({ rule: 'url', severity: 'block', start: m.index, end }, 'url:idn'));
    }
  }
  return spans;
}

function classify(labels: string[], path: string, start: number, end: number, obfuscated: boolean, entry: EntityEntry): EntitySpan {
  if (isAmazonHost(labels)) {
    const host = labels.join('.');
    const short = /^(?:amzn\.(?:to|eu|asia)|a\.co)$/.test(host);
    if (!short && AMAZON_REVIEW_PATH.test(path)) return entity({ rule: 'review_request', severity: 'block', start, end, variant: 'amazon' }, 'amazon:review-link');
    const marketing = short || AMAZON_MARKETING_PATH.test(path);
    // Product, store and short links are marketing (milder than an external link: warn, with its own
    // wording); other Amazon pages (orders, returns, help) are allowed when the order needs them.
    return entity(
      marketing ? { rule: 'marketing', severity: 'warn', start, end, variant: 'amazon' } : { rule: 'amazon_link', severity: 'info', start, end },
      'amazon:link',
    );
  }
  const host = labels.slice(-2).join('.');
  const variant = obfuscated ? 'obfuscated' : SHORTENER_SET.has(host) ? 'shortener' : undefined;
  return entity({ rule: 'url', severity: 'block', start, end, variant }, obfuscated ? 'url:obfuscated' : variant === 'shortener' ? 'url:shortener' : entry);
}
