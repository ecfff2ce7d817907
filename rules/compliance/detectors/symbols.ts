// Emoji, decorative symbols, text emoticons and the deprecated [Important] tag.
import emojiRegex from 'emoji-regex';
import type { Span } from './span';
import { compact, compactRegExp } from './compact-letters';

/** Typographic signs that emoji-regex also lists but that belong in business text. */
const ALLOWED = new Set(['\u00A9', '\u00AE', '\u2122']);
/** Misc symbols, dingbats, stars and arrows-as-decoration: ★ ✓ ❤ ☺ ♪ ✿ ➡ ⭐. Not bullets (•, ●, ■), not ※ 〒 ° ×.
 *  The class [\u2600-\u27BF\u2B50-\u2B55\u2B05-\u2B07\u2934\u2935\u3030\u303D\u3297\u3299] on one code
 *  unit, as numbers: the walk below meets every kana and kanji of a Japanese text, and a
 *  one-character string and a regexp test per unit cost more than the rest of the detector. */
function isDecorative(c: number): boolean {
  if (c < 0x2600) return false;
  if (c <= 0x27bf) return true;
  if (c < 0x2934) return false;
  return c === 0x2934 || c === 0x2935 || (c >= 0x2b05 && c <= 0x2b07) || (c >= 0x2b50 && c <= 0x2b55) || c === 0x3030 || c === 0x303d || c === 0x3297 || c === 0x3299;
}
// "<3 1,249" reads as a comparison; a heart at the end of a line stays a heart
const EMOTICON_RE = /(?<![\p{L}\p{N}:;=/])(?:[:;=][-o^']?[)(\][dp3*|]{1,3}|\^[_.-]?\^|\(\s?\^[^\s()]{0,3}\^\s?\)|[>x]_<|t_t|<3(?![\p{N} \t]*\p{N}))(?![\p{L}\p{N}/])/gu;
// "xD" (laughing face) reads only in its own case: lowercase x, capital D. "XD" and "xd" are trims,
// model names and ids ("CX-30 XD"), so they stay clean; so does the xD-Picture Card memory format
// ("SD and xD cards", "xD Picture Card", "xD-Karten"), whose name is written the same way.
const LAUGHING_XD_RE =
  compact(/(?<![\p{L}\p{N}_@./-])xD{1,4}(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}]|\s{0,2}(?:[Pp]icture|[Cc]ards?|[Kk]arten?|[Cc]artes?|[Tt]arjetas?|[Ss]chede|[Ss]cheda|[Cc]art[ãa]o|[Cc]art[õo]es|[Rr]eader|[Ss]lot|カード))/gu);
const IMPORTANCE = String.raw`(?:important|wichtig|importante|importantissimo|重要(?:なお知らせ)?|大切|belangrijk|ważne|viktigt|önemli)`;
// the tag alone, anywhere: "[Important]", "(WICHTIG!)", "【重要】"
const IMPORTANT_RE = compactRegExp(String.raw`[[【〔(〖「『<]\s{0,2}${IMPORTANCE}\s{0,2}[!:.]{0,3}\s{0,2}[\]】〕)〗」』>]`, 'gu');
/** The tag with a few more words, where a subject goes: at the start of a line, after at most a
 *  "Subject:"/"Re:" prefix. "[Important Notice] Your order", "Betreff: [Wichtiger Hinweis]",
 *  "[Avis important - livraison]", "【重要・要返信】". Square and lenticular brackets only: quotes
 *  (「この部品は重要です」) and parentheses ("(very important)") in a sentence are no tag, and a
 *  bracket inside a line ("see [Important notes] in the manual") is a reference, not a subject. */
const HEADER_TAG_RE = compactRegExp(
  String.raw`^[ 	]{0,4}(?:(?:subject|betreff|objet|asunto|oggetto|assunto|件名|re|aw|fwd?|wg|tr|rv|r)[ 	]{0,2}[:：][ 	]{0,2}){0,2}([[【〔〖][^\]】〕〗[【〔〖
]{1,48}[\]】〕〗])`,
  'gmu',
);
// the importance word opens the tag or follows one word ("[Avis important]", "[Wichtiger Hinweis]");
// further in, it describes something ("[Photo attached - important detail]"); 大切 in a header greets
// ("【大切なお客様へ】", to our valued customer)
const IMPORTANCE_WORD_RE = compactRegExp(
  String.raw`^[[【〔〖]\s{0,2}(?:[\p{L}]{1,14}\s{1,2})?${IMPORTANCE.replace('wichtig', 'wichtig(?:e[rsn]?)?').replace('|大切', '')}(?![\p{L}])|^[[【〔〖]\s{0,2}重要`,
  'u',
);

const EMOJI_RE = emojiRegex();
/** Every first code unit an emoji-regex match can start with (a keycap needs U+20E3), and the
 *  decorative ranges above: text without one of them (accents, €, kana, kanji) skips the big
 *  pattern. A unit test walks every code point to keep this true when emoji-regex updates. */
export const EMOJI_GATE = /\u20e3|[\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23fa\u24c2\u25aa-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\ud83c-\ud83e]/;

/** Where an emoji-regex match can start: the gate's code units (U+20E3 aside) and a keycap's base
 *  (`#`, `*`, a digit before U+20E3). © and ® start matches too, but those matches are always
 *  ALLOWED and hold nothing after them that could start another (an optional U+FE0F), so they are
 *  left out. A unit test checks every code point against this. */
