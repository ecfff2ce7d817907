// The templates report: a CSV (one row per finding, one row for a clean template) that is safe to
// open in a spreadsheet, and a printable, self-contained HTML page (every text escaped, no script,
// no external resource). Pure: the page supplies the translated labels and saves the result.
import type { Finding } from '../compliance/types';
import type { TemplateResult } from './check';
import { highlightPieces, sortFindings } from './view';

export interface ReportLabels {
  title: string;
  /** e.g. "Checked 20 templates on 2026-12-03: 12 with problems" (already filled in) */
  summary: string;
  clean: string;
  /** a template's count line, e.g. "3 problems, 2 would get this message blocked" */
  counts: (r: TemplateResult) => string;
  instead: string;
  columns: { name: string; rule: string; severity: string; excerpt: string; message: string };
  severity: Record<Finding['severity'], string>;
}

const EXCERPT_CONTEXT = 30;

/** The finding's text with a little context either side, on one line. */
export function excerpt(text: string, f: Pick<Finding, 'start' | 'end'>): string {
  const from = Math.max(0, f.start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, f.end + EXCERPT_CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ').trim();
}

/**
 * One CSV cell: a cell a spreadsheet would read as a formula (starting with = + - @, or a tab or
 * carriage return that some strip before looking) gets a leading apostrophe; every cell is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The CSV report, with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function reportCsv(results: readonly TemplateResult[], labels: Pick<ReportLabels, 'clean' | 'columns'>): string {
  const c = labels.columns;
  const lines = [[c.name, c.rule, c.severity, c.excerpt, c.message]];
  for (const r of results) {
    if (!r.findings.length) lines.push([r.name, '', '', '', labels.clean]);
    for (const f of sortFindings(r.findings)) lines.push([r.name, f.rule, f.severity, excerpt(r.text, f), f.suggestion ? `${f.message} ${f.suggestion}` : f.message]);
  }
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);

const REPORT_CSS = `
body { font: 13px/1.45 Arial, "Helvetica Neue", sans-serif; color: #0f1111; margin: 24px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 15px; margin: 0 0 6px; }
.summary { color: #565959; margin: 0 0 16px; }
section { border: 1px solid #d5d9d9; border-radius: 8px; padding: 10px 12px; margin: 0 0 12px; break-inside: avoid-page; }
.counts { font-weight: 700; } .counts.block { color: #cc0c39; } .counts.warn { color: #c45500; } .counts.ok { color: #067d62; }
.file { color: #565959; font-weight: 400; font-size: 12px; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font: 12px/1.5 ui-monospace, Menlo, Consolas, monospace; background: #f7f8f8; padding: 8px; border-radius: 4px; margin: 8px 0; }
mark { background: none; color: inherit; border-radius: 2px; }
mark.block { background: rgba(204, 12, 57, .13); box-shadow: inset 0 -2px 0 #cc0c39; text-decoration: underline 2px #cc0c39; }
mark.warn { background: rgba(196, 85, 0, .13); box-shadow: inset 0 -2px 0 #c45500; text-decoration: underline 2px #c45500; }
mark.info { text-decoration: underline 1px #007185; }
ol { margin: 4px 0 0; padding-left: 20px; } li { margin: 2px 0; }
.sev { font-weight: 700; } .sev.block { color: #cc0c39; } .sev.warn { color: #c45500; } .sev.info { color: #007185; }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11px; color: #565959; }
.suggest b { color: #067d62; }
@media print { body { margin: 0; } section { border-color: #999; } }
`;

/** A printable HTML page: each template with its text highlighted and its findings listed. */
export function reportHtml(results: readonly TemplateResult[], labels: ReportLabels, lang = 'en'): string {
  const sections = results.map((r) => {
    const findings = sortFindings(r.findings);
    const text = highlightPieces(r.text, findings)
      .map((p) => (p.severity ? `<mark class="${p.severity}">${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
      .join('');
    const counts = r.block ? 'block' : r.count ? 'warn' : 'ok';
    const items = findings
      .map(
        (f) =>
          `<li><span class="sev ${f.severity}">${escapeHtml(labels.severity[f.severity])}</span> <span class="rule">${escapeHtml(f.rule)}</span> ` +
          `${escapeHtml(f.message)} <q>${escapeHtml(excerpt(r.text, f))}</q>` +
          (f.suggestion ? `<br><span class="suggest"><b>${escapeHtml(labels.instead)}</b> ${escapeHtml(f.suggestion)}</span>` : '') +
          '</li>',
      )
      .join('');
    return (
      `<section><h2>${escapeHtml(r.name)}${r.file && r.file !== r.name ? ` <span class="file">${escapeHtml(r.file)}</span>` : ''}</h2>` +
      `<div class="counts ${counts}">${r.findings.length ? escapeHtml(labels.counts(r)) : escapeHtml(labels.clean)}</div>` +
      `<pre>${text}</pre>${items ? `<ol>${items}</ol>` : ''}</section>`
    );
  });
  return (
    `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(labels.title)}</title><style>${REPORT_CSS}</style></head><body>` +
    `<h1>${escapeHtml(labels.title)}</h1><p class="summary">${escapeHtml(labels.summary)}</p>${sections.join('\n')}</body></html>\n`
  );
}
