// One template checked: placeholders masked (same length, so offsets stay those of the template as
// written), then the message checker. Results sort worst first. Pure and synchronous: the page
// calls checkTemplate in chunks and yields between them.
import { checkMessage } from '../compliance/check';
import type { CheckOptions, Finding, Severity } from '../compliance/types';
import { maskPlaceholders, type PlaceholderSpan } from './placeholders';
import type { Template } from './sources';

export interface TemplateResult extends Template {
  /** position in the input (ties in the sort keep the input order) */
  index: number;
  findings: Finding[];
  placeholders: PlaceholderSpan[];
  /** block + warn findings (the composer panel's data-rg-count) */
  count: number;
  /** block findings (data-rg-block) */
  block: number;
}

export const isViolation = (f: Pick<Finding, 'severity'>) => f.severity === 'block' || f.severity === 'warn';

/**
 * A checker for many templates with one set of options. It remembers which bracketed candidates
 * are findings on their own ("[Important]", "【重要】" are the important-tag rule, not a placeholder)
 * and the findings of texts already checked (libraries repeat templates).
 */
export function templateChecker(options: CheckOptions = {}) {
  const standalone = new Map<string, boolean>();
  const byText = new Map<string, { findings: Finding[]; placeholders: PlaceholderSpan[] }>();
  const isPlaceholder = (p: PlaceholderSpan) => {
    let clean = standalone.get(p.text);
    if (clean === undefined) {
      clean = !checkMessage(p.text, options).some(isViolation);
      if (standalone.size < 10_000) standalone.set(p.text, clean);
    }
    return clean;
  };
  return (template: Template, index: number): TemplateResult => {
    let checked = byText.get(template.text);
    if (!checked) {
      const { masked, placeholders } = maskPlaceholders(template.text, isPlaceholder);
      checked = { findings: checkMessage(masked, options), placeholders };
      if (template.text.length <= 20_000 && byText.size < 5_000) byText.set(template.text, checked);
    }
    const findings = checked.findings.map((f) => ({ ...f }));
    return {
      ...template,
      index,
      findings,
      placeholders: checked.placeholders,
      count: findings.filter(isViolation).length,
      block: findings.filter((f) => f.severity === 'block').length,
    };
  };
}

const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** Worst first: most blocking findings, then most violations, then most hints, then input order. */
export function compareResults(a: TemplateResult, b: TemplateResult): number {
  return b.block - a.block || b.count - a.count || b.findings.length - a.findings.length || a.index - b.index;
}

/** A template's findings worst first (block, warn, info), then by position. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start || a.end - b.end);
}

export interface ResultFilter {
  /** a rule id, or '' for every rule */
  rule: string;
  /** a severity, or '' for every severity */
  severity: Severity | '';
}

export const matchesFilter = (f: Finding, filter: ResultFilter) => (!filter.rule || f.rule === filter.rule) && (!filter.severity || f.severity === filter.severity);

/** The findings a filter keeps; with no filter set, every template shows (clean ones too). */
export function filterResult(result: TemplateResult, filter: ResultFilter): Finding[] | null {
  const kept = result.findings.filter((f) => matchesFilter(f, filter));
  if (!filter.rule && !filter.severity) return kept;
  return kept.length ? kept : null;
}

export interface HighlightPiece {
  text: string;
  start: number;
  /** the worst severity of the findings covering this piece, undefined for plain text */
  severity?: Severity;
}

/** The text cut at every finding boundary, each piece marked with the worst severity over it. */
export function highlightPieces(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'severity'>[]): HighlightPiece[] {
  const spans = findings.map((f) => ({ start: Math.max(0, Math.min(text.length, f.start)), end: Math.max(0, Math.min(text.length, f.end)), severity: f.severity })).filter((f) => f.end > f.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: HighlightPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    let severity: Severity | undefined;
    for (const s of spans) {
      if (s.start <= start && s.end >= end && (severity === undefined || SEVERITY_RANK[s.severity] < SEVERITY_RANK[severity])) severity = s.severity;
    }
    const last = pieces[pieces.length - 1];
    if (last && last.severity === severity) last.text += text.slice(start, end);
    else pieces.push({ text: text.slice(start, end), start, severity });
  }
  return pieces;
}
