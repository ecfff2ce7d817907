// Over a finished run: the summary, the rule and severity filters and the report buttons.
import { useMemo } from 'react';
import type { Finding } from '../../rules/compliance/types';
import type { TemplateResult } from '../../rules/templates/check';
import type { ResultFilter } from '../../rules/templates/view';
import { librarySummary, rulesFound, type ShownResult } from '../../rules/templates/shown';
import { t } from '../../components/i18n';
import { SEVERITIES, severityLabel } from './labels';
import { downloadReport, reportDate } from './report-download';

interface Props {
  results: TemplateResult[];
  shown: ShownResult[];
  filter: ResultFilter;
  setFilter: (patch: Partial<ResultFilter>) => void;
  busy: boolean;
}

export function ResultsToolbar({ results, shown, filter, setFilter, busy }: Props) {
  const rules = useMemo(() => rulesFound(results), [results]);
  const { withProblems, blocked } = librarySummary(results);
  const date = reportDate();
  return (
    <section className="toolbar" aria-label={t('templatesTitle')}>
      <p data-rg="templates-summary" data-total={results.length} data-problems={withProblems} data-blocked={blocked}>
        {t('templatesSummary', results.length, withProblems, blocked)}
      </p>
      <label>
        {t('templatesFilterRule')}{' '}
        <select data-rg="templates-filter-rule" value={filter.rule} onChange={(e) => setFilter({ rule: e.currentTarget.value })}>
          <option value="">{t('templatesAll')}</option>
          {rules.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('templatesFilterSeverity')}{' '}
        <select data-rg="templates-filter-severity" value={filter.severity} onChange={(e) => setFilter({ severity: e.currentTarget.value as Finding['severity'] | '' })}>
          <option value="">{t('templatesAll')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <span className="spacer" />
      <button type="button" data-rg="templates-report-csv" disabled={busy} onClick={() => downloadReport('csv', date, shown, results)}>
        {t('templatesReportCsv')}
      </button>
      <button type="button" data-rg="templates-report-html" disabled={busy} onClick={() => downloadReport('html', date, shown, results)}>
        {t('templatesReportHtml')}
      </button>
    </section>
  );
}
