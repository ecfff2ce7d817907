// checkMessage(): normalize once, run the detectors, map spans back to the original text,
// merge duplicates, attach the seller-facing sentence.
import { detectLinks } from './detectors/links';
import { compiled, findAll, type ListName } from './detectors/lexical';
import { detectPhones } from './detectors/phone';
import type { Span } from './detectors/span';
import { detectEmoji, detectImportantTag } from './detectors/symbols';
import { describe } from './messages';
import { normalize, originalStart, toOriginal, type Normalized } from './normalize';
import type { CheckOptions, DetectionLanguage, Finding, Severity, UiLanguage } from './types';

const ALL_LANGUAGES: readonly DetectionLanguage[] = ['en', 'de', 'fr', 'es', 'it', 'ja'];
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const LEXICAL_RULES: readonly ListName[] = ['offplatform', 'leading', 'review_request', 'marketing', 'personal_data'];
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };
/** Auto-replies are short; a long message that happens to say "we received your message" is a real answer. */
const AUTO_REPLY_MAX_LENGTH = 600;
/** Short acceptance words ("sure", "ok") only count at the start of the reply. */
const ACCEPT_WINDOW = 80;

/** Frequent function words per Latin-script language: a message without any of them cannot be in
 *  that language, so its phrase list need not run (each list costs a full pass over the text). */
const FUNCTION_WORDS: Readonly<Record<Exclude<DetectionLanguage, 'ja'>, RegExp>> = {
  en: /(?<![a-z])(?:the|and|you|your|we|our|us|please|thank|thanks|with|for|this|is|are|will|have|it|to|of|a|an|if|on)(?![a-z])/g,
  de: /(?<![a-zäöüß])(?:der|die|das|und|sie|ihre?n?|wir|ist|nicht|mit|bitte|für|den|dem|ein|eine[nmr]?|uns|zu|auf|danke)(?![a-zäöüß])/g,
  fr: /(?<![a-zà-ÿ])(?:le|les|vous|votre|vos|nous|est|et|pour|avec|une?|des|merci|du|de|ce|cette|pas|sur)(?![a-zà-ÿ])/g,
  es: /(?<![a-záéíóúñü])(?:el|los|las|usted|su|sus|y|es|para|con|una?|gracias|del|por|nos|le|lo|que|de)(?![a-záéíóúñü])/g,
  it: /(?<![a-zàèéìòù])(?:il|gli|lei|suo|sua|è|e|per|con|una?|grazie|della|del|di|che|ci|non|la|le)(?![a-zàèéìòù])/g,
};
/** Below this length every enabled language runs: too few words to tell, and short texts are cheap. */
const LANGUAGE_GUESS_MIN_LENGTH = 240;

function hits(re: RegExp, sample: string, enough: number): boolean {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(sample)) if (++n >= enough) return true;
  return false;
}

function detectionLanguages(options: CheckOptions, text: string): readonly DetectionLanguage[] {
  const wanted = options.languages?.length
    ? ALL_LANGUAGES.filter((l) => options.languages!.some((w) => w.toLowerCase().startsWith(l)))
    : ALL_LANGUAGES;
  if (text.length < LANGUAGE_GUESS_MIN_LENGTH) return CJK.test(text) ? wanted : wanted.filter((l) => l !== 'ja');
  // Sample start, middle and end: a long paste can switch language (a quoted buyer message, a footer).
  const middle = Math.floor(text.length / 2);
  const sample = text.length > 4000 ? `${text.slice(0, 2000)} ${text.slice(middle, middle + 1000)} ${text.slice(-1000)}` : text;
  return wanted.filter((l) => (l === 'ja' ? CJK.test(text) : hits(FUNCTION_WORDS[l], sample, 3)));
}

