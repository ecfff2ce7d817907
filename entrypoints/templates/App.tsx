// "Check templates": a whole reply-template library checked with the composer's rules, shown with the
// same finding rows and highlights, worst first, with filters and a report to save. Extension page,
// works offline: the files are read here and nothing is sent anywhere.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { CheckOptions, Finding } from '../../rules/compliance/types';
import type { TemplateResult } from '../../rules/templates/check';
import { filterResult, highlightPieces, isViolation, sortFindings } from '../../rules/templates/view';
import { reportCsv, reportHtml, type ReportLabels } from '../../rules/templates/report';
import { t, uiLanguage, type MessageKey } from '../../components/i18n';
import { send } from '../../storage/client';
import { MAX_TEMPLATES, useTemplatesStore } from './store';
import { warmUp } from './check-pool';

const ACCEPT = '.txt,.text,.md,.csv,.tsv,.xlsx,.docx,.pdf,text/plain,text/csv,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** templates rendered in the first frame; the rest follow a batch per frame, each batch sized to
 *  take about FRAME_BUDGET_MS to render, so the page stays live however heavy the cards are */
const FIRST_BATCH = 10;
const FRAME_BUDGET_MS = 12;
const SEVERITIES: Finding['severity'][] = ['block', 'warn', 'info'];
// fixed labels read once: a thousand cards would otherwise ask the browser's i18n thousands of times
const fixed = new Map<MessageKey, string>();
const label = (key: MessageKey) => fixed.get(key) ?? fixed.set(key, t(key)).get(key)!;
const severityLabel = (s: Finding['severity']) => label(s === 'block' ? 'templatesSeverityBlock' : s === 'warn' ? 'templatesSeverityWarn' : 'templatesSeverityInfo');

/** The seller's checker settings (languages, own phrases); the defaults when the background does not answer. */
async function checkOptions(): Promise<CheckOptions> {
  const ui = uiLanguage();
  try {
    const settings = await Promise.race([send('settings/get', {}), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000))]);
    return { uiLanguage: ui, languages: settings.checkLanguages, customPhrases: settings.customPhrases };
  } catch {
    return { uiLanguage: ui };
  }
}

function countsLine(r: Pick<TemplateResult, 'count' | 'block'>): string {
  if (!r.count) return label('composerReady');
  return r.block ? t('composerBlocking', r.count, r.block) : t('composerWarnings', r.count);
}

