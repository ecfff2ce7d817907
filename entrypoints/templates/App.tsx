// "Check templates": a whole reply-template library checked with the composer's rules, shown with the
// same finding rows and highlights, worst first, with filters and a report to save. Extension page,
// works offline: the files are read here and nothing is sent anywhere.
import { useEffect, useMemo } from 'react';
import { shownResults } from '../../rules/templates/shown';
import { t } from '../../components/i18n';
import { useTemplatesStore } from './store';
import { warmUp } from './check-pool';
import { checkOptions } from './check-options';
import { useBatchedLimit } from './use-batched-limit';
import { TemplateInputs } from './TemplateInputs';
import { RunStatus } from './RunStatus';
import { ResultsToolbar } from './ResultsToolbar';
import { ResultCard } from './ResultCard';

export function App() {
  const { phase, done, total, results, errors, truncated, filter, checkMs, run, setFilter } = useTemplatesStore();
  // the checkers start and compile their rules while the seller is still choosing what to check
  useEffect(() => warmUp(), []);
  const shown = useMemo(() => shownResults(results, filter), [results, filter]);
  const limit = useBatchedLimit(shown.length, [results, filter]);
  const busy = phase === 'reading' || phase === 'checking';
  return (
    <main className="rg-templates">
      <h1>{t('templatesTitle')}</h1>
      <p className="rg-muted">{t('templatesIntro')}</p>
      <TemplateInputs onPaste={(text) => void run({ paste: { name: t('templatesPasted'), text } }, checkOptions)} onFiles={(files) => void run({ files }, checkOptions)} />
      <RunStatus phase={phase} done={done} total={total} checkMs={checkMs} errors={errors} truncated={truncated} />
      {phase === 'done' && results.length > 0 && <ResultsToolbar results={results} shown={shown} filter={filter} setFilter={setFilter} busy={busy} />}
      {phase === 'done' && results.length > 0 && !shown.length && <p className="rg-muted">{t('templatesNoMatch')}</p>}
      <div className="results" data-rg="templates-results" data-shown={shown.length}>
        {shown.slice(0, limit).map(({ result, findings }) => (
          <ResultCard key={result.index} result={result} findings={findings} />
        ))}
      </div>
    </main>
  );
}
