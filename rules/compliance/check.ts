// checkMessage(): normalize once, run the detectors, map spans back to the original text,
// merge duplicates, attach the seller-facing sentence.
import { conditionedAsks } from './detectors/conditioned-ask';
import { contactAsks } from './detectors/contact-ask';
import { detectLinks } from './detectors/links';
import { entryAt, findAll, type ListName } from './detectors/lexical';
import { CHECKER_UI_LANGUAGES, LANGUAGES } from './languages';
import { CJK, phraseScope } from './phrase-scope';
import { detectPhones } from './detectors/phone';
import { reviewAppeals } from './detectors/review-appeal';
import { romanceReviewAsks } from './detectors/review-ask-romance';
import { firstStopIn, sentenceStartIn } from './detectors/sentence';
import { BUYER_QUESTION, promotions } from './detectors/promotion';
import { firstEndingAfter, type Span } from './detectors/span';
import { detectEmoji, detectImportantTag } from './detectors/symbols';
import { describe } from './messages';
import { withModelFindings } from './model';
import { normalize, originalStart, toOriginal, type Normalized } from './normalize';
import type { CheckOptions, CustomPhrase, DetectionLanguage, Finding, Severity, UiLanguage } from './types';

const ALL_LANGUAGES: readonly DetectionLanguage[] = LANGUAGES;
const LEXICAL_RULES: readonly ListName[] = ['offplatform', 'leading', 'review_request', 'marketing', 'personal_data'];
/** Phrase rules whose matches are dropped when their clause refuses or denies them (or, for
 *  offplatform, a carrier is the one who calls); and those dropped inside a product name. */
const GUARDED_BY_REFUSAL: ReadonlySet<ListName> = new Set<ListName>(['offplatform', 'personal_data', 'marketing']);
const GUARDED_AS_NAME: ReadonlySet<ListName> = new Set<ListName>(['leading', 'review_request', 'marketing']);
const ROMANCE: ReadonlySet<DetectionLanguage> = new Set<DetectionLanguage>(['es', 'pt', 'it', 'fr']);
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };
/** Auto-replies are short; a long message that happens to say "we received your message" is a real answer. */
const AUTO_REPLY_MAX_LENGTH = 600;
/** Short acceptance words ("sure", "ok") only count at the start of the reply. */
const ACCEPT_WINDOW = 80;

const UI_LANGUAGES: ReadonlySet<string> = new Set<UiLanguage>(CHECKER_UI_LANGUAGES);

/** Options as the checker uses them: every field checked. They come from stored settings that may be
 *  stale or corrupt (null, a string for an array, an entry without a phrase), and a throw here would
 *  break the composer on every keystroke, so anything malformed is dropped as if it were absent. */
interface SafeOptions {
  uiLanguage: UiLanguage;
  buyerMessage: string;
  reviewAlreadyRequested: boolean;
  customPhrases: CustomPhrase[];
  languages: readonly DetectionLanguage[];
}

