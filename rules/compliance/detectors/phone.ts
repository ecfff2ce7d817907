// Phone numbers: international, grouped, vanity (1-800-FLOWERS) and spelled out ("five five
// five ..."). The hard part is what is NOT a phone number: order ids (113-1234567-1234567),
// tracking numbers, EAN/ASIN/SKU, dates, prices, times. A digit run is a phone number when it
// is written like one (a + or 00 prefix, a trunk 0, a (area) code or US 3-3-4 grouping) or sits
// next to a phone word; a run next to an id word (order, tracking, EAN...) is left alone.
import type { Span } from './span';

/** A run of digits joined by the separators people put inside phone numbers. */
const RUN_RE = /(?<![a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff0-9_\-/.,])(?:\+[ \t]?|00)?(?:\([ \t]?\d{1,5}[ \t]?\)[ \t]?)?\d(?:[ \t.\-/]{0,2}(?:\(0\)[ \t]?)?\(?\d\)?){0,24}/g;

const PHONE_WORDS = /(?<![a-zà-ÿ])(?:phone|tel\b|tel\.|telephone|call|ring|mobile|cell|whats ?app|sms|text (?:us|me)|hotline|helpline|toll-?free|freephone|numero verde|numéro vert|número gratuito|フリーダイヤル|support line|line at|fax|contact|reach|telefon|anruf|handy|rufen|mobil|rufnummer|handynummer|telefonnummer|erreichbar|t[ée]l[ée]phone|t[ée]l\b|appel|portable|joindre|tel[ée]fono|ll[aá]m|m[óo]vil|contacto|telefono|cellulare|chiam|contatt|電話|携帯|連絡|tel:)/u;
const ID_WORDS = /(?:order|bestell|auftrag|tracking|track|sendung|paket|suivi|commande|colis|pedido|seguimiento|env[íi]o|ordine|spedizion|tracciamento|invoice|rechnung|facture|factura|fattura|sku|ean|asin|isbn|upc|gtin|serial|serien|s[ée]rie|ref|artikel|article|art[íi]culo|articolo|item|model|modell|mod[èe]le|modelo|lot|batch|charge|注文|追跡|お問い合わせ番号|伝票|品番|型番|receipt|beleg|ticket|case|fall|vorgang|kundennummer|kunden-?nr|customer (?:id|no|number|#)|(?:numéro|n°|no\.?) (?:de )?client|número de (?:cliente|cuenta)|(?:numero|codice) cliente|cuenta|conto|compte|お客様番号|会員番号|iban|bic|plz|postcode|zip|code|cap\b|cp\b)/u;

const SENTENCE_BREAK = /[\n。！？]|[.!?](?=\s)/;
const DATE_RE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$/;
const SPELLED_DIGIT =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|null|eins|zwei|zwo|drei|vier|f[üu]nf|sechs|sieben|acht|neun|z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|due|tre|quattro|cinque|sei|sette|otto|nove|\\d)';
const LATIN_WORD_CHAR = String.raw`a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff0-9`;
const SPELLED_RE = new RegExp(
  String.raw`(?<![${LATIN_WORD_CHAR}])${SPELLED_DIGIT}(?:[ \t,\-]{1,3}${SPELLED_DIGIT}){6,20}(?![${LATIN_WORD_CHAR}])`,
  'g',
);
const VANITY_RE = /(?<![a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff0-9])(?:\+?1[ \t.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ \t.-]?(?=[a-z0-9 .-]{0,9}[a-z])[a-z0-9]{3}[ \t.-]?[a-z0-9]{4}(?![a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff0-9])/g;

function lastMatch(re: RegExp, s: string): number {
  let at = -1;
  const g = new RegExp(re.source, 'gu');
  for (let m = g.exec(s); m; m = g.exec(s)) {
    at = m.index;
    if (m[0].length === 0) g.lastIndex += 1;
  }
  return at;
}

function contextBefore(text: string, at: number, width: number): string {
  return text.slice(Math.max(0, at - width), at);
}

function isPhoneRun(text: string, start: number, run: string): boolean {
  const digits = run.replace(/\D/g, '');
  const d = digits.length;
  if (d < 7 || d > 15) return false;
  const trimmed = run.trim();
  if (DATE_RE.test(trimmed)) return false;
  // 4-4 (dates like 2024 2025) and money with a decimal comma are handled by the lookbehind/length.
  const before = contextBefore(text, start, 40);
  // the words that tell a phone from an id are in the number's own sentence: "…Bestellungen
  // starten.\nお急ぎの場合は03-1234-5678" is a phone number whatever the line before says
  const near = before.slice(-30).split(SENTENCE_BREAK).pop()!;
  const intl = /^(?:\+|00[1-9])/.test(trimmed);
  // The nearer word wins: "customer service can call 020 7946 0958" vs "order no. 1234 5678".
  const phoneAt = lastMatch(PHONE_WORDS, near);
  const idAt = lastMatch(ID_WORDS, near);
  const phoneWord = phoneAt >= 0 && phoneAt >= idAt;
  const idWord = idAt >= 0 && idAt > phoneAt;
  if (phoneWord) return true;
  if (intl) return true;
  if (idWord) return false;
  const groups = trimmed.split(/[ \t.\-/()]+/).filter(Boolean);
  if (groups.length >= 2) {
    if (/^\(/.test(trimmed)) return true; // (030) 1234567, (555) 123-4567
    if (/^0\d/.test(trimmed) && d >= 9 && d <= 12) return true; // trunk prefix: 030 12345678, 06 12 34 56 78, 090-1234-5678
    if (/^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(trimmed)) return true; // US 555-123-4567, 1 (888) 555 0147
    if (/^1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}$/.test(trimmed)) return true;
    return false;
  }
  // one unbroken block: only mobile-style numbers with a trunk 0 ("01711234567")
  return /^0[1-9]\d{8,10}$/.test(digits) && digits.length === trimmed.length;
}

export function detectPhones(text: string): Span[] {
  const spans: Span[] = [];
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m; m = RUN_RE.exec(text)) {
    let run = m[0];
    // drop a dangling ")" or separator that belongs to the sentence
    run = run.replace(/[ \t.\-/(]+$/, '');
    if (!run) continue;
    const next = text.charAt(m.index + m[0].length);
    if (/[a-z\u00c0-\u024f%€$£¥]/.test(next) && !/[ \t]$/.test(m[0])) continue; // "12345678abc", "1234567€" (CJK text may follow directly)
    if (isPhoneRun(text, m.index, run)) spans.push({ rule: 'phone', severity: 'block', start: m.index, end: m.index + run.length });
  }
  VANITY_RE.lastIndex = 0;
  for (let m = VANITY_RE.exec(text); m; m = VANITY_RE.exec(text)) {
    spans.push({ rule: 'phone', severity: 'block', start: m.index, end: m.index + m[0].length });
  }
  SPELLED_RE.lastIndex = 0;
  for (let m = SPELLED_RE.exec(text); m; m = SPELLED_RE.exec(text)) {
    // at least 4 spelled words: "1 2 3 4 5 6 7" in a list stays a list
    const words = m[0].split(/[ \t,-]+/).filter((w) => !/^\d$/.test(w));
    if (words.length >= 4) spans.push({ rule: 'phone', severity: 'block', start: m.index, end: m.index + m[0].length, variant: 'spelled' });
  }
  return spans;
}
