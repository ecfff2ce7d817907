// checkMessage(): normalize once, run the detectors, map spans back to the original text,
// merge duplicates, attach the seller-facing sentence.
import { detectLinks } from './detectors/links';
import { findAll, type ListName } from './detectors/lexical';
import { CHECKER_UI_LANGUAGES, LANGUAGES } from './languages';
import { CJK, phraseScope } from './phrase-scope';
import { detectPhones } from './detectors/phone';
import type { Span } from './detectors/span';
import { detectEmoji, detectImportantTag } from './detectors/symbols';
import { describe } from './messages';
import { withModelFindings } from './model';
import { normalize, originalStart, toOriginal, type Normalized } from './normalize';
import type { CheckOptions, CustomPhrase, DetectionLanguage, Finding, Severity, UiLanguage } from './types';

const ALL_LANGUAGES: readonly DetectionLanguage[] = LANGUAGES;
const LEXICAL_RULES: readonly ListName[] = ['offplatform', 'leading', 'review_request', 'marketing', 'personal_data'];
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

  // the learned layer: sentences that read like a rule's paraphrase the lexicons miss get a 'warn'
  return withModelFindings(finalize(mapped, ui), norm, spans, wanted, ui);
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
