// Phone numbers: international, grouped, vanity (1-800-FLOWERS) and spelled out ("five five
// five ..."). The hard part is what is NOT a phone number: order ids (113-1234567-1234567),
// tracking numbers, EAN/ASIN/SKU, dates, prices, times. A digit run is a phone number when it
// is written like one (a + or 00 prefix, a trunk 0, a (area) code or US 3-3-4 grouping) or sits
// next to a phone word; a run next to an id word (order, tracking, EAN...) is left alone.
import { entity, type EntityEntry, type EntitySpan } from '../entities/entry';
import { plausibleInternational } from '../entities/phone-lengths';
import { AND_WORD, andJoinsOneNumber, countsUp, readNumberRun } from '../entities/number-words';
import { accentOptionalRe } from '../accent-optional';
import { defineCue, type CueHits } from './entry-index';
import { compact, compactRegExp } from './compact-letters';
import { messengerAppsExcept } from '../lexicon/shared';

/** A run of digits joined by the separators people put inside phone numbers (dashes of every width,
 *  spaced or not: "(866) 464 – 8625"; the normalizer folds only a dash between two digits). Not the
 *  minutes of a time: "18:06 – 09/08/2024" is a time and a date. (\x96 \x97: "–" "—" in the copy, normalize.ts) */
const RUN_RE = /(?<![a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff0-9_\-/.,])(?<!\d:)(?:\+[ \t]?|00)?(?:\([ \t]?\d{1,5}[ \t]?\)[ \t.\-\u2013\u2014\x96\x97]{0,3})?\d(?:[ \t.\-/\u2013\u2014\x96\x97\u2212_]{0,3}(?:\(0\)[ \t]?)?\(?\d\)?){0,24}/g;

