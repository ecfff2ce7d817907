// What the templates page shows and reports (pure: entrypoints/templates renders it).
import type { Finding } from '../compliance/types';
import type { TemplateResult } from './check';
import { filterResult, isViolation, type ResultFilter } from './view';

export interface ShownResult {
  result: TemplateResult;
  /** the findings the filters let through */
  findings: Finding[];
}

/** The results the filters let through, in their order, each with the findings that passed. */
export function shownResults(results: readonly TemplateResult[], filter: ResultFilter): ShownResult[] {
  const out: ShownResult[] = [];
  for (const result of results) {
    const findings = filterResult(result, filter);
    if (findings) out.push({ result, findings });
  }
  return out;
}

/** The report holds what the list shows: the filters apply, and the counts follow them. */
export function reportedResults(shown: readonly ShownResult[]): TemplateResult[] {
  return shown.map(({ result, findings }) => ({ ...result, findings, count: findings.filter(isViolation).length, block: findings.filter((f) => f.severity === 'block').length }));
}

/** Templates with any problem, and with a blocking one. */
export function librarySummary(results: readonly Pick<TemplateResult, 'count' | 'block'>[]): { withProblems: number; blocked: number } {
  return { withProblems: results.filter((r) => r.count > 0).length, blocked: results.filter((r) => r.block > 0).length };
}

/** Every rule that fired anywhere, sorted: the rule filter's choices. */
export function rulesFound(results: readonly Pick<TemplateResult, 'findings'>[]): string[] {
  return [...new Set(results.flatMap((r) => r.findings.map((f) => f.rule)))].sort();
}

/**
 * The next render batch's size: scaled so a batch takes about the frame budget, given how long the
 * last one took (at least 1 ms), kept between 4 and 200 templates.
 */
export function nextBatchSize(size: number, tookMs: number, budgetMs: number): number {
  const took = Math.max(1, tookMs);
  return Math.round(Math.min(200, Math.max(4, (size * budgetMs) / took)));
}