export const EMOJI_START = /[\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23fa\u24c2\u25aa-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\ud83c-\ud83e]|[#*0-9]\uFE0F?\u20E3/g;
/** emoji-regex tried at one place: its first code units are many (every digit starts a keycap
 *  alternative), so scanned over a pasted megabyte it tries every digit and costs 20 ms; tried only
 *  where EMOJI_START found a start, it finds the same matches (the leftmost from each resume point). */
const EMOJI_AT = compactRegExp(EMOJI_RE.source, EMOJI_RE.flags.replace('g', '') + 'y');

export function detectEmoji(original: string, normalized: string, toOriginal: (s: number, e: number) => [number, number]): Span[] {
  const raw: [number, number][] = [];
  const symbols = EMOJI_GATE.test(original);
  EMOJI_START.lastIndex = 0;
  let resume = 0;
  for (let s = symbols ? EMOJI_START.exec(original) : null; s; s = EMOJI_START.exec(original)) {
    if (s.index < resume) continue;
    EMOJI_AT.lastIndex = s.index;
    const m = EMOJI_AT.exec(original);
    if (!m) continue;
    resume = s.index + m[0].length;
    const base = m[0].replace(/\uFE0F/g, '');
    if (ALLOWED.has(base)) continue;
    raw.push([s.index, resume]);
  }
  // decorative symbols emoji-regex does not list as emoji (★ ✓ ☆ ✿ ...)
  const emojiCount = raw.length;
  let j = 0; // emoji-regex results are in order: walk them alongside i (linear, no rescans)
  for (let i = 0; symbols && i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (!isDecorative(c)) continue;
    while (j < emojiCount && raw[j]![1] <= i) j++;
    const covered = j < emojiCount && raw[j]![0] <= i;
    if (!covered) {
      let end = i + 1;
      if (original.charCodeAt(end) === 0xfe0f) end += 1;
      // a row of symbols extends one span (they merge into one finding below anyway): a pasted row of
      // 100,000 ★ is one span to sort, not 100,000
      const last = raw.length > emojiCount ? raw[raw.length - 1]! : undefined;
      if (last && last[1] === i) last[1] = end;
      else raw.push([i, end]);
    }
  }
  EMOTICON_RE.lastIndex = 0;
  for (let m = EMOTICON_RE.exec(normalized); m; m = EMOTICON_RE.exec(normalized)) {
    raw.push(toOriginal(m.index, m.index + m[0].length));
  }
  if (original.includes('xD')) {
    LAUGHING_XD_RE.lastIndex = 0;
    for (let m = LAUGHING_XD_RE.exec(original); m; m = LAUGHING_XD_RE.exec(original)) raw.push([m.index, m.index + m[0].length]);
  }
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // one finding per run of adjacent symbols ("⭐⭐⭐⭐⭐")
  const spans: Span[] = [];
  for (const [s, e] of raw) {
    const last = spans[spans.length - 1];
    if (last && s <= last.end) last.end = Math.max(last.end, e);
    else spans.push({ rule: 'emoji', severity: 'block', start: s, end: e });
  }
  // the entry names the kind, so a finding is traceable like every other: ":)", "(^^)", "xD" are typed
  // in ASCII and kaomoji punctuation; the rest are pictographs and decorative symbols
  for (const span of spans) span.entry = /^[\x20-\x7e]+$/u.test(original.slice(span.start, span.end)) ? 'emoji:emoticon' : 'emoji:symbol';
  return spans;
}

/** A quoted importance word that names a part of a document, read right after its closing quote: 取扱説明書の「重要」欄, the
 *  "(Important)" section of the manual, der Abschnitt „Wichtig“ is a reference to a label the buyer can look up, not a tag
 *  put on the message (s23 blind a ja-014: "取扱説明書の「重要」欄にある通り、空焚きはしないでください"). Quotes and parentheses
 *  only: "[Important]" and 【重要】 stay tags wherever they stand. */
// examples: 「重要」欄, 「重要」の項目, 『重要』マーク, "(important) section"; near-misses (still tags): 「重要」ご注文について, 【重要】欄
const QUOTE_OPENERS = new Set(['「', '『', '(', '<', '"']);
const DOCUMENT_PART_AFTER = compactRegExp(
  String.raw`^["'”’」』]?\s{0,2}(?:の)?(?:欄|項目|項|箇所|ページ|マーク|表示|ラベル|シール|セクション|見出し|と(?:書かれ|記載|表示)|(?:section|box|label|sticker|heading|chapter|page|tab)(?![\p{L}]))`,
  'u',
);
const LINE_START_BEFORE = /(?:^|\n)[ \t]{0,4}(?:(?:subject|betreff|objet|asunto|oggetto|assunto|件名|re)[ \t]{0,2}[:：][ \t]{0,2})?$/u;
/** Spans here are on the normalized copy. */
export function detectImportantTag(normalized: string): Span[] {
  const spans: Span[] = [];
  IMPORTANT_RE.lastIndex = 0;
  for (let m = IMPORTANT_RE.exec(normalized); m; m = IMPORTANT_RE.exec(normalized)) {
    // (inside a line only: at a line's start the quoted word is where a subject's tag goes)
    if (QUOTE_OPENERS.has(m[0][0]!) && DOCUMENT_PART_AFTER.test(normalized.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !LINE_START_BEFORE.test(normalized.slice(Math.max(0, m.index - 40), m.index))) continue;
    spans.push({ rule: 'important_tag', severity: 'block', start: m.index, end: m.index + m[0].length });
  }
  HEADER_TAG_RE.lastIndex = 0;
  for (let m = HEADER_TAG_RE.exec(normalized); m; m = HEADER_TAG_RE.exec(normalized)) {
    const tag = m[1]!;
    const start = m.index + m[0].length - tag.length;
    if (!IMPORTANCE_WORD_RE.test(tag) || spans.some((s) => s.start === start)) continue;
    spans.push({ rule: 'important_tag', severity: 'block', start, end: start + tag.length });
  }
  return spans;
}