// why: "call" but not the Spanish street word ("calle Mayor 22, 28013 Madrid" is a postal code)
// why (added): "dial", "landline" (en); "ruf mich/uns an", "Festnetz" (de); "composez" (fr, to dial);
// "márcame/márcanos" (es, dial me: "márcame al 33 1234 5678"; "marca" alone is the word for a brand);
// "telemóvel" (pt-PT mobile), "whats"/"wpp" (pt-BR short for WhatsApp); "squillo" (it, "fammi uno
// squillo", give me a ring); ケータイ (ja, mobile in katakana); texting and writing to a number:
// "text me/us/to/at/on", "send a text to" (not "text" alone: "Text 'HELP' to 55512" is a short code),
// "message me/us", "escríbeme al", "mándame un mensaje al", "écrivez-moi au", "scrivimi al",
// "manda um oi no" (pt-BR: drop me a hi on WhatsApp)
// (India's UPI apps as "bizum": the payee of GPay, Google Pay, PhonePe (a "phone" already), Paytm or a UPI id is a mobile number -
// "kindly pay ₹1,100 on GPay to 99306 78214" - s34 blind g1 en-113)
// ("pix" as "bizum": a Pix key is often the payee's mobile, "o Pix é a chave 11955501234" - s22 blind c pt-004)
// (s22: texting a team on the number, "text our fit team on 555-0143", "message the support desk at ..." - s21 blind y en-009)
// (s27: texting a person on the number, "just text him on 555-0148" after the seller's technician - s27 blind c en-008)
// (s27 round 2: an extension is a line - "no ramal 5521", "Durchwahl 214", "ext. 330", "interno 45", "内線123"; a 4-6 digit number
// right after it is a phone as after "Tel.")
// (the European Portuguese service lines, "linha de apoio", "linha verde", "apoio ao cliente" - s25 pt)
const PHONE_WORDS_BASE = /(?<![a-zà-ÿ])(?:phone|text(?:ing)? (?:(?:him|her|them) )?(?:us|me|to|at|on)(?![a-z])|(?:text|message) (?:our|the|my) (?:[a-z]{1,12} )?(?:team|staff|support|desk|office|department|shop|store|agents?|reps?) (?:on|at)(?![a-z])|a text (?:to|at|on)(?![a-z])|message (?:me|us)|escr[íi]b[ae](?:me|nos) al|m[áa]nda(?:me|nos) (?:un )?(?:mensaje|sms|whats)|mensaje al|[ée]cri(?:vez|s)-(?:moi|nous) au|text(?:ez|e|er)(?:-(?:moi|nous))? (?:au|le)(?![a-z])|scrivi(?:mi|ci) al|scriveteci al|manda (?:um )?(?:oi|mensagem|msg)|tel\b|tel\.|telephone|call(?!e(?:s|j[oó]n)?(?![a-z]))|ring|mobile|cell|whats ?app|whats\b|wpp\b|dial|landline|ruf(?:t|en)? (?:mich|uns)|festnetz|compose[rz]|m[áa]rca(?:me|nos)\b|telem[óo]vel|squillo|ケータイ|sms|ramal|durchwahl|extension|extensi[óo]n|ext\.|interno|内線|hotline|helpline|toll-?free|freephone|numero verde|numéro vert|número gratuito|フリーダイヤル|support line|line at|fax|contact|contato|reach|telefon|anruf|handy|rufen|mobil|rufnummer|handynummer|telefonnummer|erreichbar|erreichen (?:sie )?(?:mich|uns)|erreichst (?:du )?(?:mich|uns)|t[ée]l[ée]phone|t[ée]l\b|appel|portable|joindre|tel[ée]fono|ll[aá]m|m[óo]vil|contacto|telefono|cellulare|chiam|contatt|電話|携帯|連絡|tel:|(?:customer|service|support|sales|order|phone|help|kunden|info) ?line|l[íi]nea (?:de )?(?:atenci[óo]n|clientes)|m[áa]rque(?:nos)?|marcar|lig(?:ue|ar|a|a[çc][ãa]o|amos)\b|(?:atenci[óo]n|servicio) al cliente|service client|kundendienst|kundenservice|customer (?:service|care)|assistenza clienti|servizio clienti|atendimento|linha (?:de apoio|verde|azul|de atendimento|direta)|apoio ao cliente|お客様窓口|カスタマー(?:サービス|センター)|サポートセンター|telefone|celular|\bzap\b|bizum|\bpix\b|gpay|google pay|paytm|\bupi\b|ナビダイヤル|でんわ|telefoon|bel ons)/u;
// (s24 review #11: every messenger of MESSENGER_APPS, not WhatsApp alone - "escríbanos por Telegram al 612 345 678", "su Viber al
// 347 …"; not "messenger", also a bag)
const PHONE_WORDS = compactRegExp(PHONE_WORDS_BASE.source.replace('|whats ?app|', `|${messengerAppsExcept('messenger')}|`), 'u');
// why: parcel/package/shipment/consignment/waybill/送り状 are the English and Japanese words for the
// Sendung/Paket/colis already here ("we called the carrier, parcel 1234 5678 9012 is on its way")
// why: an air waybill (AWB) and a docket are India's and the couriers' words for the tracking number, and Delhivery, Blue Dart,
// Ekart, Xpressbees, DTDC, Shadowfax, Ecom Express and Speed Post its carriers ("The AWB number is 78412093355 (Delhivery)" - s34
// blind g1 en-109)
// why: return and reference codes are ids too ("Codice reso: 0987 6543 21", "Retourenschein 0123 4567 890")
// why: pickup points and lockers have numbers ("point relais ... numéro 24-5589-01", "Packstation 123"; s11 blind)
// (a carrier's name right before: its tracking number - "(MRW, número 0291 5530 8812)", "GLS, numero 6A 221 9034 7781" - s17 blind h)
// (s31 prec31: the original-equipment label of a car part, "OE 04465-33471", "OEM-Nummer" - a dashed part number as before)
// (part numbers too: "die Teilenummer 0711-552-38", "n° de pièce", "codice pezzo" - s17 blind d de-011, a dashed part number read as a phone)
// ("rma", "ean" and "ref" open a word ("ref" in "preferir", "prefer": "Se preferir, o meu número é 963 ..."): inside "armazém", "confirmar", "plataforma", "oceano" they are no id - s25 pt: "Ligue para
// confirmar: 912 555 432" was read as an id after the phone word)
// (the Brazilian tracking, "Rastreio: QB 913 550 204 BR" - s20h-pt-032, a nine-digit run once the mobile shape came)
// (the European Portuguese order, "encomenda": "o número da encomenda é 936 555 210" - s25, beside the nine-digit mobile shape)
// (s28 go2 de-017: a number given as an id's format - "hat das Format 0171-2284-509", "in the format", "nel formato" - is an id's shape)
const ID_WORDS = accentOptionalRe(/(?:order|parcel|package|shipment|consignment|exp[ée]dition|waybill|送り状|bestell|auftrag|encomenda|tracking|track|rastreio|rastreamento|sendung|paket|suivi|commande|colis|pedido|seguimiento|env[íi]o|ordine|spedizion|tracciamento|invoice|rechnung|facture|factura|fattura|sku|(?<![a-z])ean|asin|isbn|upc|gtin|serial|serien|s[ée]rie|(?<![a-z])ref|artikel|article|art[íi]culo|articolo|item|model|modell|mod[èe]le|modelo|lot|batch|charge|(?<![a-z])format(?:o)?(?![a-z])|形式|注文|追跡|お問い合わせ番号|伝票|品番|型番|receipt|beleg|ticket|case|(?<![a-z])rma(?![a-z])|return authori[sz]ation|return (?:code|label|number|id)|codice|c[oó]digo|(?<![a-z])reso(?![a-z])|retour|r[üu]cksend|devoluci[oó]n|devolu[çc][ãa]o|(?<![a-z])oem?(?![a-z])|original equipment|erstausrüster|part (?:no|number|#)|teile?-?(?:nummer|nr)|ersatzteil|(?:num[ée]ro|r[ée]f[ée]rence|n°) de (?:la )?pi[èe]ce|(?:n[úu]mero|referencia) de (?:la )?pieza|(?:numero|codice) (?:del )?pezzo|(?:n[úu]mero|c[óo]digo) da pe[çc]a|部品番号|nota fiscal|nf-?e\b|fatura|fall|vorgang|kundennummer|kunden-?nr|customer (?:id|no|number|#)|(?:numéro|n°|no\.?) (?:de )?client|número de (?:cliente|cuenta)|(?:numero|codice) cliente|cuenta|conto|compte|お客様番号|会員番号|iban|bic|plz|postcode|zip|code|cap\b|cp\b|(?<![a-z])(?:cpf|cnpj|nif|nie|dni|siret|siren|ust|steuer\w*|vat|tva|iva|rfc|codice fiscale|partita|gr[öo][ßs]en?|sizes?|tailles?|tallas?|taglie?)(?![a-z])|(?<![a-z])(?:relais|relay|packstation|paketshop|locker|casier|filiale|pick-?up point|collection point|punto (?:di )?ritiro|punto de recogida|ponto de retirada)(?![a-z])|(?<![a-z])(?:mrw|gls|dhl|ups|dpd|seur|sda|brt|tnt|fedex|usps|hermes|correos|correios|colissimo|chronopost|nacex|envialia|royal mail|evri|yodel|jadlog|estafeta|ctt|awb|air ?waybill|airway ?bill|docket|delhivery|blue ?dart|ekart|xpressbees|dtdc|shadowfax|ecom express|speed ?post)(?![a-z]))/u);

// why: "number" and its translations say phone only when nothing in the sentence says which number
// ("mi número es 33 1234 5678", "pelo número 21 95555-0198", "meine Nummer ist 0151 …", but not "mi
// número de pedido es …", "the number of units"); a compound ("Bestellnummer", 製造番号, 送り状番号) is
// not this word, a Japanese 番号 stands alone or after の ("こちらの番号")
// (the word's first character comes before the look-behind, in both alternatives, so the whole-text
// scan skips ahead cheaply: a look-behind that opens an alternative is tried at every position of a
// two-byte text - Japanese, €, emoji - 20x slower on a 1 MB paste)
// ("d'" before a vowel names the thing too: "Numéro d'expédition : 48213390" is a shipment's number - s21 blind x fr-003)
const NUMBER_WORDS = /(?:n(?<![a-zà-ÿ]n)(?:umber|ummer|um[ée]ro|[úu]mero)|番(?:(?<=の番)|(?<![a-zà-ÿ\u3040-\u30ff\u4e00-\u9fff々]番))号)(?![a-zà-ÿ])(?![ \t]*(?:(?:of|de|di|do|da|du|des|del|dei|della|dello)(?![a-zà-ÿ])|d['’]))/u;

/** A sentence end, but not the dot of an abbreviation that belongs to the number ("Tel. 030 …",
 *  "Bestell-Nr. 0123 …", "Ref. 0123 …"). */
// why (added): German compounds abbreviate "-nummer" as "-nr." ("Rechnungsnr. 0301234567", "Telefonnr. …")
const SENTENCE_BREAK = /[\n。！？]|(?<!(?:^|[^a-z])(?:nr|no|ref|art|tel|fax|mob|núm|num|n°|nº|kd|tlf|tfno|telf|best|bestell-nr|auftr|rech)|[a-zäöü]nr)[.!?](?=\s)/;
/** "to" right before the number (es/it "al", fr "au", pt "ao/para o", en "to"): money or a message is sent to it. */
const DESTINATION_BEFORE = /(?<![a-zà-ÿ])(?:al|au|ao|para o|to)[ \t]+$/;
/** Where a short number is given as the line: "al 555 71", "on 40123", "unter 4711", "no 5521". */
const SHORT_DESTINATION = /(?<![a-zà-ÿ])(?:al|allo|au|ao|at|on|to|unter|no|na|an)[ \t]+$/;
const DATE_RE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$/;
// why: a range of two day-month dates, the year once or twice ("vom 01.04.-05.04.2025", "12.03.-13.03.", "01/04 - 05/04/2025")
const DATE_RANGE_RE = /^(\d{1,2})[./](\d{1,2})(?:[./](?:\d{2}|\d{4}))?[./]?[ \t]*-{1,2}[ \t]*(\d{1,2})[./](\d{1,2})(?:[./](?:\d{2}|\d{4}))?[./]?$/;
function isDateRange(run: string): boolean {
  const m = DATE_RANGE_RE.exec(run);
  if (!m) return false;
  const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  const dayMonth = (x: number, y: number) => (x >= 1 && x <= 31 && y >= 1 && y <= 12) || (x >= 1 && x <= 12 && y >= 1 && y <= 31);
  return dayMonth(a, b) && dayMonth(c, d);
}
/** A date that could be one: day <= 31 and month <= 12 in some order, or a year first. */
function plausibleDate(run: string): boolean {
  const g = run.split(/[./-]/).map(Number);
  if (g.length !== 3) return false;
  const [a, b, c] = g as [number, number, number];
  if (run.split(/[./-]/)[0]!.length === 4) return b <= 12 && c <= 31;
  if (run.split(/[./-]/)[0]!.length === 3) return false;
  return (a <= 31 && b <= 12) || (a <= 12 && b <= 31) || c === 0;
}
// why (added): "nought" (en), "meia" (pt-BR says "meia" for six when reading out a number), "duas" (pt),
// "triplo"/"duplo" (it/pt)
export const SPELLED_DIGIT =
  '(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|null|eins|zwei|zwo|drei|vier|f[üu]nf|sechs|sieben|acht|neun|z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|due|tre|quattro|cinque|sei|sette|otto|nove|um|dois|duas|tr[êe]s|quatro|meia|sete|oito|double|triple|doppel|doble|doppio|dupla|duplo|triplo|\\d)';
const SPELLED_DIGIT_WORD = compactRegExp(`^${SPELLED_DIGIT}$`);
const LATIN_WORD_CHAR = String.raw`a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff0-9`;
/** Numbers read in pairs and groups, as people dictate them ("treinta y cuatro", "vingt-trois",
 *  "quatre-vingt-neuf", "onze"): teens and tens in en/de/fr/es/it/pt, with the "and" words between. */
export const SPOKEN_NUMBER =
  '(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|' +
  'zehn|elf|zw[öo]lf|(?:drei|vier|f[üu]nf|sech|sieb|acht|neun)zehn|(?:(?:ein|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun)und)?(?:zwanzig|drei[ßs]ig|vierzig|f[üu]nfzig|sechzig|siebzig|achtzig|neunzig)|' +
  'hundert|' +
  'dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|' +
  'diez|once|doce|trece|catorce|quince|dieci[a-zéí]{3,6}|veint[a-zéíóú]{1,7}|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|' +
  'dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)[a-zàèéìòù]{0,7}|' +
  // Italian drops the tens' vowel before uno/otto ("ventotto", "trentuno")
  '(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:uno|otto)|cento|' +
  'dez|doze|treze|quatorze|catorze|dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove|vinte|trinta|quarenta|cinquenta|sessenta|oitenta|cem|' +
  'y|e|et|und|and|' +
  SPELLED_DIGIT.slice(3, -1) +
  ')';
const SPOKEN_RE = compactRegExp(
  String.raw`(?<![${LATIN_WORD_CHAR}])${SPOKEN_NUMBER}(?:[ \t,\-]{1,3}${SPOKEN_NUMBER}){4,30}(?![${LATIN_WORD_CHAR}])`,
  'g',
);
/** The characters between two number words of a run (one to three of them), as a class and as a code test. */
// (a slash between groups too, as German numbers are written: "null-acht-null-null / drei-drei-zwo / eins-null-eins" -
// s20 blind f de-027)
// (an en or em dash between blanks parts the groups as a hyphen between blanks does: "null fünf eins eins – fünf fünf fünf – sieben
// zwo vier null" - s27 blind d de-020; outside digits the detection copy keeps such a dash as its one-byte stand-in \x96/\x97)
const RUN_SEPARATORS = ' \t,-/\u2013\u2014\x96\x97';
const RUN_SEPARATOR_CLASS = String.raw`[ \t,\-/\u2013\u2014\x96\x97]`;
/** The same words anywhere in the text, four or more: digits read one by one in any language
 *  ("five five five one two three four"), or one language's number read out in groups, as long as a
 *  phone number ("zéro six, douze, trente-quatre, …"; entities/number-words.ts reads the run). */
export const NUMBER_RUN_SOURCE = String.raw`(?<![${LATIN_WORD_CHAR}])${SPOKEN_NUMBER}(?:${RUN_SEPARATOR_CLASS}{1,3}${SPOKEN_NUMBER}){3,60}(?![${LATIN_WORD_CHAR}])`;
const NUMBER_RUN_RE = compactRegExp(NUMBER_RUN_SOURCE, 'g');
const RUN_TOKEN_RE = /([ \t,\-/\u2013\u2014\x96\x97]*)([^ \t,\-/\u2013\u2014\x96\x97]+)/g;

/** One number word, whole (NUMBER_RUN_RE's token). */
const SPOKEN_WORD = compactRegExp(`^${SPOKEN_NUMBER}$`);
const spokenWords = new Map<string, boolean>();
/** LATIN_WORD_CHAR as a code table, read from the class itself (every unit of it is below U+0500): NUMBER_RUN_RE's
 *  tokens are whole runs of these (a token ends at a separator or at its look-ahead, and starts after a separator or
 *  its look-behind). */
const LATIN_WORD_CODES = (() => {
  const re = compactRegExp(`[${LATIN_WORD_CHAR}]`);
  const codes = new Uint8Array(0x500);
  for (let c = 0; c < codes.length; c++) codes[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return codes;
})();
const latinWordCode = (c: number): boolean => c < 0x500 && LATIN_WORD_CODES[c] === 1;
const runSeparator = (c: number): boolean => RUN_SEPARATORS.includes(String.fromCharCode(c));

/** Can NUMBER_RUN_RE match here - four number words in a row, one to three of " \t,-" between each two? Read word by
 *  word with a cache, no regexp over the text: the number-word alternation opens with a look-behind, so V8 tries it at
 *  every character (the costliest pattern of an unoptimised check: 4 % of it, on texts that hold no such run). */
export function mayHoldNumberRun(text: string): boolean {
  let run = 0;
  let previousEnd = -1;
  for (let i = 0; i < text.length; ) {
    if (!latinWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && latinWordCode(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    let spoken = spokenWords.get(word);
    if (spoken === undefined) {
      spoken = SPOKEN_WORD.test(word);
      if (spokenWords.size > 4096) spokenWords.clear();
      spokenWords.set(word, spoken);
    }
    if (!spoken) run = 0;
    else {
      let joined = run > 0 && i - previousEnd >= 1 && i - previousEnd <= 3;
      for (let k = previousEnd; joined && k < i; k++) joined = runSeparator(text.charCodeAt(k));
      run = joined ? run + 1 : 1;
      if (run >= 4) return true;
      previousEnd = j;
    }
    i = j;
  }
  return false;
}
const CONNECTOR = /^(?:y|e|et|und|and|double|triple|doppel|doble|doppio|dupla|duplo|triplo)$/;
/** Japanese digit readings in kana ("ゼロサン、いちにさんよん") and kanji digits ("〇三‐一二三四‐五六七八"). */
// why (added): the long vowel people write when reading a number out ("キュー", "ニーニー", "ゴーゴー")
const KANA_DIGIT = '(?:ゼロ|ぜろ|れい|レイ|まる|マル|いち|イチ|さん|サン|よん|ヨン|ろく|ロク|なな|ナナ|しち|シチ|はち|ハチ|きゅう|キュウ|きゅー|キュー|にー|ニー|ごー|ゴー|に|ニ|し|シ|ご|ゴ|く|ク)';
// (の between the groups as it is said: "ゼロハチゼロのイチニサンヨンの…")
const KANA_RE = compactRegExp(`${KANA_DIGIT}(?:[、,・の\\s]{0,2}${KANA_DIGIT}){6,30}`, 'g');
/** A Japanese number read out from its trunk 0 ("ゼロキュウゼロ、イチニサンヨン、…"): ten digits or more,
 *  anywhere in the text (a 0 reading then nine digit readings is no Japanese word). */
const KANA_ZERO_RE = compactRegExp(`(?:ゼロ|ぜろ|れい|レイ|まる|マル)(?:[、,・の\\s]{0,2}${KANA_DIGIT}){9,30}`, 'g');
const KANA_ZERO_HINT = /ゼロ|ぜろ|れい|レイ|まる|マル/;
// why (added): の between the groups as it is said ("〇九〇の一二三四の五六七八")
const KANJI_RE = /[〇零一二三四五六七八九](?:[‐\-ー−–—\x96\x97・ \u3000の]?[〇零一二三四五六七八九]){6,14}/g;

const VANITY_RE = /(?<![a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff0-9])(?:\+?1[ \t.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ \t.-]?(?=[a-z0-9 .-]{0,9}[a-z])[a-z0-9]{3}[ \t.-]?[a-z0-9]{4}(?![a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff0-9])/g;

const GLOBAL = new Map<RegExp, RegExp>();
function lastMatch(re: RegExp, s: string): number {
  let at = -1;
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = compactRegExp(re.source, 'gu')));
  g.lastIndex = 0;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    at = m.index;
    if (m[0].length === 0) g.lastIndex += 1;
  }
  return at;
}

function contextBefore(text: string, at: number, width: number): string {
  return text.slice(Math.max(0, at - width), at);
}

/** GS1 check digit (EAN-8/13, UPC-A, GTIN-14): an unbroken run that passes it is a product code. */
function gs1Valid(digits: string): boolean {
  if (![8, 12, 13, 14].includes(digits.length)) return false;
  let sum = 0;
  for (let i = digits.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += Number(digits[i]) * w;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}
/** "1 2 3 4 5 6 7 8 9 10", "8 9 10 11 12": counting, not dialling (four or more groups, each one more,
 *  reaching two digits; "0 1 2 3 4 5 6 7 8 9" after "Appelez le" is a number dictated digit by digit). */
function countingList(run: string): boolean {
  if (!/^\d{1,2}\D/.test(run)) return false; // a list starts below 100: most runs are out at once
  const groups = run.split(/[^0-9]+/).filter(Boolean).map(Number);
  return groups.length >= 4 && groups[groups.length - 1]! >= 10 && groups.every((g, i) => i === 0 || g === groups[i - 1]! + 1);
}
const d9 = (run: string): boolean => run.replace(/\D/g, '').length === 9;
/** CPF (000.000.000-00) and CNPJ (00.000.000/0000-00): Brazilian tax ids in explanations. */
const TAX_ID = /^(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2})$/;

/** Help, questions, a service line: the number is where they go. */
const HELP_LINE = /(?<![a-zà-ÿ])(?:help|questions?|support|service|hotline|helpline|contact|hilfe|fragen|rückfragen|kontakt|aide|assistance|ayuda|dudas|soporte|contacto|aiuto|domande|assistenza|contatto|ajuda|d[úu]vidas|suporte|contato|sac)(?![a-zà-ÿ])|お問い合わせ|サポート|ご不明/u;
/** The digits of a run as a shape: each digit a 9, each separator run one dash ("0800-554-2170" and "0800 554 2190" are 9999-999-9999). */
const shapeOf = (run: string): string => run.replace(/\d/gu, '9').replace(/[ \t.\-/()+]+/gu, '-').replace(/^-|-$/gu, '');
/** A run of digits and separators, 7 to 24 characters (the candidate numbers an id word names). */
const ID_RUN = /\d[\d \t.\-/]{5,22}\d/u;
/** Did an id word, within the 400 characters before, name a number of the same shape and the same first group as `trimmed`? */
function sameShapeAsIdBefore(text: string, start: number, trimmed: string): boolean {
  const window = contextBefore(text, start, 400);
  const shape = shapeOf(trimmed);
  // (the run may open with a bracket or a sign: "(31) 95555-2210")
  const first = /\d+/u.exec(trimmed)?.[0];
  if (!first) return false;
  let g = GLOBAL.get(ID_WORDS);
  if (!g) GLOBAL.set(ID_WORDS, (g = compactRegExp(ID_WORDS.source, 'gu')));
  g.lastIndex = 0;
  for (let m = g.exec(window); m; m = g.exec(window)) {
    if (m[0].length === 0) g.lastIndex += 1;
    const run = ID_RUN.exec(window.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (run && shapeOf(run[0]) === shape && /\d+/u.exec(run[0])![0] === first) return true;
  }
  return false;
}

/** The id nouns that open a sentence as its subject (s28, the guard in isPhoneRun): a reference, a part, a code, a serial. */
const ID_SUBJECT = /(?<![a-zà-ÿ])(?:r[ée]f[ée]ren[cz]\p{L}{0,2}|riferimento|parts?|teil\p{L}{0,10}|codice|c[óo]digo|codigo|code|artikel\p{L}{0,8}|sku|ean|jan|isbn|serial|serien\p{L}{0,6}|s[ée]rie|modell?[oi]?|mod[èe]le)(?![a-zà-ÿ])/u;
/** A call or text verb (s32, the local three-four number's context): "ring him", "call", "text Marek", "shoot me one / a text". */
const CALL_OR_TEXT = /(?<![a-z])(?:ring|call|text|phone|dial|shoot (?:me|us) (?:one|a text|a message|a line))(?![a-z])/u;
function isPhoneRun(text: string, start: number, run: string): EntityEntry | null {
  const digits = run.replace(/\D/g, '');
  const d = digits.length;
  if (d < 4 || d > 15) return null;
  // a spaced dash is one separator: "464 – 8625", "555 - 123 - 4567" are shaped as 464-8625, 555-123-4567
  const trimmed = run.trim().replace(/[ \t]*[\u2013\u2014\x96\x97\u2212][ \t]*|[ \t]+-[ \t]*|[ \t]*-[ \t]+/g, '-');
  if (TAX_ID.test(trimmed)) return null;
  if (isDateRange(trimmed)) return null;
  if (countingList(trimmed)) return null;
  // a phone word up to 40 characters back, in the number's sentence ("Sie erreichen mich jederzeit unter …")
  const before = contextBefore(text, start, 50);
  const near = before.slice(-40).split(SENTENCE_BREAK).pop()!;
  // right after a phone word ("Tel. 22-12-34", "phone 7290", "Llámenos al 8999")
  const tight = (width: number) => lastMatch(PHONE_WORDS, near.slice(-width)) >= 0 && lastMatch(ID_WORDS, near.slice(-width)) < 0;
  // a date has at most 8 digits: "0125-62-2123" (a Japanese number) is not one. Six digits in pairs are a
  // local number after a phone word when dashed ("Tel. 22-12-34"), a date when dotted ("call me on 12.01.25")
  if (d <= 8 && DATE_RE.test(trimmed) && (plausibleDate(trimmed) || /\d{4}/.test(trimmed)) && !(d === 6 && /^\d\d-\d\d-\d\d$/.test(trimmed) && tight(18))) return null;
  if (d === 4) return /^\d{4}$/.test(trimmed) && !/^(?:19|20)\d\d$/.test(trimmed) && tight(12) ? 'phone:national-context' : null;
  // a date followed by a time or another number ("04/04/2023 03:21")
  if (/[ \t]/.test(trimmed) && DATE_RE.test(trimmed.split(/[ \t]/, 1)[0]!) && plausibleDate(trimmed.split(/[ \t]/, 1)[0]!)) return null;
  // 4-4 (dates like 2024 2025) and money with a decimal comma are handled by the lookbehind/length.
  // the words that tell a phone from an id are in the number's own sentence: "…Bestellungen
  // starten.\nお急ぎの場合は03-1234-5678" is a phone number whatever the line before says
  const intl = /^(?:\+|00[1-9])/.test(trimmed);
  // The nearer word wins: "customer service can call 020 7946 0958" vs "order no. 1234 5678".
  const phoneAt = lastMatch(PHONE_WORDS, near);
  const idAt = lastMatch(ID_WORDS, near);
  // a number word only for seven digits or more, and only where no id word is (see NUMBER_WORDS)
  // a phone word, then an id word used as a plain noun, then "to" the number: the number is where the
  // money or message goes, not the id's ("un Bizum de 3,90 € para el envío al 600 00 07 21" - s18 blind g)
  const toNumber = phoneAt >= 0 && d >= 7 && DESTINATION_BEFORE.test(near);
  const phoneWord = (phoneAt >= 0 && (phoneAt >= idAt || toNumber)) || (d >= 7 && idAt < 0 && lastMatch(NUMBER_WORDS, near) >= 0);
  // (s31 rec31b: an id word, then "au/al/ao/to" right before a trunk-prefixed number of phone length in groups: the number is where
  // the photos or the message go, not the id's - "je vous envoie les photos du modèle au 06 55 55 21 47", "send the photos of
  // the model to 0161 555 0192"; an id's own number follows it without "to": "modèle 06 55 55 21 47", "commande n° 06 55 55 21 47")
  const sentTo = d >= 9 && d <= 12 && /^0\d/.test(trimmed) && /\d[ \t.-]\d/.test(trimmed) && DESTINATION_BEFORE.test(near);
  const idWord = idAt >= 0 && idAt > phoneAt && !toNumber && !sentTo;
  const unbroken = digits.length === trimmed.length || (/^00/.test(trimmed) && /^\d+$/.test(trimmed));
  if (d < 7) {
    // the shortest national numbers (Niue 4, St Helena 5, Tokelau and many islands 5-6 digits) only
    // right after the phone word: "Tel. 51234", "call us at 40123"
    // (or a text or call verb earlier in the clause and the number given as where it goes: "mandi un SMS a Davide, il nostro
    // tecnico, al 555 71", "text Tom, our fitter, on 40123" - s27 round 2; not a count: "sms at 5 pm" has no destination word
    // before a 5-6 digit number)
    return phoneWord && (tight(18) || (d >= 5 && phoneAt >= 0 && SHORT_DESTINATION.test(near))) && !intl ? 'phone:national-context' : null;
  }
  if (phoneWord) return intl ? 'phone:international' : 'phone:national-context';
  if (intl) {
    // "00" + an unbroken product code ("EAN 0012345678905") is an id; "+" always a phone
    // "00" must lead to a real calling code and a national number of that country's length
    if (trimmed.startsWith('00') && (idWord || (unbroken && gs1Valid(digits)) || !plausibleInternational(digits.slice(2)))) return null;
    return 'phone:international';
  }
  if (idWord) return null;
  // (s32: a North American local number, three digits and four, with a call or text verb in its sentence on either side - "Shoot me
  // one at 555-0187", "Dave is on 555-0143 weekdays, just ring him", "Text Marek, our engineer, on 555 0148"; not a range or a count
  // without such a verb - "pages 120-1250", "sizes 200-1000 ml")
  if (d === 7 && /^[2-9]\d{2}[ .-]\d{4}$/u.test(trimmed) && CALL_OR_TEXT.test(`${contextBefore(text, start, 80).split(SENTENCE_BREAK).pop()!} ${text.slice(start + run.length, start + run.length + 80).split(SENTENCE_BREAK)[0]!}`)) return 'phone:national-context';
  // (s28: an id noun opening the number's sentence as its subject, no phone word anywhere before the number in it: "La référence de la
  // lame est gravée sur le côté : 06 12 55 50 33", "Il codice ricambio è 340 555 2217"; near-misses that stay phones: "Bestellung
  // erhalten? Rufen Sie uns an: 0151 …" (a phone word), "Order 123 ships today, text me on 07700 …")
  if (!intl && d >= 7 && phoneAt < 0 && !sentTo) {
    const head = contextBefore(text, start, 160).split(SENTENCE_BREAK).pop()!;
    const opening = head.trimStart().split(/\s+/u, 5).join(' ');
    // (one clause: "Die Bestellung ist unterwegs, Rückfragen gern an 0151 …" opens a second one after the comma)
    if ((lastMatch(ID_WORDS, opening) >= 0 || ID_SUBJECT.test(opening)) && lastMatch(PHONE_WORDS, head) < 0 && !/[,;]|(?<![a-zà-ÿ])(?:and|und|et|y|e|but|aber|mais|pero|ma|mas)(?![a-zà-ÿ])/u.test(head)) return null;
  }
  // (s28: a number shaped and opening as one an id word named earlier - "part no. 0800-554-2190 ... What you received is 0800-554-2170", the
  // two parts set side by side; near-miss that stays a phone: "Order 0800-554-2190 shipped. Call us on 0161 555 0192", another shape)
  // (not a line for help or questions in the number's sentence: "Part no. 0800-554-2190 was sent. For help, 0800-554-2170")
  if (!intl && d >= 7 && phoneAt < 0 && !HELP_LINE.test(contextBefore(text, start, 120).split(SENTENCE_BREAK).pop()!) && sameShapeAsIdBefore(text, start, trimmed)) return null;
  // a number written digit by digit with dots or dashes between ("9.1.2-5.5.5-0.7.4.3", "6-1-2-3-4-5-6-7-8"): no id, date or price is
  // written so; a phone spelled apart to pass a filter (s27 round 2). Not an IP address or a version (groups of 2-3 digits), nor after an id word
  // ("El código de la pieza es 4-4-1-2-0-9-8-7-3-1", "Serial: 1.2.3.4.5.6.7.8.9": idWord above).
  if (d >= 9 && d <= 13) {
    const parts = trimmed.split(/[.\-/]/u);
    if (parts.length >= d - 1 && parts.every((g) => /^\d{1,2}$/u.test(g))) return 'phone:national-shape';
  }
  // (s27 round 2: an underscore between the groups is a separator as a dash is - "020_7946_0958")
  const groups = trimmed.split(/[ \t.\-/()_]+/).filter(Boolean);
  if (groups.length >= 2) {
    if (/^\(/.test(trimmed)) return 'phone:national-shape'; // (030) 1234567, (555) 123-4567
    if (/^0\d/.test(trimmed) && d >= 9 && d <= 12) return 'phone:national-shape'; // trunk prefix: 030 12345678, 06 12 34 56 78, 090-1234-5678
    if (/^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(trimmed)) return 'phone:national-shape'; // US 555-123-4567, 1 (888) 555 0147
    // Brazilian mobile: area code, then 9 and four digits, a dash, four digits ("11 95555-0177", "(21) 98765-4321"),
    // or the 9 written apart as people say it ("11 9 8765 4321", "21 9 8765-4321")
    if (/^\(?[1-9]{2}\)?[ ]?9(?:\d{4}-|[ .-]\d{4}[ .-])\d{4}$/.test(trimmed)) return 'phone:national-shape';
    if (/^1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}$/.test(trimmed)) return 'phone:national-shape';
    // (and the Portuguese free and shared-cost lines 800/808/707/708: "Linha de apoio: 800 555 123")
    // Portuguese and Spanish mobiles: nine digits from 91/92/93/96 or 6/71-74, in threes ("936 555 210", "612 345 678"; the
    // Spanish 3-2-2-2 "612 34 56 78" stays a phone by its context word only, phone-marketplaces.test.ts); no trunk 0, so the rule above never saw them (s25 blind d pt-034: "Se pagar por MB Way
    // diretamente para o 936 555 210"). Not a grouped amount (a unit or currency after it is read before this) nor any
    // other opening digit (a thousands-spaced count "250 000 000" opens with 2)
    if (/^(?:9[1236]\d|6\d\d|7[1-4]\d|80[08]|70[78])[ .-]\d{3}[ .-]\d{3}$/.test(trimmed) && !/^\d{1,3}(?:[ .]000)+$/.test(trimmed)) return 'phone:national-shape';
    return null;
  }
  // one unbroken block: only mobile-style numbers with a trunk 0 ("01711234567"), not a product code
  return /^0[1-9]\d{8,10}$/.test(digits) && unbroken && !gs1Valid(digits) ? 'phone:national-shape' : null;
}

/** A run of number words found anywhere (NUMBER_RUN_RE). Pushes (1) each stretch of seven or more
 *  digit words of any language, four of them words ("1 2 3 4 5 6 7" in a list stays a list, and so
 *  does "one, two, three, …" counting up), and (2)
 *  the run when its words are one language's, say eight digits or more and read some digits one by
 *  one ("zéro six, douze, …"; a list of sizes "trente-six, trente-huit, quarante, …" does not). */
function spelledRun(run: string, at: number, spans: EntitySpan[], text = ''): void {
  if (!/[^\d \t,\-\u2013\u2014\x96\x97]/.test(run)) return; // digits only ("1-1-1-1 …"): no word, nothing to read
  const tokens: string[] = [];
  const seps: string[] = [];
  const starts: number[] = [];
  RUN_TOKEN_RE.lastIndex = 0;
  for (let t = RUN_TOKEN_RE.exec(run); t; t = RUN_TOKEN_RE.exec(run)) {
    seps.push(t[1]!);
    tokens.push(t[2]!);
    starts.push(t.index + t[1]!.length);
  }
  const push = (from: number, to: number) =>
    spans.push(entity({ rule: 'phone', severity: 'block', start: at + starts[from]!, end: at + starts[to]! + tokens[to]!.length, variant: 'spelled' }, 'phone:spelled'));
  let first = -1;
  let words = 0;
  let whole = false;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && SPELLED_DIGIT_WORD.test(tokens[i]!)) {
      if (first < 0) first = i;
      if (!/^\d$/.test(tokens[i]!)) words += 1;
      continue;
    }
    if (first >= 0 && i - first >= 7 && words >= 4 && !countsUp(tokens.slice(first, i))) {
      push(first, i - 1);
      whole ||= first === 0 && i === tokens.length;
    }
    first = -1;
    words = 0;
  }
  if (whole) return;
  let from = 0;
  let to = tokens.length - 1;
  while (from < to && AND_WORD.test(tokens[from]!)) from++;
  while (to > from && AND_WORD.test(tokens[to]!)) to--;
  // an "and" that does not continue a ten ("sizes six, eight, ten and twelve") closes a list
  for (let i = from + 1; i < to; i++) if (AND_WORD.test(tokens[i]!) && !andJoinsOneNumber(tokens[i - 1], tokens[i + 1])) return;
  const reading = readNumberRun(tokens.slice(from, to + 1), seps.slice(from, to + 1));
  if (reading.oneLanguage && reading.digits >= 8 && reading.words >= 4 && reading.hasDigitGroup && !countsUp(tokens.slice(from, to + 1))) push(from, to);
  // (s32 mrec32b: ten digits or more read all in pairs - "el cincuenta y cinco, veinte, treinta y uno, cuarenta y ocho, noventa;
  // márcale" - with a call verb in the run's sentence on either side; a list of sizes or years in words has no call verb)
  else if (reading.oneLanguage && reading.digits >= 10 && reading.words >= 5 && !reading.hasDigitGroup && text && !SIZES_BEFORE.test(contextBefore(text, at, 40)) && SPELLED_CALL.test(`${contextBefore(text, at, 80).split(SENTENCE_BREAK).pop()!} ${text.slice(at + run.length, at + run.length + 80).split(SENTENCE_BREAK)[0]!}`)) push(from, to);
}
/** Sizes, years or measures named before a run read in pairs: a list ("las tallas treinta y seis, treinta y ocho, ..."). */
const SIZES_BEFORE = /(?<![a-zà-ÿ])(?:sizes?|tallas?|gr(?:ö|oe)(?:ß|ss)en?|tailles?|taglie|misure|tamanhos?|pointures?|years?|jahre|ans|años|anni|anos|cm|mm|kg)(?![a-zà-ÿ])/u;
/** A call verb or phone word beside a number read in pairs (spelledRun): call, ring, dial, anrufen, appelez, llame, márcale,
 *  chiami, ligue, the number's noun. */
const SPELLED_CALL = /(?<![a-zà-ÿ])(?:call|ring|dial|phone|anrufen|rufen|telefon\p{L}{0,6}|appel\p{L}{0,4}|t[ée]l[ée]phon\p{L}{0,4}|ll[aá]m\p{L}{1,4}|m[áa]rca(?:le|me|nos|r)?|tel[ée]fono|chiam\p{L}{1,4}|telefonare|ligu\p{L}{1,3}|liga(?:r|nos)?|whatsapp)(?![a-zà-ÿ])/u;

// (a currency after the run too: a spaced amount "936 555 210 euros" is no mobile - s25, with the nine-digit shape)
// (s25 review 9: a counted noun after a grouped number is a count, not a mobile - "Población: 912 345 678 habitantes", "612 000 345
// people", "936 120 400 Einwohner"; a number followed by a word of the message, "ligue 936 555 210 hoje", stays a phone)
const UNIT_AFTER = /[ \t]?(?:habitantes|habitants|inhabitants|einwohner(?:n|innen)?|abitanti|residents|people|persons|personas|pessoas|persone|personnes|menschen|clientes|clients|customers|kunden|clienti|users|usuarios|usu[áa]rios|utenti|utilisateurs|nutzer(?:innen)?|visitors|visitas|visites|visits|views|downloads|followers|seguidores|abonn[ée]s|mm|cm|dm|m|km|mg|g|kg|ml|cl|l|w|kw|v|mah|wh|kb|mb|gb|tb|pcs|pc|stk|st[üu]ck|units?|pi[èe]ces|unidades|pezzi|個|枚|本|円|mm²|cm²|m²|m³|euros?|eur|reais|dollars?|d[óo]lares|[€\x80$£])(?![a-z\u00c0-\u024f])/y;

/** PHONE_WORDS over the whole text, without the 'u' flag: the same matches (no alternative starts
 *  with or reads half of a surrogate pair, its classes are BMP letters and its \b is ASCII either way)
 *  and 40% less time on a pasted megabyte, where it tries every position (it opens with a lookbehind). */
const PHONE_WORDS_G = compactRegExp(PHONE_WORDS.source, 'g');
/** PHONE_WORDS' literals join the lexicons' one pass over the words (entry-index.ts defineCue): a text
 *  without any has no phone word to open a window, and is not scanned for one (a scan that tries every
 *  position: the alternation opens with a look-behind). */
export const PHONE_WORDS_CUE = defineCue('phone-words', PHONE_WORDS.source);
const OPEN: CueHits = { open: true, at: null };
const NUMBER_WORDS_G = compactRegExp(NUMBER_WORDS.source, 'gu');
const KANJI_HINT = /[〇零一二三四五六七八九]{2}/;

/** `phoneWords`: where PHONE_WORDS_CUE can match (phrase-scope cue); without it the text is scanned. */
export function detectPhones(text: string, phoneWords: CueHits = OPEN): EntitySpan[] {
  const spans: EntitySpan[] = [];
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m; m = RUN_RE.exec(text)) {
    let run = m[0];
    // drop a dangling ")" or separator that belongs to the sentence
    run = run.replace(/[ \t.\-/(\u2013\u2014\x96\x97\u2212]+$/, '');
    if (!run) continue;
    const next = text.charAt(m.index + m[0].length);
    if (/[a-z\u00c0-\u024f%€\x80$£¥]/.test(next) && !/[ \t]$/.test(m[0])) continue; // "12345678abc", "1234567€" (CJK text may follow directly)
    const entry = isPhoneRun(text, m.index, run);
    // a unit after a number only its shape called a phone number: a measurement ("21 9 1234 5678 mm")
    if (entry === 'phone:national-shape') {
      UNIT_AFTER.lastIndex = m.index + run.length;
      if (UNIT_AFTER.test(text)) continue;
      // a postal tracking code, two letters either side of nine digits ("QB 913 550 204 BR", UPU S10): no phone (s25, with the
      // nine-digit mobile shape)
      if (d9(run) && /(?:^|[^a-z\u00c0-\u024f])[a-z]{2}[ \t]?$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^[ \t]?[a-z]{2}(?![a-z\u00c0-\u024f])/.test(text.slice(m.index + run.length, m.index + run.length + 4))) continue;
    }
    if (entry) spans.push(entity({ rule: 'phone', severity: 'block', start: m.index, end: m.index + run.length }, entry));
  }
  VANITY_RE.lastIndex = 0;
  for (let m = VANITY_RE.exec(text); m; m = VANITY_RE.exec(text)) {
    spans.push(entity({ rule: 'phone', severity: 'block', start: m.index, end: m.index + m[0].length }, 'phone:vanity'));
  }
  NUMBER_RUN_RE.lastIndex = 0;
  if (mayHoldNumberRun(text)) for (let m = NUMBER_RUN_RE.exec(text); m; m = NUMBER_RUN_RE.exec(text)) spelledRun(m[0], m.index, spans, text);
  // dictated groups and Japanese readings: only in the 120 characters after a phone word, within its
  // sentence (searched there only: the number-word alternation is the costliest pattern here)
  // a number word opens a window too ("mi número es treinta y tres, doce, …", 番号はゼロキュウゼロ…) when no
  // id word is around it ("número de pedido", 注文番号), and needs four spelled words ("number 5, 6, 7, 8 and 9")
  // looked up only when a number word's window holds a read-out number (the id alternation is costly)
  const idAround = (p: { at: number; end: number }) =>
    lastMatch(ID_WORDS, contextBefore(text, p.at, 30).split(SENTENCE_BREAK).pop()! + text.slice(p.at, p.end + 20)) >= 0;
  // the two kinds of opener merged in text order as they are found (no list, no sort: linear in the text)
  PHONE_WORDS_G.lastIndex = 0;
  NUMBER_WORDS_G.lastIndex = 0;
  let nextPhone = phoneWords.open ? PHONE_WORDS_G.exec(text) : null;
  let nextNumber = NUMBER_WORDS_G.exec(text);
  let windowEnd = 0;
  let windowWeak = false;
  while (nextPhone || nextNumber) {
    const weak = !nextPhone || (nextNumber !== null && nextNumber.index < nextPhone.index);
    const hit = (weak ? nextNumber : nextPhone)!;
    const p = { at: hit.index, end: hit.index + hit[0].length, weak };
    if (weak) nextNumber = NUMBER_WORDS_G.exec(text);
    else nextPhone = PHONE_WORDS_G.exec(text);
    // a phone word reads again what a number word's stricter window passed over
    const from = windowWeak && !p.weak ? p.end : Math.max(p.end, windowEnd);
    let to = Math.min(text.length, p.end + 120);
    if (from >= to) continue;
    const stop = text.slice(from, to).search(SENTENCE_BREAK);
    if (stop >= 0) to = from + stop;
    windowEnd = to;
    windowWeak = p.weak;
    if (to - from < 5) continue;
    const win = text.slice(from, to);
    for (const re of [SPOKEN_RE, KANA_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(win); m; m = re.exec(win)) {
        // "call the numbers 1 2 3 4 5 6 7 8 9 10": the match stops before the "10" that makes it a list
        if (countingList(/^[\d \t,-]*/.exec(win.slice(m.index, m.index + m[0].length + 8))![0])) continue;
        const words = re === SPOKEN_RE ? m[0].split(/[ \t,-]+/).filter((w) => w && !CONNECTOR.test(w)) : [];
        const values = re === SPOKEN_RE ? words.length : 7;
        if (p.weak && re === SPOKEN_RE && words.filter((w) => !/^\d+$/.test(w)).length < 4) continue;
        if (values >= 5 && p.weak && idAround(p)) break;
        if (values >= 5) spans.push(entity({ rule: 'phone', severity: 'block', start: from + m.index, end: from + m.index + m[0].length, variant: 'spelled' }, 'phone:spelled'));
      }
    }
  }
  if (KANA_ZERO_HINT.test(text)) {
    KANA_ZERO_RE.lastIndex = 0;
    for (let m = KANA_ZERO_RE.exec(text); m; m = KANA_ZERO_RE.exec(text)) {
      spans.push(entity({ rule: 'phone', severity: 'block', start: m.index, end: m.index + m[0].length, variant: 'spelled' }, 'phone:spelled'));
    }
  }
  // kanji digits: grouped like a number ("〇三‐一二三四‐五六七八"), after a phone word, or ten or eleven
  // digits from a trunk 〇 ("〇九〇一二三四五六七八": a year or a count does not start with 〇)
  if (KANJI_HINT.test(text)) {
    KANJI_RE.lastIndex = 0;
    for (let m = KANJI_RE.exec(text); m; m = KANJI_RE.exec(text)) {
      const digitCount = m[0].replace(/[^〇零一二三四五六七八九]/g, '').length;
      const grouped = (m[0].match(/[‐\-ー−–—\x96\x97・ \u3000]/g)?.length ?? 0) >= 2 || (/^[〇零]/.test(m[0]) && digitCount >= 10 && digitCount <= 11);
      const after = lastMatch(PHONE_WORDS, contextBefore(text, m.index, 60).split(SENTENCE_BREAK).pop()!) >= 0;
      if (grouped || after) spans.push(entity({ rule: 'phone', severity: 'block', start: m.index, end: m.index + m[0].length, variant: 'spelled' }, 'phone:spelled'));
    }
  }
  return spans;
}

/** A number's sentence that tells the buyer to reach someone of the seller's there, in the languages whose verbs check.ts's
 *  invitation words lack: "erreichen Sie unseren Techniker werktags ... unter 0421 …", "Sie erreichen unser Team unter",
 *  "wenden Sie sich an unseren Kundendienst unter", "vous pouvez joindre notre technicien au 01 …", "può contattare il nostro
 *  tecnico al 02 …", "puede localizar a nuestro técnico en el 915 …", "fale com nosso técnico no (11) …". The number then
 *  carries an invitation (offplatform), not only a phone finding. check.ts leaves out a carrier's line (a grey area, README);
 *  a maker's line is left out here. */
// (the du imperative too: "ruf mich am besten kurz an ...: null eins sieben ..." - s21 blind r de-026; not "ruft": that is the
// third person, "der Techniker ruft uns morgen an" - s21 review 1 #13)
// why: s17 blind d de-014 - "erreichen Sie unseren Techniker ... unter <number>" was a phone finding only
// (the infinitives of calling after "it's easier to", "basta", "conviene": "fica mais fácil ligar direto na nossa central: 0800 …",
// "es más fácil llamarnos al …", "conviene chiamarci al …", "il suffit de nous appeler au …" - s20 blind f pt-021)
// ("ligar" is also "to switch on": a call only with its destination or a colon after it - "ligar para/no/direto", "é só ligar:";
// "antes de ligar o forno, confira o número do lote" switches an oven on - s20 review #12)
// (s24: calling back, finding the seller there, asking for a person, talking over a messenger - "n'hésitez pas à nous rappeler au
// 01 …", "ci richiami", "Rückrufservice +43 …", "ci trova anche qui 📞 +39 …", "+41 91 …, chiedete di Luca", "possiamo sentirci su
// Signal, il nostro numero è tre tre nove …" - s24 blind b fr-009, it-018, it-011, blind c de-009, it-011; near-misses kept clean by
// check.ts's carrier guard and the refusal guard: "le livreur vous rappellera au 06 …", "nous ne rappelons pas: écrivez ici")
// (s24 review #11: the messengers from MESSENGER_APPS - "su Signal", "on Telegram", "por Viber"; not the bare word "messenger": "on messenger bag 2")
const REACH_AT = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:(?:nous |me )rappeler|rappelez(?:-nous|-moi)?|(?:ci |mi )richiam(?:i|ate)|richiamateci|richiamarci|richiamarmi|r[üu]ckruf\p{L}{0,12}|zur[üu]ckrufen|vu[ée]lva(?:nos)? a llamar(?:nos)?|volver a llamarnos|ligue de volta|ci trov(?:a|ate)|nos encuentra[ns]?|vous nous trouverez|vous nous trouvez|finden sie uns|you(?:'ll| will| can)? find us|nos encontra[m]?|sentirci|ci sentiamo|(?:su|on|auf|sur|por|via|per|pelo) (?:${messengerAppsExcept('messenger')})|ligar(?=\s*[:：]|\s(?:para|pra|pro|no|na|nos|ao|direto|diretamente|gr[áa]tis|gratuitamente)(?![\p{L}]))|(?:nos|me) ligar|ligar-nos|telefonar|llamar(?:nos)?|telefonear(?:nos)?|chiamarci|telefonarci|nous appeler|nous t[ée]l[ée]phoner|erreichen sie|sie erreichen (?:uns|mich|unser\p{L}{0,2})|kontaktieren sie|wenden sie sich|rufen sie (?:\p{L}{1,15} ){0,2}an|ruf (?:mich|uns) (?:\p{L}{1,15} ){0,3}an|joindre|contacter|contactez|appeler|contattare|contatti|raggiungere|chiamare|localizar|contactar|llamar a|comun[íi]quese|fale com|falar com|entre em contato|entrar em contato|contate|contatar)(?![\p{L}])`, 'u'));
/** Asking for a person at the number ("chiedete di Luca", "ask for Tom", "demandez Julie"): only before a name, not a team or a
 *  department after an article ("ask for the returns team"), and not with Amazon in the sentence - Amazon's own line named for the
 *  buyer to ring (s24 review #10: "If you ring Amazon customer service on 0800 …, ask for the returns team"). */
const ASK_FOR_PERSON = accentOptionalRe(compact(/(?<![\p{L}])(?:chiedete di|chieda di|chiedi di|ask for|demandez|pregunte por|preguntad por|pregunta por|fragen sie nach|pergunte por)\s(?!(?:the|a|an|your|our|any|someone|somebody|more|help|details|un|une|le|la|les|l'|du|de|des|el|los|las|lo|il|i|gli|uno|den|die|das|dem|einen|eine|einem|ihr\p{L}{0,2}|unser\p{L}{0,2}|o|os|as|um|uma|nosso|nossa|nuestr\p{L}{1,2}|nostr\p{L}{1,2}|notre|nos|votre|vos|su|sus|seu|sua|suo|sua)(?![\p{L}'])|l')\p{L}{2,20}(?![\p{L}])/u));
export const MAKER_LINE = /hersteller|manufacturer|fabricant|fabricante|produttore|メーカー/u;
export function reachInvitation(sentence: string): boolean {
  return (REACH_AT.test(sentence) || (ASK_FOR_PERSON.test(sentence) && !/amazon/u.test(sentence))) && !MAKER_LINE.test(sentence);
}
