// The report of what the list shows, saved as CSV or HTML (made here, never sent anywhere).
import type { TemplateResult } from '../../rules/templates/check';
import { reportCsv, reportHtml, type ReportLabels } from '../../rules/templates/report';
import { librarySummary, reportedResults, type ShownResult } from '../../rules/templates/shown';
import { t, uiLanguage } from '../../components/i18n';
import { countsLine, severityLabel } from './labels';

export const reportDate = () => new Date().toISOString().slice(0, 10);

function reportLabels(date: string, results: readonly TemplateResult[]): ReportLabels {
  const { withProblems, blocked } = librarySummary(results);
  return {
    title: t('templatesReportTitle'),
    summary: `${date} · ${t('templatesSummary', results.length, withProblems, blocked)}`,
    clean: t('composerReady'),
    counts: countsLine,
    instead: t('composerInstead'),
    columns: { name: 'name', rule: 'rule', severity: 'severity', excerpt: 'excerpt', message: 'message' },
    severity: { block: severityLabel('block'), warn: severityLabel('warn'), info: severityLabel('info') },
  };
}

/** results: the whole run (the summary line); shown: what the filters let through (the rows). */
export function downloadReport(kind: 'csv' | 'html', date: string, shown: readonly ShownResult[], results: readonly TemplateResult[]): void {
  if (kind === 'csv') save(`replyguard-templates-${date}.csv`, 'text/csv;charset=utf-8', reportCsv(reportedResults(shown), reportLabels(date, results)));
  else save(`replyguard-templates-${date}.html`, 'text/html;charset=utf-8', reportHtml(reportedResults(shown), reportLabels(date, results), uiLanguage()));
}

function save(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
