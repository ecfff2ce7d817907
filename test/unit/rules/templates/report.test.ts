// @vitest-environment node
// Invariant guarded: the report is safe to open. CSV cells a spreadsheet would run as a formula get a
// leading apostrophe and every cell is quoted; the HTML page escapes every text it shows (template,
// name, file, messages) and loads nothing. Results sort worst first; filters keep what they say.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Finding } from '../../../../rules/compliance/types';
import {
  compareResults,
  csvCell,
  excerpt,
  filterResult,
  highlightPieces,
  reportCsv,
  reportHtml,
  templateChecker,
  type ReportLabels,
  type TemplateResult,
} from '../../../../rules/templates';

const LABELS: ReportLabels = {
  title: 'Template check',
  summary: '3 templates',
  clean: 'No problems found.',
  counts: (r) => `${r.count} problems, ${r.block} blocking`,
  instead: 'Instead:',
  columns: { name: 'name', rule: 'rule', severity: 'severity', excerpt: 'excerpt', message: 'message' },
  severity: { block: 'Blocks', warn: 'Check', info: 'Hint' },
};

const check = templateChecker();
const results = (): TemplateResult[] =>
  [
    { name: '=cmd|"/c calc"!A1', text: 'Thanks for your order, visit www.shop-example.com <script>alert(1)</script>', file: 'a.csv' },
    { name: 'Clean <b>one</b>', text: 'Your parcel is on its way.', file: 'a.csv' },
    { name: '@SUM(1)', text: '-2+3 Leave us a 5-star review at www.shop-example.com 😀', file: 'b.csv' },
  ]
    .map((t, i) => check(t, i))
    .sort(compareResults);

describe('sorting and filters', () => {
  it('worst first: most blocking findings, clean templates last', () => {
    const sorted = results();
    expect(sorted.map((r) => r.index)).toEqual([2, 0, 1]);
    expect(sorted[0]!.block).toBeGreaterThan(sorted[1]!.block);
    expect(sorted[2]!.count).toBe(0);
  });

  it('a rule filter keeps matching findings and hides templates without any', () => {
    const [worst, , clean] = results();
    expect(filterResult(worst!, { rule: 'emoji', severity: '' })!.map((f) => f.rule)).toEqual(['emoji']);
    expect(filterResult(clean!, { rule: 'emoji', severity: '' })).toBeNull();
    expect(filterResult(clean!, { rule: '', severity: '' })).toEqual([]);
    expect(filterResult(worst!, { rule: '', severity: 'info' })).toBeNull();
  });

  it('highlight pieces cover the text once, each with the worst severity over it', () => {
    const text = 'abcdefghij';
    const findings: Pick<Finding, 'start' | 'end' | 'severity'>[] = [
      { start: 1, end: 5, severity: 'warn' },
      { start: 3, end: 7, severity: 'block' },
      { start: 8, end: 20, severity: 'info' },
    ];
    const pieces = highlightPieces(text, findings);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.map((p) => [p.text, p.severity ?? ''])).toEqual([
      ['a', ''],
      ['bc', 'warn'],
      ['defg', 'block'],
      ['h', ''],
      ['ij', 'info'],
    ]);
  });
});

describe('CSV report', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+49 30 1234', `"'+49 30 1234"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['say "hi"', '"say ""hi"""'],
    ['plain, text', '"plain, text"'],
  ])('cell %j -> %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('one row per finding, one for a clean template; parses back; no cell starts a formula', () => {
    const csv = reportCsv(results(), LABELS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['name', 'rule', 'severity', 'excerpt', 'message']);
    const total = results().reduce((n, r) => n + Math.max(1, r.findings.length), 0);
    expect(rows).toHaveLength(1 + total);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.find((r) => r[0] === 'Clean <b>one</b>')).toEqual(['Clean <b>one</b>', '', '', '', 'No problems found.']);
    const url = rows.find((r) => r[0] === `'=cmd|"/c calc"!A1` && r[1] === 'url');
    expect(url?.[2]).toBe('block');
    expect(url?.[3]).toContain('www.shop-example.com');
  });

  it('excerpts carry context on one line with ellipses', () => {
    const text = `${'a'.repeat(50)}\nwww.shop.com\n${'b'.repeat(50)}`;
    expect(excerpt(text, { start: 51, end: 63 })).toBe(`…${'a'.repeat(29)} www.shop.com ${'b'.repeat(29)}…`);
  });
});

describe('HTML report', () => {
  const html = reportHtml(results(), { ...LABELS, title: 'Check <templates>' }, 'de');

  it('escapes every text and holds no script or external resource', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Clean &lt;b&gt;one&lt;/b&gt;');
    expect(html).toContain('<title>Check &lt;templates&gt;</title>');
    expect(html).not.toMatch(/\b(?:src|href)=/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<html lang="de">');
  });

  it('highlights findings with marks and lists them with the suggestion', () => {
    expect(html).toMatch(/<mark class="block">www\.shop-example\.com<\/mark>/);
    expect(html).toContain('No problems found.');
    expect(html).toContain('<b>Instead:</b>');
    expect((html.match(/<section>/g) ?? []).length).toBe(3);
  });
});