function save(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function FindingRow({ finding: f, text, onPick }: { finding: Finding; text: string; onPick: (f: Finding) => void }) {
  const quote = text.slice(f.start, f.end);
  return (
    <li className="row" data-rg-finding="" data-rule={f.rule} data-severity={f.severity} data-start={f.start} data-end={f.end} data-layer={f.layer ?? 'rule'} data-entry={f.entry}>
      <button type="button" className="row-pick" onClick={() => onPick(f)}>
        <span className="dot" aria-hidden="true" />
        <span>
          <span className="sev">{severityLabel(f.severity)}</span> {f.message}{' '}
          {quote && <span className="quote">“{quote.length > 60 ? `${quote.slice(0, 57)}…` : quote}”</span>}
        </span>
        {f.suggestion && (
          <span className="suggest">
            <b>{label('composerInstead')} </b>
            {f.suggestion}
          </span>
        )}
      </button>
    </li>
  );
}

const ResultCard = memo(function ResultCard({ result: r, findings }: { result: TemplateResult; findings: Finding[] }) {
  const textRef = useRef<HTMLPreElement>(null);
  const [picked, setPicked] = useState<Finding | null>(null);
  const sorted = useMemo(() => sortFindings(findings), [findings]);
  const pieces = useMemo(() => highlightPieces(r.text, findings), [r.text, findings]);
  const pick = (f: Finding) => {
    setPicked(f);
    const marks = [...(textRef.current?.querySelectorAll<HTMLElement>('mark[data-start]') ?? [])];
    const mark = marks.filter((m) => Number(m.dataset.start) <= f.start).pop() ?? marks[0];
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const state = r.block ? 'block' : r.count ? 'warn' : 'ok';
  return (
    <article className="tpl" data-rg="template-result" data-name={r.name} data-rg-count={r.count} data-rg-block={r.block} data-file={r.file} data-state={state}>
      <header className="tpl-head">
        <h2>{r.name}</h2>
        {r.file && r.file !== r.name && <span className="tpl-file">{r.file}</span>}
        <span className={`tpl-counts ${state}`}>{countsLine(r)}</span>
      </header>
      {sorted.length > 0 && (
        <ul className="findings" aria-label={r.name}>
          {sorted.map((f) => (
            <FindingRow key={`${f.rule}|${f.start}|${f.end}|${f.severity}`} finding={f} text={r.text} onPick={pick} />
          ))}
        </ul>
      )}
      <pre className="tpl-text" ref={textRef}>
        {pieces.map((p) =>
          p.severity ? (
            <mark key={p.start} data-rg="highlight" data-severity={p.severity} data-start={p.start} className={picked && picked.start < p.start + p.text.length && picked.end > p.start ? 'picked' : undefined}>
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )}
      </pre>
      {r.placeholders.length > 0 && <p className="tpl-note">{t('templatesPlaceholders', [...new Set(r.placeholders.map((p) => p.text))].slice(0, 8).join(' '))}</p>}
    </article>
  );
});

export function App() {
  const { phase, done, total, results, errors, truncated, filter, checkMs, run, setFilter } = useTemplatesStore();
  const [paste, setPaste] = useState('');
  const [dragging, setDragging] = useState(false);
  const [limit, setLimit] = useState(FIRST_BATCH);
  // the checkers start and compile their rules while the seller is still choosing what to check
  useEffect(() => warmUp(), []);

  const shown = useMemo(() => {
    const out: { result: TemplateResult; findings: Finding[] }[] = [];
    for (const result of results) {
      const findings = filterResult(result, filter);
      if (findings) out.push({ result, findings });
    }
    return out;
  }, [results, filter]);

  // render the list in batches, one per frame, after the first screenful
  const batch = useRef({ size: FIRST_BATCH, startedAt: 0 });
  useEffect(() => setLimit(FIRST_BATCH), [results, filter]);
  useLayoutEffect(() => {
    // after the commit, before paint: how long did the last batch take to render?
    const b = batch.current;
    if (!b.startedAt) return;
    const took = Math.max(1, performance.now() - b.startedAt);
    b.size = Math.round(Math.min(200, Math.max(4, (b.size * FRAME_BUDGET_MS) / took)));
    b.startedAt = 0;
  }, [limit]);
  useEffect(() => {
    if (limit >= shown.length) return;
    const frame = requestAnimationFrame(() => {
      batch.current.startedAt = performance.now();
      setLimit((l) => l + batch.current.size);
    });
    return () => cancelAnimationFrame(frame);
  }, [limit, shown.length]);

  const rules = useMemo(() => [...new Set(results.flatMap((r) => r.findings.map((f) => f.rule)))].sort(), [results]);
  const withProblems = results.filter((r) => r.count > 0).length;
  const blocked = results.filter((r) => r.block > 0).length;

  function checkPaste(event: FormEvent) {
    event.preventDefault();
    if (paste.trim()) void run({ paste: { name: t('templatesPasted'), text: paste } }, checkOptions);
  }
  function checkFiles(files: FileList | null | undefined) {
    if (files?.length) void run({ files: [...files] }, checkOptions);
  }
  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    checkFiles(event.dataTransfer?.files);
  }

  /** The report holds what the list shows: the filters apply. */
  function reportResults(): TemplateResult[] {
    return shown.map(({ result, findings }) => ({ ...result, findings, count: findings.filter(isViolation).length, block: findings.filter((f) => f.severity === 'block').length }));
  }
  const date = new Date().toISOString().slice(0, 10);
  const labels = (): ReportLabels => ({
    title: t('templatesReportTitle'),
    summary: `${date} · ${t('templatesSummary', results.length, withProblems, blocked)}`,
    clean: t('composerReady'),
    counts: countsLine,
    instead: t('composerInstead'),
    columns: { name: 'name', rule: 'rule', severity: 'severity', excerpt: 'excerpt', message: 'message' },
    severity: { block: severityLabel('block'), warn: severityLabel('warn'), info: severityLabel('info') },
  });

  const busy = phase === 'reading' || phase === 'checking';
  return (
    <main className="rg-templates">
      <h1>{t('templatesTitle')}</h1>
      <p className="rg-muted">{t('templatesIntro')}</p>

      <section className="rg-card inputs">
        <form onSubmit={checkPaste} className="paste">
          <label htmlFor="rg-paste">{t('templatesPasteLabel')}</label>
          <textarea id="rg-paste" data-rg="templates-paste" rows={5} value={paste} onChange={(e) => setPaste(e.currentTarget.value)} />
          <div>
            <button type="submit" className="rg-primary" data-rg="templates-check" disabled={!paste.trim()}>
              {t('templatesCheck')}
            </button>
          </div>
        </form>
        <label
          data-rg="templates-drop"
          className={`drop${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <span>{t('templatesFilesLabel')}</span>
          <input
            type="file"
            multiple
            accept={ACCEPT}
            data-rg="templates-input"
            onChange={(e) => {
              const input = e.currentTarget;
              checkFiles(input.files);
              // cleared, so picking the same files again checks again
              input.value = '';
            }}
          />
        </label>
      </section>

      {phase !== 'idle' && (
        <div className="progress" role="status" aria-live="polite">
          <progress data-rg="templates-progress" data-done={done} data-total={total} data-state={phase} data-ms={phase === 'done' ? checkMs : undefined} max={Math.max(total, 1)} value={phase === 'reading' ? undefined : done} />
          <span>{phase === 'reading' ? t('templatesReading') : t('templatesProgress', done, total)}</span>
        </div>
      )}

      {errors.length > 0 && (
        <div role="alert">
          <ul className="errors" data-rg="templates-errors">
            {errors.map((e, i) => (
              <li key={`${e.file}|${i}`} data-rg="templates-file-error" data-file={e.file}>
                {t('templatesFileError', e.file, e.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {truncated && <p className="rg-error">{t('templatesTooMany', MAX_TEMPLATES)}</p>}

      {phase === 'done' && results.length > 0 && (
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
          <button type="button" data-rg="templates-report-csv" disabled={busy} onClick={() => save(`replyguard-templates-${date}.csv`, 'text/csv;charset=utf-8', reportCsv(reportResults(), labels()))}>
            {t('templatesReportCsv')}
          </button>
          <button type="button" data-rg="templates-report-html" disabled={busy} onClick={() => save(`replyguard-templates-${date}.html`, 'text/html;charset=utf-8', reportHtml(reportResults(), labels(), uiLanguage()))}>
            {t('templatesReportHtml')}
          </button>
        </section>
      )}

      {phase === 'done' && results.length > 0 && !shown.length && <p className="rg-muted">{t('templatesNoMatch')}</p>}
      <div className="results" data-rg="templates-results" data-shown={shown.length}>
        {shown.slice(0, limit).map(({ result, findings }) => (
          <ResultCard key={result.index} result={result} findings={findings} />
        ))}
      </div>
    </main>
  );
}
