// checkMessage(): normalize once, run the detectors, map spans back to the original text,
// merge duplicates, attach the seller-facing sentence.
import { detectLinks } from './detectors/links';
import { findAll, type ListName } from './detectors/lexical';
import { CJK, phraseScope } from './phrase-scope';
import { detectPhones } from './detectors/phone';
import type { Span } from './detectors/span';
import { detectEmoji, detectImportantTag } from './detectors/symbols';
import { describe } from './messages';
import { normalize, originalStart, toOriginal, type Normalized } from './normalize';
import type { CheckOptions, DetectionLanguage, Finding, Severity, UiLanguage } from './types';

const ALL_LANGUAGES: readonly DetectionLanguage[] = ['en', 'de', 'fr', 'es', 'it', 'ja'];
const LEXICAL_RULES: readonly ListName[] = ['offplatform', 'leading', 'review_request', 'marketing', 'personal_data'];
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };
/** Auto-replies are short; a long message that happens to say "we received your message" is a real answer. */
const AUTO_REPLY_MAX_LENGTH = 600;
/** Short acceptance words ("sure", "ok") only count at the start of the reply. */
const ACCEPT_WINDOW = 80;

function wantedLanguages(options: CheckOptions): readonly DetectionLanguage[] {
  return options.languages?.length ? ALL_LANGUAGES.filter((l) => options.languages!.some((w) => w.toLowerCase().startsWith(l))) : ALL_LANGUAGES;
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

/** Does a range overlap any of `ranges`? Merged and binary-searched: linear on a 1 MB paste. */
function overlapsAny(ranges: readonly Range[]): (r: Range) => boolean {
  const merged: Range[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return (r) => {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid]!.end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < merged.length && merged[lo]!.start < r.end;
  };
}

export function checkMessage(text: string, options: CheckOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ui: UiLanguage = options.uiLanguage ?? 'en';
  const norm = normalize(text);
  const t = norm.text;
  const wanted = wantedLanguages(options);
  const phrases = phraseScope(t, wanted);
  const spans: Span[] = [];

  const links = detectLinks({ normalized: t, original: text, toOrigStart: (i) => originalStart(norm, i) });
  spans.push(...links);
  const addresses = links.filter((s) => s.rule === 'url' || s.rule === 'email' || s.rule === 'amazon_link' || s.variant === 'amazon');
  const inAddress = overlapsAny(addresses);
  for (const p of detectPhones(t)) if (!inAddress(p)) spans.push(p);
  spans.push(...detectImportantTag(t));

  const review: Span[] = [];
  for (const list of LEXICAL_RULES) {
    for (const m of phrases.run(list)) {
      const span: Span = { rule: list, severity: 'block', ...m };
      spans.push(span);
      if (list === 'review_request' || list === 'leading') review.push(span);
    }
  }

  if (options.reviewAlreadyRequested) {
    // One channel per order: after Request a Review, any review wording in a message blocks.
    for (const s of review) spans.push({ rule: 'review_channel', severity: 'block', start: s.start, end: s.end });
    for (const m of phrases.run('review_wording')) spans.push({ rule: 'review_channel', severity: 'block', ...m });
  }

  if (options.buyerMessage && buyerProposesOffAmazon(options.buyerMessage, wanted) && phrases.run('refuse').length === 0) {
    const accepted = phrases.run('accept').find((m) => m.start < ACCEPT_WINDOW || CHANNEL_WORD.test(t.slice(m.start, m.end)));
    if (accepted) spans.push({ rule: 'offplatform', severity: 'block', ...accepted, variant: 'accept' });
  }

  if (t.length <= AUTO_REPLY_MAX_LENGTH) {
    const auto = phrases.run('auto_reply')[0];
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
