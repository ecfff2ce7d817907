// Placeholders in reply templates ({{name}}, ${order_id}, [Buyer Name], <name>, %name%, {name}) are
// filled in by the helpdesk or the seller before sending: they are not findings. They are masked
// with spaces of the same length before the check, so every offset the checker returns still points
// into the template exactly as written. Pure, DOM-free.

export interface PlaceholderSpan {
  start: number;
  end: number;
  /** the placeholder as written, e.g. "{{ buyer_name }}" */
  text: string;
}

// Each alternative is bounded (no nested quantifiers, at most 60 characters inside), so the scan is
// linear. The bracket forms take words only: no '.', '/', ':' or '@', so "<https://shop.com>",
// "[shop.com]" or "<a href=...>" are never hidden from the checker.
const WORDS = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_ \-]{0,58}[\p{L}\p{N}_]|[\p{L}\p{N}_]`;
const PLACEHOLDER = new RegExp(
  [
    String.raw`\{\{[ \t]{0,4}[^{}\n]{1,60}?[ \t]{0,4}\}\}`, // {{name}}, {{ order.id }} (Mustache, Handlebars, Liquid)
    String.raw`\{%[ \t]{0,4}[^{}%\n]{1,60}?[ \t]{0,4}%\}`, // {% if name %} (Liquid / Jinja tags)
    String.raw`\$\{[ \t]{0,4}[\p{L}\p{N}_.\-]{1,60}[ \t]{0,4}\}`, // ${order_id}
    String.raw`\{[ \t]{0,4}[\p{L}_][\p{L}\p{N}_.\-]{0,59}[ \t]{0,4}\}`, // {name}
    String.raw`\[(?:${WORDS})\]`, // [Buyer Name]
    String.raw`【(?:${WORDS})】`, // 【購入者名】
    String.raw`<(?:${WORDS})>`, // <name>
    String.raw`«(?:${WORDS})»`, // «Name»
    String.raw`(?<![\p{N}%])%[\p{L}_][\p{L}\p{N}_]{0,59}%(?![\p{L}\p{N}])`, // %BUYER_NAME% (not "20% … 30%")
    String.raw`##[\p{L}_][\p{L}\p{N}_]{0,59}##`, // ##name##
  ].join('|'),
  'gu',
);

/** Every placeholder in the text, in order, not overlapping. */
export function findPlaceholders(text: string): PlaceholderSpan[] {
  const spans: PlaceholderSpan[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return spans;
}

/**
 * The text with each kept placeholder replaced by spaces of the same UTF-16 length (offsets map
 * one to one). `keep(p)` decides which candidates are placeholders: the caller rejects one that is
 * a finding on its own, such as "[Important]" (the important-tag rule) written in brackets.
 */
export function maskPlaceholders(text: string, keep: (p: PlaceholderSpan) => boolean = () => true): { masked: string; placeholders: PlaceholderSpan[] } {
  const placeholders = findPlaceholders(text).filter(keep);
  if (!placeholders.length) return { masked: text, placeholders };
  let masked = '';
  let at = 0;
  for (const p of placeholders) {
    masked += text.slice(at, p.start) + ' '.repeat(p.end - p.start);
    at = p.end;
  }
  masked += text.slice(at);
  return { masked, placeholders };
}

// A placeholder whose name says it will be filled with contact details is a finding of its own: the
// checker cannot see what {{shop_url}} becomes, Amazon will. Names in the seven checker languages.
const CONTACT_NAMES: [RegExp, 'url' | 'email' | 'phone' | 'offplatform'][] = [
  [/e[-_ ]?mail|mail[-_ ]?address|courriel|correo|posta[-_ ]?elettronica|メール/iu, 'email'],
  [/url|link|website|web[-_ ]?site|homepage|domain|www|webseite|internetseite|site[-_ ]?web|sitio|sito|ホームページ|サイト/iu, 'url'],
  [/phone|telefon|téléphone|telephone|teléfono|telefono|mobile|handy|whatsapp|電話|携帯/iu, 'phone'],
  [/instagram|facebook|tiktok|twitter|wechat|telegram|line[-_ ]?id|social|shop[-_ ]?(?:address|adresse)/iu, 'offplatform'],
];

/** The rule a placeholder's name points at, e.g. "{{shop_url}}" -> 'url', or null for "[Buyer Name]". */
export function contactPlaceholder(p: Pick<PlaceholderSpan, 'text'>): 'url' | 'email' | 'phone' | 'offplatform' | null {
  for (const [re, rule] of CONTACT_NAMES) if (re.test(p.text)) return rule;
  return null;
}