/** A property read that cannot throw (a getter or a revoked Proxy in a corrupt object). */
function field(from: unknown, key: string): unknown {
  if (typeof from !== 'object' || from === null) return undefined;
  try {
    return (from as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Array items read without throwing (a Proxy or an array with throwing getters yields what it can). */
function items(from: unknown): unknown[] {
  if (!Array.isArray(from)) return [];
  const out: unknown[] = [];
  try {
    for (let i = 0; i < from.length && i < 10_000; i++) out.push(from[i]);
  } catch {
    // keep what was read
  }
  return out;
}

export function safeOptions(options: unknown): SafeOptions {
  const ui = field(options, 'uiLanguage');
  const buyer = field(options, 'buyerMessage');
  const customPhrases: CustomPhrase[] = [];
  for (const entry of items(field(options, 'customPhrases'))) {
    const phrase = field(entry, 'phrase');
    if (typeof phrase === 'string' && phrase.trim()) customPhrases.push({ phrase, severity: field(entry, 'severity') === 'warn' ? 'warn' : 'block' });
  }
  // unknown language codes are ignored; none left means the default (all), as an empty list does
  const codes = items(field(options, 'languages')).filter((w): w is string => typeof w === 'string').map((w) => w.toLowerCase());
  const picked = ALL_LANGUAGES.filter((l) => codes.some((w) => w.startsWith(l)));
  return {
    uiLanguage: typeof ui === 'string' && UI_LANGUAGES.has(ui) ? (ui as UiLanguage) : 'en',
    buyerMessage: typeof buyer === 'string' ? buyer : '',
    reviewAlreadyRequested: field(options, 'reviewAlreadyRequested') === true,
    customPhrases,
    languages: picked.length ? picked : ALL_LANGUAGES,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function customSpans(norm: Normalized, options: SafeOptions): Span[] {
  const spans: Span[] = [];
  for (const { phrase, severity } of options.customPhrases) {
    const needle = normalize(phrase).text.trim();
    if (!needle) continue;
    const body = escapeRegExp(needle).replace(/\s+/g, String.raw`\s+`);
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${body}(?![\p{L}\p{N}])`, 'gu');
    for (const m of findAll([re], norm.text)) spans.push({ rule: 'custom', severity: severity === 'warn' ? 'warn' : 'block', ...m });
  }
  return spans;
}

/** Does the buyer's message propose e-mail, phone, messengers or paying outside Amazon? */
function buyerProposesOffAmazon(buyerMessage: string, wanted: readonly DetectionLanguage[]): boolean {
  const norm = normalize(buyerMessage);
  // the buyer may write Japanese to a seller who checks only Latin languages
  const buyerLangs = CJK.test(buyerMessage) && !wanted.includes('ja') ? [...wanted, 'ja' as const] : wanted;
  if (phraseScope(norm.text, buyerLangs).run('buyer_offplatform').length) return true;
  const links = detectLinks({ normalized: norm.text, original: buyerMessage, toOrigStart: (i) => originalStart(norm, i) });
  return links.some((s) => s.rule === 'email' || s.rule === 'url') || detectPhones(norm.text).length > 0;
}

const CHANNEL_WORD = /mail|call|phone|text|whats|number|telefon|handy|nummer|courriel|téléphone|numéro|correo|teléfono|número|telefono|numero|メール|電話|line/u;

interface Range {
  start: number;
  end: number;
}

/** How far back (and ahead) a phrase's own clause is read for the guards below: bounded, so the
 *  guards stay linear on a 1 MB paste however many phrases it holds. */
const CLAUSE_WINDOW = 120;
/** Where a clause starts: a sentence stop, a comma, colon, semicolon, bracket or a dash between blanks. */
const CLAUSE_BREAK = /[.!?;:,()\n。、！？]|\s[-–—]\s/g;
/** A refusal or denial in the phrase's clause, before it, in every checker language: "we cannot accept
 *  PayPal outside Amazon", "please don't send us your email address", "we won't move this conversation
 *  to WhatsApp", "der Hersteller bietet keine WhatsApp-Hotline an", "no podemos aceptar pagos por Bizum",
 *  "le fabricant n'a pas de ligne WhatsApp", "il produttore non ha una linea WhatsApp", "não vendemos por
 *  fora da Amazon". Not a negation that invites ("don't hesitate to", "never miss"), nor one inside a
 *  condition ("if it doesn't work, …" ends at the comma; "if you can't reach us email …" starts with if). */
// why: refusals of off-Amazon contact/payment/data are the compliant replies sellers are told to write.
// French "ne" counts only with its second half ("ne … pas/plus/jamais/rien/aucun"): bare "ne" is an Italian
// pronoun ("ne approfitti", "se ne prende tre"), not a refusal.
const NEGATION_BEFORE =
  /(?<![\p{L}'])(?:n'(?!h[ée]sit|oubli|manqu|attend)(?=\p{L})|(?:not|never|cannot|can't|won't|don't|doesn't|isn't|aren't|unable|nicht(?<!z[öo]gern\s{1,3}sie\s{1,3}nicht)|kein(?:e[nmrs]?)?|nie|niemals|weder|ni|né|no(?=\s{1,3}(?:se|le|lo|la|les|nos|me|te|es|está|están|hay|dispon\p{L}*|puedo|podemos|pueden|puede|tenemos|hacemos|damos|enviamos|vendemos|compartimos|usamos|utilizamos|ofrecemos|trabajamos|realizamos|acept\p{L}*|permit\p{L}*|facilit\p{L}*|proporcion\p{L}*)(?![\p{L}]))|nunca|jamás|ne(?=(?:\s{1,3}[\p{L}'’-]{1,20}){1,3}?\s{1,3}(?:pas|plus|jamais|rien|aucun\p{L}*|guère|point|personne)(?![\p{L}]))|pas(?<!(?:h[ée]sit|oubli|manqu|attend)\p{L}{0,4}\s{1,3}pas)|jamais|non|mai|não|nem|nenhum[a]?)(?![\p{L}']))(?!\s{1,3}(?:(?:se|te|vous|ci|lo|la) )?(?:pierda|pierdas|perder\p{L}*|perda|perca|perdete|manquez|manquer|verpassen|verpasst|hesitate|zögern|hésite[rz]?|dude|dudes|esit\p{L}*|hesite|miss|vergessen|forget|oubliez|olvide|dimentic\p{L}*|esqueça|wait|only|just|nur|seulement|solo|sólo|apenas|problem|problema|worries|need|later|más|mehr|plus|più|mais)(?![\p{L}]))/gu;
/** A condition or contrast that turns the negation into a reason to leave ("if you can't reach us here, …", "unless"). */
const CONDITION = /(?<![\p{L}])(?:if|unless|wenn|falls|sofern|si|se|caso|sauf|salvo|tranne)(?![\p{L}])/u;
/** An adverb inside a refusal ("n'est malheureusement pas"), not one that announces an exception. */
const ADVERB = String.raw`(?:(?!normal|usual|general|habituel|d'habitude|solit|geral|eigentlich)\p{L}{2,15} )?`;
/** A refusal after the phrase, in its clause: "eine Erstattung per PayPal ist uns nicht erlaubt", "non ci è consentito",
 *  also with an adverb inside ("n'est malheureusement pas possible", "is unfortunately not possible"), but not
 *  "normally/usually not" (the exception follows: "n'est normalement pas autorisé, mais pour vous..."). */
const NEGATION_AFTER = new RegExp(
  String.raw`^[^.!?;\n。]{0,60}?(?:(?:is|are|was) ${ADVERB}not (?:allowed|permitted|possible)|not allowed|nicht (?:erlaubt|gestattet|möglich|zulässig|annehmen|anbieten)|ist uns nicht|n'(?:est|sont) ${ADVERB}(?:pas|plus) (?:autorisé|permis|possible)|no (?:está|es) (?:permitid|posible)|no (?:se )?(?:permite|acepta)|non (?:è|sono|ci è|ci sono) ${ADVERB}(?:consentit|permess|possibil)|não (?:é|são) ${ADVERB}(?:permitid|possível)|できません|いたしかねます|お受けできません)`,
  'u',
);
/** A third party that will contact the buyer: the carrier, the driver, Amazon or the manufacturer
 *  ("the courier will call you", "le livreur vous contactera par téléphone", "il trasportatore la
 *  contatterà per telefono", "a transportadora vai ligar para você"). */
// why: a carrier phoning or texting the buyer is how delivery works, not an invitation to leave Amazon
/** Carriers, couriers and other services that act on the order (the same list in every language). */
const CARRIER = String.raw`courier|carrier|driver|delivery (?:driver|company|service|partner)|freight (?:company|carrier|forwarder)|shipping company|haulier|postman|ups|dhl|fedex|usps|dpd|gls|hermes|evri|royal mail|amazon(?: customer service| support| logistics)?|manufacturer|zusteller|paketbote|paketdienst|paketzusteller|lieferdienst|zustelldienst|versanddienstleister|kurier(?:dienst)?|postbote|fahrer|spedition|spediteur|transportunternehmen|lieferfirma|versandfirma|livreur|transporteur|soci[ée]t[ée] de (?:transport|livraison)|chronopost|colissimo|repartidor|transportista|mensajero|agencia de (?:env[íi]os|mensajer[íi]a|paqueter[íi]a)|transportes|empresa de (?:transporte|mensajer[ií]a|paqueter[ií]a|reparto|entregas)|agencia de transporte|seur|corriere|ditta di trasport[oi]|azienda di trasport[oi]|trasportatore|fattorino|transportadora|entregador|correios|motorista`;
/** ... and in Japanese, which has no blanks or non-letters around its words to bound them. */
const CARRIER_JA = '配送業者|宅配業者|運送会社|配達員|ドライバー|ヤマト運輸|佐川急便|日本郵便';
const THIRD_PARTY = new RegExp(String.raw`(?<![\p{L}])(?:${CARRIER})(?:\s{1,3}[^\s.!?;,]{1,20}){0,3}?\s{1,3}(?:will|'ll|may|might|would|can|could|should|is going to|are going to|wird|werden|kann|va|vont|vous|pourra|le|la|lo|les|te|ti|vai|irá|pode|poderá|may also)(?![\p{L}])|(?:${CARRIER_JA})(?:の[^\s。、]{1,6}?)?(?:から|より|が|は)`, 'u');
/** A carrier or service named anywhere (contact-ask.ts: a number asked for the courier is an order need). */
const CARRIER_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:${CARRIER})(?![\p{L}])|${CARRIER_JA}`, 'u');
/** An invitation word in the sentence of an address or number: the address carries the invitation
 *  ("refills are 30% cheaper on lumahome.shop", "members get early access at vantagegear.vip", "call
 *  Jess on 0412 555 019", "talk to a real person at help.campcraft.tools"). Not a bare label or a
 *  pointer to a document ("Tel. 0161 …", "Manual PDF: …", "See x.vip/faq for the answer", "Size chart: …"). */
// why: issue 13 - an address, domain or number with an invitation in its sentence is offplatform
// (Japanese words have no blank or non-letter around them, so they stand outside the word bounds:
// "お電話でのご案内は 03-5555-0123 までおかけください")
const ENTITY_INVITATION =
  /(?<![\p{L}])(?:buy|buying|purchase|shop(?:ping)? (?:at|on)|sell|sells|selling|cheaper|better price|lower price|for less|early access|members? get|talk|chat|speak|write|reply|replies|contact|reach|claims?|register|sign up|log ?in|pay|payment|checkout|visit|call|ring|text (?:us|me)|whats ?app|customer line|hotline|helpline|(?:support|service) line|order (?:\p{L}{1,15} ){0,2}(?:on|at|from|via|through)|kaufen|bestellen|günstiger|billiger|besuchen|anrufen|rufen (?:sie|uns)|schreiben|acheter|commander|moins cher|appelez|écrivez|comprar|más barat\p{L}*|llame|escriba|acquist\p{L}*|più economic\p{L}*|chiami|scriva|compre|mais barat\p{L}*|ligue|escreva)(?![\p{L}])|購入|注文|お電話|電話で|おかけ|お掛け|ご連絡|お問い合わせ|お問合せ/u;

/** The sentence around a span (bounded both ways). */
function sentenceAround(t: string, span: Range): string {
  const start = sentenceStartIn(t, Math.max(0, span.start - CLAUSE_WINDOW), span.start);
  const stop = firstStopIn(t, span.end, span.end + 80);
  return t.slice(start, span.start) + ' ' + t.slice(span.end, stop ? stop.at : span.end + 80);
}

/** The channel named right after the phrase is Amazon's own: "text us here in the Amazon chat",
 *  "message us through Amazon messages", "write to us in this thread". */
// why: "contact us" pointed back at Amazon messaging is the compliant reply
const AMAZON_CHANNEL_AFTER =
  /^\s{0,3}(?:(?:directly |anytime |any time )?(?:here|right here)(?![\p{L}])(?!\s{0,3}:)|(?:in|on|via|through|using|over) (?:this (?:thread|message|conversation|chat)|(?:the )?amazon(?:'s)?(?: buyer-seller)? (?:messag\p{L}*|chat|inbox|messaging)))/u;

/** What the buyer already ordered, named next to a marketing word: "the matching lid you ordered",
 *  "you ordered the value pack", "the limited edition colour you bought" describe the order, not an offer. */
// why: a pack, set or edition the buyer bought is an order detail, not an upsell
const ORDERED_AFTER = /^[^.!?;\n]{0,30}?(?<![\p{L}])(?:you|you've|you have) (?:already )?(?:ordered|bought|purchased|received|chose|selected)(?![\p{L}])/u;
const ORDERED_BEFORE = /(?<![\p{L}])(?:you|you've|you have) (?:already )?(?:ordered|bought|purchased|received|chose|selected) (?:\p{L}{1,12} ){0,2}$/u;
/** A discount explained, in any checker language, as already applied or clipped at checkout, in its
 *  sentence: "Your invoice lists "Promotion: -$5.00" - that's the coupon you clipped", "« Promotion appliquée »". */
// why: lexicons of other languages name coupons without their own applied-guard; one sentence guard covers all
const ALREADY_APPLIED = /(?<![\p{L}])(?:(?:was|were|has been|had been|already) (?:applied|used|deducted|redeemed)|clipped|appliqu[ée]e?s?|se aplicó|aplicad[oa]s? (?:en|al|a)|angewendet|abgezogen|eingelöst|applicat[oa] (?:al|in|sul)|aplicad[oa] (?:no|na|ao))(?![\p{L}])|適用され|適用済/u;
/** A sale or promotion told as over, in its sentence: "the spring sale ended on April 30", "Der
 *  Sommerschlussverkauf lief vom 01.08.-15.08.", "les soldes se sont terminées", "la oferta terminó",
 *  "a promoção terminou", "セールは終了いたしました". Past forms only: "the sale ends Sunday" invites. */
// why: explaining why an order missed a sale names the sale; it is no promotion (s10 blind batch)
const SALE_ENDED =
  /(?<![\p{L}])(?:ended|has ended|had ended|is over|was over|expired|has expired|ran (?:from|until|till)|lief (?:vom|bis)|endete|ist (?:bereits |schon )?(?:vorbei|beendet|abgelaufen)|war (?:nur )?(?:bis|vom)|wurde beendet|s'est terminée?|se sont terminée?s|est (?:terminée?s?|finie?s?)|a pris fin|ont pris fin|était valable jusqu|termin[óo]|finaliz[óo]|acab[óo](?! de)|expir[óo]|no longer (?:on sale|on offer|available|in stock|sold|offered)|not on sale any ?more|nicht mehr (?:im angebot|erhältlich|verfügbar|lieferbar)|n'est plus (?:en promotion|en vente|disponible)|ya no (?:está|están) (?:en oferta|a la venta|disponibles?)|non (?:è|sono) più (?:in offerta|in vendita|disponibil[ei])|não (?:está|estão) mais (?:em promoção|à venda|disponíve(?:l|is))|ha (?:terminado|finalizado|acabado)|estuvo vigente|era válida hasta|(?:è|sono) (?:terminat[aei]|finit[aei]|scadut[aei])|si è conclusa|si sono conclus[ei]|terminou|acabou(?! de)|expirou|encerrou|foi encerrada)(?![\p{L}])|終了(?:しました|いたしました|して|済)|終わりました/u;
/** Is a span part of a quoted name: "„Bestseller Edition“", 「お得な3個パック」, « Édition Limitée 5 Étoiles »?
 *  Typographic quotes only (an ASCII " opens and closes alike, so its pairs are guesses), and the quoted
 *  text holds more than the phrase: 「新商品」 or "« Buy 2, get 1 free »" quoted alone is the offer itself. */
const QUOTE_PAIRS: Record<string, string> = { '„': '“', '“': '”', '「': '」', '『': '』', '«': '»', '‹': '›' };
/** Quotes that only close: met first on the way back, the phrase stands after a closed quote. */
const QUOTE_CLOSERS = new Set(['」', '』', '»', '›', '”']);
function insideQuotes(t: string, span: Range): boolean {
  const from = Math.max(0, span.start - 60);
  for (let i = span.start - 1; i >= from; i--) {
    const c = t[i]!;
    if (c === '\n' || QUOTE_CLOSERS.has(c)) return false;
    const close = QUOTE_PAIRS[c];
    if (close === undefined) continue;
    const end = t.slice(span.end, span.end + 80).indexOf(close);
    if (end < 0 || t.slice(span.end, span.end + end).includes('\n')) return false;
    const quoted = t.slice(i + 1, span.end + end).trim();
    return quoted.length > span.end - span.start + 2;
  }
  return false;
}
/** Sentence stops and contrast words bound how far a "sale ended" reaches: "the summer sale has ended,
 *  but the autumn sale starts today with 30 % off" still promotes. */
const CONTRAST = /[!?\n。！？;]|\.(?=\s|$)|(?<![\p{L}])(?:but|however|aber|jedoch|doch|mais|cependant|pero|sin embargo|però|ma|mas|porém|contudo)(?![\p{L}])|しかし|ですが|けれど/gu;
/** Is a sale told as over next to this phrase, in its own stretch of the sentence? */
function saleEndedAt(t: string, span: Range): boolean {
  const before = t.slice(Math.max(0, span.start - 60), span.start);
  let cut = 0;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(before); m; m = CONTRAST.exec(before)) cut = m.index + m[0].length;
  const after = t.slice(span.end, span.end + 60);
  CONTRAST.lastIndex = 0;
  const stop = CONTRAST.exec(after);
  return SALE_ENDED.test(before.slice(cut) + t.slice(span.start, span.end) + (stop ? after.slice(0, stop.index) : after));
}

/** A seller saying it will not ask for or pay for a review: "we cannot ask you to change your review". */
// why: describing the rule is not breaking it
const NOT_ASKING = /(?<![\p{L}])(?:cannot|can't|can not|won't|will not|don't|do not|never|not allowed to|aren't allowed to|are not allowed to|may not|must not) (?:\p{L}{1,12} ){0,2}(?:ask|request|offer|require|pressure|expect|incentivi[sz]e|influence|pay)(?![\p{L}])/u;

/** Lowercase words in a sentence: a sentence without them is a title-cased or shouted line, not prose. */
const LOWER_WORD = /(?:^|\s)\p{Ll}/u;

function clauseStart(t: string, at: number): number {
  const from = Math.max(0, at - CLAUSE_WINDOW);
  let start = from;
  CLAUSE_BREAK.lastIndex = 0;
  const window = t.slice(from, at);
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) start = from + m.index + m[0].length;
  return start;
}

/** Is a phrase (normalized offsets) refused, denied or said of a third party in its own clause? */
function refusedOrThirdParty(t: string, span: Range, rule: string, clauseFrom: number): boolean {
  const head = t.slice(clauseFrom, span.start);
  // read on into the phrase, so a negation's exceptions can see the word after it ("no nosso site")
  const reach = t.slice(clauseFrom, Math.min(t.length, span.end + 20));
  NEGATION_BEFORE.lastIndex = 0;
  for (let m = NEGATION_BEFORE.exec(reach); m && m.index < head.length; m = NEGATION_BEFORE.exec(reach)) {
    if (!CONDITION.test(head.slice(0, m.index))) return true;
  }
  if (NEGATION_AFTER.test(t.slice(span.end, span.end + CLAUSE_WINDOW))) return true;
  if (rule === 'offplatform' && AMAZON_CHANNEL_AFTER.test(t.slice(span.end, span.end + 60))) return true;
  return rule === 'offplatform' && THIRD_PARTY.test(head);
}

/** Is a marketing phrase the buyer's own order, or a review phrase inside a statement that the seller will not ask? */
/** `clauseFrom` is where the phrase's clause starts (read for marketing phrases only). */
function describesOrderOrRule(t: string, span: Range, rule: string, clauseFrom: number, buyerQuestion = ''): boolean {
  if (rule === 'marketing') {
    // the buyer asked about the pack or set the phrase names: the reply answers ("Passt das Zweierset
    // auch in ...?" - "Ja, das Zweierset passt ...")
    if (buyerQuestion && span.end - span.start >= 3 && buyerQuestion.includes(t.slice(span.start, span.end))) return true;
    const head = t.slice(clauseFrom, span.start);
    const sentence = sentenceAround(t, span);
    return ORDERED_AFTER.test(t.slice(span.end, span.end + 60)) || ORDERED_BEFORE.test(head) || ALREADY_APPLIED.test(sentence) || saleEndedAt(t, span) || insideQuotes(t, span);
  }
  if (rule !== 'leading' && rule !== 'review_request') return false;
  return NOT_ASKING.test(t.slice(Math.max(0, span.start - CLAUSE_WINDOW), span.start).split(/[.!?;\n]/).pop() ?? '');
}

/** The buyer's message, normalized, when it asks something (else ''): bounded, as the reply is. */
function buyerQuestionOf(buyerMessage: string): string {
  if (!buyerMessage) return '';
  const b = normalize(buyerMessage.slice(0, 4000)).text;
  return BUYER_QUESTION.test(b) ? b : '';
}

/** Is a phrase, as typed, part of a product name: Title-Case words inside a sentence of ordinary prose
 *  with another capitalised word right next to it ("the Best Deal Organiser", "your Five Star Chef Set",
 *  "The 5 Star Kitchen Knife")? Not a shouted or title-cased line ("Please Leave A 5 Star Review"). */
// why: brand and product names carry rating and sale words; their Title Case tells them from an ask
function inProductName(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^(?:\p{Lu}[\p{Ll}\d'’-]*|\d+(?:[-‑]\p{Lu}\p{Ll}*)?)$/u.test(w))) return false;
  if (!words.some((w) => /\p{Lu}/u.test(w))) return false;
  const sentenceFrom = Math.max(0, start - CLAUSE_WINDOW);
  const before = text.slice(sentenceFrom, start);
  const after = text.slice(end, end + CLAUSE_WINDOW);
  const lead = /(?:^|[.!?\n]\s*)$/u;
  // ordinary prose around it: lowercase words in the sentence
  if (!LOWER_WORD.test(before.replace(/^[^]*[.!?\n]/u, '') + ' ' + after.replace(/[.!?\n][^]*$/u, ''))) return false;
  const next = /^[ \t]{1,3}(\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(after);
  if (next) return true;
  const prev = /(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t]{1,3}$/u.exec(before);
  return prev !== null && !lead.test(before.slice(0, prev.index));
}

/** Does a range overlap any of `ranges`? Merged and binary-searched (span.ts): linear on a 1 MB paste. */
function overlapsAny(ranges: readonly Range[]): (r: Range) => boolean {
  const merged: [number, number][] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last[1]) last[1] = Math.max(last[1], r.end);
    else merged.push([r.start, r.end]);
  }
  return (r) => {
    const i = firstEndingAfter(merged, r.start);
    return i < merged.length && merged[i]![0] < r.end;
  };
}

export function checkMessage(text: string, rawOptions: CheckOptions | null = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const options = safeOptions(rawOptions);
  const ui = options.uiLanguage;
  const norm = normalize(text);
  const t = norm.text;
  const wanted = options.languages;
  const phrases = phraseScope(t, wanted);
  const spans: Span[] = [];

  const links = detectLinks({ normalized: t, original: text, toOrigStart: (i) => originalStart(norm, i) });
  spans.push(...links);
  const addresses = links.filter((s) => s.rule === 'url' || s.rule === 'email' || s.rule === 'amazon_link' || s.variant === 'amazon');
  const inAddress = overlapsAny(addresses);
  const contacts: Span[] = links.filter((s) => s.rule === 'url' || s.rule === 'email');
  for (const p of detectPhones(t)) {
    if (inAddress(p)) continue;
    spans.push(p);
    contacts.push(p);
  }
  for (const c of contacts) {
    if (ENTITY_INVITATION.test(sentenceAround(t, c))) spans.push({ rule: 'offplatform', severity: 'block', start: c.start, end: c.end, entry: 'offplatform:address-in-invitation' });
  }
  spans.push(...detectImportantTag(t));
  // asking for the buyer's own phone number or e-mail, in any language's words
  spans.push(...contactAsks(t, CARRIER_NOUN));

  const review: Span[] = [];
  // phrases a guard clears stay visible to the learned layer, so it does not re-flag the sentence
  const cleared: Span[] = [];
  const buyerQuestion = buyerQuestionOf(options.buyerMessage);
  for (const list of LEXICAL_RULES) {
    for (const m of phrases.run(list)) {
      const span: Span = { rule: list, severity: 'block', ...m };
      // the phrase's clause start, read once for the guards that ask for it (those of the lists
      // guarded by refusal: marketing, the one list describesOrderOrRule reads it for, is one of them)
      const clause = GUARDED_BY_REFUSAL.has(list) ? clauseStart(t, m.start) : -1;
      if (clause >= 0 && refusedOrThirdParty(t, m, list, clause)) {
        cleared.push(span);
        continue;
      }
      if (describesOrderOrRule(t, m, list, clause, buyerQuestion)) {
        cleared.push(span);
        continue;
      }
      if (GUARDED_AS_NAME.has(list)) {
        const [os, oe] = toOriginal(norm, m.start, m.end);
        if (inProductName(text, os, oe)) {
          cleared.push(span);
          continue;
        }
      }
      span.entry = m.entry ?? entryAt(list, t, m);
      spans.push(span);
      if (list === 'review_request' || list === 'leading') review.push(span);
    }
  }

  // a promotion in plain words (an upsell, a new model, a bundle, other products) is marketing whatever its words
  // (through the marketing guards the lexicon phrases pass: a sale told as over, a quoted name)
  for (const p of promotions(t, options.buyerMessage)) {
    if (describesOrderOrRule(t, p, 'marketing', clauseStart(t, p.start), buyerQuestion)) cleared.push(p);
    else spans.push(p);
  }

  // es/pt/it/fr review asks read from their structure (a request form and a review object in one sentence)
  if (wanted.some((l) => ROMANCE.has(l))) {
    const isName = (a: number, b: number) => {
      const [os, oe] = toOriginal(norm, a, b);
      return inProductName(text, os, oe);
    };
    for (const s of romanceReviewAsks(t, isName)) {
      spans.push(s);
      review.push(s);
    }
  }
  // a review ask conditioned on, or following, a good experience is leading whatever its words
  const asks = review.filter((s) => s.rule === 'review_request');
  if (asks.length) spans.push(...conditionedAsks(t, asks));
  // contact-first, sympathy, social proof and rewards tied to a review, read from their structure (English)
  if (wanted.includes('en')) spans.push(...reviewAppeals(t, [...asks].sort((a, b) => a.start - b.start)));

  if (options.reviewAlreadyRequested) {
    // One channel per order: after Request a Review, any review wording in a message blocks.
    for (const s of review) spans.push({ rule: 'review_channel', severity: 'block', start: s.start, end: s.end, entry: s.entry });
    for (const m of phrases.run('review_wording')) spans.push({ rule: 'review_channel', severity: 'block', ...m, entry: m.entry ?? entryAt('review_wording', t, m) });
  }

  if (options.buyerMessage && buyerProposesOffAmazon(options.buyerMessage, wanted) && phrases.run('refuse').length === 0) {
    const accepted = phrases.run('accept').find((m) => m.start < ACCEPT_WINDOW || CHANNEL_WORD.test(t.slice(m.start, m.end)));
    if (accepted) spans.push({ rule: 'offplatform', severity: 'block', ...accepted, variant: 'accept', entry: accepted.entry ?? entryAt('accept', t, accepted) });
  }

  if (t.length <= AUTO_REPLY_MAX_LENGTH) {
    const auto = phrases.run('auto_reply')[0];
    if (auto) spans.push({ rule: 'auto_reply', severity: 'info', ...auto, entry: auto.entry ?? entryAt('auto_reply', t, auto) });
  }

  spans.push(...customSpans(norm, options));

  // normalized -> original offsets (emoji are detected on the original directly)
  const mapped: Span[] = spans.map((s) => {
    const [start, end] = toOriginal(norm, s.start, s.end);
    return { ...s, start, end };
  });
  mapped.push(...detectEmoji(text, t, (s, e) => toOriginal(norm, s, e)));

  // the learned layer: sentences that read like a rule's paraphrase the lexicons miss get a 'warn'
  return withModelFindings(finalize(mapped, ui), norm, cleared.length ? [...spans, ...cleared] : spans, wanted, ui);
}

/** Merges overlapping spans of the same rule, sorts by start then end, attaches messages. */
export function finalize(spans: Span[], ui: UiLanguage): Finding[] {
  spans.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.start - b.start || a.end - b.end));
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && last.rule === s.rule && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (SEVERITY_RANK[s.severity] > SEVERITY_RANK[last.severity]) {
        last.severity = s.severity;
        last.variant = s.variant;
      }
    } else {
      merged.push({ ...s });
    }
  }
  merged.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  // every finding made here is a rule's (lexicon, entity, symbol); the learned layer adds its own
  return merged.map((s) => ({ rule: s.rule, severity: s.severity, start: s.start, end: s.end, ...describe(s.rule, s.variant, ui), layer: 'rule' as const, ...(s.entry ? { entry: s.entry } : {}) }));
}