function lexical(list: ListName, langs: readonly DetectionLanguage[], text: string) {
  return findAll(compiled(list, langs), text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function customSpans(norm: Normalized, options: CheckOptions): Span[] {
  const spans: Span[] = [];
  for (const { phrase, severity } of options.customPhrases ?? []) {
    const needle = normalize(phrase ?? '').text.trim();
    if (!needle) continue;
    const body = escapeRegExp(needle).replace(/\s+/g, String.raw`\s+`);
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${body}(?![\p{L}\p{N}])`, 'gu');
    for (const m of findAll([re], norm.text)) spans.push({ rule: 'custom', severity: severity === 'warn' ? 'warn' : 'block', ...m });
  }
  return spans;
}

/** Does the buyer's message propose e-mail, phone, messengers or paying outside Amazon? */
function buyerProposesOffAmazon(buyerMessage: string, langs: readonly DetectionLanguage[]): boolean {
  const norm = normalize(buyerMessage);
  const buyerLangs = CJK.test(buyerMessage) && !langs.includes('ja') ? [...langs, 'ja' as const] : langs;
  if (lexical('buyer_offplatform', buyerLangs, norm.text).length) return true;
  const links = detectLinks({ normalized: norm.text, original: buyerMessage, toOrigStart: (i) => originalStart(norm, i) });
  return links.some((s) => s.rule === 'email' || s.rule === 'url') || detectPhones(norm.text).length > 0;
}

const CHANNEL_WORD = /mail|call|phone|text|whats|number|telefon|handy|nummer|courriel|téléphone|numéro|correo|teléfono|número|telefono|numero|メール|電話|line/u;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function checkMessage(text: string, options: CheckOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ui: UiLanguage = options.uiLanguage ?? 'en';
  const norm = normalize(text);
  const t = norm.text;
  const langs = detectionLanguages(options, t);
  const spans: Span[] = [];

  const links = detectLinks({ normalized: t, original: text, toOrigStart: (i) => originalStart(norm, i) });
  spans.push(...links);
  const addresses = links.filter((s) => s.rule === 'url' || s.rule === 'email' || s.rule === 'amazon_link' || s.variant === 'amazon');
  for (const p of detectPhones(t)) if (!addresses.some((a) => overlaps(a, p))) spans.push(p);
  spans.push(...detectImportantTag(t));

  const review: Span[] = [];
  for (const list of LEXICAL_RULES) {
    for (const m of lexical(list, langs, t)) {
      const span: Span = { rule: list, severity: 'block', ...m };
      spans.push(span);
      if (list === 'review_request' || list === 'leading') review.push(span);
    }
  }

  if (options.reviewAlreadyRequested) {
    // One channel per order: after Request a Review, any review wording in a message blocks.
    for (const s of review) spans.push({ rule: 'review_channel', severity: 'block', start: s.start, end: s.end });
    for (const m of lexical('review_wording', langs, t)) spans.push({ rule: 'review_channel', severity: 'block', ...m });
  }

  if (options.buyerMessage && buyerProposesOffAmazon(options.buyerMessage, langs) && lexical('refuse', langs, t).length === 0) {
    const accepted = lexical('accept', langs, t).find((m) => m.start < ACCEPT_WINDOW || CHANNEL_WORD.test(t.slice(m.start, m.end)));
    if (accepted) spans.push({ rule: 'offplatform', severity: 'block', ...accepted, variant: 'accept' });
  }

  if (t.length <= AUTO_REPLY_MAX_LENGTH) {
    const auto = lexical('auto_reply', langs, t)[0];
    if (auto) spans.push({ rule: 'auto_reply', severity: 'info', ...auto });
  }

  spans.push(...customSpans(norm, options));

  // normalized -> original offsets (emoji are detected on the original directly)
  const mapped: Span[] = spans.map((s) => {
    const [start, end] = toOriginal(norm, s.start, s.end);
    return { ...s, start, end };
  });
  mapped.push(...detectEmoji(text, t, (s, e) => toOriginal(norm, s, e)));

  return finalize(mapped, ui);
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
  return merged.map((s) => ({ rule: s.rule, severity: s.severity, start: s.start, end: s.end, ...describe(s.rule, s.variant, ui) }));
}
