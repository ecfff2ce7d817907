import { describe, expect, it } from 'vitest';
import { librarySummary, nextBatchSize, reportedResults, rulesFound, shownResults } from '../../../rules/templates/shown';
import type { TemplateResult } from '../../../rules/templates/check';
import type { Finding } from '../../../rules/compliance/types';

const finding = (rule: string, severity: Finding['severity']): Finding => ({ rule, severity, start: 0, end: 1, message: '' }) as unknown as Finding;
const result = (index: number, findings: Finding[]): TemplateResult =>
  ({
    index,
    name: `t${index}`,
    text: 'x',
    findings,
    placeholders: [],
    count: findings.filter((f) => f.severity !== 'info').length,
    block: findings.filter((f) => f.severity === 'block').length,
  }) as unknown as TemplateResult;

const results = [result(0, [finding('url', 'block'), finding('email', 'warn')]), result(1, [finding('email', 'warn'), finding('note', 'info')]), result(2, [])];

describe('shownResults', () => {
  it('no filter: every result, in order, with all its findings', () => {
    const shown = shownResults(results, { rule: '', severity: '' });
    expect(shown.map((s) => s.result.index)).toEqual([0, 1, 2]);
    expect(shown[0]!.findings).toHaveLength(2);
  });
  it('a filter keeps the results with a matching finding, and only those findings', () => {
    const shown = shownResults(results, { rule: 'email', severity: '' });
    expect(shown.map((s) => s.result.index)).toEqual([0, 1]);
    expect(shown.every((s) => s.findings.every((f) => f.rule === 'email'))).toBe(true);
  });
});

describe('reportedResults', () => {
  it('the counts follow the filtered findings', () => {
    const [first] = reportedResults(shownResults(results, { rule: 'email', severity: '' }));
    expect(first).toMatchObject({ index: 0, count: 1, block: 0 });
    expect(first!.findings.map((f) => f.rule)).toEqual(['email']);
  });
});

describe('librarySummary and rulesFound', () => {
  it('counts templates with problems and with blocking ones; lists every rule once, sorted', () => {
    expect(librarySummary(results)).toEqual({ withProblems: 2, blocked: 1 });
    expect(rulesFound(results)).toEqual(['email', 'note', 'url']);
  });
});

describe('nextBatchSize', () => {
  it('scales the batch to the frame budget', () => {
    expect(nextBatchSize(10, 24, 12)).toBe(5);
    expect(nextBatchSize(10, 6, 12)).toBe(20);
  });
  it('stays between 4 and 200, and a batch counts as at least 1 ms', () => {
    expect(nextBatchSize(10, 1000, 12)).toBe(4);
    expect(nextBatchSize(100, 0, 12)).toBe(200);
    expect(nextBatchSize(10, 0.1, 12)).toBe(120);
  });
});
