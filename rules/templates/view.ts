// Showing checked templates: worst-first order, filters, highlight pieces. Pure and light (no
// checker inside), so the page that only shows results does not load the lexicons.
import type { Finding, Severity } from '../compliance/types';
import type { TemplateResult } from './check';

export const isViolation = (f: Pick<Finding, 'severity'>) => f.severity === 'block' || f.severity === 'warn';

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
