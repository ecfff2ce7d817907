// The seller's own bank account named for a payment is no personal data of the buyer's (the payment off Amazon is
// offplatform's business, found by its own entries): "die IBAN schicke ich Ihnen gleich", "faccia un bonifico sull'IBAN
// che le mando", "振込先の口座をお伝えします". A bank word is the seller's when it goes TO the buyer (a giving verb in the
// seller's first person with the buyer as receiver) or when the buyer's money goes INTO it (a transfer's destination),
// and nothing marks it as the buyer's own ("Ihre IBAN", "your bank details", "sus datos bancarios").
// Read on the phrase's sentence only (bounded: linear on a long paste).
// why: s22 blind e de-011, it-010, ja-011 - a transfer accepted, the seller's IBAN promised, read as the buyer's asked
import { compact } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';

interface Range {
  start: number;
  end: number;
}

/** Bank words a personal_data phrase names (the match, not the entry: a list of any language may hold it). */
const BANK_WORD = /iban|bank|konto|conto|cuenta|conta|compte|rib|coordonn|coordinate|datos bancarios|dados banc|口座|振込先/u;

/** The buyer as its owner, right before it: "Ihre IBAN", "your bank details", "su IBAN", "votre RIB", "お客様の口座". */
// (Spanish/Portuguese/Italian "su/sua/seu" are the buyer's; "sull'IBAN" is "on the IBAN")
const BUYER_OWNS_BEFORE = accentOptionalRe(
  compact(/(?<![\p{L}'])(?:your|ihr|ihre[nmr]?|deine[nmr]?|dein|votre|vos|ton|ta|tes|su|sus|tu|tus|suo|sua|tuo|tua|seu|seus|teu)\s(?:[\p{L}-]{1,14}\s){0,1}$|お客様(?:の|ご自身の)?$|ご自身の$/u),
);

/** A giving verb in the seller's first person with the buyer as receiver, after the word in its clause: "die IBAN
 *  schicke ich Ihnen", "l'IBAN che le mando", "el IBAN que le envío", "l'IBAN que je vous envoie", "the IBAN I'll send
 *  you", "o IBAN que te mando". */
// (s25: the receiver left out - "die Bankverbindung schicken wir gern", "die IBAN nennen wir Ihnen" - the seller's first person
// after the word is the giving; s25 blind e de-005. Not "die Bankverbindung, die Sie uns schicken": SELLER_RECEIVES_AFTER)
const GIVEN_AFTER = accentOptionalRe(
  compact(/^[^.!?;\n]{0,30}?(?<![\p{L}])(?:(?:schicke|sende|gebe|nenne|maile|teile|schicken|senden|geben|nennen|teilen)\s(?:ich|wir)(?:\s(?:\p{L}{1,12}\s)?(?:ihnen|dir|euch))?|(?:che|que)\s(?:(?:io|noi|je|nous|yo|eu)\s)?(?:le|la|ti|vi|gli|vous|te|lhe|lhes|les)\s(?:mando|invio|do|comunico|giro|mandiamo|inviamo|diamo|comunichiamo|envoie|envoyons|donne|donnons|communique|communiquons|transmets|transmettons|env[íi]o|enviamos|mandamos|paso|pasamos|doy|damos|facilito|facilitamos|indico|indicamos|passo|passamos|informo|informamos)|(?:that|which)?\s?(?:i|we)(?:'ll| will| can)?\s(?:send|give|forward|e-?mail|text)\s(?:to\s)?you)(?![\p{L}])/u),
);
/** ... or before it: "ich schicke Ihnen die IBAN", "le mando l'IBAN", "je vous envoie notre RIB", "I'll send you the IBAN",
 *  "te paso los datos bancarios", "lhe envio os dados bancários" (the word within four words after). */
// (s25: a first-person plural opening the clause gives it without a receiver - "Enviamos os dados bancários por aqui", "inviamo
// le coordinate bancarie"; only clause-first, where it is no "sus datos bancarios" asked later in a long clause)
const GIVEN_BEFORE = accentOptionalRe(
  compact(/(?<![\p{L}])(?:(?:ich|wir)\s(?:schicke|sende|gebe|nenne|maile|teile|schicken|senden|geben|nennen|teilen)\s(?:ihnen|dir|euch)|(?:le|ti|vi|gli)\s(?:mando|invio|do|comunico|giro|mandiamo|inviamo|diamo|comunichiamo|manderò|invierò|manderemo|invieremo)|(?:je|nous|on)\s(?:vous|te)\s(?:envoie|envoyons|donne|donnons|communique|communiquons|transmets|transmettons|enverrai|enverrons|communiquerai|communiquerons)|(?:le|te|les)\s(?:env[íi]o|enviamos|mando|mandamos|paso|pasamos|doy|damos|facilito|facilitamos|indico|indicamos|enviar[ée]|enviaremos|mandar[ée])|(?:te|lhe|lhes)\s(?:envio|enviamos|mando|mandamos|passo|passamos|informo|informamos|enviarei|enviaremos)|(?:envio|enviamos|mando|passo)-(?:lhe|te)|(?<=^|[,;:]\s?)(?:enviamos|mandamos|passamos|enviaremos|mandaremos|inviamo|mandiamo|invieremo|manderemo)|(?:i|we)(?:'ll| will| can)?\s(?:send|give|forward|e-?mail|text)\s(?:you))(?:\s[\p{L}'’-]{1,14}){0,4}\s?$/u),
);
/** The buyer's money going into it: a transfer verb, then the word as where it goes ("überweisen Sie auf die IBAN", "un
 *  bonifico sull'IBAN", "un virement sur le compte", "transfiera a la cuenta", "transferência para a conta", "wire it to
 *  the account"). */
const DESTINATION_BEFORE = accentOptionalRe(
  compact(/(?<![\p{L}])(?:überweis\p{L}*|einzahl\p{L}*|zahl\p{L}*|bonifico|versament\p{L}*|vers\p{L}{1,4}|pag\p{L}{1,5}|virement|vir\p{L}{1,4}|transfer\p{L}*|wire|pay\p{L}{0,3}|deposit\p{L}*|ingres\p{L}*)(?:\s[^\s.!?;]{1,16}){0,5}?\s(?:auf|an|to|into|onto|sur|sul|sull'|sulla|al|a la|en la|na|no|para|para a|para o|in)\s?(?:(?:die|das|den|unser\p{L}{0,2}|the|our|le|la|l'|notre|el|nuestra|a|o|nossa|il|nostro|questo|questa|this|folgende\p{L}?|angegebene\p{L}?|indicated|given)\s?)?(?:[\p{L}]{1,14}\s)?$/u),
);
/** The buyer as the giver after the word: "the IBAN you send us", "die Sie uns schicken", "que vous nous", "che ci manda". */
const SELLER_RECEIVES_AFTER = accentOptionalRe(
  compact(/^[^.!?;\n]{0,30}?(?<![\p{L}])(?:you (?:send|give|provide|share)|sie uns|(?:que|qu'|che|que)\s?(?:vous|lei|usted|voc[êe])?\s?(?:nous|ci|mi|nos|me)\s)/u),
);
/** Refund words: money paid back goes into the buyer's account (word starts: "devolv" not inside another word). */
const REFUND = /(?<![\p{L}])(?:refund|erstatt|rückerstatt|rembours|rimbors|reembols|devoluci|devolv|estorn)|返金/u;
/** The buyer asked to give the word, in its clause before it: "Bitte nennen Sie uns die IBAN", "please send me the IBAN", "can you
 *  tell me the IBAN", "mi mandi l'IBAN", "envoyez-moi le RIB", "indíquenos el IBAN", "me passa o IBAN" - then a giving verb after
 *  it ("..., dann schicke ich Ihnen das Geld zurück") sends the money, not the IBAN (s22 review 1 #2). */
const BUYER_ASKED_BEFORE = accentOptionalRe(
  compact(/(?<![\p{L}])(?:(?:send|tell|give|forward|e-?mail|text|provide|share)\s(?:me|us)|let (?:me|us) (?:know|have)|(?:nennen|schicken|senden|geben|teilen|mailen|schreiben)\s(?:sie|du)\s(?:uns|mir)|(?:nenne|schick|sende|gib|teile)\s(?:uns|mir)|(?:mi|ci)\s(?:mandi|dica|comunichi|invii|manda|dia|indichi|scriva|giri)|(?:envoyez|donnez|communiquez|transmettez|indiquez|écrivez)-(?:moi|nous)|(?:indíque|indica|envíe|envía|mánde|manda|díga|dí|pase|pása|facilíte|facilita|dé|da)(?:nos|me)|me (?:passa|manda|envia|informe|diga)|nos (?:passe|mande|envie|informe|diga))(?:\s[\p{L}'’-]{1,14}){0,4}\s?$/u),
);
/** Money as the thing given after the verb: "schicke ich Ihnen das Geld", "I'll send you the refund", "le mando il rimborso". */
const MONEY_GIVEN = /^\s?(?:(?:the|das|den|die|il|lo|la|le|el|o|a|l')\s?)?(?:money|refund|amount|geld|betrag|erstattung|rimborso|soldi|importo|remboursement|argent|montant|reembolso|dinero|importe|dinheiro|reembolso|estorno|valor)(?![\p{L}])/u;
/** A new clause opened after the word: "die IBAN, dann schicke ich ...", "the IBAN and I'll send you ...", "l'IBAN e le mando ...". */
const NEW_CLAUSE = /(?<![\p{L}])(?:and|then|so|dann|und|danach|e|et|puis|y|luego|così)(?![\p{L}])/u;
/** Japanese: the seller's humble giving after it ("口座をお伝えします", "振込先をご案内いたします") - not a request ("お知らせください"),
 *  or the buyer's payment into it ("下記の口座にお振込みください"). */
const JA_GIVEN_AFTER = /^[^。！？\n]{0,12}?(?:お伝え|お知らせ|ご案内|お送り|ご連絡|ご提示|ご教示|送付|連絡)(?:します|いたします|致します|させていただきます|させて頂きます|する)/u;
const JA_INTO_AFTER = /^[^。！？\n]{0,6}?(?:に|へ)(?:お|ご)?(?:振込|振り込|入金|送金)/u;
const JA_SELLER_BEFORE = /(?:弊社|当社|当店|私ども|こちら|当方)(?:の|指定の)?[^。！？\n]{0,4}$/u;

/** Is the personal_data phrase at `span` the seller's own bank account given or paid into? Reads the 80 characters before it (to
 *  the clause's start) and the 60 after it. */
export function sellersOwnAccount(t: string, span: Range): boolean {
  const phrase = t.slice(span.start, span.end);
  if (!BANK_WORD.test(phrase)) return false;
  const before = t.slice(Math.max(0, span.start - 80), span.start);
  const clauseBefore = before.split(/[.!?;\n。！？]/u).pop() ?? '';
  if (BUYER_OWNS_BEFORE.test(clauseBefore) || /(?<![\p{L}])(?:your|ihre|votre|su|sua|seu)\s/u.test(phrase)) return false;
  // (the buyer asked to give it: "send me the IBAN and I'll send you the refund")
  if (BUYER_ASKED_BEFORE.test(clauseBefore)) return false;
  const after = t.slice(span.end, span.end + 60);
  if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(phrase)) {
    // (the humble statement is the seller's own act; "お知らせください" asks and never matches it)
    return JA_GIVEN_AFTER.test(after) || JA_INTO_AFTER.test(after) || JA_SELLER_BEFORE.test(clauseBefore);
  }
  // (the buyer giving it to the seller after all: "the IBAN you send us", "die IBAN, die Sie uns schicken")
  if (SELLER_RECEIVES_AFTER.test(after)) return false;
  // (a refund goes into the buyer's account: "we'll transfer the refund to the IBAN" asks for it)
  // (the giving verb after it must give the word itself, in its own clause: "die IBAN sende ich Ihnen gleich", not "die IBAN, dann
  // schicke ich Ihnen das Geld" nor "the IBAN and I'll send you the refund")
  const given = GIVEN_AFTER.exec(after);
  const givesWord = given !== null && !NEW_CLAUSE.test(after.slice(0, given.index + given[0].length).replace(/(?:i|we)(?:'ll| will| can)?\s(?:send|give|forward|e-?mail|text)\s(?:to\s)?you$/u, '').replace(/^[\s,]*(?:that|which)\s/u, '')) && !MONEY_GIVEN.test(after.slice(given.index + given[0].length)) && !REFUND.test(after);
  return givesWord || GIVEN_BEFORE.test(clauseBefore) || (DESTINATION_BEFORE.test(clauseBefore) && !REFUND.test(clauseBefore + phrase + after));
}
